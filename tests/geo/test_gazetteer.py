"""Gazetteer tables, the cached default gazetteer, GeoNames dump import and the CLI."""
from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from marsad.geo import Gazetteer, Geocoder
from marsad.geo import tables as gt
from marsad.geo.build import build_user, default_fingerprint, name_keys
from marsad.geo.cli import gazetteer as gazetteer_cli
from marsad.geo.store import cache_dir, user_gazetteer_path
from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.tokens import analyze_text
from marsad.tables import load_table

from marsad.geodesy import km


# --- tables -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, key", [("countries.tsv", ("iso2",)), ("admin1.tsv", ("iso2", "code")),
                                       ("place_words.tsv", ("kind", "word")), ("places_extra.tsv", ("id",))])
def test_tables_have_no_duplicate_rows(name, key):
    rows = load_table(name)
    keys = [tuple(r[k] for k in key) for r in rows]
    assert len(keys) == len(set(keys))


def test_arabic_names_in_tables_survive_normalisation():
    names = [n for c in gt.countries().values() for n in c.names_ar]
    names += [n for a in gt.admin1_units().values() for n in a.names_ar]
    names += [n for r in gt.extra_places() for n in gt.split_names(r["names_ar"])]
    names += [r["word"] for r in load_table("place_words.tsv")]
    assert all(norm_key(n) for n in names)
    # no name appears twice for different countries in the country table
    keys = [norm_key(n) for c in gt.countries().values() for n in c.names_ar]
    assert len(keys) == len(set(keys))


def test_admin1_units_use_acled_spellings():
    a1 = {a.admin1 for a in gt.admin1_units().values()}
    for name in ("Ar-Raqqa", "Deir-ez-Zor", "Idleb", "Rural Damascus", "Dar'a", "Ninewa", "Anbar", "Lattakia"):
        assert name in a1


def test_iso_numeric_codes_are_acleds():
    c = gt.countries()
    assert (c["SY"].iso, c["IQ"].iso, c["LB"].iso, c["PS"].iso) == (760, 368, 422, 275)
    assert c["SY"].region == "Middle East" and c["EG"].region == "Northern Africa"


def test_name_keys_add_joined_spelling():
    assert {"دير الزور", "ديرالزور"} <= name_keys(["دير الزور"])
    assert name_keys(["بن"]) == set()  # two letters: noise unless a big place


# --- default gazetteer --------------------------------------------------------------------------

def test_default_gazetteer_is_cached_under_cache_dir(default_gaz_path):
    assert default_gaz_path.parent == cache_dir()
    assert default_fingerprint() in default_gaz_path.name
    con = sqlite3.connect(default_gaz_path)
    assert con.execute("SELECT value FROM meta WHERE key='fingerprint'").fetchone()[0] == default_fingerprint()
    con.close()


def test_default_gazetteer_contents(geo):
    g = geo.gazetteer
    raqqa = g.lookup("الرقة")
    assert {p.cc for p in raqqa} >= {"SY", "KW"}
    assert any(p.kind == "admin1" and p.admin1 == "Ar-Raqqa" for p in raqqa)
    assert g.country_place("SY").name == "Syria"
    assert len(g) > 3000


def test_user_gazetteer_path_env(monkeypatch, tmp_path):
    monkeypatch.setenv("MARSAD_GAZETTEER", str(tmp_path / "g.sqlite"))
    assert user_gazetteer_path() == tmp_path / "g.sqlite"
    assert user_gazetteer_path(tmp_path / "x.sqlite") == tmp_path / "x.sqlite"
    monkeypatch.delenv("MARSAD_GAZETTEER")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert user_gazetteer_path() == tmp_path / "data" / "marsad" / "gazetteer.sqlite"


# --- GeoNames dump import -----------------------------------------------------------------------

def _row(gid, name, alt, lat, lon, fclass, fcode, cc, a1, a2, pop):
    cols = [str(gid), name, name, alt, str(lat), str(lon), fclass, fcode, cc, "", a1, a2, "", "", str(pop), "",
            "300", "Asia/Damascus", "2024-01-01"]
    return "\t".join(cols)


# A small dump in GeoNames' export format; the places are made up for the test.
DUMP = "\n".join([
    _row(9990100, "Mintaqat Tajribiyah", "منطقة تجريبية", 35.2, 36.6, "A", "ADM2", "SY", "10", "SY1009", 0),
    _row(9990001, "Kafr Zaytunat", "Kafr Zaytunat,كفرزيتونات,كفر زيتونات", 35.251, 36.612, "P", "PPL", "SY",
         "10", "SY1009", 1200),
    _row(9990002, "Hayy al-Tajribi", "حي التجريبي,التجريبي", 34.735, 36.69, "P", "PPLX", "SY", "11", "", 0),
    _row(9990003, "Mukhayyam al-Sumud", "مخيم الصمود", 35.8, 36.9, "S", "CMPRF", "SY", "12", "", 0),
    _row(9990004, "Tall Latini", "Tall Latini", 35.0, 36.0, "P", "PPL", "SY", "10", "", 50),
    _row(9990005, "Jisr Tajribi", "جسر تجريبي", 35.0, 36.0, "S", "BDG", "SY", "10", "", 0),
]) + "\n"


@pytest.fixture
def dump(tmp_path):
    p = tmp_path / "SY.txt"
    p.write_text(DUMP, encoding="utf-8")
    return p


def test_build_user_gazetteer_from_dump(dump, tmp_path, default_gaz_path):
    out = tmp_path / "user.sqlite"
    n = build_user([dump], out)
    assert n == 4  # latin-only names and bridges are skipped
    assert build_user([dump], out) == 4  # idempotent: same ids replaced
    assert sqlite3.connect(out).execute("SELECT count(*) FROM places").fetchone()[0] == 4
    geo = Geocoder(Gazetteer([default_gaz_path, out]))
    text = "قصف على قرية كفرزيتونات بريف حماة"
    places = geo.find_places(analyze_text(text))
    geo.resolve_document(places, text)
    v = next(p for p in places if p.name == "كفرزيتونات")
    assert v.gazetteer_id == "gn:9990001" and v.geo_precision == 1
    assert v.admin1 == "Hama" and v.admin2 == "Mintaqat Tajribiyah"
    assert km(v.latitude, v.longitude, 35.251, 36.612) < 1
    text = "انفجار في حي التجريبي"
    places = geo.find_places(analyze_text(text))
    geo.resolve_document(places, text)
    assert places[0].kind == "neighbourhood" and places[0].admin1 == "Homs"


def test_build_rejects_a_file_that_is_not_a_geonames_dump(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("a\tb\tc\n", encoding="utf-8")
    with pytest.raises(ValueError, match="GeoNames"):
        build_user([bad], tmp_path / "u.sqlite")


# --- CLI ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("cmd", [[], ["build"], ["info"], ["lookup"]])
def test_cli_help_has_an_example(cmd):
    r = CliRunner().invoke(gazetteer_cli, cmd + ["--help"])
    assert r.exit_code == 0 and "Example" in r.output


def test_cli_build_info_lookup(dump, tmp_path, default_gaz_path):
    out = tmp_path / "u.sqlite"
    r = CliRunner().invoke(gazetteer_cli, ["build", str(dump), "--output", str(out)])
    assert r.exit_code == 0, r.output
    assert "4 places" in r.output
    r = CliRunner().invoke(gazetteer_cli, ["info", "--gazetteer", str(out)])
    assert r.exit_code == 0 and "user:" in r.output and "places: 4" in r.output
    r = CliRunner().invoke(gazetteer_cli, ["lookup", "كفر زيتونات", "--gazetteer", str(out)])
    assert r.exit_code == 0 and "gn:9990001" in r.output
    r = CliRunner().invoke(gazetteer_cli, ["lookup", "الرقة"])
    assert r.exit_code == 0 and "Ar-Raqqa" in r.output


def test_unwritable_cache_dir_falls_back_to_temp(monkeypatch, tmp_path):
    import marsad.geo.gazetteer as gz

    def refuse(path):
        raise PermissionError("read-only")

    calls = []
    real = gz.build_default
    monkeypatch.setattr(gz, "build_default", lambda p: calls.append(p) or (refuse(p) if len(calls) == 1 else real(p)))
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path / "ro"))
    monkeypatch.setattr(gz.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    p = gz.default_gazetteer_path()
    assert p.exists() and str(p).startswith(str(tmp_path / "tmp"))
