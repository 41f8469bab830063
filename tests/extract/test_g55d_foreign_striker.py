"""g55d: in Syria, a strike whose only named side is a foreign air force (a borrow_from agent of the default row,
default_actors.tsv) was given the government's default as attacker and the foreign force as its target. That force
struck: "ورد عليه التحالف بضربة جوية" is the coalition's strike, not the army's strike on the coalition."""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-01"
COALITION, TURKEY, SYRIA = ("Global Coalition Against Daesh", "Military Forces of Turkey (2016-)",
                            "Military Forces of Syria (2000-)")


def _strikes(extractor, text):
    evs = read_doc(extractor, text, PUB).events
    return [e for e in evs if e.event_type == "Explosions/Remote violence"]


def test_a_coalition_reply_told_after_the_attack_is_the_coalitions(extractor):
    evs = _strikes(extractor, "وكان هجوم قد استهدف مقرا في بلدة الشعفة بريف دير الزور الأحد، ورد عليه التحالف "
                              "الدولي بضربة جوية أسفرت عن مقتل عشرة مسلحين.")
    assert len(evs) == 1
    assert (evs[0].actor1, evs[0].actor2) == (COALITION, None)
    assert "actor-foreign-striker" in evs[0].rule_ids


def test_turkish_forces_named_beside_unattributed_raids_are_their_agent(extractor):
    evs = _strikes(extractor, "وجاءت الغارات على بلدة جنديرس بعدما تقدمت القوات التركية في ريف عفرين الجمعة.")
    assert len(evs) == 1
    assert evs[0].actor1 == TURKEY and evs[0].actor2 != TURKEY


def test_the_governments_own_shelling_keeps_its_agent(extractor):
    evs = _strikes(extractor, "قصفت قوات النظام بلدة كفرنبل بريف إدلب الاثنين.")
    assert len(evs) == 1 and evs[0].actor1 == SYRIA
    assert "actor-foreign-striker" not in evs[0].rule_ids


def test_foreign_forces_right_after_a_strike_verb_were_hit(extractor):
    evs = _strikes(extractor, "استهدفت قوات تركية بقذائف الهاون في بلدة جنديرس بريف عفرين.")
    assert evs and evs[0].actor2 == TURKEY and evs[0].actor1 != TURKEY
