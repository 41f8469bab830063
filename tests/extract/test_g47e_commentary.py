"""Commentary about a war's course kept as events, on sentences of our own (branch g47e): a habit told with «اعتاد»,
the pace («وتيرة») of strikes rising or falling, and an analyst, expert or researcher giving a view are no happenings;
a strike told in its own clause beside an analyst's view still stands."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
VIOLENT = ("Explosions/Remote violence", "Battles", "Strategic developments")


def _violent(doc):
    return [e for e in doc.events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text, reason", [
    # a habit: «اعتادت» as «دأبت»
    ("وقد اعتادت الطائرات الإسرائيلية على قصف مواقع إيرانية في ريف دمشق.", "modality:general"),
    ("ويعتاد الطيران الحربي على قصف بلدة كفرنبل في ساعات الفجر.", "modality:general"),
    # the pace of shelling is a trend, not one shelling
    ("وتراجعت الثلاثاء وتيرة القصف على بلدة كفرنبل في ريف إدلب.", "modality:general"),
    # an analyst's or expert's view, the name and title standing between the speaker and the act
    ("وقال المحلل العسكري أحمد علي إن قصف مطار حماة العسكري كان رسالة إلى طهران.", "modality:opinion"),
    ("ويقول محللون عسكريون إن سيطرة الجيش على بلدة كفرنبل ستغير موازين القوى في الشمال.", "modality:opinion"),
    ("وأكد الخبير في الشؤون العسكرية سامي حسن أن قصف بلدة كفرنبل يهدف إلى دفع السكان للنزوح.", "modality:opinion"),
])
def test_commentary_is_no_happening(extractor, text, reason):
    doc = read_doc(extractor, text, PUB)
    assert not _violent(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert reason in {d["reason"] for d in doc.dropped}, doc.dropped


def test_a_strike_told_before_an_analysts_view_stands(extractor):
    # the shelling is told in its own clause with a day; the analyst speaks after it
    doc = read_doc(extractor, "قصفت قوات النظام الأربعاء بلدة كفرنبل في ريف إدلب، وقال المحلل العسكري أحمد علي إن "
                              "التصعيد رسالة إلى أنقرة.", PUB)
    assert _violent(doc), doc.dropped
