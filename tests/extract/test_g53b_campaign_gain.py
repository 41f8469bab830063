"""g53b: a battle told as one of a long campaign's gains («حملة ... سيطر خلالها», «منذ ... تمكنت خلاله من
السيطرة») sums the campaign up and is no happening of the report's day; «خلالها» after a single operation with no
campaign noun or span word, and a gain told with a day of its own, stay events."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-05-10"
GOV = "Government regains territory"


def _all(extractor, text: str) -> list:
    return [e for t in (GOV, "Armed clash", "Non-state actor overtakes territory")
            for e in events_of(extractor, text, t, PUB)]


def test_campaign_noun_before_during_it_drops_the_gain(extractor):
    text = "وقال ناشطون إن المطار استخدم في حملة عسكرية واسعة سيطر خلالها الجيش السوري على ريف حمص الشمالي."
    assert not events_of(extractor, text, GOV, PUB)


def test_campaign_plural_noun_drops_the_gain(extractor):
    text = "وجاء ذلك بعد حملات جوية وبرية سيطرت خلالها القوات الحكومية على مدينة الرستن."
    assert not events_of(extractor, text, GOV, PUB)


def test_single_operation_with_during_it_stays(extractor):
    text = "ونفذت قوات الجيش السوري الأربعاء عملية عسكرية في ريف حمص الشمالي سيطرت خلالها على مدينة الرستن."
    assert _all(extractor, text)

