"""A deal's terms are no transfer of territory (g80e): a second term joined by "و" to the act agreed on after "على"
(«وافقوا على تسليم ... والخروج»), a consent whose subject is long, and a departure summed up from plural deals
(«اتفاقات تم بموجبها إجلاء») tell no fighters leaving on a day."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-05-06"
NVT = "Non-violent transfer of territory"


def _transfers(extractor, text):
    return events_of(extractor, text, NVT, PUB)


def test_second_term_after_consent_is_no_transfer(extractor):
    text = ("وشهدت بلدة الحارة أمس توقيع اتفاق تسوية بين الجيش والمسلحين الذين وافقوا على تسليم أسلحتهم المتوسطة "
            "والخروج من البلدة.")
    assert _transfers(extractor, text) == []
    # the deal itself is still told
    assert len(events_of(extractor, text, "Agreement", PUB)) == 1


def test_consent_with_a_long_subject_reaches_its_terms(extractor):
    assert _transfers(extractor, "ووافقت الفصائل المسلحة المتحصنة في بلدة الحارة وقرى كفر شمس وعقربا ونمر "
                                 "على تسليم البلدة للجيش والخروج إلى الشمال.") == []


def test_departure_summed_up_from_plural_deals_is_no_transfer(extractor):
    assert _transfers(extractor, "وكان الجيش قد أبرم في مناطق أخرى اتفاقات تم بموجبها إجلاء آلاف المسلحين من "
                                 "بلدة الحارة إلى الشمال.") == []


def test_fighters_leaving_under_a_deal_still_a_transfer(extractor):
    got = _transfers(extractor, "وخرج يوم الجمعة مئات المسلحين وعائلاتهم من بلدة الحارة في حافلات إلى الشمال "
                                "بموجب اتفاق مع الجيش.")
    assert len(got) == 1
