"""Violence against civilians, second pass (branch g103i), on sentences of our own.

Fighters' words that are the subject of a killing («إن مسلحين مجهولين قتلوا أربعة رعاة»، «داهم عناصر من داعش ...
وقتلوا رجلا») are who killed, not the dead; a bare «مسلحين» after «إن» before a violent verb is unknown gunmen, not
the speaker; an officer who reports a killing with «أنه» is neither its agent nor an armed victim; an armed group's
execution is no court sentence and the side of its charge is no side of it; a lone attacker's knife or vehicle, a
death under torture in a side's prison and people led away to an unknown place by gunmen are attacks on civilians.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

VAC, IS, HTS = "Violence against civilians", "Islamic State (Iraq and Syria)", "HTS: Hayat Tahrir al Sham"


def _read(extractor, text):
    """The document of ``text`` as a report of 4 May 2018 (its days are the Thursday before)."""
    return read_doc(extractor, text, "2018-05-04", title="تطورات")


def _sides(doc):
    """(event type, sub-type, actor1, actor2) of each event of ``doc``."""
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


@pytest.mark.parametrize("text, actor1", [
    ("قال مصدر في الشرطة إن مسلحين مجهولين قتلوا خمسة رعاة قرب قضاء الحضر جنوب الموصل يوم الخميس.",
     "Unidentified Armed Group (Iraq)"),
    ("داهم عناصر من تنظيم داعش منزلا في قرية قرب الحويجة يوم الخميس وقتلوا رجلا وابنه.", IS),
])
def test_counted_fighters_who_killed_are_not_the_dead(extractor, text, actor1):
    doc = _read(extractor, text)
    assert _sides(doc) == [(VAC, "Attack", actor1, "Civilians (Iraq)")], (_sides(doc), doc.dropped)


def test_bare_gunmen_after_that_are_the_killers_not_the_speaker(extractor):
    doc = _read(extractor, "قالت الشرطة العراقية إن مسلحين قتلوا أربعة فلاحين في قرية قرب الحويجة يوم الخميس.")
    assert _sides(doc) == [(VAC, "Attack", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)")], _sides(doc)


def test_gunmen_killed_in_a_strike_stay_the_dead(extractor):
    # no people killed after the verb: «قتلوا» is passive, the gunmen are the strike's dead
    doc = _read(extractor, "وقال مصدر محلي إن مسلحين قتلوا في غارة للتحالف على بلدة هجين يوم الخميس.")
    assert all(e.event_type != VAC for e in doc.events), _sides(doc)
    # (review g103p: and the strike is read, so the guard cannot pass on no event at all)
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"], _sides(doc)


def test_officer_reporting_with_pronoun_is_no_side(extractor):
    doc = _read(extractor, "وقال ضابط في الشرطة إنه قتل ستة أشخاص إثر هجوم شنه تنظيم داعش على قرية قرب "
                           "الحويجة ليل الخميس.")
    assert _sides(doc) == [(VAC, "Attack", IS, "Civilians (Iraq)")], (_sides(doc), doc.dropped)
    assert doc.events[0].fatalities == 6


def test_police_telling_their_own_killing_keep_it(extractor):
    # «إنها قتلت»: the police say they killed; no attack on civilians is made of the gunmen's attack
    doc = _read(extractor, "قالت الشرطة إنها قتلت خمسة أشخاص إثر هجوم شنه مسلحون على حاجز قرب الحويجة يوم الخميس.")
    assert all(e.event_type != VAC for e in doc.events), _sides(doc)
    # (review g103p: the gunmen's attack on the checkpoint is read as the clash it was, with its dead)
    assert [(e.sub_event_type, e.fatalities) for e in doc.events] == [("Armed clash", 5)], _sides(doc)


@pytest.mark.parametrize("text, actor1", [
    ("أعدم تنظيم داعش رجلين بتهمة التعامل مع التحالف الدولي في بلدة هجين يوم الخميس.", IS),
    ("أعدمت هيئة تحرير الشام شابين في مدينة إدلب يوم الخميس بتهمة التخابر مع النظام.", HTS),
])
def test_side_of_the_charge_is_no_side_of_the_execution(extractor, text, actor1):
    doc = _read(extractor, text)
    assert _sides(doc) == [(VAC, "Attack", actor1, "Civilians (Syria)")], _sides(doc)
    assert "charge-side-76301" in doc.events[0].rule_ids


def test_armed_group_carrying_out_a_death_sentence_executes(extractor):
    doc = _read(extractor, "نفذ تنظيم داعش حكم الإعدام بحق ثلاثة شبان في مدينة الميادين يوم الخميس.")
    assert _sides(doc) == [(VAC, "Attack", IS, "Civilians (Syria)")], (_sides(doc), doc.dropped)


def test_state_court_sentence_stays_no_event(extractor):
    doc = _read(extractor, "نفذت السلطات العراقية حكم الإعدام بحق 12 مدانا بتهمة الانتماء إلى داعش يوم الخميس.")
    assert doc.events == [], _sides(doc)


@pytest.mark.parametrize("text", [
    "طعن رجل ثلاثة أشخاص بسكين في مدينة مرسيليا الفرنسية يوم الخميس.",
    "نفذ رجل عملية دهس بسيارته في مدينة تورونتو يوم الخميس أسفرت عن مقتل عشرة من المارة.",
    "أطلق مسلح النار على مصلين في مسجد بمدينة كركوك يوم الخميس فقتل أربعة منهم.",
])
def test_lone_attacker(extractor, text):
    doc = _read(extractor, text)
    assert [(e.event_type, e.sub_event_type) for e in doc.events] == [(VAC, "Attack")], (_sides(doc), doc.dropped)
    assert doc.events[0].actor1.startswith("Unidentified Armed Group"), _sides(doc)


def test_appeal_is_no_stabbing(extractor):
    # «طعن» without a knife: a challenge in court, by a verb or its noun
    told = [_sides(_read(extractor, text)) for text in ("وقالت اللجنة إنها ستطعن في قرار البرلمان أمام المحكمة الاتحادية.",
                                                         "ويمكن الطعن بالحكم خلال 30 يوما من صدوره.")]
    assert told == [[], []], told


def test_death_under_torture_in_a_groups_prison(extractor):
    doc = _read(extractor, "توفي شاب تحت التعذيب في سجون هيئة تحرير الشام بمدينة إدلب يوم الخميس.")
    assert _sides(doc) == [(VAC, "Attack", HTS, "Civilians (Syria)")], (_sides(doc), doc.dropped)


def test_led_away_to_an_unknown_place_by_gunmen_is_an_abduction(extractor):
    doc = _read(extractor, "داهم مسلحون ملثمون منزلا في بعقوبة يوم الخميس واقتادوا صاحبه إلى جهة مجهولة.")
    assert _sides(doc) == [(VAC, "Abduction/forced disappearance", "Unidentified Armed Group (Iraq)",
                            "Civilians (Iraq)")], (_sides(doc), doc.dropped)


def test_led_away_by_a_state_force_is_left_to_the_arrest_rows(extractor):
    doc = _read(extractor, "اقتادت قوات الأمن العراقية خمسة شبان إلى جهة مجهولة في مدينة بعقوبة يوم الخميس.")
    assert all(e.sub_event_type != "Abduction/forced disappearance" for e in doc.events), _sides(doc)
    assert [e.sub_event_type for e in doc.events] == ["Arrests"], _sides(doc)  # (review g103p: read, as an arrest)
