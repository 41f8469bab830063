"""g96b: «أحد» before a member word with its owner's pronoun («مقتل أحد جنوده»، «أحد عناصرها») is one of that side's men,
one dead, as «أحد عناصر الشرطة» is (frames._one_of_group).
"""
from __future__ import annotations
from marsad_testdata import dead_of


PUB = "2018-05-08"


def _dead(extractor, text):
    return dead_of(extractor, text, PUB, ("Battles", "Explosions/Remote violence"))


def test_one_of_its_soldiers_killed_is_one_dead(extractor):
    assert _dead(extractor, "أعلن الجيش التركي يوم الثلاثاء مقتل أحد جنوده في هجوم شنه مسلحون على موقع عسكري "
                            "شمالي العراق.") == [1]


def test_one_of_its_men_killed_by_a_bomb_is_one_dead(extractor):
    assert _dead(extractor, "أعلنت الشرطة العراقية يوم الأربعاء مقتل أحد عناصرها بانفجار عبوة ناسفة قرب كركوك.") == [1]


def test_nobody_killed_stays_uncounted(extractor):
    # guard: «لم يقتل أحد» (nobody) is no dead
    assert all(not d for d in _dead(extractor, "انفجرت عبوة ناسفة يوم الأربعاء قرب دورية للشرطة في كركوك ولم يقتل أحد."))
