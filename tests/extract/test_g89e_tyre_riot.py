"""g89e: protesters burning tyres are a violent demonstration (ACLED: road-blocking, burning tyres), told by the verbal
noun or the imperfect verb (triggers tr-riot-56302..56307, trigger_refiners rf-riot-56300/56301); a sentence that names
its riot by «أعمال شغب» keeps that riot. Sentences composed for the test."""
from __future__ import annotations

from marsad_testdata import subs_and_rules

PUB = "2018-07-20"


def test_protest_blocking_a_road_by_burning_tyres_is_a_riot(extractor):
    text = "وقطع المحتجون الطريق الرئيسي في مدينة الكوت بإحراق الإطارات يوم الخميس احتجاجا على انقطاع الكهرباء."
    evs = subs_and_rules(extractor, text, PUB)
    assert evs
    assert all(sub == "Violent demonstration" for sub, _ in evs)
    assert any("tr-riot-56302" in rules or "rf-riot-56300" in rules for _, rules in evs)


def test_protesters_seen_burning_tyres_is_a_riot(extractor):
    text = "وشوهد متظاهرون يحرقون إطارات في مدينة الكوت الخميس احتجاجا على البطالة."
    evs = subs_and_rules(extractor, text, PUB)
    assert any(sub == "Violent demonstration" and "tr-riot-56306" in rules for sub, rules in evs)
    assert all(sub != "Peaceful protest" for sub, _ in evs)


def test_tyres_burnt_without_protesters_make_no_riot(extractor):
    text = "وأعلن الدفاع المدني في مدينة الكوت الخميس إخماد حريق في مستودع بعد حرق إطارات قديمة فيه."
    evs = subs_and_rules(extractor, text, PUB)
    assert all("tr-riot-56305" not in rules for _, rules in evs)


def test_quiet_protest_stays_peaceful(extractor):
    text = "وتظاهر المئات أمام مبنى المحافظة في مدينة الكوت الخميس احتجاجا على انقطاع الكهرباء."
    evs = subs_and_rules(extractor, text, PUB)
    assert any(sub == "Peaceful protest" for sub, _ in evs)
