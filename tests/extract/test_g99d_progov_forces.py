"""The government's forces named by their patron (branch g99d; sentences of our own): «القوات الموالية للحكومة»،
«قوات موالية لدمشق/للأسد» are the Syrian army, as «القوات الموالية للنظام» already was, so an attack on them has its
target; in Iraq the same words are the Iraqi army (abc-63100), and a source inside them is no side."""
from __future__ import annotations

from marsad_testdata import SYR, fields_of

PUB = "2018-05-20"
IS = "Islamic State (Iraq and Syria)"


def _sides(extractor, text: str) -> list[tuple]:
    """The (actor1, actor2) of each event read in ``text``."""
    return fields_of(extractor, text, PUB, "actor1", "actor2")


def test_is_attack_on_forces_loyal_to_damascus_has_target(extractor):
    text = "هاجم تنظيم الدولة الإسلامية أمس مواقع القوات الموالية لدمشق في بادية السويداء وقتل سبعة منهم."
    assert _sides(extractor, text) == [(IS, SYR)]


def test_rebels_clash_with_progovernment_forces(extractor):
    text = "اشتبكت فصائل المعارضة أمس مع قوات موالية للحكومة في بلدة اللطامنة بريف حماة الشمالي."
    assert _sides(extractor, text) == [("Opposition Rebels (Syria)", SYR)]


def test_dead_of_progovernment_forces_are_the_target(extractor):
    # The whole name is one actor: the dead «عناصر من القوات الموالية للحكومة السورية» are the side attacked.
    text = "قتل ثمانية عناصر من القوات الموالية للحكومة السورية أمس في هجوم لتنظيم الدولة على قرية الطيبة في ريف حمص."
    assert _sides(extractor, text) == [(IS, SYR)]


def test_progovernment_forces_in_iraq_are_iraqi_army(extractor):
    text = "هاجم مسلحون أمس قوات موالية للحكومة العراقية في قضاء الحويجة جنوب غرب كركوك."
    assert _sides(extractor, text) == [("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2014-2018)")]


def test_source_in_progovernment_forces_is_no_side(extractor):
    # Guard: the source quoted stays a source; the strike keeps its own agent and the Syrian target.
    text = "قال مصدر في القوات الموالية لدمشق إن صواريخ إسرائيلية استهدفت أمس مطار دمشق الدولي."
    assert _sides(extractor, text) == [("Military Forces of Israel (1948-)", SYR)]


def test_loyal_to_turkey_stays_sna(extractor):
    # Guard: the patron decides; forces loyal to Ankara are not the government's.
    text = "قصفت القوات الموالية لتركيا أمس قرية تل رفعت شمال حلب."
    sides = _sides(extractor, text)
    assert sides and sides[0][0] == "Syrian National Army"
