"""g98af: an interception is placed where it happened. Syria's air defence engaged targets «فوق منطقة دير العشائر»
(a village of Rural Damascus by the Lebanese border) which the gazetteer lacked, so the act fell back to Damascus;
places_extra pl-51980. A place told «فوق» right after a launch origin that is itself a place («من قطاع غزة فوق مدينة
عسقلان») was read as a second launch site and set aside, leaving the origin; place-over-63800. Sentences composed for
the tests."""
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


def test_rockets_from_gaza_stopped_over_a_town_are_placed_at_the_town(extractor):
    got = _places(extractor, "اعترضت منظومة القبة الحديدية صاروخين أطلقتهما الفصائل الفلسطينية من قطاع غزة فوق "
                             "مدينة عسقلان مساء الاثنين.", DWU, "2018-07-17")
    assert got == ["Ashkelon"]


def test_a_rocket_from_gaza_stopped_over_sderot_is_placed_there(extractor):
    got = _places(extractor, "اعترضت منظومة القبة الحديدية صاروخا أطلق من قطاع غزة فوق سديروت ليل الأحد.", DWU,
                  "2018-07-17")
    assert got == ["Sderot"]


def test_a_launch_from_ships_at_sea_keeps_its_launch_site(extractor):
    """Guard: the «من» object is a craft, not a place: the sea after «في» is still where the missiles were fired from."""
    got = _places(extractor, "أطلقت البحرية الأمريكية صواريخ من سفن حربية في البحر المتوسط على مطار الشعيرات "
                             "فجر السبت.", "Shelling/artillery/missile attack", "2018-04-14") + \
        _places(extractor, "أطلقت البحرية الأمريكية صواريخ من سفن حربية في البحر المتوسط على مطار الشعيرات "
                           "فجر السبت.", "Air/drone strike", "2018-04-14")
    assert "Mediterranean Sea" not in got and got
