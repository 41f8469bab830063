"""Resolution: pick one gazetteer entry per place mention using the document's context, then set
ACLED location fields (coordinates, precision, admin1, country, ISO code) from the place itself.

Scores, in order of weight: the place that contains the mention ("X بريف Y"), the countries named or
implied in the document, the admin1 units of the document's other places, the outlet's country, then
the entry's tier (curated > core countries > world), population and feature type.
"""
from __future__ import annotations

import copy
import math
import re
from collections import Counter
from operator import itemgetter
from typing import Final, Sequence, TypeVar

from marsad.geo.gazetteer import Gazetteer
from marsad.geo.model import WIDE, Place, PlaceMention
from marsad.geo.tables import admin1_units, iso2_by_country, neighbours, place_words
from marsad.geodesy import km
from marsad.lang.ar.normalize import norm_key

_SETTLEMENT_ROLES = frozenset({"settlement", "neighbourhood", "camp", "base", "crossing", "rural", "district"})
_TIER = {"extra": 1.2, "user": 1.1, "core": 1.0, "world": 0.0}
_FCODE = {"P.PPLC": 0.6, "P.PPLA": 0.4, "P.PPLA2": 0.2}
# km per degree of latitude; a country-level compass phrase moves the point a third of the way out
_KM_PER_DEG = 111.0
# the countryside of a town ("ريف X", "ضواحي X") reaches this far from it, whatever province it crosses into
RURAL_KM = 60.0
# "ريف درعا": the countryside of a city that is also its province's name lies between the city and the bulk of the
# province, so its point is moved from the city towards the province's point, by half the way at most this much;
# "ريف درعا الغربي": by this much towards the side named
COUNTRYSIDE_KM = 15.0
# "X قرب بلدة Y": a town told near another town lies within this distance of it; a gazetteer entry of X farther
# away (in another province) is a namesake, not the place told (g43b)
NEAR_TOWN_KM = 30.0
_DIRS = {"N": (1, 0), "S": (-1, 0), "E": (0, 1), "W": (0, -1), "NE": (0.7, 0.7), "NW": (0.7, -0.7),
         "SE": (-0.7, 0.7), "SW": (-0.7, -0.7)}


SIDE_RULE: Final = "geo.compass.side"  # a country's side read as its curated region (q20b)
SIDE_REF_RULE: Final = "geo.compass.country_ref"  # "جنوب البلاد": the document's country, its side as above
SIDE_PROVINCE_RULE: Final = "geo.compass.side.province"  # ... given way to the province named on that side (g108y)
SIDE_TOWN_RULE: Final = "geo.compass.side.town"  # ... given way to a town of that side told right after it (g111e)
SIDE_TOWN_KINDS: Final = frozenset({"city", "neighbourhood", "camp", "base", "area"})  # the places a side gives way to
SIDE_TOWN_CHARS: Final = 250  # a town told this far after a side (the next sentence at most) may be its happening's place
_SENTENCE_END: Final = re.compile(r"[.!?\u061f]+[\s\"\u00bb]*|\n+")  # one sentence boundary, its line break included

_PROFILES_MAX: Final = 200_000  # distinct (modifiers, candidates) remembered
# a bare name read as a place of a country the document never points to must be at least this large, by
# tier (or a capital), to stay a place; smaller ones are mostly common words (see Resolver._lone_words).
# World-tier entries are cities of 500,000+ already, where Arabic words still collide ("كلنا" / Köln).
_WORD_MAX_POPULATION: Final = {"core": 100_000, "world": 1_000_000}
# a town abroad is the namesake of a village of the country the places around it lie in when it is smaller than
# this (a large city abroad named among them is itself: "هجوم الأهواز" in a report on eastern Syria)
NAMESAKE_MAX_POPULATION = 300_000
# the places around a name: this many characters either side, in the same paragraph
NAMESAKE_WINDOW: Final = 200
_NAMESAKE_KINDS: Final = frozenset({"city", "neighbourhood", "camp", "base", "area"})

# the fields _apply sets (with kind), in the order _apply copies them
_APPLIED_FIELDS = ("latitude", "longitude", "country", "iso", "region", "admin1", "admin2", "location",
                   "geo_precision", "gazetteer_id", "note", "rule_id")
_KEEP_KIND: Final = "\x00keep"  # not a kind: _apply left the mention's kind as it was

# an unresolved mention's resolution fields: latitude, longitude, country, iso, region, admin1, admin2,
# location, geo_precision, gazetteer_id, note, rule_id, score
_K = TypeVar("_K")


def _clear(m: PlaceMention) -> None:
    """Unresolve ``m``. A function, not an assignment in the caller: mypy would narrow the fields to None there
    and keep them so across later calls that set them again (compiled code then raises on a str)."""
    (m.latitude, m.longitude, m.country, m.iso, m.region, m.admin1, m.admin2, m.location, m.geo_precision,
     m.gazetteer_id, m.note, m.rule_id, m.score) = (None,) * 13


def _heaviest(weights: dict[_K, float]) -> tuple[_K, float]:
    """``Counter.most_common(1)[0]`` of float weights: the first key of the largest weight."""
    return max(weights.items(), key=itemgetter(1))


def _roles(m: PlaceMention) -> list[str]:
    return [v for k, v in m.modifiers if k == "prefix"]


def _far(m: PlaceMention, cont: PlaceMention) -> bool:
    """Whether ``m`` lies beyond the countryside of the town ``cont``: "ضواحي دمشق" and "ريف دمشق" around the city
    lie in another province (Rural Damascus), so a rural container is judged by distance, not by province."""
    lat, lon, clat, clon = m.latitude, m.longitude, cont.latitude, cont.longitude
    if lat is None or lon is None or clat is None or clon is None:
        return True
    return km(lat, lon, clat, clon) > RURAL_KM


def _beyond_landmark(m: PlaceMention, cont: PlaceMention) -> bool:
    """Whether ``m`` lies in another province than the town ``cont`` it is told to be near ("قرب", "بالقرب من")
    and farther than a town's neighbourhood: "خربة المليحة بالقرب من بلدة كفر شمس شمال درعا" is no Mulayhah
    of Rural Damascus, 47 km away."""
    if _compass(cont, adjective=False) != "NEAR" or cont.kind != "city" or not cont.admin1 \
            or not m.admin1 or m.admin1 == cont.admin1:
        return False
    lat, lon, clat, clon = m.latitude, m.longitude, cont.latitude, cont.longitude
    if lat is None or lon is None or clat is None or clon is None:
        return False
    return km(lat, lon, clat, clon) > NEAR_TOWN_KM


def _towards(lat: float, lon: float, side: str, dist_km: float) -> tuple[float, float]:
    """The point ``dist_km`` from (lat, lon) towards the compass ``side`` (a key of _DIRS)."""
    dy, dx = _DIRS[side]
    return lat + dy * dist_km / _KM_PER_DEG, lon + dx * dist_km / (_KM_PER_DEG * max(0.2, math.cos(math.radians(lat))))


def _compass(m: PlaceMention, adjective: bool = True) -> str | None:
    """The direction told of ``m`` ("شمال X", and with ``adjective`` "ريف X الشمالي"), else None."""
    for k, v in m.modifiers:
        if k == "compass" or (adjective and k == "compass_adj"):
            return v
    return None


def _own_terms(c: Place, m: PlaceMention) -> tuple[float, ...]:
    """The terms of ``c``'s score that depend on the candidate and the mention alone, in the order they
    are added. Zero terms are left out: adding 0.0 leaves a sum unchanged (the sum is never -0.0)."""
    terms = [_TIER.get(c.tier, 0.0)]
    if c.tier == "extra" and c.kind not in ("admin1", "country", "city"):
        # curated regions, camps and bases outrank a GeoNames place of the same name; a curated town
        # competes as a town (صيدا of Dar'a against Sidon: the context decides, else the larger)
        terms.append(2.0)
    terms.append(0.4 * math.log10(c.population + 1))
    terms.append(_FCODE.get(c.fcode, 0.0))
    roles = _roles(m)
    if roles and roles[-1] == "province":
        terms.append(3.0 if c.kind == "admin1" else 0.0)
    elif roles and roles[-1] in _SETTLEMENT_ROLES and c.kind in ("admin1", "country"):
        terms.append(-3.0)
    elif c.kind == "city" and any(o.kind == "admin1" and o.cc == c.cc and o.admin1 == c.admin1
                                  for o in m.candidates):
        terms.append(1.0)  # the namesake capital of a governorate is the salient reading ("القنيطرة")
    elif c.kind == "admin1":
        # a bare "حلب" is the city (the governorate's namesake capital); "محافظة حلب" is the governorate.
        # Without a namesake town in the unit ("صلاح الدين"), the governorate is meant.
        namesake = any(o.kind == "city" and o.cc == c.cc and o.admin1 == c.admin1 for o in m.candidates)
        terms.append(-0.5 if namesake else 2.5)
    if roles and roles[-1] == "country" and c.kind == "country":
        terms.append(3.0)
    if _compass(m) and c.kind == "country":
        terms.append(3.0)  # "شمال غرب تونس" is the country's north-west, not the capital's
    return tuple(t for t in terms if t != 0.0)


class _Profile:
    """A mention's candidates with their own score terms, and what they add to the document's context."""

    __slots__ = ("modifiers", "candidates", "scored", "ccs", "admin1")

    def __init__(self, m: PlaceMention):
        self.modifiers = m.modifiers
        self.candidates = tuple(m.candidates)
        self.scored = tuple((c, _own_terms(c, m)) for c in self.candidates)
        # built as _context built it, so it iterates in the same order (float sums depend on it)
        self.ccs = tuple({c.cc for c in self.candidates})
        adm = {(c.cc, c.admin1) for c in self.candidates}
        self.admin1: tuple[str, str] | None = None  # (country, admin1) when every candidate lies in one
        if len(adm) == 1:
            cc, a1 = next(iter(adm))
            if cc is not None and a1 is not None:
                self.admin1 = (cc, a1)


class Resolver:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self._countries: dict[str, str | None] = {}
        self._profiles: dict[tuple, _Profile] = {}
        self._applied: dict[tuple, tuple] = {}
        self._seats: dict[str, Place | None] = {}
        self._sides: dict[tuple[str, str], Place | None] = {}
        self._own: Sequence[PlaceMention] = ()  # the mentions being resolved (see resolve)

    def _context(self, mentions: Sequence[PlaceMention], site_cc: str | None,
                 profiles: Sequence[_Profile | None] | None = None) -> tuple[dict, dict]:
        """Country and admin1 weights of the document's places (plain dicts, a missing key weighing 0)."""
        cw: dict[str, float] = {}
        aw: dict[tuple[str, str], float] = {}
        if profiles is None:
            profiles = [self._profile(m) if m.candidates else None for m in mentions]
        places = self.gaz.places
        for m, prof in zip(mentions, profiles):
            if m.gazetteer_id and m.country is not None:  # already resolved: its choice counts
                p = places.get(m.gazetteer_id)
                if p is not None:
                    cw[p.cc] = cw.get(p.cc, 0) + 1.0
                    if p.admin1:
                        k = (p.cc, p.admin1)
                        aw[k] = aw.get(k, 0) + 1.0
                continue
            if prof is None:
                continue
            ccs = prof.ccs
            if len(ccs) == 1:
                cw[ccs[0]] = cw.get(ccs[0], 0) + (2.0 if m.kind == "country" else 1.0)
            else:
                for cc in ccs:
                    cw[cc] = cw.get(cc, 0) + 0.2 / len(ccs)
            if prof.admin1 is not None:
                aw[prof.admin1] = aw.get(prof.admin1, 0) + 1.0
        if site_cc:
            cw[site_cc] = cw.get(site_cc, 0) + 0.5
        return cw, aw

    def _context_keys(self, m: PlaceMention) -> tuple[str, ...]:
        """The countries ``m`` adds weight to in :meth:`_context` (each weight it adds there is > 0)."""
        if m.gazetteer_id and m.country is not None:  # already resolved: its choice counts
            p = self.gaz.places.get(m.gazetteer_id)
            return () if p is None else (p.cc,)
        return self._profile(m).ccs if m.candidates else ()

    def _score(self, c: Place, m: PlaceMention, cw: dict, aw: dict, container: PlaceMention | None) -> float:
        return self._total(c, _own_terms(c, m), cw, aw, sum(cw.values()), sum(aw.values()), container)

    def _total(self, c: Place, own: tuple[float, ...], cw: dict, aw: dict, ctot: float, atot: float,
               container: PlaceMention | None) -> float:
        """The score of ``c``: the document's terms, then the candidate's own (added in this order: the
        float sum is the same whether the own terms are computed now or were kept)."""
        s = 0.0
        if ctot:
            s += 4.0 * cw.get(c.cc, 0) / ctot
        if atot and c.admin1:
            s += 2.0 * aw.get((c.cc, c.admin1), 0) / atot
        if container is not None and container.gazetteer_id:
            if container.admin1 and c.admin1 == container.admin1:
                s += 4.0
            if container.iso is not None and container.country == self._country_name(c.cc):
                s += 2.0
        for x in own:
            s += x
        return s

    def _country_name(self, cc: str) -> str | None:
        if cc not in self._countries:
            info = self.gaz.country_info(cc)
            self._countries[cc] = info.country if info else None
        return self._countries[cc]

    def _profile(self, m: PlaceMention) -> _Profile:
        """What resolution needs of a mention's candidates, kept per (modifiers, candidates): names repeat."""
        key = (m.modifiers, *map(id, m.candidates))
        hit = self._profiles.get(key)
        if hit is None:
            hit = _Profile(m)
            if len(self._profiles) < _PROFILES_MAX:
                self._profiles[key] = hit  # the profile holds the candidates, so their ids stay theirs
        return hit

    def resolve(self, mentions: Sequence[PlaceMention], context: Sequence[PlaceMention] = (),
                site_cc: str | None = None, context_text: str | None = None) -> None:
        """Choose a candidate for each mention; ``context`` are the document's resolved place mentions
        with offsets into ``context_text``."""
        self._ctx_text = context_text
        self._ctx = [c for c in context if c.gazetteer_id]
        # the mentions themselves are context too once resolved: a document's places are resolved among themselves
        # (no separate context), and an unknown name's neighbours are then among them
        self._own = mentions
        for m in mentions:  # a mention resolved before starts afresh
            _clear(m)
        pool = list(context) + list(mentions)
        pool_profiles = [self._profile(m) if m.candidates else None for m in pool]
        profiles = pool_profiles[len(context):]
        for _ in range(2):  # second pass sees the first pass's choices
            cw, aw = self._context(pool, site_cc, pool_profiles)
            ctot, atot = sum(cw.values()), sum(aw.values())
            # within a pass the choice depends on the profile and the container's resolution alone
            chosen: dict = {}
            for m, prof in zip(mentions, profiles):
                if prof is None:
                    continue
                cont = mentions[m.container] if m.container is not None else None
                key = (prof, cont.admin1, cont.iso is None, cont.country) if cont is not None \
                    and cont.gazetteer_id else prof
                hit = chosen.get(key)
                if hit is None:
                    best, score = self._choose(prof, cw, aw, ctot, atot, cont)
                    hit = chosen[key] = (score, *self._applied_for(prof.modifiers, best))
                m.score, fields, kind = hit
                (m.latitude, m.longitude, m.country, m.iso, m.region, m.admin1, m.admin2, m.location,
                 m.geo_precision, m.gazetteer_id, m.note, m.rule_id) = fields
                if kind is not _KEEP_KIND:
                    m.kind = kind
        # before the unknown names are placed: "قرى الجنينة والجيعة" lists the second near the first
        self._namesakes_abroad(mentions, pool, site_cc)
        self._namesakes_at_home(mentions, pool, site_cc)
        # "جنوبي البلاد" first: a town it contains ("مدينة X جنوبي البلاد") is placed by it, not by the
        # document's dominant province
        # "X قرب Y" may cross a border; "X في ريف Y الشرقي" may not
        # and an unknown name after the named place that contains it, which may itself be read as another place
        # below ("قاعدة لزعماء ... في الأهواز شرقي الفرات": the base lies where الأهواز is then placed) (g108r)
        for m in sorted(mentions, key=lambda x: (("ref", "country") not in x.modifiers, not x.candidates
                                                 and x.container is not None
                                                 and bool(mentions[x.container].candidates))):
            cont = mentions[m.container] if m.container is not None else None
            if m.candidates and cont is not None and cont.country is not None \
                    and m.kind in ("city", "neighbourhood", "camp", "base") \
                    and ((m.country != cont.country and not _compass(cont, adjective=False))
                         or (cont.admin1 and m.admin1 and m.admin1 != cont.admin1
                             and (cont.kind == "admin1" or any(v == "province" for _, v in cont.modifiers)
                                  or ((cont.kind == "region" or any(v == "rural" for _, v in cont.modifiers))
                                      and _far(m, cont))))
                         or _beyond_landmark(m, cont)):
                # "بلدة X بمحافظة Y" where the gazetteer only knows an X elsewhere (another province, or
                # far outside a region named as its container: "قرية X في حوض اليرموك", or
                # another country: "مخيم البحيرة في محافظة السويداء" is no Egyptian province, "مراكز بحوث في
                # دمشق" no Yemeni village): another place
                m.latitude = None
                m.gazetteer_id = None
                self._unresolved(m, mentions, site_cc, [])
                if m.note:
                    m.note += "; the gazetteer's entries of that name lie outside it"
                continue
            if not m.candidates:
                self._unresolved(m, mentions, site_cc, list(mentions) + [c for c in context if c.gazetteer_id])
        self._lone_words(mentions, pool, site_cc)
        self._sides_named(mentions, pool)

    def _sides_named(self, mentions: Sequence[PlaceMention], pool: Sequence[PlaceMention]) -> None:
        """A country's side read as its curated region ("شمال العراق": the Kurdistan Region, Erbil) is that side at
        the province the document names there when it names no place of the region's own province (g108y,
        122500): a bombing at a village of Salah al-Din "وفق مسؤول محلي في شمال العراق", US strikes "شمال شرقي
        سوريا" in a report on Deir-ez-Zor, IS attacks "في جنوب البلاد" told at "محافظة السويداء". The provinces of a
        side are data (place_words.tsv side, column provinces); the one named nearest in the text is taken. The
        entry stays the country's, as for the region: a side is as vague a place, and merges as the country does."""
        words = place_words()
        for m in mentions:
            if m.rule_id not in (SIDE_RULE, SIDE_REF_RULE) or m.gazetteer_id is None:
                continue
            country = self.gaz.places.get(m.gazetteer_id)
            compass = _compass(m)
            if country is None or compass is None:
                continue
            region = self._side_region(country.cc, compass)
            if region is None:
                continue
            provinces = next((words.side_provinces[w] for w in words.sides.get(compass, ())
                              if w in words.side_provinces and any(c.gid == region.gid for c in self.gaz.lookup(w))),
                             None)
            if not provinces:
                continue
            named = [x for x in pool if x is not m and x.gazetteer_id and x.admin1 and x.country == m.country
                     and x.kind != "country"]
            # "غارات استهدفت مواقع شرقي سوريا. وذكر المرصد أن المنطقة المستهدفة كانت في جنوب مدينة البوكمال": a town
            # of the side told in the next sentence is where the side's happening was, and
            # merges as that town does (g111e, 139500)
            town = None if self._went_to(m) else next((x for x in named if x.start > m.start and x.kind in SIDE_TOWN_KINDS
                         and (x.geo_precision or 3) <= 2 and x.admin1 in provinces and self._told_next(m, x)
                         and x.rule_id not in (SIDE_RULE, SIDE_REF_RULE, SIDE_PROVINCE_RULE)), None)
            if town is not None:
                p = self.gaz.places.get(town.gazetteer_id or "")
                if p is not None and town.latitude is not None and town.longitude is not None:
                    self._fill(m, p, town.latitude, town.longitude, 2, SIDE_TOWN_RULE,
                               f"{compass} of {m.country}: the town named on that side right after it, not "
                               f"{region.name} (139500)", p)
                    continue
            if any(x.admin1 == region.admin1 for x in named):
                continue
            # a named region of the side is no province of the act's: "الحدود مع هضبة الجولان وحدود جنوب غرب سوريا
            # مع الأردن" tells the Jordan border, Dar'a's, beside the Golan
            near = min((x for x in named if x.admin1 in provinces and x.kind != "region"),
                       key=lambda x: abs(x.start - m.start), default=None)
            a1 = self.gaz.admin1_place(country.cc, near.admin1) if near is not None else None
            if a1 is None:
                continue
            self._fill(m, a1, a1.latitude, a1.longitude, 3, SIDE_PROVINCE_RULE,
                       f"{compass} of {m.country}: the province named on that side, not {region.name} (122500)", country)

    def _went_to(self, m: PlaceMention) -> bool:
        """Whether ``m`` is told as a destination or an origin ("إجلاء المقاتلين إلى شمال البلاد"): not where the act was."""
        if self._ctx_text is None:
            return False
        before = self._ctx_text[max(0, m.start - 12):m.start].split()
        return bool(before) and norm_key(before[-1]) in place_words().side_away

    def _told_next(self, m: PlaceMention, x: PlaceMention) -> bool:
        """Whether ``x`` is told in the sentence right after ``m``'s, within SIDE_TOWN_CHARS."""
        if x.start - m.end > SIDE_TOWN_CHARS or self._ctx_text is None:
            return False
        ends = list(_SENTENCE_END.finditer(self._ctx_text, m.end, x.start))
        if len(ends) != 1:
            # a town of the side's own sentence is the extractor's to weigh (it may be a reason clause's: "انتقاما
            # للهجمات على مواقعها في مدينة زاخو"); two sentences on is another paragraph's
            return False
        # "وكانت القوات قد استعادت مدينة الموصل العام الماضي": a next sentence telling an earlier happening
        opener = self._ctx_text[ends[0].end():x.start].split()[:1]
        return not opener or norm_key(opener[0]) not in place_words().side_other

    def _near_in_text(self, x: PlaceMention, m: PlaceMention) -> bool:
        """Whether ``x`` is written within NAMESAKE_WINDOW characters of ``m``, in the same paragraph."""
        if abs(x.start - m.start) > NAMESAKE_WINDOW:
            return False
        lo, hi = sorted((x.start, m.start))
        return self._ctx_text is None or "\n" not in self._ctx_text[lo:hi]

    def _around(self, m: PlaceMention, others: Sequence[PlaceMention]) -> dict[str | None, float]:
        """The countries of the places named near ``m``, weighed (a country named counts half: "المدعومة من
        الولايات المتحدة" tells no place of the act). A dict, not a Counter: the weights are floats."""
        out: dict[str | None, float] = {}
        for x in others:
            if self._near_in_text(x, m):
                out[x.country] = out.get(x.country, 0) + (0.5 if x.kind == "country" else 1.0)
        return out

    def _home_country(self, m: PlaceMention, mentions: Sequence[PlaceMention]) -> str | None:
        """The country ``m``'s town lies in by its context when that is not the country of its gazetteer entry:
        the country of the places named around it (two at least, none in the entry's country), or, with nothing
        named around it, the document's country when the entry's country is named nowhere else and a naming word
        or a list tells a town ("قرى X وY"). None: the entry stands."""
        others = [x for x in mentions if x.name != m.name and x.gazetteer_id and x.country is not None
                  and x.kind != "word"]
        doc = Counter(x.country for x in others)
        towns = Counter(x.country for x in others if x.kind != "country")
        if not m.modifiers and not m.opens_list and doc.get(m.country, 0) > 0:
            return None  # a bare name of a country the document names elsewhere ("عفرين" in a report on Sinjar)
        around = self._around(m, others)
        if around:
            if around.get(m.country, 0) > 0:
                return None
            country, w = _heaviest(around)
            near = sum(1 for x in others if x.country == country and x.kind != "country" and self._near_in_text(x, m))
            if w / sum(around.values()) < 0.6 or near < 1 or towns[country] < 2 \
                    or (near < 2 and 4 * doc.get(m.country, 0) > doc[country]) or 2 * doc.get(m.country, 0) >= doc[country]:
                return None  # the document is (also) about the entry's country: "دوما" near "نيويورك" stays
            return country if self._village_country(country, others) else None
        if not m.modifiers or doc.get(m.country, 0) > 0 or not doc:
            return None
        country, n = doc.most_common(1)[0]
        return country if n / sum(doc.values()) >= 0.6 and towns[country] >= 2 \
            and self._village_country(country, others) else None

    def _village_country(self, country: str | None, others: Sequence[PlaceMention]) -> bool:
        """Whether ``country`` (a name) is one the gazetteer holds down to its villages (countries.tsv tier core):
        a town named among New York and Washington is where a statement was made, not a village they hold."""
        for x in others:
            p = self.gaz.places.get(x.gazetteer_id or "")
            if x.country == country and p is not None:
                info = self.gaz.country_info(p.cc)
                return info is not None and info.tier == "core"
        return False

    def _namesakes_abroad(self, mentions: Sequence[PlaceMention], pool: Sequence[PlaceMention],
                          site_cc: str | None) -> None:
        """A small town resolved abroad while the places named around it all lie in one other country is that
        country's village of the same name ("قرى الجنينة والجيعة ... بريف دير الزور" is no Sudanese town): its
        candidate there when the gazetteer has one, else an unknown place placed as such (rule geo.namesake).
        A name the document tells elsewhere with its entry's country named beside it keeps that entry: one name,
        one place in a report ("عفرين" told "في شمال سوريا" is no Turkish village where Ankara is named next to it)."""
        told = self._told_as_entry(mentions)
        for m in mentions:
            # a container decides (below), unless it is a reference point: "الطيبة جنوب شرق درعا"
            if not m.gazetteer_id or m.kind not in _NAMESAKE_KINDS or m.gazetteer_id in told or (
                    m.container is not None and not _compass(mentions[m.container], adjective=False)):
                continue
            p = self.gaz.places.get(m.gazetteer_id)
            if p is None or p.tier == "user" or p.fcode == "P.PPLC" or p.population >= NAMESAKE_MAX_POPULATION:
                continue
            country = self._home_country(m, mentions)
            if country is None:
                continue
            home = [c for c in m.candidates if self._country_name(c.cc) == country]
            if home:
                best = max(home, key=lambda c: (sum(_own_terms(c, m)), c.population, c.gid))
                self._apply(m, best)
                m.rule_id = "geo.namesake"
                m.note = f"{m.name!r}: the namesake in {country}, where the places named around it lie"
                continue
            abroad = m.country
            if not m.modifiers and not m.opens_list:
                # a bare small name abroad among the places of another country is a word ("مردفا"), not a village
                _clear(m)
                m.kind, m.rule_id = "word", "geo.word"
                m.note = f"{m.name!r} read as a word: its gazetteer entries lie in {abroad}, the places around it in {country}"
                continue
            _clear(m)
            self._unresolved(m, mentions, site_cc, list(pool))
            if m.country != country:  # no unit of that country to place it at: not a place of the act
                _clear(m)
                m.rule_id = "geo.unresolved"
                m.note = f"unresolved {m.name!r}: its gazetteer entries lie in {abroad}, the places around it in {country}"
                continue
            m.note = (m.note or "") + f"; the gazetteer's {m.name!r} lies in {abroad}, the places around it in {country}"
            m.rule_id = "geo.namesake"

    def _namesakes_at_home(self, mentions: Sequence[PlaceMention], pool: Sequence[PlaceMention],
                           site_cc: str | None) -> None:
        """A small listed town whose every entry lies in one province, named among places of another province of the
        same country, all farther than a countryside from it, in a document that names nothing else of its
        province, is that other province's village of the same name: "قرى المتونة شمال مدينة السويداء ودوما
        وتيما" is no Douma of the Ghouta, 100 km away. The gazetteer has no such village, so it is placed as an
        unknown name is (its list, its container or the province around it; rule geo.namesake)."""
        for m in mentions:
            # a listed town only ("قرى دوما وتيما والمتونة"): a town told alone near a city of another province
            # ("مخارج سامراء، على بعد مئة كيلومتر من بغداد", "قرب البوكمال" in a report from Damascus) is itself
            if not m.gazetteer_id or m.kind != "city" or m.container is not None \
                    or not _listed(m, mentions):
                continue
            p = self.gaz.places.get(m.gazetteer_id)
            if p is None or p.tier != "core" or not p.admin1 or p.fcode != "P" \
                    or p.population >= NAMESAKE_MAX_POPULATION \
                    or any(c.kind == "admin1" or (c.cc == p.cc and c.admin1 != p.admin1) for c in m.candidates):
                # a capital (of the country or a province: "السويداء"), a curated place, or a name the scores
                # already choose between
                continue
            home = self._home_province(m, p, mentions)
            if home is None:
                continue
            _clear(m)
            self._unresolved(m, mentions, site_cc, list(pool))
            m.note = (m.note or "") + f"; the gazetteer's {m.name!r} lies in {p.admin1}, the places around it in {home}"
            m.rule_id = "geo.namesake"

    def _home_province(self, m: PlaceMention, p: Place, mentions: Sequence[PlaceMention]) -> str | None:
        """The one other province of ``p``'s country that the places named around ``m`` lie in, each farther
        than RURAL_KM from ``p``, when the document names no other place of ``p``'s province and three in five of
        its places lie in that other one; else None."""
        others = [x for x in mentions if x.name != m.name and x.gazetteer_id and x.kind not in ("country", "word")
                  and x.country is not None]
        if any(x.admin1 == p.admin1 for x in others):
            return None  # the document is (also) about the entry's province
        same = [x for x in others if x.country == m.country]
        # the places written around it; with none there, all the country's places the document names
        around = [x for x in same if self._near_in_text(x, m)] or same
        provinces = {x.admin1 for x in around}
        if len(provinces) != 1:
            return None
        for x in around:
            if x.latitude is None or x.longitude is None or km(x.latitude, x.longitude, p.latitude, p.longitude) <= RURAL_KM:
                return None
        home = next(iter(provinces))
        # and the document is about that province: a town listed with a city of another province in a report
        # on many ("مدينتي الناصرية والسماوة" among Basra, Najaf and Baghdad) is itself
        if 5 * sum(1 for x in others if (x.country, x.admin1) == (m.country, home)) < 3 * len(others):
            return None
        return home

    def _told_as_entry(self, mentions: Sequence[PlaceMention]) -> set[str]:
        """The gazetteer ids of the names told once at least with a place of their entry's country named
        beside them (within NAMESAKE_WINDOW, in the same paragraph; the country itself counts)."""
        located = [x for x in mentions if x.gazetteer_id and x.country is not None and x.kind != "word"]
        out: set[str] = set()
        for m in located:
            gid = m.gazetteer_id
            if gid is None or gid in out or m.kind not in _NAMESAKE_KINDS:
                continue
            if any(x.name != m.name and x.country == m.country and self._near_in_text(x, m) for x in located):
                out.add(gid)
        return out

    def _lone_words(self, mentions: Sequence[PlaceMention], pool: Sequence[PlaceMention], site_cc: str | None) -> None:
        """Mark as words (kind "word", rule geo.word) the bare names read as a small place in a country that
        nothing else in the document points to, nor to a country next to it: "فريدة" is no Yemeni village
        (ف + ريدة) and "السبل السلمية" no Syrian town in a document about Iran. A naming word ("بلدة X"),
        a containing place ("X بريف Y"), a capital, a town of 100,000 (a city of a million abroad) and the
        curated and user entries keep the place."""
        # _context's country weights of the pool without a name's own mentions are only asked whether a country
        # weighs anything, and every weight it adds is > 0: the countries each mention adds to (made when first
        # asked, made again for a mention set aside below) are enough, not a float sum over the pool per name
        other_cw: dict[str, set[str]] = {}
        keys: dict[int, tuple[str, ...]] = {}
        for m in mentions:
            if not m.gazetteer_id or m.modifiers or m.container is not None or m.kind in ("country", "admin1"):
                continue
            p = self.gaz.places.get(m.gazetteer_id)
            if p is None or p.tier not in _WORD_MAX_POPULATION or p.kind in ("country", "admin1") \
                    or p.fcode == "P.PPLC" or p.population >= _WORD_MAX_POPULATION[p.tier]:
                continue
            cw = other_cw.get(m.name)
            if cw is None:  # the document's countries, this name's own mentions left out
                cw = set()
                for x in pool:
                    if x.name != m.name:
                        got = keys.get(id(x))
                        if got is None:
                            got = keys[id(x)] = self._context_keys(x)
                        cw.update(got)
                if site_cc:
                    cw.add(site_cc)
                other_cw[m.name] = cw
            if not cw or p.cc in cw or not cw.isdisjoint(neighbours(p.cc)):
                continue  # no context to judge by, or the country (or one next to it) is in the news
            _clear(m)
            keys.pop(id(m), None)  # unresolved now: it adds its candidates' countries, as _context would read it
            m.kind = "word"
            m.rule_id = "geo.word"
            m.note = (f"{m.name!r} read as a word: as a place it would be a small one in {p.cc}, "
                      "which nothing else in the document points to")

    def _choose(self, prof: _Profile, cw: dict, aw: dict, ctot: float, atot: float,
                cont: PlaceMention | None) -> tuple[Place, float]:
        """The best candidate and its rounded score: max() by (score, population, id), the first of equals."""
        best = None
        top = (0.0, 0, "")
        for c, own in prof.scored:
            k = (self._total(c, own, cw, aw, ctot, atot, cont), c.population, c.gid)
            if best is None or k > top:
                best, top = c, k
        assert best is not None  # profiles are made for mentions with candidates
        return best, round(top[0], 3)

    def _apply(self, m: PlaceMention, p: Place) -> None:
        """Set ``m``'s location fields from ``p``."""
        fields, kind = self._applied_for(m.modifiers, p)
        (m.latitude, m.longitude, m.country, m.iso, m.region, m.admin1, m.admin2, m.location, m.geo_precision,
         m.gazetteer_id, m.note, m.rule_id) = fields
        if kind is not _KEEP_KIND:
            m.kind = kind

    def _applied_for(self, modifiers: tuple, p: Place) -> tuple[tuple, str]:
        """The _APPLIED_FIELDS that _apply_now sets for ``p`` and the kind it gives (_KEEP_KIND: none): they
        depend on the modifiers and ``p`` alone, so they are kept (the entry holds ``p``, so its id stays its own)."""
        key = (modifiers, id(p))
        hit = self._applied.get(key)
        if hit is None:
            scratch = PlaceMention(0, 0, "", "", 0, 0, _KEEP_KIND, modifiers=modifiers)
            self._apply_now(scratch, p)
            hit = (p, tuple(getattr(scratch, f) for f in _APPLIED_FIELDS), scratch.kind)
            if len(self._applied) < _PROFILES_MAX:
                self._applied[key] = hit
        return hit[1], hit[2]

    def _apply_now(self, m: PlaceMention, p: Place) -> None:
        roles = _roles(m)
        compass = _compass(m)
        lat, lon, prec = p.latitude, p.longitude, p.precision
        target = named = p
        rule = "geo.name"
        note = None
        if roles and roles[-1] == "province" and p.kind != "admin1" and p.kind != "country":
            a1 = self.gaz.admin1_place(p.cc, p.admin1)
            if a1 is not None:
                target, lat, lon = a1, a1.latitude, a1.longitude
            prec, rule = 3, "geo.province"
        elif roles and roles[-1] == "province":
            prec, rule = 3, "geo.province"
        steppe = self._province_named(p) if roles and roles[-1] == "steppe" else None
        if steppe is not None:
            # "بادية دير الزور": the desert of the province the town names, far from the town: the province's point
            # (g102h, 74206)
            target = named = steppe
            lat, lon, prec, rule = steppe.latitude, steppe.longitude, 3, "geo.steppe"
        elif roles and roles[-1] in ("rural", "district", "camp", "base", "crossing", "area", "steppe") \
                and p.kind not in ("camp", "base"):
            if p.kind in ("city", "neighbourhood"):
                prec = max(prec, 2)
            rule = f"geo.{roles[-1]}"
            moved = self._countryside(p, compass) if roles[-1] == "rural" and WIDE in m.modifiers else None
            if moved is not None:
                lat, lon = moved
                rule = "geo.rural.province"
        elif len(roles) > 1 and roles[-1] == "settlement" and "rural" in roles and p.kind in ("city", "neighbourhood"):
            # "محيط مدينة طفس", "ضواحي بلدة X": the settlement word names the town, the outer word puts the act
            # around it, as "محيط طفس" does (ACLED precision 2, not the town itself) (g93e)
            prec, rule = max(prec, 2), "geo.rural"
        side = self._side_region(p.cc, compass) if compass and p.kind == "country" else None
        if side is not None:
            # "جنوب سوريا" is the curated region of that side (الجنوب السوري), not a point moved from the centroid;
            # the entry stays the country's (a side of a country is as vague a place as the country)
            target, lat, lon, prec, rule = side, side.latitude, side.longitude, 3, SIDE_RULE
        elif compass:
            if p.kind == "country":
                dy, dx = _DIRS.get(compass, (0, 0))
                info = self.gaz.country_info(p.cc)
                # no area table: a fixed 150 km move towards the named side, noted
                km = 150.0
                lat = lat + dy * km / _KM_PER_DEG
                lon = lon + dx * km / (_KM_PER_DEG * max(0.2, math.cos(math.radians(lat))))
                prec, rule = 3, "geo.compass.country"
                note = f"{compass} of {info.country if info else p.cc}: point moved 150 km from the centroid"
            elif p.kind == "admin1" and _compass(m, adjective=False) is None and (seat := self._rural_seat(p)) is not None:
                # "ريف دمشق الجنوبي" is the southern countryside of the city, as "ريف حلب الشمالي" is of
                # Aleppo, not a side of the province named after that countryside (Rural Damascus)
                target = seat
                lat, lon, prec, rule = target.latitude, target.longitude, 2, "geo.compass.rural"
                if compass in _DIRS:  # the side named of the city's countryside, as for "ريف حماة الغربي"
                    lat, lon = _towards(lat, lon, compass, COUNTRYSIDE_KM)
                named = target
            elif p.kind == "admin1":
                prec, rule = 3, "geo.compass.admin1"
            else:
                prec, rule = max(prec, 2), "geo.compass"
        self._fill(m, target, lat, lon, prec, rule, note, named)
        if named is not p:  # the countryside lies in the province, not in the city
            m.admin1, m.admin2 = p.admin1, None
        if not roles or roles[-1] == "settlement":
            m.kind = {"admin2": "district"}.get(p.kind, p.kind)
        elif roles[-1] == "province" and target.kind == "admin1" and not compass:
            # "محافظة حلب" where the city's candidate won the name: the mention is the province all the same, of
            # the kind a list of provinces compares ("محافظتي إدلب وحلب": one province each, g106d)
            m.kind = "admin1"

    def _side_region(self, cc: str, compass: str) -> Place | None:
        """The curated region standing for the ``compass`` side of country ``cc`` (place_words.tsv kind side)."""
        key = (cc, compass)
        if key not in self._sides:
            self._sides[key] = next((c for w in place_words().sides.get(compass, ()) for c in self.gaz.lookup(w)
                                     if c.cc == cc and c.kind == "region"), None)
        return self._sides[key]

    def _countryside(self, p: Place, side: str | None) -> tuple[float, float] | None:
        """The point of "ريف X" when the town X gives its name to its province (درعا، حلب، حماة): COUNTRYSIDE_KM from
        the town towards the ``side`` named ("ريف حماة الغربي"), else towards the province's point, half the way and
        COUNTRYSIDE_KM at most; None for another town, or when the province's point lies beyond the countryside
        (RURAL_KM: Homs's is in the desert)."""
        a1 = self._province_named(p)
        if a1 is None:
            return None
        if side in _DIRS:
            return _towards(p.latitude, p.longitude, side, COUNTRYSIDE_KM)
        d = km(p.latitude, p.longitude, a1.latitude, a1.longitude)
        if d < 1.0 or d > RURAL_KM:
            return None
        f = min(0.5, COUNTRYSIDE_KM / d)
        return p.latitude + f * (a1.latitude - p.latitude), p.longitude + f * (a1.longitude - p.longitude)

    def _province_named(self, p: Place) -> Place | None:
        """The province (admin1) the city ``p`` gives its name to ("دير الزور"، "حمص"), else None."""
        if p.kind != "city":
            return None
        a1 = self.gaz.admin1_place(p.cc, p.admin1)
        if a1 is None or not any(c.gid == p.gid for c in self.gaz.lookup(a1.name_ar)):
            return None
        return a1

    def _rural_seat(self, p: Place) -> Place | None:
        """The city a province is named the countryside of ("ريف دمشق" -> Damascus), else None."""
        if p.gid not in self._seats:
            head, _, rest = p.name_ar.partition(" ")
            seat = None
            if rest and place_words().prefixes.get(head, ("", 0))[0] == "rural":
                seat = next((c for c in self.gaz.lookup(rest) if c.cc == p.cc and c.kind == "city"), None)
            self._seats[p.gid] = seat
        return self._seats[p.gid]

    def _fill(self, m: PlaceMention, target: Place, lat: float, lon: float, prec: int, rule: str,
              note: str | None, named: Place) -> None:
        info = self.gaz.country_info(target.cc)
        m.latitude, m.longitude = round(lat, 5), round(lon, 5)
        m.country = info.country if info else target.cc
        m.iso = info.iso if info else None
        m.region = info.region if info else None
        m.admin1 = target.admin1
        m.admin2 = target.admin2 if target.kind not in ("admin1", "country") else None
        m.location = target.name if target.kind != "country" else m.country
        m.geo_precision = prec
        m.gazetteer_id = named.gid
        m.note = note
        m.rule_id = rule

    def at_province(self, m: PlaceMention) -> PlaceMention | None:
        """A copy of the resolved town ``m`` placed at its first-level unit (precision 3); None when ``m`` is no
        town or its unit is unknown."""
        p = self.gaz.places.get(m.gazetteer_id or "")
        if p is None or p.kind in ("admin1", "country", "region") or m.kind in ("admin1", "country", "region"):
            return None
        a1 = self.gaz.admin1_place(p.cc, p.admin1)
        if a1 is None:
            return None
        return self._moved_to(m, a1, 3, "geo.province", "admin1")

    def at_countryside(self, m: PlaceMention, side: str) -> PlaceMention | None:
        """A copy of the resolved town ``m`` (or the province named after a town: درعا) placed at the ``side`` of its
        countryside, as "ريف X الشرقي" is read (precision 2; g110o); None for another place or side."""
        p = self.gaz.places.get(m.gazetteer_id or "")
        if p is None or side not in _DIRS:
            return None
        if p.kind == "admin1":
            a1 = p
            p = next((c for c in self.gaz.lookup(a1.name_ar) if c.cc == a1.cc and c.kind == "city"
                      and c.admin1 == a1.admin1), None)
        if p is None or p.kind != "city":
            return None
        out = copy.copy(m)
        out.modifiers = (("prefix", "rural"), WIDE, ("compass_adj", side))
        self._apply_now(out, p)
        out.kind = p.kind
        return out

    def at_side(self, m: PlaceMention) -> PlaceMention | None:
        """A copy of the side ``m`` that gave way to a town told right after it (SIDE_TOWN_RULE) placed back at the
        side's curated region, as "جنوب سوريا" is read alone (precision 3, the country's entry); None for another
        mention. A deal told at a side is the side's: the next sentence's town is an act under it (g111e)."""
        if m.rule_id != SIDE_TOWN_RULE:
            return None
        p = self.gaz.places.get(m.gazetteer_id or "")
        compass = _compass(m)
        country = self.gaz.country_place(p.cc) if p is not None else None
        region = self._side_region(country.cc, compass) if country is not None and compass is not None else None
        if country is None or region is None:
            return None
        out = copy.copy(m)
        self._fill(out, region, region.latitude, region.longitude, 3, SIDE_RULE,
                   f"{compass} of {country.cc}: the side's region, a deal's place, not the town told after it", country)
        return out

    def at_country(self, m: PlaceMention) -> PlaceMention | None:
        """A copy of the resolved place ``m`` placed at its country (precision 3); None when its country is not in
        the gazetteer."""
        p = self.gaz.places.get(m.gazetteer_id or "")
        country = self.gaz.country_place(p.cc) if p is not None else None
        if country is None:
            return None
        return self._moved_to(m, country, 3, "geo.country", "country")

    def at_named_country(self, m: PlaceMention, country: str) -> PlaceMention | None:
        """A copy of ``m`` placed at the country of that ACLED name ("Israel", precision 3); None when the name is
        not in countries.tsv or the country not in the gazetteer."""
        cc = iso2_by_country().get(country)
        place = self.gaz.country_place(cc) if cc is not None else None
        if place is None:
            return None
        return self._moved_to(m, place, 3, "geo.country", "country")

    def at_seat(self, m: PlaceMention) -> PlaceMention | None:
        """A copy of the province ``m`` placed at its seat, the capital admin1.tsv names (precision 1): the
        governorate's building ("مبنى محافظة البصرة") stands in Basra city, not at the province's middle; None
        when ``m`` is no province or its seat is not in the gazetteer."""
        p = self.gaz.places.get(m.gazetteer_id or "")
        if p is None or p.kind != "admin1":
            return None
        capital = next((u.capital_ar for u in admin1_units().values() if u.iso2 == p.cc and u.admin1 == p.admin1), "")
        seat = next((c for c in self.gaz.lookup(capital) if c.cc == p.cc and c.kind == "city"
                     and c.admin1 == p.admin1), None) if capital else None
        if seat is None:
            return None
        return self._moved_to(m, seat, 1, "geo.seat", "city")

    def _moved_to(self, m: PlaceMention, place: Place, prec: int, rule: str, kind: str) -> PlaceMention:
        """A copy of ``m`` placed at ``place`` with the precision, rule and kind of the move."""
        out = copy.copy(m)
        self._fill(out, place, place.latitude, place.longitude, prec, rule, None, place)
        out.kind = kind
        return out

    def _nearby_admin1(self, m: PlaceMention, window: int = 150) -> bool:
        """The admin1 of the places written near the name in the document ("سقبا وحمورية وكفربطنا")."""
        text = self._ctx_text
        if not text or not m.name:
            return False
        spots: list[int] = []
        for needle in (m.text, m.name):  # the whole expression first: "مخيم البحيرة" before "البحيرة"
            i = text.find(needle)
            while i >= 0 and len(spots) < 20:
                spots.append(i)
                i = text.find(needle, i + 1)
            if spots:
                break
        if not spots:
            return False
        w: dict[tuple[str, str], float] = {}  # not a Counter: the weights are floats
        own: dict[tuple[str, str], float] = {}  # the places of the name's own sentence
        for x in [*self._ctx, *self._own]:
            if not x.gazetteer_id:
                continue
            p = self.gaz.places.get(x.gazetteer_id)
            if p is None or p.kind == "country" or not x.admin1:
                continue
            d = min(abs(x.start - s) for s in spots)
            if 0 < d <= window:
                k = (p.cc, x.admin1)
                w[k] = w.get(k, 0) + 1.0 / (1.0 + d / 50.0)
                if any(0 < abs(x.start - s) <= window and _one_sentence(text, x.start, s) for s in spots):
                    own[k] = own.get(k, 0) + 1.0 / (1.0 + d / 50.0)
        # a place of the name's own sentence decides: "وفي البصرة، ... في منطقة الكرمة. أما في الديوانية" places it by
        # Basra told before it, not by the next sentence's town written closer
        if own:
            w = own
        if not w:
            return False
        (cc, a1), top = _heaviest(w)
        a1p = self.gaz.admin1_place(cc, a1)
        if a1p is None or top / sum(w.values()) < 0.5:
            return False
        self._fill(m, a1p, a1p.latitude, a1p.longitude, 3, "geo.unresolved.nearby",
                   f"unresolved {m.name!r}: kept admin1 {a1!r} of the places named near it", a1p)
        m.gazetteer_id = None
        return True

    def _quarter_town(self, m: PlaceMention, mentions: Sequence[PlaceMention],
                      window: int = 200) -> PlaceMention | None:
        """The town an unknown quarter lies in: the nearest town written before it in its own sentence
        ("دخلت الفصائل مدينة عفرين ... والسيطرة على حيي الأشرفية والجميلية"), or None."""
        if m.kind != "neighbourhood":
            return None
        text = self._ctx_text
        towns = [x for x in mentions if x is not m and x.gazetteer_id and x.geo_precision == 1 and x.kind == "city"
                 and 0 < m.start - x.start <= window and (text is None or _one_sentence(text, x.start, m.start))]
        return max(towns, key=lambda x: x.start) if towns else None

    def _unresolved(self, m: PlaceMention, mentions: Sequence[PlaceMention], site_cc: str | None,
                    pool: Sequence[PlaceMention]) -> None:
        if ("ref", "country") in m.modifiers:
            ccs = Counter(self.gaz.places[x.gazetteer_id].cc for x in pool
                          if x is not m and x.gazetteer_id in self.gaz.places)
            c = self.gaz.country_place(ccs.most_common(1)[0][0]) if ccs else None
            if c is not None:
                self._apply(m, c)
                m.gazetteer_id = c.gid
                m.note = ((m.note + "; ") if m.note else "") + f"{m.name!r} read as the document's country"
                m.rule_id = SIDE_REF_RULE
                return
        cont = mentions[m.container] if m.container is not None else None
        if cont is None and ("list", "member") not in m.modifiers:
            # a member is placed near the known town before it (below); the first of a list at its container
            cont = _list_container(m, mentions)
        if cont is not None and cont.gazetteer_id:
            named = self.gaz.places.get(cont.gazetteer_id)
            unit = "admin1" if named is not None and named.kind == "admin1" else "larger place"
            _near(m, cont, max(2, cont.geo_precision or 2), "geo.unresolved.container",
                  f"unresolved {m.name!r}: kept {unit} {cont.location!r} from {cont.text!r}")
            return
        mark = mentions[m.landmark] if m.landmark is not None else None
        if mark is not None and mark.gazetteer_id and mark.geo_precision == 1 and mark.kind == "city":
            # "قرية X القريبة من منبج": a village the gazetteer lacks lies near the town it is told to be near, not
            # anywhere in that town's province (g109g)
            _near(m, mark, 2, "geo.unresolved.landmark", f"unresolved {m.name!r}: near {mark.location!r}, its landmark")
            return
        if ("list", "member") in m.modifiers or m.opens_list:
            # "بلدات X وكحيل": villages listed together are neighbours; near the known one before it. The first town
            # enumerated after an opener ("أربع قرى، وهي X وY") is one of them too (g112c)
            known = [x for x in mentions if x.gazetteer_id and x.geo_precision == 1 and x.tok_end <= m.tok_start]
            if known and ("list", "member") not in m.modifiers and not _member_follows(m, mentions):
                # an opener goes where its list's members go, so only with a member after it («من بينها قرية
                # جدل» alone is no list: the town told before may be far away, Washington in one report)
                known = []
            if known:
                x = known[-1]
                _near(m, x, 2, "geo.unresolved.list", f"unresolved {m.name!r}: near {x.location!r}, listed with it")
                return
        town = self._quarter_town(m, mentions)
        if town is not None:
            _near(m, town, 2, "geo.unresolved.quarter",
                  f"unresolved quarter {m.name!r}: in {town.location!r}, the town its sentence names before it")
            # the quarter is a part of that town: its events are the town's (ACLED codes a town's quarters at it)
            m.gazetteer_id = town.gazetteer_id
            return
        if self._nearby_admin1(m):
            return
        # no container: the document's dominant admin1 (or country) among its resolved sub-national places
        local = [x for x in pool if x is not m and x.gazetteer_id and x.country is not None
                 and self.gaz.places.get(x.gazetteer_id) is not None
                 and self.gaz.places[x.gazetteer_id].kind != "country"]
        adm = Counter((x.country, x.admin1) for x in local if x.admin1)
        if adm:
            (country, a1), w = adm.most_common(1)[0]
            named = next(self.gaz.places[x.gazetteer_id or ""] for x in local if (x.country, x.admin1) == (country, a1))
            a1p = self.gaz.admin1_place(named.cc, a1)
            if a1p is not None and w / sum(adm.values()) >= 0.6:
                self._fill(m, a1p, a1p.latitude, a1p.longitude, 3, "geo.unresolved.admin1",
                           f"unresolved {m.name!r}: kept the document's admin1 {a1!r}", a1p)
                m.gazetteer_id = None
                return
        ccs = Counter(self.gaz.places[x.gazetteer_id or ""].cc for x in local)  # (local: all have one)
        if not ccs:
            ccs = Counter(self.gaz.places[x.gazetteer_id].cc for x in pool
                          if x is not m and x.gazetteer_id and x.gazetteer_id in self.gaz.places)
        if ccs:
            cc, w = ccs.most_common(1)[0]
            c = self.gaz.country_place(cc)
            if c is not None and w / sum(ccs.values()) >= 0.6:
                self._fill(m, c, c.latitude, c.longitude, 3, "geo.unresolved.country",
                           f"unresolved {m.name!r}: kept the document's country", c)
                m.gazetteer_id = None
                return
        m.note = f"unresolved {m.name!r}: no gazetteer entry and no larger unit in the text"
        m.rule_id = "geo.unresolved"


def _list_container(m: PlaceMention, mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The container of the list ``m`` opens ("بين مدينة X وقرية Y في ريف حماة": ريف حماة), told after its last
    member: members follow one another with only "و" or a comma between them."""
    prev = m
    for n in mentions:
        if n.start < prev.end:
            continue
        if n.start - prev.end > 2:
            return None
        if n.container is not None:
            return mentions[n.container]
        prev = n
    return None


def _member_follows(m: PlaceMention, mentions: Sequence[PlaceMention]) -> bool:
    """Whether an unknown member of a list ("وكحيل") comes right after ``m`` (a comma or a bracket between)."""
    return any(("list", "member") in n.modifiers and 0 <= n.tok_start - m.tok_end <= 2 for n in mentions)


def _listed(m: PlaceMention, mentions: Sequence[PlaceMention]) -> bool:
    """Whether ``m`` is one of towns enumerated together: marked so, told with "و", or written right next to
    another place with only "و" or a comma between them ("السويداء ودوما وتيما")."""
    if m.opens_list or ("list", "member") in m.modifiers or m.proclitic == "و":
        return True
    return any(n is not m and (0 <= n.start - m.end <= 2 or 0 <= m.start - n.end <= 2) for n in mentions)


_SENTENCE_ENDS: Final = frozenset(".!?\u061f\n")


def _one_sentence(text: str, a: int, b: int) -> bool:
    """Whether offsets ``a`` and ``b`` of ``text`` lie in one sentence: no full stop, question or exclamation mark
    or line break between them."""
    lo, hi = (a, b) if a <= b else (b, a)
    return not any(ch in _SENTENCE_ENDS for ch in text[lo:hi])


def _near(m: PlaceMention, other: PlaceMention, precision: int, rule: str, note: str) -> None:
    """Give an unresolved mention the point and units of another mention, without its gazetteer id."""
    m.latitude, m.longitude = other.latitude, other.longitude
    m.country, m.iso, m.region = other.country, other.iso, other.region
    m.admin1, m.admin2 = other.admin1, other.admin2
    m.location = other.location
    m.geo_precision = precision
    m.gazetteer_id = None
    m.note = note
    m.rule_id = rule
