"""Documents cross from pool workers to the store's writer by pickle: a round trip keeps every field."""
from __future__ import annotations

import copy
import pickle

from marsad.model import Document, Event, Evidence, Span


def _doc() -> Document:
    d = Document(doc_id="d1", url="http://x/1", text="قصف على حلب", metadata={"input_id": "a"},
                 sentences=[(0, 11)], dropped=[{"start": 0, "end": 3, "text": "قصف", "reason": "r"}])
    d.spans = [Span("place", 8, 11, "حلب", {"location": "Aleppo", "lat": 36.2}, "p1", 0, {"k": [1]}),
               Span("trigger", 0, 3, "قصف")]
    ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", latitude=36.2, rule_ids=["r1"],
               evidence=[Evidence("d1", 0, 11, "قصف على حلب")], doc_ids=["d1"])
    ev.assign_id()
    d.events = [ev]
    return d


def test_round_trip_keeps_every_field():
    d = _doc()
    for proto in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(d, protocol=proto))
        assert back == d and type(back.spans[0]) is Span and type(back.events[0].evidence[0]) is Evidence
    assert copy.deepcopy(d) == d


def test_spans_do_not_share_default_attrs_after_loading():
    back = pickle.loads(pickle.dumps([Span("actor", 0, 1, "x"), Span("actor", 2, 3, "y")]))
    back[0].attrs["seen"] = True
    assert back[1].attrs == {}
