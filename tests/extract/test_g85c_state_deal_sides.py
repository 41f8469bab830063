"""Two states joined by «و» before a deal are its two sides; a group named in the deal's terms («لسحب مقاتلي
...») is no side (frames._joined_states, branch g85c; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import REB, RUS, TUR, events_of, sides_of

PUB = "2018-05-20"
USA = "Military Forces of the United States (2017-2021)"
IRN = "Military Forces of Iran (1989-)"


def test_joined_states_before_deal_noun_are_its_sides(extractor):
    text = "توصلت روسيا وإيران، الأحد، إلى اتفاق على خطة لإخراج مقاتلي المعارضة من ريف حمص الشمالي."
    assert sides_of(events_of(extractor, text, "Agreement", PUB)) == {(RUS, IRN)}


def test_joined_states_before_agreeing_verb_are_its_sides(extractor):
    text = "وكانت تركيا والولايات المتحدة قد اتفقتا على خريطة طريق لانسحاب وحدات حماية الشعب الكردية من مدينة تل رفعت."
    assert sides_of(events_of(extractor, text, "Agreement", PUB)) == {(TUR, USA)}


def test_partner_after_with_stays_a_side(extractor):
    text = "وقعت روسيا، السبت، اتفاقا مع فصائل المعارضة في مدينة الرستن يقضي بتسليم السلاح الثقيل."
    assert sides_of(events_of(extractor, text, "Agreement", PUB)) == {(RUS, REB)}


def test_sides_named_far_in_the_terms_are_no_sides(extractor):
    # «بين» + sides well after the deal tells its terms, not its other side
    text = ("وتوصلت روسيا وإيران، الأحد، إلى اتفاق أنهى المعارك في ريف حماة، ويقضي بسحب الأسلحة الثقيلة من "
            "خطوط التماس بين قوات النظام وفصائل المعارضة.")
    assert sides_of(events_of(extractor, text, "Agreement", PUB)) == {(RUS, IRN)}
