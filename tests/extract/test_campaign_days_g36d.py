"""The first day of a campaign is not the day of a clash told in it (g36d). A day that closes a phrase of beginning
("في إطار العملية التي بدأتها تركيا في يناير") gives the report no lead day; a campaign's launch day ("وأطلق
الجيش في 10 سبتمبر عملية عسكرية"، "بدأت في 19 يونيو عملية عسكرية") does not date the clash merged with it. An act
named right after a bare verb of beginning ("بدأت الأحد هجوما") began that day: its own day."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep


def _doc(extractor, text, published):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _battle_days(doc):
    return sorted(e.date_start for e in doc.events if e.event_type == "Battles")


def test_a_campaigns_first_month_is_not_the_lead_day(extractor):
    doc = _doc(extractor, "أعلنت وزارة الدفاع التركية مقتل ثلاثة من جنودها في اشتباكات بمنطقة عفرين شمالي سوريا.\n"
                          "وتأتي الاشتباكات في إطار عملية عسكرية بدأتها تركيا في يناير الماضي ضد الوحدات الكردية.",
               "2018-03-02")
    days = _battle_days(doc)
    assert days and all(d >= "2018-02-28" for d in days)


def test_a_campaign_launch_day_does_not_date_the_ambush_merged_with_it(extractor):
    doc = _doc(extractor, "قتل 12 عنصرا من قوات الحشد الشعبي في كمين نصبه مسلحو تنظيم داعش قرب مدينة كركوك.\n"
                          "وقال بيان للحشد إن الهجوم وقع مساء الأحد.\n"
                          "وكان العراق أعلن مطلع الشهر الجاري عن عملية عسكرية نفذتها قوات الحشد الشعبي إلى "
                          "الجنوب من مدينة كركوك.",
               "2018-02-19")
    assert _battle_days(doc) == ["2018-02-18"]


def test_a_campaign_begun_weeks_ago_does_not_date_todays_clashes(extractor):
    doc = _doc(extractor, "وتدور اشتباكات عنيفة بين قوات النظام والفصائل المعارضة جنوب مدينة درعا.\n"
                          "وكانت قوات النظام قد بدأت في 19 يونيو عملية عسكرية في محافظة درعا.",
               "2018-06-28")
    days = _battle_days(doc)
    assert days and all(d >= "2018-06-26" for d in days)


def test_an_offensive_named_after_the_day_it_began_keeps_that_day(extractor):
    # guard: "بدأت الأحد هجوما" tells the offensive's own day, also beside an undated clash of today
    doc = _doc(extractor, "تدور اشتباكات عنيفة بين القوات الحكومية والفصائل المعارضة في محافظة القنيطرة.\n"
                          "وكانت القوات الحكومية قد بدأت الأحد هجوما على مواقع الفصائل في المحافظة.",
               "2018-07-20")
    assert "2018-07-15" in _battle_days(doc)


def test_a_day_told_in_the_pluperfect_is_not_the_lead_day(extractor):
    # "وكانت الوزارة قد أعلنت أوائل مارس": background told after the news, not the day of its undated ambush
    doc = _doc(extractor, "قتل أربعة من عناصر الشرطة في كمين لتنظيم داعش قرب بلدة مندلي بمحافظة ديالى.\n"
                          "وكانت وزارة الداخلية قد أعلنت أوائل مارس عن اعتقال عنصرين من التنظيم في بغداد.",
               "2018-03-14")
    days = _battle_days(doc)
    assert days and all(d >= "2018-03-12" for d in days)
