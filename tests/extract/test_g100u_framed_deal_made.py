"""g100u: a deal framed as the aim ("ل") or the earlier happening of another act ("بعد") is still one made on its day
when the verb that made it and a day follow it closely (step.MADE_FRAMES, made-dated-69400). Composed sentences."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-12"  # a Saturday: «الخميس» is 10 May


def _deals(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Agreement"]


def test_a_deal_carried_out_told_with_its_announcing_day_is_kept(extractor):
    ev = _deals(extractor, "وانطلقت الحافلات من البلدة تنفيذا لاتفاق أعلن الخميس، ينص على خروج المسلحين نحو الشمال.")
    assert ev and "made-dated-69400" in ev[0].rule_ids
    # the day it was announced is the deal's own, not a statement's (no week-wide report day)
    assert ev[0].event_date == "2018-05-10" and ev[0].time_precision == 1


def test_a_deal_told_before_a_handover_with_its_concluding_day_is_kept(extractor):
    ev = _deals(extractor, "وأخلت الفصائل مواقعها في البلدة للجيش بعد اتفاق تسوية أبرم يوم الخميس مع الوفد الروسي.")
    assert ev and "made-dated-69400" in ev[0].rule_ids
    assert ev[0].event_date == "2018-05-10"


def test_a_deal_carried_out_with_no_day_stays_a_frame(extractor):
    assert not _deals(extractor, "وانطلقت الحافلات من البلدة تنفيذا لاتفاق أعلن سابقا، ينص على خروج المسلحين نحو الشمال.")


def test_a_deal_recalled_by_part_of_a_month_stays_a_frame(extractor):
    # "مطلع الشهر" is no day: the deal recalled, not made on a day the report tells
    assert not _deals(extractor, "وتتواصل عمليات إخراج المسلحين تنفيذا للاتفاق الذي أعلن التوصل إليه مطلع الشهر الحالي.")


def test_an_aim_told_by_a_cue_stays_an_aim(extractor):
    # the meeting's aim «لبحث التوصل لاتفاق» is no deal, whatever day the meeting has
    assert not _deals(extractor, "واجتمع الوفدان يوم الخميس لبحث التوصل لاتفاق حول البلدة.")


def test_a_truce_in_force_since_a_day_stays_background(extractor):
    # «تزامنا مع هدنة أعلنتها روسيا، تسري منذ الثلاثاء»: a pause in force, its day the start, not a deal made then
    assert not _deals(extractor, "ويأتي تقدم القوات تزامنا مع هدنة أعلنتها روسيا، تسري منذ الثلاثاء يوميا لخمس ساعات.")


def test_a_day_after_a_verb_of_beginning_is_another_acts(extractor):
    # «بدأت» is the patrols' start, not the deal's making: its Thursday dates no deal (trigger_cues deal_in_force)
    assert not _deals(extractor, "وبناء على اتفاق الإجلاء، بدأت الشرطة العسكرية الخميس بتسيير دوريات في البلدة.")
