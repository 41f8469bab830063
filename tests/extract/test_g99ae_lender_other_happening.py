"""g99ae: an agentless mention borrows the agent of the nearest mention of its sub-type (actor-document), but not from
a mention of another happening: one dated, in its own sentence, more than two days from the borrower's own date
(lender-day-66900), nor one told before a sentence opened as another front or a separate incident («وعلى جبهة أخرى»،
«وفي حادث منفصل»; function_words separate_head/separate_mod, lender-front-66901). Composed sentences.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-20"


def _rules_at(extractor, text: str, location: str) -> list[list[str]]:
    """The rule ids of each event at ``location``."""
    return [e.rule_ids for e in read_doc(extractor, text, PUB).events if e.location == location]


def test_lender_of_another_day_lends_nothing(extractor):
    text = ("اشتبكت قوات سوريا الديمقراطية مع مسلحي تنظيم الدولة يوم 2 أيار قرب هجين. وفي 18 أيار، دارت اشتباكات "
            "عنيفة في ريف حماة أسفرت عن مقتل 5 مسلحين.")
    rules = _rules_at(extractor, text, "Ḩamāh")
    assert rules and all("actor-document" not in r for r in rules)


def test_sentence_opened_as_another_front_borrows_nothing_before_it(extractor):
    text = ("اشتبكت قوات النظام السوري مع فصائل المعارضة في الغوطة الشرقية أمس. وعلى جبهة أخرى في ريف حلب، دارت "
            "اشتباكات عنيفة أمس أسفرت عن مقتل 5 مسلحين.")
    rules = _rules_at(extractor, text, "Aleppo")
    assert rules and all("actor-document" not in r for r in rules)


def test_statement_day_against_act_day_still_lends(extractor):
    # guard: a statement of the 19th telling of strikes on the 18th is one happening, a day apart
    text = ("قال الجيش التركي يوم 19 أيار إن طائراته الحربية نفذت غارات جوية على مواقع للمسلحين. وأضاف أن الغارات "
            "الجوية التي نفذت يوم 18 أيار استهدفت مواقع في جبال قنديل.")
    events = read_doc(extractor, text, PUB).events
    assert [(e.actor1, "actor-document" in e.rule_ids) for e in events] == [("Military Forces of Turkey (2016-)", True)]


def test_a_named_front_is_no_other_front(extractor):
    # guard: «وعلى جبهة الغوطة» names the same front; only «جبهة أخرى» opens another
    text = ("اشتبكت قوات النظام السوري مع فصائل المعارضة في الغوطة الشرقية أمس. وعلى جبهة الغوطة، دارت اشتباكات "
            "عنيفة أمس أسفرت عن مقتل 5 مسلحين.")
    events = read_doc(extractor, text, PUB).events
    assert any("actor-document" in e.rule_ids for e in events)
