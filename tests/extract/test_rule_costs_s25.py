"""Work the session's rules did for nothing, skipped (branch s25), on sentences of our own: a place with no word of
nearness or distance before it is not read as a reference or near point (q26b); a "في" after a date that opens no "في
ذلك الوقت" is not read as the time told last (q25a). What those readers find is unchanged."""
from __future__ import annotations

import datetime as dt

from marsad.extract import places as P
from marsad.lang.ar import dates as D
from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text
from marsad.model import Document
from marsad.pipeline import MetaStep
from marsad_testdata import patches_compiled_calls

PUB = "2018-03-06"


def _counting(monkeypatch, module, name: str) -> list[int]:
    """Count the calls of ``module.name`` (still answering as before)."""
    patches_compiled_calls(module)
    calls, real = [], getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def _locations(extractor, text: str) -> list[str]:
    return [e.location for e in extractor(MetaStep()(Document(text=text, published=PUB))).events]


def test_a_place_with_no_word_of_nearness_before_it_is_not_read_as_a_point(extractor, monkeypatch):
    calls = _counting(monkeypatch, P, "_after_word")
    assert _locations(extractor, "قصفت الطائرات الحربية مساء الأحد بلدة داعل في ريف درعا.") == ["Dā‘il"]
    assert calls == []


def test_a_place_after_near_is_still_read_as_a_point(extractor, monkeypatch):
    calls = _counting(monkeypatch, P, "_after_word")
    text = "شنت الطائرات الحربية فجر الاثنين غارات على الغوطة الشرقية القريبة من العاصمة السورية دمشق."
    assert "Eastern Ghouta" in _locations(extractor, text)
    assert calls


def test_the_capital_word_is_read_one_or_two_tokens_back():
    toks = analyze_text("المنطقة المتاخمة للعاصمة دمشق ومن العاصمة السورية دمشق وفي دمشق").tokens
    at = [k for k, t in enumerate(toks) if t.norm.endswith("دمشق")]
    assert [P._named_from(toks, k) for k in at] == [at[0] - 1, at[1] - 2, at[2]]


def test_a_plain_in_after_a_date_is_not_read_as_the_time_told_last(monkeypatch):
    calls = _counting(monkeypatch, D, "_told_day")
    days = find_dates(analyze_text("قصفت الطائرات المدينة الثلاثاء، وقتل خمسة مدنيين في السوق"), dt.date(2018, 7, 13))
    assert [d.date_start for d in days] == [dt.date(2018, 7, 10)]
    assert calls == []


def test_at_that_time_is_still_the_time_told_last(monkeypatch):
    calls = _counting(monkeypatch, D, "_told_day")
    days = find_dates(analyze_text("قصفت الطائرات المدينة الثلاثاء، وكان الوفد في ذلك الوقت في دمشق، وعاد حينها"),
                      dt.date(2018, 7, 13))
    assert [d.date_start for d in days] == [dt.date(2018, 7, 10)] * 3
    assert len(calls) == 2
