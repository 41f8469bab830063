"""Input readers: JSONL, plain text, HTML, WARC, and directories of these.

Each reader yields ``Document`` objects or ``Skip`` records (input, reason), so that a
run can go on past broken files and still account for every input it was given.
"""
from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from marsad.model import Document

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 200 * 1024 * 1024  # a single text/HTML file above this is refused
MAX_DOC_CHARS = 2_000_000  # a document body above this is refused (not an article)
# A text file is refused unread above this: no encoding packs MAX_DOC_CHARS into more bytes.
MAX_TEXT_BYTES = 4 * MAX_DOC_CHARS
# An HTML page above this is not an article (as in the WARC reader); lxml needs ~15x its size.
MAX_HTML_BYTES = 20 * 1024 * 1024
MAX_LINE_BYTES = MAX_FILE_BYTES // 4  # one JSONL line
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_JSON_SURROGATE_RE = re.compile(r"\\u[dD][89a-fA-F]")
TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
WARC_EXT = {".warc", ".warc.gz", ".arc", ".arc.gz"}
_JSON_FIELDS = ("url", "site", "published", "title", "author", "source")


@dataclass(slots=True)
class Skip:
    source: str
    reason: str
    step: str = "read"


class DecodeError(ValueError):
    pass


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes: BOM, declared charset, UTF-8, then detection (cp1256 is common)."""
    if not data.strip():
        raise DecodeError("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DecodeError("binary file (NUL bytes)")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    tried = []
    for enc in filter(None, (declared, "utf-8")):
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            tried.append(enc)
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=["cp1256", "iso8859_6", "utf_8", "cp1252", "mac_arabic"]).best()
    if best is None:
        best = from_bytes(data[:200_000]).best()
    if best is None:
        raise DecodeError(f"undecodable bytes (tried {', '.join(tried)} and detection)")
    text = data.decode(best.encoding, errors="replace")
    printable = sum(1 for ch in text[:5000] if ch.isprintable() or ch in "\n\r\t")
    if printable < 0.85 * min(len(text), 5000):
        raise DecodeError("binary file (mostly unprintable after decoding)")
    return text, best.encoding


def safe_text(s: str) -> str:
    """``s`` storable as UTF-8: lone surrogates (undecodable file-name bytes, ``\\ud800`` in
    JSON) become ``\\xNN`` for a file-name byte and U+FFFD otherwise."""
    if not _SURROGATE_RE.search(s):
        return s
    return _SURROGATE_RE.sub(
        lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}" if 0xDC80 <= ord(m.group()) <= 0xDCFF else "\ufffd", s)


def _scrub(obj: Any) -> Any:
    """A parsed JSON value with every string made storable (see ``safe_text``)."""
    if isinstance(obj, str):
        return safe_text(obj)
    if isinstance(obj, list):
        return [_scrub(x) for x in obj]
    if isinstance(obj, dict):
        return {safe_text(k): _scrub(v) for k, v in obj.items()}
    return obj


def _ext(path: Path) -> str:
    name = path.name.lower()
    for e in WARC_EXT:
        if name.endswith(e):
            return e
    return path.suffix.lower()


def _check_text(doc: Document, source: str) -> Skip | None:
    if not doc.text or not doc.text.strip():
        return Skip(source, "no text")
    if len(doc.text) > MAX_DOC_CHARS:
        return Skip(source, f"document too large ({len(doc.text)} chars > {MAX_DOC_CHARS})")
    return None


def read_text_file(path: Path) -> Iterator[Document | Skip]:
    src = str(path)
    try:
        text, enc = decode_bytes(path.read_bytes())
    except DecodeError as e:
        yield Skip(src, str(e))
        return
    doc = Document(text=text, raw=src, metadata={"encoding": enc, "format": "text"})
    skip = _check_text(doc, src)
    yield skip or doc


def html_to_document(html: str, source: str, url: str | None = None) -> Document | Skip:
    """Main text and metadata of an HTML page with trafilatura; truncated markup is tolerated."""
    from marsad.readers.htmlpage import extract_page

    try:
        data = extract_page(html, url)
    except Exception as e:  # trafilatura raises on some malformed trees
        return Skip(source, f"HTML extraction failed: {type(e).__name__}: {e}")
    if data is None:
        return Skip(source, "no main text found in HTML")
    text = data.get("text") or ""
    doc = Document(
        text=text, url=url or data.get("url"), title=data.get("title"), author=data.get("author"),
        site=data.get("sitename") or data.get("hostname"), published=data.get("date"),
        published_how="html-meta" if data.get("date") else None, raw=source,
        metadata={"format": "html"},
    )
    return _check_text(doc, source) or doc


def read_html_file(path: Path) -> Iterator[Document | Skip]:
    src = str(path)
    try:
        data = path.read_bytes()
        declared = None
        head = data[:4096].lower()
        i = head.find(b"charset=")
        if i >= 0:
            declared = head[i + 8:i + 40].strip(b"\"' ").split(b'"')[0].split(b"'")[0].split(b";")[0].split(b">")[0].strip().decode("ascii", "ignore") or None
        html, enc = decode_bytes(data, declared)
    except DecodeError as e:
        yield Skip(src, str(e))
        return
    yield html_to_document(html, src)


def _jsonl_doc(obj: Any, source: str) -> Document | Skip:
    if not isinstance(obj, dict):
        return Skip(source, f"JSON line is a {type(obj).__name__}, expected an object")
    body = obj.get("text")
    html = obj.get("html")
    if body is None and html is None:
        return Skip(source, "no 'text' or 'html' field")
    if body is not None and not isinstance(body, str):
        return Skip(source, f"'text' is a {type(body).__name__}, expected a string")
    if html is not None and not isinstance(html, str):
        return Skip(source, f"'html' is a {type(html).__name__}, expected a string")
    meta = {k: v for k, v in obj.items() if k not in (*_JSON_FIELDS, "text", "html", "doc_id")}
    if "doc_id" in obj:
        meta["input_id"] = obj["doc_id"]
    fields: dict[str, str | None] = {}
    for k in _JSON_FIELDS:
        v = obj.get(k)
        fields[k] = None if v is None else str(v)
    if body is None:
        d = html_to_document(html, source, fields["url"])
        if isinstance(d, Skip):
            return d
        for k, v in fields.items():
            if v:
                setattr(d, k, v)
        d.metadata.update(meta)
        return d
    doc = Document(text=body, raw=source, metadata=meta, **fields)
    if fields["published"]:
        doc.published_how = "input"
    return _check_text(doc, source) or doc


def iter_lines(f, limit: int = MAX_LINE_BYTES) -> Iterator[tuple[int, bytes | int]]:
    """(byte length, line) of each line of binary file ``f``; a line longer than ``limit`` is
    never held in memory: it comes as (length, length) (an int in place of its bytes)."""
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield len(raw), raw
            continue
        n = len(raw)
        while raw and not raw.endswith(b"\n"):  # skip the rest of the over-long line
            raw = f.readline(1 << 20)
            n += len(raw)
        yield n, n


def parse_jsonl_line(raw: bytes | int, where: str) -> Document | Skip | None:
    """One JSONL line (from ``iter_lines``) -> a Document, a Skip, or None for a blank line."""
    if isinstance(raw, int):
        return Skip(where, f"line too large ({raw} bytes > {MAX_LINE_BYTES})")
    if not raw.strip():
        return None
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            line, _ = decode_bytes(raw)
        except DecodeError as e:
            return Skip(where, str(e))
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return Skip(where, f"invalid JSON: {e.msg} at column {e.colno}")
    except RecursionError:  # deeply nested arrays/objects: refuse the line, read on
        return Skip(where, "invalid JSON: nested too deeply")
    if _JSON_SURROGATE_RE.search(line):
        obj = _scrub(obj)
    return _jsonl_doc(obj, where)


def read_jsonl_file(path: Path) -> Iterator[Document | Skip]:
    src = str(path)
    try:
        f = path.open("rb")
    except OSError as e:
        yield Skip(src, f"cannot open: {e}")
        return
    with f:
        any_line = False
        for lineno, (_, raw) in enumerate(iter_lines(f), start=1):
            item = parse_jsonl_line(raw, f"{src}:{lineno}")
            if item is None:
                continue
            any_line = True
            yield item
        if not any_line:
            yield Skip(src, "empty file")


def read_path(path: Path) -> Iterator[Document | Skip]:
    """Documents of one file, by its extension."""
    src = str(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        yield Skip(src, f"cannot read: {e.strerror or e}")
        return
    ext = _ext(path)
    if size == 0:
        yield Skip(src, "empty file")
        return
    if ext in WARC_EXT:
        from marsad.readers.warc import read_warc_file

        yield from read_warc_file(path)
        return
    if ext in JSONL_EXT:
        yield from read_jsonl_file(path)
        return
    limit = {**dict.fromkeys(HTML_EXT, MAX_HTML_BYTES), **dict.fromkeys(TEXT_EXT, MAX_TEXT_BYTES)}.get(ext, MAX_FILE_BYTES)
    if size > limit:
        yield Skip(src, f"file too large ({size} bytes > {limit})")
        return
    if ext in HTML_EXT:
        yield from read_html_file(path)
    elif ext in TEXT_EXT:
        yield from read_text_file(path)
    else:
        yield Skip(src, f"unsupported file type {ext or '(none)'!r}: use .jsonl, .txt, .html or .warc(.gz)")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Skip]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            errors: list[OSError] = []
            for root, dirs, files in os.walk(path, onerror=errors.append):
                dirs.sort()
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    yield Path(root) / name
            for e in errors:  # an unreadable sub-directory is accounted for, not passed over
                yield Skip(str(e.filename or path), f"cannot read directory: {e.strerror or e}")
        elif path.exists():
            yield path
        else:
            yield Skip(str(p), "no such file or directory")


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Document | Skip]:
    """Every document of every input, in a stable order; unreadable inputs become Skips."""
    for item in iter_files(paths):
        if isinstance(item, Skip):
            yield item
            continue
        try:
            yield from read_path(item)
        except Exception as e:  # a reader bug must not end the run
            log.exception("reader failed on %s", item)
            yield Skip(str(item), f"reader error: {type(e).__name__}: {e}")
