"""g110d (strategic developments recall): changes of a group told by their week, Russian fighters.

- Change to group/activity keeps a mention told by a past week right at its act («أخلت في الأسبوع الماضي»، «انتشروا
  الأسبوع الفائت»: event_types week_gap 6); a span up to now («خلال الأسبوعين الماضيين») stays dropped.
- «مقاتلين روس/روسا»، «مرتزقة روس» name Russia's forces (actors.tsv rus-mil)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-09"  # a Wednesday
CHANGE = ("Strategic developments", "Change to group/activity")


def _kinds(doc):
    return [(e.event_type, e.sub_event_type) for e in doc.events]


@pytest.mark.parametrize("text", [
    "وقال المرصد إن قوات النظام أخلت في الأسبوع الماضي مطار الشعيرات العسكري في ريف حمص.",
    "وقال الوزير إن مسلحين موالين للحكومة انتشروا الأسبوع الفائت في بلدة الميادين.",
])
def test_change_told_by_its_week_kept(extractor, text):
    assert CHANGE in _kinds(read_doc(extractor, text, PUB))


def test_change_over_a_span_up_to_now_dropped(extractor):
    text = "وحشدت قوات النظام خلال الأسبوعين الماضيين تعزيزاتها العسكرية في ريف حمص الشمالي."
    assert CHANGE not in _kinds(read_doc(extractor, text, PUB))


def test_russian_fighters_are_russia(extractor):
    text = "وقال المسؤول إن مقاتلين روسا انتشروا الأسبوع الفائت في بلدة الميادين."
    evs = [e for e in read_doc(extractor, text, PUB).events if (e.event_type, e.sub_event_type) == CHANGE]
    assert [e.actor1 for e in evs] == ["Military Forces of Russia (2000-)"]
