import sqlite3

from marsad.store import SCHEMA_VERSION, Store
from marsad_testdata import one_event_doc


def _doc(text="قصف على حلب"):
    return one_event_doc(text, "2018-01-01", "Explosions/Remote violence", "Shelling/artillery/missile attack",
                         "Aleppo", 3)


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


def _spanned_doc(n_spans):
    from marsad.model import Span

    d = _doc("اشتباكات عنيفة في ريف إدلب الجنوبي")
    d.spans = [Span("place" if i % 2 else "actor", i, i + 3, "إدلب", {"i": i}, "r.t") for i in range(n_spans)]
    d.spans.append(Span("actor", 0, 3, "مكرر", None, "r.dup"))  # the PK of span 0: ignored, as before
    return d


def test_span_rows_go_many_per_statement_with_the_same_rowids(tmp_path):
    from marsad import store as store_mod

    per = store_mod._ROWS_PER_STATEMENT
    n = 2 * per + 5  # two full statements and a remainder, the duplicate among the latter
    stmts = []
    s = Store(tmp_path / "a.db")
    s.conn.set_trace_callback(stmts.append)
    s.write_documents([_spanned_doc(n)])
    s.conn.set_trace_callback(None)
    got = list(s.conn.execute("SELECT rowid, * FROM spans ORDER BY rowid"))
    span_stmts = [x for x in stmts if "INTO spans" in x]
    assert len(span_stmts) == 2 + 6  # row by row (before): n + 1

    ref = Store(tmp_path / "b.db")  # row by row: what the store wrote before
    d = _spanned_doc(n)
    rows = [(d.doc_id, x.kind, x.start, x.end, x.text, store_mod.dumps_str(x.value), x.rule_id) for x in d.spans]
    ref.conn.executemany(store_mod._INSERT_SPAN, rows)
    assert [tuple(r) for r in got] == [tuple(r) for r in ref.conn.execute("SELECT rowid, * FROM spans ORDER BY rowid")]
    assert len(got) == n


def test_insert_rows_keeps_order_and_ignores_conflicts_row_by_row(tmp_path):
    from marsad.store import insert_rows

    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE t (k INTEGER PRIMARY KEY, v)")
    # later repeats of a key are ignored, within one many-row statement too (the second one holds
    # keys 64-69 and then 0-57 again); the last 22 rows go row by row
    rows = [(i % 70, f"v{i}") for i in range(150)]
    insert_rows(c, "INSERT OR IGNORE INTO t VALUES (?,?)", rows)
    assert list(c.execute("SELECT k, v FROM t ORDER BY k")) == [(i, f"v{i}") for i in range(70)]
    insert_rows(c, "INSERT OR IGNORE INTO t VALUES (?,?)", [])
    assert c.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 70
