"""A nationality told with «الجنسية» (citizenship) is a person's, never a side of the act (function_words
`nationality_noun`, frames.names_nationality, g99z 66500): a Syrian arrested in Lebanon is held by Lebanon's police,
not by Syria's forces. Sentences composed for the test."""
from __future__ import annotations

import pytest

from marsad_testdata import pairs_of

PUB = "2018-03-14"  # a Wednesday


@pytest.mark.parametrize("text, arrester", [
    ("أعلنت قوى الأمن الداخلي اللبنانية، الثلاثاء، عن اعتقال قائد ميداني سوري الجنسية من تنظيم داعش في مدينة صيدا.",
     "Police Forces of Lebanon"),
    ("أعلن الجيش اللبناني الاثنين اعتقال شخص تركي الجنسية في مدينة صيدا بتهمة الانتماء إلى داعش.",
     "Military Forces of Lebanon (2016-)"),
])
def test_arrested_mans_nationality_is_no_arrester(extractor, text, arrester):
    pairs = pairs_of(extractor, text, "Arrests", PUB)
    assert pairs and all(a1 == arrester for a1, _ in pairs)


def test_nationality_adjective_of_a_force_still_names_it(extractor):
    # guard: without «الجنسية» the adjective after a force noun still names the striker
    text = "قصفت طائرات روسية الثلاثاء مدينة دوما في الغوطة الشرقية."
    assert [a1 for a1, _ in pairs_of(extractor, text, "Air/drone strike", PUB)] == ["Military Forces of Russia (2000-)"]


def test_counted_nationality_is_the_people_held(extractor):
    # «اعتقال 14 إيرانيا»: the Iranians counted are the people held; the arrester is the host state's police
    text = ("أعلنت السلطات الكويتية، الاثنين، اعتقال 12 إيرانيا دخلوا البلاد بجوازات سفر مزورة في مدينة الجهراء.")
    pairs = pairs_of(extractor, text, "Arrests", PUB)
    assert pairs and all(a1 == "Police Forces of Kuwait" for a1, _ in pairs)


def test_counted_nationality_killed_is_still_the_side_hit(extractor):
    # guard: only an arrest drops the counted nationality; nine Iranians killed by a strike stay its target
    text = "قتل 9 إيرانيين في غارة إسرائيلية الثلاثاء على مطار التيفور العسكري."
    assert pairs_of(extractor, text, "Air/drone strike", PUB) == [
        ("Military Forces of Israel (1948-)", "Military Forces of Iran (1989-)")]
