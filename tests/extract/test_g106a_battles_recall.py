"""Battles recall audit (branch g106a), on sentences of our own.

- A battle at a province as a whole and a battle in another province's countryside are two places, even when the
  province's point lies within 60 km of the other (merge._provinces_apart): the clash keeps its province.
- A taking told as the challenge left before a force («يبقى التحدي ... هو استعادة») is its aim (modality md-int-100000).
- A side adverb between a place and «وعلى» breaks no list (function_words side_adverb): the town after «وعلى» is one
  more object of the taking.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-19"  # a Thursday


def _events(extractor, text, published=PUB):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=published)))
    return [(e.event_type, e.sub_event_type, e.location) for e in doc.events]


def test_a_clash_at_a_province_keeps_it_beside_a_taking_in_the_next_province(extractor):
    # the taking has no day of its own: on main it merged into the clash and moved it to Dar'a
    text = ("وبدأت قوات النظام الأحد هجوما على مواقع الفصائل المعارضة في محافظة القنيطرة.\n"
            "وسيطرت قوات النظام على تلة في ريف درعا الجنوبي الغربي بعد معارك مع الفصائل.\n")
    got = _events(extractor, text)
    clashes = {loc for t, sub, loc in got if sub == "Armed clash"}
    assert clashes == {"Quneitra"}, got
    assert ("Battles", "Government regains territory", "Dar‘ā") in got, got


def test_a_taking_named_as_the_challenge_left_is_no_taking(extractor):
    text = ("ويبقى التحدي الأكبر أمام الجيش السوري في الجنوب هو استعادة جيب صغير يسيطر عليه التنظيم "
            "في ريف درعا الجنوبي الغربي.\n")
    got = _events(extractor, text)
    assert not [e for e in got if e[0] == "Battles"], got


def test_a_taking_told_done_beside_the_challenge_word_elsewhere_stays(extractor):
    text = "استعادت قوات النظام الثلاثاء بلدة الحارة في ريف درعا الشمالي الغربي من الفصائل المعارضة.\n"
    got = _events(extractor, text)
    assert ("Battles", "Government regains territory") in {(t, sub) for t, sub, _ in got}, got


def test_a_town_after_a_side_adverb_and_wa_ala_is_taken_too(extractor):
    text = ("وعزلت القوات الحكومية السبت دوما بعد سيطرتها على الطريق الذي يصلها بحرستا غربا "
            "وعلى بلدة مسرابا جنوبها.\n")
    got = {loc for t, sub, loc in _events(extractor, text, "2018-03-11") if sub == "Government regains territory"}
    assert "Misraba" in got, got


def test_a_side_adverb_alone_opens_no_list(extractor):
    text = "سيطرت القوات الحكومية السبت على بلدة النشابية شرقا ومدينة مسرابا تحت القصف منذ أسابيع.\n"
    got = {loc for t, sub, loc in _events(extractor, text, "2018-03-11") if sub == "Government regains territory"}
    assert "Misraba" not in got, got
