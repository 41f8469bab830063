"""Looting and property destruction told in Syrian and Iraqi usage, raid campaigns, and the agent of
"X يقوم بها Y" (branch g88f), on sentences of our own."""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc


PUB = "2018-05-03"  # a Thursday
LOOT = "Looting/property destruction"


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _subs(doc):
    return [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize("text, rule", [
    ("وقام عناصر من الفصائل بتعفيش منازل المدنيين في بلدة جنديرس يوم الثلاثاء.", "tr-loot-56000"),
    ("ودخل المسلحون بلدة جنديرس يوم الثلاثاء وعفشوا المنازل.", "tr-loot-56001"),
    ("ودخل المسلحون بلدة جنديرس يوم الثلاثاء وأحرقوا المنازل.", "tr-loot-56002"),
    ("وأقدمت الميليشيات على حرق المنازل في مدينة داريا يوم الثلاثاء.", "tr-loot-56003"),
    ("ودخل المسلحون مدينة داريا يوم الثلاثاء وفجروا منازل المدنيين.", "tr-loot-56007"),
    ("ودخلت الجرافات مدينة داريا يوم الثلاثاء وجرفت المنازل.", "tr-loot-56012"),
    ("ودخل المسلحون بلدة جنديرس يوم الثلاثاء وسرقوا ممتلكات المدنيين.", "tr-loot-56014"),
    ("ودخل المسلحون مدينة داريا يوم الثلاثاء وصادروا منازل المهجرين.", "tr-loot-56015"),
])
def test_looting_and_destruction_of_homes_is_an_event(extractor, text, rule):
    doc = _run(extractor, text)
    loot = [e for e in doc.events if e.sub_event_type == LOOT]
    assert loot, (_subs(doc), doc.dropped)
    assert rule in loot[0].rule_ids
    assert str(loot[0].event_date) == "2018-05-01"


@pytest.mark.parametrize("text", [
    "ودخل المسلحون مدينة داريا يوم الثلاثاء وفجروا منازل المدنيين وقتلوا خمسة منهم.",
    "ودخل المسلحون بلدة جنديرس يوم الثلاثاء وأحرقوا المنازل وقتلوا خمسة مدنيين.",
])
def test_homes_destroyed_with_people_killed_stay_the_attack(extractor, text):
    doc = _run(extractor, text)
    assert LOOT not in _subs(doc), _subs(doc)
    assert "Attack" in _subs(doc), (_subs(doc), doc.dropped)


def test_houses_blown_up_killing_people_stay_the_explosion(extractor):
    doc = _run(extractor, "وقتل خمسة مدنيين بتفجير منازل في مدينة داريا يوم الثلاثاء.")
    assert _subs(doc) == ["Remote explosive/landmine/IED"], (_subs(doc), doc.dropped)


@pytest.mark.parametrize("text", [
    "وشنت قوات النظام حملة مداهمات في مدينة داريا يوم الثلاثاء.",
    "وشنت قوات الأمن حملة دهم في مدينة داريا يوم الثلاثاء.",
])
def test_a_raid_campaign_is_arrests(extractor, text):
    doc = _run(extractor, text)
    assert _subs(doc) == ["Arrests"], (_subs(doc), doc.dropped)
    assert str(doc.events[0].event_date) == "2018-05-01"


@pytest.mark.parametrize("text", [
    "وأعربت الولايات المتحدة عن قلقها من الأحداث في مدينة جنديرس يوم الثلاثاء وسط تقارير عن عمليات نهب يقوم بها"
    " مقاتلو الفصائل.",
    "وشهدت مدينة جنديرس يوم الثلاثاء عمليات نهب واسعة قامت بها الفصائل المسلحة.",
])
def test_the_subject_of_yaqum_biha_is_the_looter(extractor, text):
    doc = _run(extractor, text)
    loot = [e for e in doc.events if e.sub_event_type == LOOT]
    assert loot and loot[0].actor1 == "Opposition Rebels (Syria)", [(e.sub_event_type, e.actor1) for e in doc.events]
