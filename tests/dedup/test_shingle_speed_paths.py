"""The faster shingle and signature paths give what the reference definitions give."""
from __future__ import annotations

import zlib

import numpy as np
from stories import AGENCY_COPY, AGENCY_STORY, STRIKE_A  # noqa: I001

from marsad.dedup.shingles import _MIX, _MASK, NUM_PERM, _permutations, shingle_hashes, signature, words

EDGE_TEXTS = [
    "", "و", "وف", "وفي", "وقال", "فوقالت", "و قال ف قالت", "ـ وَقالَ، (فقال) وب وبه وبها",
    "abc İstanbul ΑΣ x_y 123 ٣٤٥", "قال\nوقال\tفقال",
    AGENCY_STORY, AGENCY_COPY, STRIKE_A,
]


def _reference_hashes(text: str, k: int = 3) -> np.ndarray:
    """shingle_hashes from words() and CRC-32, as first written."""
    w = np.array([zlib.crc32(x.encode("utf-8", "surrogatepass")) for x in words(text)], dtype=np.uint64)
    if not len(w):
        return np.zeros(0, dtype=np.uint64)
    if len(w) < k:
        w = np.concatenate([w, np.zeros(k - len(w), dtype=np.uint64)])
    n = len(w) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for i in range(k):
        h = h * _MIX[i % 3] + w[i:i + n]
    return (h ^ (h >> np.uint64(32))) & _MASK


def _reference_signature(h: np.ndarray) -> tuple[bytes, int]:
    u = np.unique(h)
    if not len(u):
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint64).tobytes(), 0
    a, b = _permutations()
    return ((u[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)).min(axis=0).astype("<u8").tobytes(), len(u)


def test_shingle_hashes_follow_words():
    for text in EDGE_TEXTS:
        assert np.array_equal(shingle_hashes(text), _reference_hashes(text)), text


def test_signature_equals_minhash_over_distinct_shingles():
    for text in EDGE_TEXTS + [AGENCY_STORY + " " + AGENCY_STORY]:
        sig = signature(text)
        assert (sig.to_bytes(), sig.n_shingles) == _reference_signature(shingle_hashes(text)), text


def test_runs_by_table_equal_the_regex_runs():
    from marsad.dedup.shingles import _RUN_RE, _runs

    texts = EDGE_TEXTS + ["ΣΑΣ ΟΔΟΣ قال", "İstanbul وقال", "\U0001d400bc قصف", "_x_ 9 ١٢ ــ", "أ ب", "ab", "a"]
    plane = "".join(map(chr, range(0x10000)))  # every character, alone and beside others
    texts += [" ".join(plane[i:i + k] for i in range(0, len(plane), k)) for k in (1, 2, 5)]
    for text in texts:
        assert _runs(text) == _RUN_RE.findall(text.lower()), text[:40]


def test_char_classes_are_filled_as_met():
    import importlib

    shingles = importlib.import_module("marsad.dedup.shingles")  # the package exports a function of that name
    saved = shingles._CHAR_CLASS.copy()
    try:
        shingles._CHAR_CLASS[:] = -1
        shingles._runs("قال Ab_")
        met = {ord(c) for c in "قال Ab_ab"}  # "ab": the lowered text is classed too
        assert set(map(int, (shingles._CHAR_CLASS >= 0).nonzero()[0])) == met
        assert shingles._CHAR_CLASS[ord("A")] == shingles._WORD | shingles._CASED
        assert shingles._CHAR_CLASS[ord(" ")] == 0
    finally:
        shingles._CHAR_CLASS[:] = saved
