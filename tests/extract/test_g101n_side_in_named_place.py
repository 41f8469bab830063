"""g101n: a side of a town told as lying in a named area or town («شمال شرقي دمشق في منطقة القلمون الشرقي»، «جنوب
دمشق في بلدة يلدا») is placed at the named place, not at the town the side words start from
(places.relative_in_named, rule id nr-72800), after the trigger or before it. Guards: a near word with the
countryside or an area holding the town, a site near a town, the centre of a town. Sentences composed for these
tests."""
from __future__ import annotations

import pytest

from tests.marsad_testdata import read_doc

DAY = "2018-05-03"
RULE = "nr-72800"


def _place(extractor, text: str) -> list[tuple[str, str, int, bool]]:
    return [(e.sub_event_type, e.location, e.geo_precision, RULE in e.rule_ids)
            for e in read_doc(extractor, text, DAY).events]


# the side words place the named place; the event stands there and cites the rule
NAMED = [
    # after the trigger, a named area
    ("انسحب مسلحو المعارضة أمس من مواقع تقع شمال شرق دمشق في منطقة القلمون الشرقي.",
     ("Non-violent transfer of territory", "Eastern Qalamoun", 2, True)),
    # after the trigger, a named town
    ("دارت اشتباكات عنيفة أمس بين الجيش وفصائل المعارضة جنوب دمشق في بلدة يلدا.", ("Armed clash", "Yalda", 1, True)),
    # before the trigger
    ("وفي مواقع تقع شمال شرقي دمشق في منطقة القلمون الشرقي اندلعت أمس اشتباكات بين الجيش وفصائل المعارضة.",
     ("Armed clash", "Eastern Qalamoun", 2, True)),
]

# guards: the place told first stays, and the rule is not cited
KEPT = [
    # the countryside holds the town the act is near
    ("دارت اشتباكات عنيفة أمس بين الجيش وتنظيم داعش قرب مدينة الميادين بريف دير الزور.",
     ("Armed clash", "Al Mayādīn", 2, False)),
    # a near word puts the act by the town, more exactly than the wide area holding it
    ("دارت اشتباكات عنيفة أمس بين الجيش وتنظيم داعش قرب مدينة تدمر في منطقة البادية السورية.",
     ("Armed clash", "Tadmur", 2, False)),
    # a named base is as exact as the town told after it
    ("قصفت طائرات مجهولة أمس مستودعا قرب مطار الشعيرات العسكري في حمص.", ("Air/drone strike", "Shayrat airbase", 2, False)),
    # the centre of a town is the town, not the area around it
    ("قصفت الطائرات الحربية أمس الأحياء السكنية وسط مدينة دوما في منطقة الغوطة الشرقية.",
     ("Air/drone strike", "Dūmā", 2, False)),
]


@pytest.mark.parametrize("text, want", NAMED)
def test_side_of_a_town_in_a_named_place_is_the_named_place(extractor, text, want):
    assert _place(extractor, text) == [want]


@pytest.mark.parametrize("text, want", KEPT)
def test_near_or_centre_or_a_holding_countryside_keeps_the_first_place(extractor, text, want):
    assert _place(extractor, text) == [want]
