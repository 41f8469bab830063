"""Shared parts of the reliability tests and of ``scripts/*_long.py``: a composed Arabic
corpus, hostile inputs, a database fingerprint that ignores run bookkeeping, and a small
loopback load generator.

The articles are composed here from templates (invented sentences, no real news text).
"""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parents[2]

# -- a composed corpus ----------------------------------------------------------------

ACTORS = ["قوات النظام", "تنظيم داعش", "فصائل المعارضة", "قوات سوريا الديمقراطية", "الجيش العراقي",
          "مسلحون مجهولون", "الطيران الروسي", "قوات التحالف الدولي"]
PLACES = ["سراقب", "معرة النعمان", "دير الزور", "الرقة", "تدمر", "حلب", "درعا", "الموصل", "تكريت",
          "الفلوجة", "حماة", "خان شيخون", "البوكمال", "كركوك"]
REGIONS = ["ريف إدلب", "ريف حلب", "ريف دير الزور", "ريف حماة", "محافظة نينوى", "محافظة الأنبار"]
NUMBERS = ["ثلاثة", "خمسة", "سبعة", "عشرة", "اثنين", "أربعة", "12", "20"]
DAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
SOURCES = ["المرصد السوري لحقوق الإنسان", "ناشطون محليون", "مصادر طبية", "وكالة أنباء محلية"]
EVENT_SENTENCES = [
    "قتل {n} مدنيين يوم {day} في قصف مدفعي لـ{a} استهدف بلدة {p} في {r}، بحسب {s}.",
    "شن {a} غارات جوية على مدينة {p} في {r} ما أدى إلى مقتل {n} أشخاص وإصابة آخرين.",
    "اندلعت اشتباكات عنيفة بين {a} و{b} قرب {p} يوم {day}، وقتل فيها {n} عناصر.",
    "انفجرت عبوة ناسفة بسيارة في مدينة {p} صباح {day}، وأسفر الانفجار عن مقتل {n} مدنيين.",
    "اعتقل {a} {n} شبان خلال حملة مداهمات في بلدة {p} بـ{r}.",
    "تظاهر مئات من أهالي {p} يوم {day} احتجاجا على القصف، وفق {s}.",
]
FILLER_SENTENCES = [
    "وتوقع مسؤولون أن يشن {a} هجوما واسعا على المنطقة خلال الأيام المقبلة.",
    "ولم يصدر أي تعليق رسمي على الحادثة حتى الآن.",
    "وتشهد المنطقة توترا أمنيا منذ أسابيع.",
    "وقال {s} إن حصيلة الضحايا مرشحة للارتفاع.",
]


def compose_article(rng: random.Random, i: int) -> dict[str, Any]:
    """One composed article: 1-3 event sentences and some filler, as a JSONL record."""
    def fill(t: str) -> str:
        a, b = rng.sample(ACTORS, 2)
        return t.format(a=a, b=b, p=rng.choice(PLACES), r=rng.choice(REGIONS), n=rng.choice(NUMBERS),
                        day=rng.choice(DAYS), s=rng.choice(SOURCES))

    sents = [fill(rng.choice(EVENT_SENTENCES)) for _ in range(rng.randint(1, 3))]
    sents += [fill(rng.choice(FILLER_SENTENCES)) for _ in range(rng.randint(0, 2))]
    rng.shuffle(sents)
    # the article number keeps every composed text distinct
    sents.append(f"(تقرير رقم {i} من شبكة الرصد التجريبية)")
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return {"doc_id": f"c{i}", "url": f"https://example.org/composed/{i}", "site": "موقع تجريبي",
            "published": f"2018-{month:02d}-{day:02d}", "title": f"تقرير {i}", "text": " ".join(sents)}


def write_corpus(path: Path, n: int, seed: int = 0, hostile: bool = True) -> dict[str, int]:
    """A JSONL corpus of ``n`` composed articles; with ``hostile``, also exact re-posts and bad
    lines (invalid JSON, wrong types, no text), as scraped data arrives. Returns counts."""
    rng = random.Random(seed)
    lines: list[str] = []
    counts = {"articles": n, "reposts": 0, "bad": 0}
    for i in range(n):
        rec = compose_article(rng, i)
        lines.append(json.dumps(rec, ensure_ascii=False))
        if hostile and i % 25 == 7:  # the same text under another URL: one document, not two
            lines.append(json.dumps({**rec, "url": rec["url"] + "?amp", "doc_id": f"c{i}-amp"}, ensure_ascii=False))
            counts["reposts"] += 1
        if hostile and i % 40 == 13:
            lines.append(rng.choice(['{"text": "قصف', '{"text": 42}', '["قصف"]', '{"title": "بلا نص"}']))
            counts["bad"] += 1
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


# -- database fingerprints ------------------------------------------------------------

# Run bookkeeping that legitimately differs between two runs of the same input.
IGNORED_TABLES = {"runs", "sqlite_sequence", "sqlite_stat1"}
IGNORED_COLUMNS = {"added", "at", "run_id"}


def dump_db(path: str | Path) -> dict[str, list[tuple]]:
    """Every content table (documents, events, evidence, spans, skipped, totals, dropped,
    merged events and links, ...) as sorted rows, without run ids and timestamps."""
    c = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in c.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out = {}
        for t in tables:
            if t in IGNORED_TABLES or "_fts" in t:
                continue
            cols = [r[1] for r in c.execute(f'PRAGMA table_info("{t}")') if r[1] not in IGNORED_COLUMNS]
            rows = c.execute(f'SELECT {",".join(chr(34) + k + chr(34) for k in cols)} FROM "{t}"').fetchall()
            out[t] = sorted(rows, key=repr)
        return out
    finally:
        c.close()


def diff_dumps(a: dict[str, list[tuple]], b: dict[str, list[tuple]], limit: int = 3) -> list[str]:
    """Human-readable differences between two ``dump_db`` results (empty when equal)."""
    out = []
    for t in sorted(set(a) | set(b)):
        ra, rb = a.get(t), b.get(t)
        if ra == rb:
            continue
        if ra is None or rb is None:
            out.append(f"table {t} only in {'second' if ra is None else 'first'}")
            continue
        sa, sb = set(map(repr, ra)), set(map(repr, rb))
        extra, missing = sorted(sb - sa)[:limit], sorted(sa - sb)[:limit]
        out.append(f"{t}: {len(ra)} vs {len(rb)} rows; missing {missing}; extra {extra}")
    return out


def doc_count(path: str | Path) -> int:
    try:
        c = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            return int(c.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
        finally:
            c.close()
    except sqlite3.Error:
        return 0


# -- running marsad -------------------------------------------------------------------

def marsad_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "marsad.cli", *args]


def run_marsad(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(marsad_cmd(*args), capture_output=True, text=True, timeout=timeout)


@dataclass
class KillReport:
    kills: int = 0
    landed_mid_run: int = 0  # kills after which the store held some but not all documents
    docs_after_kill: list[int] = field(default_factory=list)
    resume_exit: int | None = None


def kill_and_resume(inputs: list[str], db: Path, kills: int, rng: random.Random, window: tuple[float, float],
                    extra: Iterable[str] = ("--batch-size", "10"), final_docs: int | None = None) -> KillReport:
    """Start ``marsad run`` on ``db`` ``kills`` times, SIGKILL each after a random delay in
    ``window`` seconds, then let one run finish. Each start resumes the previous one."""
    rep = KillReport()
    for _ in range(kills):
        p = subprocess.Popen(marsad_cmd("run", *inputs, "--db", str(db), "-q", *extra),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(*window))
        if p.poll() is None:
            os.kill(p.pid, signal.SIGKILL)
            rep.kills += 1
        p.wait()
        n = doc_count(db)
        rep.docs_after_kill.append(n)
        if n and (final_docs is None or n < final_docs):
            rep.landed_mid_run += 1
    r = run_marsad("run", *inputs, "--db", str(db), "-q", *extra)
    rep.resume_exit = r.returncode
    return rep


# -- hostile inputs -------------------------------------------------------------------

ARTICLE = ("قتل خمسة مدنيين يوم الأربعاء في قصف مدفعي لقوات النظام استهدف بلدة سراقب في ريف إدلب، "
           "بحسب ناشطين محليين. وتوقع مسؤولون أن تشن القوات هجوما على المنطقة.")


def article_html(title: str = "قصف على سراقب", body: str = ARTICLE, charset: str = "utf-8") -> str:
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>{title}</title>'
            f'</head><body><nav>الرئيسية | أخبار</nav><article><h1>{title}</h1><p>{body}</p><p>{body}</p>'
            f"</article><footer>جميع الحقوق محفوظة</footer></body></html>")


def warc_bytes(pages: list[tuple[str, bytes]], gz: bool = False) -> bytes:
    """A WARC file (warcio) of HTML response records for ``(url, html bytes)`` pairs."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def billion_laughs(levels: int = 9) -> str:
    ents = ['<!ENTITY l0 "ضحك">'] + [
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, levels + 1)]
    return (f'<?xml version="1.0"?><!DOCTYPE html [{"".join(ents)}]><html><body><p>&l{levels};</p>'
            f"<p>{ARTICLE}</p></body></html>")


# Names as scrapers produce them: traversal look-alikes, shell and format metacharacters,
# control characters, bidi overrides, undecodable bytes. (``/`` cannot be in a name.)
HOSTILE_NAMES: list[bytes] = [
    b"..txt", b"...jsonl", b"..\\..\\etc\\passwd.txt", b"-rf .txt", b"$(touch pwned).txt", b"`id`.html",
    b"%s%n%x.txt", b"a\nb.txt", b"tab\there.jsonl", b"quote'\".txt", b"<script>.html", b"\xe2\x80\xaeexe.txt",
    b"bad\xff\xfename.txt", b"\xd8.html", "مقال عربي.txt".encode(), b"con.txt", b"x" * 200 + b".txt",
    b"a;DROP TABLE documents;--.jsonl",
]


def hostile_files(seed: int = 0) -> list[tuple[bytes, bytes]]:
    """(file name, content) pairs of malformed inputs, each small enough for the test suite."""
    rng = random.Random(seed)
    html = article_html()
    good_line = json.dumps({"url": "https://example.org/a", "text": ARTICLE}, ensure_ascii=False)
    warc = warc_bytes([("https://example.org/a", html.encode()), ("https://example.org/b", html.encode())])
    warc_gz = warc_bytes([("https://example.org/a", html.encode())], gz=True)
    cases: list[tuple[bytes, bytes]] = [
        (b"random.txt", rng.randbytes(5000)),
        (b"random.html", rng.randbytes(5000)),
        (b"random.jsonl", rng.randbytes(5000)),
        (b"random.warc", rng.randbytes(5000)),
        (b"random.warc.gz", rng.randbytes(5000)),
        (b"nul.txt", b"\x00" * 1000),
        (b"utf16.txt", ARTICLE.encode("utf-16")),
        (b"utf16be-nobom.txt", ARTICLE.encode("utf-16-be")),
        (b"cp1256.txt", ARTICLE.encode("cp1256")),
        (b"mixed.txt", ARTICLE.encode("utf-8") + ARTICLE.encode("cp1256") + ARTICLE.encode("utf-16")),
        (b"declared-wrong.html", article_html(charset="koi8-r").encode("cp1256")),
        (b"declared-unknown.html", article_html(charset="x-no-such-charset").encode()),
        (b"truncated.html", html.encode()[: len(html.encode()) // 2]),
        (b"cut-mid-char.html", html.encode()[:301]),
        (b"nested-deep.html", ("<div>" * 50_000 + ARTICLE + "</div>" * 10).encode()),
        (b"nested-tables.html", ("<table><tr><td>" * 3000 + ARTICLE).encode()),
        (b"unclosed-comment.html", (html[:200] + "<!-- " + html[200:]).encode()),
        (b"script-only.html", b"<html><script>" + b"var a=1;" * 1000 + b"</script></html>"),
        (b"billion-laughs.xhtml", billion_laughs().encode()),
        (b"billion-laughs.html", billion_laughs().encode()),
        (b"external-entity.html", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                  b"<html><body><p>&x;</p></body></html>"),
        (b"only-tags.html", b"<p></p>" * 10000),
        (b"long-line.txt", ("قصف " * 300_000).encode()),
        (b"huge-number.jsonl", json.dumps({"text": "قتل 99999999999999999999999999 مدنيا في قصف على بلدة سراقب أمس"},
                                          ensure_ascii=False).encode()),
        (b"surrogates.jsonl", b'{"text": "\\ud800 \\udcff ' + ARTICLE.encode() + b'", "t\\udc80": "\\udfff"}\n'),
        (b"nested.jsonl", (good_line + "\n" + "[" * 100_000 + "\n" + "{\"a\":" * 50_000 + "\n" + good_line.replace("خمسة", "ستة") + "\n").encode()),
        (b"wrong-types.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in [
            {"text": 5}, {"text": None}, {"html": ["x"]}, {"text": {"a": 1}}, [1, 2], "نص", 3.5, None, True,
            {"text": ARTICLE, "published": 20180101, "url": ["x"], "title": {"t": 1}, "doc_id": None},
            {"text": "   "}, {"html": "<p></p>"}, {"text": ARTICLE, "published": "2018-02-30"},
        ]).encode()),
        (b"crlf-bom.jsonl", b"\xef\xbb\xbf" + (good_line + "\r\n").encode() * 2),
        (b"no-newline.jsonl", good_line.encode()),
        (b"blank.jsonl", b"\n\n   \n"),
        (b"cp1256-line.jsonl", good_line.encode("cp1256")),
        (b"nan.jsonl", b'{"text": NaN, "x": Infinity}\n{"text": "' + ARTICLE.encode() + b'", "v": 1e999}'),
        (b"dup-keys.jsonl", ('{"text": 1, "text": "' + ARTICLE + '"}').encode()),
        (b"ok.warc", warc),
        (b"ok.warc.gz", warc_gz),
        (b"truncated.warc", warc[: len(warc) * 2 // 3]),
        (b"truncated-header.warc", warc[:40]),
        (b"truncated.warc.gz", warc_gz[: len(warc_gz) // 2]),
        (b"one-stream.warc.gz", gzip.compress(warc)),
        (b"garbage-tail.warc", warc + rng.randbytes(300)),
        (b"empty.txt", b""),
        (b"whitespace.txt", b" \n\t\r\n" * 10),
        (b"unknown.pdf", b"%PDF-1.4 " + rng.randbytes(100)),
        (b"noext", ARTICLE.encode()),
    ]
    for name in HOSTILE_NAMES:
        cases.append((name, ARTICLE.encode() if not name.endswith(b".jsonl") else good_line.encode()))
    return cases


def write_files(d: Path, cases: list[tuple[bytes, bytes]]) -> list[bytes]:
    """Write cases into directory ``d`` (created); returns the file paths as bytes."""
    os.makedirs(d, exist_ok=True)
    out = []
    for name, data in cases:
        p = os.path.join(os.fsencode(d), name)
        with open(p, "wb") as f:
            f.write(data)
        out.append(p)
    return out


def peak_rss_mb_of(code: str, *args: str, timeout: float = 300) -> tuple[float, str]:
    """Run ``code`` in a fresh interpreter; its peak resident memory (MB) and its stdout."""
    # VmHWM belongs to this address space; ru_maxrss would include the forking parent's peak
    wrapper = code + ("\nimport re\nprint('RSS', re.search(r'VmHWM:\\s+(\\d+)', "
                      "open('/proc/self/status').read()).group(1))\n")
    r = subprocess.run([sys.executable, "-c", wrapper, *args], capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-2000:])
    lines = r.stdout.strip().splitlines()
    return int(lines[-1].split()[1]) / 1024, "\n".join(lines[:-1])


# -- a loopback load generator ---------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int, timeout: float = 30) -> subprocess.Popen:
    p = subprocess.Popen(marsad_cmd("serve", "--db", str(db), "--port", str(port)),
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    import httpx

    t0 = time.time()
    while time.time() - t0 < timeout:
        if p.poll() is not None:
            raise RuntimeError(f"marsad serve exited: {p.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2).status_code == 200:
                return p
        except httpx.HTTPError:
            time.sleep(0.2)
    p.kill()
    raise RuntimeError("marsad serve did not start")


LOAD_PATHS = [
    "/api/events?page_size=50",
    "/api/events?page_size=20&sort=fatalities&order=desc",
    "/api/events?event_type=Battles&page_size=20",
    "/api/events?q=%D9%82%D8%B5%D9%81&page_size=20",
    "/api/events?actor=%D8%A7%D9%84%D9%86%D8%B8%D8%A7%D9%85&format=csv&page_size=20",
    "/api/events?format=geojson&page_size=100",
    "/api/stats",
    "/api/meta",
]


@dataclass
class LoadResult:
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]
    error_samples: list[str]
    checks_failed: int = 0

    def percentile(self, p: float) -> float:
        xs = sorted(self.latencies_ms)
        if not xs:
            return float("nan")
        k = min(len(xs) - 1, max(0, int(round(p / 100 * len(xs) + 0.5)) - 1))
        return xs[k]

    def summary(self) -> dict[str, Any]:
        return {"requests": self.requests, "errors": self.errors,
                "error_rate": self.errors / self.requests if self.requests else 0.0,
                "seconds": round(self.seconds, 2), "rps": round(self.requests / self.seconds, 1) if self.seconds else 0,
                "p50_ms": round(self.percentile(50), 1), "p95_ms": round(self.percentile(95), 1),
                "p99_ms": round(self.percentile(99), 1), "max_ms": round(max(self.latencies_ms or [0]), 1),
                "checks_failed": self.checks_failed, "error_samples": self.error_samples[:5]}


def load_test(base: str, n_requests: int, seconds: float, concurrency: int = 4,
              paths: list[str] | None = None, extra_ids: list[str] | None = None) -> LoadResult:
    """Send ``n_requests`` GETs spread evenly over ``seconds`` (a fixed rate, not as fast as
    possible) from ``concurrency`` threads; every answer must be 200 with a well-formed body.

    A JSON list answer must be consistent with itself: ``len(events) <= page_size`` and
    ``total >= len(events)``; totals seen over time must never go down (the writer only adds).
    """
    import httpx

    paths = list(paths or LOAD_PATHS) + [f"/api/events/{u}" for u in (extra_ids or [])]
    interval = seconds / n_requests
    lat: list[float] = []
    errors: list[str] = []
    checks = [0]
    lock = threading.Lock()
    next_i = [0]
    last_total = [0]
    t_start = time.perf_counter()

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=30) as client:
            while True:
                with lock:
                    i = next_i[0]
                    if i >= n_requests:
                        return
                    next_i[0] += 1
                due = t_start + i * interval
                delay = due - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                path = paths[i % len(paths)]
                t0 = time.perf_counter()
                try:
                    r = client.get(path)
                    ok = r.status_code == 200
                    body = r.content
                    if ok and "json" in r.headers.get("content-type", ""):
                        data = json.loads(body)
                        if path.startswith("/api/events?") and "format=geojson" not in path:
                            evs = data["events"]
                            if not (len(evs) <= data["page_size"] and data["total"] >= len(evs)):
                                with lock:
                                    checks[0] += 1
                        if path == "/api/events?page_size=50":
                            with lock:
                                if data["total"] < last_total[0]:
                                    checks[0] += 1
                                last_total[0] = max(last_total[0], data["total"])
                    err = None if ok else f"{path}: HTTP {r.status_code} {body[:200]!r}"
                except Exception as e:  # a refused connection or a timeout is an error too
                    err = f"{path}: {type(e).__name__}: {e}"
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    lat.append(ms)
                    if err:
                        errors.append(err)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return LoadResult(n_requests, len(errors), time.perf_counter() - t_start, lat, errors, checks[0])
