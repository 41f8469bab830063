"""A negated verb of stopping or preventing tells that the act went on (branch g99f): «لم تهدأ المعارك»، «لم يتوقف
القصف»، «لم يمنع ... من قصف»، «لم يحل ... دون» deny the stopping, not the act, so the negation is cancelled for the
act (function_words cessation / cessation_negator, rule md-neg-64600). Sentences composed for these tests."""
from __future__ import annotations

import pytest

from tests.marsad_testdata import subs_and_rules

PUB = "2018-03-06"  # a Tuesday
RULE = "md-neg-64600"
SHELLING = "Shelling/artillery/missile attack"
CLASH = "Armed clash"


def _subs(extractor, text: str) -> list[tuple[str, list[str]]]:
    return subs_and_rules(extractor, text, PUB)


@pytest.mark.parametrize("text, sub", [
    ("لم تهدأ المعارك في بلدة حرستا أمس الأحد بين الجيش والفصائل.", CLASH),  # did not calm
    ("ولم يتوقف القصف المدفعي على بلدة كفرنبل طوال ليلة الاثنين.", SHELLING),  # did not stop
    ("لم يمنع الاتفاق الجيش من قصف بلدة كفرنبل أمس الاثنين.", SHELLING),  # did not prevent («يمنع» is a call cue)
    ("لم يحل القرار دون تواصل الاشتباكات في مدينة درعا أمس الاثنين.", CLASH),  # did not prevent («دون» cue)
])
def test_negated_stopping_tells_the_act_went_on(extractor, text: str, sub: str):
    got = _subs(extractor, text)
    assert any(s == sub and RULE in r for s, r in got), got


@pytest.mark.parametrize("text", [
    "لم تقع اشتباكات في مدينة درعا أمس الاثنين.",  # the negation of the act itself
    "يجب ألا يتوقف القصف على بلدة كفرنبل.",  # a call that the shelling not stop is still a call
    "لا تمنع الهدنة الجيش من قصف بلدة كفرنبل.",  # «لا تمنع» (present): a standing state
    "لم يمنع أحد المدنيين من الخروج ولم تقع اشتباكات في مدينة درعا أمس.",  # a later negation of its own
])
def test_guard_the_act_stays_unreal(extractor, text: str):
    assert not any(s in (SHELLING, CLASH) for s, _ in _subs(extractor, text))
