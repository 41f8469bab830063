"""q26e: actors of matched events. In an interception the nationality adjective of the weapon brought down names
its owner, the counterpart
(function_words weapon_head, weapon_modifier; frames.pick_actors), never who brought it down; a counted plural
nisba names the dead's side; violence against civilians has Civilians as actor2 (default_targets dt-6000..6002)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-09"


def _downed(extractor, text):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [e for e in evs if e.sub_event_type == "Disrupted weapons use"]


def test_the_missile_owner_is_the_counterpart_not_the_agent(extractor):
    # no strike verb after the missile: told with «استهدف منطقة الكسوة» it is Israel's strike, the interception its
    # other face (g105g, tests/extract/test_g105g_subsumed.py)
    evs = _downed(extractor, "تصدت الدفاعات الجوية السورية لصاروخ إسرائيلي فوق منطقة الكسوة مساء الثلاثاء.")
    assert len(evs) == 1
    assert evs[0].actor1 == "Military Forces of Syria (2000-)"
    assert evs[0].actor2 == "Military Forces of Israel (1948-)"


def test_an_aircraft_downed_by_mistake_names_its_owner(extractor):
    evs = _downed(extractor, "أسقطت الدفاعات الجوية السورية طائرة استطلاع روسية قبالة اللاذقية يوم الاثنين.")
    assert len(evs) == 1
    assert evs[0].actor1 == "Military Forces of Syria (2000-)"
    assert evs[0].actor2 == "Military Forces of Russia (2000-)"


def test_a_drone_with_a_modifier_before_its_adjective(extractor):
    evs = _downed(extractor, "أعلن الجيش الإسرائيلي أنه اعترض طائرة بلا طيار إيرانية فوق الجولان يوم السبت.")
    assert len(evs) == 1
    assert evs[0].actor1 == "Military Forces of Israel (1948-)"
    assert evs[0].actor2 == "Military Forces of Iran (1989-)"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB))).events


def test_a_counted_plural_nisba_names_the_side_whose_dead_are_counted(extractor):
    # frames.casualty_side: "مقتل سبعة إيرانيين" (a number, then the plural nisba) counts Iran's men
    evs = _events(extractor, "شنت إسرائيل غارة جوية على مطار التيفور العسكري يوم الاثنين ما أدى إلى مقتل سبعة إيرانيين.")
    assert len(evs) == 1
    assert evs[0].actor1 == "Military Forces of Israel (1948-)"
    assert evs[0].actor2 == "Military Forces of Iran (1989-)"


def test_violence_against_civilians_falls_on_civilians(extractor):
    # default_targets dt-6000: an assassination whose victim is named by role only has Civilians as actor2
    evs = _events(extractor, "قال مسؤول محلي إن مسلحين مجهولين اغتالوا فجر اليوم مرشحا للانتخابات في ناحية القيارة.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Attack"
    assert evs[0].actor2 == "Civilians (Iraq)" and "dt-6000" in evs[0].rule_ids
