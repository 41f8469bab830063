"""g108h: a year closing a since-phrase that a superlative comes before («أعنف الضربات منذ بدء الحرب في 2011»،
«تصعيد غير مسبوق منذ اندلاع النزاع عام 2011») is what the happening is weighed against, not its day
(days.superlative_since, function_words first_since += مسبوق). Before, the year dated the strike and it was dropped as
history. A since-phrase with no superlative still dates a running total or an old act.
Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of, read_doc

PUB = "2018-05-10"
ERV = "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "شهدت البلاد فجر الخميس تصعيدا غير مسبوق منذ اندلاع النزاع المسلح عام 2011، تمثل في هجمات بعشرات الصواريخ طالت "
    "مواقع عسكرية في ريف حمص.",
    "بثت قناة محلية صورا لحظة شن الهجوم الصاروخي على قاعدة عسكرية في ريف حمص، وهو أعنف الضربات منذ بدء الحرب في 2011.",
])
def test_year_of_a_superlative_since_phrase_is_no_day_of_the_strike(extractor, text):
    evs = [e for e in read_doc(extractor, text, PUB).events if e.event_type == ERV]
    assert len(evs) == 1
    assert str(evs[0].date_end) >= "2018-05-09"


def test_year_of_a_plain_since_phrase_still_dates_history(extractor):
    # no superlative before «منذ»: a strike told with «منذ بدء الحرب عام 2011» stays no event of the report's days
    text = "قصفت الطائرات مواقع في ريف حمص مرارا منذ بدء الحرب عام 2011."
    assert not [e for e in read_doc(extractor, text, PUB).events if e.event_type == ERV]
