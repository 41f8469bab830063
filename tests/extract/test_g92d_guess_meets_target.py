"""A strike whose attacker is only the coder's default does not take in the other side's shelling told on the same
day and place: the read attacker is the side the default strikes, so the two are two acts (branch g92d), on
sentences of our own."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _strikes(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published="2018-02-20")))
    return sorted((e.location, e.actor1, e.fatalities) for e in doc.events if e.event_type == ERV)


def test_rebels_shells_on_a_district_stay_apart_from_defaulted_shelling(extractor):
    # the first sentence names no attacker (the government by default); the second names the rebels as theirs
    text = ("قتل 30 مدنيا في القصف المدفعي على المنطقة الواقعة خارج العاصمة دمشق الاثنين. وتعرض حي باب توما في دمشق"
            " لقذائف قصفتها المعارضة أدت إلى إصابة عشرة أشخاص.")
    sides = {a for _, a, _ in _strikes(extractor, text)}
    assert sides == {"Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"}


def test_rebels_shelling_keeps_its_own_toll_beside_defaulted_air_strikes(extractor):
    text = "أسفرت غارات جوية على مدينة حرستا عن مقتل 9 مدنيين الأحد. وقتل 4 مدنيين في قصف فصائل المعارضة على حرستا الأحد."
    assert [(a, n) for _, a, n in _strikes(extractor, text)] == [
        ("Military Forces of Syria (2000-)", 9), ("Opposition Rebels (Syria)", 4)]


def test_a_defaulted_mention_of_the_same_sides_act_still_merges(extractor):
    # the read attacker is the default itself: one act told twice (passes on main too)
    text = "قصفت قوات النظام السوري مدينة حرستا الأحد. وسقطت قذائف على حرستا الأحد."
    assert len(_strikes(extractor, text)) == 1
