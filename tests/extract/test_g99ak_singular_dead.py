"""g99ak: a single death told by a singular person noun is one dead. More persons (function_words single_victim,
67400: «متطوع»، «مستوطن»، «مواطن»، «سائق»، «خادمة» ...), and what the news puts between a person and the word of death
after it (victim_tail, 67401: «واحدا»، «على الأقل»، a comma, one nisba): frames._single_victim, _victim_before.
"""
from __future__ import annotations

import pytest
from marsad_testdata import dead_of


PUB = "2018-04-10"
KINDS = ("Battles", "Explosions/Remote violence", "Violence against civilians")

ONE_DEAD = (
    # a volunteer, a driver: singular persons the list lacked
    "قصفت مدفعية النظام بلدة كفرنبل يوم الأحد، ما أسفر عن مقتل متطوع في فرق الإسعاف.",
    "استهدفت غارة جوية سيارة على طريق سراقب يوم الاثنين، ما أدى إلى مقتل سائق شاحنة.",
    # «واحدا على الأقل» between the person and the verb after it
    "أفاد مسعفون بأن شابا واحدا على الأقل قتل وجرح 4 آخرون في غارة جوية على بلدة معرة النعمان يوم الأحد.",
    # a nisba and a comma between
    "أعلن الجيش الأمريكي أن جنديا أمريكيا، قتل في انفجار عبوة ناسفة قرب منبج يوم السبت.",
)

GUARDS = (
    # a number before the verb is the toll
    ("أفاد مسعفون بأن ثلاثة مدنيين قتلوا وجرح 4 آخرون في غارة جوية على بلدة معرة النعمان يوم الأحد.", 3),
    # a nisba after a strike noun («قصف تركي») names no victim
    ("قصف تركي قتل مدنيين اثنين في قرية قرب جنديرس يوم الأحد.", 2),
    # «بينهم طفل واحد» is one of the five told before, not the dead
    ("قتل خمسة أشخاص بينهم طفل واحد في قصف صاروخي على بلدة سقبا يوم الأحد.", 5),
)


@pytest.mark.parametrize("text", ONE_DEAD)
def test_singular_person_is_one_dead(extractor, text):
    assert dead_of(extractor, text, PUB, KINDS) == [1]


@pytest.mark.parametrize("text,dead", GUARDS)
def test_told_count_stays(extractor, text, dead):
    assert dead_of(extractor, text, PUB, KINDS) == [dead]
