"""g88e: where forces advance or push to («تقدمت القوات باتجاه X»، «تقدمها نحو X») is no place of the battle or
the taking when the sentence names another place for it (function_words advance, advance_toward;
places.advance_targets; rule place-advance-target-55950). The place the forces head to stays when the sentence names no
other."""
from __future__ import annotations

import pytest
from marsad_testdata import places_of

PUB = "2018-03-10"
BATTLES = "Battles"


@pytest.mark.parametrize("text, target", [
    ("تقدمت قوات النظام باتجاه مدينة حرستا بعد سيطرتها على بلدة مسرابة إثر معارك مع الفصائل.", "Ḩarastā"),
    ("اندلعت اشتباكات عنيفة بين الفصائل وقوات النظام في بلدة مسرابة خلال تقدمها نحو مدينة دوما.", "Dūmā"),
])
def test_advance_target_is_no_place(extractor, text, target):
    places = places_of(extractor, text, PUB, BATTLES)
    assert places and target not in places


def test_a_list_joined_to_the_target_goes_too(extractor):
    # «باتجاه حرستا (غرب) ودوما»: both are where the forces head; the taking is at Misraba
    text = "تقدمت وحدات الجيش باتجاه حرستا (غرب) ودوما، وسيطرت على بلدة مسرابة بعد معارك مع الفصائل."
    places = places_of(extractor, text, PUB, BATTLES)
    assert places and not {"Ḩarastā", "Dūmā"} & set(places)


def test_the_target_stays_when_no_other_place(extractor):
    places = places_of(extractor, "دارت اشتباكات عنيفة بين قوات النظام والفصائل أثناء تقدمها باتجاه مدينة حرستا.",
                       PUB, BATTLES)
    assert places == ["Ḩarastā"]
