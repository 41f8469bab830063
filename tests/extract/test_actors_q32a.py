"""q32a: the counterpart a coder assumes when none is named (default_targets.tsv): a protest met with force is met
by the country's police (dt-10100, dt-10101); Turkey's strikes and shelling in Iraq fall on the PKK (dt-10102,
dt-10103)."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of

PUB = "2018-07-20"


def _events(extractor, text, sub_event_type):
    return events_of(extractor, text, sub_event_type, PUB)


@pytest.mark.parametrize("text, sub_event_type, actor2, rule", [
    # a protester killed by gunfire, told without its force: the police's
    ("تصاعد التوتر في مدينة الناصرية بعد مقتل متظاهر يوم الخميس لدى إطلاق نار خلال تفريق التظاهرة.",
     "Excessive force against protesters", "Police Forces of Iraq (2014-2018)", "dt-10100"),
    # a protest dispersed with tear gas by no named force
    ("فرقت السلطات يوم الخميس تظاهرة في مدينة الناصرية جنوبي العراق بالغاز المسيل للدموع.",
     "Protest with intervention", "Police Forces of Iraq (2014-2018)", "dt-10101"),
    # Turkey's strikes and shelling in Iraq with no target named fall on the PKK
    ("قال الجيش التركي إن مقاتلاته نفذت يوم الأربعاء غارات جوية على منطقة قنديل شمالي العراق.",
     "Air/drone strike", "PKK: Kurdistan Workers Party", "dt-10102"),
    ("قصفت المدفعية التركية يوم الثلاثاء قرى في ناحية سيدكان بمحافظة أربيل شمالي العراق.",
     "Shelling/artillery/missile attack", "PKK: Kurdistan Workers Party", "dt-10103"),
])
def test_the_default_counterpart_when_none_is_named(extractor, text, sub_event_type, actor2, rule):
    evs = _events(extractor, text, sub_event_type)
    assert evs and evs[0].actor2 == actor2
    assert rule in evs[0].rule_ids
    if rule == "dt-10102":
        assert evs[0].actor1 == "Military Forces of Turkey (2016-)"


def test_an_ally_taking_ground_beside_turkey_is_not_its_counterpart(extractor):
    evs = _events(extractor, "سيطرت القوات التركية والفصائل السورية الموالية لها يوم الأحد على بلدة راجو في ريف عفرين.",
                  "Government regains territory")
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Turkey (2016-)", "YPG: People's Protection Units")]
    assert "ar-10103" in evs[0].rule_ids


def test_russia_beside_the_government_is_not_the_side_it_takes_ground_from(extractor):
    evs = _events(extractor, "استعادت قوات النظام السوري وحليفتها روسيا يوم الأربعاء السيطرة على بلدة الشيفونية في "
                             "الغوطة الشرقية.", "Government regains territory")
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")]
    assert "ar-10100" in evs[0].rule_ids


def test_allies_read_as_the_two_sides_of_a_clash_leave_it_to_the_default_counterpart(extractor):
    evs = _events(extractor, "دارت يوم الاثنين اشتباكات عنيفة عند أطراف بلدة راجو خاضتها القوات التركية والفصائل "
                             "الموالية لها.", "Armed clash")
    assert evs and evs[0].actor2 == "YPG: People's Protection Units"
    assert {"ar-10103", "dt-10108"} <= set(evs[0].rule_ids)
    # g95c: «في محاولة من القوات التركية ... لاقتحامها» names the attacker (and its allies with it) directly
    evs = _events(extractor, "دارت يوم الاثنين اشتباكات عنيفة عند أطراف بلدة راجو في محاولة من القوات التركية والفصائل "
                             "الموالية لها لاقتحامها.", "Armed clash")
    assert evs and (evs[0].actor1, evs[0].actor2) == ("Military Forces of Turkey (2016-)", "YPG: People's Protection Units")


def test_a_turkish_clash_in_syria_with_no_other_side_is_with_the_ypg(extractor):
    evs = _events(extractor, "أعلن الجيش التركي يوم الخميس مقتل ثمانية من جنوده في اشتباكات في منطقة عفرين شمالي سوريا.",
                  "Armed clash")
    assert evs and evs[0].actor1 == "Military Forces of Turkey (2016-)"
    assert evs[0].actor2 == "YPG: People's Protection Units"
    assert "dt-10107" in evs[0].rule_ids


def test_russia_named_with_a_strike_given_the_default_agent_is_not_its_target(extractor):
    evs = events_of(extractor, "شهدت مدينة درعا يوم الخميس قصفا جويا عنيفا، وسط تحليق للطائرات الحربية الروسية.",
                    "Air/drone strike", "2018-07-06")
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")]
    assert {"actor-default", "ar-10106"} <= set(evs[0].rule_ids)
