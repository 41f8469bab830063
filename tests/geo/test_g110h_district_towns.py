"""g110h: throughput, no change in output. A district's town is looked for among its country's GeoNames towns,
indexed once, not by a pass over the whole gazetteer for every new district."""
from __future__ import annotations

from marsad.geo.gazetteer import DISTRICT_KM
from marsad.geodesy import km


def _town_by_whole_scan(gaz, gid):
    """The reading before g110h: every place of the gazetteer weighed for every district."""
    p = gaz.places.get(gid)
    if p is None or p.kind != "neighbourhood":
        return None
    near = [c for c in gaz.places.values() if c.kind == "city" and c.cc == p.cc and c.gid.startswith("gn:")
            and km(p.latitude, p.longitude, c.latitude, c.longitude) <= DISTRICT_KM]
    return max(near, key=lambda c: c.population).gid if near else None


def test_each_districts_town_is_the_whole_scans(geo):
    gaz = geo.gazetteer
    districts = [g for g, p in gaz.places.items() if p.kind == "neighbourhood"]
    assert districts
    found = {g: gaz.town_of_district(g) for g in districts}
    assert found == {g: _town_by_whole_scan(gaz, g) for g in districts}
    assert any(found.values())  # some district has a town (Baghdad's, Damascus's)
    # the index holds every GeoNames town, each under its own country, in the gazetteer's order
    index = gaz._gn_towns
    assert index is not None
    towns = [c for c in gaz.places.values() if c.kind == "city" and c.gid.startswith("gn:")]
    assert sum(map(len, index.values())) == len(towns)
    for cc, cs in index.items():
        assert list(cs) == [c for c in towns if c.cc == cc]
    assert gaz._gn_towns_of("no such country") == ()
    # other entries have no town, as before
    city = next(g for g, p in gaz.places.items() if p.kind == "city")
    assert gaz.town_of_district(city) is None and gaz.town_of_district(None) is None
