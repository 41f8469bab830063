"""g98dd: «قتل» of captives (hostages, the abducted, detainees) with its agent named is an attack on civilians (ACLED:
people held by the killer's side are unarmed), though no civilian word is told. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import subs_and_rules, subs_of

PUB = "2018-04-10"


def test_captives_killed(extractor) -> None:
    text = "قتل مسلحو تنظيم داعش أربعة رجال من حرس الحدود في قرية البوحمدان يوم الاثنين بعد أيام من اختطافهم."
    assert ("Attack", True) in [(s, "tr-vac-61800" in r) for s, r in subs_and_rules(extractor, text, PUB)]


def test_hostages_killed(extractor) -> None:
    text = "قتل مسلحون مجهولون اثنين من الرهائن في مدينة الموصل يوم الأحد."
    assert "Attack" in subs_of(extractor, text, PUB)


def test_guard_captives_without_a_killing_are_no_attack(extractor) -> None:
    # captives told of a deal, no one killed: the captive words license nothing by themselves
    text = "أفرج تنظيم داعش عن ستة من الرهائن في مدينة الموصل يوم الأحد مقابل فدية."
    assert "Attack" not in subs_of(extractor, text, PUB)


def test_guard_soldiers_killed_in_fighting_stay_no_attack(extractor) -> None:
    text = "قتل مسلحو تنظيم داعش أربعة جنود في هجوم على قرية البوحمدان يوم الاثنين."
    assert "Attack" not in subs_of(extractor, text, PUB)


def test_guard_captors_killed_in_a_rescue_are_no_attack(extractor) -> None:
    # the army kills the kidnappers and frees the abducted: no attack on the captives
    text = "قتل الجيش العراقي ثلاثة مسلحين وحرر المختطفين في قرية البوحمدان يوم الاثنين."
    assert "Attack" not in subs_of(extractor, text, PUB)
