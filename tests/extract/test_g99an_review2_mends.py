"""Mends of the second review (branch g99an), on sentences of our own: a next sentence's toll goes to one event of
its sentence only; a town at the end of a list stays a place when another place follows it; a person hurt in the
clause before is no lone dead; the lender rules are cited when, and only when, they set aside a lender.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-03-06"  # a Tuesday
NEXT_TOLD_TOLL = "next-told-toll-67100"


def test_next_told_toll_not_given_to_two_events_of_one_sentence(extractor):
    # two strikes of one sub-type in one sentence: the next sentence's figure is not each one's
    text = ("قصفت الطائرات الحربية السورية يوم الاثنين بلدة كفرنبل ومدينة أريحا في ريف إدلب، ما أسفر عن سقوط قتلى. "
            "ووثق المرصد السوري لحقوق الإنسان مقتل 18 مدنيا.\n")
    evs = read_doc(extractor, text, PUB).events
    assert len(evs) >= 2
    assert sum(NEXT_TOLD_TOLL in e.rule_ids for e in evs) == 0
    assert sum(e.fatalities or 0 for e in evs) <= 18


def test_next_told_toll_still_reaches_the_one_event(extractor):
    # guard: one strike in the sentence still takes the figure
    text = ("قصفت الطائرات الحربية السورية يوم الاثنين بلدة كفرنبل في ريف إدلب، ما أسفر عن سقوط قتلى. "
            "ووثق المرصد السوري لحقوق الإنسان مقتل 18 مدنيا.\n")
    evs = read_doc(extractor, text, PUB).events
    assert [e.fatalities for e in evs] == [18]


def _towns(extractor, text):
    return [e.location for e in read_doc(extractor, text, PUB).events]


def test_list_end_town_kept_when_a_place_follows_it(extractor):
    # «جنوب دمشق» right after the list's last member joins no list: «القدم» is still its end
    text = "قصفت الطائرات الحربية السورية مخيم اليرموك والحجر الأسود والقدم جنوب دمشق يوم السبت.\n"
    assert any("Qadam" in (loc or "") for loc in _towns(extractor, text))


KILL_HURT = [
    "أصيب شرطي، وقتل مدنيون في انفجار عبوة ناسفة في بغداد يوم الاثنين.\n",
    "أصيب شرطي، قتل مدنيون في انفجار عبوة ناسفة في بغداد يوم الاثنين.\n",
]


@pytest.mark.parametrize("text", KILL_HURT)
def test_person_hurt_in_the_clause_before_is_no_lone_dead(extractor, text):
    # «شرطي» is the one hurt, before the comma: the dead are told with no count
    assert [e.fatalities for e in read_doc(extractor, text, PUB).events] == [0]


def test_nisba_before_a_comma_still_steps_back_to_the_victim(extractor):
    # guard: «جنديا بريطانيا، قتل» still counts one dead
    text = "قالت وزارة الدفاع إن جنديا بريطانيا، قتل في انفجار عبوة ناسفة في ولاية هلمند يوم الاثنين.\n"
    assert [e.fatalities for e in read_doc(extractor, text, PUB).events] == [1]


LENDER_DAY = "lender-day-66900"


def _rules_at(extractor, text, town):
    return [e.rule_ids for e in read_doc(extractor, text, PUB).events if town in (e.location or "")]


def test_lender_day_rule_not_cited_when_the_old_lender_stands(extractor):
    # the nearest lender before «سنجار» is Monday's Turkish shelling, as before the rule: the rule set nothing aside
    text = ("قصفت المدفعية التركية قرية في قضاء زاخو بمحافظة دهوك يوم الاثنين. وقصفت المدفعية قضاء سنجار يوم الاثنين. "
            "وكانت المدفعية الإيرانية قد قصفت قضاء سوران في 20 شباط الماضي.\n")
    rules = _rules_at(extractor, text, "Sinj")
    assert rules and all(LENDER_DAY not in r for r in rules)


def test_lender_day_rule_cited_when_it_sets_the_old_lender_aside(extractor):
    # the only lender before «سنجار» is of another day: set aside, and the rule says so, though none replaces it
    text = ("قصفت المدفعية الإيرانية قضاء سوران في 20 شباط الماضي. وقصفت المدفعية قضاء سنجار يوم الاثنين.\n")
    rules = _rules_at(extractor, text, "Sinj")
    assert rules and all(LENDER_DAY in r for r in rules)
