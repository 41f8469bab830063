"""Recall on unseen news, on sentences of our own (branch q19b): the towns of one list share its report."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-04"
TAKEN = "أعلن الجيش السوري، الأحد، السيطرة على بلدة النشابية في الغوطة الشرقية بعد معارك مع الفصائل. "
STRUCK = "قصفت طائرات حربية، الأحد، بلدة النشابية في الغوطة الشرقية. "
AFTER = "وبث التلفزيون الرسمي صورا من البلدة. "
LIST = "وأضاف: \"إن عمليات الجيش أسفرت عن استعادة السيطرة على بلدة النشابية وقرى ومزارع أوتايا وحوش الصالحية وحزرما.\""


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def test_the_towns_of_a_weak_list_whose_first_town_was_kept_are_events_like_it(extractor):
    doc = _run(extractor, TAKEN + AFTER + LIST)
    listed = [e for e in doc.events if "list-sibling" in e.rule_ids]
    head = next(e for e in doc.events if e.location == "An Nashābīyah")
    assert len(listed) == 3
    assert {(e.sub_event_type, e.actor1) for e in listed} == {(head.sub_event_type, head.actor1)}


def test_a_weak_list_beside_a_happening_of_another_kind_stays_dropped(extractor):
    doc = _run(extractor, STRUCK + AFTER + LIST)
    assert not any("list-sibling" in e.rule_ids for e in doc.events)


def test_an_attack_one_is_accused_of_launching_is_reported_not_intended(extractor):
    # md-shd-2600: "اتهامات بشن" hides the intention cue بشن (md-int-18)
    doc = _run(extractor, "ويواجه الجيش اتهامات بشن هجوم كيماوي أسفر عن مقتل عشرة مدنيين في دوما الأسبوع الماضي.",
               published="2018-04-12")
    assert [e.sub_event_type for e in doc.events] == ["Chemical weapon"]


def test_a_threat_to_launch_an_attack_is_still_no_happening(extractor):
    doc = _run(extractor, "وهدد الجيش بشن هجوم كيماوي على دوما الأسبوع المقبل.", published="2018-04-12")
    assert doc.events == []


@pytest.mark.parametrize("text", [
    "بعد ليلة شهدت حرق القنصلية في البصرة، نزلت الشرطة إلى الشوارع وسط غضب المحتجين.",  # tr-riot-2600
    "وأقدم المتظاهرون أمس على إحراق مقر حزب في الناصرية.",  # tr-riot-2603
])
def test_burning_a_building_told_as_a_noun_with_protesters_is_a_riot(extractor, text):
    assert "Violent demonstration" in [e.sub_event_type for e in _run(extractor, text, published="2018-09-08").events]


def test_burning_a_building_with_no_protesters_is_no_riot(extractor):
    doc = _run(extractor, "ندد الحزب بحرق مقر الحزب في البصرة الجمعة.", published="2018-09-08")
    assert "Violent demonstration" not in [e.sub_event_type for e in doc.events]
