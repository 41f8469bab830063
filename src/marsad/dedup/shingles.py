"""Near-duplicate documents: MinHash signatures over normalised Arabic word shingles.

A page republished with another site's suffix, a related-articles list or a few edited
words keeps most of its word 3-grams, so the Jaccard similarity of the shingle sets
stays high; MinHash estimates it from a 128-number signature and LSH finds the
candidates without comparing every pair.
"""
from __future__ import annotations

import re
import zlib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from marsad.lang.ar.normalize import fold

NUM_PERM = 128
BANDS, ROWS = 42, 3  # LSH: 42 bands of 3 rows (126 of the 128 values); P(candidate) ≈ 0.97 at Jaccard 0.43
SEED = 1  # fixed: signatures stored by one run must match those computed by the next
_MAXV = np.uint64(0xFFFFFFFF)


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """Multiply-shift hash functions h -> (a*h + b) >> 32 with a odd (wrapping uint64 arithmetic).

    MinHash and banded LSH in numpy (the same method as datasketch) cost less than importing
    datasketch, which pulls in scipy, and need no per-document objects.
    """
    rng = np.random.RandomState(SEED)
    a = rng.randint(1, 2**63 - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64) | np.uint64(1)
    b = rng.randint(0, 2**63 - 1, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
    return a, b


# One optional و/ف prefix is dropped ("وقال" / "قال" differ between copies more than words do);
# one-letter words are left out.
_WORD_RE = re.compile(r"(?:[وف](?=\w{3}))?(\w\w+)")
_MASK = np.uint64(0xFFFFFFFF)
_MIX = (np.uint64(0x9E3779B1), np.uint64(0x85EBCA77), np.uint64(0xC2B2AE3D))


class _CrcMemo(dict):
    """Word form -> CRC-32, filled on first sight (forms repeat, Zipf-like: 3x fewer hashes)."""

    def __missing__(self, word: str) -> int:
        v = self[word] = zlib.crc32(word.encode("utf-8", "surrogatepass"))
        return v


_CRC = _CrcMemo()
_CRC_MAX = 500_000


def words(text: str) -> list[str]:
    """Normalised word forms (diacritics, alef/ya/ta-marbuta folded, leading و/ف dropped)."""
    return _WORD_RE.findall(fold(text).lower())


# _WORD_RE's words are the runs of two or more word characters, less a و/ف before three more:
# finding the runs alone costs a third less (no look-ahead at every position), and the prefix is
# dropped once per distinct run, in the memo below.
_RUN_RE = re.compile(r"\w\w+")


def _stem(run: str) -> str:
    """The word _WORD_RE finds in a run of word characters (at least two)."""
    return run[1:] if len(run) > 3 and run[0] in "وف" else run


class _RunCrcMemo(dict):
    """Run of word characters -> CRC-32 of its word (the same value as _CRC of that word)."""

    def __missing__(self, run: str) -> int:
        v = self[run] = _CRC[_stem(run)]
        return v


_RUN_CRC = _RunCrcMemo()


def known_runs() -> dict[str, int]:
    """The runs hashed so far with their CRC-32 (kept between runs by ``marsad.wordcache``)."""
    return dict(_RUN_CRC)


def remember_runs(crcs: dict[str, int]) -> None:
    """Runs with their CRC-32 as ``known_runs`` gave them (up to the memo's bound)."""
    room = _CRC_MAX - len(_RUN_CRC)
    if room > 0:
        _RUN_CRC.update(crcs if len(crcs) <= room else dict(list(crcs.items())[:room]))


_WORD_CHAR_RE = re.compile(r"\w")
# What each code point of the Basic Multilingual Plane is: _WORD if a ``\w`` character, plus _CASED
# if ``lower()`` changes it; -1 not asked yet. Filled as code points are met (a few hundred in news
# text), each answered by the regex engine and ``str.lower`` themselves, so the table holds their
# own view; filling the whole plane would cost every run ~20 ms.
_CHAR_CLASS = np.full(0x10000, -1, dtype=np.int8)
_WORD, _CASED = 1, 2
_SPACE = np.uint32(32)


def _classes(cp: np.ndarray) -> np.ndarray:
    """_CHAR_CLASS of each code point in ``cp`` (all below 0x10000)."""
    known = _CHAR_CLASS.take(cp)
    if (known < 0).any():
        for c in set(cp[known < 0].tolist()):
            ch = chr(c)
            _CHAR_CLASS[c] = (_WORD if _WORD_CHAR_RE.match(ch) else 0) | (_CASED if ch.lower() != ch else 0)
        known = _CHAR_CLASS.take(cp)
    return known


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _runs(folded: str) -> list[str]:
    """``_RUN_RE.findall(folded.lower())``: each character's class looked up in a table at once
    and every character outside a run of two or more turned into a space, then one ``split``.
    A regex search tries every position in Python's matcher, several times the cost. Most
    texts have no character that ``lower()`` changes (Arabic has no case): they are not lowered."""
    cp = _code_points(folded)
    if not len(cp) or cp.max() > 0xFFFF:  # beyond the table (rare in news text): the regex
        return _RUN_RE.findall(folded.lower())
    cls = _classes(cp)
    if (cls & _CASED).any():  # str.lower maps character by character (but for a final sigma, cased)
        cp = _code_points(folded.lower())
        if cp.max() > 0xFFFF:
            return _RUN_RE.findall(folded.lower())
        cls = _classes(cp)
    w = (cls & _WORD).astype(bool)
    beside = np.zeros(len(w), dtype=bool)  # a word character next to another one
    beside[1:] = w[:-1]
    beside[:-1] |= w[1:]
    w &= beside
    # no \w character is white space, so split() cuts exactly at the spaces put in
    return np.where(w, cp, _SPACE).tobytes().decode("utf-32-le", "surrogatepass").split()


def shingle_hashes(text: str, k: int = 3) -> np.ndarray:
    """32-bit hashes of the word k-grams of the normalised text, in text order.

    Words are hashed once (CRC-32, stable across processes) and k-grams combined with
    numpy, which is several times faster than hashing every k-gram string.
    """
    ws = _runs(fold(text))  # the runs of words(text), one to one
    if not ws:
        return np.zeros(0, dtype=np.uint64)
    if len(_RUN_CRC) > _CRC_MAX:
        _CRC.clear()
        _RUN_CRC.clear()
    w = np.fromiter(map(_RUN_CRC.__getitem__, ws), dtype=np.uint64, count=len(ws))
    if len(w) < k:
        w = np.concatenate([w, np.zeros(k - len(w), dtype=np.uint64)])
    n = len(w) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for i in range(k):
        h = h * _MIX[i % 3] + w[i:i + n]
    return (h ^ (h >> np.uint64(32))) & _MASK


def shingles(text: str, k: int = 3) -> set[int]:
    return set(shingle_hashes(text, k).tolist())


@dataclass(slots=True)
class Signature:
    hashvalues: np.ndarray
    n_shingles: int

    def to_bytes(self) -> bytes:
        return self.hashvalues.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, blob: bytes, n_shingles: int) -> "Signature":
        return cls(np.frombuffer(blob, dtype="<u8").astype(np.uint64), int(n_shingles))

    def bands(self) -> list[bytes]:
        # slices of one byte string: the same keys as one tobytes() per band, at a tenth of the cost
        raw = self.hashvalues[:BANDS * ROWS].tobytes()
        step = len(raw) // BANDS
        return [raw[i:i + step] for i in range(0, BANDS * step, step)]

    def jaccard(self, other: "Signature") -> float:
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)


def signature(text: str = "", hashes: np.ndarray | None = None) -> Signature:
    """MinHash signature: per hash function, the least hashed shingle."""
    h = _distinct(shingle_hashes(text) if hashes is None else hashes)
    if not len(h):
        return Signature(np.full(NUM_PERM, _MAXV, dtype=np.uint64), 0)
    a, b = _permutations()
    # (a*h + b) wraps in uint64 (numpy does not warn on array overflow); ">> 32" is monotone, so
    # the least shifted value is the least value shifted: one shift of 128 values, not of the matrix
    phv = np.multiply(h[:, None], a)
    phv += b
    return Signature(phv.min(axis=0) >> np.uint64(32), len(h))


def _distinct(h: np.ndarray) -> np.ndarray:
    """``np.unique(h)`` for a 1-d array: a sort and a mask cost less than numpy's hashed unique."""
    if len(h) < 2:
        return np.unique(h)
    s = np.sort(h)
    keep = np.empty(len(s), dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


@dataclass(frozen=True, slots=True)
class CopyOptions:
    """When a document counts as a copy of an earlier one (see docs/merging.md).

    LSH proposes candidates whose estimated Jaccard is near ``lsh_threshold`` or above;
    each is then checked on the exact shingle sets: a copy has Jaccard ≥ ``jaccard``, or
    contains ≥ ``containment`` of the other when both are of similar size (a copy padded
    with boilerplate or related headlines), and in both cases the two share their lead
    (``lead_overlap`` of one text's first ``lead_shingles`` shingles are in the other).
    Follow-up stories of one outlet reuse background paragraphs but not the lead.
    """

    jaccard: float = 0.5
    containment: float = 0.8
    size_ratio: float = 0.6
    lead_shingles: int = 25
    lead_overlap: float = 0.5
    lsh_threshold: float = 0.35
    min_shingles: int = 8


@dataclass(frozen=True, slots=True)
class CopyMatch:
    doc_id: str
    jaccard: float
    containment: float
    lead: float

    def as_dict(self) -> dict:
        return {"of": self.doc_id, "jaccard": round(self.jaccard, 3), "containment": round(self.containment, 3),
                "lead": round(self.lead, 3)}


def compare_texts(new: np.ndarray, old: np.ndarray, opts: CopyOptions, doc_id: str = "") -> CopyMatch | None:
    """The copy verdict on exact shingle hashes in text order (``new`` the later document)."""
    a, b = np.unique(new), np.unique(old)
    if not len(a) or not len(b):
        return None
    inter = len(np.intersect1d(a, b, assume_unique=True))
    j = inter / (len(a) + len(b) - inter)
    small, big = sorted((len(a), len(b)))
    c = inter / small
    n = opts.lead_shingles
    lead = max(float(np.isin(new[:n], b).mean()), float(np.isin(old[:n], a).mean()))
    if lead < opts.lead_overlap:
        return None
    if j >= opts.jaccard or (c >= opts.containment and small / big >= opts.size_ratio):
        return CopyMatch(doc_id, j, c, lead)
    return None


class CopyIndex:
    """A banded LSH index over stored signatures; ``candidates`` lists earlier documents
    that may be copies, most similar first."""

    def __init__(self, opts: CopyOptions | None = None):
        self.opts = opts or CopyOptions()
        self.tables: list[dict[bytes, list[str]]] = [defaultdict(list) for _ in range(BANDS)]
        self.sigs: dict[str, Signature] = {}
        self.order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.sigs)

    def add(self, doc_id: str, sig: Signature) -> None:
        if doc_id in self.sigs or sig.n_shingles < self.opts.min_shingles:
            return
        self.sigs[doc_id] = sig
        self.order[doc_id] = len(self.order)
        for t, key in zip(self.tables, sig.bands()):
            t[key].append(doc_id)

    def candidates(self, doc_id: str, sig: Signature) -> list[tuple[str, float]]:
        if sig.n_shingles < self.opts.min_shingles:
            return []
        found: set[str] = set()
        for t, key in zip(self.tables, sig.bands()):
            hit = t.get(key)
            if hit:
                found.update(hit)
        found.discard(doc_id)
        out = [(o, j) for o in found if (j := sig.jaccard(self.sigs[o])) >= self.opts.lsh_threshold]
        return sorted(out, key=lambda x: (-x[1], self.order[x[0]]))
