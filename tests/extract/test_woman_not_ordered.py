"""«امرأة» (a woman) normalises to «امراه», which the inflected cue «أمر*» (ordered, modality md-call-3400) also
accepts: a killing told after a woman was dropped as an order. The shields md-shd-18600..18602 keep the word a person."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-12"  # a Monday


def _types(extractor, text):
    return [e.event_type for e in read_doc(extractor, text, PUB).events]


def test_a_woman_killed_by_gunmen_is_an_attack(extractor):
    text = "لقيت امرأة مدنية مصرعها الأحد برصاص مسلحين مجهولين في مدينة الموصل."
    assert _types(extractor, text) == ["Violence against civilians"]


def test_two_women_killed_by_gunmen_is_an_attack(extractor):
    text = "قتلت امرأتان الأحد برصاص مسلحين مجهولين في مدينة الموصل."
    assert _types(extractor, text) == ["Violence against civilians"]


def test_an_order_to_execute_is_still_no_happening(extractor):
    text = "أمرت المحكمة الأحد بإعدام رجل في مدينة الموصل."
    assert _types(extractor, text) == []


def test_a_citizen_or_a_teacher_is_a_civilian_victim(extractor):
    # «مواطن» and «مدرس» are civilians: gunfire on them is an attack, not a clash (trigger_cues civilian)
    for text in ("لقي مواطن مصرعه الأحد برصاص مسلحين مجهولين في مدينة الموصل.",
                 "أطلق مسلحون مجهولون النار على مدرس الأحد في مدينة الموصل."):
        assert _types(extractor, text) == ["Violence against civilians"], text
