"""Civilians named only as displaced, evacuated, protected or as who tells the news are not whom a strike fell on,
branch g66e, on sentences of our own: «مصير المدنيين»، «نزوح آلاف السكان»، «قال سكان» leave a government strike on a
town to the Syrian default target (the opposition holding it); civilians killed in the strike still make it
theirs."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
EXPLOSIONS = "Explosions/Remote violence"
CIVILIANS = "Civilians (Syria)"


def _targets(extractor, text):
    return [e.actor2 for e in read_doc(extractor, text, PUB).events if e.event_type == EXPLOSIONS]


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام السوري بلدة كفرنبل في ريف إدلب يوم الأربعاء، وسط مخاوف على مصير المدنيين فيها.",
    "شنت طائرات النظام غارات على بلدة حرستا يوم الأربعاء، بالتزامن مع نزوح آلاف السكان منها.",
    "وقال سكان إن طائرات حربية روسية شنت غارات على بلدة خان شيخون في ريف إدلب يوم الأربعاء.",
])
def test_spared_civilians_not_the_target(extractor, text):
    targets = _targets(extractor, text)
    assert targets and CIVILIANS not in targets
    assert "Opposition Rebels (Syria)" in targets


def test_civilians_killed_stay_the_target(extractor):
    text = "قتل خمسة مدنيين يوم الأربعاء في غارات جوية لقوات النظام على بلدة كفرنبل في ريف إدلب."
    assert _targets(extractor, text) == [CIVILIANS]
