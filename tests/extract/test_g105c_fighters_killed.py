"""g105c: killings of fighters told as a side's achievement or as the day's tally are armed clashes, the killer actor1
and the side of the dead actor2.

«تمكنت القوات من قتل عنصرين/عدد من عناصر X» (a members' noun or a word of quantity opening the object, as a count did:
frames._counted_dead_side, function_words dead_quantity), «وقتل 5 من عناصر X» after another verbal noun (the
conjunction is the trigger's clitic), «قتل 7 من مسلحي X بنيران/على يد Y» (the dead counted out by «من», the killer
named by fire or by agent: step._counted_part, _named_killer), and fighters counted dead at a front with no killer
named (trigger_cues dead_front, rule front-dead-94500)."""
from __future__ import annotations

import pytest

from marsad_testdata import ISIS, SYR, events_of, sides_of

PUB = "2018-05-06"  # a Sunday: «يوم السبت» is 5 May
CLASH = "Armed clash"
IRQ = "Military Forces of Iraq (2014-2018)"
HOUTHI = "Military Forces of Yemen (2017-) Houthi"
HADI = "Military Forces of Yemen (2012-2017) Hadi"


@pytest.mark.parametrize("text", [
    "وتمكنت قوات الجيش اليمني يوم السبت من قتل عنصرين من الحوثيين في مديرية صرواح.",
    "وتمكنت قوات الجيش اليمني يوم السبت من قتل عدد من عناصر الحوثيين في مديرية صرواح.",
    "وأعلن الجيش اليمني يوم السبت أسر 3 وقتل 5 من عناصر الحوثيين في مديرية صرواح.",
    "وأعلنت قوات الجيش اليمني يوم السبت أنها قتلت 12 من مسلحي الحوثي في جبهة صرواح.",
])
def test_a_side_that_killed_counted_fighters_fought_them(extractor, text):
    evs = events_of(extractor, text, CLASH, PUB)
    assert sides_of(evs) == {(HADI, HOUTHI)}


def test_fighters_killed_by_the_fire_of_a_named_side(extractor):
    text = "وقتل 7 من مسلحي داعش بنيران الجيش العراقي قرب بيجي يوم السبت."
    assert sides_of(events_of(extractor, text, CLASH, PUB)) == {(IRQ, ISIS)}


def test_fighters_killed_at_the_hands_of_a_named_side(extractor):
    text = "وقتل 17 مقاتلا من قوات النظام على يد مسلحي داعش في ريف حمص يوم السبت."
    assert sides_of(events_of(extractor, text, CLASH, PUB)) == {(ISIS, SYR)}


def test_fighters_counted_dead_at_a_front_are_the_target(extractor):
    text = "وقتل 4 من عناصر ميليشيا الحوثي يوم السبت في جبهة حرض."
    evs = events_of(extractor, text, CLASH, PUB)
    assert [e.actor2 for e in evs] == [HOUTHI]
    assert all(e.actor1 != HOUTHI for e in evs)


@pytest.mark.parametrize("text", [
    # no killer and no front: a toll, as «قتل 14 عنصرا من قوات النظام» (g52a); the dead's side is no agent
    "وقتل 4 من عناصر ميليشيا الحوثي يوم السبت في منطقة حرض.",
    # the side joined after the counted dead is more of the dead, not who killed them
    "وقتل 14 عنصرا من قوات النظام والمسلحين الموالين لها في ريف حمص يوم السبت.",
])
def test_counted_dead_with_no_killer_make_no_clash_of_their_side(extractor, text):
    evs = events_of(extractor, text, CLASH, PUB)
    assert all(e.actor1 not in (HOUTHI, SYR) for e in evs)


def test_fighters_killed_beside_fighters_captured_keep_their_clash_and_count(extractor):
    # the killing joined by «و» to a capture is no word of the arrest's story, and «اعتقال 3» counts no dead
    text = "وأعلن الجيش اليمني يوم السبت اعتقال 3 وقتل 5 من عناصر الحوثيين في مديرية صرواح."
    evs = events_of(extractor, text, CLASH, PUB)
    assert sides_of(evs) == {(HADI, HOUTHI)}
    assert [e.fatalities for e in evs] == [5]
