"""LSH band keys: byte slices of the signature, the same as one tobytes() per band."""
from __future__ import annotations

import numpy as np

from marsad.dedup.shingles import BANDS, NUM_PERM, ROWS, Signature, signature


def _reference(sig: Signature) -> list[bytes]:
    hv = sig.hashvalues
    return [hv[i * ROWS:(i + 1) * ROWS].tobytes() for i in range(BANDS)]


def test_band_keys_equal_per_band_tobytes():
    for text in ("قصف على حلب وإدلب في ريف المحافظة الجنوبي", "", "a b"):
        sig = signature(text)
        assert sig.bands() == _reference(sig)
    strided = Signature(np.arange(2 * NUM_PERM, dtype=np.uint64)[::2], 9)  # not contiguous
    assert strided.bands() == _reference(strided)
