"""A future day told in a concluded deal's terms clause (g76f): "على أن يبدأ تنفيذه غدا"، "يقضي ... الأسبوع المقبل"
dates a term, not the deal, which was reached on the report's day; a deal still sought keeps its future day."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-05-06"


def _agreements(extractor, text):
    return events_of(extractor, text, "Agreement", PUB)


def test_deal_reached_with_a_term_starting_tomorrow(extractor):
    got = _agreements(extractor, "وأعلنت روسيا التوصل إلى اتفاق لإخراج المسلحين من بلدة كفر بطنا، على أن يبدأ تنفيذه "
                                 "غدا.")
    assert len(got) == 1


def test_deal_signed_whose_terms_run_next_week(extractor):
    got = _agreements(extractor, "أعلنت الحكومة والفصائل توقيع اتفاق تسوية في بلدة الحارة يقضي بتسليم السلاح الثقيل، "
                                 "على أن تدخل القوات البلدة الأسبوع المقبل.")
    assert len(got) == 1


def test_deal_still_to_be_reached_tomorrow_stays_out(extractor):
    assert _agreements(extractor, "قالت الفصائل إنها ستتوصل إلى اتفاق مع الجانب الروسي في بلدة الحارة غدا.") == []


def test_talks_with_a_coming_round_stay_out(extractor):
    assert _agreements(extractor, "تجري الفصائل مفاوضات للتوصل إلى اتفاق في بلدة الحارة، على أن تعقد جولة جديدة "
                                  "الأسبوع المقبل.") == []
