"""g74e: arrests counted over a span by a monitor's report are tallies, not one day's arrests: "اعتقل التنظيم 40
شخصا خلال نفس الفترة" (tt-48404, dropped as a reported total for Arrests), the counts listed with it in that
sentence, and "حالات الاعتقال" / "وثقت الشبكة اعتقال" (md-gen-48400..48403)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-04"


def _arrests(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Arrests"]


def test_arrests_over_the_same_period_and_listed_with_them_are_tallies(extractor):
    text = ("واعتقل تنظيم داعش 40 شخصا في ريف حلب، خلال نفس الفترة، فيما اعتقلت فصائل المعارضة المسلحة "
            "35 شخصا في ريف حماة.")
    assert _arrests(extractor, text) == []


def test_cases_of_arrest_in_a_report_are_no_arrest(extractor):
    text = "وقالت الشبكة في تقريرها إن معظم حالات الاعتقال في مدينة حلب كانت بهدف التجنيد."
    assert _arrests(extractor, text) == []


def test_documented_arrests_are_a_report(extractor):
    text = "وثقت الشبكة السورية لحقوق الإنسان اعتقال 300 شخص في مدينة حماة."
    assert _arrests(extractor, text) == []


def test_one_days_arrest_stays(extractor):
    text = "اعتقلت قوات النظام، الخميس، 12 شخصا في مدينة حماة."
    assert _arrests(extractor, text) != []
