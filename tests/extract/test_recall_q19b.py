"""Recall on unseen news, on sentences of our own (branch q19b): the towns of one list share its report."""
from __future__ import annotations

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
