"""A small store of composed Arabic articles (written for these tests, not copied news).

Each article carries hand-placed spans and one event whose evidence is one sentence,
so tests can check offsets, highlighting and filters without the extraction pipeline.
"""
from __future__ import annotations

import re
from pathlib import Path

from marsad.model import Document, Event, Evidence, Span
from marsad.store import Store


def open_store(path):
    """A writable store with cross-document dedup off: these documents are fixtures, and
    the serve layer must show exactly what was written. (Stores without the switch have
    no dedup.)"""
    try:
        return Store(path, dedup=False)
    except TypeError:
        return Store(path)

XSS_TITLE = 'تقرير <script>window.__pwned = "title"</script>'
XSS_PAYLOAD = '<script>window.__pwned = 1; alert(1)</script><img src=x onerror="window.__pwned=2">'



def _sentence(text: str, first_words: str) -> tuple[int, int]:
    start = text.index(first_words)
    m = re.compile(r"\.(\s|$)").search(text, start)
    return start, (m.start() + 1 if m else len(text))


ARTICLES = [
    dict(
        key="shelling",
        url="https://example.org/news/kafrnabl-shelling",
        source="مراسل مرصد", title="قصف مدفعي على كفرنبل", published="2024-03-12",
        text=("إدلب - خاص. قصفت قوات النظام بالمدفعية الثقيلة بلدة كفرنبل في ريف إدلب الجنوبي "
              "صباح الثلاثاء 12 آذار، ما أدى إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين. "
              "وقال ناشطون إن القصف استمر ساعتين."),
        sentence="قصفت قوات النظام",
        spans=[("trigger", "قصفت", "shell"), ("actor", "قوات النظام", "Military Forces of Syria"),
               ("place", "كفرنبل", "Kafr Nabl"), ("date", "الثلاثاء 12 آذار", "2024-03-12"),
               ("number", "ثلاثة", 3), ("actor", "مدنيين", "Civilians (Syria)")],
        event=dict(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                   disorder_type="Political violence", event_date="2024-03-12",
                   actor1="Military Forces of Syria (2000-)", actor2="Civilians (Syria)",
                   country="Syria", admin1="Idleb", admin2="Maarrat An Nu'man", location="Kafr Nabl",
                   latitude=35.614, longitude=36.561, geo_precision=1, fatalities=3, n_sources=2,
                   confidence=0.9, rule_ids=["trig.shell.1"]),
    ),
    dict(
        key="clash",
        url="https://example.org/news/tafas-clash",
        source="شبكة الجنوب", title="اشتباكات في طفس", published="2024-03-17",
        text=("درعا. اندلعت اشتباكات عنيفة بين مقاتلين محليين وعناصر من الأمن العسكري في مدينة طفس "
              "بريف درعا الغربي مساء الأحد، وأسفرت عن مقتل عنصرين. ولم تعلق الجهات الرسمية على الحادثة."),
        sentence="اندلعت اشتباكات",
        spans=[("trigger", "اشتباكات", "clash"), ("actor", "مقاتلين محليين", "Militia (Local)"),
               ("actor", "الأمن العسكري", "Military Intelligence"), ("place", "طفس", "Tafas"),
               ("date", "الأحد", "2024-03-17"), ("number", "عنصرين", 2)],
        event=dict(event_type="Battles", sub_event_type="Armed clash", disorder_type="Political violence",
                   event_date="2024-03-17", actor1="Military Forces of Syria (2000-)",
                   actor2="Unidentified Armed Group (Syria)", country="Syria", admin1="Dar'a",
                   location="Tafas", latitude=32.736, longitude=36.067, geo_precision=1, fatalities=2,
                   n_sources=1, confidence=0.8, rule_ids=["trig.clash.1"]),
    ),
    dict(
        key="drone",
        url="https://example.org/news/abukamal-drone",
        source="صوت الشرقية", title="غارة بطائرة مسيرة قرب البوكمال", published="2024-03-20",
        text=("دير الزور. استهدفت طائرة مسيرة مجهولة سيارة على طريق البوكمال في ريف دير الزور الشرقي "
              "فجر الأربعاء، ما أسفر عن مقتل شخص واحد كان بداخلها."),
        sentence="استهدفت طائرة",
        spans=[("trigger", "استهدفت طائرة مسيرة", "drone strike"), ("place", "البوكمال", "Abu Kamal"),
               ("date", "الأربعاء", "2024-03-20"), ("number", "شخص واحد", 1)],
        event=dict(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                   disorder_type="Political violence", event_date="2024-03-20", actor1="Unidentified Military Forces",
                   country="Syria", admin1="Deir-ez-Zor", location="Abu Kamal", latitude=34.452,
                   longitude=40.918, geo_precision=2, fatalities=1, n_sources=1, confidence=0.7,
                   rule_ids=["trig.drone.1"]),
    ),
    dict(
        key="protest",
        url="https://example.org/news/sweida-protest",
        source="السويداء 24", title="وقفة احتجاجية في السويداء", published="2024-03-29",
        text=("السويداء. تظاهر مئات الأشخاص في ساحة الكرامة بمدينة السويداء يوم الجمعة 29 آذار "
              "للمطالبة بالإفراج عن المعتقلين. ورفع المحتجون لافتات تدعو إلى الحل السياسي."),
        sentence="تظاهر مئات",
        spans=[("trigger", "تظاهر", "protest"), ("actor", "مئات الأشخاص", "Protesters (Syria)"),
               ("place", "السويداء", "As-Sweida"), ("date", "الجمعة 29 آذار", "2024-03-29")],
        event=dict(event_type="Protests", sub_event_type="Peaceful protest", disorder_type="Demonstrations",
                   event_date="2024-03-29", actor1="Protesters (Syria)", country="Syria", admin1="As-Sweida",
                   location="As-Sweida", latitude=32.709, longitude=36.566, geo_precision=1, fatalities=0,
                   n_sources=3, confidence=0.85, rule_ids=["trig.protest.1"]),
    ),
    dict(
        key="arrest",
        url="https://example.org/news/afrin-arrests",
        source="عفرين الآن", title="حملة اعتقالات في عفرين", published="2024-04-02",
        text=("حلب. اعتقلت دورية تابعة للشرطة العسكرية أربعة شبان في مدينة عفرين شمال حلب يوم الثلاثاء "
              "بتهمة التعامل مع جهات معادية، بحسب مصادر محلية."),
        sentence="اعتقلت دورية",
        spans=[("trigger", "اعتقلت", "arrest"), ("actor", "للشرطة العسكرية", "Military Police"),
               ("number", "أربعة", 4), ("place", "عفرين", "Afrin"), ("date", "الثلاثاء", "2024-04-02"),
               ("speaker", "مصادر محلية", None)],
        event=dict(event_type="Strategic developments", sub_event_type="Arrests",
                   disorder_type="Strategic developments", event_date="2024-04-02",
                   actor1="Military Police (Syria)", actor2="Civilians (Syria)", country="Syria",
                   admin1="Aleppo", location="Afrin", latitude=36.512, longitude=36.869, geo_precision=1,
                   fatalities=0, n_sources=1, confidence=0.75, rule_ids=["trig.arrest.1"],
                   claimed_by=["مصادر محلية"]),
    ),
    dict(
        key="xss",
        url="javascript:alert('url')",
        source="<b>مصدر</b>", title=XSS_TITLE, published="2024-04-05",
        text=("حمص. انفجرت عبوة ناسفة في حي الوعر بمدينة حمص مساء الجمعة " + XSS_PAYLOAD +
              " وأدى الانفجار إلى إصابة طفلين. وتبقى الأسباب مجهولة."),
        sentence="انفجرت عبوة",
        spans=[("trigger", "انفجرت عبوة ناسفة", "IED"), ("place", "حمص", "Homs"),
               ("date", "الجمعة", "2024-04-05"), ("number", "طفلين", 2)],
        event=dict(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                   disorder_type="Political violence", event_date="2024-04-05",
                   actor1='Unidentified Armed Group <img src=x onerror="window.__pwned=3">',
                   country="Syria", admin1="Homs", location="Homs <script>window.__pwned=4</script>",
                   latitude=34.73, longitude=36.72, geo_precision=1, fatalities=0, n_sources=1,
                   confidence=0.6, notes='<script>window.__pwned=5</script>', rule_ids=["trig.ied.1"]),
    ),
]


def build_documents() -> list[Document]:
    docs = []
    for a in ARTICLES:
        text = a["text"]
        d = Document(url=a["url"], site="example.org", source=a["source"], title=a["title"],
                     published=a["published"], published_how="input", text=text)
        d.assign_id()
        # Spans are looked up inside the evidence sentence first, so short words
        # (e.g. a place also named in the dateline) point at the sentence's own copy.
        s0, s1 = _sentence(text, a["sentence"])
        for kind, surface, value in a["spans"]:
            i = text.index(surface, s0) if surface in text[s0:s1] else text.index(surface)
            d.spans.append(Span(kind, i, i + len(surface), surface, value, f"test.{kind}"))
        ev = Event(**a["event"])
        ev.evidence = [Evidence(d.doc_id, s0, s1, text[s0:s1])]
        ev.doc_ids = [d.doc_id]
        ev.year = int(ev.event_date[:4])
        ev.assign_id()
        d.events = [ev]
        docs.append(d)
    return docs


def fill_store(path: str | Path) -> dict[str, Document]:
    """Write the composed articles to a new store; returns them by key."""
    docs = build_documents()
    st = open_store(path)
    st.write_documents(docs)
    st.close()
    return {a["key"]: d for a, d in zip(ARTICLES, docs)}
