"""A nationality adjective right after the capital word («العاصمة السورية دمشق») names the capital's country, not the
side that fired: shells told falling on the held capital keep the held-places attacker (g98l; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import pairs_of

PUB = "2018-03-05"
SHELL = "Shelling/artillery/missile attack"
REB = "Opposition Rebels (Syria)"
SYR = "Military Forces of Syria (2000-)"


def _attackers(extractor, text):
    return {a1 for a1, _ in pairs_of(extractor, text, SHELL, PUB)}


def test_shells_falling_on_the_syrian_capital_are_the_rebels(extractor):
    text = "وتواصل سقوط قذائف على العاصمة السورية دمشق، وأصابت حي باب توما ما أدى إلى مقتل مدني."
    assert _attackers(extractor, text) == {REB}


def test_shells_on_the_capital_told_with_the_comma_are_the_rebels(extractor):
    text = "وقال الكرملين إن المسلحين يطلقون عشرات القذائف على العاصمة السورية، دمشق، كل يوم."
    assert _attackers(extractor, text) == {REB}


def test_gunmen_firing_on_the_syrian_capital_are_not_the_state(extractor):
    text = "وأطلق مسلحون من الغوطة قذائف على العاصمة السورية دمشق مساء الأحد."
    assert SYR not in _attackers(extractor, text)


def test_guard_a_named_syrian_force_still_fires(extractor):
    # the force's own adjective («القوات السورية») is not after the capital word: it stays the attacker
    text = "قصفت القوات السورية بقذائف المدفعية بلدة كفربطنا في الغوطة الشرقية قرب العاصمة دمشق الأحد."
    assert _attackers(extractor, text) == {SYR}
