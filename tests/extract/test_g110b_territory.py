"""Gains on the ground made inside a named area are a taking (g110b): «حققت ... مكاسب على الأرض في منطقة X» reads as
«أحرزت تقدما داخل حي X» does (tr-terr-130500, needs gains_made+advance_within); gains drawn from a deal name no place
taken. Composed sentences."""
from __future__ import annotations

from marsad_testdata import subs_and_rules

REGAINS = "Government regains territory"


def test_gains_on_the_ground_inside_a_named_area_are_a_taking(extractor) -> None:
    text = "وقال المرصد إن قوات النظام حققت مكاسب على الأرض في منطقة اللجاة يوم الاثنين بعد معارك مع الفصائل."
    got = subs_and_rules(extractor, text, "2018-06-26")
    assert [s for s, _ in got] == [REGAINS]
    assert "tr-terr-130500" in got[0][1]


def test_gains_from_a_deal_take_nothing(extractor) -> None:
    # guard: political gains (no ground named, no quarter or town) are no taking
    text = "وقال الرئيس إن الحكومة حققت مكاسب كبيرة من الاتفاق الذي جرى في مدينة سوتشي يوم الاثنين."
    assert not any(s == REGAINS for s, _ in subs_and_rules(extractor, text, "2018-06-26"))
