"""A clash that names its two sides with «بين X و Y» takes them from its own sentence, not from an agent an earlier
sentence lends (g84b): a member word and a group head may stand before the first name («بين مقاتلي فصيل جيش الإسلام»),
the name may be quoted, the trigger row may end on «بين» («قتالا عنيفا بين»), and «من جهة» followed by a place
(«من جهة حرستا») is a direction, not the marker of the other side."""
from __future__ import annotations

import pytest

from marsad_testdata import JAI, REB, RUS, SYR, events_of

PUB = "2018-03-20"
CLASH = "Armed clash"
LEAD = "شنت طائرات روسية غارات على مدينة دوما أمس. "


@pytest.mark.parametrize("text, sides", [
    (LEAD + "وتجري حاليا اشتباكات بين مقاتلي فصيل جيش الإسلام وقوات النظام عند أطراف البلدة.", {JAI, SYR}),
    (LEAD + 'وتجري حاليا اشتباكات بين عناصر فصيل "جيش الإسلام" وقوات النظام عند أطراف البلدة.', {JAI, SYR}),
    (LEAD + "وتجري اشتباكات بين القوات الحكومية وجيش الإسلام عند أطراف دوما من جهة حرستا.", {JAI, SYR}),
    (LEAD + "ووصلت شاحنات إغاثة إلى بلدات الغوطة الشرقية التي تشهد قتالا عنيفا بين فصائل المعارضة "
            "وقوات الجيش السوري.", {REB, SYR}),
])
def test_clash_takes_its_own_between_pair(extractor, text, sides):
    clashes = events_of(extractor, text, CLASH, PUB)
    assert len(clashes) == 1
    ev = clashes[0]
    assert {ev.actor1, ev.actor2} == sides
    assert RUS not in (ev.actor1, ev.actor2)
    assert "actor-document" not in ev.rule_ids and "actor-fallback" not in ev.rule_ids


def test_side_marker_still_splits_two_sides(extractor):
    text = "اندلعت اشتباكات عنيفة بين قوات النظام وحلفائها من جهة وجيش الإسلام من جهة أخرى في محيط دوما."
    clashes = events_of(extractor, text, CLASH, PUB)
    assert len(clashes) == 1
    assert {clashes[0].actor1, clashes[0].actor2} == {SYR, JAI}
