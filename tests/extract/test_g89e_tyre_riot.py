"""g89e: protesters burning tyres are a violent demonstration (ACLED: road-blocking, burning tyres), told by the verbal
noun or the imperfect verb (triggers tr-riot-56302..56307, trigger_refiners rf-riot-56300/56301); a sentence that names
its riot by «أعمال شغب» keeps that riot. Sentences composed for the test."""
from __future__ import annotations

from marsad.extract.step import EventExtractor
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-20"


def _events(text: str) -> list[tuple[str, list[str]]]:
    doc = EventExtractor()(MetaStep()(Document(text=text, published=PUB)))
    return [(e.sub_event_type, list(e.rule_ids)) for e in doc.events]


def test_protest_blocking_a_road_by_burning_tyres_is_a_riot():
    text = "وقطع المحتجون الطريق الرئيسي في مدينة الكوت بإحراق الإطارات يوم الخميس احتجاجا على انقطاع الكهرباء."
    evs = _events(text)
    assert evs
    assert all(sub == "Violent demonstration" for sub, _ in evs)
    assert any("tr-riot-56302" in rules or "rf-riot-56300" in rules for _, rules in evs)


def test_protesters_seen_burning_tyres_is_a_riot():
    text = "وشوهد متظاهرون يحرقون إطارات في مدينة الكوت الخميس احتجاجا على البطالة."
    evs = _events(text)
    assert any(sub == "Violent demonstration" and "tr-riot-56306" in rules for sub, rules in evs)
    assert all(sub != "Peaceful protest" for sub, _ in evs)


def test_tyres_burnt_without_protesters_make_no_riot():
    text = "وأعلن الدفاع المدني في مدينة الكوت الخميس إخماد حريق في مستودع بعد حرق إطارات قديمة فيه."
    evs = _events(text)
    assert all("tr-riot-56305" not in rules for _, rules in evs)


def test_quiet_protest_stays_peaceful():
    text = "وتظاهر المئات أمام مبنى المحافظة في مدينة الكوت الخميس احتجاجا على انقطاع الكهرباء."
    evs = _events(text)
    assert any(sub == "Peaceful protest" for sub, _ in evs)
