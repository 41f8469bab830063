"""q20e: an agent not read in its sentence (the document's, a fallback or a default) types the act as one read
there does, and a foreign state's forces that take ground regain it (actor_roles.tsv ar-3100)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-01"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB))).events


def _at(events, location):
    return next(e for e in events if e.location == location)


def test_a_taking_with_a_borrowed_state_agent_is_the_governments_regaining(extractor):
    evs = _events(extractor, "قصفت قوات النظام السوري بلدة الحراك في ريف درعا. "
                             "وأكد المرصد السيطرة على بلدة بصرى الشام بعد معارك عنيفة.")
    e = _at(evs, "Buşrá ash Shām")
    assert e.actor1 == "Military Forces of Syria (2000-)"
    assert e.sub_event_type == "Government regains territory"


def test_a_borrowed_israeli_agent_in_syria_strikes_from_the_air(extractor):
    evs = _events(extractor, "شنت طائرات إسرائيلية غارات على مواقع عسكرية في ريف دمشق فجر الاثنين. وفي حمص، "
                             "استهدفت صواريخ مطار التيفور العسكري ما أدى إلى مقتل 5 عناصر من قوات النظام.")
    e = _at(evs, "Tiyas (T4) airbase")
    assert e.actor1 == "Military Forces of Israel (1948-)"
    assert e.sub_event_type == "Air/drone strike" and "ar-14" in e.rule_ids


def test_a_foreign_states_taking_is_a_regaining(extractor):
    evs = _events(extractor, "سيطرت القوات التركية على قرية بلبل في ريف عفرين بعد معارك مع الوحدات الكردية.")
    e = _at(evs, "Bulbul")
    assert e.actor1 == "Military Forces of Turkey (2016-)"
    assert e.sub_event_type == "Government regains territory" and "ar-3100" in e.rule_ids


def test_a_partner_in_the_act_is_no_side_of_it(extractor):
    evs = _events(extractor, "هاجمت فصائل الجيش الحر بالتعاون مع القوات التركية مواقع الوحدات الكردية في قرية بلبل.")
    e = _at(evs, "Bulbul")
    assert (e.actor1, e.actor2) == ("Syrian National Army", "YPG: People's Protection Units")


def test_a_coordinating_ally_is_not_the_target_of_a_strike(extractor):
    evs = _events(extractor, "قصفت الطائرات الروسية بالتنسيق مع قوات النظام بلدة اللطامنة في ريف حماة.")
    assert len(evs) == 1
    assert evs[0].actor1 == "Military Forces of Russia (2000-)" and evs[0].actor2 != "Military Forces of Syria (2000-)"


def test_indefinite_forces_with_a_nationality_right_after_the_verb_are_its_subject(extractor):
    # "قوات تركية" right after the verb, with another side named in the object, acted; alone it may have been hit
    evs = _events(extractor, "قصفت قوات تركية مواقع الوحدات الكردية في مدينة عفرين.")
    assert evs and (evs[0].actor1, evs[0].actor2) == ("Military Forces of Turkey (2016-)",
                                                      "YPG: People's Protection Units")
    evs = _events(extractor, "استهدفت قوات تركية بقذائف الهاون في مدينة عفرين.")
    assert evs and evs[0].actor2 == "Military Forces of Turkey (2016-)"
