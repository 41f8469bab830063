"""g100ac: an entry told in one sentence with the entering force's advance or incursion («توغلت ... ودخلت قرى»،
«تواصل تقدمها ... إذ دخلت») is the advance's taking (triggers.tsv tr-terr-70100, trigger_cues.tsv entry_advance), not a
Non-violent transfer beside it. A deal entry stays a transfer; aims and aid convoys stay none. Composed sentences."""
from __future__ import annotations

import pytest

from marsad_testdata import subs_and_rules

PUB = "2018-03-10"
TAKEN = "Government regains territory"
TRANSFER = "Non-violent transfer of territory"

ENTRIES_IN_ADVANCE = [
    "توغلت وحدات الجيش في ريف حماة الشمالي ودخلت ثلاث قرى صباح الجمعة.",
    "تواصل القوات الحكومية تقدمها في ريف إدلب الجنوبي إذ دخلت مساء السبت بلدة التمانعة.",
]


@pytest.mark.parametrize("text", ENTRIES_IN_ADVANCE)
def test_entry_in_an_advance_is_a_taking_not_a_transfer(extractor, text: str) -> None:
    got = subs_and_rules(extractor, text, PUB)
    assert any(sub == TAKEN and "tr-terr-70100" in rules for sub, rules in got), got
    assert TRANSFER not in [sub for sub, _ in got], got


def test_deal_entry_after_moving_up_stays_a_transfer(extractor) -> None:
    text = "تقدمت وحدات من الشرطة العسكرية الروسية ودخلت بلدة الضمير يوم الاثنين تنفيذا لاتفاق التسوية."
    subs = [sub for sub, _ in subs_and_rules(extractor, text, PUB)]
    assert TRANSFER in subs and TAKEN not in subs, subs


GUARDS = [
    "دخلت قافلة تابعة للأمم المتحدة بلدة الرستن يوم الأحد محملة بالمساعدات التي تقدمها المنظمة.",  # aid, «تقدم» = give
    "وتسعى القوات التركية إلى التقدم ودخول مدينة منبج في الأيام المقبلة.",  # an aim
]


@pytest.mark.parametrize("text", GUARDS)
def test_no_taking_from_aid_or_aims(extractor, text: str) -> None:
    assert TAKEN not in [sub for sub, _ in subs_and_rules(extractor, text, PUB)]
