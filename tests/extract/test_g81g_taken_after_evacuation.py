"""A place taken «after the evacuation of» its fighters, or «as part of the deal», was handed over, not taken by
force (g81g: trigger_cues agreement rows read by trigger_refiners rf-nvt-1, 2); a place taken after battles stays a
taking."""
from __future__ import annotations

import pytest

from marsad_testdata import events_of

PUB = "2018-05-06"
NVT = "Non-violent transfer of territory"
GOV = "Government regains territory"


@pytest.mark.parametrize("text", [
    "وأعلن الجيش السوري السبت سيطرته الكاملة على بلدة الحارة بعد إجلاء آخر المسلحين منها إلى الشمال.",
    "وتمكن الجيش السوري من السيطرة على بلدة الحارة يوم السبت إثر إجلاء مئات المقاتلين منها.",
    "وسيطر الجيش السوري يوم السبت على بلدة الحارة عقب إجلاء المسلحين وعائلاتهم منها.",
    "وسيطرت قوات الجيش السوري يوم السبت على بلدة الحارة كجزء من الاتفاق مع الفصائل.",
])
def test_place_taken_under_a_deal_is_a_transfer(extractor, text):
    assert events_of(extractor, text, GOV, PUB) == []
    assert len(events_of(extractor, text, NVT, PUB)) == 1


def test_place_taken_after_battles_stays_a_taking(extractor):
    text = "وسيطر الجيش السوري يوم السبت على بلدة الحارة بعد معارك عنيفة مع المسلحين."
    assert len(events_of(extractor, text, GOV, PUB)) == 1
    assert events_of(extractor, text, NVT, PUB) == []
