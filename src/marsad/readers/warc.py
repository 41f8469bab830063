"""WARC (and ARC) reader: HTML response records become documents.

A crawl holds many records that are not articles (requests, metadata, images, CSS,
redirects); those are passed over silently. Response records with an HTML body go
through the same HTML extraction as ``.html`` files; the target URL and the crawl
date are kept, and the publication date comes from the page when it has one (else
the crawl date, marked ``published_how="crawl"``).

Truncated records (a crawler killed mid-write, a partial download) are reported as a
``Skip`` naming the byte offset, and reading stops there: after a cut the rest of the
file cannot be trusted. Gzip'd WARC must be compressed record by record (the standard
way); a file gzip'd as one stream is reported with the command that fixes it.

``read_warc_file(path, start, stop)`` reads only the records that begin in the byte
range ``[start, stop)``, so engines can split a large file into record ranges.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Iterator

from marsad.model import Document
from marsad.readers.base import MAX_DOC_CHARS, DecodeError, Skip, decode_bytes, html_to_document

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
_URI_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{0,15}:\S")
MAX_RECORD_BYTES = 20 * 1024 * 1024  # an HTML payload above this is not an article page


def _charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    for part in content_type.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k.strip().lower() == "charset" and v.strip():
            return v.strip().strip("\"'")
    return None


def _meta_charset(body: bytes) -> str | None:
    head = body[:4096].lower()
    i = head.find(b"charset=")
    if i < 0:
        return None
    raw = head[i + 8:i + 40].strip(b"\"' ")
    for sep in (b'"', b"'", b";", b">", b" ", b"/"):
        raw = raw.split(sep)[0]
    return raw.strip().decode("ascii", "ignore") or None


def _is_html(record) -> bool:
    ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    if not ctype:  # ARC records and some crawlers put the type on the record only
        ctype = record.rec_headers.get_header("Content-Type") or ""
        if ctype.startswith("application/http"):
            ctype = ""
    ctype = ctype.split(";")[0].strip().lower()
    return ctype in HTML_TYPES or (not ctype and record.rec_type == "response")


def _status_ok(record) -> bool:
    if not record.http_headers:
        return True
    code = record.http_headers.get_statuscode() or ""
    return code.startswith("2") or code == "-"  # "-": ARC records without a status


def _record_document(record, body: bytes, where: str) -> Document | Skip:
    declared = _charset(record.http_headers.get_header("Content-Type") if record.http_headers else None)
    declared = declared or _meta_charset(body)
    try:
        html, enc = decode_bytes(body, declared)
    except DecodeError as e:
        return Skip(where, str(e))
    url = record.rec_headers.get_header("WARC-Target-URI")
    crawl_date = record.rec_headers.get_header("WARC-Date")
    doc = html_to_document(html, where, url)
    if isinstance(doc, Skip):
        return doc
    doc.url = url or doc.url
    doc.metadata.update({"format": "warc", "encoding": enc})
    if crawl_date:
        doc.metadata["crawl_date"] = crawl_date
    rid = record.rec_headers.get_header("WARC-Record-ID")
    if rid:
        doc.metadata["warc_record_id"] = rid
    if not doc.published and crawl_date:
        doc.published, doc.published_how = crawl_date, "crawl"
    return doc


def _read_upto(stream, n: int) -> bytes:
    # warcio's readers return what is buffered, not necessarily ``n`` bytes
    parts, got = [], 0
    while got < n:
        b = stream.read(min(1 << 16, n - got))
        if not b:
            break
        parts.append(b)
        got += len(b)
    return b"".join(parts)


def read_warc_file(path: Path | str, start: int = 0, stop: int | None = None) -> Iterator[Document | Skip]:
    """Documents of the HTML response records of a WARC/ARC file (plain or gzip'd)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    src = str(path)
    try:
        size = path.stat().st_size
        f = path.open("rb")
    except OSError as e:
        yield Skip(src, f"cannot open: {e.strerror or e}")
        return
    with f:
        if start:
            f.seek(start)
        it = ArchiveIterator(f, arc2warc=True)
        end = start  # end of the last whole record read
        n_records = n_items = 0
        records = iter(it)
        while True:
            try:
                record = next(records, None)
                if record is None:
                    break
                # ``it.offset`` is where this record starts; get_record_offset() would read
                # the record to its end first, and its body with it
                offset = it.offset
                if stop is not None and offset >= stop:
                    return
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if record.rec_type == "response" and not _URI_RE.match(uri):
                    # warcio reads any first line as an ARC header: garbage "parses" as a record
                    yield Skip(f"{src}#{offset}", "not a WARC/ARC record (no URL in its header): "
                                                 "a damaged or non-WARC file")
                    return
                wanted = record.rec_type == "response" and _status_ok(record) and _is_html(record)
                body = _read_upto(record.content_stream(), MAX_RECORD_BYTES + 1) if wanted else b""
                # the rest of the record, so that a short (truncated) one shows itself
                while record.raw_stream.read(1 << 16):
                    pass
                missing = getattr(record.raw_stream, "limit", 0)
                if not missing:
                    it.read_to_end()
            except ArchiveLoadFailed as e:
                msg = str(e).strip()
                if "non-chunked gzip" in msg:
                    yield Skip(f"{src}#{end}", "gzip'd as one stream, not record by record: "
                                              "fix with `warcio recompress IN OUT`")
                elif "Unknown archive format" in msg:  # warcio quotes the bytes; they say nothing
                    yield Skip(f"{src}#{end}", "not a WARC/ARC record (unknown format): a damaged or non-WARC file")
                else:
                    yield Skip(f"{src}#{end}", f"not a readable WARC/ARC record: {msg.splitlines()[0][:120]!r}")
                return
            except Exception as e:  # zlib/gzip errors, or warcio tripping on a header cut short
                yield Skip(f"{src}#{end}", f"truncated or corrupt WARC data: {type(e).__name__}: {e}")
                return
            n_records += 1
            where = f"{src}#{offset}"
            if missing:
                yield Skip(where, f"truncated WARC record: {missing} of {record.length} bytes missing")
                return
            end = offset + it.get_record_length()
            if not wanted:
                continue
            n_items += 1
            if len(body) > MAX_RECORD_BYTES or len(body) > 4 * MAX_DOC_CHARS:
                yield Skip(where, f"HTML payload too large (> {MAX_RECORD_BYTES} bytes)")
                continue
            if not body.strip():
                yield Skip(where, "empty HTML payload")
                continue
            yield _record_document(record, body, where)
        if n_records == 0 and start == 0:
            yield Skip(src, "no WARC/ARC records found")
            return
        if n_items == 0 and start == 0 and stop is None:
            # account for the file: a crawl of only non-HTML records, or a record cut so short
            # (b"WARC/1.0") that warcio reads it as an empty one, gives no document
            yield Skip(src, f"no HTML response record with a body ({n_records} records read)")
        # bytes left over after the last whole record: a record cut inside its headers
        limit = size if stop is None else min(stop, size)
        if end < limit and (stop is None or end < stop):
            f.seek(end)
            rest = f.read(64)
            if rest.strip(b"\r\n\x00"):
                yield Skip(f"{src}#{end}", f"truncated WARC record: {size - end} trailing bytes are not a whole record")


def warc_record_offsets(path: Path | str) -> list[int]:
    """Byte offsets where the records of a WARC/ARC file begin (to split it into ranges)."""
    from warcio.archiveiterator import ArchiveIterator

    out = []
    with open(path, "rb") as f:
        it = ArchiveIterator(f, no_record_parse=True, arc2warc=True)
        try:
            for _ in it:
                out.append(it.get_record_offset())
        except Exception:  # a damaged tail: the reader reports it; ranges stop before it
            pass
    return out
