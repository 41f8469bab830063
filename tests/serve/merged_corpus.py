"""Composed Arabic articles (written for these tests, not copied news) in which three
outlets report one air strike on Saraqib and a fourth reports an unrelated protest.

Written with dedup on, the store merges the three strike reports into one merged event
with ``n_sources`` = 3 and keeps the protest on its own.
"""
from __future__ import annotations

from pathlib import Path

from marsad.model import Document, Event, Evidence, Span
from marsad.store import Store

STRIKE = dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              disorder_type="Political violence", event_date="2024-05-06", date_start="2024-05-06",
              date_end="2024-05-06", time_precision=1, year=2024, actor1="Military Forces of Russia (2000-)",
              actor2="Civilians (Syria)", country="Syria", admin1="Idleb", admin2="Ariha", location="Saraqab",
              latitude=35.862, longitude=36.804, geo_precision=1, gazetteer_id="geo:saraqab", n_sources=1)

# (key, outlet, url, text, first words of the evidence sentence, trigger, fatalities, confidence)
REPORTS = [
    ("strike_a", "عنب بلدي", "https://a.example.org/saraqib-strike",
     "إدلب. شنت طائرات حربية روسية غارات جوية على مدينة سراقب شرقي إدلب صباح الاثنين 6 أيار، "
     "ما أدى إلى مقتل أربعة مدنيين بينهم طفلان. وهرعت فرق الدفاع المدني إلى المكان.",
     "شنت طائرات", "غارات جوية", 4, 0.8),
    ("strike_b", "شبكة شام", "https://b.example.org/news/9917",
     "ريف إدلب الشرقي. قتل خمسة مدنيين بغارة روسية استهدفت سوقاً شعبية وسط سراقب يوم الاثنين. "
     "وأفاد مراسلنا بأن الطيران الحربي حلق في سماء المنطقة طوال النهار.",
     "قتل خمسة", "بغارة", 5, 0.75),
    ("strike_c", "المرصد المحلي", "https://c.example.org/2024/05/06/saraqib",
     "سراقب. استهدف الطيران الروسي بصاروخين حي السوق في سراقب ظهر الاثنين، وقالت مصادر طبية "
     "إن حصيلة القتلى ارتفعت إلى أربعة. ولم تصدر أي جهة تعليقاً.",
     "استهدف الطيران", "استهدف", 4, 0.7),
]
PROTEST = ("protest", "السويداء 24", "https://d.example.org/sweida",
           "السويداء. خرج عشرات المحتجين في ساحة الكرامة يوم الثلاثاء 7 أيار للمطالبة بتحسين الخدمات. "
           "ورفعوا لافتات كتب عليها شعارات مطلبية.",
           "خرج عشرات", "خرج")


def _document(key, outlet, url, text, first, trigger, published="2024-05-06"):
    d = Document(url=url, site=url.split("/")[2], source=outlet, title=f"خبر {key}", published=published,
                 published_how="input", text=text)
    d.assign_id()
    s0 = text.index(first)
    s1 = text.index(".", s0) + 1
    i = text.index(trigger, s0)
    d.spans.append(Span("trigger", i, i + len(trigger), trigger, None, "test.trigger"))
    return d, s0, s1


def build_documents() -> dict[str, Document]:
    docs = {}
    for key, outlet, url, text, first, trigger, dead, conf in REPORTS:
        d, s0, s1 = _document(key, outlet, url, text, first, trigger)
        ev = Event(**STRIKE, fatalities=dead, fatalities_low=dead, fatalities_high=dead, confidence=conf, rule_ids=[f"test.{key}"])
        ev.evidence = [Evidence(d.doc_id, s0, s1, text[s0:s1])]
        ev.doc_ids = [d.doc_id]
        ev.assign_id()
        d.events = [ev]
        docs[key] = d
    key, outlet, url, text, first, trigger = PROTEST
    d, s0, s1 = _document(key, outlet, url, text, first, trigger, published="2024-05-07")
    ev = Event(event_type="Protests", sub_event_type="Peaceful protest", disorder_type="Demonstrations",
               event_date="2024-05-07", date_start="2024-05-07", date_end="2024-05-07", year=2024,
               actor1="Protesters (Syria)", country="Syria", admin1="As-Sweida", location="As-Sweida",
               latitude=32.709, longitude=36.566, geo_precision=1, fatalities=0, n_sources=1, confidence=0.8,
               rule_ids=["test.protest"])
    ev.evidence = [Evidence(d.doc_id, s0, s1, text[s0:s1])]
    ev.doc_ids = [d.doc_id]
    ev.assign_id()
    d.events = [ev]
    docs[key] = d
    return docs


def fill_merged_store(path: str | Path, dedup: bool = True) -> dict[str, Document]:
    docs = build_documents()
    st = Store(path, dedup=dedup)
    st.write_documents(list(docs.values()))
    st.close()
    return docs
