"""WARC reader on WARC files the tests write: plain and gzip'd, HTML and non-HTML records,
truncated files, record ranges. All texts are composed, never real articles."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from marsad.readers import Skip, read_inputs

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from marsad.readers.warc import read_warc_file, warc_record_offsets  # noqa: E402

SENTENCES = [
    "قصفت طائرات حربية بلدة سراقب في ريف إدلب وقتل ثلاثة مدنيين بحسب ناشطين محليين.",
    "اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة قرب مدينة درعا صباح اليوم.",
    "اعتقلت الشرطة العراقية خمسة أشخاص في مدينة البصرة بعد تظاهرة أمام مبنى المحافظة.",
]


def page(i: int, date: str | None = None, charset: str = "utf-8") -> str:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = " ".join([SENTENCES[i % len(SENTENCES)]] * 4)
    return (f"<html><head><meta charset='{charset}'><title>خبر رقم {i}</title>{meta}</head><body>"
            f"<nav>الرئيسية | أخبار</nav><article><p>{body}</p><p>وأضاف المصدر أن الوضع متوتر {i}.</p>"
            f"</article></body></html>")


def write_warc(path: Path, pages: list[tuple[str, str, str]], gzip: bool = True,
               crawl_date: str = "2018-03-05T10:00:00Z") -> Path:
    """pages: (url, content type, html); a request record and a warcinfo record are added too."""
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "marsad-tests"}))
        for url, ctype, html in pages:
            enc = "cp1256" if "1256" in ctype else "utf-8"
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(html.encode(enc)),
                                       http_headers=headers, warc_headers_dict={"WARC-Date": crawl_date})
            w.write_record(rec)
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            w.write_record(req)
    return path


def three_pages() -> list[tuple[str, str, str]]:
    return [
        ("http://news.test/a/1", "text/html; charset=utf-8", page(0, "2018-02-08")),
        ("http://news.test/logo.png", "image/png", "not html"),
        ("http://news.test/a/2", "text/html; charset=windows-1256", page(1, charset="windows-1256")),
        ("http://news.test/a/3", "text/html", page(2, "2018-02-10")),
    ]


@pytest.mark.parametrize("gzip,name", [(True, "c.warc.gz"), (False, "c.warc")])
def test_html_responses_become_documents(tmp_path, gzip, name):
    p = write_warc(tmp_path / name, three_pages(), gzip=gzip)
    items = list(read_inputs([p]))
    assert all(not isinstance(x, Skip) for x in items), items
    assert [d.url for d in items] == ["http://news.test/a/1", "http://news.test/a/2", "http://news.test/a/3"]
    first, second, third = items
    assert "سراقب" in first.text and "الرئيسية" not in first.text
    assert first.published and first.published.startswith("2018-02-08") and first.published_how == "html-meta"
    assert "درعا" in second.text  # cp1256 page decoded by its declared charset
    # no date on the page: the crawl date stands in, and says so
    assert second.published.startswith("2018-03-05") and second.published_how == "crawl"
    assert all(d.metadata["crawl_date"] == "2018-03-05T10:00:00Z" for d in items)
    assert all(d.raw.startswith(str(p) + "#") for d in items)


@pytest.mark.parametrize("gzip", [True, False])
def test_truncated_warc_keeps_whole_records_and_reports_the_cut(tmp_path, gzip):
    p = write_warc(tmp_path / ("t.warc.gz" if gzip else "t.warc"), three_pages(), gzip=gzip)
    data = p.read_bytes()
    offsets = warc_record_offsets(p)
    last = offsets[-2]  # the last response record (a request record follows it)
    cut = tmp_path / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(data[: last + (offsets[-1] - last) // 2])  # cut inside the last response
    items = list(read_inputs([cut]))
    docs = [x for x in items if not isinstance(x, Skip)]
    skips = [x for x in items if isinstance(x, Skip)]
    assert [d.url for d in docs] == ["http://news.test/a/1", "http://news.test/a/2"]
    assert len(skips) == 1 and "truncated" in skips[0].reason and skips[0].source.startswith(str(cut) + "#")


def test_cut_inside_record_headers_is_reported(tmp_path):
    p = write_warc(tmp_path / "h.warc", three_pages(), gzip=False)
    data = p.read_bytes()
    offsets = warc_record_offsets(p)
    (tmp_path / "h2.warc").write_bytes(data[: offsets[-1] + 40])  # only the start of the last header
    items = list(read_inputs([tmp_path / "h2.warc"]))
    assert len([x for x in items if not isinstance(x, Skip)]) == 3
    assert isinstance(items[-1], Skip) and "truncated" in items[-1].reason


def test_not_a_warc_is_a_skip(tmp_path):
    p = tmp_path / "junk.warc.gz"
    p.write_bytes(b"\x1f\x8b\x08\x00garbage that is not gzip at all" * 3)
    items = list(read_inputs([p]))
    assert items and all(isinstance(x, Skip) for x in items)


def test_record_ranges_partition_the_file(tmp_path):
    pages = [(f"http://news.test/a/{i}", "text/html; charset=utf-8", page(i, "2018-02-08")) for i in range(7)]
    p = write_warc(tmp_path / "r.warc.gz", pages)
    whole = [d.url for d in read_warc_file(p)]
    offsets = warc_record_offsets(p)
    cuts = [0, offsets[5], offsets[9], None]
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        parts += [d.url for d in read_warc_file(p, a, b)]
    assert parts == whole and len(whole) == 7


@pytest.mark.parametrize("name", ["noise.warc", "noise.warc.gz", "noise.arc"])
def test_random_bytes_are_one_plain_skip(tmp_path, name):
    import random

    p = tmp_path / name
    p.write_bytes(random.Random(7).randbytes(4000))
    items = list(read_inputs([p]))
    assert len(items) == 1 and isinstance(items[0], Skip)
    assert "not a WARC/ARC record" in items[0].reason and items[0].reason.isprintable()
