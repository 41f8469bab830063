"""g106h (strategic developments, whole-article audit): fighters agreeing to surrender.

- «وافق* ... على الاستسلام»: fighters agreeing to surrender conclude a deal (Agreement, tr-agr-57000, now that
  trigger_cues agreed_matter holds استسلام*); the surrender after «على» is the deal's term, an aim or a call
  (tr-chg-1 needs !surrender_aimed), not a surrender done (it was read as a Change to group/activity).
- A surrender told done («استسلم عشرات المسلحين»، «أعلن استسلام المسلحين») is still a Change to group/activity.
- Factions merging under a new name (trigger_kinds group_union) and reinforcements sent elsewhere in the province told in
  another sentence are two Change to group/activity events (merge._union_apart); they were one (the reinforcements').
  A merger retold by a mention with no place of its own still joins it."""
from __future__ import annotations

import pytest

from marsad_testdata import of_kind, read_doc

PUB = "2018-07-11"  # a Wednesday
AGREEMENT = ("Strategic developments", "Agreement")
CHANGE = ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize("text", [
    "ووافق المسلحون المحاصرون في بلدات كفرنبودة وقلعة المضيق على الاستسلام، الثلاثاء.",
    "وافق مقاتلو المعارضة في مدينة جاسم يوم الاثنين على الاستسلام للقوات الحكومية.",
])
def test_agreed_surrender_is_an_agreement(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert len(of_kind(doc, AGREEMENT)) == 1
    assert "tr-agr-57000" in of_kind(doc, AGREEMENT)[0].rule_ids
    assert of_kind(doc, CHANGE) == []


@pytest.mark.parametrize("text", [
    "وكثفت الطائرات غاراتها على البلدة يوم الثلاثاء لإجبار المسلحين على الاستسلام.",
    "وألقت المروحيات منشورات على بلدة جاسم تحض السكان على الاستسلام.",
])
def test_surrender_aimed_at_is_no_change(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert of_kind(doc, CHANGE) == []
    assert of_kind(doc, AGREEMENT) == []


def test_surrender_done_is_still_a_change(extractor):
    doc = read_doc(extractor, "واستسلم عشرات المسلحين في بلدة جاسم للقوات الحكومية يوم الثلاثاء.", PUB)
    assert len(of_kind(doc, CHANGE)) == 1


def test_merger_kept_apart_from_reinforcements(extractor):
    text = ("أرسلت قوات النظام السوري الثلاثاء تعزيزات عسكرية إلى بلدة خربة غزالة في ريف درعا. "
            "وأعلنت 7 فصائل مسلحة في محافظة درعا، الاثنين، عن اندماجها تحت مسمى \"جبهة الجنوب الموحدة\".")
    evs = of_kind(read_doc(extractor, text, PUB), CHANGE)
    assert len(evs) == 2
    assert sorted(e.date_start for e in evs) == ["2018-07-09", "2018-07-10"]
    assert any("tr-chg-81001" in e.rule_ids and "tr-chg-9" not in e.rule_ids for e in evs)


def test_merger_retold_without_place_joins(extractor):
    text = ("أعلنت فصائل المعارضة في محافظة درعا، الاثنين، عن اندماجها تحت مسمى \"جبهة الجنوب الموحدة\". "
            "وقالت الفصائل إن الاندماج تحت مسمى \"جبهة الجنوب الموحدة\" يهدف إلى توحيد القرار العسكري.")
    assert len(of_kind(read_doc(extractor, text, PUB), CHANGE)) == 1
