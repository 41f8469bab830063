"""Pipeline: an ordered list of small steps ``__call__(doc) -> doc`` and a runner that
isolates failures per document, times each step, and writes to the store in batches.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import signal
import sqlite3
import threading
import time
import uuid
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol

from marsad.model import Document
from marsad.readers import Skip
from marsad.readers.base import safe_text

log = logging.getLogger(__name__)


class Step(Protocol):
    name: str

    def __call__(self, doc: Document) -> Document: ...


class StepError(Exception):
    """A step refuses a document for a stated reason (recorded as a skip)."""


# A document the store cannot take (a number beyond SQLite's 64-bit integers, a value of a
# type it cannot bind): that document is skipped, its batch still written. Errors of the
# database itself (locked, disk full, I/O) end the run, which a re-run resumes.
_DOC_WRITE_ERRORS = (OverflowError, UnicodeEncodeError, ValueError, TypeError,
                     sqlite3.InterfaceError, sqlite3.IntegrityError, sqlite3.DataError)

_DATE_RE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")


def iso_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an input date string (ISO, with time, or Y/M/D), else None."""
    if not value:
        return None
    m = _DATE_RE.search(value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


# UTF-8 lead bytes of U+0600..U+06FF: counting bytes is 50x faster than a regex over characters
_ARABIC_LEADS = tuple(bytes([b]) for b in range(0xD8, 0xDC))


def guess_lang(sample: str) -> str:
    """"ar" when over 30 % of the letters of ``sample`` are in the Arabic block, else "other"."""
    raw = sample.encode("utf-8", "surrogatepass")
    arabic = sum(raw.count(b) for b in _ARABIC_LEADS)
    if arabic > 0.3 * len(sample):  # letters <= characters: no need to count them
        return "ar"
    letters = sum(map(str.isalpha, sample)) or 1
    return "ar" if arabic / letters > 0.3 else "other"


class MetaStep:
    """Document id from clean text, publication date normalised, language guessed."""

    name = "meta"

    def __call__(self, doc: Document) -> Document:
        if not doc.text.strip():
            raise StepError("no text left after cleaning")
        published = iso_date(doc.published)
        if doc.published and not published:
            doc.metadata["published_raw"] = doc.published
        doc.published = published
        if not published:
            doc.published_how = None
        doc.lang = guess_lang(doc.text[:2000])
        doc.assign_id()
        return doc


def default_steps(options: dict[str, Any] | None = None) -> list[Step]:
    """The standard pipeline, built from options (see ``marsad.config``)."""
    from marsad.clean import Cleaner
    from marsad.extract.step import EventExtractor

    options = options or {}
    steps: list[Step] = [Cleaner(), MetaStep(), EventExtractor(**options.get("extract", {}))]
    from marsad.dedup.step import Fingerprinter, dedup_enabled

    if dedup_enabled():
        steps.append(Fingerprinter())
    return steps


class DocumentTimeout(Exception):
    """A document took longer than the pipeline's per-document budget."""


def _on_alarm(signum, frame) -> None:
    raise DocumentTimeout()


def _default_doc_timeout() -> float:
    return float(os.environ.get("MARSAD_DOC_TIMEOUT", "120"))


class RepeatMemo:
    """The analysis of recently seen documents, replayed for an exact repeat.

    Crawls and feeds hold the same article more than once (the same page fetched twice,
    a feed re-posting it): 10 % of the 2018 corpus. The steps after ``meta`` read only the
    text and these fields, so an equal key means equal results; a repeat gets the first
    reading's spans and events instead of a second analysis (the store keeps one anyway).
    """

    OUTPUTS = ("spans", "sentences", "events", "dropped", "totals", "fingerprint")

    def __init__(self, size: int = 1024):
        self.size = size
        self._docs: OrderedDict[tuple, Document] = OrderedDict()
        self.hits = 0

    @staticmethod
    def _key(doc: Document) -> tuple:
        return (doc.text, doc.published, doc.site, doc.source, doc.lang)

    def replay(self, doc: Document) -> bool:
        if not self.size:
            return False
        seen = self._docs.get(self._key(doc))
        if seen is None:
            return False
        self._docs.move_to_end(self._key(doc))
        for name in self.OUTPUTS:
            setattr(doc, name, getattr(seen, name))
        self.hits += 1
        return True

    def remember(self, doc: Document) -> None:
        if not self.size:
            return
        self._docs[self._key(doc)] = doc
        if len(self._docs) > self.size:
            self._docs.popitem(last=False)


@dataclass
class Pipeline:
    steps: list[Step]
    timings: Counter = field(default_factory=Counter)
    # Seconds one document may take (0: no limit). Hostile text (one 300,000-word sentence)
    # can make a step super-linear; the budget turns a stalled run into one recorded skip.
    doc_timeout: float = field(default_factory=_default_doc_timeout)
    repeats: "RepeatMemo" = field(default_factory=lambda: RepeatMemo())

    @classmethod
    def default(cls, options: dict[str, Any] | None = None) -> "Pipeline":
        return cls(default_steps(options))

    def process(self, doc: Document) -> Document | Skip:
        """Run every step; a step that raises turns the document into a Skip with the reason."""
        # SIGALRM works in a process's main thread only (the CLI, and each pool worker)
        alarm = (self.doc_timeout > 0 and hasattr(signal, "setitimer")
                 and threading.current_thread() is threading.main_thread())
        if alarm:
            previous = signal.signal(signal.SIGALRM, _on_alarm)
            # re-fires each second, in case a step's own ``except Exception`` swallowed the first
            signal.setitimer(signal.ITIMER_REAL, self.doc_timeout, 1.0)
        try:
            try:
                return self._process(doc)
            finally:
                if alarm:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                    signal.signal(signal.SIGALRM, previous)
        except DocumentTimeout:  # fired between two steps
            return Skip(doc.raw or doc.doc_id or "?",
                        f"document took over {self.doc_timeout:g} s: refused (MARSAD_DOC_TIMEOUT)", "pipeline")

    def _process(self, doc: Document) -> Document | Skip:
        for k, step in enumerate(self.steps):
            if k and self.steps[k - 1].name == "meta" and self.repeats.replay(doc):
                break
            t0 = time.perf_counter()
            try:
                doc = step(doc)
            except DocumentTimeout:
                return Skip(doc.raw or doc.doc_id or "?",
                            f"document took over {self.doc_timeout:g} s: refused (MARSAD_DOC_TIMEOUT)", step.name)
            except StepError as e:
                return Skip(doc.raw or doc.doc_id or "?", str(e), step.name)
            except Exception as e:  # isolate: one bad document never ends the run
                log.debug("step %s failed on %s", step.name, doc.raw, exc_info=True)
                return Skip(doc.raw or doc.doc_id or "?", f"{type(e).__name__}: {e}", step.name)
            finally:
                self.timings[step.name] += time.perf_counter() - t0
        doc.html = None
        self.repeats.remember(doc)
        return doc


@dataclass
class RunSummary:
    run_id: str
    read: int = 0
    new: int = 0
    duplicates: int = 0
    skipped: int = 0
    events: int = 0
    seconds: float = 0.0
    skip_reasons: Counter = field(default_factory=Counter)

    @property
    def status(self) -> str:
        return "completed with skips" if self.skipped else "completed"

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "read": self.read, "new": self.new, "duplicates": self.duplicates,
            "skipped": self.skipped, "events": self.events, "seconds": round(self.seconds, 3),
            "docs_per_s": round(self.read / self.seconds, 1) if self.seconds else None,
            "skip_reasons": dict(self.skip_reasons), "status": self.status,
        }

    def line(self) -> str:
        reasons = ", ".join(f"{k}: {v}" for k, v in self.skip_reasons.most_common(5))
        rate = self.read / self.seconds if self.seconds else 0.0
        return (
            f"{self.status}: {self.read} documents read ({self.new} new, {self.duplicates} already stored), "
            f"{self.skipped} skipped{' (' + reasons + ')' if reasons else ''}, {self.events} events stored, "
            f"{rate:.1f} documents/s"
        )


def _reason_key(reason: str) -> str:
    return reason.split(":")[0][:60]


def run(
    inputs: Iterable[str],
    store: Any,
    pipeline: Pipeline | None = None,
    batch_size: int = 200,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> RunSummary:
    """Read inputs, process documents, write to ``store`` in per-batch transactions.

    ``workers``: processes (``<= 0``: one per core); the store is the same for any number.
    """
    from marsad.engines.local import process_inputs, warm_once
    from marsad.gctune import run_collector

    pipeline = pipeline or Pipeline.default()
    inputs = list(inputs)
    summary = RunSummary(run_id=uuid.uuid4().hex[:12])
    # File names are bytes: an undecodable one must not stop the store from recording it.
    store.start_run(summary.run_id, [safe_text(str(i)) for i in inputs])
    t0 = time.perf_counter()
    batch: list[Document] = []

    def skip(item: Skip) -> None:
        summary.skipped += 1
        summary.skip_reasons[_reason_key(item.reason)] += 1
        store.record_skip(safe_text(item.source), safe_text(item.reason), item.step, summary.run_id)

    def write(docs: list[Document]) -> None:
        n_docs, n_events = store.write_documents(docs, summary.run_id)
        summary.new += n_docs
        summary.duplicates += len(docs) - n_docs  # a re-post within the batch is a duplicate too
        summary.events += n_events

    def flush() -> None:
        if not batch:
            return
        try:
            write(batch)
        except _DOC_WRITE_ERRORS:
            # The batch was rolled back: write its documents one by one, skipping the bad one.
            for d in batch:
                try:
                    write([d])
                except _DOC_WRITE_ERRORS as e:
                    log.warning("store refused %s: %s", d.raw, e)
                    skip(Skip(d.raw or d.doc_id or "?", f"store error: {type(e).__name__}: {e}", "store"))
        batch.clear()

    if not hasattr(pipeline, "stream_inputs"):
        warm_once(pipeline)  # tables loaded before the collector freezes what is alive
    with run_collector():
        for item in process_inputs(inputs, pipeline, workers=workers):
            if isinstance(item, Skip):
                skip(item)
                if item.step != "read":
                    summary.read += 1
            else:
                if item.raw:
                    item.raw = safe_text(item.raw)
                summary.read += 1
                batch.append(item)
                if len(batch) >= batch_size:
                    flush()
            if progress:
                progress(1)
        flush()
        from marsad import wordcache

        # for the next run (workers' memos stay in the workers); while the collector is still tuned: once thawed
        # with the default thresholds, the save's allocations set off a collection over all the run has learnt
        wordcache.save(pipeline)
    summary.seconds = time.perf_counter() - t0
    store.finish_run(summary.run_id, summary.status, summary.as_dict())
    return summary
