"""Fuzzing the readers and the whole pipeline with hostile input: random bytes, wrong and
mixed encodings, truncated and nested HTML, entity bombs, long single lines, JSONL with
wrong types and deep nesting, truncated WARC, hostile file names.

The promise: no input ends a run; every input is accounted for (a document or a skip
with its reason, recorded in the store); everything stored is valid UTF-8; memory stays
bounded. Short form here (a few hundred cases); ``scripts/fuzz_long.py`` runs >= 10,000.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.model import Document
from marsad.readers import Skip, read_inputs
from marsad.readers.base import MAX_DOC_CHARS

from reliability_kit import (
    ARTICLE, article_html, hostile_files, peak_rss_mb_of, warc_bytes, write_files,
)

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
EXTS = [".txt", ".html", ".xhtml", ".jsonl", ".warc", ".warc.gz", ".htm", ""]
ENCODINGS = ["utf-8", "cp1256", "iso8859_6", "utf-16", "utf-16-le", "cp1252", "mac_arabic", "utf-8-sig"]


def check_items(items: list, sources_from: str) -> None:
    """The reader contract: Documents or Skips only, Skips with a reason, storable strings."""
    assert items, "an input must yield at least one document or skip"
    for it in items:
        assert isinstance(it, (Document, Skip)), type(it)
        if isinstance(it, Skip):
            assert it.reason and it.reason.strip()
            assert it.source.startswith(sources_from) or it.source.startswith(os.fsdecode(sources_from))
        else:
            assert it.text.strip() and len(it.text) <= MAX_DOC_CHARS
            it.text.encode("utf-8")  # lone surrogates would make the store fail
            json.dumps(it.metadata, ensure_ascii=False, default=str).encode("utf-8")


def read_one(tmp: Path, name: str, data: bytes) -> list:
    p = tmp / name
    p.write_bytes(data)
    try:
        return list(read_inputs([p]))
    finally:
        p.unlink()


@FUZZ
@given(data=st.binary(max_size=4000), ext=st.sampled_from(EXTS))
def test_random_bytes_never_crash_a_reader(tmp_path_factory, data, ext):
    tmp = tmp_path_factory.mktemp("rb", numbered=True)
    items = read_one(tmp, "f" + ext, data)
    check_items(items, str(tmp))


arabic_text = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهوية ءآأإؤئ،.؟0123456789<>&;\"'\n")),
                      max_size=400)


@FUZZ
@given(text=arabic_text, enc=st.sampled_from(ENCODINGS), ext=st.sampled_from([".txt", ".html"]),
       cut=st.integers(0, 100), prefix=st.binary(max_size=8))
def test_wrong_mixed_and_cut_encodings(tmp_path_factory, text, enc, ext, cut, prefix):
    tmp = tmp_path_factory.mktemp("enc", numbered=True)
    body = article_html(body=ARTICLE + text, charset=enc if cut % 3 else "utf-8") if ext == ".html" else ARTICLE + text
    raw = body.encode(enc, errors="replace")
    # a second part in another encoding, then a cut anywhere (possibly mid-character)
    raw = prefix + raw + text.encode("utf-8")
    raw = raw[: max(1, len(raw) * cut // 100)] if cut < 100 else raw
    check_items(read_one(tmp, "f" + ext, raw), str(tmp))


html_piece = st.one_of(
    st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<table><tr><td>", "<!--", "-->", "<script>", "</script>",
                     "<![CDATA[", "]]>", "&amp;", "&#0;", "&#xD800;", "&#1114112;", "&nbsp;", "<br/>", "<",
                     ">", "\x00", "<meta charset=\"cp1256\">", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [",
                     "<!ENTITY a \"aaaa\">", "]>", "&a;"]),
    arabic_text,
)


@FUZZ
@given(pieces=st.lists(html_piece, max_size=60), repeat=st.integers(1, 400))
def test_malformed_and_nested_html(tmp_path_factory, pieces, repeat):
    tmp = tmp_path_factory.mktemp("html", numbered=True)
    html = "".join(pieces[:3]) * repeat + "".join(pieces) + ARTICLE
    check_items(read_one(tmp, "f.html", html.encode("utf-8", "surrogatepass")), str(tmp))


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | arabic_text,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.sampled_from(
        ["text", "html", "url", "published", "title", "author", "site", "source", "doc_id", "x"]), kids, max_size=6),
    max_leaves=12,
)
jsonl_line = st.one_of(
    json_value.map(lambda v: json.dumps(v, ensure_ascii=False)),
    st.fixed_dictionaries({"text": arabic_text}, optional={"published": json_value, "url": json_value,
                                                          "html": json_value}).map(json.dumps),
    st.just(json.dumps({"text": ARTICLE, "url": "https://example.org/x"}, ensure_ascii=False)),
    st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
    st.integers(1, 3000).map(lambda n: "[" * n),
    st.just('{"text": "\\ud800\\udfff\\udc80 ' + ARTICLE + '"}'),
)


@FUZZ
@given(lines=st.lists(jsonl_line, min_size=1, max_size=25), crlf=st.booleans())
def test_jsonl_with_wrong_types_accounts_for_every_line(tmp_path_factory, lines, crlf):
    tmp = tmp_path_factory.mktemp("jsonl", numbered=True)
    lines = [ln.replace("\n", " ").replace("\r", " ") for ln in lines]
    sep = "\r\n" if crlf else "\n"
    data = sep.join(lines).encode("utf-8", "surrogatepass")
    items = read_one(tmp, "f.jsonl", data)
    check_items(items, str(tmp))
    nonblank = sum(1 for ln in data.split(b"\n") if ln.strip())
    if nonblank:
        # one document or one skip per line: a bad line never swallows the lines after it
        assert len(items) == nonblank, [getattr(i, "reason", "doc") for i in items]


def _warc_sample() -> bytes:
    html = article_html().encode()
    return warc_bytes([(f"https://example.org/{i}", html) for i in range(3)])


WARC = _warc_sample()


@FUZZ
@given(cut=st.integers(1, len(WARC)), flip=st.lists(st.tuples(st.integers(0, len(WARC) - 1), st.integers(0, 255)),
                                                    max_size=3), gz=st.booleans())
def test_truncated_and_corrupt_warc(tmp_path_factory, cut, flip, gz):
    pytest.importorskip("warcio")
    tmp = tmp_path_factory.mktemp("warc", numbered=True)
    data = bytearray(WARC[:cut])
    for i, b in flip:
        if i < len(data):
            data[i] = b
    if gz:
        import gzip

        data = bytearray(gzip.compress(bytes(data)))
    items = read_one(tmp, "f.warc.gz" if gz else "f.warc", bytes(data))
    check_items(items, str(tmp))
    docs = [i for i in items if isinstance(i, Document)]
    assert len(docs) <= 3


def test_hostile_corpus_through_the_whole_pipeline(tmp_path, monkeypatch):
    """Every hostile file, through `marsad run`: exit 3, each input a document or a recorded skip."""
    from click.testing import CliRunner

    from marsad.cli import cli

    # long-line.txt is one 300,000-word sentence: extraction is super-linear on it, and the
    # per-document budget turns it into a recorded skip instead of a stalled run
    monkeypatch.setenv("MARSAD_DOC_TIMEOUT", "3")

    cases = hostile_files()
    paths = write_files(tmp_path / "in", cases)
    db = tmp_path / "h.db"
    r = CliRunner().invoke(cli, ["run", str(tmp_path / "in"), "--db", str(db), "-q", "--batch-size", "7"])
    assert r.exit_code == 3, (r.output, r.exception)
    c = sqlite3.connect(db)
    raws = [x[0] for x in c.execute("SELECT raw FROM documents")]
    skipped = [x[0] for x in c.execute("SELECT source FROM skipped")]
    seen = raws + skipped
    from marsad.readers.base import safe_text

    unseen = [safe_text(os.fsdecode(p)) for p in paths]
    unseen = [n for n in unseen if not any(s == n or s.startswith(n + ":") or s.startswith(n + "#") for s in seen)]
    # the rest hold a text already stored from another file (ARTICLE in several encodings)
    (summary,) = c.execute("SELECT summary FROM runs").fetchone()
    assert len(unseen) <= json.loads(summary)["duplicates"], unseen
    # reports, not crashes: the reasons are stated
    reasons = dict(c.execute("SELECT source, reason FROM skipped"))
    assert all(v.strip() for v in reasons.values())
    by_name = {os.path.basename(k.split(":")[0].split("#")[0]): v for k, v in reasons.items()}
    assert "nested too deeply" in by_name["nested.jsonl"]
    assert "MARSAD_DOC_TIMEOUT" in by_name["long-line.txt"]
    # the good line after the nested ones was read (line 1 repeats a text stored before)
    assert [os.path.basename(x) for x in raws if os.path.basename(x).startswith("nested.jsonl:")] == ["nested.jsonl:4"]
    assert sorted(os.path.basename(k) for k in reasons if "nested.jsonl:" in k) == ["nested.jsonl:2", "nested.jsonl:3"]
    assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_undecodable_file_name_does_not_end_the_run(tmp_path):
    from marsad.pipeline import run
    from marsad.store import Store

    write_files(tmp_path / "in", [(b"caf\xe9-\xff.txt", ARTICLE.encode()), (b"ok.txt", ARTICLE.encode() + b" 2")])
    s = Store(tmp_path / "n.db")
    summary = run([str(tmp_path / "in")], s)
    assert summary.new == 2
    raws = sorted(r[0] for r in s.conn.execute("SELECT raw FROM documents"))
    assert raws[0].endswith("caf\\xe9-\\xff.txt")
    s.close()


def test_out_of_range_number_skips_one_document_not_the_batch(tmp_path):
    from marsad.pipeline import run
    from marsad.store import Store

    lines = [{"text": ARTICLE + f" تقرير {i}"} for i in range(5)]
    lines[2] = {"text": "قتل 99999999999999999999999999 مدنيا في قصف على بلدة سراقب في ريف إدلب أمس"}
    p = tmp_path / "n.jsonl"
    p.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    s = Store(tmp_path / "n.db")
    summary = run([str(p)], s, batch_size=10)
    n_docs = s.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    skipped = s.skipped()
    # the store refused the out-of-range count (or extraction bounded it): either way no crash,
    # and every line is a document or a recorded skip
    assert n_docs + len(skipped) == 5
    assert summary.read == 5
    s.close()


BIG = 50 * 1024 * 1024


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak memory is read from /proc (Linux)")
@pytest.mark.parametrize("name,make", [
    ("one-line.txt", lambda: ("قصف " * (BIG // 8)).encode()),
    ("one-line.jsonl", lambda: b'{"text": "' + ("قصف " * (BIG // 8)).encode() + b'"}'),
    ("one-line-no-json.jsonl", lambda: b"x" * (BIG + 10)),
    ("one-line.html", lambda: b"<p>" + b"a" * BIG),
])
def test_fifty_megabyte_single_line_files_stay_in_bounded_memory(tmp_path, name, make):
    p = tmp_path / name
    p.write_bytes(make())
    code = ("import sys\nfrom marsad.readers import read_inputs\n"
            "for x in read_inputs([sys.argv[1]]):\n    print(type(x).__name__, getattr(x, 'reason', ''))\n")
    rss, out = peak_rss_mb_of(code, str(p))
    assert out.startswith("Skip"), out  # all too large to be an article
    # the interpreter with Marsad imported is ~60-100 MB; a 50 MB line may be held a few times
    assert rss < 450, (name, rss)
