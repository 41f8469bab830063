"""g108y: a country's side read as a curated region ("شمال العراق": the Kurdistan Region) is that side at the
province the document names there when it names no place of the region's own province (place_words.tsv side,
column provinces; resolve.Resolver._sides_named, 122500)."""
from __future__ import annotations

from marsad.geo.tables import place_words


def _sides(geo, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(text, location, admin1, rule) of each place mention in ``text`` told as a country's side."""
    from marsad.lang.ar.tokens import analyze_text

    places = geo.find_places(analyze_text(text))
    geo.resolve_document(places, text, None)
    return [(text[p.start:p.end], p.location, p.admin1, p.rule_id) for p in places
            if (p.rule_id or "").startswith("geo.compass.side") or p.rule_id == "geo.compass.country_ref"]


def test_the_north_of_iraq_is_the_province_named_there_outside_the_kurdistan_region(geo):
    got = _sides(geo, "قتل ثمانية أشخاص بانفجار عبوة ناسفة خلال جنازة، بحسب مسؤول محلي في شمال العراق. "
                      "ووقع الانفجار في قضاء بيجي التابع لمحافظة صلاح الدين.")
    # (g111e: the district told in the next sentence is finer than its province, and is taken)
    assert got and got[0][1:] == ("Bayjī", "Salah al-Din", "geo.compass.side.town"), got


def test_the_north_east_of_syria_is_the_province_named_there(geo):
    got = _sides(geo, "شنت طائرات التحالف غارات شمال شرقي سوريا. وقال ناشطون إن الغارات أصابت مواقع في محافظة دير الزور.")
    assert got and got[0][1:3] == ("Deir-ez-Zor", "Deir-ez-Zor"), got


def test_the_south_of_the_country_is_the_province_named_there(geo):
    got = _sides(geo, "قتل عشرة جنود سوريين في هجمات للتنظيم في جنوب البلاد. ودارت الاشتباكات في منطقة صحراوية "
                      "من محافظة السويداء.")
    assert got and got[0][1:3] == ("As-Sweida", "As-Sweida"), got


def test_the_region_stays_when_the_document_names_a_place_of_its_own_province(geo):
    # Turkish strikes in the north of Iraq told with a place of Erbil: the Kurdistan Region, though Mosul is named
    got = _sides(geo, "قصفت الطائرات التركية مواقع لحزب العمال الكردستاني في شمال العراق قرب جبال قنديل. "
                      "وكانت القوات العراقية قد استعادت مدينة الموصل العام الماضي.")
    assert got and got[0][1:3] == ("Kurdistan Region", "Erbil"), got
    # a side named with no place of that side at all stays the region
    got = _sides(geo, "قصفت الطائرات التركية مواقع في شمال العراق.")
    assert got and got[0][1] == "Kurdistan Region", got


def test_a_named_region_of_the_side_is_no_province_of_the_act(geo):
    # the Golan (Quneitra) beside the Jordan border of the south-west: the southern region stays (Dar'a)
    got = _sides(geo, "استعاد الجيش السيطرة على الحدود مع هضبة الجولان وعلى حدود جنوب غرب سوريا مع الأردن.")
    assert got and got[0][1:3] == ("Southern Syria", "Dar'a"), got


def test_the_side_provinces_are_admin1_names_of_the_gazetteer(geo):
    provinces = place_words().side_provinces
    assert provinces, "no side row lists its provinces"
    for word, names in provinces.items():
        region = next(c for c in geo.gazetteer.lookup(word) if c.kind == "region")
        missing = {n for n in names if geo.gazetteer.admin1_place(region.cc, n) is None}
        assert not missing, (word, missing)
