"""g103e: arrests and abductions, and detentions recalled from long ago. An arrest made by a non-state armed group or by
unknown gunmen, told as its doer, is an abduction (actor_roles.tsv doer-retype ar-75904, ar-75905: ACLED's Arrests are
the state's or a de facto authority's, which keep theirs: the SDF, ar-75900); the group counted out by «من» as the
people held stays the arrested side. «اقتاد» (tr-arr-75910) is a detention. Entering a building to raid it hands over
no ground (trigger_cues entered_building). A fatality-free assault on a camp told with its people led away is one
abduction (merge._taken_unharmed). A pluperfect act reads an era phrase anywhere after it in its clause, and «قبل اندلاع
الحرب»، «في سنوات سابقة» are eras (modality.tsv md-bg-75940..75947). Sentences composed for these tests."""
from __future__ import annotations

import pytest

from marsad_testdata import pairs_of, read_doc

IS, HTS, SDF = "Islamic State (Iraq and Syria)", "HTS: Hayat Tahrir al Sham", "SDF: Syrian Democratic Forces"
UNID, CIV = "Unidentified Armed Group (Syria)", "Civilians (Syria)"
POLICE_SYRIA, POLICE_IRAQ = "Police Forces of Syria (2000-)", "Police Forces of Iraq (2014-2018)"
ARR, ABD, NVT = "Arrests", "Abduction/forced disappearance", "Non-violent transfer of territory"
DAY = "2018-06-12"


@pytest.mark.parametrize("text, pair", [
    ("احتجز تنظيم داعش يوم الأحد ثمانية مدنيين في بلدة الشعفة.", (IS, CIV)),
    ("اعتقلت هيئة تحرير الشام يوم الأحد أربعة ناشطين في مدينة سراقب.", (HTS, CIV)),
    ("اعتقل مسلحون مجهولون يوم الأحد ثلاثة شبان في مدينة جاسم.", (UNID, CIV)),
    ("اقتاد مسلحون مجهولون يوم الأحد خمسة شبان في مدينة جاسم.", (UNID, CIV)),
])
def test_an_armed_groups_arrest_is_an_abduction(extractor, text, pair):
    assert pairs_of(extractor, text, ABD, DAY) == [pair]
    assert pairs_of(extractor, text, ARR, DAY) == []


def test_the_members_counted_before_their_captives_made_it(extractor):
    # «عناصر من X» right after the verb, its object after them: the group's members did it
    text = "اعتقل عناصر من تنظيم داعش يوم الأحد عشرة مدنيين في بلدة الشعفة."
    evs = [e for e in read_doc(extractor, text, DAY).events if e.sub_event_type == ABD]
    assert [(e.actor1, e.actor2) for e in evs] == [(IS, CIV)] and "ar-75904" in evs[0].rule_ids


@pytest.mark.parametrize("text, pair", [
    # the group counted out as the people held: the state arrested them
    ("اعتقل خمسة من عناصر تنظيم داعش يوم الأحد في مدينة الموصل.", (POLICE_IRAQ, IS)),
    ("اعتقلت الشرطة يوم الأحد ثلاثة من عناصر هيئة تحرير الشام في مدينة حماة.", (POLICE_SYRIA, HTS)),
    # a de facto authority keeps its arrests
    ("اعتقلت قوات سوريا الديمقراطية يوم الأحد ستة من عناصر داعش في مدينة الرقة.", (SDF, IS)),
])
def test_arrests_that_stay_arrests(extractor, text, pair):
    assert pairs_of(extractor, text, ARR, DAY) == [pair]
    assert pairs_of(extractor, text, ABD, DAY) == []


def test_a_tally_of_a_groups_arrests_stays_a_tally(extractor):
    # the listed counts beside an arrest counted over a span are the same report's tallies, abductions or not
    text = ("وثقت الشبكة خلال الشهر الماضي اعتقال 120 شخصا، إذ اعتقلت قوات النظام 70 شخصا خلال الفترة ذاتها، "
            "فيما اعتقلت هيئة تحرير الشام 30 شخصا، واعتقل تنظيم داعش 20 شخصا.")
    evs = read_doc(extractor, text, DAY).events
    assert not [e for e in evs if e.sub_event_type in (ARR, ABD)]


def test_entering_an_office_to_raid_it_hands_over_no_ground(extractor):
    text = "دخلت قوات تابعة لتنظيم داعش يوم الأحد إلى مكتب في بلدة الشعفة واعتقلت العاملين فيه."
    evs = read_doc(extractor, text, DAY).events
    assert not [e for e in evs if e.sub_event_type == NVT]
    assert [(e.actor1, e.sub_event_type) for e in evs] == [(IS, ABD)]


def test_entering_a_town_still_hands_it_over(extractor):
    # guard: armed men entering a town, no building named
    text = "دخلت قوات النظام السوري يوم الأحد إلى بلدة الشعفة بعد خروج المسلحين منها."
    assert [e.sub_event_type for e in read_doc(extractor, text, DAY).events] == [NVT]


def test_a_camp_assault_with_families_led_away_is_one_abduction(extractor):
    text = ("هاجم تنظيم داعش يوم الجمعة مخيما للنازحين قرب بلدة الشعفة. وشن التنظيم هجوما على المخيم، تسيطر عليه "
            "قوات سوريا الديمقراطية، واقتاد عشرات العائلات منه إلى بلدة الشعفة.")
    evs = [e for e in read_doc(extractor, text, DAY).events if e.event_type == "Violence against civilians"]
    assert [(e.sub_event_type, e.actor1) for e in evs] == [(ABD, IS)]
    assert not pairs_of(extractor, text, ARR, DAY)


def test_a_killing_told_with_an_abduction_stays_an_attack(extractor):
    # guard: a killing word is harm the toll may not count; the abduction told with it is part of the attack
    text = "قتل مسلحون مجهولون يوم الجمعة مدنيا في بلدة الشعفة واختطفوا شقيقه."
    evs = [e for e in read_doc(extractor, text, DAY).events if e.event_type == "Violence against civilians"]
    assert evs and all(e.sub_event_type == "Attack" for e in evs)


@pytest.mark.parametrize("text", [
    "وكانت السلطات الأمنية قد اعتقلتهم مع عشرات آخرين من أبناء مدينة داريا في الشهور الأولى من الاحتجاجات.",
    "وكانت قوات الأمن قد اعتقلت الشقيقين في مدينة داريا قبل اندلاع الحرب.",
    "وكانت قوات الأمن قد اعتقلت الشقيقين في مدينة داريا في سنوات سابقة.",
])
def test_detentions_recalled_from_long_ago_are_no_events(extractor, text):
    doc = read_doc(extractor, text, DAY)
    assert not doc.events
    assert any(d["reason"] == "modality:background" for d in doc.dropped)


def test_a_pluperfect_arrest_with_no_era_is_kept(extractor):
    # guard: the pluperfect alone is a recent happening told before the news
    text = "وكانت قوات الأمن قد اعتقلت الشقيقين في مدينة داريا."
    assert pairs_of(extractor, text, ARR, DAY) == [(POLICE_SYRIA, None)]
