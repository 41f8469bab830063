"""An IED told as a dual (branch g63d): «عبوتان ناسفتان» is a roadside bomb like its plural, not shelling read from the
verb beside it; and al-Mataaiyah (المتاعية, eastern Dar'a countryside), missing from the gazetteer, is a town of its own."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-01"


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _explosions(doc):
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_two_roadside_bombs_told_as_a_dual_are_an_ied(extractor):
    doc = _run(extractor, "استهدفت عبوتان ناسفتان مساء الخميس دورية للشرطة في مدينة الموصل، ما أدى إلى إصابة ثلاثة عناصر.")
    evs = _explosions(doc)
    assert evs and evs[0].sub_event_type == "Remote explosive/landmine/IED"
    assert "tr-ied-43503" in evs[0].rule_ids


def test_the_oblique_dual_is_read_too(extractor):
    doc = _run(extractor, "قال مصدر أمني إن مسلحين فجروا عبوتين ناسفتين أمس قرب سوق في مدينة كركوك.")
    evs = _explosions(doc)
    assert evs and evs[0].sub_event_type == "Remote explosive/landmine/IED"
    assert "tr-ied-43502" in evs[0].rule_ids


def test_al_mataaiyah_in_a_list_of_struck_towns_gets_its_event(extractor):
    doc = _run(extractor, "تعرضت بلدات الجيزة والمتاعية ونصيب في ريف درعا الشرقي أمس لغارات جوية مكثفة.")
    places = {e.location for e in _explosions(doc)}
    assert "Al-Mataaiyah" in places
    ev = next(e for e in _explosions(doc) if e.location == "Al-Mataaiyah")
    assert ev.admin1 == "Dar'a" and ev.geo_precision == 1
