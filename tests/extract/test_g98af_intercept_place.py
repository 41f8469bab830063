"""g98af: an interception is placed where it happened. Syria's air defence engaged targets «فوق منطقة دير العشائر»
(a village of Rural Damascus by the Lebanese border) which the gazetteer lacked, so the act fell back to Damascus;
places_extra pl-51980. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

DWU = "Disrupted weapons use"


def _places(extractor, text, sub, published="2018-08-11"):
    doc = read_doc(extractor, text, published)
    return [e.location for e in doc.events if e.sub_event_type == sub]


def test_a_target_engaged_over_dayr_al_ashair_is_placed_there(extractor):
    got = _places(extractor, "تصدت الدفاعات الجوية السورية ليل الجمعة لهدف معاد اخترق الأجواء فوق منطقة دير "
                             "العشائر في ريف دمشق الغربي.", DWU)
    assert got == ["Dayr al-Ashair"]


def test_a_village_shelled_is_placed_there(extractor):
    got = _places(extractor, "قصفت قوات النظام بلدة دير العشائر في ريف دمشق مساء الخميس.",
                  "Shelling/artillery/missile attack")
    assert got == ["Dayr al-Ashair"]


def test_a_drone_shot_down_over_the_lake_stays_there(extractor):
    """Guard: a place told after «فوق» past a launch origin («انطلقت من سوريا») is the interception's place."""
    got = _places(extractor, "أسقط الجيش الإسرائيلي طائرة مسيرة انطلقت من سوريا فوق بحيرة طبريا.", DWU)
    assert got == ["Tiberias"]


def test_a_word_of_the_name_alone_is_no_place(extractor):
    """Guard: «العشائر» (the tribes) alone does not become the village."""
    got = _places(extractor, "اشتبكت قوات النظام مع مسلحين من العشائر في ريف دير الزور الشرقي مساء الخميس.",
                  "Armed clash")
    assert "Dayr al-Ashair" not in got
