"""Actor audit g106e, on sentences of our own: forces whose generic head noun («الشرطة»، «قوات الأمن») hid who they are,
and the government's own militias hit by a strike that names no agent.

«الشرطة العسكرية التركية» is Turkey's, not the police of the country it deploys in; the Kurdish security forces
(«قوات الأمن الكردية»، «الأسايش») are the SDF's in Syria, the Kurdistan Region's in Iraq, never Syria's police; a strike
that kills «مسلحين من الميليشيا الموالية لقوات النظام» is no strike of the government on its own militia.
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-26"  # a Thursday
SYRIA_POLICE = "Police Forces of Syria (2000-)"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _pairs(doc):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_turkish_military_police_deployed_in_a_syrian_town_are_turkeys(extractor):
    doc = _run(extractor, "انتشر عناصر من الشرطة العسكرية التركية في بلدة جنديرس يوم الأربعاء بعد سيطرة الفصائل عليها.")
    ev = [e for e in doc.events if e.sub_event_type == "Change to group/activity"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor1 == "Military Forces of Turkey (2016-)", _pairs(doc)


@pytest.mark.parametrize("force", ["قوات الأمن الكردية", "قوات الأسايش"])
def test_kurdish_security_forces_in_syria_are_the_sdf_side(extractor, force):
    doc = _run(extractor, f"قتل ثلاثة من عناصر {force} يوم الأربعاء في اشتباكات مع قوات النظام في مدينة الحسكة.")
    ev = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert len(ev) == 1, _pairs(doc)
    sides = {ev[0].actor1, ev[0].actor2}
    assert sides == {"SDF: Syrian Democratic Forces", "Military Forces of Syria (2000-)"}, _pairs(doc)


def test_kurdish_security_forces_in_northern_iraq_are_the_kurdistan_regions(extractor):
    doc = _run(extractor, "اعتقلت قوات الأمن الكردية يوم الأربعاء شابا في مدينة دهوك بتهمة تهريب الأسلحة.")
    ev = [e for e in doc.events if e.sub_event_type == "Arrests"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor1 == "Military Forces of Iraq-Kurdistan Regional Government", _pairs(doc)


def test_an_unclaimed_strike_on_the_governments_militia_is_not_the_governments(extractor):
    doc = _run(extractor, "قتل سبعة مسلحين من الميليشيا الموالية لقوات النظام السوري يوم الأربعاء في قصف صاروخي استهدف "
                          "منطقة جبلة.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor2 == "NDF: National Defence Forces", _pairs(doc)
    assert ev[0].actor1 not in ("Military Forces of Syria (2000-)", SYRIA_POLICE), _pairs(doc)
    assert ev[0].actor1 == "Unidentified Military Forces", _pairs(doc)


def test_an_unclaimed_strike_on_the_governments_army_stays_as_it_was(extractor):
    # the government's default still holds where the target is the rebels' (control: the rows are for its militias only)
    doc = _run(extractor, "قتل سبعة مسلحين من فصائل المعارضة يوم الأربعاء في قصف صاروخي استهدف بلدة اللطامنة.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor1 == "Military Forces of Syria (2000-)", _pairs(doc)


def test_a_militia_firing_on_protesters_is_the_protests_second_side(extractor):
    doc = _run(extractor, "أطلقت ميليشيا عصائب أهل الحق النار على المتظاهرين في مدينة البصرة يوم الأربعاء، ما أدى إلى "
                          "مقتل متظاهر.")
    # g108n: the militia's fire is its attack on the crowd (militia-force-117500): the militia acts, the protesters
    # are its victims, and no excessive force (a state's) is left
    ev = [e for e in doc.events if e.event_type in ("Protests", "Violence against civilians")]
    assert len(ev) == 1, _pairs(doc)
    assert (ev[0].event_type, ev[0].actor1, ev[0].actor2) == (
        "Violence against civilians", "Asaib Ahl al Haq", "Protesters (Iraq)"), _pairs(doc)


@pytest.mark.parametrize("force", ["القوى الأمنية", "قوات الأمن"])
def test_security_forces_of_a_fi_waqt_clause_break_up_the_protest_and_are_not_the_killings_target(extractor, force):
    # «القوى الأمنية» is the police, like «قوى الأمن»; the side of a clause opened by «في وقت» is that clause's act's
    doc = _run(extractor, f"قتل متظاهر يوم الأربعاء برصاص حراس مقر منظمة بدر في مدينة الكوت في وقت فرقت {force} "
                          "مظاهرات أخرى في بغداد.")
    protest = [e for e in doc.events if e.sub_event_type == "Protest with intervention"]
    attack = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert len(protest) == 1 and len(attack) == 1, _pairs(doc)
    assert protest[0].actor1 == "Protesters (Iraq)", _pairs(doc)
    assert protest[0].actor2 is not None and protest[0].actor2.startswith("Police Forces of Iraq"), _pairs(doc)
    assert (attack[0].actor1, attack[0].actor2) == ("Badr Organization", "Civilians (Iraq)"), _pairs(doc)


def test_our_military_positions_in_a_military_sources_quote_are_the_countrys_army(extractor):
    doc = _run(extractor, "ونقلت الوكالة عن مصدر عسكري قوله إن طائرات التحالف اعتدت على أحد مواقعنا العسكرية قرب مدينة "
                          "الميادين يوم الأربعاء.")
    ev = [e for e in doc.events if e.location == "Al Mayādīn"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor1 == "Global Coalition Against Daesh", _pairs(doc)
    assert ev[0].actor2 == "Military Forces of Syria (2000-)", _pairs(doc)
