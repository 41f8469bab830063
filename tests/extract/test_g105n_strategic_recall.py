"""g105n (strategic developments recall): weapons systems deployed, factions joining, present deployments, residents
evacuated under a deal.

- deployed_force holds weapons systems in the plural («منظومات»، «بطاريات»): deployed with the subject
  between the verb and them, they are a deployment (tr-chg-68300); one system sent («منظومة») is not.
- Armed factions joining a front, told as the verb's subject after it («انضمت خمسة فصائل إلى الجبهة»، «انضمت فصائل
  معارضة»), change their group (tr-chg-99500, needs "^joining_groups"); a man joining factions is none.
- A present deployment told with «منذ» and its day right after the verb («تنتشر منذ السبت الشرطة العسكرية الروسية») is
  a deployment dated from that day (tr-chg-99520, 99521); the present alone is a standing presence.
- Residents evacuated under a deal told after the act («تم إجلاء آلاف الأشخاص من بلدتي ... بموجب اتفاق») hand their
  towns over, placed at each town (tr-nvt-99510); the wounded evacuated are none."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-07-11"  # a Wednesday
CHANGE = ("Strategic developments", "Change to group/activity")
TRANSFER = ("Strategic developments", "Non-violent transfer of territory")

CASES = [  # (text, the rule id the change cites and its first day, or None: no change to a group)
    ("ونشر الجيش التركي يوم الاثنين منظومات دفاع جوي في ريف إدلب الشمالي.", ("tr-chg-68300", "2018-07-09")),
    ("نشرت القوات الروسية الثلاثاء بطاريات مدفعية في محيط مدينة حماة.", ("tr-chg-68300", "2018-07-10")),
    ("انضمت أربعة فصائل معارضة إلى الجبهة الوطنية للتحرير يوم الاثنين.", ("tr-chg-99500", "2018-07-09")),
    ("وانضمت فصائل معارضة في ريف حماة الثلاثاء إلى جبهة تحرير سوريا.", ("tr-chg-99500", "2018-07-10")),
    ("تنتشر منذ الاثنين الشرطة العسكرية الروسية في مدينة نوى.", ("tr-chg-99520", "2018-07-09")),
    ("وأرسلت روسيا الثلاثاء منظومة الدفاع الجوي إلى سوريا.", None),
    ("وانضم شاب من مدينة حماة إلى فصائل المعارضة يوم الاثنين.", None),
    ("تنتشر الشرطة العسكرية الروسية في مدينة نوى.", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_change_read(extractor, text, expected):
    evs = [e for e in read_doc(extractor, text, PUB).events if (e.event_type, e.sub_event_type) == CHANGE]
    if expected is None:
        assert evs == []
        return
    rule, day = expected
    assert [str(e.date_start) for e in evs] == [day]
    assert rule in evs[0].rule_ids


def test_joining_factions_side(extractor):
    """The factions that joined are the side of the change, not the coder's default (the state's army)."""
    text = "انضمت ثلاثة فصائل معارضة إلى الجبهة الوطنية للتحرير يوم الاثنين."
    evs = [e for e in read_doc(extractor, text, PUB).events if (e.event_type, e.sub_event_type) == CHANGE]
    assert [e.actor1 for e in evs] == ["Opposition Rebels (Syria)"]


def test_residents_evacuated_under_deal(extractor):
    text = "وتم الثلاثاء إجلاء آلاف الأشخاص من بلدتي كفريا والفوعة بموجب اتفاق أبرمته روسيا وتركيا."
    evs = [e for e in read_doc(extractor, text, PUB).events if (e.event_type, e.sub_event_type) == TRANSFER]
    assert sorted(e.location for e in evs) == ["Al-Fu'ah", "Kafraya"]
    assert all("tr-nvt-99510" in e.rule_ids for e in evs)
    assert {str(e.date_start) for e in evs} == {"2018-07-10"}


def test_wounded_evacuated_under_deal_no_transfer(extractor):
    text = "وتم الثلاثاء إجلاء عشرات الجرحى من بلدة كفريا بموجب اتفاق مع روسيا."
    evs = read_doc(extractor, text, PUB).events
    assert not [e for e in evs if (e.event_type, e.sub_event_type) == TRANSFER]


def test_deployed_force_nationality_is_doer(extractor):
    """A force named with its nationality right after a deploying verb is the doer: there is no side it hit."""
    text = "انتشرت قوات تركية يوم الثلاثاء في مدينة عفرين."
    evs = [e for e in read_doc(extractor, text, PUB).events if (e.event_type, e.sub_event_type) == CHANGE]
    assert [e.actor1 for e in evs] == ["Military Forces of Turkey (2016-)"]
