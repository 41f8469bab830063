"""Whole-article audit (branch g108b), on sentences of our own.

- A likened happening («على غرار ما حدث في X»، «مثلما جرى في X»: function_words reason_head) names X for the compared
  one: the act told before it keeps its own place.
- A happening told by a noun with an old day of its own («شنت ... في 3 آذار/مارس غارات») is history as one told by a
  verb is: an undated act of its kind in the next sentence goes on with it (step._HistoryRun). A noun after «منذ» is a
  yardstick, not history told on.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-08-05"  # a Sunday


def _events(extractor, text, published=PUB):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=published)))
    return [(e.event_type, e.sub_event_type, e.location, e.date_start) for e in doc.events]


def test_a_likened_happening_lends_no_place(extractor):
    text = "وقال مسؤول أممي الأحد إن السكان في محافظة إدلب يتعرضون لقصف على غرار ما حدث في مدينة حلب، محذرا من كارثة.\n"
    got = _events(extractor, text)
    assert got and not [e for e in got if e[2] == "Aleppo"], got


def test_likened_with_mithlama_lends_no_place(extractor):
    text = "وتعرضت محافظة إدلب الأحد لقصف مكثف مثلما جرى في مدينة حلب قبل سنوات.\n"
    got = _events(extractor, text)
    assert got and not [e for e in got if e[2] == "Aleppo"], got


def test_strikes_told_on_after_old_strikes_told_by_a_noun(extractor):
    text = ("أعلن المرصد الأحد مقتل ضابط في انفجار عبوة استهدفت سيارته في مدينة مصياف ليل السبت.\n"
            "وكانت الولايات المتحدة شنت في 3 آذار/مارس غارات ضد مواقع في سوريا.\n"
            "واستهدفت غارات جوية مقار عسكرية في حمص.\n")
    got = _events(extractor, text)
    assert [e for e in got if e[2] == "Maşyāf"], got
    assert not [e for e in got if e[2] == "Homs"], got


def test_a_yardstick_after_since_is_no_history_told_on(extractor):
    text = ("قتل 12 شخصا الخميس في انفجار عبوة ناسفة في سوق بلدة الشرقاط.\n"
            "وهو الاعتداء الأعنف منذ الهجوم الانتحاري الذي وقع في 16 كانون الثاني/يناير في بغداد.\n"
            "وانفجرت عبوة ناسفة ثانية في سوق مدينة تكريت ما أدى إلى إصابة ثلاثة مدنيين.\n")
    got = _events(extractor, text, "2018-04-13")
    assert [e for e in got if e[1] == "Remote explosive/landmine/IED" and e[2] == "Tikrīt"], got
