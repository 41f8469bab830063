"""g106u (Violence against civilians audit): an abduction told with a day of its own or joined by «و» to a raid is
an abduction; bodies with a pronoun take the killer named before them (bodies-killer-108550); abducted people found dead
stay an attack (found-dead-108552); a state named beside an attack on civilians is its target only when its members are
told as the victims (state-not-victim-108551). (The branch's reading of a bare abduction verb after its victim as
background, md-bg-108500..108529, was not kept on main: see docs/quality.md.)"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-08-17"  # a Friday
VAC = "Violence against civilians"
ABD = "Abduction/forced disappearance"


def _abd(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == VAC and e.sub_event_type == ABD]


def test_guard_the_described_abduction_with_a_day_of_its_own_is_kept(extractor):
    text = "وقال مسؤول محلي إن المحامي اختطفه مسلحون مجهولون أمس من أمام منزله في الموصل."
    evs = _abd(extractor, text)
    assert len(evs) == 1 and evs[0].date_start == "2018-08-16"


def test_guard_an_abduction_joined_by_wa_goes_on_the_told_acts(extractor):
    text = "داهم مسلحون مجهولون منزل المحامي في مدينة الموصل أمس واختطفوه إلى جهة مجهولة."
    assert len(_abd(extractor, text)) == 1


BODIES_PUB = "2018-06-29"  # a Friday


def test_bodies_with_a_pronoun_take_the_killer_named_before_them(extractor):
    text = ("وأمر رئيس الوزراء أمس بتنفيذ أحكام الإعدام، ردا على إعدام تنظيم الدولة ثمانية رهائن، عثر على جثثهم على "
            "طريق رئيسي قرب كركوك الأربعاء.")
    evs = [e for e in read_doc(extractor, text, BODIES_PUB).events if e.event_type == VAC]
    assert len(evs) == 1 and evs[0].date_start == "2018-06-27"
    assert "bodies-killer-108550" in evs[0].rule_ids


def test_guard_bare_bodies_with_no_killer_named_stay_a_toll(extractor):
    text = "عثرت الشرطة الأربعاء على جثث ثمانية أشخاص قرب طريق رئيسي في كركوك."
    evs = [e for e in read_doc(extractor, text, BODIES_PUB).events if e.event_type == VAC]
    assert evs == []


STATE_CASES = [
    # a state named beside an abduction (the forces attacked) is no victim of it
    ("وذكرت تقارير أن تنظيم داعش خطف العشرات الجمعة في هجوم على قوات تدعمها الولايات المتحدة شرقي سوريا.",
     "Civilians (Syria)"),
    # a state in an aside of an execution (the talks with it) is no victim of it
    ("أعدم تنظيم داعش الأحد شابا من المخطوفين في ريف السويداء، إثر تعثر المفاوضات مع النظام حول نقل مقاتليه.",
     "Civilians (Syria)"),
    # guard: police members counted as the victims stay the target
    ("قتل تنظيم داعش 7 رجال من الشرطة العراقية بعد أيام من خطفهم على طريق كركوك، وفق بيان الجمعة.",
     "Police Forces of Iraq"),
]


@pytest.mark.parametrize(("text", "target"), STATE_CASES)
def test_a_state_is_the_target_of_an_attack_on_civilians_only_as_its_victims(extractor, text, target):
    evs = [e for e in read_doc(extractor, text, "2018-10-13").events if e.event_type == VAC]
    assert evs and all(e.actor2.startswith(target) for e in evs)
