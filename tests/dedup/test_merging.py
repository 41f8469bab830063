"""Events merged across documents, through the store's write path, on composed articles."""
from __future__ import annotations

import json

from stories import (  # noqa: I001
    AGENCY_COPY, AGENCY_STORY, CLASH_SAME_TOWN, STRIKE_A, STRIKE_B, STRIKE_C, STRIKE_FAR,
)

STRIKES = "Explosions/Remote violence"


def _merged(store, where="", params=()):
    return list(store.iter_merged_events(where, params))


def _strikes_at(store, place):
    return [e for e in _merged(store) if e.event_type == STRIKES and e.location == place]


def test_three_wordings_from_three_outlets_become_one_event_with_three_sources(dstore, process):
    docs = [process(STRIKE_A, "عنب بلدي"), process(STRIKE_B, "شبكة شام"), process(STRIKE_C, "المرصد السوري")]
    dstore.write_documents(docs)
    (ev,) = _strikes_at(dstore, docs[0].events[0].location)
    assert ev.n_sources == 3
    assert sorted(ev.doc_ids) == sorted(d.doc_id for d in docs)
    assert {e.doc_id for e in ev.evidence} == {d.doc_id for d in docs}  # every report's evidence is kept
    # ACLED's conservative rule: the lowest credible figure, the range kept beside it
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (5, 5, 7)
    assert ev.event_uid.startswith("m")


def test_two_copies_of_one_story_count_once(dstore, process):
    orig, copy1 = process(AGENCY_STORY, "وكالة الأنباء"), process(AGENCY_COPY, "الخبر اليومي")
    dstore.write_documents([orig, copy1])
    strikes = [e for e in _merged(dstore) if e.event_type == STRIKES]
    assert len(strikes) == 1
    assert strikes[0].n_sources == 1 and strikes[0].doc_ids == [orig.doc_id]
    # the copy and its events stay in the per-document table (provenance, --unmerged)
    assert any(ev.doc_ids == [copy1.doc_id] for ev in dstore.iter_events())


def test_two_strikes_same_day_in_towns_40_km_apart_stay_two(dstore, process):
    a, far = process(STRIKE_A, "عنب بلدي"), process(STRIKE_FAR, "شبكة شام")
    dstore.write_documents([a, far])
    strikes = [e for e in _merged(dstore) if e.event_type == STRIKES]
    assert len(strikes) == 2 and all(e.n_sources == 1 for e in strikes)
    link = dstore.merge_links(dstore.merged_uid_of(far.events[0].event_uid))
    assert link[0]["decision"] == {"merged": False, "founded": True}


def test_clash_and_strike_in_the_same_town_same_day_stay_two(dstore, process):
    a, clash = process(STRIKE_A, "عنب بلدي"), process(CLASH_SAME_TOWN, "شبكة شام")
    dstore.write_documents([a, clash])
    types = sorted(e.event_type for e in _merged(dstore) if e.location == a.events[0].location)
    assert "Battles" in types and STRIKES in types
    assert all(e.n_sources == 1 for e in _merged(dstore))


def test_merge_decision_says_which_fields_agreed(dstore, process):
    a, b = process(STRIKE_A, "عنب بلدي"), process(STRIKE_B, "شبكة شام")
    dstore.write_documents([a, b])
    ev_b = next(e for e in b.events if e.event_type == STRIKES)
    links = dstore.merge_links(dstore.merged_uid_of(ev_b.event_uid))
    dec = next(x["decision"] for x in links if x["event_uid"] == ev_b.event_uid)
    assert dec["merged"] is True and dec["new_outlet"] is True
    assert set(dec) >= {"type", "date", "place", "actors"}
    assert "same" in dec["type"] and "km" in dec["place"] or "same place" in dec["place"]


def test_later_documents_merge_into_existing_events(dstore, process):
    dstore.write_documents([process(STRIKE_A, "عنب بلدي")])
    dstore.write_documents([process(STRIKE_B, "شبكة شام")])
    dstore.write_documents([process(STRIKE_C, "المرصد السوري")])
    (ev,) = [e for e in _merged(dstore) if e.event_type == STRIKES]
    assert ev.n_sources == 3


def test_rerunning_the_same_input_changes_nothing(dstore, process):
    docs = [process(t, o) for t, o in ((STRIKE_A, "عنب بلدي"), (STRIKE_B, "شبكة شام"), (AGENCY_STORY, "و"),
                                       (AGENCY_COPY, "خ"), (CLASH_SAME_TOWN, "ش"))]
    dstore.write_documents(docs)
    snap = _snapshot(dstore)
    assert dstore.write_documents([process(t.text, t.source) for t in docs]) == (0, 0)
    assert _snapshot(dstore) == snap


def _snapshot(store):
    rows = {}
    for t, key in (("merged_events", "event_uid"), ("merge_links", "event_uid"), ("doc_minhash", "doc_id")):
        rows[t] = [tuple(r) for r in store.conn.execute(f"SELECT * FROM {t} ORDER BY {key}")]
    rows["copies"] = [tuple(r) for r in store.conn.execute("SELECT doc_id, copy_of FROM documents ORDER BY doc_id")]
    return rows


def _records(store):
    skip = {"added"}
    out = {}
    for ev in store.iter_merged_events():
        d = ev.to_dict()
        d["evidence"] = sorted(json.dumps(e, sort_keys=True) for e in d["evidence"])
        out[ev.event_uid] = {k: v for k, v in d.items() if k not in skip}
    return out


def test_merged_records_do_not_depend_on_arrival_order(tmp_path, process):
    from marsad.store import Store

    texts = ((STRIKE_A, "عنب بلدي"), (STRIKE_B, "شبكة شام"), (STRIKE_C, "المرصد السوري"))
    results = []
    for i, order in enumerate((texts, texts[::-1])):
        s = Store(tmp_path / f"o{i}.db", dedup=True)
        for t, o in order:
            s.write_documents([process(t, o)])
        results.append(_records(s))
        s.close()
    assert results[0] == results[1]


def test_rebuild_gives_what_incremental_writing_gave(dstore, process):
    for t, o in ((STRIKE_A, "عنب بلدي"), (AGENCY_STORY, "و"), (STRIKE_B, "شبكة شام"), (AGENCY_COPY, "خ"),
                 (STRIKE_FAR, "ش"), (STRIKE_C, "م")):
        dstore.write_documents([process(t, o)])
    before = _records(dstore)
    counts = dstore.rebuild_dedup()
    assert _records(dstore) == before
    assert counts["copies"] == 1


def test_dedup_can_be_switched_off(tmp_path, process, monkeypatch):
    from marsad.store import Store

    monkeypatch.setenv("MARSAD_DEDUP", "0")
    s = Store(tmp_path / "off.db")
    s.write_documents([process(STRIKE_A, "عنب بلدي"), process(STRIKE_B, "شبكة شام")])
    assert s.dedup_counts()["merged_events"] == 0 and s.dedup_counts()["events"] >= 2
    s.close()


def test_a_store_from_before_merging_is_merged_when_opened(tmp_path, process):
    import sqlite3

    from marsad.store import MIGRATIONS, Store

    path = tmp_path / "v2.db"
    c = sqlite3.connect(path)
    c.executescript(MIGRATIONS[0] + ";" + MIGRATIONS[1] + "; PRAGMA user_version=2;")
    c.close()
    s = Store(path, dedup=False)  # an old writer: no dedup tables filled
    s.conn.execute("PRAGMA user_version=2")
    for t in ("doc_minhash", "merged_events", "merge_links"):
        s.conn.execute(f"DROP TABLE {t}")
    s.conn.execute("DROP INDEX documents_copy_of")
    s.conn.commit()
    s.write_documents([process(STRIKE_A, "عنب بلدي"), process(STRIKE_B, "شبكة شام")])
    s.close()
    s = Store(path, dedup=True)
    assert [e.n_sources for e in s.iter_merged_events() if e.event_type == STRIKES] == [2]
    s.close()


def test_towns_missing_from_the_gazetteer_stay_apart_though_they_share_a_point(dstore, process):
    # both are placed near the known town they are listed with: the same point, two towns
    text = "قصفت قوات النظام أمس الجمعة بلدات نوى وزمرينة والقنية في ريف درعا."
    doc = process(text, "المرصد السوري")
    dstore.write_documents([doc])
    names = sorted(e.location_text for e in _merged(dstore) if e.event_type == STRIKES)
    assert names == ["القنية", "زمرينة", "نوى"], names
