"""g98pp: Israeli towns and regions struck from Gaza or Syria in the 2018 news (places_extra.tsv pl-51860..pl-51869):
سديروت، عسقلان، أسدود and «جنوب إسرائيل» told as a launch's target were left at the Gaza Strip (the launch side) or
had no place. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"


def _places(extractor, text, published="2018-07-15"):
    doc = read_doc(extractor, text, published)
    return [(e.location, e.admin1, e.country) for e in doc.events if e.event_type == ERV]


def test_a_rocket_on_sderot_is_at_the_town(extractor):
    got = _places(extractor, "سقطت قذيفة صاروخية أطلقت من القطاع على مدينة سديروت مساء السبت وألحقت أضرارا بمنزل.")
    assert got == [("Sderot", "HaDarom", "Israel")]


def test_a_rocket_on_ashkelon_is_at_the_town(extractor):
    got = _places(extractor, "أصيب ثلاثة أشخاص بسقوط صاروخ أطلق من القطاع على مدينة عسقلان فجر الأحد.")
    assert got == [("Ashkelon", "HaDarom", "Israel")]


def test_rockets_launched_at_southern_israel_are_there_not_at_the_launch_side(extractor):
    got = _places(extractor, "أطلقت صواريخ من قطاع غزة باتجاه جنوب إسرائيل مساء الثلاثاء.")
    assert got == [("Southern Israel", "HaDarom", "Israel")]


def test_the_envelope_of_gaza_is_a_region_of_israel(extractor):
    got = _places(extractor, "سقطت قذيفتا هاون في مستوطنات غلاف غزة صباح الأربعاء دون إصابات.")
    assert got == [("Gaza envelope", "HaDarom", "Israel")]


def test_a_strike_in_reply_to_an_attack_on_the_north_stays_in_syria(extractor):
    """Guard: the region named in a reason clause is not where the reply struck; إسرائيل stays the acting state."""
    doc = read_doc(extractor, "قصفت طائرات حربية إسرائيلية مواقع في سوريا ردا على هجوم صاروخي استهدف شمالي إسرائيل الأربعاء.",
                   "2018-07-15")
    assert [e.country for e in doc.events] and all(e.country == "Syria" for e in doc.events)


def test_the_venerable_is_no_galilee(extractor):
    """Guard: الجليل alone is an adjective (a stop row), not the Galilee."""
    doc = read_doc(extractor, "قصفت قوات النظام بلدة اللطامنة حيث دفن الشيخ الجليل يوم الأحد.", "2018-07-15")
    assert all(e.location != "Upper Galilee" for e in doc.events)
