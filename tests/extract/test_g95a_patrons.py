"""Clients named with their patron: the patron after «موالية ل/مدعومين من» is no side (branch g95a; sentences of
our own). The Turkish-backed factions in their indefinite spellings are the SNA, «وكلاء إيران في اليمن» are the
Houthis, and the patron after a noun of parties or factions with «الموالية» («مقار الأحزاب الموالية لإيران») is
not the side attacked."""
from __future__ import annotations

from marsad_testdata import fields_of

PUB = "2018-03-20"
SNA = "Syrian National Army"


def _sides(extractor, text: str, pub: str = PUB) -> list[tuple]:
    return [(a1, a2) for et, a1, a2 in fields_of(extractor, text, pub, "event_type", "actor1", "actor2")]


def test_indefinite_turkish_backed_factions_are_sna(extractor):
    text = "سيطرت فصائل سورية مسلحة موالية لأنقرة يوم الأحد على قرية بلبل شمال عفرين بعد اشتباكات مع المقاتلين الأكراد."
    sides = _sides(extractor, text)
    assert sides and sides[0][0] == SNA


def test_gunmen_backed_by_turkey_are_sna(extractor):
    text = "نهب مسلحون مدعومون من تركيا المحلات التجارية في مدينة عفرين يوم الأحد."
    sides = _sides(extractor, text)
    assert sides and sides[0][0] == SNA


def test_iran_proxies_in_yemen_are_houthis(extractor):
    text = "أطلق وكلاء إيران في اليمن صاروخا بالستيا على مدينة الرياض أمس."
    sides = _sides(extractor, text)
    assert sides and sides[0][0] == "Military Forces of Yemen (2017-) Houthi"


def test_patron_of_parties_is_not_attacked(extractor):
    text = "أحرق المتظاهرون مقار الأحزاب الموالية لإيران في مدينة البصرة أمس."
    sides = _sides(extractor, text, "2018-09-07")
    assert sides == [("Rioters (Iraq)", None)]
