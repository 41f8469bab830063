"""A man named by his given name right after a word of killing is one dead (branch g111r): «مقتل محمود الزعبي في غارة»
counts 1, as «مقتل القيادي» does (function_words given_name, frames._one_person). A toll told for a list of places stays
off each of them (the dev gold leaves it null)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep


def _dead(extractor, text: str, sub: str) -> list[int | None]:
    doc = extractor(MetaStep()(Document(text=text, published="2018-05-06")))
    return [e.fatalities for e in doc.events if e.sub_event_type == sub]


@pytest.mark.parametrize("text", [
    "أعلن التنظيم السبت مقتل محمود الزعبي المسؤول فيه في غارة جوية شنها طيران التحالف على سيارته في مدينة الميادين.",
    "وقتل حمزة العلي في غارة جوية على بلدة الرستن في ريف حمص يوم السبت.",
])
def test_a_named_man_killed_in_a_strike_is_one_dead(extractor, text):
    assert _dead(extractor, text, "Air/drone strike") == [1]


def test_a_toll_over_two_towns_stays_off_each(extractor):
    text = "قصفت طائرات حربية السبت بلدتي كفربطنا وسقبا في الغوطة الشرقية، ما أدى إلى مقتل خمسة مدنيين."
    assert all(not f for f in _dead(extractor, text, "Air/drone strike"))

