"""g69d: a head word (تل، كفر، خربة) starts an unknown place as the next member of a list of places ("نوى وتل X",
"تل X وتل Y", "نوى، تل X"), and after plural words of places (place_words head_after مناطق، محاور، قرى، بلدات).
A hill named before a known village ("حضر وتل X جبا") is left to the village. تل الأبيض is Tall Abyad (Raqqa)."""
from __future__ import annotations

from marsad.geo import Geocoder
from marsad.lang.ar.tokens import analyze_text


def _places(text: str):
    g = Geocoder.default()
    ps = g.find_places(analyze_text(text))
    g.resolve_document(ps, text, context_places=ps)
    return ps


def _names(text: str) -> list[str]:
    return [m.text for m in _places(text)]


def test_a_hill_joined_by_wa_after_a_known_town():
    assert "تل المشمش" in _names("قصفت الطائرات مدينة نوى وتل المشمش بريف درعا الغربي")


def test_a_chain_of_hills():
    names = _names("سقطت قذائف على تل الزيتون وتل الرمان وتل العنب")
    assert {"تل الزيتون", "تل الرمان", "تل العنب"} <= set(names)


def test_a_hamlet_after_a_comma_in_a_list():
    assert "كفر الورد" in _names("تعرضت بلدات نوى، كفر الورد لغارات جوية")


def test_a_hill_after_a_plural_word_of_fronts():
    assert "تل الغار" in _names("صدت الفصائل هجوما على محاور تل الغار في ريف درعا")


def test_a_hill_after_areas():
    assert "تل الرمان" in _names("تنتشر الميليشيات في مناطق تل الرمان والصنمين")


def test_a_listed_hill_takes_its_neighbours_province():
    ps = _places("قصفت الطائرات مدينة نوى وتل المشمش")
    hill = [p for p in ps if p.text == "تل المشمش"]
    assert hill and hill[0].admin1 == "Dar'a"


def test_a_hill_before_a_known_village_is_left_to_the_village():
    names = _names("أطلقت صواريخ باتجاه محيط بلدة حضر وتل الشيخ جبا بالقنيطرة")
    assert "جبا" in names and not any(n.startswith("تل") for n in names)


def test_tall_abyad_with_the_article_is_in_raqqa():
    ps = _places("قصفت الطائرات الرقة ومنبج وتل الأبيض")
    tal = [p for p in ps if p.text == "تل الأبيض"]
    assert tal and tal[0].admin1 == "Ar-Raqqa"


def test_a_head_word_after_a_word_that_is_no_place_stays_no_place():
    assert not any("كفر" in n for n in _names("قال الشيخ إن الظلم وكفر النعمة سواء"))
