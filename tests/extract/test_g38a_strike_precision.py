"""Explosions/Remote violence precision on unseen news (branch g38a).

- a strike whose sentence names no place and inherits the town of a well-known rare happening (campaigns.tsv kind
  happening of a rare sub-type: the Douma chemical attack of 7 April 2018), told two or more days after that
  happening, stands at the country: the town is the attack's, named all through the report, not the strikes'
  (merge._known_happening_place);
- preparing for a strike ("تحضر لشن غارات"), "must" before it ("لابد أن تستهدف") and "any" strike ("أي غارات") tell
  no happening (modality.tsv md-*-14000..14008)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _run(extractor, text, published):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikes(doc):
    return sorted((e.location, e.date_start) for e in doc.events if e.event_type == ERV)


def test_a_later_strike_does_not_borrow_the_chemical_attacks_town(extractor):
    doc = _run(extractor, "وصل مفتشو منظمة حظر الأسلحة الكيميائية إلى مدينة دوما السورية الثلاثاء. "
                          "وكانت الولايات المتحدة وبريطانيا وفرنسا قد شنت غارات جوية على منشآت عسكرية للنظام السوري "
                          "فجر السبت.", "2018-04-17")
    assert _strikes(doc) == [("Syria", "2018-04-14")]
    strike = next(e for e in doc.events if e.event_type == ERV)
    assert strike.geo_precision == 3 and "place-of-another" in strike.rule_ids


def test_a_strike_on_the_next_day_keeps_the_town(extractor):
    # the assault that went on at the town the day after the attack is still there
    doc = _run(extractor, "قال مسعفون إن قوات النظام قصفت مدينة دوما بالمدفعية السبت. "
                          "وشنت الطائرات الحربية غارات جوية جديدة الأحد.", "2018-04-09")
    assert {loc for loc, _ in _strikes(doc)} == {"Dūmā"}


def test_a_town_without_a_known_happening_keeps_its_strikes(extractor):
    doc = _run(extractor, "وصل وفد أممي إلى مدينة حرستا السورية الثلاثاء. "
                          "وكانت الطائرات الحربية قد شنت غارات جوية على المدينة فجر السبت.", "2018-04-17")
    assert {loc for loc, _ in _strikes(doc)} == {"Ḩarastā"}


@pytest.mark.parametrize("text", [
    "وقالت المصادر إن الطائرات الحليفة تحضر لشن غارات جوية على مواقع الجماعة في الصحراء.",
    "وتتحضر القوات لشن ضربات صاروخية على المعسكر في الصحراء.",
    "وقال الوزير إن أي غارات على المدينة ستقابل برد حازم.",
    "وقال الوزير إنه لابد أن تشن الطائرات غارات على مواقع التنظيم في الصحراء.",
    "وقال الوزير إنه ينبغي قصف مواقع التنظيم في الصحراء.",
])
def test_no_happening_is_told(extractor, text):
    doc = _run(extractor, text, "2018-05-02")
    assert [e for e in doc.events if e.event_type == ERV] == []
