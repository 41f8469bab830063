"""A taking whose since-phrase dates a phrase nested after it (branch g62c): "منذ" after a relative pronoun, "في إطار"
or a superlative belongs to that phrase, so the taking is one act of its day, not a tally since then; a since-phrase
right after the taking's object still makes it a tally."""
from __future__ import annotations

from marsad_testdata import read_doc

TAKINGS = {"Government regains territory", "Non-state actor overtakes territory"}


def _takings(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, "2018-07-07").events if e.sub_event_type in TAKINGS]


def test_since_of_a_relative_clause_keeps_the_taking(extractor):
    text = ("سيطرت قوات النظام السوري الجمعة على بلدة نصيب التي كانت الفصائل المعارضة تسيطر عليها منذ عام 2015، "
            "وفق ما أفاد المرصد.")
    out = _takings(extractor, text)
    assert [(e.sub_event_type, e.date_start) for e in out] == [("Government regains territory", "2018-07-06")]
    assert "ts-42800" in out[0].rule_ids


def test_since_of_the_framing_campaign_keeps_the_taking(extractor):
    text = ("سيطر تنظيم الدولة الإسلامية الجمعة على قرى قرب مدينة البوكمال في هجوم هو الأعنف في المنطقة منذ أشهر، "
            "بحسب المرصد.")
    assert [e.sub_event_type for e in _takings(extractor, text)] == ["Non-state actor overtakes territory"]


def test_a_tally_since_the_start_stays_a_tally(extractor):
    text = "وسيطرت قوات النظام السوري على 40 قرية منذ بدء هجومها في ريف درعا، وفق ما أفاد المرصد."
    assert _takings(extractor, text) == []
