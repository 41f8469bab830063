"""g99af (the place of an answered act given to the answer): a noun of answering that opens a reason clause only
before «على» (function_words reason_on_head: «كرد»، «للرد»; «كرد» alone is also «Kurds») makes the places told after
it the answered act's, not the answering strike's, as «ردا على» already did (places.reason_places)."""
from __future__ import annotations
from marsad_testdata import read_doc


PUB = "2018-04-16"


def _strike_places(extractor, text: str) -> list[str | None]:
    return [e.location for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Air/drone strike"]


def test_kard_ala_clause_place_is_the_answered_attack(extractor):
    places = _strike_places(extractor, "شنت طائرات حربية أمريكية غارات على مواقع عسكرية في سوريا فجر الأحد كرد على "
                                       "هجوم بالغاز على مدينة حرستا.")
    assert places == ["Syria"]


def test_kard_with_an_adjective_and_quotes(extractor):
    places = _strike_places(extractor, "قال مسؤول إن الغارات التي شنتها الولايات المتحدة وفرنسا على مواقع في سوريا "
                                       "السبت جاءت \"كرد قوي\" على استخدام النظام لأسلحة كيماوية في مدينة حرستا.")
    assert "Ḩarastā" not in places


def test_lil_radd_ala_clause_place_is_the_answered_salvo(extractor):
    places = _strike_places(extractor, "قصفت الطائرات الإسرائيلية مواقع عسكرية في سوريا يوم الأحد للرد على إطلاق "
                                       "صواريخ على هضبة الجولان.")
    assert places == ["Syria"]


def test_kurds_before_ala_keep_their_place(extractor):
    # guard: «مقاتلين كرد على أطراف منبج» (Kurds on the outskirts), the act's only place stays
    events = read_doc(extractor, "قتل ثلاثة مقاتلين كرد على أطراف مدينة منبج في قصف تركي يوم الأحد.", PUB).events
    assert [e.location for e in events] == ["Manbij"]


def test_kurds_without_ala_open_no_reason_clause(extractor):
    # guard: «كرد» with no «على» after it is no word of answering
    events = read_doc(extractor, "أصيب مسلحون كرد قرب مدينة منبج في قصف تركي يوم الأحد.", PUB).events
    assert [e.location for e in events] == ["Manbij"]
