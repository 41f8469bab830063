"""Recall from dropped candidates, on sentences of our own (branch g35g).

A weak development told far from the lead with a day and a town of its own is a report, not a state of affairs
(step.py DATED, "dated-at-place"), unless its day is when another happening began ("بدأتها في 19 يونيو",
function_words began_day); «قتل» with its agent and fighters counted as the dead is a clash, read as the second row of
the phrase when the sentence names no civilian (triggers.tsv tr-clash-13100, step._licensed); the group the dead are
counted of ("قتل 14 عنصرا من قوات النظام") is no agent of the killing."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-07-08"  # a Sunday
LEAD = ("قصفت طائرات حربية روسية مدينة دوما في الغوطة الشرقية يوم الأحد، ما أسفر عن مقتل ثمانية مدنيين، وفق المرصد "
        "السوري لحقوق الإنسان. وتعاني المنطقة من أوضاع إنسانية صعبة منذ سنوات. ويعيش السكان في الأقبية خوفا من القصف "
        "المتواصل. ")


def _later(extractor, sentence: str) -> list:
    """The events read after the lead and its filler (the lead's strike is always kept)."""
    doc = read_doc(extractor, LEAD + sentence, PUB)
    return [e for e in doc.events if e.event_type != "Explosions/Remote violence"]


@pytest.mark.parametrize("sentence, day", [
    ("ووافقت الفصائل المعارضة في مدينة نوى، الجمعة، على التسوية مع الحكومة.", "2018-07-06"),
    ("وإثر حملة للقوات الحكومية، وافقت الفصائل في مدينة نوى في 19 يونيو على التسوية.", "2018-06-19"),
])
def test_a_weak_development_told_with_its_day_and_town_is_kept(extractor, sentence, day):
    evs = _later(extractor, sentence)
    assert [(e.sub_event_type, e.location, e.date_start) for e in evs] == [("Agreement", "Nawá", day)]
    assert "dated-at-place" in evs[0].rule_ids


def test_the_day_another_campaign_began_keeps_no_weak_development(extractor):
    # the same agreement, but the day is when the campaign began: no day of the agreement's own
    assert _later(extractor, "وإثر حملة بدأتها القوات الحكومية في 19 يونيو، وافقت الفصائل في مدينة نوى على التسوية.") == []


def test_a_weak_development_with_no_day_stays_dropped(extractor):
    assert _later(extractor, "ووافقت الفصائل المعارضة في مدينة نوى على التسوية مع الحكومة.") == []


@pytest.mark.parametrize("text", [
    "قتل الجيش التركي 11 مسلحا في عفرين أمس.",
    "أعلن جيش الإسلام أنه قتل 25 جنديا في حرستا أمس.",
])
def test_fighters_killed_by_a_named_side_are_a_clash(extractor, text):
    doc = read_doc(extractor, text, "2018-04-30")
    assert [(e.event_type, e.sub_event_type, e.date_start) for e in doc.events] == [
        ("Battles", "Armed clash", "2018-04-29")]
    assert "tr-clash-13100" in doc.events[0].rule_ids
    assert doc.events[0].actor1 is not None


def test_civilians_killed_stay_an_attack(extractor):
    doc = read_doc(extractor, "قتل مسلحون مجهولون ثلاثة مدنيين في مدينة البصرة أمس.", "2018-04-30")
    assert [e.event_type for e in doc.events] == ["Violence against civilians"]


@pytest.mark.parametrize("text", [
    "قتل 14 عنصرا من قوات النظام في حمص أمس.",
    "كما قتل أكثر من 370 مقاتلا كرديا في عفرين، بحسب المصدر ذاته.",
])
def test_the_group_the_dead_are_counted_of_is_no_agent(extractor, text):
    # who killed them is not told: a count, not a clash the counted side fought
    doc = read_doc(extractor, text, "2018-04-30")
    assert doc.events == []
    assert any(d["rule_id"] == "tr-clash-13100" for d in doc.dropped)


def test_a_kept_weak_transfer_takes_the_group_the_report_names(extractor):
    # the evacuation the lead tells names the group; the weak mention of another departure only has the default
    text = ("غادر مقاتلو فيلق الرحمن بلدة عربين في الغوطة الشرقية يوم الخميس، وفق وزارة الدفاع الروسية. "
            "وتعاني المنطقة من أوضاع إنسانية صعبة منذ سنوات. ويعيش السكان في الأقبية خوفا من القصف المتواصل. "
            "وأعلن الإعلام الرسمي خروج موكب مقاتلين من بلدة زملكا ليل الاثنين.")
    doc = read_doc(extractor, text, "2018-03-29")
    weak = [e for e in doc.events if "dated-at-place" in e.rule_ids]
    assert [(e.location, e.actor2) for e in weak] == [("Zamalka", "Faylaq al Rahman")]
    assert "actor2-kin" in weak[0].rule_ids
