"""g73b: a strategic act named inside a phrase about something else is recalled, not reported: "السبب وراء إخلاء
القاعدة" (the reason behind the evacuation, md-bg-47801) and "حيث تم نشر قوات" (where forces were deployed,
md-bg-47802)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-12"


def _strategic(extractor, text):
    return [e.sub_event_type for e in read_doc(extractor, text, PUB).events
            if e.event_type == "Strategic developments"]


def test_reason_behind_an_evacuation_is_no_evacuation(extractor):
    text = "كشف مسؤول عسكري، الأحد، عن السبب وراء إخلاء القاعدة العسكرية في مدينة طرطوس."
    assert _strategic(extractor, text) == []


def test_deployment_in_a_where_clause_is_no_deployment(extractor):
    text = "وحذر الوزير الأحد من أن التصعيد في سوريا، حيث تم نشر قوات روسية قرب مدينة حمص، قد يؤدي إلى عواقب."
    assert _strategic(extractor, text) == []


def test_evacuation_told_as_done_stays(extractor):
    text = "أخلت القوات الروسية، الأحد، القاعدة العسكرية في مدينة طرطوس."
    assert _strategic(extractor, text) != []
