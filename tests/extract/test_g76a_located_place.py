"""g76a: a place told just before a direction or near word and the name it points from ("قرية X جنوب Y"، "قرية X
(غرب Y)"، "مركز X للبحوث قرب دمشق") is where the strike told after them fell; Y only says where X lies."""
from __future__ import annotations

from marsad_testdata import places_of

PUB = "2018-03-01"


def _strike_places(extractor, text):
    return places_of(extractor, text, PUB, "Explosions/Remote violence")


def test_village_in_brackets_before_direction(extractor):
    text = "قالت مصادر محلية إن قرية الشيخ حديد (غرب عفرين) تعرضت لقصف مدفعي عنيف."
    assert _strike_places(extractor, text) == ["Shaykh al-Hadid"]


def test_village_with_words_between_it_and_direction(extractor):
    text = "وأوضح مسؤول محلي أن قرية سديرة ذات الغالبية السنية جنوب الشرقاط شهدت انفجار عبوة ناسفة."
    assert _strike_places(extractor, text) == ["Asdira"]


def test_site_near_capital(extractor):
    text = "وأوضح أن مركز برزة للبحوث العلمية قرب دمشق استهدف بعشرات الصواريخ."
    assert _strike_places(extractor, text) == ["Barzeh"]



def test_region_said_near_capital_in_its_own_clause(extractor):
    # the near word is said of the region the clause told: the shelling is of the region, not the capital
    text = "ومعلوم أن الغوطة الشرقية هي آخر معاقل المعارضة المسلحة قرب العاصمة دمشق، وتتعرض لقصف عنيف منذ أسبوع."
    assert _strike_places(extractor, text) == ["Eastern Ghouta"]
