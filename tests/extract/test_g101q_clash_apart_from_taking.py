"""g101q: a taking and a clash of one place told as two acts stay two events (merge._clash_apart_from_taking, rule id
clash-apart-73100): the taking told as a happening (its place taken, or its own day) and, in another sentence, fighting
told with a counted toll of its own or on another day; the dead go with the clash. A clash noun naming the campaign
(«المعارك» with no day), fighting told as what brought the taking, or a storming on the taking's day stay one event.
Composed sentences."""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc, subs_and_rules

TOLL_APART = ("سيطرت قوات النظام السوري يوم الجمعة على بلدة اللطامنة في ريف حماة الشمالي. وقال المرصد إن اشتباكات "
              "عنيفة مع مقاتلي المعارضة قتل فيها 20 منهم دارت في البلدة.")
GOING_ON = ("سيطر تنظيم داعش، الخميس، على بلدة الصالحية في ريف دير الزور الشرقي. وتدور حاليا معارك في وسط البلدة "
            "أوقعت 30 قتيلا على الأقل من قوات النظام.")
DAY_BEFORE = ("قال التلفزيون الرسمي الأحد إن قوات النظام استعادت السيطرة على بلدة اللطامنة في ريف حماة. ودارت اشتباكات "
              "عنيفة بين قوات النظام والفصائل في بلدة اللطامنة السبت.")


@pytest.mark.parametrize("text, published, taken, dead", [
    (TOLL_APART, "2018-05-05", "Government regains territory", 20),
    (GOING_ON, "2018-06-08", "Non-state actor overtakes territory", 30),
    (DAY_BEFORE, "2018-05-06", "Government regains territory", 0),
])
def test_clash_told_as_its_own_act_beside_a_taking_is_a_second_event(extractor, text: str, published: str,
                                                                        taken: str, dead: int) -> None:
    doc = read_doc(extractor, text, published)
    battles = {e.sub_event_type: e for e in doc.events if e.event_type == "Battles"}
    assert sorted(battles) == sorted(["Armed clash", taken])
    assert "clash-apart-73100" in battles["Armed clash"].rule_ids
    # the dead go with the clash, none with the taking
    assert (battles["Armed clash"].fatalities, battles[taken].fatalities) == (dead, 0)


@pytest.mark.parametrize("text", [
    # «المعارك» with no day of its own names the fighting of the campaign: one event, its dead with the taking
    "سيطرت قوات النظام السوري يوم الجمعة على بلدة اللطامنة في ريف حماة الشمالي. وقال المرصد إن 20 من المسلحين "
    "قتلوا في المعارك.",
    # «بعد اشتباكات» in the taking's own sentence is its background
    "سيطرت قوات النظام السوري يوم الجمعة على بلدة اللطامنة بعد اشتباكات عنيفة مع فصائل المعارضة.",
    # a storming with no toll on the taking's own day is the taking told twice
    "اقتحمت قوات النظام السوري بلدة اللطامنة الجمعة. وسيطرت قوات النظام على بلدة اللطامنة بعد طرد المسلحين منها "
    "الجمعة.",
])
def test_taking_with_its_background_fighting_stays_one_event(extractor, text: str) -> None:
    got = [(s, rules) for s, rules in subs_and_rules(extractor, text, "2018-05-05")]
    assert len(got) == 1
    assert "clash-apart-73100" not in got[0][1]
