"""g52e: a protest met with gunfire whose crowd burns or storms is a riot, not excessive force (rf-riot-32800, riot_act
verb-first rows); a protest told with a protester killed a few words off is excessive force (rf-prox-32801).
Sentences composed for the test."""
from __future__ import annotations

from marsad.extract.step import EventExtractor
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-09-08"


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in EventExtractor()(MetaStep()(Document(text=text, published=PUB))).events]


def test_protest_whose_crowd_burns_under_fire_is_a_riot():
    text = "وتواصلت الاحتجاجات الجمعة في مدينة الكوت وسط إطلاق النار، وأحرق محتجون مبنى البلدية."
    subs = _subs(text)
    assert "Violent demonstration" in subs
    assert "Excessive force against protesters" not in subs


def test_protester_killed_far_from_the_protest_noun_is_excessive_force():
    text = ("وأشارت مصادر طبية إلى مقتل متظاهر واحد، على الأقل، واعتقال عدد آخر من الشبان في المظاهرات "
            "التي خرجت الجمعة في مدينة الكوت.")
    assert "Excessive force against protesters" in _subs(text)


def test_protest_without_a_death_stays_peaceful():
    text = ("وأشارت مصادر محلية إلى مشاركة عدد كبير، على الأقل، واعتقال عدد آخر من الشبان في المظاهرات "
            "التي خرجت الجمعة في مدينة الكوت.")
    subs = _subs(text)
    assert "Excessive force against protesters" not in subs
    assert "Peaceful protest" in subs
