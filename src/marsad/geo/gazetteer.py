"""The in-memory gazetteer: places by id and by normalised Arabic name, from one or more SQLite files."""
from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Iterable

from marsad.geo import tables
from marsad.geo.build import build_default, default_fingerprint
from marsad.geo.model import Place
from marsad.geo.store import cache_dir, read_places, user_gazetteer_path
from marsad.geodesy import km
from marsad.lang.ar.matcher import PhraseMatcher
from marsad.lang.ar.normalize import norm_key

log = logging.getLogger(__name__)


def default_gazetteer_path() -> Path:
    """The cached default gazetteer, built on first use and rebuilt when its sources change."""
    path = cache_dir() / f"gazetteer-default-{default_fingerprint()}.sqlite"
    if not path.exists():
        log.info("building the default gazetteer at %s (once)", path)
        try:
            build_default(path)
        except OSError as e:  # read-only home (CI, containers): fall back to the temp dir
            alt = Path(tempfile.gettempdir()) / f"marsad-cache-{os.getuid() if hasattr(os, 'getuid') else 0}" / path.name
            log.warning("cannot write the gazetteer cache at %s (%s); using %s; set MARSAD_CACHE_DIR", path, e, alt)
            if not alt.exists():
                build_default(alt)
            return alt
        for old in path.parent.glob("gazetteer-default-*.sqlite"):
            if old != path:
                try:
                    old.unlink()
                except OSError:
                    pass
    return path


DISTRICT_KM = 15.0  # a district lies this close to the point of its town (Baghdad's districts: about 12 km)


class Gazetteer:
    """Places by id and by normalised name; later files override earlier ones by id."""

    def __init__(self, paths: Iterable[Path]):
        self.paths = [Path(p) for p in paths]
        self.places: dict[str, Place] = {}
        self.by_key: dict[str, list[str]] = {}
        for p in self.paths:
            try:
                places, names = read_places(p)
            except sqlite3.DatabaseError as e:
                raise ValueError(f"gazetteer {p} is not a Marsad gazetteer SQLite file ({e}); "
                                 f"rebuild it with `marsad gazetteer build`") from e
            self.places.update(places)
            for key, gid in names:
                lst = self.by_key.setdefault(key, [])
                if gid not in lst:
                    lst.append(gid)
        self.matcher = PhraseMatcher(((k, k) for k in self.by_key), enclitics=False)
        # the places of each name, once: recognition asks for them at every mention
        self._by_key_places = {k: tuple(self.places[g] for g in gids if g in self.places)
                               for k, gids in self.by_key.items()}
        self._admin1 = {(p.cc, p.admin1): p for p in self.places.values() if p.kind == "admin1" and p.admin1}
        self._country = {p.cc: p for p in self.places.values() if p.kind == "country"}
        self._towns: dict[str, str | None] = {}  # neighbourhood gid -> its town's gid, found on first use

    @classmethod
    def default(cls, user: str | Path | None = None) -> "Gazetteer":
        paths = [default_gazetteer_path()]
        up = user_gazetteer_path(user)
        if up.exists():
            paths.append(up)
        return cls(paths)

    def lookup(self, name: str) -> list[Place]:
        """Places whose Arabic name is ``name`` (normalised), most populous first."""
        key = norm_key(name.replace("-", " ")).lower()
        out = [self.places[g] for g in self.by_key.get(key, ()) if g in self.places]
        return sorted(out, key=lambda p: -p.population)

    def candidates(self, key: str) -> list[Place]:
        return list(self._by_key_places.get(key, ()))

    def town_of_district(self, gid: str | None) -> str | None:
        """The town a neighbourhood entry belongs to: the most populous GeoNames town of its country within
        ``DISTRICT_KM`` (Baghdad for حي الشعلة, Damascus for جوبر); None for other entries."""
        if not gid or (p := self.places.get(gid)) is None or p.kind != "neighbourhood":
            return None
        if gid not in self._towns:
            near = [c for c in self.places.values() if c.kind == "city" and c.cc == p.cc and c.gid.startswith("gn:")
                    and km(p.latitude, p.longitude, c.latitude, c.longitude) <= DISTRICT_KM]
            self._towns[gid] = max(near, key=lambda c: c.population).gid if near else None
        return self._towns[gid]

    def admin1_place(self, cc: str, admin1: str | None) -> Place | None:
        return self._admin1.get((cc, admin1)) if admin1 else None

    def country_place(self, cc: str) -> Place | None:
        return self._country.get(cc)

    @staticmethod
    def country_info(cc: str) -> tables.CountryInfo | None:
        return tables.country_info(cc)

    def __len__(self) -> int:
        return len(self.places)
