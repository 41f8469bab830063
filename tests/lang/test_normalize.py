"""Normalisation keeps a map back to the original characters (property tests)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.lang.ar.normalize import norm_key, normalize

# Arabic letters, diacritics, tatweel, Arabic-Indic digits, Latin, controls, presentation forms, spaces
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),
    st.characters(min_codepoint=0x0041, max_codepoint=0x007A),
    st.characters(min_codepoint=0x064B, max_codepoint=0x0652),
    st.sampled_from(["\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202b", "\ufeff", "\u00ad", "\u061c"]),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
    st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFE),
    st.sampled_from([" ", "\n", "\t", "\u00a0", ".", "،", "«", "»", "0", "9"]),
    st.characters(min_codepoint=0x0000, max_codepoint=0x001F),
)
TEXTS = st.text(alphabet=_ALPHABET, max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_every_normalised_span_maps_back(text: str, data: st.DataObject) -> None:
    nt = normalize(text)
    n = len(nt.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    s, e = nt.to_orig(start, end)
    assert 0 <= s <= e <= len(text)
    if start < end:
        back = normalize(text[s:e]).text
        # a span may cut through the expansion of one ligature (U+FC64 -> two letters): the
        # original span is then the whole ligature, whose normalisation contains the span
        assert nt.text[start:end] in back
        if _clean_boundary(nt, start) and _clean_boundary(nt, end):
            assert back == nt.text[start:end]


def _clean_boundary(nt, i: int) -> bool:
    """True when normalised position ``i`` does not fall inside one original character's expansion."""
    if nt.offsets is None or i == 0 or i == len(nt.text):
        return True
    return nt.offsets[i - 1] != nt.offsets[i]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_single_characters_map_inside_the_original(text: str) -> None:
    nt = normalize(text)
    last = -1
    for i in range(len(nt.text)):
        s, e = nt.to_orig(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert s >= last  # monotone
        last = s


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_normalisation_is_idempotent(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once


@pytest.mark.parametrize(
    "raw,norm",
    [
        ("مدرسةٌ", "مدرسه"),
        ("أحمد", "احمد"),
        ("إلى", "الي"),
        ("آلاف", "الاف"),
        ("مستشفـــى", "مستشفي"),
        ("١٥٠٠", "1500"),
        ("۱۲", "12"),
        ("ﺍﻟﺮﻗﺔ", "الرقه"),
        ("الرقة\u200f", "الرقه"),
    ],
)
def test_folding(raw: str, norm: str) -> None:
    assert norm_key(raw) == norm


@given(st.text(alphabet=st.sampled_from(list("قتلىةأإآؤئ٠١٢ًٌٍَُِّْـ\u200f\ufefb\ufe8d abc.،")), max_size=60))
def test_fold_equals_the_normalised_text(s):
    from marsad.lang.ar.normalize import fold

    assert fold(s) == normalize(s).text
