"""g104h: an act placed at its country or province when a later sentence of the report retells it at a town:
the retold happening's window to the place leaves out the day told between the verb and the place («ووقع الهجوم،
مساء الأحد، قرب X»), and the noun may be followed by a relative pronoun («قتلوا في الهجوم الذي وقع ... في مدينة X»)
when the act told before was told by the same noun and no word of reason heads it (places.retold_place). A town the
gazetteer lacked (places_extra pl-53050 آمرلي). Composed sentences."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc


def _placed(extractor, text: str, pub: str, sub: str) -> list:
    return [(e.location, e.rule_ids) for e in read_doc(extractor, text, pub).events if e.sub_event_type == sub]


@pytest.mark.parametrize("text, pub, sub, where", [
    # a day and two commas between the verb and the place
    ("قتل مسلحون 15 شخصا في محافظة صلاح الدين مساء الأحد.\nووقع الهجوم، مساء الأحد، على طريق رئيسي قرب قضاء بيجي.",
     "2018-03-12", "Attack", "Bayjī"),
    # the relative clause, the act told before by the same noun («هجوما كيماويا»)
    ("قالت منظمات إن هجوما كيماويا وقع في سوريا يوم السبت.\nوقال مسعفون إن 30 شخصا قتلوا في الهجوم الذي وقع في "
     "ساعة متأخرة من مساء السبت في مدينة حرستا.", "2018-04-09", "Chemical weapon", "Ḩarastā"),
    # a town the gazetteer lacked, retold after a day
    ("قتل مسلحون ثمانية مدنيين في العراق مساء الأحد.\nووقع الهجوم، مساء الأحد، على طريق رئيسي قرب ناحية آمرلي.",
     "2018-03-12", "Attack", "Amirli"),
])
def test_an_act_retold_at_a_town_is_placed_there(extractor, text, pub, sub, where):
    got = _placed(extractor, text, pub, sub)
    assert [loc for loc, _ in got] == [where], got
    assert "place-retold" in got[0][1]


@pytest.mark.parametrize("text, pub, sub", [
    # the relative clause after a word of reason is the answered happening's, not the act's
    ("قالت منظمات إن هجوما كيماويا وقع في سوريا يوم السبت.\nوقال مسؤولون إن الرئيس هدد بالرد على الهجوم الذي وقع "
     "في مدينة حرستا.", "2018-04-09", "Chemical weapon"),
    # the act told before by another noun («غارات») is not what «الهجوم الذي وقع» retells
    ("شنت طائرات حربية غارات على مواقع في سوريا فجر السبت.\nوقال مسعفون إن 30 شخصا قتلوا في الهجوم الذي وقع "
     "مساء الجمعة في مدينة حرستا.", "2018-04-09", "Air/drone strike"),
])
def test_a_relative_clause_of_another_happening_is_not_retold(extractor, text, pub, sub):
    got = _placed(extractor, text, pub, sub)
    assert got and all("place-retold" not in rules for _, rules in got), got
