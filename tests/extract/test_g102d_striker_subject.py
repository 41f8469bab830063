"""g102d: the striker named as a verb's subject keeps the strike when a land noun's nisba follows the strike noun
(«داخل الأراضي السورية»: where the strikes fell, never who struck; frames.after_land_noun, rule id land-nisba-73800),
and a merged air strike's aircraft nisba followed by «و» + a verb («للطائرات الإسرائيلية ونجحت») names one state,
not two (merge._joined_after, used by the flier rules 71600 and flier-merged). Sentences composed for these tests."""
from __future__ import annotations

import pytest

from marsad_testdata import air_strike_mention, pairs_of, read_doc

IRAN, ISRAEL = "Military Forces of Iran (1989-)", "Military Forces of Israel (1948-)"
RUSSIA, SYRIA = "Military Forces of Russia (2000-)", "Military Forces of Syria (2000-)"
TURKEY, HZB = "Military Forces of Turkey (2016-)", "Hezbollah"
AIR, SHELL, ERV = "Air/drone strike", "Shelling/artillery/missile attack", "Explosions/Remote violence"
DAY = "2018-06-20"


@pytest.fixture(scope="module")
def ex():
    from marsad.extract.step import EventExtractor
    return EventExtractor()


@pytest.mark.parametrize("text, striker", [
    ("شنت روسيا الثلاثاء غارات داخل الأراضي السورية على مواقع للمعارضة قرب معرة النعمان.", RUSSIA),
    ("ونفذت إسرائيل ضربات جوية داخل الأراضي السورية استهدفت مستودعات لحزب الله قرب مطار دمشق.", ISRAEL),
    ("وشنت الطائرات الإسرائيلية غارات في العمق السوري على مواقع لحزب الله قرب القصير.", ISRAEL),
])
def test_land_nisba_after_the_strike_is_no_striker(ex, text, striker):
    evs = [e for e in read_doc(ex, text, DAY).events if e.sub_event_type == AIR]
    assert evs and all(e.actor1 == striker for e in evs)
    assert all("land-nisba-73800" in e.rule_ids for e in evs)


def test_land_nisba_leaves_the_named_target(ex):
    text = "ونفذت إسرائيل ضربات جوية داخل الأراضي السورية استهدفت مستودعات لحزب الله قرب مطار دمشق."
    assert pairs_of(ex, text, AIR, DAY) == [(ISRAEL, HZB)]


def test_strike_nisba_still_names_the_striker(ex):
    # guard: a nisba on the strike noun itself names who struck
    text = "قتل ثلاثة مدنيين في غارات روسية على بلدة كفرنبل بريف إدلب الجنوبي."
    evs = [e for e in read_doc(ex, text, DAY).events if e.sub_event_type == AIR]
    assert [e.actor1 for e in evs] == [RUSSIA] and all("land-nisba-73800" not in e.rule_ids for e in evs)


def test_subject_before_the_land_stays_the_striker(ex):
    # guard: the subject's own nisba is read as before («المدفعية التركية»), the Syrian land is no side
    text = "قصفت المدفعية التركية مواقع للوحدات الكردية داخل الأراضي السورية قرب بلدة راجو."
    evs = [e for e in read_doc(ex, text, DAY).events if e.event_type == ERV]
    assert evs and all(e.actor1 == TURKEY for e in evs)


T4 = ("حمص", 34.6, 37.6, "gn:t4")


def _strike(start: int, actor1: str, actor2: str | None, rules: list[str], text: str):
    return air_strike_mention(start, actor1, actor2, rules, text, day="2018-02-10", place=T4)


def test_nisba_then_a_verb_names_one_state():
    # «الطائرات الإسرائيلية ونجحت»: «و» with a verb opens a clause; Israel's aircraft are the one state named
    from marsad.extract.step import merge_within
    first = _strike(0, IRAN, ISRAEL, ["tr-air-18"], "وقال الوزير إن الصواريخ الإيرانية تهدد إسرائيل من قواعدها هناك.")
    second = _strike(300, ISRAEL, IRAN, ["tr-air-3", "definite", "place-context"],
                     "وخلال الغارة تصدت الدفاعات للطائرات الإسرائيلية ونجحت في إصابة واحدة منها فوق القاعدة.")
    merged = merge_within([first, second])
    assert [(e.actor1, e.actor2) for e in merged] == [(ISRAEL, IRAN)] and "71600" in merged[0].rule_ids


def test_two_nisbas_joined_still_name_no_one_state():
    # guard: «طائرات روسية وأخرى سورية» joins a second state's nisba (one word after «و»)
    from marsad.extract.step import merge_within
    first = _strike(0, IRAN, None, ["tr-air-18"], "وقال مسؤول إن إيران أطلقت طائرة مسيرة نحو القاعدة.")
    second = _strike(300, RUSSIA, IRAN, ["tr-air-3", "place-context"],
                     "وحلقت طائرات روسية وأخرى سورية فوق المنطقة بعد ذلك.")
    merged = merge_within([first, second])
    assert all("71600" not in e.rule_ids for e in merged) and IRAN in [e.actor1 for e in merged]
