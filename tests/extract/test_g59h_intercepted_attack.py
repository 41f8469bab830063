"""The attack an interception met names its counterpart (branch g59h): in "تصدت الدفاعات الجوية لعدوان إسرائيلي" the
adjective after the attack noun (عدوان، غارات، هجوم صاروخي) is the attacker, the interception's actor2; the air
defences are its agent (function_words weapon_head / weapon_modifier)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-09"  # a Monday
ISRAEL = "Military Forces of Israel (1948-)"
SYRIA = "Military Forces of Syria (2000-)"


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _interceptions(doc):
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == "Disrupted weapons use"]


def test_aggression_met_by_unnamed_air_defences_is_israels(extractor):
    # the strike verb after the Israeli aggression tells Israel's attack (g105g: filters._fired_by_met_side), and the
    # interception, Syria meeting Israel, is its other face (merge face-of), as with «لغارات إسرائيلية» below
    doc = _run(extractor, "قالت دمشق مساء الأحد إن دفاعاتها الجوية تصدت لعدوان إسرائيلي استهدف مطارا عسكريا "
                          "في وسط البلاد.")
    assert [(e.event_type, e.actor1, e.actor2) for e in doc.events] == [
        ("Explosions/Remote violence", ISRAEL, SYRIA)]
    assert any(r.startswith("tr-dis-") for r in doc.events[0].rule_ids)


def test_raids_met_by_air_defences_are_one_israeli_strike(extractor):
    # the interception is the other face of the Israeli strike it met (merge face-of): one event, Israel on Syria;
    # read as Israel's own interception it stood apart as a second event
    doc = _run(extractor, "قال مصدر عسكري إن الدفاعات الجوية تصدت الأحد لغارات إسرائيلية استهدفت مطار الضبعة "
                          "العسكري في ريف حمص.")
    assert [(e.event_type, e.actor1, e.actor2) for e in doc.events] == [
        ("Explosions/Remote violence", ISRAEL, SYRIA)]
