"""g100v: IS read as the only side of a bombing whose doer went unread is its claimant, suspect or background, never
what the bomb hit (actor_roles.tsv ar-69500, ar-69501, rule agentless-not-target). Before, the Unidentified default
took actor1 and IS stayed actor2, the target of its own or an unclaimed bombing.
"""
from __future__ import annotations

import pytest
from marsad_testdata import events_of, pairs_of

PUB = "2018-05-10"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
IS = "Islamic State (Iraq and Syria)"


@pytest.mark.parametrize("text, sub, rule", [
    # the claimant named after the act
    ("أدى تفجير انتحاري في سوق بلدة الشدادي تبناه تنظيم داعش أمس إلى مقتل 9 أشخاص وإصابة آخرين.", SUI, "ar-69501"),
    # an unclaimed car bomb, IS named as the one that does such attacks
    ("انفجرت سيارة مفخخة أمس قرب مطعم في مدينة بيجي، ولم تعلن أي جهة مسؤوليتها، لكن تنظيم داعش ينفذ هجمات مشابهة.",
     IED, "ar-69500"),
])
def test_is_beside_an_agentless_bombing_is_no_target(extractor, text, sub, rule):
    pairs = pairs_of(extractor, text, sub, PUB)
    assert pairs and all(a2 != IS for _, a2 in pairs)
    assert any(rule in ev.rule_ids for ev in events_of(extractor, text, sub, PUB))


def test_named_bomber_keeps_is_as_target(extractor):
    # guard: a bomber read in the sentence leaves IS the target of its bomb
    text = "فجر مقاتلون من الجيش السوري الحر أمس عبوة ناسفة بسيارة تقل عناصر من تنظيم داعش قرب بلدة الشدادي."
    pairs = pairs_of(extractor, text, IED, PUB)
    assert pairs and all(a2 == IS for _, a2 in pairs)
    assert not any("ar-69500" in ev.rule_ids for ev in events_of(extractor, text, IED, PUB))


def test_is_as_bomber_stays_agent(extractor):
    # guard: IS read as the agent is not touched (the row drops a target only)
    text = "فجر تنظيم داعش أمس عبوة ناسفة بسيارة تقل عناصر من الشرطة قرب بلدة الشدادي."
    pairs = pairs_of(extractor, text, IED, PUB)
    assert pairs and all(a1 == IS for a1, _ in pairs)


def test_shelling_of_is_keeps_its_target(extractor):
    # guard: the rows are the bombings' only; a shelling with no agent read still falls on IS
    text = "قصفت المدفعية أمس مواقع تنظيم داعش في محيط بلدة الشدادي."
    evs = [e for e in events_of(extractor, text, "Shelling/artillery/missile attack", PUB)]
    assert all(not {"ar-69500", "ar-69501"} & set(e.rule_ids) for e in evs)
