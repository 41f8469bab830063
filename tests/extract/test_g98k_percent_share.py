"""g98k: a taking of a share told with the percent sign ("75%") is a running total, as "75 بالمئة" is (md-gen-3)."""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad_testdata import subs_of

DAY = "2018-05-02"


def test_percent_sign_share_is_no_taking(extractor) -> None:
    text = "أعلنت القيادة العامة للجيش، الثلاثاء، استعادة السيطرة على أكثر من 75% من ريف حمص الشمالي."
    assert subs_of(extractor, text, DAY) == []


def test_arabic_percent_sign_share_reads_as_the_words(extractor) -> None:
    """The marks are the words: a share said on a statement's day is read alike (share-said) with «٪» and «في المئة»."""
    text = "وقال الجيش الثلاثاء إن قواته سيطرت على 80 ٪ من ريف حماة الشرقي."
    words = text.replace("80 ٪", "80 في المئة")
    assert subs_of(extractor, text, DAY) == subs_of(extractor, words, DAY)


def test_town_taken_with_a_later_percent_stays(extractor) -> None:
    """Guard: a percent far after the taking (a share of something else) leaves the town's taking alone."""
    text = "وسيطرت القوات الحكومية الثلاثاء على بلدة تلبيسة التي يقطنها 40% من سكان ريف حمص الشمالي."
    assert subs_of(extractor, text, DAY) == ["Government regains territory"]


def test_marks_are_read_apart() -> None:
    assert {"%", "٪"} <= set(L.mark_cues())
