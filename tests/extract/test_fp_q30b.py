"""Predictions with no counterpart (branch q30b), on sentences of our own.

A since-phrase told as the sentence's last clause ("...، منذ 3 أيار") is the start of the campaign the clause before it
tells: a running campaign, not the day's happening.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تطورات", published=PUB)))
    return doc


def test_a_since_clause_after_the_trigger_makes_a_running_campaign(extractor):
    doc = _events(extractor, "وتشن القوات الحكومية، بدعم من حلفائها، هجوما على الفصائل المسلحة في ريف حماة، منذ 3 أيار الماضي.")
    assert not doc.events, [(e.sub_event_type, e.location_text) for e in doc.events]
    assert any(d["reason"] == "reported total" for d in doc.dropped), doc.dropped


def test_the_same_attack_told_with_its_own_day_stays(extractor):
    doc = _events(extractor, "وشنت القوات الحكومية، بدعم من حلفائها، هجوما على الفصائل المسلحة في ريف حماة، يوم الثلاثاء.")
    assert [e.sub_event_type for e in doc.events] == ["Armed clash"], doc.dropped


def test_a_since_clause_that_tells_a_happening_of_its_own_scopes_over_nothing_before(extractor):
    doc = _events(extractor, "وشنت القوات الحكومية هجوما على الفصائل المسلحة في ريف حماة يوم الثلاثاء، "
                             "منذ ذلك اليوم تتواصل الاشتباكات في البلدة.")
    assert "Armed clash" in [e.sub_event_type for e in doc.events], doc.dropped


def test_an_arrest_placed_only_at_a_country_is_no_event(extractor):
    # event_types.tsv needs_place for Arrests: the audit golds code an arrest where it was made, not "in Iraq"
    doc = _events(extractor, "اعتقلت قوات الأمن العراقية، الثلاثاء، خمسة من قادة تنظيم داعش في العراق بعد استدراجهم عبر الحدود.")
    assert not doc.events, [(e.sub_event_type, e.location_text) for e in doc.events]
    assert any(d["reason"] == "no town or area, only a country" for d in doc.dropped), doc.dropped


def test_an_arrest_in_a_named_town_stays(extractor):
    doc = _events(extractor, "اعتقلت قوات الأمن العراقية، الثلاثاء، خمسة من قادة تنظيم داعش في مدينة الموصل بعد استدراجهم عبر الحدود.")
    assert [(e.sub_event_type, e.location_text) for e in doc.events] == [("Arrests", "الموصل")]
