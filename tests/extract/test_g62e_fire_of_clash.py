"""Shelling told as going with a clash (branch g62e): «اشتباكات ... تترافق مع قصف متبادل» is one battle (ACLED: an
exchange in which both sides fight is an armed clash even when artillery is used in it), while shelling told before a
ground attack, or with no clash beside it, stays shelling."""
from __future__ import annotations

from marsad_testdata import read_doc

CLASH = ("Battles", "Armed clash")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _kinds(extractor, text: str) -> list[tuple[str, str]]:
    return sorted((e.event_type, e.sub_event_type) for e in read_doc(extractor, text, "2018-05-02").events)


def test_shelling_going_with_clashes_is_the_clash(extractor):
    text = ("واندلعت الثلاثاء اشتباكات عنيفة بين قوات النظام وفصائل المعارضة على أطراف بلدة كفرزيتا، "
            "ترافقت مع قصف مدفعي متبادل.")
    assert _kinds(extractor, text) == [CLASH]


def test_the_clash_named_after_the_verb(extractor):
    text = "وتترافق الاشتباكات مع قصف مكثف من قوات النظام على أطراف بلدة اللطامنة يوم الثلاثاء."
    assert _kinds(extractor, text) == [CLASH]


def test_shelling_before_a_ground_attack_and_shelling_alone_stay(extractor):
    before = "وشنت قوات النظام الثلاثاء قصفا مدفعيا عنيفا على بلدة اللطامنة ترافق مع هجوم بري."
    assert SHELL in _kinds(extractor, before)
    alone = "وسيطرت قوات النظام الثلاثاء على بلدة مورك بالتزامن مع قصف مدفعي على بلدة اللطامنة."
    assert SHELL in _kinds(extractor, alone)
