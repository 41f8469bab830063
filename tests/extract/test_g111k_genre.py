"""Press reviews titled by a question, and a wished-for strike (branch g111k), on documents of our own.

A press review is often titled by the headline of one of its items, a question as often as not ("هل ...؟"); the
question says nothing of the review's own genre, so the document stays a press review (its relayed strikes keep a
place of their own without a day) rather than an explainer (every happening needs its own day).
"""
from __future__ import annotations

from marsad.extract.genre import commentary_cue
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-14"
LEAD = "أبرز العناوين التي تناولتها الصحف: محادثات السلام في جنيف، ومهرجان للكتاب في القاهرة.\n"
BODY = ("صحيفة الحياة نشرت خبر مقتل القائد الميداني في غارة جوية شنها طيران التحالف على موكبه في مدينة صعدة "
        "شمال اليمن.\n")
QUESTION = "هل تنجح محادثات جنيف في إنهاء الحرب؟"


def _run(extractor, text, title):
    return extractor(MetaStep()(Document(text=text, title=title, published=PUB)))


def _kept(doc):
    return sorted((e.sub_event_type, e.location_text) for e in doc.events)


def test_a_question_title_over_a_press_review_keeps_the_relayed_strike(extractor):
    doc = _run(extractor, LEAD + BODY, QUESTION)
    assert _kept(doc) == [("Air/drone strike", "صعدة")], (_kept(doc), doc.dropped)


def test_the_press_review_lead_wins_over_a_question_headline():
    assert commentary_cue(QUESTION, LEAD + BODY, False) == "gn-lead-142500"
    # without a press-review lead the question still marks an explainer
    assert commentary_cue(QUESTION, BODY, False) == "gn-q-1"
    # a label still wins over the press review
    assert commentary_cue("تحليل: " + QUESTION, LEAD + BODY, False) == "gn-label-3"


def test_a_review_naming_the_papers_interest_is_a_press_review():
    lead = "انصب اهتمام الصحف على التوتر في الشمال السوري وعلى زيارة وزير الخارجية إلى موسكو.\n"
    assert commentary_cue("ما هي أوراق موسكو في الشمال السوري؟", lead + BODY, False) == "gn-lead-142502"


def test_a_strike_it_would_have_been_better_to_carry_out_is_no_strike(extractor):
    doc = _run(extractor, "وقال أحد السكان إنه كان الأجدر قصف مواقع المسلحين في مدينة الرقة قبل أن يتمددوا.\n",
               "سكان الرقة يتحدثون")
    assert not any(e.event_type == "Explosions/Remote violence" for e in doc.events), _kept(doc)
    assert any(d["reason"] == "modality:call" for d in doc.dropped), doc.dropped
