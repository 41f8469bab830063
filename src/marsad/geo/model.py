"""Data types of the geocoder: gazetteer entries and place mentions."""
from __future__ import annotations

from dataclasses import dataclass, field


# the modifier of a wide countryside ("ريف X"; place_words.tsv kind countryside), not the town's surroundings ("محيط X")
WIDE = ("extent", "wide")
# a common word read as a listed town only by its place in a list of towns across «،» or at the list's end (g99i)
STOP_MEMBER = ("list", "stop-member")
# a common word read as a town right after a plural naming word for towns ("بلدات الحارة ونوى", g100k)
STOP_AFTER_PLURAL = ("list", "stop-after-plural")


@dataclass(slots=True)
class Place:
    """One gazetteer entry (a city, an admin1 unit, a country, a region, a camp...)."""

    gid: str  # "gn:<geonameid>", "a1:SY.08", "c:SY", "x:<key>"
    name: str  # English / Latin display name
    name_ar: str  # first Arabic name
    kind: str  # city, neighbourhood, admin1, admin2, country, region, camp, base, area
    latitude: float
    longitude: float
    cc: str  # ISO alpha-2
    admin1: str | None  # ACLED spelling
    admin2: str | None
    population: int
    precision: int  # ACLED geo precision of the entry itself
    tier: str  # core, world, extra, user
    fcode: str = ""  # GeoNames feature class.code when known (P.PPLA, S.AIRB ...)


@dataclass(slots=True)
class PlaceMention:
    """A place expression in the text and, after resolution, where it is.

    ``start``/``end`` are offsets into the original text and span the whole expression
    ("بريف حلب الشمالي"); ``name`` is the place name alone ("حلب").
    """

    start: int
    end: int
    text: str
    name: str
    tok_start: int
    tok_end: int
    kind: str  # city, admin1, country, region, camp, neighbourhood, base, area, unknown; word (not a place)
    modifiers: tuple[tuple[str, str], ...] = ()  # (("prefix", "rural"), ("compass", "N")...)
    candidates: list[Place] = field(default_factory=list)
    container: int | None = None  # index (in the same list) of the mention that contains this one
    landmark: int | None = None  # index of the mention named as this one's reference point ("X القريبة من Y")
    proclitic: str = ""
    opens_list: bool = False  # the first town enumerated after "بينها"/"منها" ("بلدات عدة، بينها X وY")
    # resolution
    latitude: float | None = None
    longitude: float | None = None
    country: str | None = None
    iso: int | None = None
    region: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    geo_precision: int | None = None
    gazetteer_id: str | None = None
    note: str | None = None
    rule_id: str | None = None
    score: float | None = None

    @property
    def resolved(self) -> bool:
        return self.latitude is not None

    def to_dict(self) -> dict:
        out = {k: getattr(self, k) for k in self.__slots__ if k not in ("candidates",)}
        return out
