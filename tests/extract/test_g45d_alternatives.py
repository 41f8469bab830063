"""Arrests and surrenders given as one of alternatives (branch g45d): «أو» right before the trigger
(md-gen-23600) tells a choice, a definition or an aim, not one happening; a plain report is still kept."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday


def _subs(doc) -> list[str]:
    return [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize("text", [
    # the aim of a raid: to kill or arrest
    "وقال المتحدث إن المهمة كانت قتل أو إلقاء القبض على القائد في بلدة الباب يوم الأربعاء.",
    # a word defined by its alternatives
    "وقالت الوزارة إن 200 مسلح جرى تحييدهم في عفرين الأربعاء، وهو لفظ يعني أنهم قتلوا أو اعتقلوا.",
    # a choice put to a group
    "وخير الرئيس المسلحين في بلدة الباب الأربعاء بين الرحيل إلى الشمال مع عائلاتهم أو إلقاء السلاح.",
])
def test_an_alternative_is_no_happening(extractor, text):
    subs = _subs(read_doc(extractor, text, PUB))
    assert "Arrests" not in subs and "Change to group/activity" not in subs


def test_a_plain_arrest_is_kept(extractor):
    doc = read_doc(extractor, "وأعلنت الشرطة العراقية الأربعاء أنها اعتقلت خمسة مسلحين من داعش في الموصل.", PUB)
    assert "Arrests" in _subs(doc)
