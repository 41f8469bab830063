"""Near-duplicate documents: MinHash signatures over normalised Arabic word shingles.

A page republished with another site's suffix, a related-articles list or a few edited
words keeps most of its word 3-grams, so the Jaccard similarity of the shingle sets
stays high; MinHash estimates it from a 128-number signature and LSH finds the
candidates without comparing every pair.
"""
from __future__ import annotations

import inspect
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash, MinHashLSH

from marsad.lang.ar.normalize import normalize

NUM_PERM = 128
SEED = 1  # fixed: signatures stored by one run must match those computed by the next
# datasketch 2 names its hashing scheme and refuses to guess it for stored values; 1.x has one scheme.
_SCHEME = {"scheme": "affine32"} if "scheme" in inspect.signature(MinHash.__init__).parameters else {}

def _identity(h: int) -> int:
    return h  # shingles arrive already hashed (see shingle_hashes)


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """One MinHash whose permutations every signature reuses (drawing them costs ~1 ms)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_identity, **_SCHEME)


def _minhash(hashvalues=None) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=_identity, hashvalues=hashvalues,
                   permutations=_template().permutations, **_SCHEME)


# One optional و/ف prefix is dropped ("وقال" / "قال" differ between copies more than words do);
# one-letter words are left out.
_WORD_RE = re.compile(r"(?:[وف](?=\w{3}))?(\w\w+)")
_MASK = np.uint64(0xFFFFFFFF)
_MIX = (np.uint64(0x9E3779B1), np.uint64(0x85EBCA77), np.uint64(0xC2B2AE3D))


def words(text: str) -> list[str]:
    """Normalised word forms (diacritics, alef/ya/ta-marbuta folded, leading و/ف dropped)."""
    return _WORD_RE.findall(normalize(text).text.lower())


def shingle_hashes(text: str, k: int = 3) -> np.ndarray:
    """32-bit hashes of the word k-grams of the normalised text, in text order.

    Words are hashed once (CRC-32, stable across processes) and k-grams combined with
    numpy, which is several times faster than hashing every k-gram string.
    """
    ws = words(text)
    if not ws:
        return np.zeros(0, dtype=np.uint64)
    w = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in ws), dtype=np.uint64, count=len(ws))
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

    def minhash(self) -> MinHash:
        return _minhash(self.hashvalues)

    def jaccard(self, other: "Signature") -> float:
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)


def signature(text: str = "", hashes: np.ndarray | None = None) -> Signature:
    h = np.unique(shingle_hashes(text) if hashes is None else hashes)
    m = _minhash()
    if len(h):
        m.update_batch(h.tolist())
    return Signature(m.hashvalues.copy(), len(h))


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
    """An LSH index over stored signatures; ``candidates`` lists earlier documents that
    may be copies, most similar first."""

    def __init__(self, opts: CopyOptions | None = None):
        self.opts = opts or CopyOptions()
        self.lsh = MinHashLSH(threshold=self.opts.lsh_threshold, num_perm=NUM_PERM)
        self.sigs: dict[str, Signature] = {}
        self.order: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.sigs)

    def add(self, doc_id: str, sig: Signature) -> None:
        if doc_id in self.sigs or sig.n_shingles < self.opts.min_shingles:
            return
        self.sigs[doc_id] = sig
        self.order[doc_id] = len(self.order)
        self.lsh.insert(doc_id, sig.minhash(), check_duplication=False)

    def candidates(self, doc_id: str, sig: Signature) -> list[tuple[str, float]]:
        if sig.n_shingles < self.opts.min_shingles:
            return []
        out = [(o, sig.jaccard(self.sigs[o])) for o in self.lsh.query(sig.minhash()) if o != doc_id]
        return sorted(out, key=lambda x: (-x[1], self.order[x[0]]))
