"""«أودى/أودت بحياة» (claimed the lives of) as a clash toll (branch g89f), on sentences of our own.

An attack that «أودى بحياة» soldiers, police or fighters counted as its dead is a clash, told like «مقتل». Before
tr-clash-56350 no trigger read the phrase, so «هجوم إرهابي ... أودى بحياة ستة عناصر» made no candidate at all. The
toll of civilians or of unnamed people stays no clash (the troops_counted gate, as for «مقتل»).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-05"  # a Thursday
CLASH = ("Battles", "Armed clash")


def _events(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.event_type, e.sub_event_type, e.fatalities) for e in doc.events]


def test_attack_claiming_counted_police_is_a_clash(extractor):
    text = "هجوم مسلح قرب مدينة الحسكة يوم الأربعاء أودى بحياة خمسة عناصر من الشرطة.\n"
    assert (*CLASH, 5) in _events(extractor, text)


def test_feminine_verb_claiming_soldiers_is_a_clash(extractor):
    text = "عملية مسلحة قرب مدينة الحسكة يوم الأربعاء أودت بحياة ثلاثة جنود.\n"
    assert (*CLASH, 3) in _events(extractor, text)


def test_lives_of_civilians_claimed_make_no_clash(extractor):
    text = "قال ناشطون إن حادثا قرب مدينة الحسكة يوم الأربعاء أودى بحياة خمسة مدنيين.\n"
    assert all(e[:2] != CLASH for e in _events(extractor, text))
