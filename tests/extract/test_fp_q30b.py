"""Predictions with no counterpart (branch q30b), on sentences of our own.

A since-phrase told as the sentence's last clause ("...، منذ 3 أيار") is the start of the campaign the clause before it
tells: a running campaign, not the day's happening.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-06-20"


def _read(extractor, text):
    return read_doc(extractor, text, PUB, title="تطورات")


@pytest.mark.parametrize("text, reason", [
    # a since-clause told after the trigger: a running campaign, kept as a reported total
    ("وتشن القوات الحكومية، بدعم من حلفائها، هجوما على الفصائل المسلحة في ريف حماة، منذ 3 أيار الماضي.", "reported total"),
])
def test_no_event_and_why(extractor, text, reason):
    doc = _read(extractor, text)
    assert not doc.events, [(e.sub_event_type, e.location_text) for e in doc.events]
    assert any(d["reason"] == reason for d in doc.dropped), doc.dropped


@pytest.mark.parametrize("text, expected", [
    # the same attack told with its own day stays
    ("وشنت القوات الحكومية، بدعم من حلفائها، هجوما على الفصائل المسلحة في ريف حماة، يوم الثلاثاء.",
     [("Armed clash", None)]),
    # g91d: an arrest told only "in Iraq" stays, placed at the country (gold format: the country when no finer place
    # is told); q30b had dropped it through event_types.tsv needs_place
    ("اعتقلت قوات الأمن العراقية، الثلاثاء، خمسة من قادة تنظيم داعش في العراق بعد استدراجهم عبر الحدود.",
     [("Arrests", "العراق")]),
    # an arrest in a named town stays
    ("اعتقلت قوات الأمن العراقية، الثلاثاء، خمسة من قادة تنظيم داعش في مدينة الموصل بعد استدراجهم عبر الحدود.",
     [("Arrests", "الموصل")]),
])
def test_the_day_or_the_town_keeps_it(extractor, text, expected):
    doc = _read(extractor, text)
    got = [(e.sub_event_type, e.location_text if place else None) for e, (_, place) in zip(doc.events, expected)]
    assert len(doc.events) == len(expected) and got == expected, doc.dropped


def test_a_since_clause_that_tells_a_happening_of_its_own_scopes_over_nothing_before(extractor):
    doc = _read(extractor, "وشنت القوات الحكومية هجوما على الفصائل المسلحة في ريف حماة يوم الثلاثاء، "
                           "منذ ذلك اليوم تتواصل الاشتباكات في البلدة.")
    assert "Armed clash" in [e.sub_event_type for e in doc.events], doc.dropped
