"""Per-word answers kept from one run to the next (a file in the gazetteer's cache folder).

A run meets tens of thousands of word forms, and most start nothing in any lexicon or
gazetteer; finding that out anew costs every run several percent of its instructions
(5.6 % per article over 300 articles, see docs/performance.md, s19).
This file keeps those negative answers, the fingerprint's word hashes and, for the forms that do
start something, what a look-up finds as words and numbers (the matcher set's readings, each
lexicon's candidates by entry number, the place start as text, decoded when a form is first
met), and a run starts with them in its memos (the answers for a form are the same, only found
sooner).

Exactness: the answers are functions of the word, the data tables, the gazetteer files
and the code. The file name carries a fingerprint of all of them (every module of the
package, every table, the gazetteer files' names, sizes and times), so a changed table or
code is a new file, never a stale answer. ``MARSAD_WORD_CACHE=0`` turns it off (the test
suite does: tests patch tables in memory, which no fingerprint of files can see).
"""
from __future__ import annotations

import hashlib
import logging
import os
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from marsad import native

log = logging.getLogger(__name__)

VERSION = "2"
_FINGERPRINTS: dict[tuple[Path, ...], str] = {}  # per set of gazetteer files
_READ: dict[Path, int] = {}  # answers read from (or written to) each file by this process


def enabled() -> bool:
    return os.environ.get("MARSAD_WORD_CACHE", "1").strip().lower() not in ("0", "false", "no", "off")


def fingerprint(gazetteer_paths: list[Path], root: Path | None = None) -> str:
    """Hash of the code, the data tables (under ``root``, the package) and the gazetteer files the
    answers depend on."""
    code = native.status()  # compiled or pure, and the build's manifest: the same sources may run either way
    h = hashlib.sha1(f"{VERSION}\x1f{sys.version}\x1f{code.mode}\x1f{code.manifest}".encode())
    root = root or Path(str(resources.files("marsad")))
    for p in sorted(root.rglob("*")):
        if p.suffix in (".py", ".tsv", ".txt", ".json") and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(root)).encode() + b"\x1f" + p.read_bytes() + b"\x1e")
    for p in gazetteer_paths:
        st = p.stat()
        h.update(f"{p.resolve()}\x1f{st.st_size}\x1f{st.st_mtime_ns}\x1e".encode())
    return h.hexdigest()[:16]


def _parts(pipeline) -> tuple[Any, Any] | None:
    """The pipeline's matcher set and place recognizer (None: no extraction step)."""
    from marsad.extract import lexicons as L

    step = next((s for s in getattr(pipeline, "steps", ()) if hasattr(s, "geocoder")), None)
    if step is None:
        return None
    return L.all_matchers(), step.geocoder.recognizer


def cache_path(pipeline) -> Path | None:
    """Where this pipeline's answers are kept (None: off, or no extraction step)."""
    if not enabled():
        return None
    parts = _parts(pipeline)
    if parts is None:
        return None
    from marsad.geo.store import cache_dir

    paths = tuple(parts[1].gaz.paths)
    try:
        # once per process: its code and tables were loaded once too (load and save name the same file)
        fp = _FINGERPRINTS.get(paths) or _FINGERPRINTS.setdefault(paths, fingerprint(list(paths)))
    except OSError:
        return None
    return cache_dir() / f"words-{fp}.txt"


_SEP = "\x1f"  # a word form never holds it: the tokeniser splits at whitespace, which \x1f is to Python


def _join(items) -> str:
    return _SEP.join(w for w in items if _SEP not in w and "\n" not in w)


def _split(line: str) -> list[str]:
    return line.split(_SEP) if line else []


_FORM, _READ_SEP, _PART = "\x1e", "\x1c", "\x1d"  # form / its readings; reading / reading; fields of one


def _join_readings(found: dict[str, list[tuple[int, str, str]]]) -> str:
    """Line of the forms that start something: form, then (lexicon, proclitics, stem) per reading."""
    return _SEP.join(f + _FORM + _READ_SEP.join(f"{k}{_PART}{pre}{_PART}{stem}" for k, pre, stem in rs)
                     for f, rs in found.items() if _clean(f) and all(_clean(pre + stem) for _, pre, stem in rs))


def _clean(w: str) -> bool:
    return not any(c in w for c in "\n\x1c\x1d\x1e\x1f")


def _split_readings(line: str) -> dict[str, list[tuple[int, str, str]]]:
    """``_join_readings`` read back; ValueError when malformed."""
    found = {}
    for item in _split(line):
        form, rest = item.split(_FORM)
        readings = []
        for r in rest.split(_READ_SEP):
            k, pre, stem = r.split(_PART)
            readings.append((int(k), pre, stem))
        found[form] = readings
    return found


def _candidate_item(item: str) -> tuple[int, str, str]:
    """(lexicon index, form, numbers of its candidates) of one item; ValueError when malformed."""
    k, rest = item.split(_PART)
    form, numbers = rest.split(_FORM)
    if not numbers.replace(",", "").isdigit():
        raise ValueError(f"candidate numbers {numbers!r}")
    return int(k), form, numbers


def load(pipeline) -> int:
    """Fill the pipeline's per-word memos from the cache file; the number of answers read."""
    path = cache_path(pipeline)
    if path is None:
        return 0
    _READ[path] = 0  # looked for: a save may write it
    if not path.exists():
        return 0
    try:  # seven lines: forms without a plan, forms starting no place, word runs, their CRC-32 values, the forms
        # with a plan with their readings, the forms starting a place with that start, (lexicon, form, numbers
        # of its candidates)
        plans, starts, runs, crcs, readings, places, cands = \
            path.read_text(encoding="utf-8", errors="surrogatepass").split("\n")
        runs, values = _split(runs), crcs.split()
        if len(runs) != len(values):
            raise ValueError(f"{len(runs)} word runs, {len(values)} hashes")
        crc = dict(zip(runs, map(int, values)))
        plans, starts, found = _split(plans), _split(starts), _split_readings(readings)
        placed = dict(item.split(_FORM) for item in _split(places))
        cands = list(map(_candidate_item, _split(cands)))
    except (OSError, ValueError) as e:  # a broken file is only a cold start
        log.warning("word cache %s not read (%s)", path, e)
        return 0
    from marsad.dedup.shingles import remember_runs

    matchers, recognizer = _parts(pipeline)
    n_lex = len(matchers.matchers)
    if any(k >= n_lex for k, _, _ in cands) or any(k >= n_lex for rs in found.values() for k, _, _ in rs):
        log.warning("word cache %s not read (a lexicon index out of range)", path)
        return 0
    matchers.assume_no_plan(plans)
    matchers.assume_readings(found)
    recognizer.assume_no_start(starts)
    recognizer.assume_starts(placed)
    for k, form, numbers in cands:
        matchers.matchers[k]._known[form] = numbers
    remember_runs(crc)
    n = len(plans) + len(starts) + len(crc) + len(found) + len(placed) + len(cands)
    _READ[path] = n
    return n


def save(pipeline) -> Path | None:
    """Write what this process's memos know (those loaded and those found since), atomically; only after a
    ``load`` in this process (the warm-up), so that a process that skipped it never replaces a fuller file."""
    path = cache_path(pipeline)
    if path is None or path not in _READ:
        return None  # a process that did not start from the file may know less than it holds
    from marsad.dedup.shingles import known_runs

    matchers, recognizer = _parts(pipeline)
    plans, starts, crc = matchers.no_plan_forms(), recognizer.no_start_forms(), known_runs()
    found, placed = matchers.found_readings(), recognizer.found_starts()
    cands = [f"{k}{_PART}{f}{_FORM}{t}" for k, m in enumerate(matchers.matchers)
             for f, t in m.found_candidates().items() if _clean(f)]
    n = len(plans) + len(starts) + len(crc) + len(found) + len(placed) + len(cands)
    if n <= _READ.get(path, -1):
        return path  # nothing new since the file was read: no rewrite
    runs = [r for r in crc if _SEP not in r and "\n" not in r]
    text = "\n".join((_join(plans), _join(starts), _SEP.join(runs), " ".join(str(crc[r]) for r in runs),
                      _join_readings(found), _SEP.join(f + _FORM + t for f, t in placed.items() if _clean(f)),
                      _SEP.join(cands)))
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8", errors="surrogatepass")
        os.replace(tmp, path)
        _READ[path] = n
        prune(path.parent)
    except OSError as e:  # a read-only cache folder: the next run starts cold, as this one did
        log.warning("word cache %s not written (%s)", path, e)
        tmp.unlink(missing_ok=True)
        return None
    return path


KEEP_FILES = 4  # word files of other code or tables kept beside the newest (other checkouts share the folder)


def prune(folder: Path, keep: int = KEEP_FILES) -> list[Path]:
    """Delete all but the ``keep`` newest word files: each change of code or tables names a new file of a few MB."""
    files = sorted(folder.glob("words-*.txt"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    gone = files[keep:]
    for p in gone:
        p.unlink(missing_ok=True)
    return gone
