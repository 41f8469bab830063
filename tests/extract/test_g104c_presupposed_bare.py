"""g104c (recall audit of dropped candidates): an indefinite noun's unmarked relative clause tells its act done.

A call or view before an indefinite attack noun («لفشلها في منع مذبحة ...») made it unreal, though the verb right after
the noun («نفذها التنظيم يوم السبت») is its relative clause with no pronoun, as Arabic writes it after an indefinite
antecedent: the act is taken as done, as with «التي نفذتها» after a definite noun (frames._presupposed, md-rel-72600).
The told verbs also take their masculine-object forms («القصف الذي شنه الجيش»، «ارتكبها»، «نفذه»)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-23"  # a Monday
MARK = "md-rel-72600"


def _events(extractor, text: str) -> list:
    return read_doc(extractor, text, PUB).events


def test_a_massacre_the_call_names_told_done_by_its_bare_clause(extractor):
    text = "انتقد النائب، الأحد، الحكومة لفشلها في منع مذبحة نفذها تنظيم داعش يوم السبت في مدينة السويداء."
    evs = _events(extractor, text)
    assert [(e.event_type, e.location, str(e.date_start)) for e in evs] == \
        [("Violence against civilians", "As-Suwayda", "2018-07-21")]
    assert MARK in evs[0].rule_ids


def test_a_call_about_shelling_told_by_a_masculine_object_verb(extractor):
    text = "دعا المجلس المحلي، الأحد، إلى التحقيق في القصف الذي شنه الجيش السوري يوم السبت على مدينة معرة النعمان."
    evs = _events(extractor, text)
    assert [(e.sub_event_type, str(e.date_start)) for e in evs] == \
        [("Shelling/artillery/missile attack", "2018-07-21")]
    assert MARK in evs[0].rule_ids


def test_guard_a_present_verb_after_the_bare_noun_is_still_called_for(extractor):
    text = "دعا المجلس المحلي، الأحد، إلى وقف قصف يشنه الجيش السوري على مدينة معرة النعمان."
    assert not [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]


def test_guard_a_bare_noun_with_no_told_verb_stays_under_the_call(extractor):
    text = "دعا المجلس المحلي، الأحد، إلى منع مذبحة قد ينفذها تنظيم داعش في مدينة السويداء."
    assert not [e for e in _events(extractor, text) if e.event_type == "Violence against civilians"]
