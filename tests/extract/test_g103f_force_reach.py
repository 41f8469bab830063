"""A foreign force confined to a few provinces of a country (force_reach.tsv) is neither lent nor taken as the
report's main actor for an act with no agent elsewhere (g103f; sentences of our own): a strike on Douma in a report on
Turkey's Afrin campaign is not Turkey's, a curfew in Basra in a report on Iran is not Iran's. In its own provinces the
force is still lent."""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad_testdata import read_doc

AFRIN = ("وتواصل القوات التركية هجومها على عفرين وقصفت القوات التركية قرى في عفرين. "
         "وقالت أنقرة إن الجيش التركي سيواصل العملية. ")


def _agents(doc, location):
    return [e.actor1 for e in doc.events if e.location == location and e.event_type == "Explosions/Remote violence"]


def test_a_force_confined_to_other_provinces_lends_no_striker(extractor):
    text = AFRIN + ("وفي الغوطة الشرقية، نفذت طائرات حربية غارات على مدينة دوما تزامنا مع استهداف قوات النظام "
                    "لبلدة عين ترما بقصف صاروخي.")
    doc = read_doc(extractor, text, "2018-03-20")
    assert _agents(doc, "Dūmā") and "Military Forces of Turkey (2016-)" not in _agents(doc, "Dūmā")
    # within its provinces the same report still lends Turkey the strike told with no agent
    text = AFRIN + "وفي وقت لاحق، استهدفت غارات جوية بلدة جنديرس في ريف عفرين."
    assert _agents(read_doc(extractor, text, "2018-03-05"), "Jindayris") == ["Military Forces of Turkey (2016-)"]


def test_a_curfew_is_not_the_foreign_state_the_report_is_about(extractor):
    text = ("أحرق محتجون القنصلية الإيرانية في البصرة. وأعلنت السلطات فرض حظر التجول في البصرة مساء الجمعة. "
            "وقالت إيران إن القوات الإيرانية سترد. ونددت إيران بالهجوم على القنصلية.")
    doc = read_doc(extractor, text, "2018-09-08")
    others = [e for e in doc.events if e.sub_event_type == "Other"]
    assert others and all(e.actor1 != "Military Forces of Iran (1989-)" for e in others)


def test_force_reach_rows_name_known_actors_and_provinces():
    rows = L.force_reach()
    assert rows
    units = {u for rs in rows.values() for r in rs for u in r.admin1}
    assert {"Aleppo", "Idleb", "Erbil"} <= units
    assert all(r.start <= r.end for rs in rows.values() for r in rs)
