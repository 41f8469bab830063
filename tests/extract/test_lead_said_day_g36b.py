"""A day opening the sentence before its reporting verb (g36b): "والأربعاء، قال الجيش إن ..."، "وقبل يومين، أعلن
الإعلام خروج ...": the statement's day, fronted; a recent day told later in the sentence is the act's."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-03"  # a Thursday: "قبل يومين" is 2018-05-01, "ليل الاثنين الثلاثاء" 2018-04-30..2018-05-01


def _events(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published))).events


def test_a_fronted_statement_day_gives_way_to_the_night_told_after_a_comma(extractor):
    evs = _events(extractor, "وقبل يومين، أعلن التلفزيون الرسمي السوري خروج مئات المسلحين وعائلاتهم من بلدة "
                             "الرحيبة في القلمون الشرقي، ليل الاثنين الثلاثاء.")
    assert [(e.date_start, e.date_end) for e in evs] == [("2018-04-30", "2018-05-01")]
    assert "date-not-statement" in evs[0].rule_ids


def test_a_fronted_weekday_gives_way_to_the_acts_day(extractor):
    evs = _events(extractor, "والأربعاء، قال الجيش التركي إن طائراته الحربية قصفت مواقع لحزب العمال الكردستاني "
                             "في جبال قنديل شمال العراق يوم الاثنين.")
    assert [e.date_start for e in evs] == ["2018-04-30"]


def test_a_fronted_day_alone_stays_the_statements_news_day(extractor):
    evs = _events(extractor, "والأربعاء، قال الجيش التركي إن طائراته الحربية قصفت مواقع لحزب العمال الكردستاني "
                             "في جبال قنديل شمال العراق.")
    assert [e.date_start for e in evs] == ["2018-05-02"]
    assert "said-day" in evs[0].rule_ids


def test_a_night_and_a_later_day_of_evacuation_are_two_events(extractor):
    evs = _events(extractor, "وقبل يومين، أعلن التلفزيون الرسمي السوري خروج مئات المسلحين وعائلاتهم من بلدة "
                             "الرحيبة في القلمون الشرقي، ليل الاثنين الثلاثاء. وغادر مئات المسلحين الآخرين بلدة "
                             "الرحيبة أمس الأربعاء في حافلات إلى الشمال السوري.")
    days = sorted((e.date_start, e.date_end) for e in evs if e.sub_event_type == "Non-violent transfer of territory")
    assert days == [("2018-04-30", "2018-05-01"), ("2018-05-02", "2018-05-02")]
