"""g107a (date audit of stored events, seed 1084):

- an undated act of any kind told in the sentences right after an act told with its own day, under a lead day that
  is a statement's, takes that day when it lies in the statement's [day-1, day]: the day the article tells, not the
  statement's two days (step._near_days, said-near-day-111000);
- «أعلن الجيش، الثلاثاء، خروج المقاتلين من البلدة، مساء الاثنين.»: the statement's day told right after the reporting
  verb whose object is the act (no «أن») is set aside for an earlier day set off by a comma that closes the sentence,
  as far as days in a row reach; a night told by its two days begins earlier (step._earlier_day_set_off).
"""
from __future__ import annotations

from marsad_testdata import read_doc

AIR = "Air/drone strike"
NVT = "Non-violent transfer of territory"

NEAR_DAY = (
    "قال المرصد السوري لحقوق الإنسان، السبت، إن قوات النظام واصلت تقدمها في الغوطة الشرقية المحاصرة.\n"
    "وأوضح المرصد أن قوات النظام تمكنت السبت من السيطرة على بلدة مديرا.\n"
    "وقد استهدف قصف جوي ومدفعي بلدة حمورية التي يختبئ سكانها في الأقبية.\n"
)


def _days(extractor, text: str, pub: str, sub: str) -> list[tuple[str, str]]:
    return [(e.date_start, e.date_end) for e in read_doc(extractor, text, pub).events if e.sub_event_type == sub]


def test_undated_act_after_an_act_of_its_day_takes_that_day(extractor):
    assert _days(extractor, NEAR_DAY, "2018-03-10", AIR) == [("2018-03-10", "2018-03-10")]


def test_near_day_outside_the_statement_span_is_not_taken(extractor):
    # the act told before is Wednesday's, three days before Saturday's statement: the strike keeps the statement's
    # two days (a near day only narrows the span, never moves it)
    text = NEAR_DAY.replace("تمكنت السبت", "تمكنت الأربعاء")
    assert _days(extractor, text, "2018-03-10", AIR) == [("2018-03-09", "2018-03-10")]


def test_day_set_off_after_a_noun_object_of_the_statement_is_the_acts(extractor):
    text = "أعلن الجيش السوري، الثلاثاء، خروج مئات المقاتلين من بلدة حرستا في الغوطة الشرقية، مساء الاثنين."
    assert _days(extractor, text, "2018-03-27", NVT) == [("2018-03-26", "2018-03-26")]


def test_night_of_two_days_closing_a_long_sentence_is_the_acts(extractor):
    text = ("أعلن الإعلام الرسمي، الثلاثاء، خروج أكبر قافلة من المقاتلين والمدنيين حتى الآن من بلدة عربين في "
            "الغوطة الشرقية قرب دمشق، ليل الاثنين الثلاثاء.")
    assert _days(extractor, text, "2018-03-27", NVT) == [("2018-03-26", "2018-03-27")]


def test_same_day_set_off_keeps_the_statements_day(extractor):
    # a day set off after the act that is not earlier than the statement's changes nothing
    text = "أعلن الجيش السوري، الاثنين، خروج مئات المقاتلين من بلدة حرستا في الغوطة الشرقية، الاثنين."
    assert _days(extractor, text, "2018-03-27", NVT) == [("2018-03-26", "2018-03-26")]
