"""A deal (Agreement) in Syria whose only side read is a non-state group names that group as the side the deal
was made with (actor2); the government, the coder's default, made it (actor1). Branch g81e, actor_roles.tsv
ar-53400, on sentences of our own: the opposition «وافقت على تسليم السلاح» or a faction announcing «التوصل إلى
اتفاق» was actor1 with no actor2."""
from __future__ import annotations

from marsad_testdata import read_doc

REBELS = "Opposition Rebels (Syria)"
SYRIA = "Military Forces of Syria (2000-)"
AGREEMENT = "Agreement"


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
