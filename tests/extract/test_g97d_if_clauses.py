"""A bare «إن» + a finite verb ("if"/"whether") before an act, and «إذا» + a verb right after it, tell no happening;
«قال إن» + a noun ("that") keeps it (g97d; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import subs_of

PUB = "2018-03-27"  # a Tuesday


def test_whether_in_kana_before_a_strike_is_no_strike(extractor):
    text = "وسئل المبعوث الأمريكي الاثنين إن كان ذلك سيشمل غارات جوية على مواقع الجيش السوري في إدلب فلم يجب."
    assert "Air/drone strike" not in subs_of(extractor, text, PUB)


def test_in_with_a_past_verb_before_a_shelling_is_a_condition(extractor):
    text = "وحذر الوزير من رد قاس إن أقدمت القوات التركية على قصف بلدة تل رفعت في ريف حلب الشمالي."
    assert "Shelling/artillery/missile attack" not in subs_of(extractor, text, PUB)


def test_a_welcome_with_idha_kana_after_the_entry_is_no_entry(extractor):
    text = ("وأعلنت الحكومة السورية الاثنين ترحيبها بدخول قواتها إلى مدينة عفرين إذا كان الهدف ردع الوحدات الكردية، "
            "وكانت القوات الكردية قد دعت الجيش السوري إلى حماية الحدود.")
    assert "Non-violent transfer of territory" not in subs_of(extractor, text, PUB)


def test_in_meaning_that_after_a_report_keeps_the_shelling(extractor):
    text = "وقال المرصد السوري الاثنين إن القوات التركية قصفت بلدة تل رفعت في ريف حلب الشمالي."
    assert subs_of(extractor, text, PUB) == ["Shelling/artillery/missile attack"]
