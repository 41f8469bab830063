"""g111j: protests and riots on the audit set F. The state force whose fire on a crowd is folded into the riot told in
its sentence is that riot's other side (filters riot-force-side-142000), as ACLED codes rioters met by the police.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-16"


def _events(doc, kind):
    return [e for e in doc.events if e.event_type == kind]


def test_riot_takes_the_force_it_met_as_other_side(extractor):
    text = "وأفادت مصادر طبية بإصابة 12 شخصا من جراء إطلاق الشرطة الرصاص على محتجين حاولوا اقتحام مبنى محافظة الكوت."
    riots = _events(read_doc(extractor, text, PUB), "Riots")
    assert riots, "no riot read"
    assert riots[0].actor2 is not None and riots[0].actor2.startswith("Police Forces of Iraq"), riots[0].actor2


def test_riot_with_no_force_keeps_no_other_side(extractor):
    # guard: rioters storming a building with no force told against them have no other side
    text = "واقتحم عشرات المحتجين الغاضبين مبنى محافظة الكوت يوم الأحد."
    riots = _events(read_doc(extractor, text, PUB), "Riots")
    assert riots and riots[0].actor2 is None, [(r.actor2, r.rule_ids) for r in riots]
