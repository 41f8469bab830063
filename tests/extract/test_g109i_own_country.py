"""g109i: the country an act is told in right after its trigger («لأهداف في سوريا») is its place; a town or region of
another country told after it in the sentence («... مع تحليق للطيران فوق مناطق في جنوب لبنان») is another happening's,
not a finer place of the act (rule place-own-country-126510, places.abroad_after_country)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-22"
RULE = "place-own-country-126510"


def _strikes(extractor, text):
    """(location, country, rule ids) of each strike read in ``text``."""
    doc = read_doc(extractor, text, PUB)
    return [(e.location, e.country, e.rule_ids) for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_a_region_of_another_country_told_after_is_not_the_strike_place(extractor):
    evs = _strikes(extractor, "وترافق القصف الإسرائيلي على مواقع في سوريا أمس مع تحليق مكثف للطائرات الحربية "
                              "فوق قرى كثيرة في جنوب لبنان.")
    assert evs, "no strike read"
    assert all(country == "Syria" for _, country, _ in evs), evs
    assert any(RULE in rules for _, _, rules in evs)
    # the rule only sets aside another country's places: a town of the country told is where the act was
    evs = _strikes(extractor, "قصفت الطائرات أمس مواقع في سوريا قرب مدينة تدمر.")
    assert evs and evs[0][0] != "Syria", evs
    assert not any(RULE in rules for _, _, rules in evs)
    # «من سوريا» tells where the rockets came from, not where they struck: the rule does not read it
    evs = _strikes(extractor, "أطلقت صواريخ أمس من سوريا على بلدة كريات شمونة في شمال إسرائيل.")
    assert not any(RULE in rules for _, _, rules in evs)
