"""Ground offensives told launched (branch g110c), on sentences of our own.

- «عملية برية»، «العمليات البرية»، «عمليات برية»، «هجوما بريا» told with a verb that launches them (شن، أطلق، شرع:
  trigger_cues.tsv ground_launch) are fighting of that day (triggers.tsv tr-clash-131000..131003).
- Without such a verb («تمهيد لعملية برية»), as an aim («تستعد لشن عملية برية») or begun («بدأت ... هجوما بريا», which
  mostly retells a campaign's start) they stay no event.
"""
from __future__ import annotations

import pytest

from marsad_testdata import events_of

PUB = "2018-09-12"  # a Wednesday


@pytest.mark.parametrize("text", [
    "أعلنت قوات سوريا الديمقراطية، الثلاثاء، أنها شنت عملية برية واسعة قرب بلدة هجين.",
    "شرعت قوات سوريا الديمقراطية بالعمليات البرية في محيط بلدة هجين يوم 11 أيلول.",
    "وأطلقت قوات سوريا الديمقراطية، الثلاثاء، هجوما بريا جديدا قرب بلدة هجين.",
])
def test_a_ground_offensive_launched_is_a_clash_of_its_day(extractor, text):
    got = events_of(extractor, text, "Armed clash", PUB)
    assert [(e.location, e.actor1) for e in got] == [("Hajīn", "SDF: Syrian Democratic Forces")], got
    assert any(r.startswith("tr-clash-1310") for r in got[0].rule_ids), got[0].rule_ids


@pytest.mark.parametrize("text", [
    "ويمهد القصف المكثف لعملية برية في محيط بلدة هجين.",
    "وتستعد قوات سوريا الديمقراطية لشن عملية برية قرب بلدة هجين.",
    "وكانت قوات سوريا الديمقراطية بدأت هجوما بريا الشهر الماضي وتمكنت حتى الآن من السيطرة على نصف بلدة هجين.",
])
def test_a_ground_offensive_not_launched_that_day_is_no_clash(extractor, text):
    assert events_of(extractor, text, "Armed clash", PUB) == []
