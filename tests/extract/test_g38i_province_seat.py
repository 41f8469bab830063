"""g38i: a governorate's building ("مبنى محافظة X", "مقر المحافظة") stands in the province's seat city (admin1.tsv
capital_ar), so an act there is placed at that city (precision 1), not at the province's middle (step.
_at_province_building; Resolver.at_seat). A province named without a building word stays the province."""
from __future__ import annotations

from marsad.geo import Geocoder
from marsad.lang.ar.tokens import analyze_text
from marsad.model import Document
from marsad.pipeline import MetaStep


def _events(extractor, text, pub="2018-07-16"):
    return extractor(MetaStep()(Document(text=text, published=pub))).events


def test_a_governorate_building_named_is_in_the_seat_city(extractor):
    evs = _events(extractor, "وهاجم محتجون غاضبون مبنى محافظة كربلاء يوم الأحد وأحرقوا بوابته.")
    assert evs and all(e.location == "Karbala" and e.geo_precision == 1 for e in evs)
    assert any("place-seat" in e.rule_ids for e in evs)


def test_the_building_of_the_province_told_before_is_in_its_seat(extractor):
    evs = _events(extractor, "تتواصل الاحتجاجات في محافظة ميسان منذ أسبوع. "
                             "وحاول متظاهرون غاضبون الأحد اقتحام مبنى المحافظة لكن الشرطة فرقتهم بالغاز المسيل للدموع.")
    assert evs and all(e.location == "Al ‘Amārah" and e.geo_precision == 1 for e in evs)


def test_a_province_without_a_building_stays_the_province(extractor):
    evs = _events(extractor, "وهاجم محتجون غاضبون مقار الأحزاب في محافظة كربلاء يوم الأحد وأحرقوا بعضها.")
    assert evs and all(e.location == "Kerbala" and e.geo_precision == 3 for e in evs)


def test_seat_of_moves_a_province_to_its_capital_only():
    geo = Geocoder.default()
    found = geo.find_places(analyze_text("في محافظة ذي قار"))
    geo.resolve_document(found)
    province = next(p for p in found if p.kind == "admin1")
    seat = geo.seat_of(province)
    assert seat is not None and seat.location == "Nasiriyah" and seat.geo_precision == 1
    assert province.geo_precision == 3  # a copy: the mention itself is left as read
    town = geo.geocode("مدينة الناصرية")[0]
    assert geo.seat_of(town) is None
