"""Actor audit g108f, on sentences of our own: sides named in ways the actor table did not know, and the side
named as holding a town taken for the people a chemical attack killed there.

«قوات النظام التركي» (the pro-Damascus press's name for Turkey's forces) is Turkey's, not the Syrian army's «قوات
النظام»; the US Marines («مشاة البحرية الأمريكية»، «المارينز») are the US forces; «حزب الله» in Iraq is Kataib Hezbollah;
an armed group is never the target of a chemical attack in Syria (the civilians are).
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-26"  # a Thursday
TURKEY = "Military Forces of Turkey (2016-)"
USA = "Military Forces of the United States (2017-2021)"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _pairs(doc):
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_the_turkish_regimes_forces_are_turkeys(extractor):
    doc = _run(extractor, "قصفت قوات النظام التركي يوم الأربعاء بالمدفعية مواقع القوات الشعبية قرب بلدة جنديرس.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor1 == TURKEY, _pairs(doc)
    assert ev[0].actor2 == "NDF: National Defence Forces", _pairs(doc)


@pytest.mark.parametrize("force", ["مشاة البحرية الأمريكية", "المارينز"])
def test_the_us_marines_are_the_us_forces(extractor, force):
    doc = _run(extractor, f"شن عناصر من {force} يوم الأربعاء قصفا مدفعيا على مواقع لتنظيم داعش قرب بلدة الشدادي.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor1 == USA, _pairs(doc)


def test_hezbollah_in_iraq_is_kataib_hezbollah(extractor):
    # g111q: a riot names no owner of what it burned as a side, so a strike on the office carries the test
    doc = _run(extractor, "استهدفت غارة جوية يوم الأربعاء مقر ميليشيات حزب الله في مدينة القائم.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor2 == "Kataib Hezbollah", _pairs(doc)


def test_hezbollah_in_syria_stays_the_lebanese_party(extractor):
    doc = _run(extractor, "قتل خمسة عناصر من ميليشيات حزب الله يوم الأربعاء في غارة إسرائيلية على مواقعهم قرب القصير.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor2 == "Hezbollah", _pairs(doc)


def test_a_chemical_attack_on_a_town_the_factions_hold_falls_on_its_civilians(extractor):
    # the holder named after the toll («التي يسيطر عليها مسلحو المعارضة») was the target; ar-114501 drops it
    doc = _run(extractor, "وتدرس العواصم الغربية الرد على ما يشتبه بأنه هجوم كيماوي يوم الثلاثاء قال مسعفون إنه أودى "
                          "بحياة عشرات الأشخاص في بلدة كفرزيتا التي يسيطر عليها مسلحو المعارضة.")
    ev = [e for e in doc.events if e.sub_event_type == "Chemical weapon"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor2 == "Civilians (Syria)", _pairs(doc)


# a strike on the factions' positions at a town; each test tells a second sentence after it
KAFRNABL_STRIKE = ("أفاد ناشطون يوم الثلاثاء بأن طائرات حربية سورية شنت غارات جوية عنيفة على مواقع للمعارضة في "
                   "بلدة كفرنبل بريف إدلب الجنوبي.\n")


def test_a_strikes_civilian_dead_told_later_beat_the_towns_holder(extractor):
    # one mention reads the holder of the positions struck («مواقع للمعارضة»), a later one counts the dead as civilians
    # (persons among them children): the merged strike's target is the civilians (merge._civilians_over_holder)
    doc = _run(extractor, KAFRNABL_STRIKE + "وأحصى المرصد السوري لحقوق الإنسان 40 غارة على الأقل في "
                          "ساعتين، قتل فيها خمسة أشخاص بينهم ثلاثة أطفال.")
    ev = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor2 == "Civilians (Syria)", _pairs(doc)


def test_a_strike_on_the_factions_with_no_civilian_dead_keeps_them(extractor):
    doc = _run(extractor, KAFRNABL_STRIKE + "وأحصى المرصد السوري لحقوق الإنسان 40 غارة على الأقل في "
                          "ساعتين، قتل فيها خمسة من مقاتلي الفصائل.")
    ev = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert len(ev) == 1, _pairs(doc)
    assert ev[0].actor2 == "Opposition Rebels (Syria)", _pairs(doc)


def test_residents_who_took_shelter_are_no_victims_of_the_strike(extractor):
    doc = _run(extractor, KAFRNABL_STRIKE + "وقال ناشط إنه لجأ مع سكان البلدة إلى الملاجئ، متحدثا عن أن "
                          "القصف على بلدة كفرنبل استمر ساعتين.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert ev and all(e.actor2 == "Opposition Rebels (Syria)" for e in ev), _pairs(doc)
