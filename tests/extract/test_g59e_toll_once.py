"""A toll told once over events of several kinds (branch g59e), on sentences of our own: ACLED counts a total it
cannot split once, on one event and 0 on the others; the deadliest kind of act keeps it (merge.told_once)."""
from __future__ import annotations

from marsad_testdata import fields_of

from marsad.extract.merge import told_once
from marsad.model import Event, Evidence

PUB = "2018-03-16"


def _tolls(extractor, text):
    return sorted(fields_of(extractor, text, PUB, "sub_event_type", "fatalities"))


def test_a_shelling_toll_is_not_also_the_clash_told_beside_it(extractor):
    tolls = _tolls(extractor, "قال المرصد الجمعة إن قصفا مدفعيا للقوات التركية على بلدة جنديرس أسفر عن مقتل 11 "
                              "مدنيا، مؤكدا أن معارك عنيفة تدور في محيط البلدة مع المقاتلين الأكراد.")
    assert ("Shelling/artillery/missile attack", 11) in tolls, tolls
    assert ("Armed clash", 0) in tolls, tolls


def _event(sub: str, toll: int, start: int, rules: list[str] | None = None) -> Event:
    ev = Event(event_type="Explosions/Remote violence", sub_event_type=sub, fatalities=toll, fatalities_low=toll,
               fatalities_high=toll, rule_ids=list(rules or []))
    ev.evidence = [Evidence("d", start, start + 40, "")]
    return ev


def test_the_deadliest_kind_keeps_a_toll_of_one_sentence():
    air, gas = _event("Air/drone strike", 40, 100), _event("Chemical weapon", 40, 100)
    told_once((air, gas))  # a tuple: the pass takes any sequence
    assert (air.fatalities, gas.fatalities) == (0, 40)


def test_tolls_of_other_sentences_or_own_clauses_stay():
    air, shell = _event("Air/drone strike", 5, 100), _event("Shelling/artillery/missile attack", 5, 300)
    told_once([air, shell])
    assert (air.fatalities, shell.fatalities) == (5, 5)
    air, shell = (_event("Air/drone strike", 3, 100, ["toll-clause"]),
                  _event("Shelling/artillery/missile attack", 3, 100, ["toll-clause"]))
    told_once([air, shell])
    assert (air.fatalities, shell.fatalities) == (3, 3)


def test_a_change_of_territory_keeps_the_toll_of_its_fight():
    air = _event("Air/drone strike", 17, 100)
    taken = _event("Government regains territory", 17, 100)
    taken.event_type = "Strategic developments"
    told_once([air, taken])
    assert (air.fatalities, taken.fatalities) == (17, 17)
