"""A back word that tells the act's place in place of the named one (q30a): told between the trigger and the named
place ("فصائل في المحافظة اتفاقا ينص على ... في محافظة إدلب": the province told before, not the terms' Idlib), when it
says more exactly where or lies in another province; a district of the town told before stays."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-08"


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [(e.sub_event_type, e.location, e.rule_ids) for e in doc.events]


def test_a_back_word_told_before_the_named_place_is_the_act_s_place(extractor):
    events = _events(extractor, (
        "تواصل قوات النظام منذ أسبوعين حملتها العسكرية في محافظة درعا جنوب البلاد.\n"
        "وأبرمت روسيا مع فصائل معارضة في المحافظة السبت اتفاقا ينص على تسليم السلاح الثقيل وترحيل الرافضين للتسوية "
        "في محافظة إدلب."))
    # the verb's agreement and the noun "اتفاقا" that names it, both told after the back word
    agreements = [(loc, rules) for st, loc, rules in events if st == "Agreement"]
    assert agreements and all(loc == "Dar'a" for loc, _ in agreements), events
    assert any("place-specified" in rules for _, rules in agreements), events


def test_a_district_of_the_town_told_before_stays(extractor):
    events = _events(extractor, (
        "دخلت قوات النظام مدينة حمص قبل سنوات.\n"
        "وقصفت قوات النظام السبت أطراف المدينة في حي الوعر."))
    shelled = [(loc, rules) for st, loc, rules in events if st == "Shelling/artillery/missile attack"]
    assert shelled and all("place-specified" not in rules for _, rules in shelled), events
