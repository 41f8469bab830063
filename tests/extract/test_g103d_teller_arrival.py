"""g103d (75800, 75801): two places that name no place of the act.
- 75801: a health directorate's seat («مديرية صحة إدلب»، «مديرة صحة حماة») is the office that counts the dead, not the
  town struck: the act falls back to the context place (the town told before), or the seat's province when none was told.
- 75800: where people who left under a deal arrived («... في إطار اتفاق ... وصلوا إلى مدينة جرابلس»), told after the
  deal, is no place of the deal when the sentence names the place they left."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

DAY = "2018-06-10"


def _events(extractor, text: str):
    return read_doc(extractor, text, DAY).events


@pytest.mark.parametrize("text", [
    "قتل ثمانية مدنيين في غارات جوية على بلدة سراقب بريف إدلب الأحد.\n"
    "وقالت مديرية صحة إدلب إن الغارات استهدفت أحياء سكنية وقتلت ثلاثة أطفال.",
    # a director (feminine) of another province's health office, the town told before it
    "قتل ثمانية مدنيين في غارات جوية على بلدة سراقب بريف إدلب الأحد.\n"
    "وقالت مديرة صحة حماة إن الغارات استهدفت أحياء سكنية وقتلت ثلاثة أطفال.",
])
def test_health_directorate_seat_is_no_place_of_the_strike(extractor, text):
    events = _events(extractor, text)
    assert [e.location for e in events if e.sub_event_type == "Air/drone strike"] == ["Saraqib"]
    assert any("place-teller-seat-75801" in e.rule_ids for e in events)


def test_health_directorate_alone_gives_its_province(extractor):
    events = _events(extractor, "وقالت مديرية صحة إدلب إن الغارات استهدفت أحياء سكنية وقتلت ثلاثة أطفال الأحد.")
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.geo_precision == 3 and e.admin1 == "Idleb" for e in strikes)


def test_governor_seat_is_kept(extractor):
    # the guard: a governor's or a police command's body acts where it sits («محافظ كركوك أعلن حظر التجول»)
    events = _events(extractor, "أعلن محافظ كركوك فرض حظر التجول في المدينة مساء الأحد.")
    # (review g103k: the curfew is read at Kirkuk, so the guard cannot pass on no event at all)
    assert [e.location for e in events] == ["Kirkuk"]
    assert all("place-teller-seat-75801" not in e.rule_ids for e in events)


def test_arrival_after_a_deal_is_no_place_of_the_deal(extractor):
    events = _events(extractor, "قال المرصد إن مئات المقاتلين الذين غادروا بلدة بيت جن السبت في إطار اتفاق أبرمته "
                                "الفصائل مع روسيا وصلوا الأحد إلى مدينة جرابلس.")
    deals = [e for e in events if e.sub_event_type == "Agreement"]
    assert deals and all(e.location == "Beit Jann" for e in deals)
    assert any("place-arrival-deal-75800" in e.rule_ids for e in deals)


@pytest.mark.parametrize("text, place", [
    # the deal's party arriving before the deal is told: the deal is made where it arrived
    ("وصل الوفد الروسي الأحد إلى بلدة بيت جن حيث أبرم اتفاقا مع الفصائل على تسليم السلاح.", "Beit Jann"),
    # an arrival with no other place named stays the place
    ("أبرمت الفصائل اتفاقا مع روسيا الأحد ثم وصل المقاتلون إلى مدينة جرابلس.", "Jarābulus"),
])
def test_arrival_guards(extractor, text, place):
    deals = [e for e in _events(extractor, text) if e.sub_event_type == "Agreement"]
    assert deals and all(e.location == place for e in deals)
