"""The dead told after «غداة» ("the day after") are the earlier day's happening's, not those of the act told before
that word (branch g97c). Sentences of our own."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.event_type, e.sub_event_type, str(e.event_date), e.fatalities) for e in doc.events]


def test_next_day_toll_is_not_the_days_act(extractor):
    text = ("قصفت قوات النظام بلدة التمانعة في ريف إدلب الأربعاء، غداة مقتل خمسة مدنيين وإصابة 12 آخرين الثلاثاء "
            "في بلدة الهبيط.\n")
    evs = [e for e in _events(extractor, text) if e[2] == "2018-05-09"]
    assert evs and all(e[3] in (None, 0) for e in evs)


def test_own_toll_kept_before_next_day(extractor):
    text = ("قتل 3 مدنيين في قصف لقوات النظام على بلدة التمانعة في ريف إدلب الأربعاء، غداة مقتل خمسة مدنيين "
            "الثلاثاء في بلدة الهبيط.\n")
    evs = [e for e in _events(extractor, text) if e[2] == "2018-05-09"]
    assert evs and all(e[3] == 3 for e in evs)
