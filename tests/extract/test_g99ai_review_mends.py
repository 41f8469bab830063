"""g99ai: mends of the session review's findings, on sentences and events of our own.

Item 1: a town whose name is also a common word, read between two towns of a list («X وY والتضامن وZ»), is one place
mention, not two (the list-end step took it again as the end of the list's first pair). Item 5: a merged event whose
range of days two mentions narrow in turn cites date-narrower-66200 once."""
from __future__ import annotations

from marsad.extract import merge
from marsad.lang.ar.tokens import analyze_text
from marsad.model import Event

MID_LIST = "سقطت قذائف هاون على يلدا والحجر الأسود والتضامن وببيلا جنوب دمشق مساء الخميس."
LIST_END = "دارت اشتباكات في يلدا والحجر الأسود والتضامن مساء الجمعة."


def _names(extractor, text: str) -> list[str]:
    return [p.name for p in extractor.geocoder.find_places(analyze_text(text))]


def test_a_common_word_town_inside_a_list_is_read_once(extractor):
    names = _names(extractor, MID_LIST)
    assert names.count("التضامن") == 1 and "ببيلا" in names, names


def test_a_common_word_town_ending_a_list_is_still_read(extractor):
    """Guard: at the real end of the list the word is still a member."""
    assert _names(extractor, LIST_END).count("التضامن") == 1


def _strike(start: str, end: str) -> Event:
    return Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", date_start=start,
                 date_end=end, event_date=end, time_precision=2, country="Syria", location="Kafr Nabl",
                 actor1="Military Forces of Syria (2000-)", inter1=1)


def test_a_merge_narrowed_twice_cites_the_rule_once():
    m = _strike("2018-03-03", "2018-03-10")
    merge._absorb(m, _strike("2018-03-05", "2018-03-10"), 0, 0)
    merge._absorb(m, _strike("2018-03-09", "2018-03-10"), 0, 0)
    assert (m.date_start, m.date_end) == ("2018-03-09", "2018-03-10")
    assert m.rule_ids.count(merge.NARROWER_WITHIN) == 1


def test_an_age_word_is_read_as_a_word_after_a_decade():
    """Item 8: «من عمرها» after a decade is an age (no date); «من عمران» (a name holding the word) leaves the decade."""
    import datetime as dt

    from marsad.lang.ar.dates import find_dates

    def spans(text: str) -> list[tuple]:
        return [(d.date_start, d.date_end) for d in find_dates(analyze_text(text), dt.date(2018, 5, 1))]

    assert spans("توفيت السيدة وهي في الستينيات من عمرها.") == []
    assert (dt.date(1960, 1, 1), dt.date(1969, 12, 31)) in spans("بنيت المدرسة في الستينيات من عمران الحي القديم.")
