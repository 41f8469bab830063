"""g109a (dates of matched events on the open audit set, s39):

- an act told with a since-day up to the report («أكثر من 600 غارة منذ ليل الأربعاء» read on the Thursday) lends that
  span, not its first day, to the same kind of act told just after with no day of its own («واستهدفت الغارات بلدات
  بينها ...»): step._since_span_to_report in _carried_days;
- a single day told past «قبل أن» after the act's trigger is the later verb's («... مقتل تسعة، قبل أن يعلن، اليوم
  الأربعاء، ارتفاع عدد القتلى»): days.later_clause_day (function_words later_pair);
- «خلال الليل» is the night just past (relative_dates rd-night-123000), not before a span of days.
"""
from __future__ import annotations

import datetime as dt

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import read_doc

AIR = "Air/drone strike"


def _days(extractor, text: str, pub: str, sub: str) -> dict[str, tuple[str, str]]:
    return {e.location: (e.date_start, e.date_end) for e in read_doc(extractor, text, pub).events
            if e.sub_event_type == sub}


def test_since_span_carried_to_the_towns_told_next(extractor):
    text = ("تعثرت جولة المفاوضات بين الفصائل والجانب الروسي الأربعاء في جنوب سوريا.\n"
            "وأحصى المرصد السوري الخميس تنفيذ الطائرات السورية أكثر من 500 غارة جوية على ريف درعا منذ ليل الأربعاء.\n"
            "واستهدفت الغارات بشكل خاص بلدات قرب الحدود الأردنية، بينها الطيبة واليادودة.\n")
    days = _days(extractor, text, "2018-07-05", AIR)
    assert days.get("Al-Taybah") == ("2018-07-04", "2018-07-05")
    assert days.get("Yadudah") == ("2018-07-04", "2018-07-05")


def test_day_past_qabl_an_is_the_later_verbs(extractor):
    text = ("أظهرت صور جديدة قوة الضربة الإسرائيلية التي استهدفت، ليل الاثنين، موقعا عسكريا قرب دمشق.\n"
            "وقال المرصد إن قصفا صاروخيا طال مستودع أسلحة في منطقة الكسوة مما أسفر عن مقتل سبعة مقاتلين، "
            "قبل أن يعلن، اليوم الثلاثاء، ارتفاع عدد القتلى.\n")
    assert _days(extractor, text, "2018-05-15", AIR).get("Al Kiswah") == ("2018-05-14", "2018-05-14")


def test_khilal_al_layl_is_the_night_just_past():
    text = "وقال الدفاع المدني إن غارات جوية استهدفت خلال الليل مدينة حرستا."
    got = [(d.date_start, d.date_end) for d in find_dates(analyze_text(text), dt.date(2018, 3, 14))]
    assert (dt.date(2018, 3, 13), dt.date(2018, 3, 14)) in got


def test_khilal_al_layl_before_a_span_of_days_is_that_span():
    text = "وقالت مصادر محلية إن قصفا جويا انهمر على المنطقة خلال الليل في الأيام الماضية."
    got = [(d.date_start, d.date_end) for d in find_dates(analyze_text(text), dt.date(2018, 3, 18))]
    assert (dt.date(2018, 3, 17), dt.date(2018, 3, 18)) not in got
