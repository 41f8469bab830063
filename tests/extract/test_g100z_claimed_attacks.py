"""g100z: the group that claimed an attack is its actor1, as ACLED codes it (claims.responsibility_claims,
step._claimed_agent, rule ids claim-69900 in the attack's sentence, claim-69901 in one of the next two); the
responsibility it claims is no part of the claimant's name in claimed_by (claims._claim_stop).
"""
from __future__ import annotations

import pytest
from marsad_testdata import ISIS as IS, events_of, pairs_of

PUB, SUI, IED = "2018-05-10", "Suicide bomb", "Remote explosive/landmine/IED"
UNIDENTIFIED = "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize("text, sub, rule", [
    # the claimant named in a relative clause after the act
    ("قتل 5 مدنيين في انفجار سيارة مفخخة في مدينة الموصل أمس، في هجوم تبناه تنظيم داعش.", IED, "claim-69900"),
    ("أدى هجوم انتحاري في سوق مدينة تكريت تبناه تنظيم \"الدولة الإسلامية\" الأحد إلى مقتل 12 شخصا.", SUI, "claim-69900"),
    # the claim told in a later sentence, of the attack told before («عن الهجوم»، «الهجوم»)
    ("قتل 4 أشخاص أمس لدى انفجار عبوة ناسفة في سيارتهم قرب مدينة الموصل. وقالت الشرطة إن الضحايا مدنيون. "
     "وأعلن تنظيم داعش مسؤوليته عن الهجوم.", IED, "claim-69901"),
    ("قتل 4 أشخاص أمس لدى انفجار عبوة ناسفة في سيارتهم قرب مدينة الموصل. وتبنى تنظيم داعش الهجوم في بيان.",
     IED, "claim-69901"),
])
def test_claimant_is_the_agent(extractor, text, sub, rule):
    evs = events_of(extractor, text, sub, PUB)
    assert evs and all(ev.actor1 == IS and rule in ev.rule_ids for ev in evs)


@pytest.mark.parametrize("text", [
    # no claim: nobody claimed it, IS only named as active in the area
    "قتل 4 أشخاص أمس لدى انفجار عبوة ناسفة في سيارتهم قرب مدينة الموصل، ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى "
    "الآن، لكن تنظيم داعش ينشط في المنطقة.",
    # a claim denied
    "قتل 4 أشخاص أمس لدى انفجار عبوة ناسفة في سيارتهم قرب مدينة الموصل. ونفى تنظيم داعش مسؤوليته عن الهجوم.",
    # a claim of other attacks, told as background
    "قتل 4 أشخاص أمس لدى انفجار عبوة ناسفة في سيارتهم قرب مدينة الموصل. وشهدت المدينة خمسة تفجيرات هذا العام، "
    "وأعلن تنظيم داعش مسؤوليته عن ثلاثة منها.",
])
def test_no_claim_keeps_the_default(extractor, text):
    pairs = pairs_of(extractor, text, IED, PUB)
    assert pairs and all(a1 == UNIDENTIFIED for a1, _ in pairs)


def test_named_bomber_is_kept(extractor):
    # guard: an agent read in the sentence is not replaced by a claimant named elsewhere
    text = ("فجر مسلحون من تنظيم داعش أمس عبوة ناسفة بدورية للشرطة قرب مدينة الموصل. "
            "وتبنت جماعة أنصار الإسلام هجوما آخر في كركوك.")
    evs = events_of(extractor, text, IED, PUB)
    assert evs and all("claim-69900" not in ev.rule_ids and "claim-69901" not in ev.rule_ids for ev in evs)


def test_claimed_responsibility_is_not_the_claimants_name(extractor):
    text = "وأعلن تنظيم داعش مسؤوليته عن تفجير انتحاري استهدف سوقا في مدينة الرمادي أمس."
    evs = events_of(extractor, text, SUI, PUB)
    assert evs and all(ev.actor1 == IS for ev in evs)
    assert all(not any("مسؤولي" in c for c in ev.claimed_by) for ev in evs)
    assert any("تنظيم داعش" in c for ev in evs for c in ev.claimed_by)
