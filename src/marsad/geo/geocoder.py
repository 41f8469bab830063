"""The geocoder facade used by the extraction step."""
from __future__ import annotations

import copy

import threading
from pathlib import Path
from typing import Sequence
from urllib.parse import urlparse

from marsad.geo.gazetteer import Gazetteer
from marsad.geo.model import PlaceMention
from marsad.geo.recognize import PlaceRecognizer
from marsad.geo.resolve import Resolver
from marsad.geo.tables import countries
from marsad.lang.ar.tokens import Analysis, analyze_text

_DEFAULT: dict[str | None, "Geocoder"] = {}
_LOCK = threading.Lock()


def site_country(site: str | None) -> str | None:
    """Country of an outlet from its country-code domain ("sana.sy" -> "SY"), else None."""
    if not site:
        return None
    host = urlparse(site).hostname if "://" in site else site.split("/")[0]
    if not host or "." not in host:
        return None
    tld = host.rsplit(".", 1)[-1].upper()
    return tld if tld in countries() else None


class Geocoder:
    """Recognise place expressions in analysed Arabic text and resolve them in document context.

    >>> geo = Geocoder.default()
    >>> places = geo.find_places(analyze_text("قصف على مدينة الرقة"))
    >>> geo.resolve_document(places, "قصف على مدينة الرقة", None)
    """

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.recognizer = PlaceRecognizer(gazetteer)
        self.resolver = Resolver(gazetteer)

    @classmethod
    def default(cls, user_gazetteer: str | Path | None = None) -> "Geocoder":
        """The process-wide geocoder over the default gazetteer (+ the user's, when present)."""
        key = str(user_gazetteer) if user_gazetteer else None
        with _LOCK:
            if key not in _DEFAULT:
                _DEFAULT[key] = cls(Gazetteer.default(user_gazetteer))
            return _DEFAULT[key]

    def find_places(self, analysis: Analysis, lo_tok: int = 0, hi_tok: int | None = None) -> list[PlaceMention]:
        """Place expressions in tokens [lo_tok, hi_tok) of ``analysis`` (recognition only)."""
        return self.recognizer.find(analysis, lo_tok, hi_tok)

    def resolve_document(self, places: Sequence[PlaceMention], context_text: str | None = None,
                         site: str | None = None, context_places: Sequence[PlaceMention] | None = None) -> None:
        """Fill the resolution fields of ``places`` in place, using the document's other places.

        ``context_places``: the document's place mentions when the caller has them already
        (saves reading the text again); copies are resolved, the caller's objects are not.
        """
        context: list[PlaceMention] = []
        site_cc = site_country(site)
        if context_places is not None and context_places is places:
            # the mentions are the document's places: one resolution among themselves suffices
            self.resolver.resolve(places, (), site_cc, context_text)
            return
        if context_places is not None:
            context = [copy.copy(p) for p in context_places]
            self.resolver.resolve(context, (), site_cc)
        elif context_text:
            # the document's own places, resolved among themselves first, are the context
            context = self.recognizer.find(analyze_text(context_text))
            self.resolver.resolve(context, (), site_cc)
        self.resolver.resolve(places, context, site_cc, context_text)

    def mention_for(self, name: str, start: int = 0) -> PlaceMention:
        """A mention for a location string that the caller found itself ("في X"): the place recognised
        in it, else an unknown place that resolution will place at the best larger unit of the document."""
        found = self.find_places(analyze_text(name))
        if found:
            m = max(found, key=lambda p: (bool(p.candidates), p.end - p.start))
            m.start += start
            m.end += start
            return m
        return PlaceMention(start=start, end=start + len(name), text=name, name=name.strip(), tok_start=0, tok_end=0,
                            kind="unknown")

    def province_of(self, m: PlaceMention) -> PlaceMention | None:
        """The resolved town ``m`` widened to its province (ACLED precision 3), as a new mention; None if ``m`` is
        no town."""
        return self.resolver.at_province(m)

    def side_of(self, m: PlaceMention) -> PlaceMention | None:
        """The side ``m`` that gave way to the town told after it, placed back at the side's region; None if no such
        side (g111e)."""
        return self.resolver.at_side(m)

    def country_of(self, m: PlaceMention) -> PlaceMention | None:
        """The resolved place ``m`` widened to its country (precision 3), as a new mention; None if unknown."""
        return self.resolver.at_country(m)

    def named_country(self, m: PlaceMention, country: str) -> PlaceMention | None:
        """``m`` moved to the country of that ACLED name (precision 3), as a new mention; None if unknown."""
        return self.resolver.at_named_country(m, country)

    def seat_of(self, m: PlaceMention) -> PlaceMention | None:
        """The province ``m`` moved to its seat city (precision 1), as a new mention; None if ``m`` is no
        province or its seat is unknown."""
        return self.resolver.at_seat(m)

    def geocode(self, text: str, context_text: str | None = None, site: str | None = None) -> list[PlaceMention]:
        """Convenience: recognise and resolve the places of ``text``."""
        places = self.find_places(analyze_text(text))
        self.resolve_document(places, context_text, site)
        return [p for p in places if p.kind != "word"]
