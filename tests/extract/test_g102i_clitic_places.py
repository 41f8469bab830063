"""Place names behind the preposition ك ("like") and lists whose member carries و + ب (branch g102i), on sentences of
our own.

"كالنجف" is ك + "النجف" ("such as Najaf"): recognition refused every ك reading (to keep "كروم" from being ك +
"روم"); it now takes ك before a definite word of three letters at least or before a name of several words
("كخان شيخون"), and nowhere else (lang.ar.tokens.definite_after_like). "X وبY" joins Y to X as "X وY" does: the ب
there no longer makes Y the container of X ("X بY"), so the list goes on to Y (lang.ar.tokens.conjoined).
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-07-20"  # a Friday


def _places(extractor, text: str) -> list[str]:
    return [e.location for e in read_doc(extractor, text, PUB, title="خبر").events]


@pytest.mark.parametrize("text, wanted", [
    # ك + a definite name opening a list
    ("تظاهر مئات العاطلين عن العمل الجمعة في مدن كالنجف وكربلاء.\n", {"Najaf", "Karbala"}),
    # ك + a name of two words
    ("نفذت طائرات حربية الأحد غارات على بلدات كخان شيخون وكفرنبل.\n", {"Khān Shaykhūn", "Kafranbel"}),
    ("قصفت الطائرات الحربية الأحد مدنا كدير الزور والميادين.\n", {"Deir ez-Zor", "Al Mayādīn"}),
])
def test_a_name_after_like_is_a_place(extractor, text, wanted):
    assert wanted <= set(_places(extractor, text))


@pytest.mark.parametrize("text, wanted", [
    ("تظاهر مئات العاطلين عن العمل الجمعة في النجف وكربلاء وبالديوانية.\n", {"Najaf", "Karbala", "Al Diwaniyah"}),
    ("تظاهر مئات العاطلين عن العمل الجمعة بالنجف وبكربلاء.\n", {"Najaf", "Karbala"}),
    ("شنت الطائرات غارات على مدينتي سراقب وبمعرة النعمان.\n", {"Saraqib", "Ma‘arrat an Nu‘mān"}),
])
def test_a_list_goes_on_past_and_bi(extractor, text, wanted):
    assert set(_places(extractor, text)) == wanted


def test_bi_alone_still_places_what_was_told_before(extractor):
    """"حي X بالبصرة": Basra contains the quarter (no و: no list)."""
    assert _places(extractor, "انفجرت عبوة ناسفة الأحد في حي الجمهورية بالبصرة.\n") == ["Basrah"]


@pytest.mark.parametrize("text, wanted", [
    # names that merely start with ك/ب/ف/ل keep their letters
    ("قصفت الطائرات الحربية الأحد مدينة كفرنبل وبلدة بنش.\n", {"Kafranbel", "Binnish"}),
    # "كروم" is no ك + "روم" (Rome)
    ("قصفت الطائرات الحربية الأحد كروم الزيتون قرب بلدة كفرنبل.\n", {"Kafranbel"}),
    # an idiom with ك + a definite common word names no place
    ("تظاهر مئات الطلاب الجمعة في كركوك كالعادة.\n", {"Kirkuk"}),
])
def test_like_reads_no_place_where_there_is_none(extractor, text, wanted):
    assert set(_places(extractor, text)) == wanted


@pytest.mark.parametrize("prefix, stem, like", [
    ("ك", "البصره", True),
    ("كال", "بصره", True),
    ("وك", "الموصل", True),
    ("ك", "روم", False),  # "كروم"
    ("ك", "امل", False),  # "كامل"
    ("وك", "اله", False),  # "وكالة": a word's ending, not a name
    ("ب", "البصره", False),
])
def test_definite_after_like(prefix, stem, like):
    from marsad.lang.ar.tokens import definite_after_like

    assert definite_after_like(prefix, stem) is like


@pytest.mark.parametrize("prefix, joined", [("وبال", True), ("فب", True), ("بال", False), ("ب", False), ("", False)])
def test_conjoined(prefix, joined):
    from marsad.lang.ar.tokens import conjoined

    assert conjoined(prefix) is joined
