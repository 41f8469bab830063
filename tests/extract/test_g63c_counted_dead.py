"""Soldiers and members counted as the dead (branch g63c), on sentences of our own.

«مقتل»/«قتل» is a clash only with soldiers or fighters counted as its dead (troops_counted). The nominative dual
(«قتل المسلحون جنديان»... «عنصران») and members counted by a number word from three to ten («مقتل خمسة عناصر»)
were missed: only the accusative/genitive forms («جنديين»، «عنصرا») and «من عناصر» were read. Bare «عناصر» is still
no count: fighters named in passing license nothing.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-05"  # a Thursday
CLASH = ("Battles", "Armed clash")


def _events(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_members_counted_by_a_number_word_make_a_clash(extractor):
    text = "أعلن الجيش مقتل أربعة عناصر وإصابة اثنين آخرين قرب بلدة الميادين يوم الأربعاء.\n"
    assert CLASH in _events(extractor, text)


def test_dual_nominative_soldiers_make_a_clash(extractor):
    text = "قتل المسلحون جنديان عند أطراف مدينة الحسكة يوم الأربعاء.\n"
    assert CLASH in _events(extractor, text)


def test_members_named_in_passing_count_no_dead(extractor):
    text = "قال مسؤول إن عناصر الحراسة نقلوا خبر مقتل التاجر في كركوك يوم الأربعاء إلى الشرطة.\n"
    assert CLASH not in _events(extractor, text)
