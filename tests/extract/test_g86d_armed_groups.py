"""g86d: armed groups the 2018 news names at event triggers that actors.tsv did not resolve: Iraq's Saraya al-Salam,
Syria's Jaish al-Thawra, and the Tiger Forces as the Syrian army."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of

PUB = "2018-07-20"


@pytest.mark.parametrize("text, sub_event_type, actor", [
    ("اندلعت اشتباكات يوم الأحد بين سرايا السلام وعناصر من الشرطة في مدينة الكوت.",
     "Armed clash", "Saraya al Salam"),
    ("قصف جيش الثورة يوم الاثنين مواقع لقوات النظام في ريف درعا الشرقي.",
     "Shelling/artillery/missile attack", "Jaish al Thawra"),
    ("اندلعت اشتباكات يوم الخميس بين قوات النمر وهيئة تحرير الشام في ريف حماة الشمالي.",
     "Armed clash", "Military Forces of Syria (2000-)"),
])
def test_a_named_group_is_the_agent(extractor, text, sub_event_type, actor):
    evs = events_of(extractor, text, sub_event_type, PUB)
    assert evs and evs[0].actor1 == actor


def test_the_tiger_forces_are_the_side_attacked(extractor):
    evs = events_of(extractor, "هاجمت هيئة تحرير الشام يوم الخميس مواقع قوات النمر في ريف حماة الشمالي.",
                    "Armed clash", PUB)
    assert evs and evs[0].actor2 == "Military Forces of Syria (2000-)"
