"""g90d: the broker of a deal («برعاية روسية»، «بوساطة الأمم المتحدة») is no side of it (ACLED codes the parties),
and a deal whose other side is the generic rebels borrows no rebel group as its agent. Sentences composed for the
tests."""
from __future__ import annotations

from marsad_testdata import pairs_of

AGR = "Agreement"
SYR = "Military Forces of Syria (2000-)"
RUS = "Military Forces of Russia (2000-)"
UN = "UN: United Nations"
REB = "Opposition Rebels (Syria)"
AHRAR = "Ahrar al Sham"


def _sides(extractor, text):
    return pairs_of(extractor, text, AGR, "2018-03-21")


def test_russian_broker_adjective_is_no_side(extractor):
    got = _sides(extractor, "أعلنت مصادر محلية الأربعاء التوصل إلى اتفاق بوساطة روسية لإخراج مقاتلي أحرار الشام "
                            "من بلدة كفرنبل.")
    assert got and all(RUS not in s for s in got)


def test_un_under_whose_care_a_deal_is_made_is_no_side(extractor):
    got = _sides(extractor, "أعلن فصيل جيش الإسلام الأربعاء التوصل برعاية الأمم المتحدة إلى اتفاق لوقف إطلاق النار "
                            "في بلدة مسرابا.")
    assert got and all(UN not in s for s in got)


def test_rebel_group_is_not_the_agent_of_a_deal_with_the_rebels(extractor):
    # the first deal names only the generic rebels; it must not borrow Ahrar al-Sham (of the next sentence) as its
    # agent, nor keep the Russian broker: the coder's default, the Syrian state, is its agent
    got = _sides(extractor, "قال مصدران بالمعارضة الأربعاء إنه تم التوصل إلى اتفاق بوساطة روسية لإجلاء مجموعة من "
                            "المسلحين من بلدة في الغوطة الشرقية إلى شمال غرب سوريا الخاضع لسيطرة المعارضة. وأضاف "
                            "المصدران أن مقاتلين من جماعة أحرار الشام التي تسيطر على بلدة مديرا المحاصرة اتفقوا على "
                            "إلقاء أسلحتهم مقابل الخروج إلى مناطق يسيطر عليها مسلحون.")
    assert (SYR, REB) in got
    assert all(RUS not in s for s in got)
