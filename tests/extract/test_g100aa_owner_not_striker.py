"""g100aa: a side read as the agent of a strike before its trigger (the subject of another clause, «حيث ينتشر حزب
الله») and named after the trigger by name as the owner of the positions hit («مواقع يعتقد أنها تابعة لحزب الله»)
is the target, not the striker (actor_roles.tsv "owner-target" rows ar-70000, ar-70001); the striker is left to the
coder's defaults. A striker read after the trigger, a different owner, and positions the strike came from («انطلاقا
من قاعدة تابعة لـ») stay as they were.
"""
from __future__ import annotations

import pytest

from marsad_testdata import SYR, read_doc

HZB, ISR, RUS = "Hezbollah", "Military Forces of Israel (1948-)", "Military Forces of Russia (2000-)"


def _first_at(extractor, text: str, location: str):
    """The first event placed at ``location`` (its actor1, actor2 and rule ids), or None."""
    evs = [e for e in read_doc(extractor, text, "2018-05-20").events if e.location == location]
    return (evs[0].actor1, evs[0].actor2, list(evs[0].rule_ids)) if evs else None


@pytest.mark.parametrize("text, owner, row", [
    ("وقال المصدر إن القصف طال مواقع في بلدة الكسوة حيث ينتشر حزب الله، كما استهدفت مواقع يعتقد أنها تابعة "
     "لحزب الله قرب مدينة درعا.", HZB, "ar-70001"),
    ("وأضاف المرصد أن الصواريخ سقطت في بلدة الكسوة حيث ينتشر حزب الله، كما استهدفت مقرات تابعة لحزب الله قرب "
     "مدينة درعا.", HZB, "ar-70001"),
])
def test_owner_of_positions_hit_is_the_target(extractor, text, owner, row):
    a1, a2, rules = _first_at(extractor, text, "Dar‘ā")
    assert a1 != owner and a2 == owner and row in rules


@pytest.mark.parametrize("text, location, pair", [
    # the striker read after the trigger stays
    ("واستهدفت الصواريخ الإسرائيلية مواقع تابعة لحزب الله قرب مدينة درعا.", "Dar‘ā", (ISR, HZB)),
    # another side owns the positions
    ("قصفت قوات النظام مواقع تابعة لفصائل المعارضة قرب بلدة صوران.", "Şūrān", (SYR, "Opposition Rebels (Syria)")),
    # the positions the strike came from are the striker's own
    ("قال ناشطون إن الطائرات الروسية قصفت بلدة صوران انطلاقا من قاعدة تابعة للقوات الروسية.", "Şūrān",
     (RUS, "Opposition Rebels (Syria)")),
])
def test_owner_rule_does_not_overfire(extractor, text, location, pair):
    a1, a2, rules = _first_at(extractor, text, location)
    assert (a1, a2) == pair and not any(r.startswith("ar-7000") for r in rules)
