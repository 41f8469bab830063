"""A mention told as a renewal on its own other day (branch g58b): "قبل أن يستأنف القصف مجددا مساء السبت على الغوطة"
after Friday's raid on a town of the Ghouta is a second happening with its own dead, not the first one retold within
the ±1 day slack."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-12"  # a Monday
EXPL = "Explosions/Remote violence"
FRIDAY_RAID = "قتل 9 مدنيين الجمعة في غارات جوية لقوات النظام على بلدة حمورية. "


def _strikes(extractor, text):
    return sorted((e.date_start, e.fatalities) for e in read_doc(extractor, text, PUB).events if e.event_type == EXPL)


def test_a_renewed_raid_on_another_day_stays_apart(extractor):
    text = FRIDAY_RAID + "وبعد ساعات من الهدوء استؤنف القصف مجددا مساء السبت على الغوطة الشرقية، ما أودى بحياة 5 مدنيين."
    assert _strikes(extractor, text) == [("2018-03-09", 9), ("2018-03-10", 5)]


def test_a_renewal_told_on_the_same_day_still_merges(extractor):
    text = FRIDAY_RAID + "وتجدد القصف الجوي الجمعة على بلدة حمورية."
    assert [d for d, _ in _strikes(extractor, text)] == ["2018-03-09"]
