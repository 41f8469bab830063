"""Precision audit g105r (sentences of our own): an act told as the answer to another stands at its own country;
«نفس اليوم»/«ذات اليوم» is the same day, never today.

«أطلقت الميليشيات صواريخ على مواقع في هضبة الجولان، ما دفع الجيش إلى الرد بغارات على أهداف في سوريا»: the place
before the word of answering is the answered act's; the answer's own place is the country told after it
(function_words answer_verb, places.pick_place). «في وقت لاحق من نفس اليوم» is the day told last, as «اليوم نفسه» is
(relative_dates.tsv rd-then-91000..91001); with no day in reach, or with a relative clause after it («في نفس اليوم الذي
...»), it names no day at all (dates._then_over, dates._names_no_day).
"""
from __future__ import annotations

import datetime as dt

import pytest

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text
from marsad_testdata import read_doc

PUB = "2018-05-11"


def _seen(doc):
    return [(e.event_type, e.sub_event_type, e.location, e.actor1, e.event_date) for e in doc.events]


def _dates(text: str, pub: dt.date) -> list[tuple[str, dt.date | None]]:
    return [(m.text, m.date_start) for m in find_dates(analyze_text(text), pub)]


@pytest.mark.parametrize("text", [
    "سقطت قذائف أطلقها مسلحون على مستوطنة في هضبة الجولان ليل الثلاثاء، "
    "ما دفع الجيش الإسرائيلي إلى الرد بقصف مواقع في سوريا.",
    "سقطت قذائف أطلقها مسلحون على مستوطنة في هضبة الجولان ليل الثلاثاء، "
    "وردت إسرائيل بقصف مواقع عسكرية في سوريا.",
])
def test_answer_stands_at_its_own_country(extractor, text):
    doc = read_doc(extractor, text, PUB, title="تطورات")
    israeli = [e for e in doc.events if e.actor1 and "Israel" in e.actor1]
    assert israeli and all(e.location == "Syria" for e in israeli), _seen(doc)
    # the answered act stays at its own place
    assert any(e.location == "Golan" and e.actor2 and "Israel" in e.actor2 for e in doc.events), _seen(doc)


def test_answer_with_its_own_town_keeps_the_town(extractor):
    # guard: a town told after the answer is its place, as before
    text = ("أطلق مسلحون قذائف على مواقع في هضبة الجولان ليل الثلاثاء، "
            "ورد الجيش الإسرائيلي بقصف مواقع في بلدة خان أرنبة في سوريا.")
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert any(e.location == "Khān Arnabah" for e in doc.events), _seen(doc)
    assert not any(e.location == "Syria" for e in doc.events), _seen(doc)


def test_same_day_before_the_noun_is_the_day_told():
    text = ("قتل مصور بانفجار في كابول صباح الاثنين الماضي. "
            "وفي وقت لاحق من نفس اليوم، أطلق مسلحون النار على صحفي آخر في مدينة خوست.")
    got = _dates(text, dt.date(2018, 5, 3))
    assert ("نفس اليوم", dt.date(2018, 4, 30)) in got, got
    assert not any(d == dt.date(2018, 5, 3) for _, d in got), got


def test_same_day_of_a_relative_clause_is_not_today():
    # guard: the relative clause names the day by another happening; the "then" rows must not read it as the last day
    text = "وفي ذات اليوم الذي قتل فيه الصحفيون، قضى مذيع برصاص مهاجمين في مدينة بجنوب الفلبين."
    got = _dates(text, dt.date(2018, 5, 3))
    assert not any(d == dt.date(2018, 5, 3) for _, d in got), got


def test_same_day_event_dated_by_the_day_told(extractor):
    text = ("قتل مصور بانفجار في كابول صباح الاثنين الماضي. "
            "وفي وقت لاحق من نفس اليوم، أطلق مسلحون النار على صحفي آخر في مدينة خوست فقتلوه.")
    doc = read_doc(extractor, text, "2018-05-03", title="تطورات")
    khost = [e for e in doc.events if e.location == "Khost"]
    assert khost and all(e.event_date == "2018-04-30" for e in khost), _seen(doc)
