"""A strike statement naming a second target at its own place, opened otherwise than "و" + a site noun (branch g102e),
on sentences of our own.

ACLED codes one event per distinct place of a strike wave. g70c read "استهدفت مستودعا في X ومطارا قرب Y"; this
branch reads the same second object after an additive phrase ("فضلا عن موقعين قرب Y"، "بالإضافة إلى مستودع"), after
"another" ("وأخرى غرب Y"، "ومناطق ثانية قرب Y"), and after a comma ("في X، ومطارا قرب Y") (places._second_object,
rule place-list-73900). A wider area of the first town's province, a launch place, a reason clause, a country, a
clause of another happening and a tally stay no place of their own.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-05"  # a Monday
STRIKES = "Explosions/Remote violence"


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [e for e in doc.events if e.event_type == STRIKES]


def _places(extractor, text):
    return {e.location for e in _strikes(extractor, text)}


@pytest.mark.parametrize("text, second", [
    ("قالت وزارة الدفاع إن الضربات استهدفت السبت موقعا في مدينة حمص، فضلا عن موقعين قرب مدينة حماة.\n", "Ḩamāh"),
    ("قالت وزارة الدفاع إن الضربات استهدفت السبت موقعا في مدينة حمص، فضلاً عن موقعين قرب مدينة حماة.\n", "Ḩamāh"),
    ("قصفت الطائرات الحربية السبت مواقع في مدينة حمص بالإضافة إلى مستودع قرب مدينة حماة.\n", "Ḩamāh"),
    ("شنت الطائرات الحربية السبت غارات على منشآت قرب مدينة حمص وأخرى غرب مدينة حماة.\n", "Ḩamāh"),
    ("قال المرصد إن القصف الصاروخي السبت استهدف مقر الفوج 12 في ريف حمص الشمالي ومناطق ثانية بالقرب من بلدة "
     "تلبيسة.\n", "Tallbīsah"),
    ("وأضاف البيان أن الضربة استهدفت السبت أيضا مستودعا للذخيرة في بلدة تلبيسة، ومطارا عسكريا قرب مدينة حماة.\n",
     "Ḩamāh"),
])
def test_a_second_object_gets_its_own_place(extractor, text, second):
    evs = _strikes(extractor, text)
    assert second in {e.location for e in evs}, [e.location for e in evs]
    assert len({e.location for e in evs}) == 2, [e.location for e in evs]
    copy = next(e for e in evs if e.location == second)
    assert "place-list-73900" in copy.rule_ids, copy.rule_ids


def test_the_g70c_second_site_is_unchanged(extractor):
    # "و" + a site noun with no comma: g70c's reading, which cites no new rule
    evs = _strikes(extractor, "قصفت الطائرات الحربية السبت مستودعا للذخيرة في مدينة حمص ومطارا عسكريا قرب مدينة حماة.\n")
    assert {e.location for e in evs} == {"Homs", "Ḩamāh"}
    assert not any("place-list-73900" in e.rule_ids for e in evs)


@pytest.mark.parametrize("text, absent", [
    # the other towns lie around the first, in its own area: no event of their own there
    ("شنت الطائرات الحربية السبت غارات على مدينة دوما وبلدات أخرى في الغوطة الشرقية.\n", "Eastern Ghouta"),
    # an injury told after the additive phrase is no second object
    ("قصفت الطائرات الحربية السبت مواقع في مدينة حمص، فضلا عن إصابة عشرة مدنيين في مدينة حماة.\n", "Ḩamāh"),
    # another clause: the minister's visit
    ("قصفت الطائرات الحربية السبت مستودعا في مدينة حمص، فيما زار الوزير مقرا في مدينة حماة.\n", "Ḩamāh"),
    # a place that only locates the town struck
    ("قصفت الطائرات الحربية السبت بلدة تلبيسة الواقعة قرب مدينة حمص.\n", "Homs"),
    # where the aircraft took off from
    ("قصفت الطائرات الحربية التي انطلقت من مطار حماة العسكري السبت مواقع في مدينة حمص، فضلا عن مواقع أخرى قرب "
     "بلدة تلبيسة.\n", "Ḩamāh"),
    # the country of the town struck
    ("قصفت الطائرات الحربية السبت مواقع في مدينة حمص، فضلا عن مواقع أخرى في سوريا.\n", "Syria"),
    # the attack a reason clause answers
    ("قصفت الطائرات الحربية السبت مواقع في مدينة حمص ردا على هجوم استهدف مقرا في بلدة تلبيسة وأخرى قرب مدينة "
     "حماة.\n", "Ḩamāh"),
])
def test_no_second_place_where_none_is_hit(extractor, text, absent):
    assert absent not in _places(extractor, text)


def test_an_interception_stays_one_event(extractor):
    # missiles shot down on their way to two bases: one interception where they were met, as g70c kept it
    doc = read_doc(extractor, "أسقطت الدفاعات الجوية السبت صواريخ استهدفت قاعدة في مدينة حمص وأخرى قرب مدينة "
                              "حماة.\n", PUB, title="خبر")
    assert [e.location for e in doc.events] == ["Homs"], [(e.sub_event_type, e.location) for e in doc.events]


def test_a_tally_over_weeks_adds_no_event(extractor):
    doc = read_doc(extractor, "أحصى المرصد خلال الأسابيع الماضية أكثر من 500 غارة على مدينة حمص، فضلا عن مئات "
                              "الغارات قرب مدينة حماة.\n", PUB, title="خبر")
    assert not [e for e in doc.events if e.event_type == STRIKES]
