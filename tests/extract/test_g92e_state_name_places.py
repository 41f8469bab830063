"""g92e: the long names of the Islamic State («الدولة الإسلامية في العراق والشام»، «دولة العراق والشام الإسلامية») are
one actor mention (actors.tsv isis aliases), so the country words inside them are no place of the act and the name
is the agent."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2014-01-10"


def _events(extractor, text):
    return read_doc(extractor, text, PUB).events


def test_the_countries_in_the_state_s_old_name_are_no_place(extractor):
    text = "وداهمت قوات تابعة لدولة العراق والشام الإسلامية مكتب الإذاعة في بلدة كفرنبل واعتقلت العاملين فيه أمس."
    # an armed group's arrest is an abduction since g103e (actor_roles.tsv doer-retype)
    evs = [e for e in _events(extractor, text) if e.sub_event_type == "Abduction/forced disappearance"]
    assert evs and all(e.location == "Kafranbel" for e in evs)
    assert all(e.actor1 == "Islamic State (Iraq and Syria)" for e in evs)


def test_the_old_name_is_the_agent(extractor):
    # on main the name was no actor, so the shelling fell to the default (the Syrian army)
    text = "وقصف تنظيم دولة العراق والشام بلدة مارع بقذائف الهاون أمس."
    evs = [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and all(e.actor1 == "Islamic State (Iraq and Syria)" for e in evs)
