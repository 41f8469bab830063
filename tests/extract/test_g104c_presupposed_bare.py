"""g104c (recall audit of dropped candidates): an indefinite noun's unmarked relative clause tells its act done.

A call or view before an indefinite attack noun («لفشلها في منع مذبحة ...») made it unreal, though the verb right after
the noun («نفذها التنظيم يوم السبت») is its relative clause with no pronoun, as Arabic writes it after an indefinite
antecedent: the act is taken as done, as with «التي نفذتها» after a definite noun (frames.presupposed, md-rel-72600).
The told verbs also take their masculine-object forms («القصف الذي شنه الجيش»، «ارتكبها»، «نفذه»)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-07-23"  # a Monday
MARK = "md-rel-72600"

TOLD_DONE = [  # (text, the event's type, its first day): the call's noun kept, as done, on its own day
    ("انتقد النائب، الأحد، الحكومة لفشلها في منع مذبحة نفذها تنظيم داعش يوم السبت في مدينة السويداء.",
     "Violence against civilians", "2018-07-21"),
    ("دعا المجلس المحلي، الأحد، إلى التحقيق في القصف الذي شنه الجيش السوري يوم السبت على مدينة معرة النعمان.",
     "Explosions/Remote violence", "2018-07-21"),
]
STILL_CALLED = [  # a present verb after the bare noun, or none that tells it done: the call keeps it unreal
    ("دعا المجلس المحلي، الأحد، إلى وقف قصف يشنه الجيش السوري على مدينة معرة النعمان.", "Explosions/Remote violence"),
    ("دعا المجلس المحلي، الأحد، إلى منع مذبحة قد ينفذها تنظيم داعش في مدينة السويداء.", "Violence against civilians"),
]


@pytest.mark.parametrize(("text", "event_type", "day"), TOLD_DONE)
def test_a_called_for_noun_told_done_by_its_clause(extractor, text, event_type, day):
    evs = read_doc(extractor, text, PUB).events
    assert [(e.event_type, str(e.date_start)) for e in evs] == [(event_type, day)]
    assert MARK in evs[0].rule_ids


@pytest.mark.parametrize(("text", "event_type"), STILL_CALLED)
def test_guard_the_call_still_governs(extractor, text, event_type):
    assert event_type not in {e.event_type for e in read_doc(extractor, text, PUB).events}
