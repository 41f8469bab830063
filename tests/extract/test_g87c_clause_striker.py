"""g87c: a sentence telling two strikes in two clauses, each with its own dead ("قتل عشرة جراء غارات روسية وسورية على
ريف حماة، بينما قتل سبعة جراء غارات روسية على بلدة كفرزيتا"): the first clause's countryside is its own place, so the
joint strike is not put at the second clause's town and merged with the Russian one there, which took the joint
strike's striker (step._within_clause, ``apart``). Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"
RUSSIA = "Military Forces of Russia (2000-)"
SYRIA = "Military Forces of Syria (2000-)"


def _strikes(extractor, text):
    doc = read_doc(extractor, text, "2018-06-28")
    return sorted((e.location, e.actor1, e.fatalities) for e in doc.events if e.event_type == ERV)


def test_the_town_strike_keeps_its_russian_striker(extractor):
    got = _strikes(extractor, "قتل عشرة مدنيين الأربعاء جراء غارات روسية وسورية على ريف حماة، بينما قتل سبعة آخرون "
                              "جراء غارات روسية على بلدة كفرزيتا.")
    assert ("Kafr Zaytā", RUSSIA, 7) in got, got
    assert ("Kafr Zaytā", SYRIA, 7) not in got, got


def test_the_joint_strike_stays_in_its_own_countryside(extractor):
    got = _strikes(extractor, "قتل ثمانية مدنيين الخميس جراء غارات روسية وسورية على ريف درعا الشرقي، فيما قتل ثلاثة "
                              "آخرون جراء غارات روسية على بلدة الطيبة.")
    assert ("Al-Taybah", RUSSIA, 3) in got, got
    assert any(loc != "Al-Taybah" and actor == SYRIA and dead == 8 for loc, actor, dead in got), got
