"""A chemical attack and the strikes that carried it, both told only by a week (branch g104m): "يعتقد أن الغارات على
البلدة كانت بغاز الكلور" beside "الهجوم الكيميائي على البلدة الأسبوع الماضي" is one happening, the chemical attack
(merge._days_hold). A strike told by its own day stays apart."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-19"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikes(doc):
    return sorted(e.sub_event_type for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_strikes_told_as_chemical_in_the_weeks_attack_are_that_attack(extractor):
    doc = _run(extractor, "يدرس المسؤولون الرد على الهجوم الكيميائي الذي تتهم الحكومة السورية بشنه على مدينة سراقب "
                          "الأسبوع الماضي. وقال الوزير إنه يعتقد أن الغارات الجوية على سراقب كانت بغاز الكلور.")
    assert _strikes(doc) == ["Chemical weapon"]
    gas = doc.events[0]
    assert "rare-by-means" in gas.rule_ids
    assert len(gas.evidence) == 2


def test_a_strike_told_by_its_own_day_stays_apart(extractor):
    doc = _run(extractor, "يدرس المسؤولون الرد على الهجوم الكيميائي الذي تتهم الحكومة السورية بشنه على مدينة سراقب "
                          "الأسبوع الماضي. وشنت قوات النظام غارات جوية على سراقب في العاشر من نيسان وسط مخاوف السكان من تكرار حالات الاختناق.")
    assert _strikes(doc) == ["Air/drone strike", "Chemical weapon"]  # its day lies in the week, yet it is told
