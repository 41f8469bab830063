"""g93a: a past achievement «تمكن ... من استعادة معقل المعارضة»: the side named as the holder of the place taken, by a
holder word after the taking word («معقل»، «مناطق سيطرة»), lost it; the side named before the achievement took it.
A holder word that is the taking's own («سيطر عليها الجيش») still names the taker."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-22"
ARMY = "Military Forces of Syria (2000-)"


def _takings(extractor, text):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in read_doc(extractor, text, PUB).events
            if e.event_type == "Battles" and "territory" in (e.sub_event_type or "")]


def test_stronghold_owner_after_a_retaking_is_the_loser(extractor):
    text = "وتمكن الجيش السوري يوم السبت من استعادة معقل المعارضة في بلدة حمورية."
    got = _takings(extractor, text)
    assert got and got[0] == ("Government regains territory", ARMY, "Opposition Rebels (Syria)")


def test_achiever_named_clauses_before_takes_the_stronghold(extractor):
    text = ("وركز النظام السوري هجومه على المخيم، بعدما حقق تقدما في عدة مناطق، وتمكن يوم السبت من استعادة "
            "معقل المعارضة في بلدة حمورية.")
    got = _takings(extractor, text)
    assert got and got[0][0] == "Government regains territory" and got[0][1] == ARMY


def test_holder_word_of_the_taking_itself_still_names_the_taker(extractor):
    text = "وكانت بلدة حمورية قد سيطر عليها الجيش السوري يوم السبت."
    got = _takings(extractor, text)
    assert got and got[0][1] == ARMY
