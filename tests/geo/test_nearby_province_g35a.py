"""g35a: an unknown name (or a namesake abroad) takes the province of the places written near it, those of its own
sentence first. A document's places are resolved among themselves, so the places near it are found among the
mentions being resolved, not in a separate context (which the pipeline no longer passes)."""
from __future__ import annotations

import pytest


def _document_places(geo, text: str) -> dict:
    """Place name -> (gazetteer id, admin1, precision), resolved as the pipeline resolves a document."""
    from marsad.lang.ar.tokens import analyze_text

    places = geo.find_places(analyze_text(text))
    geo.resolve_document(places, text, None, context_places=places)
    return {p.name: (p.gazetteer_id, p.admin1, p.geo_precision) for p in places}


def test_an_unknown_village_takes_the_province_named_beside_it(geo):
    text = ("قصفت الطائرات مدينة إدلب وبلدة سراقب ومدينة معرة النعمان وبلدة خان شيخون. "
            "وفي محافظة حلب المجاورة، استهدفت غارات بلدة كفرزيتونة.")
    got = _document_places(geo, text)
    # the document's province is Idleb; the village is told in the sentence of Aleppo province
    assert got["كفرزيتونة"][1:] == ("Aleppo", 3), got


@pytest.mark.parametrize("other", ["أما في الديوانية فقد تظاهر المئات.", "وفي الناصرية تظاهر المئات."])
def test_a_namesake_abroad_takes_the_province_of_its_own_sentence(geo, other):
    text = ("خرجت مظاهرات في بغداد والنجف وكربلاء. وفي البصرة، قتل متظاهر خلال اشتباكات مع إحدى العشائر "
            "في منطقة الكرمة. " + other)
    got = _document_places(geo, text)
    # the gazetteer's الكرمة is a Syrian village; Basra is named in its sentence, the next town after it
    assert got["الكرمة"][1] == "Basrah", got


@pytest.mark.parametrize("phrase", ["فساد الطبقة السياسية", "مطالب الطبقة الوسطى", "امتيازات الطبقة الحاكمة"])
def test_a_social_class_is_not_al_tabqa(geo, phrase):
    got = _document_places(geo, f"خرج المحتجون في بغداد والبصرة ضد {phrase} في العراق.")
    assert "الطبقة" not in got, got
