"""g82c: a singular rank or role (عميد، عقيد، قيادي، قائد، نجل) or the definite form of a fighter noun (الجندي،
المقاتلة، الضابط) right after a word of killing, with no number told for the dead, counts one dead
(function_words single_victim). Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-09-10"
CLASH = "Armed clash"


def test_brigadier_killed_counts_one_dead(extractor):
    evs = events_of(extractor, "قتل عميد في الجيش العراقي يوم الخميس في اشتباك مع مسلحين من تنظيم داعش "
                    "في قضاء الحويجة جنوب غربي كركوك.", CLASH, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_commander_killed_counts_one_dead(extractor):
    evs = events_of(extractor, "أعلنت مصادر محلية مقتل قيادي بارز في تنظيم داعش يوم الخميس في اشتباك مع "
                    "قوات الحشد الشعبي في قضاء الحويجة جنوب غربي كركوك.", CLASH, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_definite_fighter_killed_counts_one_dead(extractor):
    evs = events_of(extractor, "أكدت مصادر طبية مصرع الجندي العراقي يوم الخميس في اشتباك مع مسلحين من تنظيم "
                    "داعش في قضاء الحويجة جنوب غربي كركوك.", CLASH, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_counted_dead_beat_the_rank(extractor):
    # guard: a number told for the dead wins over the singular rank beside it
    evs = events_of(extractor, "قتل عميد وثلاثة جنود عراقيين يوم الخميس في اشتباك مع مسلحين من تنظيم داعش "
                    "في قضاء الحويجة جنوب غربي كركوك.", CLASH, PUB)
    assert evs and all(e.fatalities != 1 for e in evs)
