"""g103j: fatalities accuracy. A figure of the dead and the wounded together («أكثر من 100 قتيل وجريح»، «عشرات القتلى
والجرحى»، «40 ضحية ما بين قتيل وجريح»: casualties.tsv kind mixed, function_words toll_mixed_between) counts no dead,
while a count of the dead told apart in the sentence stays read; «مقتل أحدهم» (function_words one_of_them) is one dead.
Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of

PUB = "2018-09-10"
SHELL = "Shelling/artillery/missile attack"


def _dead(extractor, text: str, sub: str = SHELL) -> list:
    evs = events_of(extractor, text, sub, PUB)
    assert evs, text
    return [e.fatalities for e in evs]


@pytest.mark.parametrize("toll", [
    "أكثر من 30 قتيلا وجريحا",  # one figure for the dead and the wounded
    "عشرات القتلى والجرحى",
    "40 ضحية ما بين قتيل وجريح",  # victims, between dead and wounded
])
def test_dead_and_wounded_counted_together_give_no_dead(extractor, toll):
    dead = _dead(extractor, f"قصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم الأحد، ما أسفر عن سقوط {toll}.")
    assert all(not d for d in dead)


def test_dead_told_apart_from_the_mixed_figure_stay_read(extractor):
    # the 12 are part of the 40 dead and wounded: the dead are 12, not the whole
    dead = _dead(extractor, "قصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم الأحد، ما أسفر عن سقوط 40 قتيلا وجريحا "
                 "بينهم 12 قتيلا.")
    assert dead and all(d == 12 for d in dead)


def test_dead_and_wounded_told_apart_keep_the_dead(extractor):
    # guard: two figures, each of its own word, are the dead and the wounded
    dead = _dead(extractor, "قصفت قوات النظام بلدة كفرنبل في ريف إدلب يوم الأحد، ما أسفر عن سقوط 30 قتيلا و50 "
                 "جريحا.")
    assert dead and all(d == 30 for d in dead)


def test_one_of_them_killed_is_one_dead(extractor):
    evs = events_of(extractor, "أطلق عناصر من الشرطة النار على المتظاهرين أمام مبنى المحافظة في البصرة يوم الأحد، "
                    "الأمر الذي أدى إلى مقتل أحدهم وإصابة آخرين.", "Excessive force against protesters", PUB)
    assert evs and all(e.fatalities == 1 for e in evs)
