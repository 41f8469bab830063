"""g98bb: a share of a region taken (a percent, a fraction, «معظم») is read over the taking's whole clause, not only
6 tokens after the verb: a running total of a campaign, not one taking (frames._share_spans, md-gen-61600)."""
from __future__ import annotations

from marsad_testdata import subs_of

DAY = "2018-05-02"
TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")


def _takings(extractor, text: str) -> list[str]:
    return [s for s in subs_of(extractor, text, DAY) if s in TAKINGS]


def test_percent_far_after_the_verb_is_a_share(extractor) -> None:
    text = ("وتفقد الرئيس الثلاثاء الوحدات العسكرية في ريف حمص، ولقد استعادت القوات الحكومية السيطرة على أكثر من 75 "
            "في المئة من مساحته.")
    assert _takings(extractor, text) == []


def test_two_thirds_is_a_share(extractor) -> None:
    text = "سيطرت القوات الحكومية في ريف حماة الشرقي على ما يزيد عن ثلثي مساحة المنطقة."
    assert _takings(extractor, text) == []


def test_guard_town_taken_keeps_its_taking(extractor) -> None:
    """A percent inside a relative clause about the town taken tells of the town, not of the taking."""
    text = "وسيطرت القوات الحكومية الثلاثاء على بلدة تلبيسة التي يقطنها 40 بالمئة من سكان ريف حمص الشمالي."
    assert _takings(extractor, text) == ["Government regains territory"]


def test_guard_strike_keeps_its_percent_window(extractor) -> None:
    """A strike is not widened: a percent of homes destroyed far after the strike verb leaves the strike."""
    text = "قصفت طائرات حربية الثلاثاء بلدة تلبيسة في ريف حمص الشمالي ودمرت بشكل شبه كامل أكثر من 50 في المئة من منازلها."
    assert "Air/drone strike" in subs_of(extractor, text, DAY)


def test_guard_kurdish_majority_town_is_no_share(extractor) -> None:
    text = "وسيطرت القوات التركية الثلاثاء على مدينة تل رفعت ذات الغالبية الكردية في ريف حلب الشمالي."
    assert _takings(extractor, text) == ["Government regains territory"]
