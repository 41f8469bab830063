"""An indefinite armed group's noun with a Change to group/activity verb right after it is an unmarked relative clause
describing the group, not a report (g102q; modality.tsv md-rel-75100..75105): «مناطق يسيطر عليها فصيل بايع تنظيم
داعش»، «مجموعة مبايعة للتنظيم». Guards: the definite noun is the clause's subject («الفصيل سلم أسلحته» stays an
event), and a group that pledges allegiance told as news with its own verb first stays. Sentences of our own.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUBLISHED = "2018-08-14"  # a Tuesday
CHG = "Change to group/activity"

DESCRIBED = [
    pytest.param("وفر مئات المدنيين الاثنين من قرى في ريف درعا الغربي يسيطر عليها فصيل بايع تنظيم داعش.",
                 id="faction-pledged"),
    pytest.param("وقال ناشطون الاثنين إن مجموعة مبايعة لتنظيم داعش تنشط في بادية ريف درعا الشرقي.",
                 id="group-pledged-noun"),
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_group_described_by_its_allegiance_is_no_event(extractor, text):
    doc = read_doc(extractor, text, PUBLISHED)
    assert CHG not in [e.sub_event_type for e in doc.events], [(e.sub_event_type, e.location, e.rule_ids) for e in doc.events]


def test_definite_group_is_the_subject(extractor):
    doc = read_doc(extractor, "وكان الفصيل قد سلم أسلحته الثقيلة للشرطة العسكرية الروسية في مدينة دوما الاثنين.",
                   PUBLISHED)
    assert CHG in [e.sub_event_type for e in doc.events], [(e.sub_event_type, e.location, e.rule_ids) for e in doc.events]
