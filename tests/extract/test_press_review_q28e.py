"""Press reviews (branch q28e), on documents of our own.

A press review names itself in its lead ("في الصحف اليوم") and retells what other papers wrote: deals, takings,
forecasts. As in commentary, its happenings stay events only when told with a day and a place of their own, but
for the strikes it relays, which need a place of their own only (genre.tsv column ``undated``).
"""
from __future__ import annotations

from marsad.extract.genre import commentary_cue, keeps_undated
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"
LEAD = "في الصحف اليوم: مفاوضات متعثرة في الشمال السوري وتوتر على الحدود.\n"
BODY = ("صحيفة الأخبار قالت إن القوات الحكومية سيطرت على بلدة سراقب بعد انسحاب الفصائل منها.\n"
        "وكتبت صحيفة أخرى عن غارات جوية استهدفت سوقا شعبيا في مدينة معرة النعمان وقتل فيها عشرة مدنيين.\n")


def _run(extractor, text, title):
    return extractor(MetaStep()(Document(text=text, title=title, published=PUB)))


def _kept(doc):
    return sorted((e.sub_event_type, e.location_text) for e in doc.events)


def test_a_press_review_keeps_the_strike_it_relays_and_drops_the_undated_taking(extractor):
    doc = _run(extractor, LEAD + BODY, "توتر في الشمال")
    assert _kept(doc) == [("Air/drone strike", "معرة النعمان")], _kept(doc)
    assert any(d["reason"] == "commentary: no day of its own" and d["rule_id"] == "gn-lead-8000"
               for d in doc.dropped), doc.dropped


def test_the_same_sentences_in_a_report_stay_events(extractor):
    doc = _run(extractor, BODY, "توتر في الشمال")
    assert ("Government regains territory", "سراقب") in _kept(doc), _kept(doc)


def test_a_stricter_mark_wins_over_the_press_review_lead(extractor):
    doc = _run(extractor, LEAD + BODY, "تحليل: توتر في الشمال")
    assert _kept(doc) == [], _kept(doc)
    assert commentary_cue("تحليل: توتر في الشمال", LEAD + BODY, True) == "gn-label-3"
    assert commentary_cue("توتر في الشمال", LEAD + BODY, True) == "gn-lead-8000"


def test_only_the_press_review_rows_keep_undated_strikes():
    assert keeps_undated("gn-lead-8001", "Explosions/Remote violence")
    assert not keeps_undated("gn-lead-8001", "Battles")
    assert not keeps_undated("gn-lead-1", "Explosions/Remote violence")
