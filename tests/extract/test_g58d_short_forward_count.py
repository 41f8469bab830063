"""A short forward count told in the past is the story's own time (branch g58d), on sentences of our own.

«فشلت قوات النظام في صده إلا بعد ساعات»، «بعد يوم واحد على إسقاط»: «بعد» with hours or a day or two and no «من»
was read as a day after publication, and every act of the sentence was dropped as a future date. Longer forward
counts («وبعد أيام قليلة»، «بعد عام») keep that reading: they mostly tell history.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-10"  # a Thursday


def _events(extractor, text):
    doc = read_doc(extractor, text, PUB, "تقرير")
    return [(e.event_type, e.sub_event_type, str(e.event_date)) for e in doc.events]


def test_attack_repelled_only_after_hours_is_kept(extractor):
    text = ("فجر تنظيم داعش سيارة مفخخة في بلدة السخنة يوم الأحد. وفي ريف حمص الشرقي، شن داعش هجوما ضد قرى مجاورة، "
            "فشلت قوات النظام السوري في صده إلا بعد ساعات.\n")
    clashes = [e for e in _events(extractor, text) if e[1] == "Armed clash"]
    assert clashes
    assert all(e[2] <= PUB for e in clashes)


def test_downing_a_day_before_the_news_is_kept(extractor):
    text = ("أعلن الجيش الإسرائيلي الثلاثاء أن طائرة إسرائيلية قصفت موقعا عسكريا سوريا في القنيطرة، بعد يوم واحد على "
            "إسقاط طائرة مسيرة فوق الجولان.\n")
    assert any(e[1] == "Disrupted weapons use" for e in _events(extractor, text))


def test_a_longer_forward_count_still_tells_history(extractor):
    # guard (passes with and without the change): «بعد أيام قليلة» in a story of 2011 stays out
    text = "اندلعت الاحتجاجات في آذار 2011. وبعد أيام قليلة، خرج سكان مدينة درعا في مظاهرات ضد النظام.\n"
    assert not any(e[0] == "Protests" for e in _events(extractor, text))
