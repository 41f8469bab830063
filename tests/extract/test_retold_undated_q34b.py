"""A well-known happening retold later by an undated indefinite noun at its place (branch q34b), on sentences of our
own: it takes the happening's day (campaigns.tsv, kind happening), not the reaction's or the report's."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep


def _chemical(extractor, text, published):
    doc = extractor(MetaStep()(Document(text=text, published=published)))
    return [e for e in doc.events if e.sub_event_type == "Chemical weapon"]


def test_an_undated_indefinite_attack_at_the_happenings_place_takes_its_day(extractor):
    # the place is the context's ("المدينة"), not named after the trigger
    text = ("تقع مدينة دوما شرق دمشق. ورغم نفي الحكومة وقوع هجوم كيماوي في المدينة، قالت منظمات طبية إن مئات عولجوا "
            "من أعراض الاختناق.")
    events = _chemical(extractor, text, "2018-04-11")
    # the report never tells the day: the report's week (q27d), not the statement's or the report's day
    assert events and all((e.date_start, e.date_end) == ("2018-04-04", "2018-04-11") for e in events), \
        [(e.date_start, e.date_end, e.rule_ids) for e in events]
    assert "cp-700" in events[0].rule_ids


def test_an_attack_reported_with_no_day_in_a_later_report_is_the_known_one(extractor):
    text = "وطالب الوزير بمحاسبة المسؤولين. وقالت منظمات طبية في دوما إن مئات عولجوا بعد تقارير عن هجوم كيماوي للنظام."
    events = _chemical(extractor, text, "2018-04-11")
    assert [(e.date_start, e.date_end) for e in events] == [("2018-04-04", "2018-04-11")], \
        [(e.date_start, e.date_end, e.rule_ids) for e in events]


def test_a_campaigns_place_retold_by_an_undated_noun_needs_the_day_told(extractor):
    # cp-20 (the Eastern Ghouta emptied on 14 April) is a campaign, not one day's happening: an undated regaining at
    # its place in a report that never tells that day is not moved to it
    text = ("وتحدث الوزير عن الغوطة الشرقية قرب دمشق. وقال إن الضربات جاءت في إشارة إلى استعادة القوات الحكومية "
            "جزءا كبيرا من الأراضي.")
    doc = extractor(MetaStep()(Document(text=text, published="2018-04-20")))
    assert not any("cp-20" in e.rule_ids for e in doc.events), [(e.event_date, e.rule_ids) for e in doc.events]
