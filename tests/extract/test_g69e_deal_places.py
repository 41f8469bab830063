"""Where an agreement is placed, on sentences of our own (branch g69e): not at what a «حيث تقع X» aside names in
the place told before it, and not where the people leaving go when the word of leaving carries a pronoun
(«خروجهم»)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _places(doc, sub="Agreement") -> list[str | None]:
    return [e.location for e in doc.events if e.sub_event_type == sub]


def test_a_landmark_in_a_where_aside_is_not_the_place(extractor):
    doc = _run(extractor, "وتوصل الوفد الروسي والفصائل في محافظة القنيطرة حيث تقع هضبة الجولان الخميس إلى اتفاق "
                          "يقضي بوقف القتال.")
    assert _places(doc) == ["Quneitra"]


def test_a_place_before_the_where_word_is_still_read(extractor):
    # with no place told before it, the aside's place is all the sentence has: kept
    doc = _run(extractor, "وتوصل الطرفان الخميس إلى اتفاق في بلدة الرستن التي سيخرج منها المسلحون.")
    assert _places(doc) == ["Ar Rastan"]


def test_a_destination_after_a_leaving_noun_with_a_pronoun_is_not_the_deal_place(extractor):
    # the report's town before is where the deal stands, not the town the fighters go to
    doc = _run(extractor, "وتحاصر قوات النظام مدينة دوما منذ أشهر.\nوتوصل جيش الإسلام الخميس إلى اتفاق مع روسيا "
                          "يقضي بالإفراج عن الأسرى مقابل خروجهم وعائلاتهم إلى جرابلس.")
    assert _places(doc) == ["Dūmā"]
