"""g97a: a named one dead joined by «و» to his companions counts them too: «مقتله وسائقه» 2, «مقتلها وطفليها» 3,
«قتل أحد أفراد الشرطة ومدني» 2 (frames._single_victim, _companions, _other_victim).
"""
from __future__ import annotations
from marsad_testdata import dead_of


PUB = "2018-05-08"


def _dead(extractor, text):
    return dead_of(extractor, text, PUB, ("Battles", "Explosions/Remote violence"))


def test_killed_with_his_driver_is_two_dead(extractor):
    assert _dead(extractor, "انفجرت عبوة ناسفة يوم الاثنين بسيارة ضابط في الشرطة قرب كركوك ما أدى إلى مقتله "
                            "وسائقه.") == [2]


def test_killed_with_her_two_children_is_three_dead(extractor):
    assert _dead(extractor, "سقطت قذيفة هاون يوم الخميس على منزل سيدة في بلدة حرستا أدت إلى مقتلها "
                            "وطفليها.") == [3]


def test_one_of_a_group_and_another_is_two_dead(extractor):
    assert _dead(extractor, "انفجرت عبوة ناسفة يوم الأحد قرب سوق شعبي في الموصل فقتل أحد أفراد الشرطة "
                            "ومدني.") == [2]


def test_killed_and_wounded_stays_one(extractor):
    # guard: «و» + a word of wounding after the one dead adds no dead
    assert _dead(extractor, "انفجرت عبوة ناسفة يوم الأحد قرب سوق شعبي في الموصل فقتل أحد أفراد الشرطة "
                            "وأصيب اثنان.") == [1]


def test_killed_with_his_escort_by_ma_is_two_dead(extractor):
    assert _dead(extractor, "انفجرت عبوة ناسفة يوم الاثنين بسيارة قاض قرب الموصل ما أدى إلى مصرعه مع "
                            "مرافقه.") == [2]
