"""Deals and handovers of towns (branch g62d): an agreement about moving fighters out is placed where they leave, not
at a destination told before it in the sentence; a leaving told under a deal ("بموجب اتفاق") is kept when told
after the lead too."""
from __future__ import annotations

from marsad_testdata import read_doc

AGREEMENT = "Agreement"
NVT = "Non-violent transfer of territory"


def _places(extractor, text: str, sub: str, day: str = "2018-04-02") -> list[str]:
    return sorted(e.location for e in read_doc(extractor, text, day).events if e.sub_event_type == sub)


def test_an_agreement_is_not_placed_at_the_destination_told_before_it(extractor):
    text = ("وأعلنت الوكالة خروج ثلاث حافلات من مدينة حرستا تقل مقاتلين وعائلاتهم تمهيدا لنقلهم إلى جرابلس، "
            "وذلك غداة إعلان روسيا التوصل إلى اتفاق لإجلائهم من المدينة.")
    places = _places(extractor, text, AGREEMENT)
    assert places and "Jarābulus" not in places
    assert places == ["Ḩarastā"]


def test_a_leaving_under_a_deal_told_after_the_lead_is_kept(extractor):
    text = ("قصفت الطائرات الحربية بلدة عربين في الغوطة الشرقية صباح اليوم.\n"
            "من جهة أخرى، بدأ مقاتلو فصيل جيش الإسلام الخروج من مدينة دوما المحاصرة في الغوطة الشرقية، "
            "بموجب اتفاق إجلاء يسلم المدينة إلى الحكومة بعد أشهر من الحصار.")
    assert _places(extractor, text, NVT) == ["Dūmā"]


def test_a_leaving_named_with_no_deal_after_the_lead_stays_dropped(extractor):
    text = ("قصفت الطائرات الحربية بلدة عربين في الغوطة الشرقية صباح اليوم.\n"
            "من جهة أخرى، بدأ مقاتلو فصيل جيش الإسلام الخروج من مدينة دوما المحاصرة في الغوطة الشرقية.")
    assert _places(extractor, text, NVT) == []
