"""g98o: a counted series of attacks a state launched on camps or positions («شن الجيش سلسلة من الهجمات ضد مواقع»,
tr-clash-60300..60309 with trigger_cues attacked_sites) is an event; told over the past week («خلال الأسبوع الماضي»,
totals.tsv kind week) with no toll it is one event over that week, not a reported total.
"""
from __future__ import annotations
import pytest
from marsad_testdata import read_doc


PUB = "2018-07-08"

KEPT = [
    # a series of attacks on a group's positions in a named mountain area over the past week
    ("أعلنت وزارة الدفاع أن الجيش التركي شن سلسلة من الهجمات ضد مواقع حزب العمال الكردستاني في جبال قنديل "
     "خلال الأسبوع الماضي.", "Armed clash"),
    # a number of attacks on camps in a region, no week told
    ("وقال المتحدث إن القوات التركية نفذت عددا من الهجمات على معسكرات المسلحين في جبال قنديل.", "Armed clash"),
    # air strikes on camps over the past week: a week's strikes, no total
    ("ذكر بيان عسكري أن الطائرات التركية شنت عددا من الغارات على معسكرات حزب العمال الكردستاني في جبال قنديل "
     "خلال الأسبوع الماضي.", "Air/drone strike"),
]


@pytest.mark.parametrize("text,sub", KEPT)
def test_week_series_kept(extractor, text: str, sub: str) -> None:
    doc = read_doc(extractor, text, PUB)
    assert sub in [e.sub_event_type for e in doc.events]


def test_week_series_spans_the_week(extractor) -> None:
    doc = read_doc(extractor, KEPT[0][0], PUB)
    ev = next(e for e in doc.events if e.sub_event_type == "Armed clash")
    assert ev.date_start < ev.date_end <= PUB and (ev.date_start >= "2018-06-30")


NOT_KEPT = [
    # a toll over the past week stays a reported total: no strike of one week and town carries it
    "وقال ناشطون إن القصف على البلدات قتل أكثر من 300 مدني في ريف درعا خلال الأسبوع الماضي.",
    # a series of attacks with no site struck: a group's record, no event
    "وتتهم السلطات الجماعة التي نفذت عددا من الهجمات في البلاد منذ سنوات.",
    # a series over the past months stays a long-run total
    "وشنت الطائرات الإسرائيلية خلال الأشهر الماضية سلسلة من الهجمات ضد مواقع عسكرية في سوريا.",
]


@pytest.mark.parametrize("text", NOT_KEPT)
def test_not_kept(extractor, text: str) -> None:
    doc = read_doc(extractor, text, PUB)
    assert not [e for e in doc.events if e.fatalities] and not [
        e for e in doc.events if any(r.startswith("tr-clash-603") for r in e.rule_ids)]
