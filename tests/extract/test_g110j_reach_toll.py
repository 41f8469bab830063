"""A toll's rise closed by a verb of reaching (branch g110j): «ارتفعت حصيلة القتلى ... لتصل إلى 60» tells the new
figure of the same happening, which replaces an earlier, lower one (merge._rise_to through scans.rise_verb,
function_words toll_rise «ليصل/لتصل/ليبلغ/لتبلغ»; a hedge «نحو» may stand before the figure); rival counts with no
rise still keep the lowest."""
from __future__ import annotations

import pytest

from marsad.extract.scans import rise_verb
from marsad.lang.ar.tokens import analyze_text
from marsad.model import Document
from marsad.pipeline import MetaStep

RISE = "ارتفعت حصيلة القتلى جراء قصف قوات النظام لمدينة دوما الثلاثاء مرة أخرى لتصل إلى {} قتيلا مدنيا، وفق المرصد. "
EXACT = "وقال مدير المرصد إن القصف على دوما الثلاثاء أوقع 45 قتيلا مدنيا."


def test_a_verb_of_reaching_before_ila_is_a_rise():
    toks = [t.norm for t in analyze_text("ارتفعت الحصيلة مرة أخرى لتبلغ إلى 30").tokens]
    assert rise_verb(toks, toks.index("الي"), 4) == toks.index("لتبلغ")


@pytest.mark.parametrize("figure, dead", [
    ("60", 60),       # before: the lowest-figure rule kept 45 (the rise told by «ارتفعت» too far back from «إلى»)
    ("نحو 60", 60),   # before: «نحو» hid the rise, and a hedged figure (no lowest one) lost to the exact 45
])
def test_the_risen_figure_replaces_the_lower_one_of_the_same_day(extractor, figure, dead):
    doc = extractor(MetaStep()(Document(text=RISE.format(figure) + EXACT, published="2018-03-14")))
    assert [e.fatalities for e in doc.events if e.event_type == "Explosions/Remote violence"] == [dead]


def test_rival_counts_without_a_rise_keep_the_lowest(extractor):
    text = "قتل 60 مدنيا جراء قصف قوات النظام لمدينة دوما الثلاثاء، وفق المرصد. " + EXACT
    doc = extractor(MetaStep()(Document(text=text, published="2018-03-14")))
    assert [e.fatalities for e in doc.events if e.event_type == "Explosions/Remote violence"] == [45]
