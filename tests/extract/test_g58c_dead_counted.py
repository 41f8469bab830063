"""g58c: the sides whose dead and wounded are counted right before a strike («سقط العشرات من X بين قتيل وجريح في
غارات») were hit by it; neither they nor the sides listed with them are its attacker."""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-01"
IRAN, SYRIA, TURKEY = ("Military Forces of Iran (1989-)", "Military Forces of Syria (2000-)",
                       "Military Forces of Turkey (2016-)")


def _strikes(extractor, text):
    evs = read_doc(extractor, text, PUB).events
    return [e for e in evs if e.event_type == "Explosions/Remote violence"]


def test_the_side_counted_dead_before_air_strikes_is_not_the_attacker(extractor):
    evs = _strikes(extractor, "وسقط عشرات من عناصر الميليشيات الإيرانية بين قتيل وجريح في غارات جوية على مطار "
                              "الضبعة يوم الأحد.")
    assert evs
    assert all(e.actor1 != IRAN for e in evs)


def test_every_side_listed_with_the_counted_dead_is_dropped(extractor):
    evs = _strikes(extractor, "وسقط العشرات من الجيش السوري والقوات والميليشيات الإيرانية بين قتلى وجرحى في غارات "
                              "على مطار الضبعة يوم الأحد.")
    assert evs
    assert all(e.actor1 not in (IRAN, SYRIA) for e in evs)


def test_an_agent_told_before_the_counted_dead_in_another_clause_stays(extractor):
    # a clause break stands between the agent and the dead: the side before it still struck
    evs = _strikes(extractor, "وقصفت الطائرات التركية قرية في عفرين يوم الأحد، وسقط عشرة بين قتيل وجريح في غارات "
                              "لاحقة.")
    assert evs
    assert evs[0].actor1 == TURKEY
