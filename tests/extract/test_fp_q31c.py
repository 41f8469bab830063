"""Precision on fresh unseen news (branch q31c), on sentences of our own."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep


def _chemical(extractor, text, published):
    doc = extractor(MetaStep()(Document(text=text, published=published)))
    return [e for e in doc.events if e.sub_event_type == "Chemical weapon"]


def test_an_alleged_attack_at_a_known_place_is_the_known_one_retold(extractor):
    # "هجوم كيميائي مزعوم": already reported; the place comes before it, the day of the statement is not its day
    text = "قالت منظمة طبية الخميس إن 40 شخصا قتلوا في مدينة دوما جراء هجوم كيميائي مزعوم."
    events = _chemical(extractor, text, "2018-04-19")
    assert events and all(e.date_start <= "2018-04-07" for e in events), \
        [(e.date_start, e.date_end, e.rule_ids) for e in events]
    assert "cp-700" in events[0].rule_ids


def test_an_alleged_noun_joined_to_a_definite_head_is_the_known_one(extractor):
    # "الهجوم المفترض بغازات سامة": the trigger word is indefinite, its head is not
    text = "قالت منظمة طبية الخميس إن 40 شخصا قتلوا في مدينة دوما جراء الهجوم المفترض بغازات سامة."
    events = _chemical(extractor, text, "2018-04-19")
    assert events and all(e.date_start <= "2018-04-07" for e in events), \
        [(e.date_start, e.date_end, e.rule_ids) for e in events]


def test_a_fresh_attack_told_with_no_doubt_keeps_the_statement_day(extractor):
    # no row: an attack elsewhere, alleged or not, is not moved
    # published the next day: a statement of the publication day itself now dates its act that day or the one before
    # (said-today-72900, g101o); the point here is that no known happening's day is given
    events = _chemical(extractor, "قالت منظمة طبية الخميس إن 40 شخصا قتلوا في مدينة سراقب جراء هجوم كيميائي مزعوم.",
                       "2018-04-20")
    assert [e.event_date for e in events] == ["2018-04-19"], [(e.event_date, e.rule_ids) for e in events]


def _changes(extractor, text, published="2018-10-08"):
    doc = extractor(MetaStep()(Document(text=text, published=published)))
    return [e for e in doc.events if e.sub_event_type == "Change to group/activity"]


def test_withdrawing_heavy_weapons_is_a_change_to_group_activity(extractor):
    events = _changes(extractor, "بدأت الفصائل المعارضة صباح السبت سحب سلاحها الثقيل من المنطقة العازلة في محافظة إدلب.")
    assert len(events) == 1 and "tr-chg-9701" in events[0].rule_ids, [(e.rule_ids) for e in events]


def test_weapons_withdrawn_told_in_the_past(extractor):
    events = _changes(extractor, "أكد المرصد أن الفصائل سحبت أسلحتها الثقيلة من المنطقة العازلة في محافظة إدلب الأحد.")
    assert len(events) == 1 and "tr-chg-9703" in events[0].rule_ids, [(e.rule_ids) for e in events]


def test_a_withdrawal_of_weapons_to_come_is_none(extractor):
    assert _changes(extractor, "قال قائد إن الفصائل ستسحب سلاحها الثقيل من المنطقة العازلة في محافظة إدلب.") == []
