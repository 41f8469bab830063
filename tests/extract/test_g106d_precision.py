"""Precision audit g106d (sentences of our own): an observation point named as the aim of «لإنشاء/لإقامة نقاط» is a
plan, not a base set up (triggers tr-base-101000, 101001 carry the verbal noun, so the «ل» purpose reading applies);
preparing in the plural («التحضيرات/تحضيرات ل...», md-int-101010, 101011) is an intention as the singular «التحضير»;
«محافظتي X وY» names two provinces, not their seat cities (place_words prefix and dual «محافظتي»); a name read as a
province through «محافظة» is of the province's kind even when the city's candidate won the name (geo.resolve), so the
second province of the list is an event of its own.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-10"


def _types(doc):
    return [(e.event_type, e.sub_event_type, e.location, e.geo_precision) for e in doc.events]


def test_points_sought_to_be_set_up_are_no_base(extractor):
    text = ("وأجرت دورية عسكرية روسية في 3 يونيو جولة في منطقة جبل التركمان بريف اللاذقية بحثا عن مكان مناسب، "
            "لإنشاء نقاط مراقبة عسكرية روسية جديدة.")
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert not any(e.sub_event_type == "Headquarters or base established" for e in doc.events), _types(doc)


def test_preparations_in_the_plural_are_an_intention(extractor):
    # (no «ل» before the trigger: the purpose reading alone would not drop it)
    text = "وشهد ريف حلب الجنوبي يوم الجمعة تحضيرات إقامة نقطة مراقبة تركية جديدة."
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert not any(e.sub_event_type == "Headquarters or base established" for e in doc.events), _types(doc)
    assert any(d["reason"] == "modality:intention" for d in doc.dropped), doc.dropped


def test_points_set_up_stay(extractor):
    # guard: the points set up, told with a finite verb or the verbal noun without «ل», are a base established
    text = "وأكمل الجيش التركي يوم الجمعة إقامة نقاط مراقبة في ريف حلب الجنوبي."
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert any(e.sub_event_type == "Headquarters or base established" for e in doc.events), (_types(doc), doc.dropped)


def test_two_governorates_are_provinces(extractor):
    text = "قصفت الطائرات الحربية يوم الخميس مواقع للفصائل في محافظتي إدلب وحلب."
    doc = read_doc(extractor, text, PUB, title="تطورات")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(e.geo_precision == 3 for e in strikes), _types(doc)
    # one event each: the second name is a province too, a member of the list like the first (geo kind admin1)
    assert {e.admin1 for e in strikes} == {"Idleb", "Aleppo"}, _types(doc)


def test_one_governorate_city_reading_unchanged(extractor):
    # guard: a bare «إدلب» stays the city
    text = "قصفت الطائرات الحربية يوم الخميس مدينة إدلب."
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert any(e.geo_precision == 1 and e.admin1 == "Idleb" for e in doc.events), _types(doc)
