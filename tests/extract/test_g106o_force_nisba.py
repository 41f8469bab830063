"""A general force word with a state's nisba right after it names that state's force (force_heads.tsv, g106o
106000-106048): «قوات الأمن التركية» arresting in a Syrian town is Turkey's police, not the Syrian police the event's
place would give; «قوات حرس الحدود الأردنية» fighting in Syria is Jordan's forces. An actors.tsv alias of the same words
keeps its own actor, and an army word before a nisba actors.tsv reads as an adjective keeps that reading. Sentences
composed for the test."""
from __future__ import annotations

import pytest

from marsad.extract import lexicons as L
from marsad_testdata import pairs_of

PUB = "2018-03-14"  # a Wednesday


CASES = [
    # a police word (an alias of the generic police) with the nisba of another state than the place's
    ("اعتقلت قوات الأمن التركية الثلاثاء خمسة أشخاص في مدينة أعزاز بتهمة التخطيط لتفجيرات.",
     "Arrests", "Police Forces of Turkey"),
    # masculine nisba after «الأمن»
    ("اعتقل الأمن التركي الثلاثاء ثلاثة مطلوبين في مدينة جرابلس بتهمة الانتماء لتنظيم داعش.",
     "Arrests", "Police Forces of Turkey"),
    # a head that is no actors.tsv alias, a state with a police row of its own (actor_by_country.tsv)
    ("اعتقلت الأجهزة الأمنية الأردنية الثلاثاء أربعة مهربين قرب معبر نصيب في محافظة درعا.",
     "Arrests", "Police Forces of Jordan (1946-)"),
    # an army word, a state whose nisba actors.tsv lists as no adjective: the guards named no side at all before
    ("اشتبكت قوات حرس الحدود الأردنية الثلاثاء مع مهربين مسلحين قرب بلدة نصيب في محافظة درعا وقتلت اثنين منهم.",
     "Armed clash", "Military Forces of Jordan (1999-)"),
]


@pytest.mark.parametrize("case", CASES, ids=["turkish-security", "turkish-security-masc", "jordan-services",
                                              "jordan-border-guards"])
def test_force_word_with_nisba_names_that_states_force(extractor, case):
    text, sub_event_type, side = case
    first = pairs_of(extractor, text, sub_event_type, PUB)[:1]
    assert [a1 for a1, _ in first] == [side]


def test_alias_of_the_same_words_keeps_its_actor():
    # guard: «القوات الأمنية العراقية» is irq-mil's alias; the police head with the nisba does not take it over
    phrases = L.force_phrases()
    assert "القوات الأمنية العراقية" not in phrases
    assert phrases["قوات الأمن العراقية"][0].name == "Police Forces of Iraq (2014-2018)"


def test_army_word_before_an_actor_adjective_is_left_to_the_adjective():
    # guard: «البحرية الأمريكية» is read by the adjective «الأمريكية» (usa-mil) as before, not as a full name
    phrases = L.force_phrases()
    assert "البحرية الأمريكية" not in phrases and "البحرية الكويتية" in phrases
