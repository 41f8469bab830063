"""Real happenings dropped on unseen news (branch q15a), on sentences of our own.

A strike told without its agent is a report of the day when its sentence names the military site it hit or
the hour it struck (trigger_cues.tsv military_site, time_of_day); a bare mention of rockets stays below the floor.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-01"  # a Tuesday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikes(doc):
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_an_unattributed_strike_on_military_sites_at_an_hour_is_kept(extractor):
    doc = _run(extractor, "ونقلت الوكالة عن مصدر عسكري أن بعض المواقع العسكرية في ريف حمص تعرضت "
                          "عند الساعة الحادية عشرة ليلا لعدوان جديد بصواريخ معادية.")
    ev = _strikes(doc)
    assert ev, doc.dropped
    assert "credible:military_site" in ev[0].rule_ids and "credible:time_of_day" in ev[0].rule_ids


def test_rockets_with_no_site_and_no_hour_stay_dropped(extractor):
    doc = _run(extractor, "ونقلت الوكالة عن مصدر أن ريف حمص شهد عدوانا جديدا بصواريخ معادية.")
    assert not _strikes(doc)


def test_the_same_rockets_on_military_sites_are_kept(extractor):
    doc = _run(extractor, "ونقلت الوكالة عن مصدر أن المواقع العسكرية في ريف حمص شهدت عدوانا جديدا بصواريخ معادية.")
    ev = _strikes(doc)
    assert ev and "credible:military_site" in ev[0].rule_ids, doc.dropped


def _agreements(doc):
    return [e for e in doc.events if e.sub_event_type == "Agreement"]


def test_an_agreement_framed_by_terms_but_made_on_its_day_is_kept(extractor):
    # "بموجب" makes the agreement the frame of the evacuation; the verb that made it and its day tell it happened
    doc = _run(extractor, "وغادر المسلحون البلدة بموجب اتفاق أبرمته روسيا مع الفصائل يوم الأحد.")
    ev = _agreements(doc)
    assert ev and "terms-made-dated" in ev[0].rule_ids, doc.dropped


def test_an_agreement_framed_by_terms_with_no_day_stays_a_frame(extractor):
    doc = _run(extractor, "وغادر المسلحون البلدة بموجب اتفاق أبرمته روسيا مع الفصائل.")
    assert not _agreements(doc)


def test_places_listed_before_the_trigger_each_get_the_event(extractor):
    doc = _run(extractor, "وقال مصدر عسكري إن مواقع عسكرية في ريفي حمص وحلب تعرضت مساء الأحد لعدوان جديد بصواريخ معادية.")
    places = {e.location for e in _strikes(doc)}
    assert {"Homs", "Aleppo"} <= places, (places, doc.dropped)


def test_a_site_between_two_towns_named_before_is_one_event(extractor):
    doc = _run(extractor, "وقالت مصادر إن مطار التيفور العسكري الواقع بين مدينتي حمص وتدمر استهدف فجر الأحد.")
    places = {e.location for e in _strikes(doc)}
    assert len(places) == 1, places


def test_rockets_on_the_city_airport_told_after_the_city_are_kept(extractor):
    # the airport is not geocoded: the event stands at the report's city, yet it is no mention referring back
    doc = _run(extractor, "شهدت مدينة الموصل احتجاجات يوم الاثنين.\n"
                          "وفي تطور لاحق، أفادت مصادر أمنية بسقوط أربعة صواريخ على مطار المدينة.")
    ev = _strikes(doc)
    assert ev and "credible:military_site" in ev[0].rule_ids, doc.dropped
