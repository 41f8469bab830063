"""g53d: a killing («قتل»، «مقتل») told "في هجوم لـ X" / "في هجوم شنه X" was done by X, the attack's owner; the
side read first (the dead's, or who announced them) is what the attack hit (step._attack_owner)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"
ISIS = "Islamic State (Iraq and Syria)"
SDF = "SDF: Syrian Democratic Forces"


def _battles(extractor, text):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [e for e in evs if e.event_type == "Battles"]


def test_owner_after_attack_noun_is_the_killer(extractor):
    # «للتنظيم» refers back to the organization named in the sentence before
    text = ("شن تنظيم داعش هجمات على قرى في ريف دير الزور الأسبوع الماضي. "
            "وقتل عنصر في قوات سوريا الديمقراطية في هجوم جديد للتنظيم الثلاثاء قرب بلدة هجين.")
    evs = [e for e in _battles(extractor, text) if e.fatalities == 1]
    assert evs
    assert all(e.actor1 == ISIS and e.actor2 == SDF for e in evs)


def test_owner_after_launching_verb_is_the_killer(extractor):
    # a guard: read right before this change too (the dead's side is counted with "من")
    text = "قتل مقاتل من قوات سوريا الديمقراطية الثلاثاء في كمين شنه تنظيم داعش قرب بلدة هجين في ريف دير الزور."
    evs = _battles(extractor, text)
    assert evs
    assert all(e.actor1 == ISIS and e.actor2 == SDF for e in evs)


def test_no_owner_without_li_or_launching_verb(extractor):
    # "هجوم على مواقع داعش": the side after the attack noun is what was attacked, not its owner
    text = "قتل مقاتل من قوات سوريا الديمقراطية الثلاثاء في هجوم على مواقع تنظيم داعش قرب بلدة هجين في ريف دير الزور."
    evs = _battles(extractor, text)
    assert all("actor1-attack-owner" not in e.rule_ids for e in evs)
