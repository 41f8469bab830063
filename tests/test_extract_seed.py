"""The seed-like article yields exactly the surrender, the agreement and the clash."""
import json

from marsad.clean import Cleaner
from marsad.extract.step import EventExtractor
from marsad.model import Document
from marsad.pipeline import MetaStep

from marsad_testdata import SAMPLES


def _seed() -> Document:
    for line in (SAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["doc_id"] == "sample-raqqa-1":
            d = Document(text=rec["text"], title=rec["title"], site=rec["site"], published=rec["published"],
                         author=rec["author"])
            return EventExtractor()(MetaStep()(Cleaner()(d)))
    raise AssertionError("seed sample missing")


def test_seed_article_events():
    doc = _seed()
    got = sorted((e.event_type, e.sub_event_type) for e in doc.events)
    assert got == [
        ("Battles", "Armed clash"),
        ("Strategic developments", "Agreement"),
        ("Strategic developments", "Change to group/activity"),
    ], [(e.sub_event_type, e.evidence[0].text) for e in doc.events]


def test_seed_article_details():
    doc = _seed()
    by = {e.sub_event_type: e for e in doc.events}
    sur = by["Change to group/activity"]
    assert sur.actor1 == "Islamic State (Iraq and Syria)"
    assert sur.admin1 == "Ar-Raqqa" and sur.geo_precision == 1
    assert (sur.date_start, sur.date_end) == ("2017-10-13", "2017-10-14")
    assert "Reuters" in sur.claimed_by
    assert by["Agreement"].actor1 == "SDF: Syrian Democratic Forces"
    reasons = {d["reason"] for d in doc.dropped}
    assert any(r.startswith("modality:expectation") for r in reasons)
    assert any(r.startswith("modality:refusal") or r.startswith("modality:future") for r in reasons)
    assert [t["value"] for t in doc.totals] == [1500]


def test_related_headlines_yield_nothing():
    doc = _seed()
    assert "تدمر" not in doc.text
    assert all("دير الزور" not in e.evidence[0].text for e in doc.events)
