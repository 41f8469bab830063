"""A taking told as the noun «سيطرة» with the state's forces named inside it and «على» before the place taken
(«بسيطرة الجيش السوري على بلدة ...») is a taking reported, with those forces its agent; fighting told as going on
(«يتواصل القتال في ...») is a clash (branch g76d, on sentences of our own). Control held («مناطق سيطرة») and a bare
«سيطرة» with no forces stay no taking."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-03-10"
REGAINS = "Government regains territory"
CLASH = "Armed clash"
LEAD = "وصلت قافلة من المساعدات الغذائية إلى مدينة دوما يوم الجمعة بعد أسابيع من الانتظار. "


def _events(extractor, text, sub):
    return events_of(extractor, text, sub, PUB)


def test_taking_noun_with_forces_inside_is_kept(extractor):
    text = LEAD + "وأفاد ناشطون بسيطرة الجيش السوري على بلدة حرستا بالكامل، بينما فر مئات السكان شمالا."
    evs = _events(extractor, text, REGAINS)
    assert [e.location for e in evs] == ["Ḩarastā"]
    assert "subject-inside" in evs[0].rule_ids
    assert str(evs[0].actor1).startswith("Military Forces of Syria")


def test_areas_held_are_no_taking(extractor):
    text = LEAD + "وفر المدنيون من بلدة حرستا إلى مناطق سيطرة القوات الحكومية سيرا على الأقدام."
    assert not _events(extractor, text, REGAINS)


def test_fighting_going_on_is_a_clash(extractor):
    # the report's lead: fighting told as going on, the sides not named
    text = "يتواصل القتال في بلدة حرستا، التي تسيطر عليها المعارضة المسلحة، في أول يوم تطبق فيه التهدئة. " + LEAD
    assert [e.location for e in _events(extractor, text, CLASH)] == ["Ḩarastā"]
