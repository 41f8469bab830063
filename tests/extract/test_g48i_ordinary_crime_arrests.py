"""Arrests (branch g48i): an arrest for an ordinary crime (a murder, drugs, bribery, fraud, smuggling of goods)
is no Strategic development (ACLED codes arrests only when political or conflict related); the crime is read in the
arrest's own clause (trigger_cues ordinary_crime, triggers tr-arr-* "!ordinary_crime"). Arrests of fighters, of
smugglers of weapons and on terrorism charges stay."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _arrests(doc):
    return [e for e in doc.events if e.sub_event_type == "Arrests"]


def test_arrest_for_a_murder_is_no_event(extractor):
    doc = _run(extractor, "واعتقلت الشرطة العراقية الجمعة في مدينة أربيل رجلا متهما في جريمة قتل امرأة.")
    assert _arrests(doc) == []


def test_arrest_for_drugs_is_no_event(extractor):
    doc = _run(extractor, "واعتقلت الشرطة اللبنانية الجمعة في مدينة زحلة عشرة أشخاص بتهمة الاتجار بالمخدرات.")
    assert _arrests(doc) == []


def test_arrest_for_bribery_is_no_event(extractor):
    doc = _run(extractor, "وأوقفت الشرطة المصرية الجمعة في مدينة الجيزة موظفا بتهمة تلقي رشوة.")
    assert _arrests(doc) == []


def test_arrest_of_fighters_stays(extractor):
    doc = _run(extractor, "واعتقلت القوات العراقية الجمعة في مدينة الموصل عشرة من مسلحي تنظيم داعش.")
    assert len(_arrests(doc)) == 1


def test_crime_in_another_sentence_bars_nothing(extractor):
    doc = _run(extractor, "وتنتشر تجارة المخدرات في المنطقة منذ سنوات. واعتقلت القوات العراقية الجمعة في مدينة "
                          "الموصل عشرة من مسلحي تنظيم داعش.")
    assert len(_arrests(doc)) == 1
