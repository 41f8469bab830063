"""Commentary documents (branch q8c), on documents of our own.

An opinion column, an analysis or an explainer names happenings in passing, with no day of its
own; ACLED codes from reports. In such a document only a happening told with its day and a place
of its own stays an event; the others are dropped with the reason "commentary".
"""
from __future__ import annotations

import pytest

from marsad.extract.genre import commentary_cue
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday

BYLINE = "هذا المقال بقلم سامر خليل، والآراء الواردة فيه تعبر عن رأي الكاتب وحده.\n"
BODY = ("لم تعد الحرب في سوريا تعني شيئا لعواصم القرار، فالعالم يتفرج ولا يفعل شيئا.\n"
        "وقد قصفت قوات النظام مدينة حلب بالبراميل المتفجرة وقتلت عشرات المدنيين.\n"
        "وقصفت طائرات حربية يوم الثلاثاء بلدة سراقب في ريف إدلب وقتل خمسة مدنيين.\n"
        "ولن يتغير شيء ما دام الجميع يكتفي بالبيانات.\n")


def _run(extractor, text, title=None, published=PUB):
    return extractor(MetaStep()(Document(text=text, title=title, published=published)))


def _places(doc):
    return sorted(e.location_text for e in doc.events)


def test_an_opinion_column_keeps_only_happenings_told_with_their_day_and_place(extractor):
    doc = _run(extractor, BYLINE + BODY, title="العالم يتفرج على سوريا")
    assert _places(doc) == ["سراقب"], [(e.sub_event_type, e.location_text) for e in doc.events]
    assert any(d["reason"] == "commentary: no day of its own" and d["rule_id"].startswith("gn-lead")
               for d in doc.dropped), doc.dropped


def test_the_same_sentences_in_a_report_stay_events(extractor):
    doc = _run(extractor, BODY, title="غارات على ريف إدلب")
    assert "حلب" in _places(doc), [(e.sub_event_type, e.location_text) for e in doc.events]
    assert not any(d["reason"].startswith("commentary") for d in doc.dropped)


def test_a_retrospective_named_so_in_its_title_keeps_only_dated_placed_happenings(extractor):
    doc = _run(extractor, BODY, title="حكاية الفصائل التي تقاتل في الشمال")
    assert _places(doc) == ["سراقب"], [(e.sub_event_type, e.location_text) for e in doc.events]


EXPLAINED = ("استهدفت الضربات الجوية مواقع عسكرية للجيش السوري في ريف حمص، بحسب مصادر متعددة.\n"
             "وسيطرت فصائل المعارضة على بلدة كفرنبودة في ريف حماة.\n")


@pytest.mark.parametrize("title", ["تعرف على الأهداف التي طالتها الضربة", "إنفوغرافيك.. الضربات على مواقع الجيش"])
def test_an_explainer_of_the_days_strikes_keeps_them_without_a_day(extractor, title):
    # q33c: "تعرف على" and "إنفوغرافيك" explain the day's strikes, place by place, rarely with a day (genre.tsv
    # undated); other happenings told there without a day stay dropped
    doc = _run(extractor, EXPLAINED, title=title)
    kept = [(e.event_type, e.location_text) for e in doc.events]
    assert [t for t, _ in kept] == ["Explosions/Remote violence"], kept
    assert any(d["reason"] == "commentary: no day of its own" for d in doc.dropped), doc.dropped


def test_a_labelled_analysis_is_commentary_without_a_byline(extractor):
    doc = _run(extractor, BODY, title="تحليل: العالم يتفرج على سوريا")
    assert _places(doc) == ["سراقب"], [(e.sub_event_type, e.location_text) for e in doc.events]


@pytest.mark.parametrize("title, text, lead_dated, expected", [
    ("رأي.. لماذا يصمت العالم؟", "نص", True, "gn-label-1"),
    ("تحليل: حدود القوة في الشمال", "نص", True, "gn-label-3"),
    ("حوار - قائد ميداني يتحدث عن المعركة", "نص", True, "gn-label-5"),
    ("سامر خليل يكتب لـ«الموقع»: زمن التسويات", "نص", True, "gn-title-1"),
    ("العالم يتفرج", "مقال بقلم سامر خليل، أستاذ العلوم السياسية.", True, "gn-lead-1"),
    ("بعد سقوط المدينة.. هل تنتهي الحرب؟", "نص", False, "gn-q-1"),
    ("من هو القائد الذي قتل في الغارة؟", "نص", False, "gn-q-5"),
    # explainers, profiles and retrospectives named so in the title (q10d)
    ("تعرف على الفصيل المسلح الذي يحمي البلدات الجبلية", "نص", True, "gn-title-7"),
    ("حكاية المدينة مع الجماعات المتشددة", "نص", True, "gn-title-10"),
    ("إنفوغرافيك.. خريطة السيطرة بعد سبع سنوات", "نص", True, "gn-title-12"),
    ("في ذكرى سقوط المدينة.. شهادات من الأحياء القديمة", "نص", True, "gn-title-13"),
    # a documentary (q17b)
    ("مقاتلات الجبل: وثائقي عن نساء في الخطوط الأمامية", "نص", True, "gn-title-1600"),
])
def test_commentary_cues(title, text, lead_dated, expected):
    assert commentary_cue(title, text, lead_dated) == expected


@pytest.mark.parametrize("title, text, lead_dated", [
    # a report with a question headline dates its happening in the lead
    ("بعد سقوط المدينة.. هل تنتهي الحرب؟", "نص", True),
    # a report quoting a speaker, a word that only starts like a label, a question word inside the title
    ("وزير الدفاع: لا تراجع عن العملية", "قال وزير الدفاع يوم الأربعاء", False),
    ("تحليلات الخبراء تكشف مصدر الصاروخ", "نص", False),
    ("مقتل قائد ميداني في غارة على ريف إدلب", "نص", False),
    ("ماتيس يسأل: من يقف وراء الهجوم", "نص", False),
])
def test_reports_are_not_commentary(title, text, lead_dated):
    assert commentary_cue(title, text, lead_dated) is None


def test_the_lead_is_normalised_as_norm_key_reads_it():
    from marsad.extract.genre import _norm_lead
    from marsad.lang.ar.normalize import norm_key

    texts = [BYLINE + BODY, "  رأيٌ:   تحليلُ \u0640\u0640الأحداث  \n\n", "ﻻ ﺍﻟﺤﺮﺏ", "", "a  B\tc", BODY[:299] + "ﻻ", "إأآ ىة" * 80]
    for text in texts:
        assert _norm_lead(text[:300]) == norm_key(text[:300]), text


@pytest.mark.parametrize("title", [
    # memories, memoirs, a record and a witness recounting retell history (gn-title-2100..2103, branch q17f)
    "ذكريات حرب طويلة في الشمال السوري",
    "مذكرات جندي سابق في حلب",
    "جهاز الاستخبارات: تاريخ حافل بالاغتيالات",
    "سنوات الحصار يرويها سكان المدينة",
])
def test_memories_and_witnesses_recounting_keep_only_dated_placed_happenings(extractor, title):
    doc = _run(extractor, BODY, title=title)
    assert _places(doc) == ["سراقب"], [(e.sub_event_type, e.location_text) for e in doc.events]
