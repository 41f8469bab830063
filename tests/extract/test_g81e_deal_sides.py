"""A deal (Agreement) in Syria whose only side read is a non-state group names that group as the side the deal
was made with (actor2); the government, the coder's default, made it (actor1). Branch g81e, actor_roles.tsv
ar-53400, on sentences of our own: the opposition «وافقت على تسليم السلاح» or a faction announcing «التوصل إلى
اتفاق» was actor1 with no actor2."""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad.extract.frames import Mention, apply_roles
from marsad_testdata import read_doc

REBELS = "Opposition Rebels (Syria)"
SYRIA = "Military Forces of Syria (2000-)"
AGREEMENT = "Agreement"


def _mention(actor_id: str) -> Mention:
    return Mention("actor", 0, 1, 0, 1, L.actor_table()[actor_id], actor_id)


def _sides(extractor, text, pub):
    return [(e.actor1, e.actor2) for e in read_doc(extractor, text, pub).events if e.sub_event_type == AGREEMENT]


def test_factions_that_agree_are_the_second_side(extractor):
    text = ("قالت فصائل المعارضة يوم الخميس إنها وافقت على تسليم أسلحتها الثقيلة بموجب اتفاق التسوية "
            "في ريف حماة الجنوبي.")
    assert _sides(extractor, text, "2018-05-04") == [(SYRIA, REBELS)]


def test_faction_announcing_a_deal_is_the_second_side(extractor):
    text = "أعلنت فصائل المعارضة في ريف حمص الشمالي يوم الأربعاء التوصل إلى اتفاق لوقف إطلاق النار."
    assert _sides(extractor, text, "2018-05-03") == [(SYRIA, REBELS)]


def test_government_named_first_is_kept(extractor):
    # the guard: a deal whose sentence names both sides keeps the government first (ar-4)
    text = "توصلت الحكومة السورية وفصائل المعارضة يوم الأربعاء إلى اتفاق لوقف إطلاق النار في ريف حمص الشمالي."
    assert _sides(extractor, text, "2018-05-03") == [(SYRIA, REBELS)]


def test_table_rule_direct():
    # the row acts only on a sole non-state side, or one beside a side set aside (civilians, ar-7800)
    a1, a2, fired = apply_roles("Strategic developments", "Agreement", _mention("syr-reb"), None, "Syria")
    assert (a1, a2.value.id, fired) == (None, "syr-reb", ["ar-53400"])
    a1, a2, fired = apply_roles("Strategic developments", "Agreement", _mention("syr-reb"), _mention("civ"), "Syria")
    assert (a1.value.id, a2.value.id, fired) == ("civ", "syr-reb", ["ar-53400"])
    # a deal of the factions with a foreign state keeps its order (test_actor_roles)
    a1, a2, fired = apply_roles("Strategic developments", "Agreement", _mention("syr-reb"), _mention("tur-mil"), "Syria")
    assert (a1.value.id, a2.value.id, fired) == ("syr-reb", "tur-mil", [])
    # not outside Syria
    a1, a2, fired = apply_roles("Strategic developments", "Agreement", _mention("syr-reb"), None, "Iraq")
    assert (a1.value.id, a2, fired) == ("syr-reb", None, [])
