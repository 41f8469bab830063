"""g100r: mends of the review of this session's code (items 1-4 of the review findings), on composed sentences."""
from __future__ import annotations

from marsad_testdata import fields_of

PUB = "2018-03-06"
SYRIA = "Military Forces of Syria (2000-)"
IS = "Islamic State (Iraq and Syria)"
SDF = "SDF: Syrian Democratic Forces"


def _where(extractor, text: str) -> list[tuple]:
    return fields_of(extractor, text, PUB, "sub_event_type", "location")


def test_plural_town_outside_its_lists_province_is_no_place(extractor):
    # item 1: «قرى البستان» read Elbistan (Turkey) though the list is told «في ريف حماة»
    got = _where(extractor, "استهدفت المدفعية أمس قرى البستان والزعفرانية في ريف حماة الشمالي.")
    assert got and all(loc != "Elbistan" for _, loc in got)


def test_plural_town_in_its_lists_province_kept(extractor):
    # guard: al-Harra of Dar'a lies in the list's province: still read after «بلدات»
    got = _where(extractor, "دخلت قوات النظام السوري أمس بلدات الحارة وطفس في ريف درعا.")
    assert "Al-Harra" in [loc for _, loc in got]


def _clash_actor1(extractor, text: str) -> list:
    return [a for s, a in fields_of(extractor, text, PUB, "sub_event_type", "actor1") if s == "Armed clash"]


def test_repelled_attack_noun_of_another_clause_names_no_attacker(extractor):
    # item 2: the attacks of the «بينما» clause are IS's on the SDF, not the attack the rebels repelled
    got = _clash_actor1(extractor, "تصدت فصائل المعارضة لقوات النظام قرب مدينة دوما، بينما شن تنظيم داعش هجمات على "
                                   "مواقع قسد شرق الفرات.")
    assert SYRIA in got and SDF not in got and IS not in got


def test_repelled_attack_noun_after_bedda_is_another_act(extractor):
    # item 2: «بعد هجمات لتنظيم داعش» tells an earlier act, not who the army repelled
    got = _clash_actor1(extractor, "تصدت قوات النظام لمقاتلي المعارضة في ريف درعا، بعد هجمات شنها تنظيم داعش هناك.")
    assert IS not in got


def test_sending_told_again_with_its_town_keeps_the_event(extractor):
    # item 3: the first sending names no destination; merged with the second (at Tall Rif'at) it dropped both
    got = _where(extractor, "نشرت روسيا عشرات الجنود قرب خطوط التماس. ونشرت روسيا الجنود في مدينة تل رفعت الخميس.")
    assert [s for s, _ in got] == ["Change to group/activity"] and "Rif" in (got[0][1] or "")


def test_sending_with_no_destination_alone_stays_dropped(extractor):
    # guard: a sending that names no place it went to is still no event
    got = _where(extractor, "نشرت روسيا عشرات الجنود قرب خطوط التماس.")
    assert all(s != "Change to group/activity" for s, _ in got)


def test_fighters_of_another_clause_do_not_bar_a_crowds_protest(extractor):
    # item 4: fighters and families named in the «بينما» clause barred «خرج مئات» sentence-wide: a Non-violent
    # transfer of the protesters at Kut
    got = _where(extractor, "خرج مئات المتظاهرين في مدينة الكوت احتجاجا على انقطاع الكهرباء، بينما استهدفت الغارات "
                            "مقاتلي الفصائل وعائلاتهم في ريف إدلب.")
    assert "Non-violent transfer of territory" not in [s for s, _ in got]
    assert ("Peaceful protest", "Al-Kut") in got


def test_fighters_going_out_in_the_same_clause_still_barred(extractor):
    # guard (g100h): fighters in the phrase's own clause still bar the crowd's protest
    got = _where(extractor, "خرج مئات المقاتلين والمدنيين من مدينة دوما الخميس باتجاه الشمال السوري.")
    assert "Peaceful protest" not in [s for s, _ in got]
