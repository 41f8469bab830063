"""g91d: an arrest placed only at a country is kept (event_types.tsv needs_place is off for Arrests); an arrest asked
of someone («طلبت ... من ... توقيف»، «طلب توقيف»: md-call-56950) is no arrest made; in a passive arrest («ألقي القبض
عليهم»، «تم اعتقالها») the group named before it is the one held (actor2), not the arrester (frames._held_in_passive)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-10"


def _arrests(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Arrests"]


def test_an_arrest_told_only_at_a_country_is_kept(extractor):
    text = "أعلنت السلطات اللبنانية، الأربعاء، اعتقال قيادي في تنظيم داعش بعد دخوله إلى لبنان."
    evs = _arrests(extractor, text)
    assert [e.location for e in evs] == ["Lebanon"]


def test_an_arrest_asked_of_a_state_is_no_arrest(extractor):
    text = "وقالت الوكالة إن الحكومة طلبت رسميا من قوات الأمن توقيف القيادي المعارض في مدينة حمص."
    assert _arrests(extractor, text) == []


def test_a_request_for_an_arrest_is_no_arrest(extractor):
    text = "وأضافت الوكالة أن طلب توقيف القيادي المعارض في مدينة حمص أرسل إلى المحكمة."
    assert _arrests(extractor, text) == []


def test_the_group_named_before_a_passive_arrest_is_held(extractor):
    text = "وكان الرجل بين خمسة قادة في تنظيم داعش ألقي القبض عليهم في مدينة الموصل الأربعاء."
    evs = _arrests(extractor, text)
    assert evs and all(e.actor2 == "Islamic State (Iraq and Syria)" and e.actor1 != e.actor2 for e in evs)


def test_the_group_named_before_a_noun_passive_is_held(extractor):
    text = "وهو من أبرز قيادات تنظيم داعش التي تم اعتقالها في مدينة الموصل الأربعاء."
    evs = _arrests(extractor, text)
    assert evs and all(e.actor2 == "Islamic State (Iraq and Syria)" for e in evs)


def test_an_active_arrest_keeps_its_arrester(extractor):
    text = "اعتقلت الشرطة العراقية الأربعاء ثلاثة من عناصر تنظيم داعش في مدينة الموصل."
    evs = _arrests(extractor, text)
    assert evs and evs[0].actor2 == "Islamic State (Iraq and Syria)"
    assert evs[0].actor1 != "Islamic State (Iraq and Syria)"
