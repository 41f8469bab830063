"""Strikes that answer a well-known rare happening (the Douma chemical attack, campaigns.tsv cp-700) by another agent
than its own are not placed at its town, whichever path brings the town to them (branch g105o), on sentences of our
own."""
from __future__ import annotations

from marsad.extract.merge import ANSWERED_PLACE, BORROWED_AWAY
from marsad_testdata import read_doc

STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def _strikes(doc):
    return [e for e in doc.events if e.sub_event_type in STRIKES]


def test_later_mention_naming_the_town_does_not_place_the_strike(extractor):
    # the strike is told with its country, then retold with the attack's town a sentence later: no chemical word there
    doc = read_doc(extractor, "شنت الولايات المتحدة وبريطانيا وفرنسا يوم السبت ضربات على مواقع عسكرية سورية."
                              " وقالت صحيفة إن الضربات الأمريكية دمرت مخازن في دوما.", "2018-04-16")
    strikes = _strikes(doc)
    assert len(strikes) == 1, [(e.sub_event_type, e.location) for e in doc.events]
    assert strikes[0].location == "Syria", (strikes[0].location, strikes[0].rule_ids)
    assert ANSWERED_PLACE in strikes[0].rule_ids


def test_the_attack_town_does_not_refine_the_strike_sent_to_the_country(extractor):
    # the strike inherits Douma (sent to the country); the attack's barrel bombs told at Douma do not bring it back
    doc = read_doc(extractor, "وقالت تقارير إن القوات الحكومية قصفت مدينة دوما بغاز الكلور في السابع من أبريل."
                              " ونفذت الولايات المتحدة وفرنسا فجر السبت ضربات منسقة على أهداف تابعة للحكومة السورية."
                              " وأكد البيت الأبيض أن صور البراميل المتفجرة في دوما تشبه براميل النظام.", "2018-04-16")
    strikes = [e for e in _strikes(doc) if e.event_date == "2018-04-14"]
    assert strikes, [(e.sub_event_type, e.event_date, e.location) for e in doc.events]
    assert all(e.location == "Syria" for e in strikes), [(e.location, e.rule_ids) for e in strikes]
    assert BORROWED_AWAY in strikes[0].rule_ids


def test_month_wide_strike_after_the_attack_is_at_the_country(extractor):
    # "earlier this month": a month-wide date still spans the weeks after the attack
    doc = read_doc(extractor, "وشكر الرئيس الأمريكي فرنسا على انضمامها إلى الولايات المتحدة وبريطانيا في وقت سابق من"
                              " هذا الشهر في شن غارات جوية على مواقع للحكومة في سوريا بعد اتهامها بشن هجوم كيمياوي على"
                              " مدينة دوما.", "2018-04-30")
    strikes = _strikes(doc)
    assert strikes, ([e.sub_event_type for e in doc.events], doc.dropped)
    assert strikes[0].location == "Syria", (strikes[0].location, strikes[0].rule_ids)


def test_the_attack_agent_striking_the_town_again_stays(extractor):
    # the government, the attack's own agent, shells the town three days on: the town's own strike (guard)
    doc = read_doc(extractor, "وقصفت قوات النظام يوم الثلاثاء مدينة دوما بقذائف المدفعية.", "2018-04-11")
    strikes = _strikes(doc)
    assert strikes, ([e.sub_event_type for e in doc.events], doc.dropped)
    assert strikes[0].location == "Dūmā", (strikes[0].location, strikes[0].rule_ids)
    assert ANSWERED_PLACE not in strikes[0].rule_ids
