"""g75a: a taking whose own clause names a bare army just before its verb ("أن الجيش سيطر") is the country's army's,
never the non-state agent another sentence of the report named (actor-document)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-20"


def _takings(extractor, text):
    return [(e.location, e.sub_event_type, e.actor1) for e in read_doc(extractor, text, PUB).events
            if e.event_type == "Battles" and "territory" in (e.sub_event_type or "")]


def test_bare_army_taking_is_not_the_other_sentence_group(extractor):
    text = ("سيطرت قوات سوريا الديمقراطية على قرية الحسينية في ريف دير الزور. "
            "وأضاف المرصد أن الجيش سيطر على أجزاء واسعة من حي القدم في دمشق.")
    got = {loc: (st, a1) for loc, st, a1 in _takings(extractor, text)}
    assert got["Qadam"] == ("Government regains territory", "Military Forces of Syria (2000-)")
    assert got["Deir ez-Zor"][1] == "SDF: Syrian Democratic Forces"  # the group's own taking keeps its agent


def test_taking_without_army_word_still_borrows(extractor):
    text = ("سيطرت قوات سوريا الديمقراطية على قرية الحسينية في ريف دير الزور. "
            "وأضاف المرصد أن المقاتلين سيطروا على أجزاء واسعة من حي القدم في دمشق.")
    got = {loc: a1 for loc, _, a1 in _takings(extractor, text)}
    assert got.get("Qadam") != "Military Forces of Syria (2000-)"
