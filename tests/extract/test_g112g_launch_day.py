"""A campaign told launched on its own named day within the month is that day's armed clash (branch g112g).

«وكانت قوات النظام قد أطلقت في 19 حزيران عملية عسكرية في محافظة درعا» retold in a report of mid-July: the H gold
codes the launch as an armed clash of its day at the province. The campaign noun («عملية عسكرية») weighs little, so
told outside the lead it fell under the confidence floor, and «بدأت في ... عملية عسكرية» fell as a campaign's old
start (g69c). Sentences of our own; a since-span from the start and g69c's gains summed since a start stay out.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-27"
LEAD = "قال مسؤول أممي الأحد إن المساعدات الإنسانية وصلت إلى مدينة حمص بعد تأخير دام أسابيع.\n"


def _battles(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.sub_event_type, e.date_start, e.date_end, e.admin1) for e in doc.events if e.event_type == "Battles"]


def test_a_campaign_launched_on_its_day_in_the_pluperfect_is_that_days_clash(extractor):
    text = LEAD + ("وكانت القوات الحكومية قد أطلقت في 3 أيار/مايو بدعم جوي عملية عسكرية في محافظة حماة، وحققت تقدما "
                   "في مواجهة الفصائل المعارضة.\n")
    assert [b[:3] for b in _battles(extractor, text)] == [("Armed clash", "2018-05-03", "2018-05-03")]


def test_a_campaign_begun_on_its_day_three_weeks_ago_is_that_days_clash(extractor):
    text = LEAD + ("وكانت القوات الحكومية بدأت في 4 أيار/مايو بدعم جوي عملية عسكرية في محافظة حماة ضد الفصائل "
                   "المعارضة.\n")
    assert [b[:3] for b in _battles(extractor, text)] == [("Armed clash", "2018-05-04", "2018-05-04")]


def test_the_dead_since_a_campaigns_start_are_no_launch(extractor):
    text = LEAD + "وقتل أكثر من 300 مدني منذ بدء العملية العسكرية في 4 أيار/مايو في محافظة حماة.\n"
    assert all(b[1] != "2018-05-04" for b in _battles(extractor, text))


def test_gains_summed_since_an_old_start_stay_out(extractor):
    text = LEAD + ("وبدأ الجيش عملياته في ريف حماة الشمالي 4 أيار/مايو الماضي وتوغلت قواته في المنطقة وسيطرت على "
                   "معظمها حاليا.\n")
    assert _battles(extractor, text) == []
