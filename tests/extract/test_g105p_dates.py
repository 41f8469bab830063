"""g105p: "منذ يوم الأحد" is "since Sunday", not "منذ يوم" (a day ago) and a stray weekday: the weekday after the bare
"يوم" wins, and the since-word makes it a since-day as "منذ الأحد" is (from that day up to the report when it starts an
act going on). A place named between the since-day and its act's trigger counts no token; a deal told so is made on
that day, no span. Sentences of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import read_doc

D = dt.date
PUB = D(2018, 7, 13)  # a Friday

DAY_LED = [
    ("تستمر الاشتباكات في البلدة منذ يوم الاثنين", "يوم الاثنين", D(2018, 7, 9)),
    ("نزحت عشرات العائلات من القرية منذ يوم أمس", "يوم أمس", D(2018, 7, 12)),
    ("وكانت المفاوضات قد توقفت قبل يوم الثلاثاء الماضي", "يوم الثلاثاء الماضي", D(2018, 7, 10)),
]


@pytest.mark.parametrize("text,surface,day", DAY_LED)
def test_the_day_after_a_bare_day_word_wins_over_a_count(text: str, surface: str, day: dt.date) -> None:
    got = find_dates(analyze_text(text), PUB)
    assert [(m.text, m.date_start, m.date_end) for m in got] == [(surface, day, day)]
    assert not any("rd-u-d1" in m.rule_id for m in got)


def test_a_counted_day_stays_a_count() -> None:
    # "منذ يوم واحد"، "قبل يوم" with no weekday after: still one day ago
    (m,) = find_dates(analyze_text("اعتقلت الشرطة الناشط منذ يوم واحد"), PUB)
    assert (m.date_start, m.rule_id) == (D(2018, 7, 12), "rd-ago2+rd-u-d1")


def _spans(extractor, text: str, pub: str) -> list[tuple[str, str, str]]:
    doc = read_doc(extractor, text, pub)
    return [(e.sub_event_type, e.date_start, e.date_end) for e in doc.events]


def test_shelling_since_a_weekday_told_with_day_word_runs_to_the_report(extractor) -> None:
    # the verb and the place stand between the since-day and the shelling noun
    text = "ومنذ يوم الثلاثاء الماضي تتعرض بلدة الحارة لقصف مدفعي عنيف من قوات النظام."
    spans = _spans(extractor, text, "2018-07-16")  # a Monday
    assert ("Shelling/artillery/missile attack", "2018-07-10", "2018-07-16") in spans, spans


def test_a_deal_since_a_weekday_is_made_on_that_day(extractor) -> None:
    text = "وتنعم بلدات ريف درعا بالهدوء منذ السبت في أعقاب توقيع اتفاق بين فصائل المعارضة والقوات الحكومية."
    spans = _spans(extractor, text, "2018-07-12")  # a Thursday
    assert ("Agreement", "2018-07-07", "2018-07-07") in spans, spans
