"""g106x (old acts retold with no date of their own):

- campaigns.tsv kind "craft" (cp-110000..110006): a state's craft downed, named by the craft and its nisba right after
  the trigger («أسقطت مقاتلة إسرائيلية»، «اعترضت طائرة إيرانية»): within the background window a mention with no day of
  its own retells the 10 February 2018 downing though the report names no place with a row (step._retellable);
  past the window it is history however told, by a verb too (step._past_campaign);
- the attack a recalled killing's dead fell in («بعد مرور أقل من شهر على مقتل 27 عنصرا في كمين»، «بعد أسابيع من مقتل
  ... بغارة») is that killing, as recalled (step._toll_recalled); a day between keeps the attack's own.
"""
from __future__ import annotations

import pytest
from marsad_testdata import events_of, read_doc

DWU = "Disrupted weapons use"


def test_fighter_downing_told_months_on_by_a_verb_is_history(extractor):
    text = ("تحدث قائد عسكري إسرائيلي، الثلاثاء، عن الحرب المقبلة مع حزب الله. "
            "وأشار القائد إلى الاشتباك الذي وقع حين أسقطت مقاتلة حربية إسرائيلية فوق الجليل بعد غارات على مواقع في سوريا.")
    assert events_of(extractor, text, DWU, "2018-08-21") == []


def test_drone_downing_told_two_weeks_on_takes_its_known_day(extractor):
    # the report tells the day (10 February) in an earlier sentence: the undated retelling keeps it, not the report's
    text = ("تصاعد التوتر على الحدود الشمالية منذ العاشر من فبراير/شباط. "
            "وأسقطت إسرائيل الطائرة الإيرانية، ثم قصفت ما قالت إنه موقع قيادة إيراني في سوريا.")
    downs = events_of(extractor, text, DWU, "2018-02-24")
    assert downs and all(e.date_start == e.date_end == "2018-02-10" for e in downs)


def test_drone_downing_a_week_on_not_given_the_report_day(extractor):
    text = ("ألقى رئيس الوزراء الإسرائيلي كلمة أمام مؤتمر أمني في أوروبا. "
            "إذ قصفت إسرائيل مواقع في سوريا إثر إعلانها أنها اعترضت طائرة إيرانية من دون طيار عبرت الحدود.")
    downs = events_of(extractor, text, DWU, "2018-02-19")
    assert all(e.date_start <= "2018-02-10" for e in downs)


def test_a_syrian_jet_downed_is_still_news(extractor):
    # guard: only the rows' crafts retell the February downing; another state's jet is the day's news
    text = "أسقطت الدفاعات الجوية الإسرائيلية، الثلاثاء، مقاتلة سورية اخترقت أجواء الجولان."
    downs = events_of(extractor, text, DWU, "2018-07-24")
    assert downs and all(e.date_end == "2018-07-24" for e in downs)


# step._toll_recalled: the attack a recalled killing's dead fell in («في كمين»، «بغارة») is as recalled
RECALLED_TOLLS = [
    "وتأتي هذه الهجمات بعد مرور أقل من شهر على مقتل 20 عنصرا من قوات الأمن في كمين نصبه مسلحون قرب بلدة الشرقاط.",
    "وتأتي هذه الهجمات بعد أسابيع من مقتل 15 عنصرا من الجيش بغارة جوية في منطقة الحويجة.",
]


@pytest.mark.parametrize("text", RECALLED_TOLLS, ids=["span-on-ambush", "weeks-on-strike"])
def test_attack_of_a_recalled_killing_is_background(extractor, text):
    assert [e for e in read_doc(extractor, text, "2018-03-12").events
            if e.event_type in ("Battles", "Explosions/Remote violence")] == []


def test_attack_with_a_day_between_keeps_its_day(extractor):
    # guard: a day told between the killing and the attack is the attack's own
    text = "وأعلنت الحكومة الحداد بعد مقتل 12 جنديا يوم الخميس في هجوم على حاجز قرب الشرقاط."
    evs = [e for e in read_doc(extractor, text, "2018-03-12").events if e.event_type == "Battles"]
    assert evs and all(e.date_start == e.date_end == "2018-03-08" for e in evs)


def test_killing_in_an_ambush_told_as_news_stays(extractor):
    text = "قتل 5 جنود في كمين لتنظيم داعش قرب الحويجة."
    assert [e for e in read_doc(extractor, text, "2018-03-12").events if e.event_type == "Battles"]
