import json

from marsad.readers import Skip, decode_bytes, read_inputs
from marsad.readers.base import DecodeError

import pytest


def test_mixed_directory_reads_good_and_reports_bad(mixed_dir):
    items = list(read_inputs([mixed_dir]))
    docs = [i for i in items if not isinstance(i, Skip)]
    skips = {i.source.split("/")[-1]: i.reason for i in items if isinstance(i, Skip)}
    texts = " ".join(d.text for d in docs)
    assert "سراقب" in texts and "دير الزور" in texts and "حلب" in texts
    assert len(docs) == 3
    assert skips["empty.txt"] == "empty file"
    assert skips["binary.txt"].startswith("binary file")
    assert skips["notes.docx"].startswith("unsupported file type")
    assert any("invalid JSON" in r for k, r in skips.items() if k.startswith("a.jsonl:2"))
    assert skips["a.jsonl:3"] == "'text' is a int, expected a string"
    assert skips["a.jsonl:4"] == "JSON line is a list, expected an object"


def test_jsonl_fields_and_unknown_fields_kept(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"doc_id": "a", "url": "u", "site": "s", "published": "2018-01-02", "title": "t",
                             "author": "au", "text": "نص", "section": "سوريا"}, ensure_ascii=False) + "\n")
    (doc,) = list(read_inputs([p]))
    assert (doc.url, doc.site, doc.published, doc.title, doc.author) == ("u", "s", "2018-01-02", "t", "au")
    assert doc.metadata == {"section": "سوريا", "input_id": "a"}
    assert doc.raw == f"{p}:1"


def test_windows_1256_text_is_decoded(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("قصف مدفعي على مدينة درعا".encode("cp1256"))
    (doc,) = list(read_inputs([p]))
    assert doc.text == "قصف مدفعي على مدينة درعا"
    assert doc.metadata["encoding"] != "utf-8"


def test_decode_refuses_empty_and_binary():
    with pytest.raises(DecodeError):
        decode_bytes(b"   \n")
    with pytest.raises(DecodeError):
        decode_bytes(b"\x00\x01\x02abc")


def test_html_page_main_text_without_navigation(tmp_path):
    p = tmp_path / "p.html"
    p.write_text("<html><head><meta charset='utf-8'><title>عنوان</title></head><body><nav>الرئيسية | أخبار</nav>"
                 "<article><p>" + "اعتقلت الشرطة العراقية ثلاثة أشخاص في مدينة البصرة بعد تظاهرة. " * 4
                 + "</p></article><footer>جميع الحقوق محفوظة</footer></body></html>", encoding="utf-8")
    (doc,) = list(read_inputs([p]))
    assert "اعتقلت الشرطة العراقية" in doc.text
    assert "الرئيسية" not in doc.text


def test_missing_path_is_a_skip(tmp_path):
    (item,) = list(read_inputs([tmp_path / "nope.jsonl"]))
    assert isinstance(item, Skip) and item.reason == "no such file or directory"
