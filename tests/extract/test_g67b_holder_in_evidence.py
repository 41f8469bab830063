"""A strike whose own sentence names the armed group holding or fighting at the place, and no civilians, falls on that
group, even in a report that tells of civilians killed elsewhere (branch g67b, on sentences of our own): the
document-wide civilians default (dt-1802..1804) gives way to the holder. A group named only as a source or a
negotiator, or civilians named in the strike's own sentence, leave the civilians default in place."""
from __future__ import annotations

import pytest

from marsad_testdata import strike_targets

PUB = "2018-05-10"  # a Thursday
CIVILIANS = "Civilians (Syria)"
# a first sentence telling of civilians killed at another town: the report "reports civilians"
CIVILIANS_FIRST = "قتل أربعة مدنيين يوم الأربعاء في قصف لقوات النظام على بلدة سقبا في الغوطة الشرقية. "


def _targets(extractor, text):
    return strike_targets(extractor, text, PUB)


@pytest.mark.parametrize("second, group", [
    ("وتعرضت بلدة حمورية الواقعة تحت سيطرة فيلق الرحمن يوم الأربعاء لغارات جوية روسية وسورية.", "Faylaq al Rahman"),
    ("وتدور اشتباكات بين مقاتلي جيش الإسلام وقوات النظام في محيط بلدة مسرابا يوم الأربعاء، تترافق مع قصف مدفعي.",
     "Jaish al Islam"),
])
def test_holder_named_in_own_sentence(extractor, second, group):
    targets = _targets(extractor, CIVILIANS_FIRST + second)
    assert targets.get("Saqba") == CIVILIANS
    assert group in targets.values()


@pytest.mark.parametrize("second", [
    # the opposition only tells the news
    "وقال مسؤول من فصائل المعارضة إن بلدة حمورية تعرضت يوم الأربعاء لغارات جوية روسية وسورية.",
    # civilians in the strike's own sentence
    "وتعرضت منازل المدنيين في بلدة حمورية الواقعة تحت سيطرة فيلق الرحمن يوم الأربعاء لغارات جوية روسية وسورية.",
])
def test_civilians_default_stays(extractor, second):
    targets = _targets(extractor, CIVILIANS_FIRST + second)
    assert targets and set(targets.values()) == {CIVILIANS}
