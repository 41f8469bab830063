"""Happenings told with forms of known words Marsad did not read (branch q25c), on sentences of our own: duals of
strike and protest nouns, the plural of an offensive pressed on, fighters and their families who went out."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _rules(doc, sub_event_type):
    return [r for e in doc.events if e.sub_event_type == sub_event_type for r in e.rule_ids]


@pytest.mark.parametrize("text, sub, rule", [
    ("وشنت طائرات حربية غارتين على بلدة الحراك في ريف درعا صباح الثلاثاء.", "Air/drone strike", "tr-air-5000"),
    ("وسقطت قذيفتان على حي سكني في مدينة حلب مساء الاثنين.", "Shelling/artillery/missile attack", "tr-shell-5001"),
    ("وقتل 12 شخصا في تفجيرين انتحاريين استهدفا سوقا في مدينة كركوك يوم الأحد.", "Suicide bomb", "tr-sui-5000"),
    ("وخرج الآلاف في تظاهرتين جديدتين صباح الاثنين في مدينة الناصرية.", "Peaceful protest", "tr-pro-5000"),
])
def test_the_dual_of_an_event_noun_is_its_event(extractor, text, sub, rule):
    doc = _run(extractor, text)
    assert rule in _rules(doc, sub), [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_an_offensive_pressed_on_in_the_plural_is_a_clash(extractor):
    doc = _run(extractor, "واستأنفت قوات سوريا الديمقراطية الاثنين هجماتها على مواقع التنظيم في بلدة هجين.")
    assert "tr-clash-5000" in _rules(doc, "Armed clash"), [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_attacks_in_the_plural_without_pressing_on_are_no_clash(extractor):
    doc = _run(extractor, "وانتقدت الحكومة التركية الاثنين هجماتها على مواقع التنظيم في بلدة هجين.")
    assert "tr-clash-5000" not in _rules(doc, "Armed clash"), [(e.sub_event_type, e.rule_ids) for e in doc.events]


@pytest.mark.parametrize("text", [
    "وخرجت الدفعة الأولى من المسلحين الأحد من مدينة حرستا نحو إدلب.",
    "وخرج مئات المقاتلين وعائلاتهم يوم الاثنين من مدينة الرستن باتجاه الشمال.",
])
def test_fighters_and_families_who_went_out_transfer_territory(extractor, text):
    doc = _run(extractor, text)
    assert "tr-nvt-5000" in _rules(doc, "Non-violent transfer of territory"), doc.dropped


@pytest.mark.parametrize("text", [
    "وخرج آلاف المدنيين يوم الاثنين من مدينة الرستن عبر معابر فتحتها القوات الحكومية.",
    "وخرجت دبابة تابعة للقوات الحكومية من ثكنة في مدينة الرستن يوم الاثنين.",
])
def test_going_out_without_fighters_and_their_families_or_batch_is_no_transfer(extractor, text):
    doc = _run(extractor, text)
    assert "tr-nvt-5000" not in _rules(doc, "Non-violent transfer of territory"), \
        [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_a_ceasefire_with_the_preposition_is_an_agreement(extractor):
    doc = _run(extractor, "وأعلن فيلق الرحمن الخميس موافقته على وقف لإطلاق النار في الغوطة الشرقية بعد مفاوضات مع الجانب الروسي.")
    assert "tr-agr-5000" in _rules(doc, "Agreement"), doc.dropped


def test_aircraft_that_raided_strike_from_the_air(extractor):
    doc = _run(extractor, "وأغارت طائرات حربية صباح الخميس على مقر للتنظيم في بلدة هجين.")
    assert "tr-air-5004" in _rules(doc, "Air/drone strike"), doc.dropped


def test_a_raid_without_aircraft_is_no_air_strike(extractor):
    doc = _run(extractor, "وأغار مسلحو التنظيم صباح الخميس على قرية في ريف بلدة هجين.")
    assert "tr-air-5004" not in _rules(doc, "Air/drone strike"), [(e.sub_event_type, e.rule_ids) for e in doc.events]
