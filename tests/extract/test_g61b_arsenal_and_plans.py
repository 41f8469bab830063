"""Missiles named as an arsenal, not as a launch (g61b): their making, programme, range or system is no attack
(modality.tsv md-sense-42200..42213); a strike a government "will direct" is not yet one, nor are the missiles named
as its means with "باستخدام" (md-fut-42217, function_words means_word). Missiles launched stay an attack."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-06"


def _doc(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _strikes(doc):
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_missile_production_is_no_attack(extractor):
    doc = _doc(extractor, "وقال خبير السبت إن معملا في ريف حماة تحول إلى مركز لإنتاج الصواريخ.")
    assert _strikes(doc) == []


def test_missile_programme_is_no_attack(extractor):
    doc = _doc(extractor, "وقال مسؤول في دمشق السبت إن الخلاف مع الدول الأوروبية يتعلق بالبرنامج الصاروخي.")
    assert _strikes(doc) == []


def test_missile_range_is_no_attack(extractor):
    doc = _doc(extractor, "وأعلن قائد عسكري في حمص السبت زيادة مدى صواريخ الجيش إلى 300 كيلومتر.")
    assert _strikes(doc) == []


def test_a_strike_to_be_directed_with_missiles_is_no_event(extractor):
    doc = _doc(extractor, "قال الرئيس السبت إن قواته ستوجه ضربة إلى مواقع في حمص باستخدام \"صواريخ دقيقة\".")
    assert _strikes(doc) == []


def test_missiles_launched_stay_an_attack(extractor):
    doc = _doc(extractor, "قصفت قوات النظام السبت بلدة كفرزيتا في ريف حماة باستخدام صواريخ أرض أرض.")
    assert len(_strikes(doc)) == 1
