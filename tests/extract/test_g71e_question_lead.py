"""A question headline over a hard-news lead (branch g71e), on sentences of our own.

genre.tsv reads an undated lead under a question headline ("ما هي ...؟") as an explainer, whose happenings need a day
of their own. A lead that opens with an act verb ("قصفت طائرات ... مواقع ...") is a report's lead: the headline asks
about that happening, and its events stay with the document's day.
"""
from __future__ import annotations

from marsad.extract.genre import commentary_cue
from marsad_testdata import read_doc

PUB = "2018-06-14"
TITLE = "ليلة الغارات على حماة.. ما هي المواقع التي ضربت؟"
REPORT = ("قصفت طائرات حربية مواقع عسكرية في مدينة حماة بعشرات الصواريخ ودمرت مستودعا للذخيرة.\n"
          "وقال مصدر عسكري إن الغارات أصابت مبنى للقيادة قرب المطار.\n")
EXPLAINER = ("يتكرر الحديث في الأشهر الأخيرة عن المواقع العسكرية في وسط سوريا وأهميتها.\n"
             "وقد قصفت طائرات حربية مواقع عسكرية في مدينة حماة بعشرات الصواريخ.\n")


def _run(extractor, text, title=TITLE):
    return read_doc(extractor, text, PUB, title)


def test_a_question_headline_over_an_act_lead_keeps_the_strike(extractor):
    doc = _run(extractor, REPORT)
    assert any(e.event_type == "Explosions/Remote violence" and e.location_text == "حماة" for e in doc.events), \
        (doc.events, doc.dropped)
    assert not any(d["reason"].startswith("commentary") for d in doc.dropped), doc.dropped


def test_a_question_headline_over_a_background_lead_stays_an_explainer(extractor):
    doc = _run(extractor, EXPLAINER)
    assert not any(e.event_type == "Explosions/Remote violence" for e in doc.events), doc.events
    assert any(d["reason"] == "commentary: no day of its own" for d in doc.dropped), doc.dropped


def test_commentary_cue_reads_the_act_lead_as_a_report():
    assert commentary_cue(TITLE, REPORT, lead_dated=False) == "gn-q-9"
    assert commentary_cue(TITLE, REPORT, lead_dated=False, lead_act=True) is None
