"""g37b: a country named after "على/ضد" right after a strike ("الضربات على سوريا") is what the strike fell on,
never its agent, even where the name is read as an adjective (function_words counterpart_prep;
frames._pick_actors). Positions or forces named further on ("مواقع إيرانية") stay the target."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-14"
SYRIA = "Military Forces of Syria (2000-)"
IRAN = "Military Forces of Iran (1989-)"
ISRAEL = "Military Forces of Israel (1948-)"


def _strikes(extractor, text):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [e for e in evs if e.event_type == "Explosions/Remote violence"]


def test_the_country_after_ala_is_struck_not_the_striker(extractor):
    evs = _strikes(extractor, "وأكد مسؤول عسكري أن مدمرة واحدة في البحر المتوسط شاركت في الضربات على سوريا فجر السبت.")
    assert evs and all(e.actor1 != SYRIA and e.actor2 == SYRIA for e in evs)


def test_named_positions_further_on_stay_the_target(extractor):
    evs = _strikes(extractor, "وذكرت مصادر محلية أن الغارات الإسرائيلية على سوريا فجر السبت طالت عدة مواقع إيرانية "
                              "قرب العاصمة.")
    assert evs and all((e.actor1, e.actor2) == (ISRAEL, IRAN) for e in evs)
