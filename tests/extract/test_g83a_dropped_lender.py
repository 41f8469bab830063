"""A mention dropped later for low confidence lends no agent to the document's other mentions (g83a): the clash a
report tells with its sides reads the Syrian army, not Moscow from a closing sentence that only blames Moscow and
Damascus for the fighting (``_document_agents`` gathers lenders only at or above the candidate floor)."""
from __future__ import annotations

import pytest

from marsad_testdata import RUS, SYR, events_of

PUB = "2018-03-10"
CLASH = "Armed clash"


@pytest.mark.parametrize("text", [
    "أفاد ناشطون يوم الجمعة بأن بلدة حمورية في الغوطة الشرقية تعيش قتالا عنيفا بين الفصائل المسلحة وقوات الجيش "
    "السوري. وحملت المنظمات الإنسانية الدولية موسكو ودمشق مسؤولية القتال.",
    "ذكر مراسلون يوم الجمعة أن مدينة دوما تشهد منذ الصباح قتالا عنيفا بين الفصائل المسلحة وقوات الجيش السوري. "
    "وحملت منظمات حقوقية موسكو ودمشق مسؤولية القتال.",
])
def test_low_confidence_mention_lends_no_agent(extractor, text):
    clashes = events_of(extractor, text, CLASH, PUB)
    assert len(clashes) == 1
    assert clashes[0].actor1 == SYR
    assert clashes[0].actor1 != RUS
    assert "actor-document" not in clashes[0].rule_ids
