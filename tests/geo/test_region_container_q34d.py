"""q34d: a town told inside a region ("قرية X في حوض اليرموك") whose only gazetteer entry lies far outside it (beyond
the countryside's reach, as for "ريف X") is another place of that name: it is placed at the region, not at the namesake."""
from __future__ import annotations

from marsad_testdata import resolved_places as _places


def test_a_village_in_the_yarmouk_basin_is_not_the_homs_town(geo):
    got = _places(geo, "تدور اشتباكات بين الجيش والتنظيم في قرية القصير في حوض اليرموك")
    # the gazetteer's القصير is the town of Homs province, about 200 km north of the basin
    assert got["القصير"][1] != "Homs", got


def test_a_town_inside_its_region_keeps_its_entry(geo):
    got = _places(geo, "تدور اشتباكات بين الجيش والتنظيم في بلدة تسيل في حوض اليرموك")
    assert got["تسيل"][0] is not None and got["تسيل"][1] == "Dar'a", got
