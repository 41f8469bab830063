"""Paths and composed texts shared by tests (a module, since conftest files are per folder)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED_EVAL = ROOT.parent / "shared" / "eval" / "dev"


def resolved_places(geo, text: str) -> dict:
    """Place name -> (gazetteer id, admin1, geo precision) of each place ``geo`` finds and resolves in ``text``."""
    from marsad.lang.ar.tokens import analyze_text

    places = geo.find_places(analyze_text(text))
    geo.resolve_document(places, text, None)
    return {p.name: (p.gazetteer_id, p.admin1, p.geo_precision) for p in places}


def patches_compiled_calls(module) -> None:
    """Skip when ``module`` runs compiled: a test replacing one of its functions to count or forbid calls is not
    seen by the calls inside the build, which mypyc binds at build time (the MARSAD_PURE=1 run tests it)."""
    import pytest

    if not module.__file__.endswith(".py"):
        pytest.skip(f"patches calls inside {module.__name__}, compiled: runs with MARSAD_PURE=1")


def read_doc(extractor, text: str, published: str, title: str | None = None):
    """The document ``extractor`` returns for ``text`` published on ``published`` (events, dropped, totals)."""
    from marsad.model import Document
    from marsad.pipeline import MetaStep

    return extractor(MetaStep()(Document(text=text, title=title, published=published)))


def of_kind(doc, kind: tuple[str, str]) -> list:
    """The events of ``doc`` of one (event type, sub-event type)."""
    return [e for e in doc.events if (e.event_type, e.sub_event_type) == kind]


def of_type(doc, event_type: str) -> list:
    """The events of ``doc`` of one event type, whatever their sub-event type."""
    return [e for e in doc.events if e.event_type == event_type]


def events_of(extractor, text: str, sub_event_type: str, published: str) -> list:
    """The events of one sub-event type that ``extractor`` reads in ``text`` published on ``published``."""
    return [e for e in read_doc(extractor, text, published).events if e.sub_event_type == sub_event_type]


def subs_of(extractor, text: str, published: str) -> list[str]:
    """The sub-event type of each event ``extractor`` reads in ``text`` published on ``published``, in order."""
    return [e.sub_event_type for e in read_doc(extractor, text, published).events]


def subs_and_rules(extractor, text: str, published: str) -> list[tuple[str, list[str]]]:
    """One (sub-event type, rule ids) pair per event ``extractor`` reads in ``text`` published on ``published``."""
    return [(e.sub_event_type, list(e.rule_ids)) for e in read_doc(extractor, text, published).events]


def pairs_of(extractor, text: str, sub_event_type: str, published: str) -> list[tuple[str | None, str | None]]:
    """The (actor1, actor2) of each event of ``sub_event_type`` that ``extractor`` reads in ``text``, in order."""
    return [(e.actor1, e.actor2) for e in events_of(extractor, text, sub_event_type, published)]


def dead_of(extractor, text: str, published: str, event_types: tuple[str, ...]) -> list:
    """The fatalities of each event of ``event_types`` that ``extractor`` reads in ``text``; there must be one."""
    evs = [e for e in read_doc(extractor, text, published).events if e.event_type in event_types]
    assert evs
    return [e.fatalities for e in evs]


def fields_of(extractor, text: str, published: str, *names: str) -> list[tuple]:
    """One tuple per event ``extractor`` reads in ``text``: the event's attributes ``names``, in order."""
    return [tuple(getattr(e, n) for n in names) for e in read_doc(extractor, text, published).events]


def places_of(extractor, text: str, published: str, event_type: str) -> list:
    """The location of each event of ``event_type`` that ``extractor`` reads in ``text``, in order."""
    return [e.location for e in read_doc(extractor, text, published).events if e.event_type == event_type]


def sides_of(events) -> set[tuple[str | None, str | None]]:
    """The (actor1, actor2) pairs of ``events``."""
    return {(e.actor1, e.actor2) for e in events}


# Actor names as the extractor writes them (actors.tsv), shared by tests that assert sides.
SYR = "Military Forces of Syria (2000-)"
RUS = "Military Forces of Russia (2000-)"
TUR = "Military Forces of Turkey (2016-)"
REB = "Opposition Rebels (Syria)"
NDF = "NDF: National Defence Forces"
ISIS = "Islamic State (Iraq and Syria)"
JAI = "Jaish al Islam"

STRIKES = ("Shelling/artillery/missile attack", "Air/drone strike")


def strike_agents(extractor, text: str, published: str) -> list:
    """actor1 of each air strike and shelling ``extractor`` reads in ``text``, in order."""
    return [e.actor1 for e in read_doc(extractor, text, published).events if e.sub_event_type in STRIKES]


def strike_targets(extractor, text: str, published: str) -> dict:
    """location -> actor2 of the Explosions/Remote violence events ``extractor`` reads in ``text``."""
    return {e.location: e.actor2 for e in read_doc(extractor, text, published).events
            if e.event_type == "Explosions/Remote violence"}


def actor2_of(extractor, text: str, published: str, sub_event_type: str) -> list:
    """actor2 of each event of ``sub_event_type`` that ``extractor`` reads in ``text``, in order."""
    return [e.actor2 for e in events_of(extractor, text, sub_event_type, published)]


def held_event(event_type: str, sub_event_type: str, location: str, date: str, actor2: str = REB):
    """A kept Syrian event of the government side (inter1 1) at ``location`` on ``date`` against ``actor2``: input
    for the held-town rule (step._sector_holder_as_target) tested apart from reading."""
    from marsad.model import Event

    ev = Event(event_type=event_type, sub_event_type=sub_event_type)
    ev.country, ev.location, ev.event_date, ev.actor2 = "Syria", location, date, actor2
    ev.inter1 = 1
    return ev


def air_strike_mention(start: int, actor1: str, actor2: str | None, rules: list[str], text: str, inter1: int = 8,
                       day: str = "2018-05-10", place: tuple[str, float, float, str] = ("القنيطرة", 33.1, 35.8,
                                                                                       "gn:quneitra")):
    """One mention of an air strike told at ``start`` by ``text`` with its read sides, at ``place`` (name, latitude,
    longitude, gazetteer id) on ``day``: input for merge_within's side rules, tested apart from reading."""
    from marsad.model import Event, Evidence

    name, lat, lon, gid = place
    ev = Event("Explosions/Remote violence", "Air/drone strike", date_start=day, date_end=day, event_date=day,
               actor1=actor1, inter1=inter1, actor2=actor2, location_text=name, latitude=lat, longitude=lon,
               geo_precision=2, gazetteer_id=gid, rule_ids=rules, confidence=0.6)
    ev.evidence = [Evidence("d", start, start + len(text), text)]
    return ev


def one_event_doc(text: str, published: str, event_type: str, sub_event_type: str, location: str, span_end: int):
    """A document with one event whose evidence is the text's first ``span_end`` characters (store tests)."""
    from marsad.model import Document, Event, Evidence
    d = Document(text=text, published=published)
    d.assign_id()
    ev = Event(event_type, sub_event_type, location=location)
    ev.evidence = [Evidence(d.doc_id, 0, span_end, text[:span_end])]
    ev.doc_ids = [d.doc_id]
    ev.assign_id()
    d.events = [ev]
    return d
