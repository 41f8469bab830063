"""A missile or shell told as the subject of «دمر*» or «طال*» (g98s, tr-shell-60700..60707): «صواريخ دمرت مبنى في X»
with no day of its own was the weak noun alone (below the floor) and «دمرت» needed air defences; the noun-first phrase is
the strike, as «صواريخ أصابت» (tr-shell-306) already was. Verb-first «دمرت صواريخ» stays the interception."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc, subs_and_rules

PUB = "2018-06-20"
SHELL = "Shelling/artillery/missile attack"


def _shell_rules(extractor, text: str) -> list[str]:
    return [r for s, rs in subs_and_rules(extractor, text, PUB) if s == SHELL for r in rs]


# (composed sentence, the new row that must read it as a strike)
CASES = [
    ("وقالت الوكالة إن عددا من الصواريخ دمرت مبنى مركز الأبحاث في بلدة الحراك بريف درعا.", "tr-shell-60700"),
    ("وقالت الوكالة إن صاروخ دمر منزلا في بلدة الحراك.", "tr-shell-60701"),
    ("وقالت مصادر محلية إن قذيفة دمرت منزلا في بلدة الحراك.", "tr-shell-60704"),
    ("وقالت الوكالة إن صواريخ طالت مواقع عسكرية في بلدة الحراك بريف درعا.", "tr-shell-60705"),
]


@pytest.mark.parametrize("text,rule", CASES)
def test_projectile_subject_of_destroy_or_reach_is_a_strike(extractor, text, rule):
    assert rule in _shell_rules(extractor, text)


def test_guard_counted_missiles_launched_keep_their_strike(extractor):
    # no «صاروخا» phrase head: the counted accusative still reads as tr-shell-12
    text = "وقال الجيش إن القوات أطلقت 20 صاروخا صباح الخميس على مواقعه في بلدة الحراك."
    assert "tr-shell-12" in _shell_rules(extractor, text)


def test_guard_weapons_test_and_interception_stay_as_before(extractor):
    # a weapons test has no target place: no event
    assert read_doc(extractor, "وأعلن الجيش أن الصواريخ دمرت أهدافها خلال التجربة في الصحراء.", PUB).events == []
    # verb-first: the air defences destroyed the missiles (interception, not a strike by the new rows)
    text = "وقالت الدفاعات الجوية إنها دمرت صواريخ أطلقت على مطار الضمير يوم الأحد."
    rules = [r for _, rs in subs_and_rules(extractor, text, PUB) for r in rs]
    assert not any(r.startswith("tr-shell-607") for r in rules)
    assert "Disrupted weapons use" in [s for s, _ in subs_and_rules(extractor, text, PUB)]
