"""A count told after «من بين القتلى» ("among the dead, 6 ...") is a part of the happening's dead, not its toll: it
stands in only until the toll is told, and a merged told toll replaces it (g90a; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-16"  # a Monday


def _tolls(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return [e.fatalities for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_a_share_among_the_dead_gives_way_to_the_told_toll(extractor):
    text = ("قصفت طائرات إسرائيلية موقعا عسكريا لقوات النظام قرب مطار النيرب في حلب مساء الأحد، "
            "وأعلن المرصد مقتل 9 عناصر في القصف. وأوضح المرصد أن من بين القتلى 6 سوريين، "
            "مشيرا إلى أن القصف طال مركزا للمقاتلين قرب مطار النيرب.")
    assert _tolls(extractor, text) == [9]


def test_a_share_alone_still_counts_its_dead(extractor):
    text = ("قصفت طائرات حربية قرية زردانا في ريف إدلب مساء الأحد، "
            "وقال المرصد إن من بين الضحايا 11 امرأة و6 أطفال.")
    assert _tolls(extractor, text) == [17]


def test_a_definite_count_after_the_dead_is_the_whole(extractor):
    text = ("قصفت طائرات حربية بلدة المرج في الغوطة الشرقية مساء الأحد، "
            "وقال الدفاع المدني إن خمسة أطفال بين القتلى الـ 24 في البلدة.")
    assert _tolls(extractor, text) == [24]
