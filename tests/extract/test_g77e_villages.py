"""g77e: زيزون/زينون (Zayzun, the western Dar'a village on the Yarmouk gorge; row pl-51000 in places_extra.tsv) and
اللجاة (the Lajat plateau of north-eastern Dar'a, a region; row pl-51001), kept at the province or left unread before.
Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"


def _run(extractor, text, published="2018-07-12"):
    return read_doc(extractor, text, published)


def _places(doc, event_type=ERV):
    return [e.location for e in doc.events if e.event_type == event_type]


def test_a_car_bomb_in_zayzun_is_at_the_village(extractor):
    doc = _run(extractor, "قتل ثلاثة جنود بانفجار سيارة مفخخة عند حاجز في قرية زيزون غربي درعا صباح الأربعاء.")
    assert _places(doc) == ["Zayzun"]


def test_the_wire_spelling_zaynun_is_zayzun(extractor):
    doc = _run(extractor, "سقطت قذائف هاون على قرية زينون بريف درعا الغربي مساء الاثنين دون وقوع إصابات.")
    assert _places(doc) == ["Zayzun"]


def test_shelling_of_the_lajat_is_at_the_region(extractor):
    doc = _run(extractor, "قصفت المدفعية مواقع الفصائل في منطقة اللجاة شمال شرقي درعا يوم الثلاثاء.")
    assert _places(doc) == ["Al-Lajat"]
