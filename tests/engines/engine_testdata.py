"""Composed inputs for the engine tests (never real articles): JSONL with bad lines,
HTML, text, a WARC file, a missing path - enough documents to spread over partitions."""
from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

PLACES = ["سراقب في ريف إدلب", "مدينة دوما في الغوطة الشرقية", "مدينة درعا", "بلدة خان شيخون", "مدينة الرقة",
          "مدينة الموصل", "مدينة حلب", "بلدة معرة النعمان"]
DAYS = ["الأربعاء", "الخميس", "الجمعة", "السبت"]


def composed(i: int) -> str:
    place = PLACES[i % len(PLACES)]
    day = DAYS[i % len(DAYS)]
    return (f"قتل {i % 9 + 2} مدنيين {day} في قصف مدفعي لقوات النظام استهدف {place}، "
            f"بحسب ما أفاد المرصد السوري لحقوق الإنسان.\n"
            f"واندلعت اشتباكات بين فصائل المعارضة وقوات النظام قرب {place} أسفرت عن مقتل {i % 5 + 3} عناصر.\n"
            f"وتوقع مسؤولون أن تشن قوات النظام هجوما واسعا على المنطقة. (خبر {i})")


def _warc(path: Path, n: int, start: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for i in range(start, start + n):
            html = (f"<html><head><meta charset='utf-8'><title>خبر {i}</title>"
                    f"<meta property='article:published_time' content='2018-02-{i % 27 + 1:02d}'></head>"
                    f"<body><article>{''.join(f'<p>{line}</p>' for line in composed(i).splitlines())}</article>"
                    f"</body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(f"http://news.test/{i}", "response",
                                                payload=io.BytesIO(html.encode()), http_headers=headers))


def make_corpus(tmp_path: Path) -> list[str]:
    d = tmp_path / "in"
    (d / "html").mkdir(parents=True)
    lines = []
    for i in range(40):
        lines.append(json.dumps({"doc_id": f"c{i}", "site": "موقع تجريبي", "published": f"2018-03-{i % 28 + 1:02d}",
                                 "text": composed(i)}, ensure_ascii=False))
        if i == 7:
            lines += ["", "{not json"]
        if i == 20:
            lines.append(json.dumps({"text": 5}))
        if i == 30:
            lines.append(lines[3])  # the same article twice: one stored document
    (d / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in range(40, 44):
        (d / "html" / f"p{i}.html").write_text(
            f"<html><head><meta charset='utf-8'><title>خبر</title></head><body><article><p>{composed(i)}</p>"
            f"</article></body></html>", encoding="utf-8")
    (d / "html" / "note.txt").write_text(composed(44), encoding="utf-8")
    (d / "html" / "empty.txt").write_bytes(b"")
    _warc(d / "crawl.warc.gz", 12, 50)
    return [str(d / "big.jsonl"), str(d / "html"), str(tmp_path / "missing.jsonl"), str(d / "crawl.warc.gz")]


_VOLATILE = {"run_id", "added", "at", "started", "finished"}  # when and by which run, not what


def dump(db: str | Path) -> dict[str, list]:
    """Everything the store holds (every table, the merge tables too), except run ids and times."""
    c = sqlite3.connect(str(db))
    out = {}
    tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for t in tables:
        if t == "runs" or t.startswith("sqlite_") or "_fts" in t:
            continue
        cols = [r[1] for r in c.execute(f"PRAGMA table_info({t})") if r[1] not in _VOLATILE]
        rows = c.execute(f"SELECT {', '.join(f'[{x}]' for x in cols)} FROM {t}").fetchall()
        out[t] = sorted(rows, key=repr)
    c.close()
    return out
