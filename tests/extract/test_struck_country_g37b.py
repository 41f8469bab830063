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


def _events(extractor, text, pub):
    return extractor(MetaStep()(Document(text=text, published=pub))).events


def test_the_first_of_joined_subjects_leads(extractor):
    # "X وY الموالية لها سيطروا": the Turkish army leads, the factions allied with it are its associate
    evs = [e for e in _events(extractor, "وقالت مصادر محلية إن الجيش التركي والفصائل السورية المتحالفة معه سيطروا أمس "
                                         "على قرية قرب عفرين.", "2018-03-09") if e.event_type == "Battles"]
    assert evs and all(e.actor1 == "Military Forces of Turkey (2016-)" for e in evs)


def test_the_sides_of_between_are_no_joined_subject(extractor):
    # "بين X وY": the two sides of a clash; the side named last stays the nearest agent of a later shelling
    evs = [e for e in _events(extractor, "وتتواصل المعارك بين مقاتلي تنظيم داعش وقوات سوريا الديمقراطية قرب البلدة، "
                                         "بالتزامن مع قصف مدفعي تتعرض له المنطقة.", "2018-07-14")
           if e.event_type == "Explosions/Remote violence"]
    assert evs and all(e.actor1 != "Islamic State (Iraq and Syria)" for e in evs)


def test_militiamen_named_by_their_patron_are_the_ndf(extractor):
    # "مسلحين موالين للنظام": the militia is the side, not its patron ("للنظام" read as the government)
    evs = [e for e in _events(extractor, "وأفاد المرصد بمقتل 12 مسلحا من داعش في هجوم شنه التنظيم على قرية يسيطر عليها "
                                         "المقاتلون الموالون للنظام في ريف السويداء الشرقي أمس.", "2018-07-20")
           if e.event_type == "Battles"]
    assert evs and all("Military Forces of Syria (2000-)" not in (e.actor1, e.actor2) for e in evs)
