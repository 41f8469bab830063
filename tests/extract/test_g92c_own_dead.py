"""g92c: a side's men counted by a pronoun of possession just before the act («مقتل أحد جنوده إثر هجوم شنه مسلحون»،
«مقتل اثنين من عناصرها في هجوم») are that side's dead, so the side named before them is the target
(frames.possessor_dead_before, function_words own_men_count).
"""
from __future__ import annotations
from marsad_testdata import read_doc


PUB = "2018-05-08"


def _battles(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Battles"]


def test_army_one_of_its_soldiers_killed_is_the_target(extractor):
    evs = _battles(extractor, "أعلن الجيش التركي يوم الثلاثاء مقتل أحد جنوده إثر هجوم شنه مسلحون على موقع عسكري "
                              "شمالي العراق.")
    assert evs and all(e.actor2 == "Military Forces of Turkey (2016-)" for e in evs)
    assert all(e.actor1 != "Military Forces of Turkey (2016-)" for e in evs)


def test_police_two_of_its_men_killed_is_the_target(extractor):
    evs = _battles(extractor, "أعلنت الشرطة العراقية يوم الثلاثاء مقتل اثنين من عناصرها في هجوم نفذه مسلحون "
                              "مجهولون قرب كركوك.")
    assert evs and all(e.actor2 == "Police Forces of Iraq (2014-2018)" for e in evs)


def test_uncounted_own_men_name_no_target(extractor):
    # «إصابة جنوده» is not counted: the guard keeps the target unread, as before
    evs = _battles(extractor, "أعلن الجيش التركي يوم الثلاثاء إصابة جنوده في هجوم شنه مسلحون شمالي العراق.")
    assert evs and all(e.actor2 is None for e in evs)
