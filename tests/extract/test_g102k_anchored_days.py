"""g102k: an act told a counted span after (or before) an anchor happening with a day of its own («بعد أسبوع من هجوم
10 فبراير، سيطرت ...») took the anchor's day; its own is the anchor's moved by the span, and a plural span with no number
(«بعد أيام قليلة من») gives the days after the anchor's up to the span or publication (days.anchored_day, rule ids
74500-74503). The anchor's own act keeps its day. Sentences composed for these tests."""
from __future__ import annotations

import pytest

from marsad_testdata import fields_of, read_doc

TERR, CLASH = "Government regains territory", "Armed clash"
DAY = "2018-03-20"


@pytest.fixture(scope="module")
def ex():
    from marsad.extract.step import EventExtractor
    return EventExtractor()


def _days(ex, text: str, sub: str, published: str = DAY) -> list[tuple[str, str]]:
    return [(str(s), str(e)) for t, s, e in fields_of(ex, text, published, "sub_event_type", "date_start", "date_end")
            if t == sub]


@pytest.mark.parametrize("text, day", [
    ("بعد أسبوع من هجوم 5 مارس، استعادت قوات النظام السيطرة على بلدة النشابية.", "2018-03-12"),
    ("وبعد يومين من اشتباكات عنيفة مع المسلحين في 9 مارس، استعادت قوات النظام السيطرة على بلدة النشابية.", "2018-03-11"),
    ("استعادت قوات النظام السيطرة على بلدة النشابية بعد ثلاثة أيام من وصول تعزيزات عسكرية إليها في 8 مارس.",
     "2018-03-11"),
])
def test_counted_span_after_the_anchor_dates_the_act(ex, text, day):
    assert _days(ex, text, TERR) == [(day, day)]


def test_plural_span_gives_the_days_after_the_anchor(ex):
    text = "بعد أيام قليلة من إعلان الفصائل في 12 مارس اتحادها، استعادت قوات النظام السيطرة على بلدة النشابية."
    assert _days(ex, text, TERR) == [("2018-03-13", "2018-03-19")]


def test_anchored_lead_dates_the_undated_acts_after_it(ex):
    text = ("بعد أيام معدودة من إعلان الفصيلين في 14 مارس عن اندماجهما في جسم واحد، اندلعت المعارك في الريف.\n"
            "واستعادت قوات النظام السيطرة على بلدة النشابية.")
    evs = [e for e in read_doc(ex, text, DAY).events if e.sub_event_type == TERR]
    assert evs and all(str(e.date_start) > "2018-03-14" for e in evs)


def test_the_anchors_own_act_keeps_its_day(ex):
    # the clash named after «من» is the anchor: its day stays the one told
    text = "وقعت اشتباكات عنيفة بين الجيش والمسلحين في 9 مارس في بلدة النشابية، بعد يومين من هجوم على الحاجز."
    assert _days(ex, text, CLASH) == [("2018-03-09", "2018-03-09")]


@pytest.mark.parametrize("text, day", [
    # hours stay within the day told; «بعد ظهر» is a part of the day
    ("بعد ساعات من هجوم شنه المسلحون الأحد، استعادت قوات النظام السيطرة على بلدة النشابية.", "2018-03-18"),
    ("استعادت قوات النظام بعد ظهر الأحد السيطرة على بلدة النشابية.", "2018-03-18"),
])
def test_no_count_of_days_keeps_the_day(ex, text, day):
    assert _days(ex, text, TERR) == [(day, day)]
