"""g100m: a strike whose sentence names no agent borrows one from the report (actor-fallback, actor-document); when the
target is the government's positions, the force the report names most may be the government's own ally (Iran,
Hezbollah, whose men were hit in the lead). The ally is never the striker of its partner's positions: the reverse
"ally-struck" rows (actor_roles.tsv 68900-68903) hand the strike to the own-site reading (the lender the report names,
else an unidentified force). A striker the report tells (Israel) and a borrowed agent of another side stay.
"""
from __future__ import annotations

from marsad_testdata import SYR, read_doc

PUB = "2018-05-20"
IRN = "Military Forces of Iran (1989-)"
HZB = "Hezbollah"
ISR = "Military Forces of Israel (1948-)"
HTS = "HTS: Hayat Tahrir al Sham"
UMF = "Unidentified Military Forces"


def _at(extractor, text: str, location: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(e.actor1, e.actor2, list(e.rule_ids)) for e in read_doc(extractor, text, PUB).events
            if e.location == location]


def test_iranian_lead_is_not_the_striker_of_regime_positions(extractor):
    got = _at(extractor, "قتل سبعة من عناصر الحرس الثوري الإيراني في قصف على ريف حماة. وقالت المصادر إن قذائف سقطت "
                         "على مواقع قوات النظام في محيط بلدة صوران.", "Şūrān")
    assert [(a1, a2) for a1, a2, _ in got] == [(UMF, SYR)]
    assert "68901" in got[0][2]


def test_hezbollah_lead_is_not_the_striker_of_regime_positions(extractor):
    got = _at(extractor, "قتل خمسة من عناصر حزب الله في قصف على ريف حماة. وأوضحت المصادر أن قذائف سقطت على مواقع "
                         "لقوات النظام قرب بلدة صوران.", "Şūrān")
    assert got and got[0][0] != HZB and got[0][1] == SYR
    assert "68903" in got[0][2]


def test_striker_told_elsewhere_is_kept(extractor):
    """«الطائرات الإسرائيلية» in the lead: the report tells who fired, a coder infers it for the next sentence."""
    got = _at(extractor, "قصفت الطائرات الإسرائيلية مواقع في ريف حماة قتل فيها خمسة من عناصر حزب الله. وأوضحت المصادر "
                         "أن صواريخ سقطت على مواقع لقوات النظام قرب بلدة صوران.", "Şūrān")
    assert [(a1, a2) for a1, a2, _ in got] == [(ISR, SYR)]
    assert not any(r.startswith("689") for r in got[0][2])


def test_borrowed_agent_of_the_other_side_is_kept(extractor):
    got = _at(extractor, "شنت هيئة تحرير الشام هجوما على ريف حماة. وسقطت قذائف على مواقع لقوات النظام في بلدة صوران.",
              "Şūrān")
    assert [(a1, a2) for a1, a2, _ in got] == [(HTS, SYR)]


def test_ally_read_as_the_agent_is_kept(extractor):
    got = _at(extractor, "وقال الجيش الإسرائيلي إن إيران أطلقت عشرين صاروخا على مواقع لقوات النظام قرب بلدة صوران.",
              "Şūrān")
    assert [(a1, a2) for a1, a2, _ in got] == [(IRN, SYR)]
