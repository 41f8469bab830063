"""Actor2 audit g104i, on sentences of our own: the side that was hit.

- A state force's strike on positions or front lines of its own country with no target named falls on the armed
  group the report names most (as a clash's foe does), not on nobody; a foreign force's does not.
- A side joined to the agent by «أو» is another possible agent, and a side told between «مع» and «آخرين» is the
  agent's company: neither is the target.
- A side right after a noun of leaving («خروج المعارضة»، «انسحاب مقاتلي المعارضة») told after a strike is
  whose departure the sentence tells, not whom the strike hit.
- Border police («عناصر شرطة الحدود») and policemen counted in the plural or dual («شرطيين»، «شرطيان») killed or
  wounded are the police, the side hit.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-26"  # a Thursday
STRIKES = "Explosions/Remote violence"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _sides(doc):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_a_strike_on_front_lines_falls_on_the_group_the_report_names(extractor):
    doc = _run(extractor, "وشنت قوات النظام يوم الأربعاء غارات جوية على محاور حي العسالي جنوب دمشق. ويسيطر تنظيم داعش "
                          "على أحياء العسالي والتضامن منذ سنوات، وتحاول قوات النظام طرد تنظيم داعش منها.")
    ev = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert len(ev) == 1, _sides(doc)
    assert ev[0].actor1 == "Military Forces of Syria (2000-)"
    assert ev[0].actor2 == "Islamic State (Iraq and Syria)", ev[0].actor2
    assert "actor2-document" in ev[0].rule_ids


def test_a_foreign_forces_strike_on_positions_takes_no_group_from_the_report(extractor):
    # the Iranian strike's foe is not the Syrian rebels the report names elsewhere
    doc = _run(extractor, "وقصف الحرس الثوري الإيراني يوم الأربعاء بالصواريخ مواقع قرب البوكمال في سوريا. "
                          "وتسيطر فصائل المعارضة على مناطق واسعة في ريف إدلب، وقال قائد في فصائل المعارضة إنها مستعدة.")
    ev = [e for e in doc.events if e.event_type == STRIKES]
    assert ev, _sides(doc)
    assert all(e.actor2 != "Opposition Rebels (Syria)" for e in ev), _sides(doc)


def test_a_side_after_or_is_another_possible_agent_not_the_target(extractor):
    doc = _run(extractor, "تعرضت قرية الشيخ حديد يوم الأربعاء إلى قصف من تركيا أو الفصائل المدعومة منها.")
    ev = [e for e in doc.events if e.event_type == STRIKES]
    assert len(ev) == 1, _sides(doc)
    assert ev[0].actor1 == "Military Forces of Turkey (2016-)"
    assert ev[0].actor2 not in ("Opposition Rebels (Syria)", "Syrian National Army"), ev[0].actor2


def test_companions_told_with_others_are_not_the_target(extractor):
    doc = _run(extractor, "قتل قيادي في تنظيم داعش يوم الأربعاء في هجوم شنه مع متشددين آخرين في محافظة حمص.")
    ev = [e for e in doc.events if e.event_type == "Battles"]
    assert len(ev) == 1, _sides(doc)
    assert ev[0].actor1 == "Islamic State (Iraq and Syria)"
    assert ev[0].actor2 != "Unidentified Armed Group (Syria)", ev[0].actor2


def test_a_clash_with_militants_keeps_them_as_its_foe(extractor):
    # «مع» with no «آخرين» after the side names the foe
    doc = _run(extractor, "اندلعت اشتباكات يوم الأربعاء بين الجيش العراقي مع متشددين في قضاء الحويجة.")
    ev = [e for e in doc.events if e.event_type == "Battles"]
    assert len(ev) == 1, _sides(doc)
    assert ev[0].actor2 == "Unidentified Armed Group (Iraq)", ev[0].actor2


def test_border_police_killed_in_an_ambush_are_its_target(extractor):
    doc = _run(extractor, "قتل خمسة من عناصر شرطة الحدود يوم الأربعاء في كمين لتنظيم داعش قرب بعقوبة.")
    ev = [e for e in doc.events if e.event_type == "Battles"]
    assert len(ev) == 1, _sides(doc)
    assert ev[0].actor1 == "Islamic State (Iraq and Syria)"
    assert ev[0].actor2 == "Police Forces of Iraq (2014-2018)", ev[0].actor2


def test_policemen_wounded_by_a_bomb_are_its_target(extractor):
    doc = _run(extractor, "انفجرت سيارة مفخخة يوم الأربعاء أمام مبنى في كركوك ما أدى إلى إصابة تسعة شرطيين.")
    ev = [e for e in doc.events if e.event_type == STRIKES]
    assert len(ev) == 1, _sides(doc)
    assert ev[0].actor2 == "Police Forces of Iraq (2014-2018)", ev[0].actor2


def test_a_side_whose_departure_is_told_after_a_chemical_attack_is_not_its_target(extractor):
    doc = _run(extractor, "وقالت منظمة يوم الأربعاء إن هجوما بغاز الكلور على بلدة دوما بعد خروج المعارضة "
                          "أدى إلى إصابة عشرات.")
    ev = [e for e in doc.events if e.sub_event_type == "Chemical weapon"]
    assert len(ev) == 1, _sides(doc)
    assert ev[0].actor2 == "Civilians (Syria)", ev[0].actor2
