"""Actors of matched events (branch g109q): the people an arrest holds, told by a counted nationality or a person
noun, are civilians (of that nationality); a group head with «و» between two subjects keeps the first as the agent."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday


def _arrests(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e for e in doc.events if e.sub_event_type == "Arrests"]


HELD = [
    # a counted nationality: the civilians of that nationality, not of the country where they were held
    ("اعتقلت الشرطة الهولندية يوم الخميس 3 عراقيين للاشتباه بتخطيطهم لهجوم في مدينة روتردام.\n", "Civilians (Iraq)"),
    ("أعلنت السلطات البحرينية، الخميس، اعتقال 11 إيرانيا في مدينة المنامة بعد دخولهم البلاد بوثائق مزورة.\n",
     "Civilians (Iran)"),
    # a person noun: the civilians of the event's country
    ("قالت الشرطة الإسبانية إنها اعتقلت يوم الخميس شخصا يشتبه بتخطيطه لاعتداء في مدينة مدريد.\n", "Civilians (Spain)"),
]


@pytest.mark.parametrize("text,held", HELD)
def test_people_held_are_civilians(extractor, text, held):
    arrests = _arrests(extractor, text)
    assert arrests and arrests[0].actor2 == held


NOT_HELD = [
    # suspected of belonging to a group: the group's men, not plain civilians
    "اعتقلت الشرطة الإسبانية يوم الخميس أشخاصا يشتبه بانتمائهم إلى شبكة تمويل في مدينة مدريد.\n",
    # the one held is told by a pronoun (a member named before); his wife with him does not make the arrest civilians'
    "قالت الشرطة الإسبانية إن المتطرف فر إلى مدينة مدريد حيث تم القبض عليه يوم الخميس مع زوجته.\n",
]


@pytest.mark.parametrize("text", NOT_HELD)
def test_members_or_a_pronoun_held_are_no_civilians(extractor, text):
    arrests = _arrests(extractor, text)
    assert arrests and arrests[0].actor2 is None


def test_group_head_between_two_subjects_keeps_the_first_as_agent(extractor):
    text = ("قال ناشطون يوم الخميس إن قوات النظام وميليشيات حزب الله المتمركزة في جبل عزان جنوبي حلب نقلت "
            "عناصرها إلى أحياء سكنية.\n")
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    moves = [e for e in doc.events if e.sub_event_type == "Change to group/activity"]
    assert moves and moves[0].actor1 == "Military Forces of Syria (2000-)"
