"""g111e: a country's side ("شرقي سوريا", "شمال العراق") gives way to a town of that side told right after it, in the
same sentence or the next, where the side's happening was (resolve.Resolver._sides_named, 139500); not to a town of
another happening told in a next sentence of background, nor when the side is where people went."""
from __future__ import annotations


def _side(geo, text: str) -> tuple[str | None, str | None, int | None, str | None]:
    """(location, admin1, precision, rule) of the first place mention in ``text`` told as a country's side."""
    from marsad.lang.ar.tokens import analyze_text

    places = geo.find_places(analyze_text(text))
    geo.resolve_document(places, text, None)
    p = next(p for p in places if (p.rule_id or "").startswith("geo.compass.side")
             or p.rule_id == "geo.compass.country_ref")
    return p.location, p.admin1, p.geo_precision, p.rule_id




def test_a_side_takes_the_town_of_the_next_sentence(geo):
    got = _side(geo, "قتل تسعة مسلحين في غارات جوية على مواقع عسكرية شرقي سوريا.\n"
                     "وقال ناشطون إن المواقع التي قصفت تقع قرب مدينة الميادين.")
    assert got == ("Al Mayādīn", "Deir-ez-Zor", 2, "geo.compass.side.town"), got
    # not two sentences later
    got = _side(geo, "قتل تسعة مسلحين في غارات جوية على مواقع عسكرية شرقي سوريا.\n"
                     "ولم يعرف عدد الجرحى.\nوقال ناشطون إن الاشتباكات تتواصل قرب مدينة الميادين.")
    assert got[0] == "Eastern Syria", got
    # nor from a next sentence telling an earlier happening
    got = _side(geo, "قتل تسعة مسلحين في غارات جوية على مواقع عسكرية شرقي سوريا.\n"
                     "وكانت القوات قد سيطرت على مدينة الميادين العام الماضي.")
    assert got[0] == "Eastern Syria" and got[3] == "geo.compass.side", got


def test_a_side_of_iraq_takes_the_area_told_after_it(geo):
    got = _side(geo, "أعلن الجيش مقتل عشرين مسلحا في ضربات جوية شمالي العراق هذا الأسبوع. "
                     "وقال إن الضربات نفذت في منطقة أفاسين باسيان حيث يتخذ الحزب قواعد له.")
    assert got[0] == "Avashin-Basyan" and got[3] == "geo.compass.side.town", got
    # a side told as where people went stays a side (the town is where they arrived)
    got = _side(geo, "بدأ إجلاء المقاتلين من البلدة إلى شمال العراق اليوم. ووصلت الحافلات إلى منطقة أفاسين باسيان مساء.")
    assert got[3] != "geo.compass.side.town", got
