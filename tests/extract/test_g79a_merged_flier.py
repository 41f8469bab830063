"""g79a: a merged air strike whose agent is the country's default takes the one state whose aircraft or strikes one of
its sentences names by a nisba («غارات يرجح أن طائرات روسية نفذتها»); two states joined («روسية أو سورية») keep the
default. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of, RUS

PUB = "2018-03-15"
AIR = "Air/drone strike"


def test_a_sibling_sentence_names_the_states_aircraft(extractor):
    text = ("قتل 20 مدنيا الأربعاء في غارات استهدفت سوقا شعبية في بلدة سراقب بمحافظة إدلب.\n\n"
            "وقال ناشطون إن القتلى سقطوا في غارات يرجح أن طائرات روسية نفذتها على بلدة سراقب الأربعاء.")
    evs = events_of(extractor, text, AIR, PUB)
    assert evs and all(e.actor1 == RUS for e in evs)
    assert any("flier-merged" in e.rule_ids for e in evs)


def test_two_states_joined_keep_the_default(extractor):
    text = ("قتل 20 مدنيا الأربعاء في غارات استهدفت سوقا شعبية في بلدة سراقب بمحافظة إدلب.\n\n"
            "وقال ناشطون إن القتلى سقطوا في غارات لم يعرف إن كانت طائراتها روسية أو سورية على بلدة سراقب الأربعاء.")
    evs = events_of(extractor, text, AIR, PUB)
    assert evs and all("flier-merged" not in e.rule_ids for e in evs)
