import sqlite3

from marsad.model import Document, Event, Evidence
from marsad.store import SCHEMA_VERSION, Store


def _doc(text="قصف على حلب"):
    d = Document(text=text, published="2018-01-01")
    d.assign_id()
    ev = Event("Explosions/Remote violence", "Shelling/artillery/missile attack", location="Aleppo")
    ev.evidence = [Evidence(d.doc_id, 0, 3, text[:3])]
    ev.doc_ids = [d.doc_id]
    ev.assign_id()
    d.events = [ev]
    return d


def test_writing_twice_adds_nothing(store):
    assert store.write_documents([_doc()]) == (1, 1)
    before = store.counts()
    assert store.write_documents([_doc()]) == (0, 0)
    assert store.counts() == before


def test_schema_version_and_wal(tmp_path):
    s = Store(tmp_path / "a.db")
    assert s.schema_version() == SCHEMA_VERSION
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()


def test_migration_from_first_schema_keeps_rows(tmp_path):
    from marsad.store import MIGRATIONS

    path = tmp_path / "old.db"
    c = sqlite3.connect(path)
    c.executescript(MIGRATIONS[0] + "; PRAGMA user_version=1;")
    c.execute("INSERT INTO documents (doc_id, text) VALUES ('d1', 'نص')")
    c.commit()
    c.close()
    s = Store(path)
    assert s.schema_version() == SCHEMA_VERSION
    assert s.document("d1")["text"] == "نص"
    s.close()


def test_event_roundtrip_keeps_evidence(store):
    d = _doc()
    store.write_documents([d])
    (ev,) = list(store.iter_events())
    assert ev.evidence[0].text == d.text[ev.evidence[0].start:ev.evidence[0].end]
    assert ev.doc_ids == [d.doc_id]
