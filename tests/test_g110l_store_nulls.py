"""g110l: None parameters reach SQLite through a registered adapter (one dict lookup instead of
the sqlite3 module's failing ``__adapt__`` look-up per NULL) and are still stored as NULL."""
import sqlite3

import marsad.store  # noqa: F401  (registers the adapter)
from marsad.store import Store
from marsad_testdata import one_event_doc


def _doc(text="اشتباكات مسلحة قرب المدينة"):
    return one_event_doc(text, "2019-03-04", "Battles", "Armed clash", "Homs", 8)


def test_none_has_a_registered_adapter():
    assert (type(None), sqlite3.PrepareProtocol) in sqlite3.adapters
    c = sqlite3.connect(":memory:")
    assert c.execute("SELECT typeof(?), ? IS NULL", (None, None)).fetchone() == ("null", 1)
    c.close()


def test_none_fields_are_stored_as_null(tmp_path):
    s = Store(tmp_path / "n.db")
    d = _doc()
    assert s.write_documents([d]) == (1, 1)
    ev = d.events[0]
    assert ev.actor2 is None and ev.admin3 is None
    row = s.conn.execute("SELECT typeof(actor2), typeof(admin3), typeof(location) FROM events").fetchone()
    assert tuple(row) == ("null", "null", "text")
    merged = s.conn.execute("SELECT typeof(actor2), typeof(admin3) FROM merged_events").fetchone()
    assert tuple(merged) == ("null", "null")
    doc = s.conn.execute("SELECT typeof(author), typeof(url) FROM documents").fetchone()
    assert tuple(doc) == ("null", "null")
    s.close()
