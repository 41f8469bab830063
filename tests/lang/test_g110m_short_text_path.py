"""g110m: texts shorter than ``_FAST_MIN`` (now 160 characters: evidence sentences, titles, line heads) are
normalised and tokenised by strings and the regular expression, which cost less than the array set-up there;
what they give is what the array path gives."""
from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.lang.ar import tokens as T

N = importlib.import_module("marsad.lang.ar.normalize")  # the package exports a function of that name

_SENTENCES = [
    "وقال مصدر أمني إن مسلحين مجهولين فتحوا النار على دورية للشرطة قرب سوق المدينة صباح الأحد.",
    "أعلنت الوزارة مقتل 3 جنود وإصابة 1,200 شخص:في هجوم بعبوة ناسفة (رويترز)",
    "قُتل شابٌ برصاص قناصٍ في حي الوعر، وأصيب آخران بجروح خطيرة؟",
    "US-led coalition STRIKES hit «الرقة» at 3.5km, AFP said… ﻻ",
]


def _by_arrays(text: str) -> tuple:
    saved = N._FAST_MIN
    N._FAST_MIN = 1  # every non-empty BMP text without presentation forms takes the array path
    try:
        nt, cps, _ = N.normalize_cps(text)
        return nt.text, None if nt.offsets is None else list(nt.offsets), cps is None, T._scan(text)[1:5], \
            T.analyze_text(text)
    finally:
        N._FAST_MIN = saved


def test_a_sentence_of_a_hundred_characters_takes_the_string_path() -> None:
    text = _SENTENCES[0]
    assert 64 <= len(text) < N._FAST_MIN
    assert N.normalize_cps(text)[1] is None  # the array path on main (_FAST_MIN was 64)
    assert N.normalize_cps(text * 2)[1] is not None


def _same(text: str) -> None:
    norm, offsets, no_cps, scanned, analysis = _by_arrays(text)
    nt, cps, _ = N.normalize_cps(text)
    assert (nt.text, None if nt.offsets is None else list(nt.offsets)) == (norm, offsets)
    assert N.fold(text) == norm
    toks, forms, starts, enders = T._scan(text)[1:5]
    assert [tuple(t) for t in toks] == [tuple(t) for t in scanned[0]]
    assert (forms, starts, enders) == tuple(scanned[1:])
    got = T.analyze_text(text)
    assert got.tokens == analysis.tokens
    assert (got.sentences, got.sent_tokens) == (analysis.sentences, analysis.sent_tokens)
    assert got.forms() == analysis.forms()
    words = frozenset(got.forms()[::2])
    assert got.starts_in(words, 0, 10**9) == analysis.starts_in(words, 0, 10**9)


def test_short_sentences_read_the_same_by_either_path() -> None:
    for text in _SENTENCES:
        assert len(text) < N._FAST_MIN
        _same(text)


_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىةؤئکی" "\u064b\u064e\u0651\u0670\u0640\u200b\u200f\ufeff"
    "0123456789٠١٢٣٤٥٦٧٨٩" ".,،:/%-" "aZİΣσ" "!?؟…«»\"()" "  \n\t"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=0, max_size=159))
def test_short_texts_read_the_same_by_either_path(text: str) -> None:
    _same(text)
