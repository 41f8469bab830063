"""g101l (recall audit by random documents, sixth draw): a noun's own relative clause tells its act done.

A view, call, aim or negation before a strike or blast noun («اعتبرت ... أن الغارات»، «دعا إلى كشف منفذي التفجير»)
made the noun unreal, though the relative clause right after it tells the act as done («التي نفذتها ...»، «الذي وقع
في ...»): the frame is about the act, which it takes as given (frames.presupposed, rule md-rel-72600). A present verb
in the clause (a habit) or a threat that likens keep the frame."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-06"  # a Sunday
MARK = "md-rel-72600"


def _events(extractor, text: str) -> list:
    return read_doc(extractor, text, PUB).events


def test_a_view_of_strikes_told_done_by_their_relative_clause(extractor):
    text = "اعتبرت الحكومة الأحد أن الغارات التي نفذتها طائرات التحالف في مدينة الرقة تنتهك القانون الدولي."
    evs = _events(extractor, text)
    assert [(e.sub_event_type, e.location) for e in evs] == [("Air/drone strike", "Ar Raqqah")]
    assert MARK in evs[0].rule_ids


def test_a_call_about_a_blast_told_with_its_own_day(extractor):
    text = "ودعا الأمين العام إلى كشف هوية منفذي التفجير الذي وقع في 3 أيار في مدينة كركوك وأسفر عن مقتل خمسة أشخاص."
    evs = _events(extractor, text)
    assert [(e.event_type, e.location, str(e.date_start)) for e in evs] == \
        [("Explosions/Remote violence", "Kirkuk", "2018-05-03")]


def test_guard_a_present_verb_in_the_clause_is_a_habit(extractor):
    text = "اعتبر الوزير الأحد أن الغارات التي تستهدف المدنيين في مدينة الرقة جريمة حرب."
    assert not [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]


def test_guard_a_threat_that_likens_a_strike(extractor):
    text = ("وقال الوزير الأحد إن التهديدات الأميركية، شأنها شأن الغارة الجوية التي استهدفت مطارا عسكريا في سوريا، "
            "هدفها الحد من مكاسب الحكومة.")
    assert not [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]

