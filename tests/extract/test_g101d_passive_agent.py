"""g101d: a passive («تم استهداف ...»، «جرى اعتقال ...»، «قتل ... على يد») whose agent is named by «من قبل/على يد» after
the side acted on: the named agent is actor1 and the side acted on actor2 (rule by-agent-71800), not the other way round.
Only a passive: after a plain noun the phrase may belong to another verb, and a backer («المدعومة من قبل») or another
passive between («يتم تشغيلها من قبل») names no agent of the act.
"""
from __future__ import annotations

import pytest

from marsad_testdata import ISIS, TUR, read_doc

PUB = "2018-06-15"
YPG = "YPG: People's Protection Units"
IRQ = "Military Forces of Iraq (2014-2018)"
ISR = "Military Forces of Israel (1948-)"
IRN = "Military Forces of Iran (1989-)"
BY_AGENT = "by-agent-71800"


def _sides(extractor, text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(e.actor1, e.actor2, list(e.rule_ids)) for e in read_doc(extractor, text, PUB).events]


@pytest.mark.parametrize("text, agent, target", [
    # the verbal noun after «تم», the side hit named first, the agent after «من قبل»
    ("تم استهداف رتل للجيش التركي من قبل وحدات حماية الشعب في عفرين الخميس.", YPG, TUR),
    # the act's means with «ب» between (g101x, review s32 (2) item 2): no other act, the phrase still reaches
    ("تم استهداف رتل للجيش التركي بهجوم صاروخي من قبل الوحدات الكردية في عفرين يوم الاثنين.", YPG, TUR),
    # after «جرى», the agent after «على يد» and the members' noun
    ("جرى استهداف دورية للجيش العراقي على يد مسلحي داعش في قضاء الطارمية الخميس.", ISIS, IRQ),
    # a passive verb, a place phrase between it and «على يد»
    ("قالت مصادر إن مقاتلا في وحدات حماية الشعب قتل في مدينة عفرين، بريف حلب الشمالي، على يد القوات التركية الخميس.",
     TUR, YPG),
])
def test_agent_after_by_phrase_is_actor1(extractor, text, agent, target):
    sides = _sides(extractor, text)
    assert [(a1, a2) for a1, a2, _ in sides] == [(agent, target)]
    assert BY_AGENT in sides[0][2]


def test_agent_of_another_passive_is_no_agent(extractor):
    # guard: «من قبل» names who runs the sites hit (their own passive «يتم تشغيلها»), not the striker
    sides = _sides(extractor, "أغارت المقاتلات الإسرائيلية الخميس على مواقع إيرانية يتم تشغيلها من قبل الحرس الثوري قرب دمشق.")
    assert [(a1, a2) for a1, a2, _ in sides] == [(ISR, IRN)]
    assert all(BY_AGENT not in rules for _, _, rules in sides)


def test_by_phrase_after_a_plain_noun_is_left(extractor):
    # guard: no passive, the phrase belongs to the verb after the strike noun («جاءت بمعلومات من قبل ...»): the
    # Iraqi forces named before the strike stay its agent
    text = ("نفذت القوات العراقية ضربة جوية على مقر لتنظيم داعش داخل الأراضي السورية جاءت بمعلومات من قبل "
            "قوات سوريا الديمقراطية الخميس.")
    sides = _sides(extractor, text)
    assert [(a1, a2) for a1, a2, _ in sides] == [(IRQ, ISIS)]
    assert all(BY_AGENT not in rules for _, _, rules in sides)


def test_backer_is_no_agent(extractor):
    # guard: «المدعومة من قبل» names a backer of the side, not the agent of the passive
    text = "تم اعتقال قيادي في داعش على يد قوات الأمن العراقية المدعومة من قبل التحالف الدولي في الموصل الخميس."
    sides = _sides(extractor, text)
    assert [a1 for a1, _, _ in sides] == ["Police Forces of Iraq (2014-2018)"]


RUS = "Military Forces of Russia (2000-)"
SYR = "Military Forces of Syria (2000-)"


@pytest.mark.parametrize("text, agent, target", [
    # review s32 item 1: an active verb with its subject after it; «على يد» belongs to another act («بعد مقتل»)
    ("قصفت القوات التركية قرى بعد مقتل جنديين على يد وحدات حماية الشعب.", TUR, YPG),
    # an active verb with its subject after it; «من قبل» belongs to the relative passive «كان قد بني»
    ("قصفت الطائرات الروسية مستشفى كان قد بني من قبل الحكومة السورية.", RUS, SYR),
])
def test_active_verb_subject_beats_a_later_by_phrase(extractor, text, agent, target):
    sides = _sides(extractor, text)
    assert (agent, target) in [(a1, a2) for a1, a2, _ in sides]
    assert all(BY_AGENT not in rules for _, _, rules in sides)
