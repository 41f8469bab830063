"""One air strike read twice in its own sentence (branch g108o, merge audit): an air strike told by its own word and read
a second time by a refiner in the same sentence («غارة ... استهدفت») is one air strike; the refined reading does not
join a shelling told by a ground weapon's word at the same town and day, and does not give it the air strike's dead."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-16"  # a Friday

TEXT = ("قال المرصد السوري الجمعة إن 35 مدنيا قتلوا في قصف مدفعي للجيش التركي على مدينة منبج. "
        "وأضاف المرصد أن من بين قتلى الجمعة 12 مدنيا جراء غارة تركية استهدفت المدرسة الرئيسية في مدينة منبج.")


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return sorted((e.sub_event_type, e.fatalities) for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_the_refined_air_strike_keeps_its_dead_off_the_shelling(extractor):
    # merge._air_twin_apart: the shelling keeps its 35 dead, the air strike its 12
    assert _strikes(extractor, TEXT) == [("Air/drone strike", 12), ("Shelling/artillery/missile attack", 35)]


def test_a_bare_strike_word_still_joins_the_air_strike(extractor):
    # guard: «القصف» names no ground weapon: one air strike, as before (_air_over_bare_strike)
    text = ("قال المرصد السوري الجمعة إن 35 مدنيا قتلوا في القصف على مدينة منبج. "
            "وأضاف المرصد أن من بين قتلى الجمعة 12 مدنيا جراء غارة تركية استهدفت المدرسة الرئيسية في مدينة منبج.")
    assert [s for s, _ in _strikes(extractor, text)] == ["Air/drone strike"]
