"""g70e: of two sides joined by "و" with an ally noun ("قوات النظام وحليفتها روسيا"), the first leads the strike they
carry out together (ACLED codes the government's strikes with Russia to the government; the ally is its associate)."""
from __future__ import annotations

from marsad_testdata import strike_agents

PUB = "2018-06-12"
GOVERNMENT, RUSSIA = "Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)"
TURKEY = "Military Forces of Turkey (2016-)"


def _agents(extractor, text):
    return strike_agents(extractor, text, PUB)


def test_government_and_its_ally_russia_strike_as_the_government(extractor):
    text = "شنت قوات النظام السوري وحليفتها روسيا غارات جوية على بلدة الحراك في ريف درعا أمس."
    assert _agents(extractor, text) == [GOVERNMENT]


def test_masculine_ally_word_too(extractor):
    text = "نفذ الجيش السوري وحليفه الروسي ضربات جوية على بلدة كفرنبل في ريف إدلب أمس."
    assert _agents(extractor, text) == [GOVERNMENT]


def test_russia_alone_still_strikes_as_russia(extractor):
    text = "شنت روسيا غارات جوية على بلدة الحراك في ريف درعا أمس."
    assert _agents(extractor, text) == [RUSSIA]


def test_strikes_told_as_support_are_the_supported_sides(extractor):
    text = "تقدمت القوات السورية في بلدة الحراك بريف درعا أمس مدعومة بغارات جوية روسية."
    assert _agents(extractor, text) == [GOVERNMENT]


def test_strikes_with_help_of_russia_are_the_governments(extractor):
    text = "وكانت قوات الحكومة السورية قد تقدمت في بلدة الحراك بريف درعا أمس بمساعدة غارات جوية روسية."
    assert _agents(extractor, text) == [GOVERNMENT]
