"""Number mentions never overlap: a hedge read back stops at the last mention (found by the random-vocabulary test)."""
from __future__ import annotations

from marsad.lang.ar.numbers import find_numbers
from marsad.lang.ar.tokens import analyze_text


def test_hedge_does_not_reach_into_last_mention() -> None:
    text = "قتل عشر أو أكثر من عشر"
    got = find_numbers(analyze_text(text))
    assert got
    assert all(a.end <= b.start for a, b in zip(got, got[1:]))
