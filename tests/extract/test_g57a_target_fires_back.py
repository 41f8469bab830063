"""The target's own fire told beside the strike on it is another happening (branch g57a, merge._target_fires_back):
a remote-violence mention whose attacker is the merged event's target and whose target is the event's attacker stays
its own event, even when the event's sides were first given by a mention with a guessed agent."""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-10"  # a Thursday
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
STRIKE = ("قالت مصادر إن غارة جوية استهدفت مواقع عسكرية في هضبة الجولان فجر الخميس. "
          "وشنت الطائرات الإسرائيلية فجر الخميس غارات على مواقع إيرانية في هضبة الجولان. ")


def _remote(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return sorted((e.sub_event_type, e.actor1 or "", e.actor2 or "") for e in doc.events
                  if e.event_type == "Explosions/Remote violence")


def test_rockets_of_the_target_after_a_guessed_strike_stay_apart(extractor):
    kinds = _remote(extractor, STRIKE + "وقصفت القوات الإيرانية فجر الخميس بالصواريخ مواقع عسكرية إسرائيلية "
                                        "في هضبة الجولان.")
    assert any(sub == SHELL and "Iran" in a1 and "Israel" in a2 for sub, a1, a2 in kinds), kinds
    assert any(sub == AIR and "Israel" in a1 for sub, a1, _ in kinds), kinds


def test_shells_fired_back_named_as_shells_stay_apart(extractor):
    kinds = _remote(extractor, STRIKE + "وأطلقت القوات الإيرانية فجر الخميس قذائف صاروخية على قاعدة عسكرية "
                                        "إسرائيلية في هضبة الجولان.")
    assert len(kinds) == 2, kinds


def test_a_strike_retold_with_its_target_still_merges(extractor):
    kinds = _remote(extractor, STRIKE + "وأسفرت الغارات الإسرائيلية على المواقع الإيرانية في هضبة الجولان فجر "
                                        "الخميس عن أضرار.")
    assert [sub for sub, _, _ in kinds] == [AIR], kinds
