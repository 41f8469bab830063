"""g103o: the killer and the dead told after the verb. Day and time words between a word of killing and the side its
dead are counted of («قتل مساء أمس الأحد أربعة عناصر من الشرطة») do not count toward that side's window
(frames.casualty_side skips them as pick_fatalities does, _past_toll_gap), so the counted side is the one hit, not
the agent; the dual of unnamed gunmen («قتل مسلحان مجهولان صحفيا»، actors.tsv unid, function_words killer_words) is the
killers' name and the one after it the victim. Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of, read_doc

PUB = "2018-09-10"
CLASH = "Armed clash"
UNID = "Unidentified Armed Group"


@pytest.mark.parametrize("text, side, dead", [
    ("قتل مساء أمس الأحد أربعة عناصر من الشرطة في هجوم على حاجز قرب مدينة العريش.", "Police Forces of Egypt", 4),
    ("قتل صباح يوم الجمعة الماضي 6 عناصر من قوات النظام في هجوم على حاجز في ريف درعا.",
     "Military Forces of Syria (2000-)", 6),
])
def test_dead_counted_after_a_time_phrase_are_the_side_hit(extractor, text, side, dead):
    evs = events_of(extractor, text, CLASH, PUB)
    assert evs, text
    for e in evs:
        assert e.actor2 == side and e.actor1 != side
        assert e.fatalities == dead


@pytest.mark.parametrize("text, country", [
    ("قتل مسلحان مجهولان صحفيا في مدينة الموصل مساء السبت.", "Iraq"),
    ("اغتال مسلحان مجهولان ناشطا مدنيا في مدينة درعا أمس.", "Syria"),
])
def test_dual_gunmen_after_the_verb_are_the_killers(extractor, text, country):
    evs = [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Violence against civilians"]
    assert evs, text
    for e in evs:
        assert e.actor1 == f"{UNID} ({country})"
        assert e.actor2 == f"Civilians ({country})"
        assert e.fatalities == 1
