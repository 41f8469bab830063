"""g100k: a common word that names a town (stop rows: الحارة of Dar'a, جاسم) is read as that town right after the plural
naming words بلدات/قرى (place_words.tsv town_plural, rule place-list-68700), as it already was after بلدة or بلدتي; and
the Idleb border crossings باب الهوى and كفرلوسين (places_extra.tsv pl-52200, pl-52201), which were read as Ibb (Yemen,
ب + «اب») or fell back to the province.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc, resolved_places

from marsad.geo import Geocoder

PUB = "2018-07-10"


@pytest.fixture(scope="module")
def geocoder() -> Geocoder:
    return Geocoder.default()


def _places(extractor, text: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(e.sub_event_type, e.location, [r for r in e.rule_ids if r.startswith("place-list")])
            for e in read_doc(extractor, text, PUB).events]


def test_common_word_town_first_after_plural_towns(extractor):
    got = _places(extractor, "استعادت قوات النظام السوري يوم السبت السيطرة على بلدات الحارة وإنخل وطفس في ريف درعا.")
    assert [loc for _, loc, _ in got] == ["Al-Harra", "Inkhil", "Ţafas"]
    assert "place-list-68700" in got[0][2]


def test_personal_name_town_first_after_plural_villages(extractor):
    got = _places(extractor, "سيطرت فصائل المعارضة صباح الأحد على قرى جاسم ونوى بعد اشتباكات عنيفة.")
    assert [loc for _, loc, _ in got] == ["Jāsim", "Nawá"]


def test_region_word_after_plural_is_no_town(geocoder):
    # guard: «بلدات الجنوب» names a region (no town of that name): nothing is read there
    assert resolved_places(geocoder, "جرت مصالحات في بلدات الجنوب خلال الأسبوع الماضي.") == {}


def test_article_plural_does_not_license(geocoder):
    # guard: «البلدات» is the towns told before, not a naming word: «البلدات الحارة» is no place
    assert "الحارة" not in resolved_places(geocoder, "عادت العائلات إلى البلدات الحارة صيفا.")


def test_bab_al_hawa_crossing_is_not_ibb(extractor):
    evs = read_doc(extractor, "قتل ثلاثة مدنيين يوم الاثنين بانفجار سيارة مفخخة قرب معبر باب الهوى على الحدود مع "
                              "تركيا.", PUB).events
    assert [(e.location, e.admin1) for e in evs] == [("Bab al-Hawa crossing", "Idleb")]


def test_kafr_lusin_crossing(geocoder):
    got = resolved_places(geocoder, "عبرت قافلة مساعدات يوم الخميس معبر كفرلوسين نحو ريف إدلب الشمالي.")
    assert [gid for gid, _, _ in got.values() if gid == "x:pl-52201"]
