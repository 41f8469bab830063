"""An undated act under a lead day that is a statement's (branch g99c), on sentences of our own.

"قال الوزير، الاثنين، إن ..." dates the saying, not what was done: an act told in another sentence with no day of its
own took place by then, the day before or that day (rule id lead-said-64300), as an undated report is dated. When the
lead's statement tells an act of the news on its day ("قال المرصد، الخميس، إن ... قتلوا في غارات"), the acts told on
are that act's and keep its day; and a lead day that is an act's own ("قصفت الطائرات، الاثنين، ...") is no statement's.
"""
from __future__ import annotations

from marsad_testdata import read_doc

AIR = "Air/drone strike"


def _spans(doc, sub):
    return [(e.date_start, e.date_end, LEAD_SAID in e.rule_ids) for e in doc.events if e.sub_event_type == sub]


LEAD_SAID = "lead-said-64300"


def test_undated_strike_under_a_statement_day_is_that_day_or_the_one_before(extractor):
    text = ("قال وزير الدفاع التركي، الاثنين، إن بلاده ستواصل عملياتها ضد المسلحين في شمال العراق. "
            "وأكد الوزير أن طائرات حربية تركية شنت غارات على مواقع لحزب العمال الكردستاني في منطقة سيدكان.")
    doc = read_doc(extractor, text, "2018-06-18")
    assert _spans(doc, AIR) == [("2018-06-17", "2018-06-18", True)], [(e.sub_event_type, e.date_start) for e in doc.events]


def test_lead_statement_telling_a_dated_act_keeps_its_day_for_the_acts_told_on(extractor):
    # guard: the lead's own strike took the day as its own; the strike told on is that news, on that day
    text = ("قال المرصد السوري لحقوق الإنسان، الخميس، إن عشرين مدنيا قتلوا في غارات جوية على بلدة سقبا. "
            "وأوضح المرصد أن طائرات حربية قصفت أحياء سكنية في بلدة سقبا.")
    # published the next day: a statement of the publication day itself widens the lead's act too (g101o)
    doc = read_doc(extractor, text, "2018-03-16")
    spans = _spans(doc, AIR)
    assert spans and all(s[:2] == ("2018-03-15", "2018-03-15") and not s[2] for s in spans), spans


def test_lead_day_of_an_act_is_no_statements(extractor):
    # guard: the lead day follows an act, not a reporting verb: the undated act told on keeps it
    text = ("شنت طائرات حربية، الاثنين، غارات على مواقع للمسلحين في منطقة سيدكان بشمال العراق. "
            "وقال مصدر إن الطائرات قصفت مواقع في منطقة سيدكان.")
    doc = read_doc(extractor, text, "2018-06-18")
    spans = _spans(doc, AIR)
    assert spans and all(not s[2] for s in spans), spans
