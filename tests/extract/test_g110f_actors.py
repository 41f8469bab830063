"""Actors of deals and of Turkish-backed forces, on sentences of our own (branch g110f): a deal whose phrase names its
sides («بين الحكومة ومسلحي المعارضة»، «الذي أبرمته روسيا مع الفصائل») has none before its noun (deals.sides_told_after,
step DEAL_SIDES_AFTER), coded as a deal phrase's are (the foreign state, else the home state, first); the forces named
by their Turkish patron with a verb or «المدعومة من» are the Syrian National Army (actors.tsv sna)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-07-12"  # a Thursday
AGREEMENT = "Agreement"
RUSSIA = "Military Forces of Russia (2000-)"
SYRIA = "Military Forces of Syria (2000-)"
REBELS = "Opposition Rebels (Syria)"
ISIS = "Islamic State (Iraq and Syria)"
SNA = "Syrian National Army"


def _deals(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == AGREEMENT]


def test_the_group_left_out_of_a_deal_is_no_side_of_it(extractor):
    deals = _deals(extractor, "ويقع الجيب الذي يسيطر عليه تنظيم داعش غرب مدينة نوى، خارج اتفاق التسوية الذي أبرمته "
                              "روسيا مع فصائل المعارضة في الجنوب.")
    assert deals
    assert {(e.actor1, e.actor2) for e in deals} == {(RUSSIA, REBELS)}
    assert all("deal-sides-after-132500" in e.rule_ids for e in deals)


def test_the_sides_after_between_win_over_a_neighbours_group(extractor):
    deals = _deals(extractor, "وينتشر عناصر من تنظيم داعش قرب بلدة تسيل، التي شهدت يوم الثلاثاء توقيع اتفاق تسوية بين "
                              "الحكومة ومسلحي المعارضة.")
    assert deals
    assert {(e.actor1, e.actor2) for e in deals} == {(SYRIA, REBELS)}


def test_a_foreign_maker_in_the_phrase_is_named_first(extractor):
    deals = _deals(extractor, "دخل الجيش السوري يوم الثلاثاء إلى بلدة الضمير، بعد الاتفاق الذي وقعته "
                              "الفصائل المسلحة مع روسيا والحكومة السورية.")
    assert deals
    assert {(e.actor1, e.actor2) for e in deals} == {(RUSSIA, REBELS)}


def test_a_group_that_reached_the_deal_before_its_noun_stays_its_side(extractor):
    # no sides told after the noun by «بين» or a verb that made it: the subject is the deal's side
    deals = _deals(extractor, "توصلت فصائل المعارضة يوم الثلاثاء إلى اتفاق مع الحكومة السورية في بلدة الضمير.")
    assert deals
    assert all(REBELS in (e.actor1, e.actor2) for e in deals)
    assert all("deal-sides-after-132500" not in e.rule_ids for e in deals)


@pytest.mark.parametrize("text", [
    "سيطرت قوات تدعمها تركيا يوم الثلاثاء على قرية جديدة في ريف عفرين.",
    "سيطرت القوات المدعومة من تركيا يوم الثلاثاء على قرية جديدة في ريف عفرين.",
    "سيطرت الفصائل التي تدعمها أنقرة يوم الثلاثاء على قرية جديدة في ريف عفرين.",
])
def test_forces_named_by_their_turkish_patron_are_the_sna(extractor, text):
    events = read_doc(extractor, text, PUB).events
    assert events
    assert {e.actor1 for e in events} == {SNA}
