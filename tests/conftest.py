"""Shared fixtures: composed Arabic inputs (never real articles) and temporary stores."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from marsad_testdata import ROOT, SAMPLES, SHARED_EVAL  # noqa: F401

# Tests patch tables in memory, which the word cache's fingerprint of files cannot see: no answers
# kept between runs here (tests/test_wordcache.py turns it on in a private folder).
os.environ["MARSAD_WORD_CACHE"] = "0"

ARTICLE_AR = (
    "قتل خمسة مدنيين الأربعاء في قصف مدفعي لقوات النظام استهدف بلدة سراقب في ريف إدلب، "
    "بحسب ما أفاد المرصد السوري لحقوق الإنسان.\n"
    "وتوقع مسؤولون أن تشن قوات النظام هجوما واسعا على المنطقة."
)


@pytest.fixture
def store(tmp_path):
    from marsad.store import Store

    s = Store(tmp_path / "t.db")
    yield s
    s.close()


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    """A directory of good and bad inputs, as scraped data arrives."""
    d = tmp_path / "inputs"
    (d / "sub").mkdir(parents=True)
    good = {"doc_id": "g1", "site": "موقع تجريبي", "published": "2018-02-08", "title": "قصف على سراقب", "text": ARTICLE_AR}
    lines = [json.dumps(good, ensure_ascii=False), "{not json", json.dumps({"doc_id": "x", "text": 5}), json.dumps([1, 2])]
    (d / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "sub" / "cp1256.txt").write_bytes(
        "اشتباكات عنيفة بين قوات النظام وتنظيم داعش قرب مدينة دير الزور أمس.".encode("cp1256"))
    (d / "truncated.html").write_text(
        "<html><head><title>غارة على حلب</title></head><body><article><p>"
        + "شنت طائرات حربية غارات على أحياء في مدينة حلب وقتل ثلاثة مدنيين في القصف. " * 3
        + "<p>وقال ناشطون إن الغارات استهدفت سوقا", encoding="utf-8")
    (d / "notes.docx").write_bytes(b"PK\x03\x04 not an input format")
    return d
