"""A taking one "focuses on" is an aim, not a taking (branch g89c), on sentences of our own.

- «مركزا على استعادة ...»، «في الوقت الذي تركز فيه القوات على استعادة ...» tell what a force is set on, read as intention
  for takings only (modality.tsv md-int-56200..56209); a taking told outright in the same words stays.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")


def _takings(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [e.location for e in doc.events if e.sub_event_type in TAKINGS]


def test_focusing_on_regaining_is_no_taking(extractor):
    text = ("وابتعد الجيش السوري يوم الأربعاء عن مواقع الفصائل في الشمال، مركزا على استعادة قرى من التنظيم "
            "في ريف حمص الشرقي.\n")
    assert _takings(extractor, text) == []


def test_focusing_on_with_a_subject_between_is_no_taking(extractor):
    text = ("وتجددت الاشتباكات يوم الأربعاء في الوقت الذي تركز فيه القوات الحكومية على استعادة الأحياء الجنوبية "
            "لمدينة درعا.\n")
    assert _takings(extractor, text) == []


def test_a_taking_told_outright_stays(extractor):
    text = "واستعادت القوات الحكومية يوم الأربعاء الأحياء الجنوبية لمدينة درعا بعد معارك مع الفصائل.\n"
    assert _takings(extractor, text) != []
