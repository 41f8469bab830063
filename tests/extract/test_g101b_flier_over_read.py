"""g101b: a merged air strike's read attacker gives way to the one state whose aircraft or strikes its sentences name
by a nisba, when another of its mentions gave that state as the attacker (merge._flier_over_read, rule id 71600): the
first read side was the answered fire or the target. Guards: allies on one target, a read side named by its own
shelling, two states named. Sentences composed for these tests."""
from __future__ import annotations

from marsad_testdata import air_strike_mention as _strike

IRAN, ISRAEL = "Military Forces of Iran (1989-)", "Military Forces of Israel (1948-)"
RUSSIA, SYRIA, CIV = "Military Forces of Russia (2000-)", "Military Forces of Syria (2000-)", "Civilians (Syria)"


def test_answered_fire_read_first_gives_way_to_the_named_aircraft():
    from marsad.extract.step import merge_within
    fire = _strike(0, IRAN, None, ["tr-air-18"], "وقال متحدث عسكري إن إيران أطلقت عشرة صواريخ نحو الهضبة ليلا.")
    raids = _strike(300, ISRAEL, IRAN, ["tr-air-18", "definite", "place-context"],
                    "وبحسب شهود فإن المقاتلات الإسرائيلية قصفت بعد ساعة مخازن للحرس الثوري قرب البلدة.")
    merged = merge_within([fire, raids])
    assert [(e.actor1, e.actor2) for e in merged] == [(ISRAEL, IRAN)] and "71600" in merged[0].rule_ids


def test_allies_on_one_target_keep_the_first_read_side():
    # guard: Russia's and the government's raids on one town's people are two states' strikes
    from marsad.extract.step import merge_within
    first = _strike(0, RUSSIA, CIV, ["tr-air-3"], "وشن سلاح الجو الروسي غارات على الأحياء السكنية في البلدة.")
    second = _strike(300, SYRIA, CIV, ["tr-air-3"], "كما ألقت طائرات سورية براميل متفجرة على الأحياء السكنية.", 1)
    merged = merge_within([first, second])
    assert [e.actor1 for e in merged] == [RUSSIA] and all("71600" not in e.rule_ids for e in merged)


def test_read_side_named_by_its_own_shelling_is_kept():
    # guard: the sentences name the read side's own bombardment too («بقصف سوري»)
    from marsad.extract.step import merge_within
    first = _strike(0, SYRIA, None, ["tr-air-3"], "وسقط قتلى بقصف سوري بالمدفعية على أطراف البلدة.", 1)
    second = _strike(300, RUSSIA, None, ["tr-air-3"], "وتبعته غارات روسية على الطريق المؤدي إليها.")
    merged = merge_within([first, second])
    assert [e.actor1 for e in merged] == [SYRIA] and all("71600" not in e.rule_ids for e in merged)


def test_two_states_named_keep_the_read_side():
    # guard: «طائرات روسية وسورية» names no one state
    from marsad.extract.step import merge_within
    first = _strike(0, IRAN, None, ["tr-air-18"], "وقال مسؤول إن إيران أطلقت طائرة مسيرة نحو الهضبة.")
    second = _strike(300, RUSSIA, IRAN, ["tr-air-3", "place-context"],
                     "وحلقت طائرات روسية وسورية فوق المنطقة بعد ذلك.")
    merged = merge_within([first, second])
    assert all("71600" not in e.rule_ids for e in merged) and IRAN in [e.actor1 for e in merged]
