"""A government or Russian strike whose own sentence, and the sentences just before and after it, tell of no
civilians harmed falls on the armed opposition holding the place, even in a report that tells of civilians killed
elsewhere (branch g70a, on sentences of our own). A toll told in the next sentence keeps the civilians."""
from __future__ import annotations

from marsad_testdata import strike_targets

PUB = "2018-05-10"  # a Thursday
CIVILIANS = "Civilians (Syria)"
REBELS = "Opposition Rebels (Syria)"
CIVILIANS_FIRST = "قتل أربعة مدنيين يوم الأربعاء في قصف لقوات النظام على بلدة سقبا في الغوطة الشرقية. "
# a sentence between, of no strike and no civilians, so the later strike is not beside the toll
BETWEEN = "وعقد مجلس الأمن جلسة لبحث الوضع في سوريا يوم الأربعاء. "


def _targets(extractor, text):
    return strike_targets(extractor, text, PUB)


def test_strike_without_civilians_beside_falls_on_rebels(extractor):
    text = CIVILIANS_FIRST + BETWEEN + "وفي سياق آخر، قصفت القوات الحكومية بلدة الحراك في ريف درعا يوم الأربعاء."
    targets = _targets(extractor, text)
    assert targets.get("Saqba") == CIVILIANS
    assert targets.get("Al Ḩirāk") == REBELS


def test_toll_in_next_sentence_keeps_civilians(extractor):
    text = (BETWEEN + "وقصفت القوات الحكومية بلدة الحراك في ريف درعا يوم الأربعاء. "
            "وقتل ثلاثة مدنيين في القصف بحسب المرصد.")
    assert _targets(extractor, text).get("Al Ḩirāk") == CIVILIANS
