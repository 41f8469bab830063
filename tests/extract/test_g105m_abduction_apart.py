"""g105m (Violence against civilians recall and precision): an abduction told apart from a raid's killings.

Mentions of one document's attack on civilians and abduction at one place and day merged into one event, the attack
winning by severity (event_types.tsv: an abduction whose victims are killed is an attack). An abduction told in a
sentence of its own, beside an attack whose sentences name no captive, is another happening: ACLED codes the women
and children taken during a raid as an Abduction apart from the raid's killings (merge._taken_apart). An attack told of
captives («أعدم أحد الرهائن») or one sentence telling both stays one event. An abduction counts no dead: the dead told
with it are the attack's (taken-apart-99000)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-27"  # a Friday
VAC = "Violence against civilians"
ABD = "Abduction/forced disappearance"


def _vac(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == VAC]


def test_women_taken_during_a_raid_are_an_abduction_apart_from_its_killings(extractor):
    text = ("قال المرصد إن الهجوم استهدف القرى المأهولة بالسكان في ريف السويداء الأربعاء. "
            "وأضاف أن تنظيم داعش خطف أربعين امرأة وطفلا أثناء هجومه على القرى.")
    evs = _vac(extractor, text)
    assert sorted(e.sub_event_type for e in evs) == [ABD, "Attack"]


def test_the_abduction_counts_none_of_the_raids_dead(extractor):
    text = ("وكان أكثر من مئة شخص قد قتلوا الأربعاء، وخطف نحو عشرين درزيا، بين نساء وأطفال، في هجوم على أيدي مسلحي "
            "التنظيم في ريف السويداء.")
    abd = [e for e in _vac(extractor, text) if e.sub_event_type == ABD]
    assert len(abd) == 1 and abd[0].fatalities == 0
    assert "taken-apart-99000" in abd[0].rule_ids


def test_guard_abducted_and_killed_in_one_sentence_is_one_attack(extractor):
    text = "اختطف مسلحون مجهولون ثلاثة مدنيين على طريق الباب الأربعاء وقتلوهم بالرصاص."
    evs = _vac(extractor, text)
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_the_raids_toll_told_with_the_abduction_goes_to_the_attack(extractor):
    text = ("قال المرصد إن الهجوم استهدف القرى المأهولة بالسكان في ريف السويداء الأربعاء. وكان أكثر من مئة شخص قد قتلوا "
            "الأربعاء، وخطف نحو عشرين درزيا، بين نساء وأطفال، في هجوم على أيدي مسلحي التنظيم في ريف السويداء.")
    evs = {e.sub_event_type: e for e in _vac(extractor, text)}
    assert set(evs) == {ABD, "Attack"}
    assert evs[ABD].fatalities == 0 and evs["Attack"].fatalities == 100


def test_guard_hostages_executed_in_the_next_sentence_are_one_attack(extractor):
    text = ("وقال المسؤول إن التنظيم احتجز نحو مئتي شخص كرهائن في ريف دير الزور الأربعاء. "
            "وأضاف أن التنظيم أعدم عشرة منهم في ريف دير الزور الأربعاء.")
    evs = _vac(extractor, text)
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_a_tried_abduction_took_no_one(extractor):
    text = "وقال المصدر إن المجموعة المسلحة حاولت اختطاف الطبيبة في بغداد الأربعاء."
    assert not _vac(extractor, text)
    dropped = read_doc(extractor, text, PUB).dropped
    assert any(d["reason"] == "modality:intention" and d["rule_id"] == "tr-abd-2" for d in dropped)
