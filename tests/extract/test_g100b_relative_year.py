"""g100b: a bare year (or «منذ سنوات») inside a relative clause on another noun after a verb trigger dated the act:
«تظاهر المئات ... ضد القانون الذي أقره البرلمان عام 2009» fell as background older than a month. The year is the
noun's history (days.year_of_other_relative), so the act keeps the report's day; the event cites
year-of-relative-67800. Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-08-03"


def _protests(extractor, text: str) -> list[tuple[str, list[str]]]:
    return [(e.location, list(e.rule_ids)) for e in read_doc(extractor, text, PUB).events
            if e.event_type == "Protests"]


@pytest.mark.parametrize("text", [
    "وتظاهر العشرات في مدينة الكوت، وسط شعارات ضد البطالة التي يعاني منها الشباب منذ سنوات.",
    "واحتج مئات العمال في مدينة الكوت، مطالبين بحقوقهم في المصنع الذي أغلقته الحكومة عام 2015.",
    "وتظاهر المئات من سكان مدينة العمارة أمام مبنى المحافظة احتجاجا على قانون التقاعد الذي أقره البرلمان عام 2009.",
])
def test_a_year_of_another_nouns_relative_clause_dates_no_protest(extractor, text):
    got = _protests(extractor, text)
    assert len(got) == 1 and "year-of-relative-67800" in got[0][1]


GUARDS = {
    # the year told with the act itself, no relative clause: history
    "own year": "وتظاهر المئات من سكان مدينة العمارة أمام مبنى المحافظة في عام 2009 احتجاجا على قانون التقاعد.",
    # the act's own relative clause: the protests that took place in 2011
    "own clause": "وقال المتحدث إن المظاهرات التي خرجت في مدينة العمارة عام 2011 كانت سلمية.",
    # the only town is the old attack's, inside the clause: the arrest would borrow its place with its year
    "place in clause": "واعتقلت أجهزة الأمن رجلا متهما بالتخطيط للتفجير الذي استهدف مدينة الكوت في عام 2012.",
}


@pytest.mark.parametrize("case", sorted(GUARDS))
def test_no_year_lifted_where_it_may_be_the_acts(extractor, case):
    events = read_doc(extractor, GUARDS[case], PUB).events
    assert not events and not any("year-of-relative-67800" in e.rule_ids for e in events)
