"""g105a: throughput savings in the tokeniser, norm_key and the place recogniser's finish (no change in output).

The tokeniser slices the forms from the lower-cased text (the join and split only when lower() changes a length or
the text holds a capital sigma); norm_key is a dict memo, not an lru_cache wrapper; the list openers are looked for
by one isdisjoint over the forms; a pair of places not joined by «و» or a comma has its gap left unread.
"""
from __future__ import annotations

import importlib
from collections.abc import Sequence

from marsad.geo import Geocoder
from marsad.lang.ar.tokens import analyze_text, tokenize

N = importlib.import_module("marsad.lang.ar.normalize")
T = importlib.import_module("marsad.lang.ar.tokens")


def _reference(text: str) -> list[tuple]:
    """The regular-expression tokeniser on the same normalised text (the reference of the array path)."""
    return [t.astuple() for t in T._tokenize_re(N.normalize(text))]


def test_sliced_forms_equal_the_reference_tokeniser():
    pad = " وقال المتحدث باسم الدفاع المدني إن القصف استهدف الأحياء السكنية في المدينة،" * 2
    texts = [
        "قُتل 1,500 شخص:وأصيب آخرون.(رويترز)" + pad,  # diacritics deleted, glued marks, digits with a separator
        "US-led STRIKES hit «حمص»؛ AFP/Reuters said 3.5km" + pad,  # Latin upper case, glued marks
        "İstanbul İZMİR قال:الوزير" + pad,  # lower() makes two characters of «İ»: the join-and-split path
        "ΟΔΟΣ'A ΣΑΣ:Σ وقال" + pad,  # a capital sigma, read in context by lower(): the join-and-split path
    ]
    for text in texts:
        assert len(text) >= N._FAST_MIN  # the array path
        nt, cps, _ = N.normalize_cps(text)
        assert cps is not None
        assert [t.astuple() for t in tokenize(text)[1]] == _reference(text), text


def test_sliced_forms_are_the_analysis_forms():
    text = "وقال المرصد:إن طائرات حربية قصفت بلدة كفرنبل، وأسفرت الغارات عن مقتل 12 مدنيا." * 3
    an = analyze_text(text)
    assert an.forms() == [t.norm for t in an.tokens]
    assert [t.astuple() for t in an.tokens] == _reference(text)


def test_norm_key_is_a_dict_memo_not_an_lru_wrapper():
    assert not hasattr(N.norm_key, "cache_info")
    form = N.norm_key("  الغارات   الجوّية ")
    assert form == " ".join(N.normalize("  الغارات   الجوّية ").text.split())
    assert N._NORM_KEYS["  الغارات   الجوّية "] == form


def test_norm_key_memo_is_bounded(monkeypatch):
    saved = dict(N._NORM_KEYS)
    try:
        N._NORM_KEYS.clear()
        N._NORM_KEYS.update((f"x{k}", f"x{k}") for k in range(N._NORM_KEYS_MAX))
        assert N.norm_key("قصفٌ") == "قصف"
        assert len(N._NORM_KEYS) == 1  # emptied when full, then the new form kept
    finally:
        N._NORM_KEYS.clear()
        N._NORM_KEYS.update(saved)


class _Unread(Sequence):
    """Tokens that must not be read."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, k):
        raise AssertionError("a token was read")


def test_list_openers_answer_from_the_forms_without_reading_tokens(geo: Geocoder):
    rec = geo.recognizer
    assert rec.words.list_open
    forms = ["قصفت", "الطائرات", "بلدة", "كفرنبل"]
    assert rec._list_openers(_Unread(4), 0, 4, forms) == []
    an = analyze_text("قصفت الطائرات بلدات عدة، بينها كفرنبل ومعرة النعمان")
    opener = next(iter(rec.words.list_open & set(an.forms())))
    got = rec._list_openers(an.tokens, 0, len(an.tokens), an.forms())
    assert got == rec._list_openers(an.tokens, 0, len(an.tokens))
    assert [an.tokens[k].norm for k in got] == [opener]


class _Counting(Sequence):
    """Tokens that count the reads of each index."""

    def __init__(self, toks) -> None:
        self.toks = toks
        self.read: list[int] = []

    def __len__(self) -> int:
        return len(self.toks)

    def __getitem__(self, k):
        self.read.append(k)
        return self.toks[k]


def test_flanked_members_leave_the_gap_of_unjoined_places_unread(geo: Geocoder):
    text = ("قصفت الطائرات مدينة إدلب صباح اليوم بعد أيام من هدوء حذر ساد المنطقة كلها وقال السكان إن "
            "القصف طال أطراف مدينة حماة")
    an = analyze_text(text)
    ms = geo.recognizer.find(an)
    assert len(ms) >= 2
    a, b = ms[0], ms[1]
    assert b.tok_start - a.tok_end > 10 and "و" not in b.proclitic  # far apart, not joined
    toks = _Counting(an.tokens)
    out = geo.recognizer._flanked_members(ms, toks, an.norm.orig, len(an.tokens))
    assert [m.tok_start for m in out] == [m.tok_start for m in ms]
    inside = [k for k in toks.read if a.tok_end <= k < b.tok_start - 1]
    assert inside == []  # only the word before the second place was read (the join), not the gap


def test_flanked_members_still_read_a_joined_list(geo: Geocoder):
    # the same answer as a listing of the gap: a known word between two listed towns joined by «و»
    text = "قصفت الطائرات بلدات كفرنبل وحاس وكفرومة في ريف إدلب"
    an = analyze_text(text)
    ms = geo.recognizer.find(an)
    toks = _Counting(an.tokens)
    out = geo.recognizer._flanked_members(ms, toks, an.norm.orig, len(an.tokens))
    assert [m.tok_start for m in out] == sorted(m.tok_start for m in out)
    assert {m.tok_start for m in ms} <= {m.tok_start for m in out}
