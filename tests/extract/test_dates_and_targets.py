"""Dates and counterparts of matched happenings (q10c): the side whose dead a sentence counts is the
target; a generic force's nationality is part of its name; (more below as added)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-06"


def _events(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published))).events


@pytest.mark.parametrize("text,actor2", [
    ("قتل خمسة من عناصر الشرطة العراقية في كمين لتنظيم داعش قرب مدينة كركوك الأحد.", "police forces of iraq"),
    ("شن تنظيم داعش هجوما على مواقع قرب مدينة الميادين الأحد، ما أسفر عن سقوط قتلى في صفوف قوات النظام.",
     "military forces of syria"),
    # a member word and the nationality adjective of the dead
    ("قتل جندي سوري واحد مساء السبت في هجوم شنه تنظيم داعش على موقع عسكري قرب مدينة تدمر.",
     "military forces of syria"),
])
def test_the_side_whose_dead_are_counted_is_the_target(extractor, text, actor2):
    evs = _events(extractor, text)
    assert evs and evs[0].actor1 == "Islamic State (Iraq and Syria)", [(e.actor1, e.actor2) for e in evs]
    assert (evs[0].actor2 or "").lower().startswith(actor2), evs[0].actor2


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة التركية ثلاثة رجال في مدينة إسطنبول السبت.",
    "اعتقلت قوات الأمن التركية ثلاثة رجال في مدينة إسطنبول السبت.",
])
def test_a_generic_force_with_its_nationality_is_one_side(extractor, text):
    evs = _events(extractor, text)
    assert [(e.actor1, e.actor2) for e in evs] == [("Police Forces of Turkey", None)]


def test_a_day_after_the_closing_source_is_the_report_s(extractor):
    # the day after "وفقا لما ذكرته X،" closing the sentence is when it was reported; the day told with
    # the arrest in the next sentence is the happening's
    text = ("اعتقلت الشرطة التركية ثلاثة رجال في مدينة إسطنبول للاشتباه بانتمائهم إلى تنظيم داعش، "
            "وفقا لما ذكرته وكالة الأناضول، السبت. واعتقلت الشرطة المشتبه بهم الخميس بعد مداهمة منزلهم، بحسب البيان.")
    evs = _events(extractor, text, "2018-05-05")
    assert [(e.sub_event_type, e.date_start) for e in evs] == [("Arrests", "2018-05-03")]
    assert "report-day" in evs[0].rule_ids


@pytest.mark.parametrize("first,sub", [
    ("قصفت طائرات حربية روسية الأحد مدينة معرة النعمان في ريف إدلب، ما أسفر عن مقتل ثمانية مدنيين", "Air/drone strike"),
    ("قصفت قوات النظام بالمدفعية الأحد مدينة معرة النعمان في ريف إدلب، ما أسفر عن مقتل ثمانية مدنيين",
     "Shelling/artillery/missile attack"),
])
def test_the_bombardment_named_again_keeps_its_kind_and_target(extractor, first, sub):
    # "القصف" leaves open whether from the air or by artillery: told again, it is the bombardment just told
    text = first + "، وفق المرصد السوري لحقوق الإنسان. وطال القصف بلدات عدة بينها سراقب وكفرنبل، بحسب المرصد."
    evs = _events(extractor, text, "2018-05-07")
    listed = [e for e in evs if e.location_text in ("سراقب", "كفرنبل")]
    assert len(listed) == 2, [(e.location_text, e.sub_event_type) for e in evs]
    assert all(e.sub_event_type == sub and e.actor2 == "Civilians (Syria)" for e in listed), \
        [(e.sub_event_type, e.actor2) for e in listed]


@pytest.mark.parametrize("text,published,day", [
    # the day told before the quote opens is when the words were said
    ('وأضاف البيان الصادر عن قيادة الجماعة الجمعة "بعد لقائنا اليوم مع الوفد فقد تم الاتفاق على إجلاء '
     'الدفعة الأولى من المقاتلين من مدينة دوما".', "2018-03-10", "2018-03-09"),
    # none told: the lead's day, a day before publication (the report was published the morning after)
    ('تمكنت القوات الحكومية الأحد من استعادة السيطرة على بلدات عدة في ريف درعا. وقال مدير المرصد '
     '"تم اليوم التوصل إلى اتفاق مصالحة جديد في مدينة بصرى الشام".', "2018-07-02", "2018-07-01"),
    # the lead's day is the publication's: "اليوم" stays that day
    ('تمكنت القوات الحكومية اليوم من استعادة السيطرة على بلدات عدة في ريف درعا. وقال مدير المرصد '
     '"تم اليوم التوصل إلى اتفاق مصالحة جديد في مدينة بصرى الشام".', "2018-07-02", "2018-07-02"),
])
def test_today_in_quoted_speech_is_the_day_it_was_said(extractor, text, published, day):
    evs = [e for e in _events(extractor, text, published) if e.sub_event_type == "Agreement"]
    assert [e.date_start for e in evs] == [day], [(e.sub_event_type, e.date_start, e.rule_ids) for e in evs]


def test_a_short_quoted_name_is_no_speech(extractor):
    # «"روسيا اليوم"» is a channel's name: its "اليوم" is not counted from any statement's day
    text = ('تمكنت القوات الحكومية الأحد من استعادة السيطرة على بلدات عدة في ريف درعا. وذكرت قناة "روسيا اليوم" '
            'أن اتفاقا تم التوصل إليه في مدينة بصرى الشام.')
    evs = _events(extractor, text, "2018-07-02")
    assert all("quote-day" not in e.rule_ids for e in evs), [(e.sub_event_type, e.date_start, e.rule_ids) for e in evs]


def test_a_happening_going_on_since_a_recent_day_runs_up_to_the_report(extractor):
    # "منذ مساء الثلاثاء" (a day or two back) starts what still goes on: the range runs to publication
    text = "وقال المرصد إن قوات النظام أخلت منذ مساء الثلاثاء مطارات عسكرية عدة في محيط مدينة حمص."
    evs = _events(extractor, text, "2018-04-11")
    assert [(e.date_start, e.date_end) for e in evs] == [("2018-04-10", "2018-04-11")], \
        [(e.sub_event_type, e.date_start, e.date_end, e.rule_ids) for e in evs]


def test_belonging_to_is_no_reporting_verb(extractor):
    # "تابعة ل" (belonging to) is a participle, not "تابع" (he went on): the owner of the positions hit is
    # the target, not a source
    text = "قصفت طائرات حربية أمريكية الجمعة مواقع تابعة للنظام السوري في ريف حمص."
    evs = _events(extractor, text, "2018-04-14")
    assert [(e.actor1, e.actor2, e.claimed_by) for e in evs] == [
        ("Military Forces of the United States (2017-2021)", "Military Forces of Syria (2000-)", [])]


def test_protesters_named_after_the_protest_are_who_protests(extractor):
    text = "وتتواصل المظاهرات في جنوب العراق، حيث قطع محتجون مساء الخميس الطريق المؤدي إلى ميناء البصرة."
    evs = [e for e in _events(extractor, text, "2018-07-13") if e.event_type == "Protests"]
    assert [(e.actor1, e.actor2) for e in evs] == [("Protesters (Iraq)", None)]
