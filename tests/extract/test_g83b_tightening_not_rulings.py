"""«إحكام السيطرة» (tightening control) normalises to «احكام» and was read as the legal cue «أحكام» (court rulings,
md-legal-13): a taking told with it was dropped. The shields md-shd-54100, 54101 keep the phrase from that reading;
g82a's commentary and aim readings («لإحكام السيطرة»، «بإحكام سيطرتها») stay (md-state-54103..54108); «إحكام قبضتها»
is a hold, not an arrest (md-sense-54102); real rulings («أحكاما بالإعدام») stay legal."""
from __future__ import annotations

import pytest

from marsad_testdata import events_of

PUB = "2018-05-06"
GOV = "Government regains territory"
NSA = "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "أعلن الجيش السوري يوم السبت إحكام سيطرته على بلدة الحارة في ريف درعا.",
    "وتمكنت القوات العراقية يوم الأحد من إحكام السيطرة على مدينة تلعفر بعد معارك مع تنظيم داعش.",
])
def test_tightening_control_is_a_taking_not_a_ruling(extractor, text):
    assert len(events_of(extractor, text, GOV, PUB)) == 1


@pytest.mark.parametrize("text", [
    "وتسعى القوات التركية يوم السبت لإحكام السيطرة على بلدة الحارة.",
    "وبإحكام سيطرتها على بلدة الحارة ستقطع القوات التركية الطريق على المسلحين.",
])
def test_tightening_as_aim_or_commentary_is_still_no_taking(extractor, text):
    assert events_of(extractor, text, GOV, PUB) == []
    assert events_of(extractor, text, NSA, PUB) == []


def test_tightening_a_grip_is_no_arrest(extractor):
    text = "وقال ناشطون إن قوات النظام تقدمت يوم السبت بعد إحكام قبضتها على أطراف بلدة الحارة."
    assert events_of(extractor, text, "Arrests", PUB) == []
