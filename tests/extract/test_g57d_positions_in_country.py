"""Strikes on positions in a country with no owner named (branch g57d), on sentences of our own.

«الضربات على أهداف في سوريا»: positions in a state's country with no owner named are that state's forces (actor2, as
ACLED codes them); the country is no agent of the strike, nor of a strike noun right after it («... في سوريا "ضربة"»).
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-10"  # a Thursday
SYRIA = "Military Forces of Syria (2000-)"


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB, "تقرير")
    return [(e.actor1, e.actor2, e.rule_ids) for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_targets_in_the_country_after_a_speaker_are_struck(extractor):
    # a speaker named before «إن»: the country after «أهداف في» is still what the strikes fell on
    text = "قال وزير الخارجية البريطاني يوم الأربعاء إن الضربات الصاروخية على أهداف في سوريا كانت محدودة.\n"
    events = _strikes(extractor, text)
    assert events
    for a1, a2, rules in events:
        assert a1 != SYRIA
        assert a2 == SYRIA
        assert "target-after-ala" in rules


def test_strikes_on_targets_in_the_country_take_the_agent_named_next(extractor):
    # the strikes told first by a speaker, their agent in the next sentence: the country's forces stay the target
    text = ('قال وزير الدفاع الفرنسي إن الضربات الجوية على أهداف في سوريا "ضربة واحدة" هدفها ردع الحكومة.\n'
            "ونفذت الطائرات الفرنسية والبريطانية ضربات جوية في سوريا فجر الأربعاء.\n")
    [(a1, a2, _)] = _strikes(extractor, text)
    assert a1 == "Military Forces of France (2017-)"
    assert a2 == SYRIA


def test_country_of_positions_is_no_agent_of_the_next_strike_noun(extractor):
    # «على أهداف في سوريا "ضربة واحدة"»: the country just before the noun «ضربة» is where the targets were, no agent
    text = 'قال وزير الدفاع الفرنسي إن الضربات الجوية على أهداف عسكرية في سوريا "ضربة واحدة" هدفها ردع الحكومة.\n'
    events = _strikes(extractor, text)
    assert events
    assert all(a1 != SYRIA for a1, _, _ in events)
    assert any(a2 == SYRIA for _, a2, _ in events)


def test_place_after_the_strike_is_not_read_as_positions(extractor):
    # «ضربات في سوريا» names no positions: the existing reading stands (the agent named before strikes Syria)
    text = "نفذت الطائرات الإسرائيلية يوم الأربعاء غارات في سوريا.\n"
    [(a1, a2, rules)] = _strikes(extractor, text)
    assert a1 == "Military Forces of Israel (1948-)"
    assert "target-after-ala" not in rules
