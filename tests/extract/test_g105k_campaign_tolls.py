"""g105k: a day's toll of civilians told with no act, no place and no killer, a few sentences after a campaign of
strikes told only by its running total, is that campaign's strike of that day (step._campaign_day_tolls,
campaign-toll-98001): «القصف الذي تشنه قوات النظام وأوقع أكثر من 300 قتيل منذ السبت في ريف إدلب ... وقتل 31 مدنيا
على الأقل الأربعاء»."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-16"  # a Friday: «الأربعاء» is 14 March
ERV = "Explosions/Remote violence"
SYR = "Military Forces of Syria (2000-)"
TALLY = ("انتقدت فرنسا القصف الذي تشنه قوات النظام السوري وأوقع أكثر من 300 قتيل منذ السبت في مدينة معرة النعمان. "
         "وقال المتحدث باسم الخارجية الفرنسية للصحفيين إن \"هذا الوضع لا يمكن قبوله\". ")


def _strikes(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == ERV]


def test_a_days_toll_after_a_campaigns_tally_is_that_days_strike(extractor):
    evs = _strikes(extractor, TALLY + "وقتل 31 مدنيا على الأقل الأربعاء.")
    assert [(e.date_start, e.actor1, e.fatalities) for e in evs] == [("2018-03-14", SYR, 31)]
    assert "campaign-toll-98001" in evs[0].rule_ids
    assert evs[0].location_text == "معرة النعمان"


@pytest.mark.parametrize("aside", [
    "وقتل 31 مدنيا على الأقل.",  # no day: the dead may be the campaign's sum, not one day's
    "وعقد مجلس الأمن جلسة طارئة لبحث الوضع. ودعا المندوب الكويتي إلى وقف المعاناة. وطالب المندوب السويدي بهدنة "
    "إنسانية. وقتل 31 مدنيا على الأقل الأربعاء.",  # told far after the tally
    "",  # the tally alone
])
def test_only_a_days_toll_near_the_tally_becomes_its_strike(extractor, aside):
    assert len(_strikes(extractor, TALLY + "وقتل 31 مدنيا على الأقل الأربعاء.")) == 1
    assert _strikes(extractor, TALLY + aside) == []
