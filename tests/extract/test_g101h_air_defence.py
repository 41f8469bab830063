"""Each side bringing down the other's aircraft on one day is two interceptions (branch g101h): Israel's downing of
an Iranian drone and Syria's downing of an Israeli jet, both told at the country, are not folded into one event
(merge._downings_exchanged, filters._sides_agree), and two events of one sentence, type, place and day keep apart
in the store (Event.assign_id with_sides)."""
from __future__ import annotations

from marsad_testdata import pairs_of, read_doc

PUB = "2018-06-04"  # a Monday (past the 10 February downings of campaigns.tsv cp-110000.., which a retelling within
#                      30 days of them takes: g106x)
DWU = "Disrupted weapons use"
ISR, IRN, SYR = "Military Forces of Israel (1948-)", "Military Forces of Iran (1989-)", "Military Forces of Syria (2000-)"


def test_two_downings_by_each_side_in_one_sentence_stay_two(extractor):
    text = ("أعلنت إسرائيل يوم الأحد أنها أسقطت طائرة إيرانية مسيرة دخلت أجواءها من سوريا، بينما أسقطت قوات الحكومة "
            "السورية مقاتلة إسرائيلية من طراز إف 16 خلال الغارات.")
    pairs = pairs_of(extractor, text, DWU, PUB)
    assert (ISR, IRN) in pairs and (SYR, ISR) in pairs, pairs


def test_two_downings_told_in_two_sentences_stay_two(extractor):
    text = ("أسقطت إسرائيل يوم الأحد طائرة مسيرة إيرانية في سوريا. وفي اليوم نفسه أسقطت الدفاعات الجوية السورية "
            "مقاتلة إسرائيلية في سوريا.")
    pairs = pairs_of(extractor, text, DWU, PUB)
    assert (ISR, IRN) in pairs and (SYR, ISR) in pairs, pairs


def test_the_two_downings_of_one_sentence_have_their_own_ids(extractor):
    text = ("أعلنت إسرائيل يوم الأحد أنها أسقطت طائرة إيرانية مسيرة دخلت أجواءها من سوريا، بينما أسقطت قوات الحكومة "
            "السورية مقاتلة إسرائيلية من طراز إف 16 خلال الغارات.")
    doc = read_doc(extractor, text, PUB)
    uids = [e.event_uid for e in doc.events]
    assert len(uids) == len(set(uids)), uids
    assert sum(e.sub_event_type == DWU for e in doc.events) == 2


def test_one_downing_told_twice_stays_one(extractor):
    # guard: the same defender's downing named again is one happening
    text = ("أسقطت الدفاعات الجوية السورية يوم الأحد مقاتلة إسرائيلية في سوريا. وقالت دمشق إن دفاعاتها الجوية "
            "أسقطت المقاتلة الإسرائيلية فوق سوريا يوم الأحد.")
    assert pairs_of(extractor, text, DWU, PUB) == [(SYR, ISR)]


def test_a_craft_of_no_named_owner_does_not_split(extractor):
    # guard: a downing whose craft has no named owner is no exchange of downings
    text = ("أسقطت الدفاعات الجوية السورية يوم الأحد طائرة مسيرة مجهولة في سوريا. وأسقطت إسرائيل طائرة مسيرة "
            "إيرانية في سوريا يوم الأحد.")
    assert len(pairs_of(extractor, text, DWU, PUB)) == 1


def test_sides_tell_apart_the_ids_of_twin_events():
    from marsad.model import Event, Evidence

    def ev(actor1: str, actor2: str) -> Event:
        return Event(event_type="Strategic developments", sub_event_type=DWU, actor1=actor1, actor2=actor2,
                     location="Syria", date_start="2018-03-04", evidence=[Evidence("d1", 0, 40, "")])
    a, b = ev(ISR, IRN), ev(SYR, ISR)
    assert a.assign_id() == b.assign_id()  # one sentence, type, place and day: the plain id is shared
    assert a.assign_id(with_sides=True) != b.assign_id(with_sides=True)
