"""g109l: throughput work with no change in output (a document-level needle gate of the same-month day, g108u).

`dates.find_dates` asked `_same_month_day` at every starter that opens no date; it now asks only in a text that holds
the words of some same_month phrase («من الشهر نفسه»). The gate must never rule out a text the full reading would
read such a day in: the tests below compare the gated reading with the ungated one, on sentences of our own.
"""
from __future__ import annotations

import datetime as dt

from marsad.lang.ar import dates
from marsad.lang.ar.dates import _may_hold_same_month, _same_month_needles, find_dates
from marsad.lang.ar.tokens import analyze_text
from tests.marsad_testdata import patches_compiled_calls

PUB = dt.date(2019, 6, 20)
SAME = ("وفي 4 من الشهر نفسه قصفت الطائرات قرية في ريف إدلب.",
        "وفي السابع من الشهر ذاته سقطت قذائف على حي سكني.",
        "وفي العاشر من نفس الشهر انفجرت عبوة قرب سوق شعبي.",
        "وفي 12 من ذات الشهر اندلعت اشتباكات عند الحاجز.")
LEAD = "قتل مدنيان في غارة على بلدة في ريف حماة في 2 أيار/مايو. "


def _read(text):
    return [(d.text, d.date_start, d.date_end, d.rule_id) for d in find_dates(analyze_text(text), PUB)]


def test_needles_are_the_words_of_each_phrase_shared_word_first():
    needles = _same_month_needles()
    assert needles and all(ws[0] == "الشهر" for ws in needles)
    assert {w for ws in needles for w in ws} >= {"الشهر", "نفسه", "ذاته", "نفس", "ذات"}
    assert not _may_hold_same_month(analyze_text("قصفت الطائرات بلدة في الشهر الماضي").norm.text)
    assert not _may_hold_same_month(analyze_text("في الوقت نفسه قصفت الطائرات بلدة").norm.text)


def test_the_gate_holds_every_text_with_a_same_month_day():
    for sentence in SAME:
        an = analyze_text(LEAD + sentence)
        assert _may_hold_same_month(an.norm.text), sentence
        days = find_dates(an, PUB)
        # the day is read in May, the month told last, not in June (the publication's)
        assert any(d.date_start is not None and d.date_start.month == 5 and d.date_start.day > 2
                   and d.tok_start > 10 for d in days), (sentence, [(d.text, d.date_start) for d in days])


def test_gated_reading_equals_the_full_one(monkeypatch):
    patches_compiled_calls(dates)
    texts = [LEAD + s for s in SAME] + [
        LEAD + "وفي الشهر الماضي قتل آخرون في قصف مماثل.",
        LEAD + "وفي الوقت نفسه أعلن الجيش مقتل ثلاثة مسلحين في 5 من الشهر الجاري.",
        "- 2015 -\n3 آذار/مارس: قصفت الطائرات مواقع قرب تدمر.\nوفي 9 من الشهر ذاته قصفت الطائرات المطار.",
        "قصفت المدفعية قرية في ريف حلب يوم الثلاثاء.",
    ]
    gated = [_read(t) for t in texts]
    monkeypatch.setattr(dates, "_may_hold_same_month", lambda text: True)
    assert [_read(t) for t in texts] == gated
    # the texts without the words of a same-month phrase are ruled out by the gate («الشهر» and «نفسه» apart, in
    # «في الوقت نفسه ... من الشهر الجاري», pass it: the full reading then finds no such day)
    monkeypatch.undo()
    assert [_may_hold_same_month(analyze_text(t).norm.text) for t in texts] == [True] * 4 + [False, True, True, False]
