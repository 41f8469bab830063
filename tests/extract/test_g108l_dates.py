"""g108l (dates carried from context, seed 1100):

- a document with no lead day dates its undated acts by the report's window [day-1, day]; an act of any kind told
  in the sentences right after an act told with its own day inside that window takes that day
  (step._near_days, window-near-day-116500);
- an act whose sentence sets its time apart before its trigger («وفي وقت سابق»; function_words time_apart) takes
  no day from the sentence before.
"""
from __future__ import annotations

from marsad_testdata import read_doc

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"

# the lead's only day is when the fighting began (no lead day), and the strike is told in the next sentence
BEGUN = (
    "اندلعت مساء الأربعاء معارك عنيفة بين القوات الحكومية ومسلحي التنظيم في بلدة الحجر الأسود جنوب دمشق.\n"
    "وشن الطيران الحربي السوري سلسلة غارات على مواقع التنظيم في بلدة الحجر الأسود.\n"
)

# no day in the lead's 400 characters; the shelling of one side is told on the day before, the other side's next
YESTERDAY = (
    "تواصلت المعاناة الإنسانية في المنطقة المحاصرة قرب العاصمة وسط تحذيرات متكررة من منظمات الإغاثة الدولية "
    "التي تطالب بفتح ممرات آمنة لخروج الجرحى والمرضى وإدخال المواد الغذائية والطبية إلى السكان، في وقت تتواصل "
    "فيه الاتصالات الدبلوماسية بين العواصم المعنية دون أن تسفر عن نتيجة حتى الآن، بحسب ما يقول مسؤولون في "
    "المنظمات العاملة هناك والذين يصفون الوضع بأنه الأسوأ منذ سنوات طويلة.\n"
    "وقالت مصادر معارضة إن 25 مدنيا قتلوا أمس في بلدة حمورية جراء قصف القوات الحكومية.\n"
    "في المقابل، قالت مصادر رسمية إن قصف الفصائل على حي جرمانة أسفر عن مقتل شخصين.\n"
)


def _days(extractor, text: str, pub: str, sub: str) -> list[tuple[str, str]]:
    return sorted((e.date_start, e.date_end) for e in read_doc(extractor, text, pub).events
                  if e.sub_event_type == sub)


def test_undated_act_under_no_lead_day_takes_the_day_told_just_before(extractor):
    # Wednesday evening's fighting lends its day to the strikes told next, not the report's Wednesday-Thursday
    days = _days(extractor, BEGUN, "2018-04-19", AIR)
    assert days and all(d == ("2018-04-18", "2018-04-18") for d in days)


def test_shelling_of_the_other_side_takes_yesterday(extractor):
    days = _days(extractor, YESTERDAY, "2018-02-23", SHELL)
    assert ("2018-02-22", "2018-02-22") in days and ("2018-02-22", "2018-02-23") not in days


def test_time_set_apart_takes_no_day_from_the_sentence_before(extractor):
    text = BEGUN.replace("وشن الطيران", "وفي وقت سابق، شن الطيران")
    assert _days(extractor, text, "2018-04-19", AIR) == [("2018-04-18", "2018-04-19")]
