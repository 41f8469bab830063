"""The per-word answers kept between runs (marsad.wordcache): the same results as without them,
a new file when a table, the code or the gazetteer changes. Composed text only."""
from __future__ import annotations

import copy
import os
import shutil
import sys
from operator import is_
from pathlib import Path

import pytest

import marsad.dedup.shingles  # noqa: F401  (the package exports a function of that name)
from marsad import wordcache
from marsad.extract import lexicons as L
from marsad.geo import Geocoder
from marsad.model import Document
from marsad.pipeline import Pipeline, default_steps

sh = sys.modules["marsad.dedup.shingles"]

TEXTS = [
    "قتل ثلاثة مدنيين الخميس في غارة جوية استهدفت بلدة سراقب في ريف إدلب، وفق ما أفاد ناشطون.",
    "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة قرب مدينة درعا صباح اليوم، وأصيب عدد من المقاتلين.",
    "تظاهر مئات الطلاب أمام مبنى الجامعة في العاصمة احتجاجا على رفع الرسوم، وفرقتهم الشرطة بالغاز.",
]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("MARSAD_WORD_CACHE", "1")
    monkeypatch.setenv("MARSAD_CACHE_DIR", str(tmp_path))
    Geocoder.default()  # built (if not yet) before the gazetteer file below names it
    (tmp_path / "gaz.sqlite").write_bytes(b"a gazetteer")
    return tmp_path


def _cold_pipeline(gaz_file: Path) -> Pipeline:
    """A pipeline whose per-word memos are empty, as in a new process. Its gazetteer is the default one,
    in memory, named after ``gaz_file`` (a file this test owns: the shared cache folder may change)."""
    gaz = copy.copy(Geocoder.default().gazetteer)
    gaz.paths = [gaz_file]
    L.all_matchers.cache_clear()
    sh._RUN_CRC.clear()
    p = Pipeline(default_steps())
    p.steps[2]._geocoder = Geocoder(gaz)
    return p


def _outputs(p: Pipeline) -> list:
    docs = [p.process(Document(text=t, raw=f"t{i}", published="2018-03-01")) for i, t in enumerate(TEXTS)]
    return [(d.events, d.spans, d.dropped, repr(d.fingerprint)) for d in docs]


def test_loaded_answers_give_the_same_output(cache):
    first = _cold_pipeline(cache / "gaz.sqlite")
    assert wordcache.load(first) == 0  # no file yet
    cold = _outputs(first)
    path = wordcache.save(first)
    assert path is not None and path.parent == cache
    lines = path.read_text(encoding="utf-8").split("\n")
    data = {"plans": lines[0].split("\x1f"), "starts": lines[1].split("\x1f"),
            "crc": dict(zip(lines[2].split("\x1f"), map(int, lines[3].split()))),
            "found": wordcache._split_readings(lines[4]),
            "placed": dict(item.split("\x1e") for item in lines[5].split("\x1f")),
            "cands": [(int(k), *r.split("\x1e")) for k, r in (i.split("\x1d") for i in lines[6].split("\x1f"))]}
    assert all(data.values())

    again = _cold_pipeline(cache / "gaz.sqlite")
    assert wordcache.load(again) == sum(map(len, data.values()))
    matchers, recognizer = L.all_matchers(), again.steps[2].geocoder.recognizer
    # the loaded forms are in the memos before any document is read ...
    assert all(matchers._plans.get(f) == () for f in data["plans"])
    assert all(matchers._found.get(f) == rs for f, rs in data["found"].items())
    assert all(recognizer._starts.get(f, 1) is None for f in data["starts"])
    # ... and each answer is the one a cold look-up gives
    assert all(matchers._readings(f) == [] for f in data["plans"])
    assert all(matchers._readings(f) == rs for f, rs in data["found"].items())
    assert all(recognizer._start_of(f) is None for f in data["starts"])
    assert any(t.count("\x1d") > 1 for t in data["placed"].values())  # a one-word name among them
    assert recognizer._known == data["placed"]  # decoded when first met, to what a cold look-up gives:
    for k, form, numbers in data["cands"]:  # the candidates of a lexicon's entries, by their numbers
        m = matchers.matchers[k]
        assert m._known[form] == numbers
        assert m._candidates(form) == tuple(m._lookup(form)) != () and form in m._memo
        assert all(map(is_, m._candidates(form), m._lookup(form)))  # the lexicon's own entries
    assert all(recognizer._decode_start(t) == recognizer._start_of(f) is not None for f, t in data["placed"].items())
    assert all(sh._RunCrcMemo.__missing__(sh._RunCrcMemo(), r) == v for r, v in data["crc"].items())
    assert _outputs(again) == cold


def test_nothing_new_is_not_written_again(cache):
    p = _cold_pipeline(cache / "gaz.sqlite")
    wordcache.load(p)
    _outputs(p)
    path = wordcache.save(p)
    stamp = (path.stat().st_ino, path.stat().st_mtime_ns)  # a rewrite is a new file (os.replace)
    assert wordcache.save(p) == path and (path.stat().st_ino, path.stat().st_mtime_ns) == stamp  # written already
    q = _cold_pipeline(cache / "gaz.sqlite")
    wordcache.load(q)
    _outputs(q)  # the same texts: no new form
    assert wordcache.save(q) == path and (path.stat().st_ino, path.stat().st_mtime_ns) == stamp


def test_off_by_environment_and_broken_file_is_a_cold_start(cache, monkeypatch):
    p = _cold_pipeline(cache / "gaz.sqlite")
    wordcache.load(p)
    _outputs(p)
    path = wordcache.save(p)
    path.write_text("one line only", encoding="utf-8")
    assert wordcache.load(_cold_pipeline(cache / "gaz.sqlite")) == 0
    path.write_text("a\nb\nc\x1fd\n1", encoding="utf-8")  # two runs, one hash
    assert wordcache.load(_cold_pipeline(cache / "gaz.sqlite")) == 0
    for readings, cands in (("x\x1e0\x1dب", ""), ("x\x1e999\x1d\x1dقتل", ""), ("", "0\x1dقتل"),
                            ("", "0\x1dقتل\x1ea"), ("", "999\x1dقتل\x1e0")):  # malformed, or no such lexicon
        path.write_text(f"a\nb\nc\n1\n{readings}\n\n{cands}", encoding="utf-8")
        assert wordcache.load(_cold_pipeline(cache / "gaz.sqlite")) == 0
    path.write_text("a\nb\nc\n1\n\n\n", encoding="utf-8")  # well formed: read
    assert wordcache.load(_cold_pipeline(cache / "gaz.sqlite")) == 3
    monkeypatch.setenv("MARSAD_WORD_CACHE", "0")
    assert wordcache.cache_path(p) is None and wordcache.save(p) is None and wordcache.load(p) == 0


def test_fingerprint_changes_with_a_table_the_code_or_the_gazetteer(tmp_path):
    root = tmp_path / "marsad"
    (root / "data").mkdir(parents=True)
    (root / "data" / "clitics.tsv").write_text("form\tkind\nو\tconj\n", encoding="utf-8")
    (root / "tokens.py").write_text("X = 1\n", encoding="utf-8")
    gaz = tmp_path / "g.sqlite"
    gaz.write_bytes(b"one")
    base = wordcache.fingerprint([gaz], root)
    assert wordcache.fingerprint([gaz], root) == base
    (root / "data" / "clitics.tsv").write_text("form\tkind\nو\tconj\nف\tconj\n", encoding="utf-8")
    changed_table = wordcache.fingerprint([gaz], root)
    assert changed_table != base
    (root / "tokens.py").write_text("X = 2\n", encoding="utf-8")
    changed_code = wordcache.fingerprint([gaz], root)
    assert changed_code != changed_table
    gaz.write_bytes(b"other")
    assert wordcache.fingerprint([gaz], root) != changed_code
    shutil.rmtree(root / "data")
    assert wordcache.fingerprint([gaz], root) != changed_code


def test_a_process_that_did_not_load_does_not_write(cache):
    """The Dask engine's runner never warms up: what it knows is less than the file holds."""
    p = _cold_pipeline(cache / "gaz.sqlite")
    wordcache.load(p)
    _outputs(p)
    path = wordcache.save(p)
    size = path.stat().st_size
    wordcache._READ.clear()  # as in another process
    q = _cold_pipeline(cache / "gaz.sqlite")
    q.process(Document(text="نص قصير جديد", raw="x", published="2018-03-01"))
    assert wordcache.save(q) is None and path.stat().st_size == size


def test_old_word_files_are_pruned_newest_kept(tmp_path):
    paths = []
    for i in range(7):
        p = tmp_path / f"words-{i:016x}.txt"
        p.write_text("x", encoding="utf-8")
        os.utime(p, ns=(10**18 + i * 10**9, 10**18 + i * 10**9))
        paths.append(p)
    (tmp_path / "gazetteer.sqlite").write_text("kept", encoding="utf-8")  # not a word file
    gone = wordcache.prune(tmp_path, keep=4)
    assert sorted(gone) == paths[:3]
    assert sorted(tmp_path.glob("words-*.txt")) == paths[3:]
    assert (tmp_path / "gazetteer.sqlite").exists()
