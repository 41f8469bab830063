"""g99w: the agent a sentence with none borrows from the document (actor-fallback) is the side the document names
most; a side named only among the dead («بين القتلى مقاتلون إيرانيون»، «بينهم ... ومقاتلون إيرانيون») or as the owner
of positions («مواقع إيرانية») is no agent, so those mentions are not counted (function_words not_side_before,
positions; fallback-aside-66300). Composed sentences.
"""
from __future__ import annotations
from marsad_testdata import read_doc


PUB = "2018-05-13"
ISR = "Military Forces of Israel (1948-)"
IRN = "Military Forces of Iran (1989-)"
SYR = "Military Forces of Syria (2000-)"


def _borrowed(extractor, text: str) -> list[tuple[str | None, str | None, bool]]:
    """(actor1, actor2, cites the rule) of each event whose actor1 the document lent."""
    return [(e.actor1, e.actor2, "fallback-aside-66300" in e.rule_ids) for e in read_doc(extractor, text, PUB).events
            if "actor-fallback" in e.rule_ids]


def test_fighters_among_the_dead_are_no_agent(extractor):
    text = ("استهدفت يوم الخميس قاعدة عسكرية تابعة للجيش السوري قرب حمص، وقتل فيها 9 عناصر، ومن بين القتلى مقاتلون "
            "إيرانيون. وأكدت مصادر مقتل 4 مقاتلين إيرانيين في القاعدة. وكانت إسرائيل قد هددت بضرب أي تموضع قرب "
            "حدودها، وتقول إسرائيل إنها لن تسمح بذلك.")
    assert _borrowed(extractor, text) == [(ISR, SYR, True)]


def test_listed_dead_and_positions_owner_are_no_agent(extractor):
    text = ("استهدفت يوم الخميس قاعدة عسكرية تابعة للجيش السوري قرب حمص، وقتل فيها 9 عناصر بينهم ضابطان سوريان "
            "ومقاتلون إيرانيون. وكانت إسرائيل قد هددت بضرب مواقع إيرانية في سوريا، وتقول إسرائيل إنها لن تسمح "
            "بتموضع قوات إيرانية قرب حدودها.")
    assert _borrowed(extractor, text) == [(ISR, SYR, True)]


def test_a_side_named_as_subject_still_counts(extractor):
    # guard: mentions with no such cue before them count as before: the side named most is still lent
    text = ("استهدفت يوم الخميس قاعدة عسكرية تابعة للجيش السوري قرب حمص، وقتل فيها 9 عناصر. وكانت القوات الإيرانية "
            "قد نشرت صواريخ قرب الحدود، وتقول إسرائيل إن القوات الإيرانية تهدد أمنها، وتوعدت القوات الإيرانية بالرد.")
    assert _borrowed(extractor, text) == [(IRN, SYR, False)]
