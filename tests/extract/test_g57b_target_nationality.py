"""g57b: a nationality adjective after a definite noun of positions hit («القواعد الإيرانية»، «المركز الإيراني») names the
target's owner, not the attacker; the party told of a strike beforehand («أبلغت واشنطن موسكو») is not its attacker; a
feminine dual adjective («طائرتين إسرائيليتين») names a side, so an armed speaker who tells of another side's strike is
no attacker."""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-01"
IRAN, RUSSIA, USA, ISRAEL = ("Military Forces of Iran (1989-)", "Military Forces of Russia (2000-)",
                             "Military Forces of the United States (2017-2021)", "Military Forces of Israel (1948-)")


def _strikes(extractor, text):
    evs = read_doc(extractor, text, PUB).events
    return [e for e in evs if e.event_type == "Explosions/Remote violence"]


def test_definite_bases_with_a_nationality_adjective_are_the_target(extractor):
    evs = _strikes(extractor, "استهدفت الغارات القواعد الإيرانية قرب البوكمال يوم الأحد.")
    assert len(evs) == 1
    assert evs[0].actor1 != IRAN and evs[0].actor2 == IRAN


def test_a_centre_named_before_the_strike_is_owned_not_the_attacker(extractor):
    evs = _strikes(extractor, "وأكد المصدر إصابة مسؤول المركز الإيراني، نتيجة سقوط صواريخ عدة على المركز الإيراني "
                              "قرب مدينة مصياف يوم الأحد.")
    assert len(evs) == 1
    assert evs[0].actor1 != IRAN and evs[0].actor2 == IRAN


def test_the_party_notified_before_a_strike_is_not_its_attacker(extractor):
    evs = _strikes(extractor, "وأبلغت واشنطن موسكو قبل الضربة الصاروخية على مطار الشعيرات في ريف حمص يوم السبت.")
    assert len(evs) == 1
    assert evs[0].actor1 == USA


def test_the_party_notified_after_the_notifier_told_first(extractor):
    evs = _strikes(extractor, "وقال المتحدث إن إسرائيل أخطرت روسيا مسبقا بضربات الخميس على مواقع في القنيطرة.")
    assert len(evs) == 1
    assert evs[0].actor1 == ISRAEL


def test_an_armed_speaker_telling_of_two_foreign_jets_is_not_the_attacker(extractor):
    evs = _strikes(extractor, "قال الجيش الروسي إن طائرتين إسرائيليتين قصفتا مطار التيفور في ريف حمص يوم الاثنين.")
    assert len(evs) == 1
    assert evs[0].actor1 == ISRAEL
