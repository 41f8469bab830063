"""Talk read as happenings (branch g58a), on sentences of our own.

Fighting given as the cause of concern («جراء/إزاء/في ظل استمرار»), a strike named as the object of
someone's concern, and a strike that "soured the climate" are talk about a happening, not a report of one.
A concern about a strike told with a recent day of its own still reports it.
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc


PUB = "2018-04-12"  # a Thursday


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


@pytest.mark.parametrize("kind, text", [
    # cause of concern (md-gen-38200..38202)
    ("general", "وتصاعد التوتر في المنطقة جراء استمرار المعارك في ريف حماة."),
    ("general", "وأبدت المنظمة أسفها إزاء استمرار القصف على ريف حماة، وطالبت بهدنة."),
    ("general", "ويعيش السكان في ظروف صعبة في ظل استمرار القصف على ريف حماة."),
    # the object of concern (md-bg-38203, 38204)
    ("background", "وأعرب الوزير عن قلقه من قصف المسلحين لأحياء سكنية في مدينة حماة."),
    # a strike that soured the climate (md-op-38205..38208)
    ("opinion", "وقال المتحدث باسم الوزارة إن الضربة الصاروخية عكرت المناخ بشدة في مدينة حماة."),
])
def test_talk_about_fighting_is_no_happening(extractor, kind, text):
    doc = _run(extractor, text)
    assert not doc.events, doc.events
    assert any(d["reason"] == f"modality:{kind}" for d in doc.dropped), doc.dropped


def test_concern_about_a_strike_told_with_its_own_day_keeps_it(extractor):
    # a guard: the background reading yields to the day of its own (passes without the change too)
    doc = _run(extractor, "وأعرب الوزير الثلاثاء عن قلقه العميق تجاه الهجوم الكيماوي الذي وقع في 7 أبريل في مدينة حماة.")
    assert [e.event_date for e in doc.events] == ["2018-04-07"], doc.dropped


def test_continuing_shelling_reported_with_deaths_is_kept(extractor):
    # «مع استمرار» is left alone: the shelling of the day is reported
    doc = _run(extractor, "وقتل عشرة مدنيين أمس في مدينة حماة مع استمرار القصف على أحيائها.")
    assert doc.events, doc.dropped
