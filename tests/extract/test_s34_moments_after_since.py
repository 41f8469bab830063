"""Lead, session 34: "منذ بدء X بدقائق" (only minutes after X began) tells a point in time, not a running total.
A strike told so is one happening of its day; the same since cue with no minutes or hours still makes a total."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

DAY = "2018-02-27"


@pytest.mark.parametrize("text", [
    "ومنذ بدء الهدنة بدقائق، ذكر ناشطون تنفيذ قصف جوي على بلدة حمورية، ليقتل شخصا على الأقل.",
    "ومنذ بدء إعلان التوقف الإنساني بساعات، شنت الطائرات غارات على بلدة حمورية.",
])
def test_minutes_after_a_start_is_no_running_total(extractor, text):
    events = read_doc(extractor, text, DAY).events
    assert [(e.event_type, e.location) for e in events] == [("Explosions/Remote violence", "Hamouriyah")]


def test_since_a_start_without_minutes_stays_a_total(extractor):
    # the guard: a campaign's dead counted since its start is a reported total, no strike of one day
    doc = read_doc(extractor, "ومنذ بدء الحملة قبل أسابيع، قتل أكثر من 500 مدني في قصف على بلدة حمورية.", DAY)
    assert not [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
