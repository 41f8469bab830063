"""g100aj: two foes' strikes folded into one event keep the kind of the act whose attacker the event keeps
(merge._foe_kind, rule id 70800): one side's rockets merged with the other side's raids are the rockets' shelling,
not an air strike given the rockets' attacker. Sentences composed for these tests."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-11"
IRAN, ISRAEL = "Military Forces of Iran (1989-)", "Military Forces of Israel (1948-)"
RUSSIA, SYRIA, CIV = "Military Forces of Russia (2000-)", "Military Forces of Syria (2000-)", "Civilians (Syria)"
AIR, SHELL, ERV = "Air/drone strike", "Shelling/artillery/missile attack", "Explosions/Remote violence"


def _sides(doc) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events if e.event_type == ERV]


def test_one_sentence_telling_raids_and_the_rockets_they_answered_keeps_the_rockets_a_shelling(extractor):
    # «الغارات» takes the document's agent (Israel) and the rockets' sentence recasts the event to Iran on Israel:
    # the event is the rockets', so their kind
    text = ("أعلن الجيش الإسرائيلي فجر الخميس أن مقاتلاته قصفت مواقع تابعة للحرس الثوري الإيراني قرب دمشق. "
            "وجاءت الغارات في أعقاب إطلاق الحرس الثوري الإيراني صواريخ على مواقع الجيش الإسرائيلي في الجولان.")
    sides = _sides(read_doc(extractor, text, PUB))
    assert (SHELL, IRAN, ISRAEL) in sides and (AIR, ISRAEL, IRAN) in sides
    assert (AIR, IRAN, ISRAEL) not in sides


def _strike(start: int, sub: str, actor1: str, actor2: str | None, rules: list[str], confidence: float = 0.5):
    from marsad.model import Event, Evidence
    ev = Event(ERV, sub, date_start="2018-05-10", date_end="2018-05-10", event_date="2018-05-10",
               actor1=actor1, actor2=actor2, location_text="الجولان", latitude=33.0, longitude=35.8,
               geo_precision=2, gazetteer_id="gn:golan", rule_ids=rules, confidence=confidence)
    ev.evidence = [Evidence("d", start, start + 10, "x")]
    return ev


def test_raids_whose_attacker_is_only_the_documents_keep_the_read_rockets_kind():
    from marsad.extract.step import merge_within
    rockets = _strike(0, SHELL, IRAN, None, ["tr-shell-12"])
    # the raids' word is the more confident: without the rule the event would take their kind
    raids = _strike(200, AIR, ISRAEL, None, ["tr-air-18", "definite", "place-context", "actor-document"], 0.9)
    merged = merge_within([rockets, raids])
    assert [(e.sub_event_type, e.actor1) for e in merged] == [(SHELL, IRAN)] and "70800" in merged[0].rule_ids


def test_allies_on_one_target_keep_the_usual_kind():
    # guard: Russia's raids and the government's shelling of one town are no foes' exchange
    from marsad.extract.step import merge_within
    shelling = _strike(0, SHELL, SYRIA, CIV, ["tr-shell-12"])
    raids = _strike(200, AIR, RUSSIA, CIV, ["tr-air-3", "actor-document"], 0.9)
    merged = merge_within([shelling, raids])
    assert all("70800" not in e.rule_ids for e in merged) and AIR in [e.sub_event_type for e in merged]


def test_two_foes_in_two_sentences_stay_two_events(extractor):
    # guard: each act read with its own sides stays its own event with its own kind
    text = ("أطلقت قوات إيرانية فجر الخميس 20 صاروخا على مواقع الجيش الإسرائيلي في الجولان. "
            "وردت إسرائيل بغارات جوية على مواقع القوات الإيرانية في الجولان.")
    sides = _sides(read_doc(extractor, text, PUB))
    assert sorted(sides) == sorted([(SHELL, IRAN, ISRAEL), (AIR, ISRAEL, IRAN)])
