"""g76e: protesters dispersed with words between the dispersal and them («لتفريق عشرات المحتجين»، «فرقت الشرطة
بالقوة ... المحتجين»: triggers.tsv tr-proi-49800..49802, needs protesters) is an intervention; force used «لتفريق»
protesters is the act done, not an aim (function_words li_done). Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-07-16"
PWI = "Protest with intervention"


def test_dispersal_with_a_count_between_is_an_intervention(extractor):
    evs = events_of(extractor, "استخدمت الشرطة الهراوات لتفريق عشرات المحتجين في مدينة الكوت يوم الأحد.", PWI, PUB)
    assert any("tr-proi-49800" in e.rule_ids for e in evs)


def test_the_dispersal_verb_with_its_subject_between(extractor):
    evs = events_of(extractor, "فرقت الشرطة بالقوة عشرات المحتجين أمام مبنى المحافظة في الكوت يوم الأحد.", PWI, PUB)
    assert any("tr-proi-49801" in e.rule_ids for e in evs)


def test_force_used_to_disperse_is_no_mere_aim(extractor):
    evs = events_of(extractor, "أطلقت الشرطة الرصاص المطاطي لتفريق المتظاهرين في الكوت يوم الأحد.", PWI, PUB)
    assert any("tr-proi-1" in e.rule_ids for e in evs)


def test_parting_without_protesters_is_none(extractor):
    assert not events_of(extractor, "فرقت الحرب بين العائلات في مدينة الكوت منذ سنوات.", PWI, PUB)


def test_readiness_to_disperse_stays_an_intention(extractor):
    assert not events_of(extractor, "تستعد الشرطة لتفريق المتظاهرين في الكوت يوم الأحد.", PWI, PUB)
