"""``Event.copy`` (g38f) gives what ``Event.from_dict(ev.to_dict())`` gave, a deep copy, on composed events."""
from __future__ import annotations

import pytest

from marsad.model import Event, Evidence


def _event(**kw) -> Event:
    text = "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي، ما أسفر عن مقتل ثلاثة مدنيين."
    base = dict(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                event_date="2018-02-19", actor1="Military Forces of Syria", location="كفرنبل", latitude=35.6,
                longitude=36.56, fatalities=3, confidence=0.8, civilian_targeting="Civilian targeting",
                evidence=[Evidence("d1", 0, len(text), text), Evidence("d1", 5, 9, text[5:9])],
                rule_ids=["tr-shell-1", "place-list"], claimed_by=["المرصد السوري"], doc_ids=["d1"])
    base.update(kw)
    return Event(**base)


@pytest.mark.parametrize("kw", [
    {},
    {"evidence": [], "rule_ids": [], "claimed_by": [], "doc_ids": []},
    {"fatalities": 0, "latitude": None, "longitude": None, "time_precision": 2, "inter1": 8, "iso": 760},
    {"assoc_actor_1": "قبيلة", "notes": "اشتباكات في محيط مدينة دير الزور", "event_uid": "e123", "year": 2018},
])
def test_copy_equals_the_round_trip(kw):
    ev = _event(**kw)
    slow, fast = Event.from_dict(ev.to_dict()), ev.copy()
    assert fast == slow
    assert fast.to_dict() == slow.to_dict()


def test_copy_shares_no_list_or_evidence():
    ev = _event()
    c = ev.copy()
    for name in ("evidence", "rule_ids", "claimed_by", "doc_ids"):
        assert getattr(c, name) is not getattr(ev, name)
    assert all(a is not b for a, b in zip(c.evidence, ev.evidence))
    c.rule_ids.append("x")
    c.evidence[0].start = 99
    assert ev.rule_ids == ["tr-shell-1", "place-list"] and ev.evidence[0].start == 0


def test_copy_of_unusual_values_takes_the_round_trip():
    # a value outside the plain ones (a dict, evidence as a dict) is copied as the round trip copies it
    ev = _event(tags={"k": ["v"]})
    assert ev.copy() == Event.from_dict(ev.to_dict())
    assert ev.copy().tags is not ev.tags
    ev = _event(evidence=[{"doc_id": "d1", "start": 0, "end": 4, "text": "قصفت"}])
    assert ev.copy() == Event.from_dict(ev.to_dict())
    assert ev.copy().evidence == [Evidence("d1", 0, 4, "قصفت")]
