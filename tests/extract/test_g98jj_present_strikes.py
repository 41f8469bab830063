"""g98jj: a bare present verb of waging right before a strike noun («وتشن القوات غارات على ...») tells a habit or the
background of the news, not one strike; «كان» earlier in its clause (the past progressive) and a recent day of the strike's
own keep it a happening. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-10"
AIR = "Air/drone strike"


def _air(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == AIR]


def test_present_strikes_after_a_past_clause_are_background(extractor) -> None:
    text = ("وكانت القوات التركية قد نفذت في الماضي عمليات برية في المنطقة، وتنفذ غارات جوية على مواقع المسلحين في "
            "جبال سنجار.")
    assert not _air(extractor, text)


def test_bare_present_strikes_are_a_habit(extractor) -> None:
    text = "وتشن القوات التركية غارات جوية على مواقع المسلحين في منطقة زاخو شمالي العراق."
    assert not _air(extractor, text)


def test_guard_past_progressive_stays(extractor) -> None:
    text = "وكانت الطائرات تحلق فوق البلدة وتشن غارات على مواقع المسلحين في منطقة زاخو."
    assert _air(extractor, text)


def test_guard_present_strikes_with_their_own_day_stay(extractor) -> None:
    text = "وأفاد المرصد أن الطائرات الحربية تنفذ غارات على مواقع المسلحين في منطقة زاخو الخميس."
    assert _air(extractor, text)


def test_guard_past_strike_stays(extractor) -> None:
    text = "وشنت الطائرات التركية غارات على مواقع المسلحين في منطقة زاخو."
    assert _air(extractor, text)
