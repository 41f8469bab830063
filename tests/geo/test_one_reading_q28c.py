"""q28c: a name the report places once beside its entry's country keeps that entry where other countries' places
are named around it (one name, one place in a report). Composed sentences."""
from __future__ import annotations

from marsad.geo import Geocoder

# the report tells عفرين beside Syria, then, far from that, beside three Turkish cities
_FILLER = ("وأضاف المصدر أن المدنيين يعيشون أوضاعا إنسانية صعبة منذ أسابيع، وأن المنظمات الإنسانية تطالب بفتح ممرات "
           "آمنة لإيصال المساعدات الغذائية والطبية إلى السكان المحاصرين، وسط نقص حاد في الوقود والمياه والدواء. ")
_TEXT = ("قال المرصد إن القوات التركية قصفت قرى في منطقة عفرين في شمال سوريا. " + _FILLER * 2
         + "وقال الرئيس التركي في خطاب في أنقرة إن العملية في منطقة عفرين ستستمر، بعد زيارته غازي عنتاب وكلس.")


def test_a_name_told_beside_its_country_keeps_its_entry_among_another_countrys_places(geo: Geocoder) -> None:
    afrin = [m for m in geo.geocode(_TEXT) if m.name.strip() == "عفرين"]
    assert len(afrin) == 2
    assert all(m.country == "Syria" and m.gazetteer_id for m in afrin), [(m.country, m.note) for m in afrin]


def test_a_name_told_only_among_another_countrys_places_is_still_judged_by_them(geo: Geocoder) -> None:
    # without the report placing it beside Syria, the namesake rule still reads the context (unchanged)
    text = _FILLER + "وقال الرئيس التركي في خطاب في أنقرة إن العملية في منطقة عفرين ستستمر، بعد زيارته غازي عنتاب وكلس."
    afrin = [m for m in geo.geocode(text) if m.name.strip() == "عفرين"]
    assert afrin and afrin[0].country != "Syria"
