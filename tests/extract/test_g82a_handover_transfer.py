"""Control handed over («سلموا السيطرة على»، «تسليم السيطرة») and a taking told after the factions agreed («بعد موافقة
الفصائل على الاتفاق») are non-violent transfers, the receiving army as actor1, not a taking by the side handing over
(g82a: trigger_cues handover, trigger_refiners rf-nvt-53700, 53701). Tightening a hold told as commentary or aim
(«في تطور يعزز إحكام ... سيطرته»، «لإحكام السيطرة») is no second taking (modality md-state-53700..53704)."""
from __future__ import annotations

import pytest

from marsad_testdata import REB, SYR, events_of, sides_of

PUB = "2018-05-06"
NVT = "Non-violent transfer of territory"
GOV = "Government regains territory"
NSA = "Non-state actor overtakes territory"


def test_control_handed_over_is_a_transfer_to_the_army(extractor):
    text = "وأفاد ناشطون بأن المسلحين سلموا السيطرة على بلدة الحارة يوم السبت."
    assert events_of(extractor, text, NSA, PUB) == []
    nvt = events_of(extractor, text, NVT, PUB)
    assert len(nvt) == 1
    assert sides_of(nvt) == {(SYR, REB)}


@pytest.mark.parametrize("text", [
    "وسيطرت قوات الجيش السوري يوم السبت على بلدة الحارة بعد موافقة الفصائل فيها على الاتفاق.",
    "وسيطر الجيش السوري يوم السبت على بلدة الحارة إثر موافقة المسلحين على شروط الخروج.",
])
def test_taking_after_the_factions_agreed_is_a_transfer(extractor, text):
    assert events_of(extractor, text, GOV, PUB) == []
    assert len(events_of(extractor, text, NVT, PUB)) == 1


def test_tightening_a_hold_as_commentary_is_no_second_taking(extractor):
    text = ("استعادت قوات الجيش السوري يوم السبت بلدة الحارة بعد انتهاء عملية إجلاء المسلحين، حسب ما أعلن الإعلام "
            "الرسمي، في تطور يعزز إحكام الرئيس السوري بشار الأسد سيطرته على محيط العاصمة.")
    assert events_of(extractor, text, GOV, PUB) == []
    assert events_of(extractor, text, NSA, PUB) == []
    assert len(events_of(extractor, text, NVT, PUB)) == 1


def test_tightening_a_hold_as_commentary_alone_is_no_taking(extractor):
    text = "وحشد الجيش السوري يوم السبت قوات كبيرة في تطور يعزز إحكام الرئيس السوري بشار الأسد سيطرته على بلدة الحارة."
    assert events_of(extractor, text, GOV, PUB) == []
