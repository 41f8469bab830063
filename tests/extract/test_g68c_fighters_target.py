"""A strike whose own sentence names an unnamed armed side's military target ("تحصينات المسلحين"، "مواقع الجماعات
المسلحة"، "المناطق التي انطلقت منها القذائف") and no civilians falls on the armed side holding the area, even in a
report that tells of civilians killed elsewhere (branch g68c, sentences of our own): the civilians default
(dt-1802..1804) gives way to the holder's (dt-41800..41802). A target of the government's side, or civilians in the
strike's own sentence, leave the civilians default in place."""
from __future__ import annotations

import pytest

from marsad_testdata import strike_targets

PUB = "2018-05-10"  # a Thursday
CIVILIANS = "Civilians (Syria)"
REBELS = "Opposition Rebels (Syria)"
# a first sentence telling of civilians killed at another town: the report "reports civilians"
CIVILIANS_FIRST = "قتل أربعة مدنيين يوم الأربعاء في قصف لقوات النظام على بلدة سقبا في الغوطة الشرقية. "


def _targets(extractor, text):
    return strike_targets(extractor, text, PUB)


@pytest.mark.parametrize("second", [
    "وقصفت قوات النظام يوم الأربعاء تحصينات وأوكار التنظيمات الإرهابية في بلدة حمورية.",
    "وقال التلفزيون الرسمي إن وحدات الجيش قصفت يوم الأربعاء أوكار الإرهابيين في بلدة حمورية.",
    "وواصلت المدفعية يوم الأربعاء قصف تحصينات المتشددين في بلدة حمورية.",
    "وقال الجيش إنه شن يوم الأربعاء ضربات على المناطق التي انطلقت منها القذائف في بلدة حمورية.",
])
def test_fighters_target_in_own_sentence(extractor, second):
    targets = _targets(extractor, CIVILIANS_FIRST + second)
    assert targets.get("Saqba") == CIVILIANS
    assert targets.get("Hamouriyah") == REBELS


@pytest.mark.parametrize("second", [
    # a target of the government's side: never the rebels
    "وقصفت قوات النظام يوم الأربعاء مواقع الجيش السوري في بلدة حمورية عن طريق الخطأ.",
    # civilians in the strike's own sentence
    "وقصفت قوات النظام يوم الأربعاء منازل المدنيين ومواقع المسلحين في بلدة حمورية.",
])
def test_civilians_default_stays(extractor, second):
    targets = _targets(extractor, CIVILIANS_FIRST + second)
    assert targets and REBELS not in targets.values()
