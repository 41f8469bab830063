"""g100a: a side joined by «و» to the side whose dead are counted before an act («مقتل 12 من قوات النظام، ومسلحين
موالين لها في تفجير»، «... وعناصر من المعارضة في هجوم») is more of the dead, not the act's agent (rule more-dead-67700).
Before, only the first side counted was set aside, and the second became the attacker of its own losses.
"""
from __future__ import annotations
import pytest
from marsad_testdata import events_of, pairs_of


PUB = "2018-08-14"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
SYR = "Military Forces of Syria (2000-)"
REB = "Opposition Rebels (Syria)"


@pytest.mark.parametrize("text, sub", [
    # a comma and «و» between the two sides counted
    ("قال ناشطون إنه قتل أمس 11 عنصرا من قوات النظام، وفصائل معارضة انضمت إلى التسوية، في تفجير انتحاري "
     "استهدف حاجزا قرب بلدة نوى.", SUI),
    # «و» + a members' noun + «من» before the second side
    ("أعلن المرصد مقتل 9 من عناصر الجيش السوري وعناصر من المعارضة أمس في هجوم بسيارة مفخخة استهدف حاجزا "
     "في بلدة نوى.", IED),
])
def test_second_side_counted_is_no_agent(extractor, text, sub):
    pairs = pairs_of(extractor, text, sub, PUB)
    assert pairs and all(a1 != REB for a1, _ in pairs)
    assert any(r == "more-dead-67700" for ev in events_of(extractor, text, sub, PUB) for r in ev.rule_ids)


def test_side_named_after_another_word_keeps_its_reading(extractor):
    # guard: a side after the dead not joined to them by «و» (the verb of the act stands between) is its agent
    text = ("أعلن المرصد مقتل 9 من عناصر الجيش السوري أمس في هجوم بسيارة مفخخة نفذته فصائل المعارضة قرب "
            "بلدة نوى.")
    assert pairs_of(extractor, text, IED, PUB) == [(REB, SYR)]


def test_clash_keeps_both_sides_counted(extractor):
    # guard: a clash counts both sides' dead and keeps both as its sides
    text = "قتل أمس 10 من عناصر قوات النظام وفصائل المعارضة في اشتباكات بين الطرفين قرب بلدة نوى."
    assert {frozenset(p) for p in pairs_of(extractor, text, "Armed clash", PUB)} == {frozenset((REB, SYR))}
