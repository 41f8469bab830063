"""Happenings named as what a side welcomes or criticises, branch g65b, on sentences of our own: a definite strike
governed by «رحب/انتقد» (reactor_head, over its subject and day, with «بـ» too), with no day of its own, is a
happening told before, not news (before g65b the welcoming side was read as its agent). The same strike told with
its own verb, day and toll stays."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
EXPLOSIONS = "Explosions/Remote violence"


def _strikes(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == EXPLOSIONS]


@pytest.mark.parametrize("text", [
    "ورحبت الحكومة الكندية الأربعاء بالضربات الجوية على مواقع عسكرية في سوريا.",
    "وانتقد زعيم الحزب المعارض الأربعاء الضربات الجوية على مواقع عسكرية في سوريا.",
    "ويرحب الوزير بالغارات الجوية على مواقع عسكرية في سوريا.",
    "وتنتقد المعارضة القصف المدفعي على قرى ريف حماة.",
])
def test_welcomed_or_criticised_not_news(extractor, text):
    assert not _strikes(extractor, text)


def test_told_strike_stays(extractor):
    text = "وقتل عشرة مدنيين الأربعاء في غارات جوية استهدفت بلدة كفرزيتا في ريف حماة."
    assert _strikes(extractor, text)
