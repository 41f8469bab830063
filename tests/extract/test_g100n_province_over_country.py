"""g100n (recall audit by random documents): a province named by one mention refines another's whole country.

An act told first at the country («احتجاز ... في سوريا») and then with its province in a sentence of its own («اعتقلته
... في محافظة الحسكة») is one event at the province; both places are precision 3, so the finer-place test by precision
alone kept the country (merge._province_over_country, mark place-province-69000). A named region (the Golan) is no
province, and a protest placed at the whole country in a riot's own sentence stays that riot's start when the riot
moves to its province (filters.without_protests_of_riots)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-22"  # a Sunday
MARK = "place-province-69000"


def _events(extractor, text: str) -> list:
    return read_doc(extractor, text, PUB).events


def test_an_arrest_told_at_the_country_then_at_its_province(extractor):
    text = ("أفادت تقارير باعتقال مواطن فرنسي في سوريا بتهمة الانتماء لتنظيم داعش. "
            "وكانت قوات كردية قد اعتقلته في محافظة الحسكة قبل نحو أسبوعين.")
    evs = _events(extractor, text)
    assert [(e.sub_event_type, e.location) for e in evs] == [("Arrests", "Al-Hasakeh")]
    assert MARK in evs[0].rule_ids


def test_a_riot_told_at_the_country_then_at_its_province_is_one_event(extractor):
    text = ("امتدت الاحتجاجات في العراق يوم السبت إلى عدة محافظات وسط مواجهات بين المتظاهرين وقوات الأمن. "
            "وسقط جرحى خلال مواجهات بين قوات الأمن ومتظاهرين في محافظة ميسان.")
    evs = _events(extractor, text)
    assert [(e.sub_event_type, e.location) for e in evs] == [("Violent demonstration", "Maysan")]


def test_a_named_region_does_not_refine_the_country(extractor):
    text = ("قالت إسرائيل إن طائراتها قصفت مواقع إيرانية في سوريا فجر الأحد. "
            "وقال الجيش الإسرائيلي إن الغارات استهدفت مواقع في هضبة الجولان الأحد.")
    evs = _events(extractor, text)
    assert [(e.sub_event_type, e.location) for e in evs] == [("Air/drone strike", "Syria")]
    assert MARK not in evs[0].rule_ids
