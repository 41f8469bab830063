"""g108n: whole-article audit of Violence against civilians and Riots. Excessive force is a state's: a militia's or
rebels' fire on a crowd («سارعت حركة ... إلى إطلاق النار على المتظاهرين») is their attack on it, the protesters its
victims (step militia-force-117500); a counted crowd as the subject of a storming a refiner reads as a riot («اقتحم
مئات الشبان مبنى ...») names who rioted, as «تظاهر المئات» names who protested (riot-crowd-117501).
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-08-12"


def _kinds(doc):
    return {(e.event_type, e.sub_event_type, e.location, e.actor1, e.actor2) for e in doc.events}


@pytest.mark.parametrize("shooter", ["حركة عصائب أهل الحق", "منظمة بدر"])
def test_militia_fire_on_protesters_is_an_attack(extractor, shooter):
    text = (f"وسارعت {shooter} إلى إطلاق النار على المتظاهرين في مدينة الكوت، الأحد، الأمر الذي أدى إلى مقتل "
            "اثنين منهم.")
    got = _kinds(read_doc(extractor, text, PUB))
    assert any(k[:3] == ("Violence against civilians", "Attack", "Al-Kut") and (k[4] or "").startswith("Protesters")
               for k in got), got
    assert not any(k[1] == "Excessive force against protesters" for k in got)


def test_state_fire_on_protesters_stays_excessive_force(extractor):
    # guard: the police firing on the crowd is excessive force, as before
    text = "وأطلقت قوات الشرطة النار على المتظاهرين في مدينة الكوت، الأحد، ما أدى إلى مقتل اثنين منهم."
    got = _kinds(read_doc(extractor, text, PUB))
    assert any(k[1] == "Excessive force against protesters" and k[2] == "Al-Kut" for k in got)
    assert not any(k[0] == "Violence against civilians" for k in got)


def test_counted_crowd_storming_is_a_riot_told(extractor):
    # not the lead: the storming must stand on its own sentence's support
    text = ("وعقد رئيس الوزراء اجتماعا مع المحافظ لبحث أزمة الكهرباء في المدينة. "
            "واقتحم مئات الشبان مبنى مجلس محافظة واسط في الكوت السبت مطالبين بتوفير فرص العمل والخدمات الأساسية "
            "بعد أسابيع من الاحتجاجات.")
    doc = read_doc(extractor, text, PUB)
    riots = [e for e in doc.events if e.event_type == "Riots"]
    assert riots and "riot-crowd-117501" in riots[0].rule_ids


def test_riot_told_again_keeps_its_own_place(extractor):
    # own-place-117502: the first burning stands in its own province, the town after the second is the second's
    text = ("وتتواصل احتجاجات المتظاهرين في جنوب العراق منذ أسبوع. وقال مصدر أمني إنه تم إحراق مقر حزب الفضيلة "
            "في محافظة ذي قار، وإحراق مكاتب أحزاب أخرى في مدينة الكوت، مركز محافظة واسط.")
    riots = {e.location for e in read_doc(extractor, text, "2018-07-14").events if e.event_type == "Riots"}
    assert {"Thi-Qar", "Al-Kut"} <= riots


def test_riot_with_one_place_after_both_triggers_is_unchanged(extractor):
    # guard: no place between the two triggers, so both stand at the one town told after them
    text = ("وتتواصل احتجاجات المتظاهرين في جنوب العراق منذ أسبوع. وقال مصدر أمني إنه تم إحراق مقر حزب الفضيلة "
            "وإحراق مكاتب أحزاب أخرى في مدينة الكوت.")
    riots = {e.location for e in read_doc(extractor, text, "2018-07-14").events if e.event_type == "Riots"}
    assert riots == {"Al-Kut"}
