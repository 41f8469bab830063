"""The day of the happening, second round (q24b): the day told between a reporting verb and the complementizer is
the statement's; the act told after the complementizer keeps a day of its own told after it."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-02"  # a Wednesday; "الاثنين" is 2018-04-30


def _events(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published))).events


def test_the_statement_day_gives_way_to_the_acts_week(extractor):
    evs = _events(extractor, "قالت الشرطة العراقية الاثنين إن مسلحين من تنظيم داعش قتلوا ثلاثة مدنيين في قرية "
                             "قرب كركوك الأسبوع الماضي.")
    assert [(e.date_start, e.date_end) for e in evs] == [("2018-04-21", "2018-04-27")]
    assert "date-not-statement" in evs[0].rule_ids


def test_the_statement_day_with_a_comma_gives_way_to_the_acts_day(extractor):
    evs = _events(extractor, "وذكر مصدر أمني، الاثنين، أن قوات الأمن اعتقلت خمسة مطلوبين في مدينة الموصل يوم "
                             "السبت الماضي.")
    assert [e.date_start for e in evs] == ["2018-04-28"]


def test_without_a_day_of_its_own_the_act_keeps_the_statement_day(extractor):
    evs = _events(extractor, "قالت الشرطة العراقية الاثنين إن مسلحين من تنظيم داعش قتلوا ثلاثة مدنيين في قرية "
                             "قرب كركوك.")
    assert [e.date_start for e in evs] == ["2018-04-30"]
    assert "date-not-statement" not in evs[0].rule_ids


def test_a_day_past_a_clause_break_is_not_the_acts(extractor):
    evs = _events(extractor, "قالت الشرطة العراقية الاثنين إن مسلحين قتلوا ثلاثة مدنيين في كركوك، وكانت الشرطة "
                             "قد عززت انتشارها في المدينة الأسبوع الماضي.")
    assert [e.date_start for e in evs] == ["2018-04-30"]


def test_a_day_far_after_the_act_is_a_nested_clauses(extractor):
    doc = extractor(MetaStep()(Document(
        text="قال التلفزيون الرسمي، الاثنين، إن القوات الحكومية دخلت شمال مدينة حلفايا ورفعت العلم في المدينة التي "
             "انطلقت منها الثورة على حكم الرئيس بشار الأسد عام 2011.", published=PUB)))
    assert not [d for d in doc.dropped if d["reason"].startswith("background")]
