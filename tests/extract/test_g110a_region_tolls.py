"""An area's strike toll and a town's own toll (branch g110a): a strike on a named area told with its dead and a strike
on one of its towns told at the town with a smaller toll of its own are two events (the town's dead a part of the
area's); an area whose toll its towns' tolls make up in full folds into them (a town told with no toll is still the
area's strike narrowed, as before)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-07"
ERV = "Explosions/Remote violence"


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return sorted((e.location_text, e.fatalities) for e in doc.events if e.event_type == ERV)


def test_a_town_with_its_own_toll_stays_apart_from_the_area_toll(extractor):
    # before: the area's strike took the town's place and the town's smaller toll (one event at the town)
    text = ("ارتفعت حصيلة القتلى جراء غارات قوات النظام على الغوطة الشرقية الثلاثاء لتبلغ 45 قتيلا، بحسب المرصد. "
            "وسجلت بلدة سقبا أعلى حصيلة إذ قتل فيها 12 مدنيا جراء الغارات.")
    strikes = _strikes(extractor, text)
    assert ("سقبا", 12) in strikes
    assert any(place and "الغوطة الشرقية" in place and dead == 45 for place, dead in strikes), strikes


def test_the_area_is_not_narrowed_to_a_later_town_once_told_apart(extractor):
    # the area kept whole takes in no other town told at its own place after it (merge._area_kept_whole)
    doc = read_doc(extractor, "قتل 40 مدنيا الثلاثاء في غارات لقوات النظام على الغوطة الشرقية. وقتل 9 مدنيين في "
                              "غارات على بلدة سقبا. وقصفت قوات النظام أيضا بلدة كفربطنا.", PUB)
    rules = {e.location_text: e.rule_ids for e in doc.events if e.event_type == ERV}
    area = next(r for place, r in rules.items() if place and "الغوطة" in place)
    assert "region-toll-area-130001" in area
    assert "region-toll-apart-130000" in rules["سقبا"]


def test_an_area_toll_made_up_by_its_towns_folds_into_them(extractor):
    # 30 = 21 + 9: the area told nothing beyond its two towns (merge._fold_detailed_regions)
    text = ("قتل 30 مدنيا الثلاثاء في غارات قوات النظام على الغوطة الشرقية. وقتل 21 مدنيا في الغارات على بلدة سقبا، "
            "وقتل 9 آخرون في غارات على بلدة كفربطنا.")
    doc = read_doc(extractor, text, PUB)
    strikes = {e.location_text: e for e in doc.events if e.event_type == ERV}
    assert not any(place and "الغوطة" in place for place in strikes), list(strikes)
    assert strikes["سقبا"].fatalities == 21 and "region-detailed-130002" in strikes["سقبا"].rule_ids

