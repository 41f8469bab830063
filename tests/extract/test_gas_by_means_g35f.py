"""A gas attack told by its means (branch g35f): a strike told at the town and on the day of a chemical attack is
that attack ("قصف جوي على سراقب السبت ... حالات اختناق" beside "هجوم بغاز الكلور على سراقب"), one event, Chemical
weapon. A strike on another day, on the whole country, or by another named attacker stays apart."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-15"  # a Sunday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikes(doc):
    return sorted((e.sub_event_type, e.date_start) for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_a_strike_told_with_the_gas_attack_is_that_attack(extractor):
    doc = _run(extractor, "قال ناشطون إن قوات النظام شنت هجوما بغاز الكلور على مدينة سراقب السبت. "
                          "وأفاد المرصد بتسجيل عشرين حالة اختناق إثر قصف جوي شنته قوات النظام السبت على مدينة سراقب.")
    assert _strikes(doc) == [("Chemical weapon", "2018-04-14")]
    ev = next(e for e in doc.events if e.sub_event_type == "Chemical weapon")
    assert "rare-by-means" in ev.rule_ids
    assert len(ev.evidence) == 2


def test_strikes_of_the_day_before_stay_apart(extractor):
    doc = _run(extractor, "قال ناشطون إن قوات النظام شنت هجوما بغاز الكلور على مدينة سراقب السبت. "
                          "وكانت قوات النظام قد شنت غارات جوية على مدينة سراقب يوم الجمعة.")
    assert _strikes(doc) == [("Air/drone strike", "2018-04-13"), ("Chemical weapon", "2018-04-14")]


def test_a_reprisal_by_another_named_attacker_stays_apart(extractor):
    doc = _run(extractor, "قال ناشطون إن قوات النظام شنت هجوما بغاز الكلور على مدينة سراقب السبت. "
                          "وشنت الطائرات الإسرائيلية غارات جوية السبت على مواقع عسكرية في مدينة سراقب.")
    assert [s for s, _ in _strikes(doc)] == ["Air/drone strike", "Chemical weapon"]


def test_a_strike_by_another_agent_does_not_borrow_the_gas_attacks_town(extractor):
    # merge._borrowed_places_away: the sentence of the reprisal names no place; the town told before is the gas attack's
    doc = _run(extractor, "قتل العشرات في هجوم كيماوي على مدينة سراقب السبت الماضي. "
                          "وشنت الولايات المتحدة وبريطانيا وفرنسا غارات جوية على مواقع للنظام السوري فجر السبت.",
               published="2018-04-16")
    strike = next(e for e in doc.events if e.sub_event_type == "Air/drone strike")
    assert (strike.location, strike.geo_precision) == ("Syria", 3)
    assert "place-of-another" in strike.rule_ids
    gas = next(e for e in doc.events if e.sub_event_type == "Chemical weapon")
    assert gas.location == "Saraqib"


def test_the_same_agents_strikes_keep_the_town(extractor):
    # "وواصلت قوات النظام قصف المدينة": the gas attack's own agent goes on at its town
    doc = _run(extractor, "قتل العشرات في هجوم كيماوي شنته قوات النظام على مدينة سراقب السبت. "
                          "وشنت قوات النظام غارات جوية مكثفة السبت.", published="2018-04-16")
    assert {e.location for e in doc.events} == {"Saraqib"}
