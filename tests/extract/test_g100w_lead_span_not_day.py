"""g100w: a lead whose first day is a past span up to now longer than two days ("خلال الأيام الخمسة الماضية"،
"في الأيام الأخيرة"، "خلال الأسابيع الثلاثة الماضية") tells how long a campaign or a flight has gone on, not when an
undated act told in another sentence happened: that act takes the report's window (rule lead-span-69600), as the dev
gold dates an undated act of a live report. A calendar period, a single day, 24/48 hours and an act of the kind the
span's sentence tells keep the lead's day. Composed sentences, published on Monday 2018-06-25."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-06-25"
SHELLING = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"


def _dated(extractor, text: str, sub: str) -> list[tuple[str, str, bool]]:
    """(date_start, date_end, lead span set aside) of each event of sub-event type ``sub``."""
    return [(e.date_start, e.date_end, "lead-span-69600" in e.rule_ids)
            for e in read_doc(extractor, text, PUB).events if e.sub_event_type == sub]


@pytest.mark.parametrize("lead", [
    "نزح آلاف المدنيين من ريف درعا الشرقي خلال الأيام الخمسة الماضية.",
    "وقالت الأمم المتحدة إن ألفي شخص نزحوا من ريف درعا الشرقي في الأيام الأخيرة.",
    "فر ألفا شخص من ريف درعا الشرقي في الأيام الثلاثة الأخيرة.",
    "نزح آلاف المدنيين من ريف درعا الشرقي خلال الأسابيع الثلاثة الماضية.",
])
def test_an_act_told_apart_from_a_running_span_takes_the_report_window(extractor, lead: str) -> None:
    text = lead + " وقالت مصادر محلية إن القوات الحكومية قصفت بالمدفعية بلدة بصر الحرير."
    assert _dated(extractor, text, SHELLING) == [("2018-06-24", "2018-06-25", True)]


def test_the_act_told_with_the_span_keeps_it(extractor) -> None:
    text = ("قصفت القوات الحكومية بالمدفعية بلدة بصر الحرير خلال الأيام الخمسة الماضية. "
            "وقالت مصادر إن آلاف المدنيين نزحوا نحو الحدود.")
    assert _dated(extractor, text, SHELLING) == [("2018-06-20", "2018-06-25", False)]


def test_the_same_kind_told_again_keeps_the_span(extractor) -> None:
    # the strikes the lead's flight came from, told again as going on: the same bombardment over those days
    text = ("فر آلاف المدنيين من الغارات الجوية على ريف درعا الشرقي خلال الأيام الخمسة الماضية. "
            "وغادر ثلاثون ألفا مدينة بصر الحرير مع تواصل الغارات.")
    assert _dated(extractor, text, AIR) == [("2018-06-20", "2018-06-25", False)]


@pytest.mark.parametrize("lead,start,end", [
    ("نزح آلاف المدنيين من ريف درعا الشرقي الأسبوع الماضي.", None, None),  # a calendar week: one happening's time
    ("نزح آلاف المدنيين من ريف درعا الشرقي أمس الأحد.", "2018-06-24", "2018-06-24"),  # a single day
    ("نزح آلاف المدنيين من ريف درعا الشرقي خلال الساعات الـ48 الماضية.", "2018-06-23", "2018-06-25"),  # the window
])
def test_other_lead_days_still_date_the_undated_act(extractor, lead: str, start: str | None, end: str | None) -> None:
    text = lead + " وقالت مصادر محلية إن القوات الحكومية قصفت بالمدفعية بلدة بصر الحرير."
    ((s, e, aside),) = _dated(extractor, text, SHELLING)
    assert not aside
    if start is not None:
        assert (s, e) == (start, end)
    else:  # the week before the report's: no window of publication
        assert s < "2018-06-24"
