"""g102v (75500, 75501): a city «من» after a reporter's or a message's word («قال مراسلنا من إسطنبول») is where the news
was sent from, never the act's place: with no other place named, the act falls back to the context place; so does a
reporter's city «في» in another country than the document's place («مخاطبا أنصاره في مدينة إسطنبول» in a report on Douma)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

DAY = "2018-03-07"
LEAD = "اندلعت اشتباكات عنيفة في مدينة دوما بريف دمشق يوم الثلاثاء.\n"


def _places(extractor, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.location) for e in read_doc(extractor, LEAD + text, DAY).events]


@pytest.mark.parametrize("text, place", [
    ("وقال مراسلنا من إسطنبول إن الطائرات قصفت سوقا شعبية يوم الاثنين وقتلت ثلاثة أشخاص.",
     ("Air/drone strike", "Dūmā")),
    # a reporter's city «في» abroad (another country than the document's place) is no place of the act either
    ("وأضاف الوزير مخاطبا أنصاره في مدينة إسطنبول أن الطائرات قصفت سوقا شعبية يوم الاثنين وقتلت ثلاثة أشخاص.",
     ("Air/drone strike", "Dūmā")),
    ("وقال قائد الفصيل في رسالة صوتية لوكالة الأنباء من إسطنبول إن الطرفين توصلا يوم الاثنين إلى اتفاق لوقف إطلاق النار.",
     ("Agreement", "Dūmā")),
])
def test_city_sent_from_falls_back_to_context(extractor, text, place):
    assert place in _places(extractor, text)
    assert all(loc not in ("Istanbul", "Beirut") for _, loc in _places(extractor, text))


@pytest.mark.parametrize("text, place, fires", [
    # a reporter IN a town («في») may well be where the act was: kept as before
    ("وقال مراسلنا في حرستا إن الطائرات قصفت سوقا شعبية يوم الاثنين وقتلت ثلاثة أشخاص.",
     ("Air/drone strike", "Ḩarastā"), False),
    # the act's own place told after the city sent from stays the place
    ("وقال مراسلنا من إسطنبول إن الطائرات قصفت يوم الاثنين سوقا شعبية في مدينة حرستا.",
     ("Air/drone strike", "Ḩarastā"), True),
    # «من» with no reporter's word before it: a place the act starts from is read as before
    ("وانسحب المقاتلون من حرستا يوم الاثنين بعد قصف عنيف.",
     None, False),
])
def test_guards_keep_their_place(extractor, text, place, fires):
    got = _places(extractor, text)
    if place is not None:
        assert place in got
    assert fires == any("place-reporter-from-75500" in e.rule_ids for e in read_doc(extractor, LEAD + text, DAY).events)
