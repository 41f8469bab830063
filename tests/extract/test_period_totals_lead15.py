"""The dead counted "during a period" or "during the escalation" are a campaign's tally over towns, not strikes of a day
(lead, fifteenth session; sentences of our own)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-03-18"


@pytest.mark.parametrize("span", ["خلال تصعيد عمليات القصف الجوي", "خلال التصعيد الأخير من القصف الجوي",
                                  "خلال هذه الفترة بسبب القصف الجوي"])
def test_dead_counted_over_an_escalation_are_a_total(extractor, span):
    text = f"وقال المرصد إن أكثر من 900 مدني قتلوا {span} على بلدات دوما وحرستا وعربين وزملكا."
    doc = read_doc(extractor, text, PUB)
    assert [e for e in doc.events if e.event_type == "Explosions/Remote violence"] == []
    assert [t["value"] for t in doc.totals] == [900]


def test_a_strike_of_the_day_beside_it_is_still_news(extractor):
    text = "وقال المرصد إن غارات جوية استهدفت اليوم الأحد بلدة دوما وأدت إلى مقتل خمسة مدنيين."
    doc = read_doc(extractor, text, PUB)
    assert [e.location for e in doc.events if e.event_type == "Explosions/Remote violence"] == ["Dūmā"]
