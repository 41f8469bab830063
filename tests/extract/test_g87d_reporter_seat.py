"""g87d: the city a reporter or a speaker was in («وفق ما أفاد مراسل "..." في أربيل»، «في مؤتمر صحفي في موسكو») is no
place of the act when the sentence names another place (function_words reporter_seat, places.reporter_seat,
rule place-reporter-seat-55700). A place the sentence gives the act itself stays."""
from __future__ import annotations

import pytest
from marsad_testdata import places_of

PUB = "2018-07-04"
EXPL = "Explosions/Remote violence"


@pytest.mark.parametrize("text, seat", [
    ('قصفت المدفعية التركية قرى جبلية في كردستان العراق، وفق ما أفاد مراسل "قناة الأخبار" في أربيل، الأربعاء.',
     "Erbil"),
    ("قصفت الطائرات الروسية قرى في ريف إدلب الجنوبي، بحسب ما نقل مراسلنا في دمشق صباح اليوم.", "Damascus"),
    ("وقال وزير الدفاع في مؤتمر صحفي في موسكو إن الطائرات قصفت مواقع المسلحين في ريف حماة.", "Moscow"),
])
def test_reporter_seat_is_no_place(extractor, text, seat):
    places = places_of(extractor, text, PUB, EXPL)
    assert places and seat not in places


def test_the_act_place_after_a_reporter_stays(extractor):
    # the only place of the sentence: the reporter is where the shelling is, no other place is named
    assert places_of(extractor, "سقطت قذائف هاون على مدينة دوما صباح اليوم، وفق ما أفاد مراسلنا في دوما.",
                     PUB, EXPL) == ["Dūmā"]
