"""Precision audit g104b (sentences of our own): acts hoped for, foretold or summed over years are no happenings.

A hope («أعرب عن أمله في السيطرة على ...»، «تأمل الحكومة مع استعادة ...») is a wish, like «يرغب/يريد»; «لن يتأخر/لن يتردد
... في» foretells the act past its subject; a span of years opening the sentence («وخلال سنوات الحرب، ...») frames a
long-run summary; a verb in scare quotes right after its relative pronoun («المدن التي "حررها" الجيش») still opens the
relative clause.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-14"

def _types(doc):
    return [(e.event_type, e.sub_event_type, e.location) for e in doc.events]


def _reasons(doc):
    """Why the candidates of ``doc`` were dropped: a guard passes for its own reason, not a missed trigger (g104o)."""
    return {d["reason"] for d in doc.dropped}

def test_hoped_capture_is_no_taking(extractor):
    doc = read_doc(extractor, "وأعرب الرئيس مساء الاثنين عن أمله في السيطرة على مدينة منبج قبل نهاية الأسبوع.", PUB,
                   title="تطورات")
    assert not any(e.event_type == "Battles" for e in doc.events), _types(doc)
    assert _reasons(doc) == {"modality:intention"}, doc.dropped  # read and dropped for the hope, not missed

def test_hope_present_verb_is_no_taking(extractor):
    doc = read_doc(extractor, "ويأمل الجيش السوري مع استعادة السيطرة على معبر نصيب في إعادة فتح الطريق.", PUB,
                   title="تطورات")
    assert not any(e.event_type == "Battles" for e in doc.events), _types(doc)
    assert _reasons(doc) == {"modality:intention"}, doc.dropped

def test_taking_told_beside_a_hope_stays(extractor):
    # guard: the hope reads only the act after it; the taking told before it is news
    doc = read_doc(extractor, "سيطرت القوات الحكومية الأربعاء على بلدة الحراك، وأعرب قائدها عن أمله في عودة الأهالي.",
                   PUB, title="تطورات")
    assert any(e.event_type == "Battles" for e in doc.events), (_types(doc), doc.dropped)

def test_will_not_be_long_foretells(extractor):
    doc = read_doc(extractor, "ولن يتأخر الجيش كثيرا في استعادة السيطرة على بلدة الحراك بحسب مراقبين.", PUB,
                   title="تطورات")
    assert not any(e.event_type == "Battles" for e in doc.events), _types(doc)
    assert _reasons(doc) == {"modality:future"}, doc.dropped

def test_years_opening_the_sentence_frame_a_summary(extractor):
    doc = read_doc(extractor, "وعلى مدار السنوات الماضية، شهدت مدينة الرستن عمليات إجلاء للمقاتلين المعارضين بموجب "
                   "اتفاق مع القوات الحكومية.",
                   PUB, title="تطورات")
    assert not doc.events, _types(doc)
    assert "modality:background" in _reasons(doc), doc.dropped  # the evacuations, framed by the years

def test_years_later_in_the_sentence_do_not_frame_it(extractor):
    # guard: only a span of years opening the sentence is read; here it describes the province, the attack is news
    doc = read_doc(extractor, "هاجم تنظيم داعش الأربعاء مواقع للجيش في ريف مدينة تدمر التي بقيت بعيدة عن المعارك خلال سنوات "
                   "الحرب.", PUB, title="تطورات")
    assert any(e.event_type == "Battles" for e in doc.events), (_types(doc), doc.dropped)

def test_quoted_verb_after_relative_pronoun_describes(extractor):
    doc = read_doc(extractor, "وأكد المتحدث أن المساعدات ستصل إلى المدن التي \"حررها\" التحالف في شرق سوريا.", PUB,
                   title="تطورات")
    assert not any(e.event_type == "Battles" for e in doc.events), _types(doc)
    assert _reasons(doc) == {"modality:relative"}, doc.dropped


def test_campaign_named_with_its_present_clause_is_no_clash(extractor):
    # the campaign noun is read as the standing campaign (a general cue), not a clash short of confidence
    doc = read_doc(extractor, "وتأخذ العملية العسكرية التركية التي تشنها أنقرة ضد المقاتلين الأكراد في منبج شكل حرب "
                   "إقليمية تشارك فيها دول عدة.", PUB, title="تطورات")
    assert not any(e.event_type == "Battles" for e in doc.events), _types(doc)
    assert "modality:general" in {d["reason"] for d in doc.dropped}, doc.dropped


def test_clash_of_the_day_in_a_campaign_stays(extractor):
    # guard: a clash told as the day's news beside the campaign's clause stays
    doc = read_doc(extractor, "اندلعت الأربعاء اشتباكات عنيفة في محيط مدينة منبج ضمن العملية العسكرية التي تشنها تركيا في "
                   "المنطقة.", PUB, title="تطورات")
    assert any(e.event_type == "Battles" for e in doc.events), (_types(doc), doc.dropped)
