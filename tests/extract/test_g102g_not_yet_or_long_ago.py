"""Acts told as a condition, a scenario, an era long gone or an inquiry's findings are no events of the news (g102g).

«الدخول في مفاوضات رهن بانسحاب القوات» tells a withdrawal that has not happened; «سيناريو اقتحام» a storming that may
come; «اعتقل في الشهور الأولى من الاحتجاجات»، «قتل في بداية الحرب» acts of an era told by a phrase, not a year; «قال
محققون/قالت لجنة التحقيق إن قوات النظام أطلقت غاز الكلور» the findings of an inquiry into earlier attacks, which the
statement's day does not date (modality.tsv md-cond-74100..74105, md-pos-74120..74123, md-bg-74130..74159 where =
around, md-note-74160..74199). Guards: «رهن الاعتقال» is a state, a real act of the same sentence past a clause break
stays, and a finding told with a recent day of its own stays an event. Sentences of our own.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUBLISHED = "2018-06-22"  # a Friday

UNREAL = [
    pytest.param("وقالت الهيئة إن وقف إطلاق النار رهن بخروج مقاتلي هيئة تحرير الشام من مدينة إدلب.",
                 id="condition-rahn"),
    pytest.param("وأكد المسؤول أن الحل متوقف على خروج مقاتلي هيئة تحرير الشام من مدينة إدلب.",
                 id="condition-mutawaqqif"),
    pytest.param("وقالت الهيئة إن وقف إطلاق النار مشروط بخروج مقاتلي هيئة تحرير الشام من مدينة إدلب.",
                 id="condition-mashrut"),
    pytest.param("وتحدث مسؤولون عن سيناريو اقتحام مدينة إدلب من قبل قوات النظام.", id="scenario"),
    pytest.param("وقال إنه اعتقل في الشهور الأولى من الاحتجاجات في مدينة حمص.", id="era-first-months"),
    pytest.param("وروى أن شقيقه قتل في بداية الحرب بقصف على مدينة حلب.", id="era-start-of-war"),
    pytest.param("وفي الشهور الأولى من الحرب قصفت طائرات النظام بلدة كفرنبل.", id="era-before-the-act"),
    pytest.param("وقال محققون إن قوات النظام أطلقت غاز الكلور على مدينة سراقب التي كانت تحت سيطرة المعارضة.",
                 id="investigators-said"),
    pytest.param("وقالت لجنة التحقيق، الأربعاء، إن قوات النظام أطلقت غاز الكلور على بلدة اللطامنة.",
                 id="commission-said-on-a-day"),
    pytest.param("وقال محققو الأمم المتحدة إن طائرات النظام قصفت مستشفى في بلدة كفرنبل.", id="un-investigators"),
]


@pytest.mark.parametrize("text", UNREAL)
def test_not_yet_or_long_ago_is_no_event(extractor, text):
    doc = read_doc(extractor, text, PUBLISHED)
    assert not doc.events, [(e.sub_event_type, e.location, e.rule_ids) for e in doc.events]


KEPT = [
    # «رهن الاعتقال» (in detention) is a state: the arrest told after it stays
    pytest.param("وقال المرصد إن ثلاثة ناشطين لا يزالون رهن الاعتقال بعد أن اعتقلتهم قوات النظام في مدينة درعا.",
                 "Arrests", id="in-detention-is-no-condition"),
    # a clause break ends the era's and the condition's reach: the day's strike is news
    pytest.param("وقال إنه اعتقل في بداية الثورة، فيما قصفت طائرات حربية اليوم بلدته كفرنبل في ريف إدلب.",
                 "Air/drone strike", id="era-then-todays-strike"),
    pytest.param("وأكد المسؤول أن المفاوضات مرهونة بانسحاب القوات الأجنبية، وقد قصفت طائرات حربية اليوم بلدة كفرنبل.",
                 "Air/drone strike", id="condition-then-todays-strike"),
    # an inquiry's report of an attack told with a recent day of its own is an event of that day
    pytest.param("وقال محققون إن قوات النظام قصفت بلدة كفرنبل يوم الخميس.",
                 "Shelling/artillery/missile attack", id="finding-with-its-own-day"),
    # «متوقفة على» a place is parked, no condition
    pytest.param("وقال شهود إن سيارة كانت متوقفة على جانب الطريق انفجرت في مدينة إعزاز.",
                 "Remote explosive/landmine/IED", id="parked-car"),
    # a team on the ground tells what befell it: no finding cue
    pytest.param("وقال فريق التحقيق إن مسلحين أطلقوا النار على عناصره قرب مدينة دوما.", "Attack",
                 id="team-fired-upon"),
    # a speaker who is no inquiry tells news
    pytest.param("وقال مسؤولون إن قوات النظام أطلقت غاز الكلور على بلدة اللطامنة.", "Chemical weapon",
                 id="officials-said"),
]


@pytest.mark.parametrize(("text", "sub"), KEPT)
def test_act_outside_the_cue_stays(extractor, text, sub):
    doc = read_doc(extractor, text, PUBLISHED)
    assert [e.sub_event_type for e in doc.events] == [sub], [(e.sub_event_type, e.rule_ids) for e in doc.events]
