"""Data types of the geocoder: gazetteer entries and place mentions."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Final


# the modifier of a wide countryside ("ريف X"; place_words.tsv kind countryside), not the town's surroundings ("محيط X")
WIDE: Final = ("extent", "wide")
# a common word read as a listed town only by its place in a list of towns across «،» or at the list's end (g99i)
STOP_MEMBER: Final = ("list", "stop-member")
# a common word read as a town right after a plural naming word for towns ("بلدات الحارة ونوى", g100k)
STOP_AFTER_PLURAL: Final = ("list", "stop-after-plural")
# a town's own countryside told right after it ("مدينة درعا وريفيها الشرقي والغربي"): one more place of its list (g109m)
OWN_COUNTRYSIDE: Final = ("list", "own-countryside")
# a name of a list opened by a naming word for provinces ("ومحافظات ريف دمشق والسويداء وحمص"): a province of its own,
# one more place of a list whose first is a town ("في العاصمة دمشق، ومحافظات ..."; g110g 133000)
PROVINCE_MEMBER: Final = ("list", "province-member")


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

    # written out, not generated (as s30 did for the extractor's dataclasses): this module is compiled (g103b), and
    # compiled an explicit __init__ is native where the one dataclasses writes runs interpreted
    def __init__(self, gid: str, name: str, name_ar: str, kind: str, latitude: float, longitude: float, cc: str,
                 admin1: str | None, admin2: str | None, population: int, precision: int, tier: str,
                 fcode: str = "") -> None:
        self.gid = gid
        self.name = name
        self.name_ar = name_ar
        self.kind = kind
        self.latitude = latitude
        self.longitude = longitude
        self.cc = cc
        self.admin1 = admin1
        self.admin2 = admin2
        self.population = population
        self.precision = precision
        self.tier = tier
        self.fcode = fcode

    def __reduce__(self) -> tuple[type[Place], tuple[Any, ...]]:
        # as PlaceMention's: compiled, copy and pickle build it anew from the fields
        return Place, (self.gid, self.name, self.name_ar, self.kind, self.latitude, self.longitude, self.cc,
                       self.admin1, self.admin2, self.population, self.precision, self.tier, self.fcode)


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

    # written out, as Place's (the list's default: None for a new empty list, as field(default_factory=list))
    def __init__(self, start: int, end: int, text: str, name: str, tok_start: int, tok_end: int, kind: str,
                 modifiers: tuple[tuple[str, str], ...] = (), candidates: list[Place] | None = None,
                 container: int | None = None, landmark: int | None = None, proclitic: str = "",
                 opens_list: bool = False, latitude: float | None = None, longitude: float | None = None,
                 country: str | None = None, iso: int | None = None, region: str | None = None,
                 admin1: str | None = None, admin2: str | None = None, location: str | None = None,
                 geo_precision: int | None = None, gazetteer_id: str | None = None, note: str | None = None,
                 rule_id: str | None = None, score: float | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.name = name
        self.tok_start = tok_start
        self.tok_end = tok_end
        self.kind = kind
        self.modifiers = modifiers
        self.candidates = [] if candidates is None else candidates
        self.container = container
        self.landmark = landmark
        self.proclitic = proclitic
        self.opens_list = opens_list
        self.latitude = latitude
        self.longitude = longitude
        self.country = country
        self.iso = iso
        self.region = region
        self.admin1 = admin1
        self.admin2 = admin2
        self.location = location
        self.geo_precision = geo_precision
        self.gazetteer_id = gazetteer_id
        self.note = note
        self.rule_id = rule_id
        self.score = score

    def __reduce__(self) -> tuple[type[PlaceMention], tuple[Any, ...]]:
        # compiled (a native class), copy.copy and pickle would call the class with no arguments: they build it anew
        # from the fields instead (a shallow copy: the candidates list is shared, as copy.copy shared it)
        return PlaceMention, tuple(getattr(self, k) for k in _MENTION_FIELDS)

    @property
    def resolved(self) -> bool:
        return self.latitude is not None

    def to_dict(self) -> dict:
        # the fields in order, not ``__slots__``: a compiled (native) class has none
        return {k: getattr(self, k) for k in _MENTION_FIELDS if k != "candidates"}


_MENTION_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(PlaceMention))
