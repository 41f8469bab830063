"""A toll told rise first — «ارتفاع عدد قتلى الغارات، التي ...، إلى N» — ties the figure after the first «إلى» to the
dead of the act named right after them, however long the act's place runs between (g105s; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday


def _tolls(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return [e.fatalities for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_the_risen_figure_after_the_act_and_its_place_is_its_toll(extractor):
    text = ("أعلن المرصد السوري الخميس عن ارتفاع عدد قتلى الغارات الجوية، التي استهدفت بلدة حزانو "
            "في الريف الشمالي من محافظة إدلب، إلى 12 على الأقل.")
    assert _tolls(extractor, text) == [12]


def test_a_plural_count_noun_leads_as_well(extractor):
    text = ("وذكر المرصد الخميس ارتفاع أعداد قتلى القصف الصاروخي، الذي طال مواقع في محيط بلدة خان أرنبة "
            "بريف القنيطرة، إلى 9 بينهم 4 من المقاتلين الأجانب.")
    assert _tolls(extractor, text) == [9]

