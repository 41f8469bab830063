"""An interception's object is no strike of its own (g100j, function_words met_object, rule 68600): a strike noun in
«ل» right after air defences' interception ("تصدت الدفاعات الجوية لهجوم صاروخي") is what the defences met; read as a
strike it took the defender for the attacker. A strike told in its own clause, with its agent, stays beside the
interception. Sentences composed for the test."""
from __future__ import annotations

import pytest

from marsad_testdata import SYR, subs_of, pairs_of

PUB = "2018-04-10"
DWU = "Disrupted weapons use"
STRIKES = {"Air/drone strike", "Shelling/artillery/missile attack"}
ISR = "Military Forces of Israel (1948-)"


@pytest.mark.parametrize("text", [
    # the verbal noun of the interception, the attack as its object
    "أفادت وسائل إعلام رسمية بتصدي الدفاعات الجوية لهجوم صاروخي قرب مدينة حمص فجر اليوم.",
    # a missile strike noun as the object of the verb
    "تصدت الدفاعات الجوية لضربة صاروخية استهدفت مطار الشعيرات في ريف حمص فجر اليوم.",
])
def test_met_object_is_the_interception_only(extractor, text):
    subs = subs_of(extractor, text, PUB)
    assert DWU in subs
    assert not STRIKES & set(subs)


def test_defender_is_not_the_attacker(extractor):
    text = "أفادت وسائل إعلام رسمية بتصدي الدفاعات الجوية لهجوم صاروخي قرب مدينة حمص فجر اليوم."
    for sub in STRIKES:
        assert all(a1 != SYR for a1, _ in pairs_of(extractor, text, sub, PUB))


def test_strike_told_in_its_own_clause_stays(extractor):
    # guard: the attacker's strike, told with its agent before the interception, is kept as the strike
    text = "استهدفت صواريخ إسرائيلية مطار التيفور في ريف حمص فجر اليوم، وتصدت الدفاعات الجوية لبعضها."
    strikes = [p for sub in STRIKES for p in pairs_of(extractor, text, sub, PUB)]
    assert strikes and strikes[0][0] == ISR


def test_met_object_needs_an_interception(extractor):
    # guard: «ل» + a strike noun with no interception before it stays a strike ("تعرض لهجوم صاروخي")
    text = "تعرض مطار الشعيرات في ريف حمص لهجوم صاروخي إسرائيلي فجر اليوم."
    assert STRIKES & set(subs_of(extractor, text, PUB))


def test_side_that_met_the_strike_is_not_its_attacker(extractor):
    # the strike told from the target's side, met in the same clause by the government's air defences (68601)
    text = ("أعلنت الحكومة السورية، الخميس، عن تعرض مطار الضبعة العسكري في محافظة حمص لقصف صاروخي تصدى له الدفاع "
            "الجوي السوري.")
    for sub in STRIKES:
        assert all(a1 != SYR for a1, _ in pairs_of(extractor, text, sub, PUB))
    assert DWU in subs_of(extractor, text, PUB)


def test_own_strike_beside_own_interception_stays(extractor):
    # guards: one side's interception told first, then its own strike; the government's shelling in a clause of its
    # own before its air defences bring down a drone
    first = "اعترضت إسرائيل طائرة إيرانية مسيرة فوق الجولان فجر اليوم ثم شنت غارات على مواقع إيرانية قرب دمشق."
    own_clause = "قصفت قوات النظام بلدة اللطامنة بالصواريخ، وأسقطت الدفاعات الجوية السورية طائرة مسيرة للمعارضة فوق حماة."
    assert [a1 for a1, _ in pairs_of(extractor, first, "Air/drone strike", PUB)][:1] == [ISR]
    assert [a1 for a1, _ in pairs_of(extractor, own_clause, "Shelling/artillery/missile attack", PUB)][:1] == [SYR]
