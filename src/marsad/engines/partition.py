"""Partitions of the input: groups of small files, or record ranges of a large one.

Both engines cut the input the same way. A ``Unit`` is a list of ``Piece``s read in
order; reading the units one after another yields exactly what
``marsad.readers.read_inputs`` yields for the same inputs (same documents, same skips,
same ``raw`` locations), so results do not depend on how the input was cut.

Large JSONL files are cut at line starts (a piece knows the number of its first line);
large WARC files at record starts. Planning reads JSONL files once to find line
starts and decompresses WARC files once to find record offsets - far cheaper than
extraction, and done before any worker starts.
"""
from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from marsad.model import Document
from marsad.readers.base import (
    JSONL_EXT, WARC_EXT, Skip, _ext, iter_files, iter_lines, parse_jsonl_line, read_path,
)

log = logging.getLogger(__name__)

DEFAULT_UNIT_BYTES = 1 << 20  # about 250 short articles of JSONL, or 50-100 gzip'd pages
MAX_FILES_PER_UNIT = 64


@dataclass(slots=True)
class Piece:
    path: str
    kind: str = "file"  # "file" (whole, by extension) | "jsonl" | "warc" (byte range) | "skip"
    start: int = 0
    stop: int | None = None
    lineno: int = 1  # number of the first line of a JSONL range
    reason: str = ""  # for "skip"
    size: int = 0


@dataclass(slots=True)
class Unit:
    index: int
    pieces: list[Piece] = field(default_factory=list)

    @property
    def nbytes(self) -> int:
        return sum(p.size for p in self.pieces)

    def to_dict(self) -> dict:
        return {"index": self.index, "pieces": [asdict(p) for p in self.pieces]}


# -- planning ---------------------------------------------------------------------

def _jsonl_cuts(path: Path, target: int) -> list[tuple[int, int]]:
    """(byte offset, line number) of line starts about ``target`` bytes apart, first one (0, 1)."""
    cuts = [(0, 1)]
    pos, lineno, next_cut = 0, 1, target
    with path.open("rb") as f:
        for line in f:
            pos += len(line)
            lineno += 1
            if pos >= next_cut:
                cuts.append((pos, lineno))
                next_cut = pos + target
    if cuts[-1][0] >= pos and len(cuts) > 1:
        cuts.pop()  # a cut at end of file would make an empty range
    return cuts


def _warc_cuts(path: Path, target: int) -> list[int]:
    from marsad.readers.warc import warc_record_offsets

    offsets = warc_record_offsets(path)
    cuts = [0]
    for off in offsets[1:]:
        if off - cuts[-1] >= target:
            cuts.append(off)
    return cuts


def file_pieces(path: Path, target: int) -> list[Piece]:
    """One piece for a small file; record ranges for a large JSONL or WARC file."""
    try:
        size = path.stat().st_size
    except OSError:
        return [Piece(str(path))]  # the reader reports why
    ext = _ext(path)
    if size > 2 * target and ext in JSONL_EXT:
        cuts = _jsonl_cuts(path, target)
        if len(cuts) > 1:
            bounds = [c[0] for c in cuts] + [size]
            return [Piece(str(path), "jsonl", a, b, ln, size=b - a) for (a, ln), b in zip(cuts, bounds[1:])]
    if size > 2 * target and ext in WARC_EXT:
        cuts = _warc_cuts(path, target)
        if len(cuts) > 1:
            bounds = cuts + [None]
            return [Piece(str(path), "warc", a, b, size=(b or size) - a) for a, b in zip(cuts, bounds[1:])]
    return [Piece(str(path), size=size)]


def plan_units(inputs: Iterable[str | Path], target_bytes: int = DEFAULT_UNIT_BYTES) -> list[Unit]:
    """Cut the inputs into units of about ``target_bytes``, in input order."""
    units: list[Unit] = []
    cur = Unit(0)

    def close() -> None:
        nonlocal cur
        if cur.pieces:
            units.append(cur)
            cur = Unit(len(units))

    for item in iter_files(inputs):
        if isinstance(item, Skip):
            cur.pieces.append(Piece(item.source, "skip", reason=item.reason))
            continue
        for piece in file_pieces(item, target_bytes):
            if piece.kind != "file":  # a range is a unit of its own
                close()
                cur.pieces.append(piece)
                close()
                continue
            if cur.pieces and (cur.nbytes + piece.size > target_bytes or len(cur.pieces) >= MAX_FILES_PER_UNIT):
                close()
            cur.pieces.append(piece)
    close()
    return units


def fingerprint(inputs: Iterable[str | Path], units: list[Unit], extra: dict | None = None) -> str:
    """Stable id of a run's input (paths, sizes, mtimes), cutting, Marsad version and options."""
    from marsad import __version__

    h = hashlib.sha1()
    h.update(json.dumps({"version": __version__, "inputs": [str(p) for p in inputs], "extra": extra or {}},
                        sort_keys=True, default=str).encode())
    for u in units:
        for p in u.pieces:
            try:
                st = Path(p.path).stat()
                stamp = (st.st_size, st.st_mtime_ns)
            except OSError:
                stamp = (-1, -1)
            h.update(json.dumps([p.path, p.kind, p.start, p.stop, p.lineno, stamp]).encode())
    return h.hexdigest()[:16]


# -- reading ----------------------------------------------------------------------

def read_jsonl_range(path: Path, start: int, stop: int, lineno: int) -> Iterator[Document | Skip]:
    """Lines of a JSONL file from byte ``start`` (a line start, numbered ``lineno``) to ``stop``.

    Uses the reader's own line splitter and line parser, so a range gives exactly what
    ``readers.base.read_jsonl_file`` gives for those lines (same checks, same ``raw``).
    """
    src = str(path)
    try:
        f = path.open("rb")
    except OSError as e:
        yield Skip(src, f"cannot open: {e}")
        return
    with f:
        f.seek(start)
        pos = start
        for n, raw in iter_lines(f):
            if pos >= stop:
                break
            pos += n
            item = parse_jsonl_line(raw, f"{src}:{lineno}")
            lineno += 1
            if item is not None:
                yield item


def read_piece(piece: Piece) -> Iterator[Document | Skip]:
    if piece.kind == "skip":
        yield Skip(piece.path, piece.reason)
        return
    path = Path(piece.path)
    try:
        if piece.kind == "jsonl":
            yield from read_jsonl_range(path, piece.start, piece.stop, piece.lineno)
        elif piece.kind == "warc":
            from marsad.readers.warc import read_warc_file

            yield from read_warc_file(path, piece.start, piece.stop)
        else:
            yield from read_path(path)
    except Exception as e:  # a reader bug must not end the run (as in read_inputs)
        log.exception("reader failed on %s", piece.path)
        yield Skip(piece.path, f"reader error: {type(e).__name__}: {e}")


def read_unit(unit: Unit) -> Iterator[Document | Skip]:
    for piece in unit.pieces:
        yield from read_piece(piece)


# -- partition files (Parquet) ----------------------------------------------------------
# One row per item, in input order: a processed document (scalars as columns, nested
# parts as JSON) or a skip. JSON with ``default=str`` is what the store writes too, so a
# document loaded back writes the very same rows as the one that was processed.

_DOC_SCALARS = ("doc_id", "url", "site", "source", "author", "title", "published", "published_how", "lang",
                "text", "raw", "copy_of")
_DOC_JSON = ("metadata", "spans", "sentences", "events", "dropped", "totals")


def _dumps(x) -> str:
    return json.dumps(x, ensure_ascii=False, default=str)


def item_row(item: Document | Skip) -> dict:
    if isinstance(item, Skip):
        return {"kind": "skip", "skip_source": item.source, "skip_reason": item.reason, "skip_step": item.step}
    row = {"kind": "doc"}
    for k in _DOC_SCALARS:
        row[k] = getattr(item, k)
    row["metadata"] = _dumps(item.metadata)
    row["spans"] = _dumps([s.to_dict() for s in item.spans])
    row["sentences"] = _dumps(item.sentences)
    row["events"] = _dumps([e.to_dict() for e in item.events])
    row["dropped"] = _dumps(item.dropped)
    row["totals"] = _dumps(item.totals)
    return row


def row_item(row: dict) -> Document | Skip:
    from marsad.model import Event, Span

    if row["kind"] == "skip":
        return Skip(row["skip_source"], row["skip_reason"], row["skip_step"])
    doc = Document(**{k: row[k] for k in _DOC_SCALARS})
    doc.metadata = json.loads(row["metadata"])
    doc.spans = [Span(**s) for s in json.loads(row["spans"])]
    doc.sentences = [tuple(s) for s in json.loads(row["sentences"])]
    doc.events = [Event.from_dict(e) for e in json.loads(row["events"])]
    doc.dropped = json.loads(row["dropped"])
    doc.totals = json.loads(row["totals"])
    return doc


def _schema():
    import pyarrow as pa

    cols = [("kind", pa.string()), ("skip_source", pa.string()), ("skip_reason", pa.string()),
            ("skip_step", pa.string())]
    cols += [(k, pa.string()) for k in _DOC_SCALARS + _DOC_JSON]
    return pa.schema(cols)


def write_part(items: Iterable[Document | Skip], path: Path, rows_per_group: int = 256) -> int:
    """Write items to ``path`` (via a temporary name, so a killed task leaves no half file)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with pq.ParquetWriter(tmp, schema, compression="zstd") as w:
        buf: list[dict] = []
        for item in items:
            buf.append(item_row(item))
            n += 1
            if len(buf) >= rows_per_group:
                w.write_table(pa.Table.from_pylist(buf, schema=schema))
                buf.clear()
        if buf or n == 0:
            w.write_table(pa.Table.from_pylist(buf, schema=schema))
    tmp.replace(path)
    return n


def read_part(path: Path) -> Iterator[Document | Skip]:
    """Items of a partition file, in order, a row group at a time (bounded memory)."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=256):
        for row in batch.to_pylist():
            yield row_item(row)
