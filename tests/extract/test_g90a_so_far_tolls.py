"""Dead told "so far" right before the killing word («حتى الآن عن/إلى/ب مقتل») are a campaign's running total, not
the day's toll (g90a; sentences of our own). "حتى الآن" elsewhere (a fight going on so far) is no tally cue."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-18"


@pytest.mark.parametrize("tally", ["وأعلن الجيش حتى الآن عن مقتل 52 من جنوده في العملية.",
                                   "وأدت العملية حتى الآن إلى مقتل 52 من الجنود.",
                                   "وتسببت الحملة حتى الآن بمقتل 52 من الجنود."])
def test_dead_told_so_far_are_a_running_total(extractor, tally):
    text = f"سيطرت القوات التركية اليوم الأحد على مدينة عفرين بعد معارك مع وحدات حماية الشعب. {tally}"
    doc = read_doc(extractor, text, PUB)
    assert [e.fatalities for e in doc.events if e.fatalities] == []
    assert [t["value"] for t in doc.totals] == [52]


def test_a_fight_going_on_so_far_keeps_its_days_toll(extractor):
    text = ("قتل 7 جنود اليوم الأحد في اشتباكات بين الجيش ومسلحين في بلدة دوما، "
            "ولا تزال الاشتباكات مستمرة حتى الآن.")
    doc = read_doc(extractor, text, PUB)
    assert [e.fatalities for e in doc.events if e.fatalities] == [7]
