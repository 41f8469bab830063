"""A toll's rise told with no act, place, side or cause is a running total, no one act's dead (branch g99aa), on
sentences of our own.

«وارتفع عدد القتلى المدنيين إلى 32» counts the dead of an offensive or of a day over a region, shared by its many
strikes and clashes: ACLED leaves each act's fatalities empty rather than give one of them the whole. A rise bound to
its act by a cause («جراء الغارة») or by the act named with the dead («قتلى التفجير») stays the act's new toll.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-06-26"  # a Tuesday


def _dead(extractor, text: str) -> list:
    doc = read_doc(extractor, text, PUB, "خبر")
    evs = [e for e in doc.events if e.event_type in ("Explosions/Remote violence", "Battles")]
    assert evs
    return [e.fatalities for e in evs]


BARE = [
    # the dead before the verb, «قد» between
    "شنت الطائرات الحربية غارات على بلدات عدة في ريف حماة الشمالي الثلاثاء، وقال المرصد إن عدد القتلى قد "
    "ارتفع إلى 9 أشخاص على الأقل، مع استمرار القصف.\n",
    # the dead after the verb, one adjective
    "واصلت قوات النظام قصفها المدفعي على بلدات ريف إدلب الجنوبي يوم الثلاثاء، وارتفع عدد القتلى المدنيين "
    "إلى 14 على الأقل، فيما تواصلت المعارك على أطراف المنطقة.\n",
]

BOUND = [
    # a cause right after the figure binds it to the strike
    ("قال مسؤولون إن عدد القتلى الأتراك قد ارتفع إلى 6 جراء الغارة الجوية على قاعدة عسكرية قرب مدينة كركوك الأحد.\n",
     [6]),
    # the act named with the dead («قتلى التفجير»)
    ("ارتفع عدد قتلى التفجير الانتحاري في سوق مدينة الرمادي إلى 12 قتيلا الأحد.\n", [12]),
]


@pytest.mark.parametrize("text", BARE)
def test_bare_rise_gives_no_act_the_running_toll(extractor, text):
    assert all(not d for d in _dead(extractor, text))


@pytest.mark.parametrize("text,dead", BOUND)
def test_rise_bound_to_its_act_stays_its_toll(extractor, text, dead):
    assert _dead(extractor, text) == dead
