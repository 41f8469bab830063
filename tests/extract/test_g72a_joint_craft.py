"""g72a: two sides of a joint strike joined by "و" with a second aircraft or "belonging to" noun ("الطائرات الروسية
والمروحية السورية"، "الروسية والتابعة للنظام") are one joint strike, coded to the home state (ar-503), as "غارات روسية
وسورية" already was."""
from __future__ import annotations

from marsad_testdata import strike_agents

PUB = "2018-06-12"
GOVERNMENT, RUSSIA = "Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)"


def _agents(extractor, text):
    return strike_agents(extractor, text, PUB)


def test_russian_and_regime_owned_aircraft_strike_as_the_government(extractor):
    text = "وتواصلت أمس الضربات الجوية التي نفذتها الطائرات الحربية الروسية والتابعة للنظام على بلدة الحراك في ريف درعا."
    assert _agents(extractor, text) == [GOVERNMENT]


def test_russian_jets_and_syrian_helicopters_strike_as_the_government(extractor):
    text = "قصفت الطائرات الروسية والمروحيات السورية بلدة كفرنبل في ريف إدلب أمس."
    assert _agents(extractor, text) == [GOVERNMENT]


def test_russian_aircraft_alone_still_strike_as_russia(extractor):
    text = "قصفت الطائرات الروسية والمروحيات بلدة كفرنبل في ريف إدلب أمس."
    assert _agents(extractor, text) == [RUSSIA]
