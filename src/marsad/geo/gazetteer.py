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


_VOWELS = frozenset("اوي")  # the long vowels (normalised) that spellings of one name insert or drop
VARIANT_MIN = 5  # letters of a one-word name (without ال) below which no spelling variant is tried


def spelling_skeleton(key: str) -> str | None:
    """The key of a one-word name under spelling variants: ال dropped, interior long vowels dropped (but the ي of a
    final يه, the nisba «تركية» is no «تواركة»), doubled letters single. جنديرس, جندريس, جندايريس -> جندرس.
    None for names with a space or shorter than VARIANT_MIN letters (short names collide)."""
    if " " in key:
        return None
    if key.startswith("ال"):
        key = key[2:]
    if len(key) < VARIANT_MIN:
        return None
    tail = 2 if key.endswith("يه") else 1
    letters = key[0] + "".join(ch for ch in key[1:-tail] if ch not in _VOWELS) + key[-tail:]
    out = ""
    for ch in letters:
        if not out or out[-1] != ch:
            out += ch
    return out if len(out) >= 4 else None


def _inner_vowels(key: str) -> str:
    """The interior long vowels of a one-word name, sorted (a multiset)."""
    if key.startswith("ال"):
        key = key[2:]
    return "".join(sorted(ch for ch in key[1:-1] if ch in _VOWELS))


def _core(cc: str) -> bool:
    """Whether ``cc`` is one of Marsad's core countries (countries.tsv tier)."""
    info = tables.countries().get(cc)
    return info is not None and info.tier == "core"


def _sub_multiset(small: str, big: str) -> bool:
    return all(small.count(ch) <= big.count(ch) for ch in set(small))


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
        self._gn_towns: dict[str, tuple[Place, ...]] | None = None  # cc -> its GeoNames towns, on first use
        self._variants: dict[str, str | None] | None = None  # skeleton -> its one name (None: several), on first use

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

    def variant_candidates(self, key: str) -> list[Place]:
        """The places of the one gazetteer name that ``key`` (a word with no exact entry) spells another way
        (spelling_skeleton), when that name is the only one with this skeleton and ``key``'s interior long vowels
        are a part of its or the reverse (a vowel inserted, dropped or moved, never swapped: «كفرحوم» is no
        «كفراحيم»); [] otherwise. The caller asks only for a word after a head word ("بلدة X")."""
        sk = spelling_skeleton(key)
        if sk is None:
            return []
        if self._variants is None:
            self._variants = self._variant_index()
        name = self._variants.get(sk)
        if name is None:
            return []
        a, b = _inner_vowels(key), _inner_vowels(name)
        if not (_sub_multiset(a, b) or _sub_multiset(b, a)):
            return []
        return [p for p in self._by_key_places.get(name, ()) if _core(p.cc)]

    def _variant_index(self) -> dict[str, str | None]:
        """Skeleton -> the one name (without ال, both spellings counting as one) that has it; None when several.
        Only names of places in the core countries: there Arabic spellings of local names vary, while a town
        abroad is told as a person's origin («من مدينة برمنغهام») more than as the place of an event."""
        index: dict[str, str | None] = {}
        bare: dict[str, str] = {}
        for k, places in self._by_key_places.items():
            sk = spelling_skeleton(k)
            if sk is None or not any(_core(p.cc) for p in places):
                continue
            b = k[2:] if k.startswith("ال") else k
            if sk not in index:
                index[sk] = k
                bare[sk] = b
            elif bare[sk] != b:
                index[sk] = None
        return index

    def town_of_district(self, gid: str | None) -> str | None:
        """The town a neighbourhood entry belongs to: the most populous GeoNames town of its country within
        ``DISTRICT_KM`` (Baghdad for حي الشعلة, Damascus for جوبر); None for other entries."""
        if not gid or (p := self.places.get(gid)) is None or p.kind != "neighbourhood":
            return None
        if gid not in self._towns:
            near = [c for c in self._gn_towns_of(p.cc)
                    if km(p.latitude, p.longitude, c.latitude, c.longitude) <= DISTRICT_KM]
            self._towns[gid] = max(near, key=lambda c: c.population).gid if near else None
        return self._towns[gid]

    def _gn_towns_of(self, cc: str) -> tuple[Place, ...]:
        """The GeoNames towns of country ``cc``, in ``places`` order: one pass over the gazetteer on first use,
        where each new district read a whole pass of its own (g110h)."""
        if self._gn_towns is None:
            by_cc: dict[str, list[Place]] = {}
            for c in self.places.values():
                if c.kind == "city" and c.gid.startswith("gn:"):
                    by_cc.setdefault(c.cc, []).append(c)
            self._gn_towns = {k: tuple(v) for k, v in by_cc.items()}
        return self._gn_towns.get(cc, ())

    def admin1_place(self, cc: str, admin1: str | None) -> Place | None:
        return self._admin1.get((cc, admin1)) if admin1 else None

    def country_place(self, cc: str) -> Place | None:
        return self._country.get(cc)

    @staticmethod
    def country_info(cc: str) -> tables.CountryInfo | None:
        return tables.country_info(cc)

    def __len__(self) -> int:
        return len(self.places)
