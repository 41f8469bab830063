"""g109i: the east of Syria told by a compass word («شرق سوريا»، «شرقي البلاد») is its curated region (Deir-ez-Zor's
Euphrates valley, place_words.tsv side E, places_extra.tsv pl-126500), not the centroid moved 150 km east; the
intercardinal sides told with an adjective first word («شمالي غرب سوريا») are those sides, not the bare north."""
from __future__ import annotations

import pytest


def _sides(geo, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, location, admin1, rule) of each place mention in ``text`` told as a country's side."""
    from marsad.lang.ar.tokens import analyze_text

    places = geo.find_places(analyze_text(text))
    geo.resolve_document(places, text, None)
    return [(text[p.start:p.end], p.location, p.admin1, p.rule_id) for p in places
            if (p.rule_id or "").startswith("geo.compass")]


@pytest.mark.parametrize("text", [
    "قصفت طائرات التحالف مواقع للتنظيم شرق سوريا فجر اليوم.",
    "أعلنت القوات الكردية بدء هجوم جديد على آخر جيوب التنظيم شرقي سوريا.",
])
def test_the_east_of_syria_is_its_region(geo, text):
    got = _sides(geo, text)
    assert got and got[0][1:4] == ("Eastern Syria", "Deir-ez-Zor", "geo.compass.side"), got


def test_the_east_of_the_country_is_the_east_of_the_document_country(geo):
    got = _sides(geo, "قالت مصادر في دمشق إن سوريا تعرضت لهجمات. وقتل عشرة جنود في هجوم للتنظيم شرقي البلاد.")
    east = [g for g in got if g[0] == "شرقي البلاد"]
    assert east and east[0][1:3] == ("Eastern Syria", "Deir-ez-Zor"), got
    # the side region is Syria's only: another country's east stays its centroid moved east
    got = _sides(geo, "قتل ثلاثة جنود في هجوم شرق العراق.")
    assert got and got[0][1] != "Eastern Syria", got


def test_the_east_of_syria_is_the_province_named_there(geo):
    # a report that names Hasakah on that side: the province, not the Euphrates valley (g108y's rule for the new side)
    got = _sides(geo, "قتل خمسة مقاتلين في هجوم شرقي سوريا. ووقع الهجوم في ريف محافظة الحسكة الجنوبي.")
    east = [g for g in got if g[0].startswith("شرقي")]
    assert east and east[0][1:3] == ("Al-Hasakeh", "Al-Hasakeh"), got


@pytest.mark.parametrize("text,region,admin1", [
    ("قصفت الطائرات بلدات في شمالي غرب سوريا.", "North-western Syria", "Idleb"),
    ("قصفت الطائرات قرى في شمالي شرق سوريا.", "Syrian Jazira", "Al-Hasakeh"),
])
def test_an_adjective_first_word_tells_the_intercardinal_side(geo, text, region, admin1):
    got = _sides(geo, text)
    assert got and got[0][1:3] == (region, admin1), got


def test_the_south_east_told_with_an_adjective_is_not_the_south(geo):
    # «جنوبي شرق سوريا»: the south-east (no curated region: the centroid moved south-east), not the Dar'a front
    got = _sides(geo, "قصفت الطائرات مواقع في جنوبي شرق سوريا.")
    assert got and got[0][0] == "جنوبي شرق سوريا" and got[0][1] != "Southern Syria", got
