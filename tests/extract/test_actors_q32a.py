"""q32a: the counterpart a coder assumes when none is named (default_targets.tsv): a protest met with force is met
by the country's police (dt-10100, dt-10101); Turkey's strikes and shelling in Iraq fall on the PKK (dt-10102,
dt-10103)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-20"


def _events(extractor, text, sub_event_type):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [e for e in evs if e.sub_event_type == sub_event_type]


def test_a_protester_killed_by_gunfire_told_without_its_force_is_the_polices(extractor):
    evs = _events(extractor, "تصاعد التوتر في مدينة الناصرية بعد مقتل متظاهر يوم الخميس لدى إطلاق نار خلال تفريق "
                             "التظاهرة.", "Excessive force against protesters")
    assert evs and evs[0].actor2 == "Police Forces of Iraq"
    assert "dt-10100" in evs[0].rule_ids


def test_a_protest_dispersed_with_tear_gas_by_no_named_force_is_the_polices(extractor):
    evs = _events(extractor, "فرقت السلطات يوم الخميس تظاهرة في مدينة الناصرية جنوبي العراق بالغاز المسيل للدموع.",
                  "Protest with intervention")
    assert evs and evs[0].actor2 == "Police Forces of Iraq"
    assert "dt-10101" in evs[0].rule_ids


def test_turkish_strikes_in_iraq_with_no_target_fall_on_the_pkk(extractor):
    evs = _events(extractor, "قال الجيش التركي إن مقاتلاته نفذت يوم الأربعاء غارات جوية على منطقة قنديل شمالي العراق.",
                  "Air/drone strike")
    assert evs and evs[0].actor1 == "Military Forces of Turkey (2016-)"
    assert evs[0].actor2 == "PKK: Kurdistan Workers Party"
    assert "dt-10102" in evs[0].rule_ids


def test_turkish_shelling_in_iraq_with_no_target_falls_on_the_pkk(extractor):
    evs = _events(extractor, "قصفت المدفعية التركية يوم الثلاثاء قرى في ناحية سيدكان بمحافظة أربيل شمالي العراق.",
                  "Shelling/artillery/missile attack")
    assert evs and evs[0].actor2 == "PKK: Kurdistan Workers Party"
    assert "dt-10103" in evs[0].rule_ids


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
    evs = _events(extractor, "دارت يوم الاثنين اشتباكات عنيفة عند أطراف بلدة راجو في محاولة من القوات التركية والفصائل "
                             "الموالية لها لاقتحامها.", "Armed clash")
    assert evs and evs[0].actor2 == "YPG: People's Protection Units"
    assert {"ar-10103", "dt-10108"} <= set(evs[0].rule_ids)


def test_a_turkish_clash_in_syria_with_no_other_side_is_with_the_ypg(extractor):
    evs = _events(extractor, "أعلن الجيش التركي يوم الخميس مقتل ثمانية من جنوده في اشتباكات في منطقة عفرين شمالي سوريا.",
                  "Armed clash")
    assert evs and evs[0].actor1 == "Military Forces of Turkey (2016-)"
    assert evs[0].actor2 == "YPG: People's Protection Units"
    assert "dt-10107" in evs[0].rule_ids


def test_russia_named_with_a_strike_given_the_default_agent_is_not_its_target(extractor):
    doc = Document(text="شهدت مدينة درعا يوم الخميس قصفا جويا عنيفا، وسط تحليق للطائرات الحربية الروسية.",
                   published="2018-07-06")
    evs = [e for e in extractor(MetaStep()(doc)).events if e.sub_event_type == "Air/drone strike"]
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Syria (2000-)", "Civilians (Syria)")]
    assert {"actor-default", "ar-10106"} <= set(evs[0].rule_ids)
