"""The in-memory candidate lookup of the merge step selects exactly the rows its SQL does."""
from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.dedup.candidates import BOX_SQL, CANDIDATES_SQL, MergedIndex, candidate
from marsad.store import Store

TYPES = ("Battles", "Explosions/Remote violence", "Protests")
DAYS = [None] + [(dt.date(2018, 2, 1) + dt.timedelta(days=i)).isoformat() for i in range(20)]
maybe = lambda s: st.one_of(st.none(), s)  # noqa: E731

rows = st.fixed_dictionaries({
    "event_type": st.sampled_from(TYPES), "date_start": st.sampled_from(DAYS), "date_end": st.sampled_from(DAYS),
    "latitude": maybe(st.floats(35.0, 36.0)), "longitude": maybe(st.floats(36.0, 37.0)),
    "geo_precision": maybe(st.integers(1, 3)), "gazetteer_id": maybe(st.sampled_from(("g1", "g2", "g3"))),
    "actors0": st.integers(0, 2),
})
queries = st.tuples(st.sampled_from(TYPES), st.sampled_from(DAYS[1:]), st.integers(0, 9), st.integers(0, 3),
                    maybe(st.tuples(maybe(st.sampled_from(("g1", "g2"))), st.floats(35.0, 36.0), st.floats(0, 0.5),
                                    st.floats(36.0, 37.0), st.floats(0, 0.5))))


def _insert(store, i, r):
    basis = {"basis": {"span": [r["date_start"], r["date_end"] or r["date_start"]], "actors": [r["actors0"], 0]},
             "max_conf": 0.5}
    store.conn.execute(
        "INSERT OR REPLACE INTO merged_events (event_uid, event_type, date_start, date_end, latitude, longitude, "
        "geo_precision, gazetteer_id, doc_ids, n_members, outlets, basis) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (f"m{i}", r["event_type"], r["date_start"], r["date_end"], r["latitude"], r["longitude"], r["geo_precision"],
         r["gazetteer_id"], json.dumps([f"d{i}"]), 1, "[]", json.dumps(basis)))


def _key(triples):
    return sorted((c.event_uid, c.rule_ids, doc_ids, span) for c, doc_ids, span in triples)


@settings(max_examples=40, deadline=None)
@given(st.lists(rows, max_size=40), st.lists(queries, min_size=1, max_size=15), st.data())
def test_index_query_equals_sql(tmp_path_factory, stored, qs, data):
    store = Store(tmp_path_factory.mktemp("cand") / "m.db", dedup=False)
    for i, r in enumerate(stored):
        _insert(store, i, r)
    idx = MergedIndex(store.conn)
    # rows replaced and removed after the index was built, kept in step as the merge step does
    for i in data.draw(st.lists(st.integers(0, 45), max_size=8)):
        if data.draw(st.booleans()):
            _insert(store, i, data.draw(rows))
            idx.put(f"m{i}")
        else:
            store.conn.execute("DELETE FROM merged_events WHERE event_uid=?", (f"m{i}",))
            idx.remove(f"m{i}")
    for etype, day, span, slack, box in qs:
        d0 = dt.date.fromisoformat(day)
        lo = (d0 - dt.timedelta(days=slack)).isoformat()
        hi = (d0 + dt.timedelta(days=span + slack)).isoformat()
        floor = (d0 - dt.timedelta(days=slack + 7)).isoformat()
        if box is not None:
            gid, lat, dlat, lon, dlon = box
            box = (gid, lat - dlat, lat + dlat, lon - dlon, lon + dlon)
        sql = CANDIDATES_SQL + (BOX_SQL if box else "")
        want = [candidate(tuple(r)) for r in store.conn.execute(sql, (etype, floor, hi, lo) + (box or ()))]
        assert idx.exact
        assert _key(idx.query(etype, floor, hi, lo, box)) == _key(want)
    store.close()


def test_odd_stored_value_turns_the_index_off(tmp_path):
    store = Store(tmp_path / "m.db", dedup=False)
    _insert(store, 0, {"event_type": "Battles", "date_start": DAYS[1], "date_end": None, "latitude": None,
                       "longitude": None, "geo_precision": "near", "gazetteer_id": None, "actors0": 0})
    assert not MergedIndex(store.conn).exact
