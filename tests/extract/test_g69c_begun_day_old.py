"""A campaign's old start day dates no fighting told a month later (branch g69c), on sentences of our own.

"حملة عسكرية بدأتها قوات النظام في 16 مارس ... تمكنت خلالها من السيطرة" in a report of 5 April: the only day of the
battle is the day the campaign began (day-begun), older than the report's week. The start was news in its own
reports; the gains it sums up have no day. A start told within the report's week stays, and so does a clash of the
report's day told beside an old start.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-05"  # a Thursday


def _battles(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.sub_event_type, e.date_start, e.date_end) for e in doc.events if e.event_type == "Battles"]


def test_a_campaign_begun_a_month_ago_dates_no_battle(extractor):
    text = ("وتكثف القصف مؤخرا على مدينة حماة بالتزامن مع حملة عسكرية بدأتها قوات النظام السوري في 16 مارس ضد ريف "
            "حماة الشمالي، معقل الفصائل المعارضة، تمكنت خلالها من السيطرة على نحو 40 بالمئة من هذه المنطقة.\n")
    assert _battles(extractor, text) == []


def test_gains_summed_since_an_old_start_are_no_taking_of_that_day(extractor):
    text = ("وبدأ الجيش السوري عملياته في ريف حماة الشمالي 16 مارس/ آذار الماضي وتوغلت قواته بشكل كبير في المنطقة "
            "وسيطرت على معظمها حاليا.\n")
    assert _battles(extractor, text) == []


def test_a_campaign_begun_this_week_stays(extractor):
    text = ("وتكثف القصف مؤخرا على مدينة حماة بالتزامن مع حملة عسكرية بدأتها قوات النظام السوري يوم الاثنين ضد ريف "
            "حماة الشمالي، معقل الفصائل المعارضة، تمكنت خلالها من السيطرة على نحو 40 بالمئة من هذه المنطقة.\n")
    assert _battles(extractor, text) != []


def test_todays_clash_beside_an_old_start_stays(extractor):
    text = ("وكانت قوات النظام قد بدأت في 16 مارس عملية عسكرية في ريف حماة الشمالي، وتدور اشتباكات عنيفة اليوم في "
            "بلدة كفرزيتا.\n")
    assert ("Armed clash", PUB, PUB) in _battles(extractor, text)
