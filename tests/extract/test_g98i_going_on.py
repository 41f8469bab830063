"""g98i: a clash noun beside a present verb of fighting going on («تدور اشتباكات»، «يجري القتال») with no day of its own
is the report's news (gate lift GOING_ON); a taking it is told with keeps its sub-type; a war named is still no clash."""
from __future__ import annotations

from marsad_testdata import subs_and_rules, subs_of

PUB = "2018-05-10"


def test_fighting_going_on_in_the_town_is_a_clash(extractor):
    text = ("تقدمت قوات النظام في ريف درعا الغربي. وأشار المرصد إلى أن قوات النظام وصلت إلى بلدة نوى معقل الفصائل "
            "حيث يجري القتال داخل البلدة.")
    got = subs_and_rules(extractor, text, PUB)
    assert any(s == "Armed clash" and "going-on" in r for s, r in got)


def test_clashes_going_on_now_between_two_towns(extractor):
    text = "خرقت الفصائل الهدنة في ريف درعا. وتدور اشتباكات حاليا بين بلدة نوى وبلدة الشيخ مسكين."
    assert "Armed clash" in subs_of(extractor, text, PUB)


def test_taking_told_with_fighting_going_on_stays_a_taking(extractor):
    text = ("أعلن الجيش السوري الخميس سيطرته على بلدة نوى في ريف درعا الغربي. وقال المرصد إن القوات الحكومية سيطرت "
            "على البلدة فجر الخميس وتدور اشتباكات في محيطها.")
    subs = subs_of(extractor, text, PUB)
    assert "Government regains territory" in subs


def test_war_going_on_in_general_is_no_clash(extractor):
    text = "وقال الوزير إن بلاده لا تتدخل في الحرب التي تدور في المنطقة منذ سنوات."
    assert "Armed clash" not in subs_of(extractor, text, PUB)
