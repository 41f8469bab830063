"""g99aj: who claims a report stops where the speaker's name stops — not the happening told after "عن"/a count, not
the source's own source, a channel or "ما" before the reporting verb. Sentences composed for these tests."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-10"


def _claimed(extractor, text: str) -> list[list[str]]:
    doc = read_doc(extractor, text, PUB)
    assert doc.events, doc.dropped
    return [e.claimed_by for e in doc.events]


@pytest.mark.parametrize("text, claimed", [
    # the happening after «عن» (and a count after the speaker) is what was told, not who told it
    ("وكانت الوزارة قد أعلنت عن مقتل 4 مدنيين في غارات على بلدة كفرنبل في ريف إدلب.", []),
    ("أعلن ناشطون عن مقتل 4 مدنيين في غارات على بلدة كفرنبل في ريف إدلب.", ["ناشطون"]),
    ("وكان مسؤول محلي قد أفاد بمقتل 6 مدنيين في قصف على بلدة معرة النعمان.", []),
    # the source the speaker quotes is a claimant of its own, without "قوله"
    ("نقلت وسائل إعلام محلية عن مصدر أمني قوله إن مسلحين هاجموا حاجزا للجيش في مدينة العريش.",
     ["وسائل إعلام محلية", "مصدر أمني"]),
    # "بحسب ما ذكرت X": X, not "ما ذكرت X"
    ("وقصفت الطائرات الحربية مدينة دوما، بحسب ما ذكرت وسائل إعلام موالية.", ["وسائل إعلام موالية"]),
    # a channel after the speaker is no part of it
    ("قال الجيش على حسابه في تويتر إن طائراته قصفت مواقع للمسلحين قرب مدينة الباب.", ["الجيش"]),
])
def test_speaker_stops_where_the_name_stops(extractor, text, claimed):
    assert _claimed(extractor, text) == [claimed]


def test_issuer_after_sadir_an_stays(extractor):
    # guard: the «عن» of "بيان صادر عن" names the claimant, it does not end it
    assert _claimed(extractor, "قال بيان صادر عن الجيش إن طائراته قصفت مواقع للمسلحين قرب مدينة الباب.") \
        == [["بيان صادر عن الجيش"]]


def test_cut_speaker_keeps_the_event_and_leaves_no_marker(extractor):
    # guard: a report whose speaker was cut away still supports its event as before, and claimed_by holds no
    # empty placeholder
    doc = read_doc(extractor, "وكان مسؤول محلي قد أفاد بمقتل 6 مدنيين في قصف على بلدة معرة النعمان.", PUB)
    assert doc.events and all("" not in e.claimed_by for e in doc.events)
