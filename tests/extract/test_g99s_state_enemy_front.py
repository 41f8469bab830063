"""The Syrian state media's unnamed enemy by front (branch g99s; sentences of our own): «التنظيمات/المجموعات
الإرهابية»، «الإرهابيين» (g91f's terror_label) name no group; on a front the government fought one enemy on
(front_actors.tsv), a strike or clash told with them has that enemy as its side: IS in Deir ez-Zor, the opposition
factions in Hama and Latakia. A named group, a province left out of the table, another year and a non-violent event
keep their reading."""
from __future__ import annotations

from marsad_testdata import REB, SYR, fields_of

PUB = "2018-05-20"
IS = "Islamic State (Iraq and Syria)"
UNID = "Unidentified Armed Group (Syria)"
HAMA_CLASH = "اشتبكت وحدات الجيش أمس مع الإرهابيين في محيط بلدة اللطامنة بريف حماة الشمالي وقتلت عددا منهم."


def _sides(extractor, text: str, published: str = PUB) -> list[tuple]:
    """The (sub-event type, actor1, actor2) of each event read in ``text``."""
    return fields_of(extractor, text, published, "sub_event_type", "actor1", "actor2")


def _rules(extractor, text: str, published: str = PUB) -> list[str]:
    return [r for (rs,) in fields_of(extractor, text, published, "rule_ids") for r in rs]


def test_strike_on_terrorist_groups_in_deir_ez_zor_is_on_is(extractor):
    text = "قال مصدر عسكري إن وحدات من الجيش استهدفت أمس تجمعات للتنظيمات الإرهابية في بادية الميادين بريف دير الزور الشرقي."
    assert _sides(extractor, text) == [("Shelling/artillery/missile attack", SYR, IS)]
    assert "fa-65600" in _rules(extractor, text)


def test_russian_soldiers_attacked_by_terrorist_groups_in_deir_ez_zor_meet_is(extractor):
    # g91f's reading (an unidentified group for Russia's clash with the label) holds where the front is mixed
    text = ("أعلنت وزارة الدفاع الروسية يوم الأربعاء مقتل ثلاثة عسكريين روس في اشتباك مع مجموعات إرهابية هاجمت موقعا "
            "للقوات السورية في دير الزور.")
    assert [a2 for (_, _, a2) in _sides(extractor, text, "2018-09-20")] == [IS]


def test_clash_with_terrorists_in_hama_is_with_the_rebels(extractor):
    assert _sides(extractor, HAMA_CLASH) == [("Armed clash", SYR, REB)]
    assert "fa-65602" in _rules(extractor, HAMA_CLASH)


def test_attack_of_terrorist_groups_in_latakia_is_the_rebels(extractor):
    text = "تصدت وحدات الجيش أمس لهجوم شنته المجموعات الإرهابية على نقاط عسكرية في ريف اللاذقية الشمالي."
    assert _sides(extractor, text) == [("Armed clash", SYR, REB)]


def test_named_group_beside_the_label_wins(extractor):
    # Guard: the sentence names HTS; the label after it does not replace it.
    text = "استهدف الجيش أمس تجمعات لتنظيم جبهة النصرة وغيره من التنظيمات الإرهابية في ريف حماة الشمالي."
    assert _sides(extractor, text) == [("Shelling/artillery/missile attack", SYR, "HTS: Hayat Tahrir al Sham")]
    assert not any(r.startswith("fa-") for r in _rules(extractor, text))


def test_mixed_province_other_year_and_arrest_keep_their_reading(extractor):
    # Guards: Rural Damascus is no row (its fronts were mixed in 2018); the rows are of 2018; an arrest is no clash.
    ghouta = "اشتبكت وحدات الجيش أمس مع الإرهابيين في محيط بلدة حمورية بالغوطة الشرقية في ريف دمشق."
    assert _sides(extractor, ghouta, "2018-03-10") == [("Armed clash", SYR, UNID)]
    assert _sides(extractor, HAMA_CLASH, "2019-05-20") == [("Armed clash", SYR, UNID)]
    arrest = "اعتقلت قوات الأمن أمس ثلاثة إرهابيين في مدينة دير الزور."
    assert _sides(extractor, arrest) == [("Arrests", "Police Forces of Syria (2000-)", None)]
