"""g100al: mends of review 3 on the claim of an attack (claims.responsibility_claims, _claims_told; step._claimed_agent,
_claims_by_unit) and on the owner of positions hit (step._owns_by_name, _launched_from_owned). Composed sentences."""
from __future__ import annotations

import pytest
from marsad_testdata import ISIS as IS, events_of

PUB, IED, AIR = "2018-05-10", "Remote explosive/landmine/IED", "Air/drone strike"
HTS, IRAN = "HTS: Hayat Tahrir al Sham", "Military Forces of Iran (1989-)"
IDLIB = "قتل ثلاثة مدنيين في انفجار سيارة مفخخة في مدينة إدلب، "


@pytest.mark.parametrize("text", [
    # item 1: blame and denial are no claims
    IDLIB + "وأعلنت هيئة تحرير الشام تحميلها النظام مسؤولية الانفجار.",
    IDLIB + "وأعلنت هيئة تحرير الشام عدم مسؤوليتها عن الانفجار.",
    IDLIB + "وأعلنت هيئة تحرير الشام أن لا مسؤولية لها عن الانفجار.",
])
def test_blame_or_denial_is_no_claim(extractor, text):
    evs = events_of(extractor, text, IED, PUB)
    assert evs and all(ev.actor1 != HTS for ev in evs)


def test_claim_in_its_sentence_still_read(extractor):  # guard for item 1
    evs = events_of(extractor, IDLIB + "وأعلنت هيئة تحرير الشام مسؤوليتها عن الانفجار.", IED, PUB)
    assert evs and all(ev.actor1 == HTS and "claim-69900" in ev.rule_ids for ev in evs)


@pytest.mark.parametrize("text", [
    # item 1: a day between the name and «مسؤوليته», commas as tokens
    "قتل أربعة أشخاص في انفجار سيارة مفخخة في مدينة تكريت. وأعلن تنظيم داعش، السبت، مسؤوليته عن الهجوم.",
    # item 4: «عن» + a trigger in construct
    "قتل أربعة أشخاص في انفجار سيارة مفخخة في مدينة تكريت. وأعلن تنظيم داعش مسؤوليته عن تفجير السيارة.",
])
def test_later_claim_of_the_attack(extractor, text):
    evs = events_of(extractor, text, IED, PUB)
    assert evs and all(ev.actor1 == IS and "claim-69901" in ev.rule_ids for ev in evs)


@pytest.mark.parametrize("text", [
    # item 2: a claim of a new act in the attack's own sentence
    "قتل أربعة أشخاص بانفجار عبوة ناسفة في مدينة تكريت، فيما تبنى تنظيم داعش هجوما آخر على الشرطة في كركوك.",
    # item 3: «تبناه» claims its own sentence's attack; «الذي» is no happening told
    "قتل جنديان بانفجار عبوة ناسفة في مدينة تكريت. وفي مدينة كركوك، قتل ثلاثة مدنيين في هجوم انتحاري تبناه تنظيم "
    "داعش الذي ينشط في المنطقة.",
])
def test_claim_of_another_attack(extractor, text):
    evs = [ev for ev in events_of(extractor, text, IED, PUB) if "تكريت" in ev.evidence[0].text]
    assert evs and all(ev.actor1 != IS for ev in evs)


@pytest.mark.parametrize("text", [
    # item 5: «غارات» is the strike verb's subject, not another act between it and the owner
    "وتنتشر القوات الإيرانية في مدينة الميادين، وقد استهدفت غارات مواقع يعتقد أنها تابعة لإيران.",
    # item 6: «عددا من» is partitive, no launch site
    "وتنتشر القوات الإيرانية في مدينة الميادين، وقد استهدفت الطائرات عددا من المواقع التابعة لإيران.",
])
def test_owner_is_the_target(extractor, text):
    evs = events_of(extractor, text, AIR, PUB)
    assert evs and all(ev.actor1 != IRAN and ev.actor2 == IRAN for ev in evs)


def test_launched_from_owned_positions_kept(extractor):  # guard for item 6
    text = "وتنتشر القوات الإيرانية في مدينة الميادين، وقد قصفت الطائرات البلدة انطلاقا من مواقع تابعة لإيران."
    evs = events_of(extractor, text, AIR, PUB)
    assert evs and all(ev.actor1 == IRAN for ev in evs)
