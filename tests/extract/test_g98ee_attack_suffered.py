"""g98ee: an attack told from the side that suffered it («تعرضهم لهجوم من X») with the dead of that side is a clash.

Composed sentences only (no corpus or eval text)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-10"


def _clashes(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Armed clash"]


def test_attack_suffered_from_named_group_is_a_clash_with_its_dead(extractor) -> None:
    text = "لقي خمسة من قوات النظام مصرعهم، يوم الأربعاء، إثر تعرضهم لهجوم من تنظيم داعش، في بادية دير الزور."
    events = _clashes(extractor, text)
    assert len(events) == 1
    ev = events[0]
    assert ev.actor1 == "Islamic State (Iraq and Syria)"
    assert ev.actor2 == "Military Forces of Syria (2000-)"
    assert ev.fatalities == 5
    assert "tr-clash-61900" in ev.rule_ids


def test_armed_attack_suffered_with_dead(extractor) -> None:
    text = "قتل ثلاثة عناصر من الشرطة، الثلاثاء، إثر تعرضهم لهجوم مسلح في قرية الجورة جنوبي مدينة الشيخ زويد."
    events = _clashes(extractor, text)
    assert len(events) == 1
    assert events[0].fatalities == 3
    assert "Police Forces of Egypt" in (events[0].actor1, events[0].actor2)


def test_conditional_or_deathless_attack_suffered_makes_no_clash(extractor) -> None:
    # a threat of self-defence and a cyber attack with an unrelated war toll: no death of this attack
    for text in (
        "وقال الوزير إن الدولة ستدافع عن نفسها إذا تعرضت لهجوم من أي طرف.",
        "تعرض موقع الوزارة لهجوم من قراصنة مجهولين، في حين قتل في الحرب مئات الآلاف خلال سبع سنوات.",
    ):
        assert not any(r.startswith("tr-clash-619") for e in read_doc(extractor, text, PUB).events for r in e.rule_ids)


def test_missile_attack_suffered_stays_a_strike(extractor) -> None:
    text = "تعرض مطار المدينة لهجوم بصواريخ يوم السبت."
    subs = [e.sub_event_type for e in read_doc(extractor, text, PUB).events]
    assert "Armed clash" not in subs


def test_attack_of_named_group_with_fighters_dead(extractor) -> None:
    text = "لقي 7 من عناصر قوات سوريا الديمقراطية مصرعهم في هجوم لتنظيم داعش على مواقعهم في بلدة هجين، أمس."
    events = _clashes(extractor, text)
    assert len(events) == 1
    assert {events[0].actor1, events[0].actor2} == {"Islamic State (Iraq and Syria)", "SDF: Syrian Democratic Forces"}
    assert events[0].fatalities == 7


def test_feared_attack_of_named_group_makes_no_clash(extractor) -> None:
    text = "وتخشى الحكومة هجوما لتنظيم داعش على المدينة، بعد مقتل جنديين الأسبوع الماضي."
    assert not any(r.startswith("tr-clash-619") for e in read_doc(extractor, text, PUB).events for r in e.rule_ids)
