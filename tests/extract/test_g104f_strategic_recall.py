"""g104f (strategic developments recall): deployments, group changes.

- A force sent «إلى جبهات/محيط» a place went to that place (function_words sent_area, step._sent_to): the sending
  verb's deployment is placed and kept, not dropped as told with no destination.
- deployed_force holds the singular a number above ten counts («700 عنصر»، «200 عسكري») and «مسلحين».
- weapons_handed holds the reflexive «أنفسهم»: fighters who handed themselves over, the subject between verb and
  pronoun, surrendered (tr-chg-13504).
- Armed groups merging under a new name («توحدت تحت اسم»، «أعلنوا اندماجهم تحت مسمى») change their group (tr-chg-81000..
  81003, trigger_cues union_named); unification with no new name told («توحيد الجهود»، «اتحدوا في موقفهم») is none."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-07-11"  # a Wednesday
CHANGE = ("Strategic developments", "Change to group/activity")

KEPT = [  # (text, rule id the change cites, its first day)
    ("قال المرصد إن قوات النظام أرسلت 400 عنصر من المسلحين الموالين لها مساء الاثنين إلى جبهات ريف درعا الغربي.",
     "tr-chg-68301", "2018-07-09"),
    ("وأرسل الجيش العراقي الثلاثاء 300 عسكري إلى محيط مدينة الموصل.", "tr-chg-68301", "2018-07-10"),
    ("سلم نحو ثلاثين من عناصر التنظيم وعائلاتهم أنفسهم يوم الثلاثاء لقوات سوريا الديمقراطية في بلدة هجين.",
     "tr-chg-13504", "2018-07-10"),
    ("أعلنت سبعة فصائل معارضة في محافظة إدلب، الثلاثاء، توحدها تحت اسم جبهة تحرير الشمال.", "tr-chg-81000",
     "2018-07-10"),
    ("وأعلن تسعة فصائل في ريف حماة يوم الثلاثاء اندماجهم تحت مسمى جيش الوسط.", "tr-chg-81001", "2018-07-10"),
]
NONE = [  # no change to a group
    "دعا الرئيس الثلاثاء الأحزاب في إدلب إلى توحيد الجهود لمواجهة الأزمة الاقتصادية.",
    "وقال الوزير إن الفصائل في إدلب اتحدت الثلاثاء في موقفها من المفاوضات.",
    "وأرسل الجيش العراقي الثلاثاء 300 عسكري إلى خارج البلاد.",
]


@pytest.mark.parametrize(("text", "rule", "day"), KEPT)
def test_change_kept(extractor, text, rule, day):
    evs = [e for e in read_doc(extractor, text, PUB).events if (e.event_type, e.sub_event_type) == CHANGE]
    assert [str(e.date_start) for e in evs] == [day]
    assert rule in evs[0].rule_ids
    assert evs[0].location is not None


@pytest.mark.parametrize("text", NONE)
def test_guard_no_change(extractor, text):
    assert CHANGE not in {(e.event_type, e.sub_event_type) for e in read_doc(extractor, text, PUB).events}
