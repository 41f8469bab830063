"""Takings that are holds or aims (branch g92a), on sentences of our own.

- An indefinite plural of places with the taking verb right after it is an unmarked relative clause: it describes
  ground a side holds or held, it tells no taking («مواقع سيطر عليها»، «قرى كانت الفصائل قد سيطرت عليها»،
  «مساحات شاسعة سيطر عليها»: modality.tsv md-state-57150..57158).
- Working on or enabling a taking is an aim («تعمل القوات على بسط سيطرتها»، «عملية تمكنها من بسط سيطرتها»،
  «لتوسيع سيطرتها»: md-int-57160..57166).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")


def _takings(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.sub_event_type, e.actor1, e.location) for e in doc.events if e.sub_event_type in TAKINGS]


def test_positions_held_in_an_unmarked_relative_are_no_taking(extractor):
    text = "وقصفت الطائرات الحربية يوم الأربعاء مواقع سيطر عليها المسلحون قرب مدينة الميادين.\n"
    assert _takings(extractor, text) == []


def test_villages_once_held_are_no_taking(extractor):
    text = "وقالت المعارضة يوم الأربعاء إن الطائرات قصفت قرى كانت الفصائل قد سيطرت عليها قرب مدينة الميادين.\n"
    assert _takings(extractor, text) == []


def test_working_on_control_is_an_aim(extractor):
    text = "وتعمل القوات الروسية على بسط سيطرتها في مدينة الميادين ومدينة البوكمال منذ يوم الأربعاء.\n"
    assert _takings(extractor, text) == []


def test_fighting_to_widen_control_is_an_aim(extractor):
    text = "وقال المرصد يوم الأربعاء إن الفصائل قاتلت القوات الكردية لتوسيع سيطرتها في مدينة الميادين.\n"
    assert _takings(extractor, text) == []


def test_a_plain_taking_stays(extractor):
    text = "وقال المرصد يوم الأربعاء إن قوات النظام سيطرت على مدينة الميادين بعد معارك مع تنظيم داعش.\n"
    assert [st for st, _, _ in _takings(extractor, text)] == ["Government regains territory"]
