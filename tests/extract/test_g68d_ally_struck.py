"""g68d: a strike in Syria that fell on Iran's or Hezbollah's positions (actor_roles.tsv ally-struck, 45700-45703) with
no attacker read is not the Syrian government's default (default_actors.tsv da-1, da-3): its agent is the foreign force
the report names most (default_actors.tsv borrow_from), else an unidentified group; a strike on the rebels keeps the
default."""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad_testdata import read_doc

PUB = "2018-05-02"
GOVERNMENT, IRAN = "Military Forces of Syria (2000-)", "Military Forces of Iran (1989-)"
HEZBOLLAH, ISRAEL = "Hezbollah", "Military Forces of Israel (1948-)"
STRIKES = ("Shelling/artillery/missile attack", "Air/drone strike")


def _sides(extractor, text):
    return [(e.actor1, e.actor2) for e in read_doc(extractor, text, PUB).events if e.sub_event_type in STRIKES]


def test_missiles_on_an_iranian_centre_are_not_the_governments(extractor):
    text = "وأفادت مصادر محلية أمس بسقوط صواريخ عدة على المركز الإيراني قرب بلدة سلحب في ريف حماة."
    sides = _sides(extractor, text)
    assert sides and all(a1 != GOVERNMENT and a2 == IRAN for a1, a2 in sides)


def test_a_strike_on_hezbollah_positions_takes_the_foreign_force_the_report_blames(extractor):
    text = ("وأفادت مصادر محلية أمس باستهداف مواقع حزب الله قرب مدينة القصير بالصواريخ. "
            "واتهمت دمشق إسرائيل بالوقوف وراء الهجوم، فيما لم تعلق إسرائيل.")
    sides = _sides(extractor, text)
    assert (ISRAEL, HEZBOLLAH) in sides and all(a1 != GOVERNMENT for a1, _ in sides)


def test_a_strike_on_the_rebels_keeps_the_default(extractor):
    text = "وأفادت مصادر محلية أمس بسقوط صواريخ عدة على مواقع الفصائل المعارضة قرب بلدة اللطامنة في ريف حماة."
    assert all(a1 == GOVERNMENT for a1, _ in _sides(extractor, text))


def test_ally_struck_rows_name_the_governments_allies():
    rows = L.struck_allies()
    assert rows[("Air/drone strike", "irn-mil", "syr-mil", "Syria")] == "45700"
    assert rows[("Shelling/artillery/missile attack", "hzb", "syr-mil", "Syria")] == "45703"
