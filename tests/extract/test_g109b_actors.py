"""Actors of matched events (branch g109b): the generic state forces of a country ACLED names with «the» («Police
Forces of the Philippines»), Iranian camps and launch pads as the target of a strike, and the side counted dead
before a strike over the holder of a place named after it."""
from __future__ import annotations

import pytest

from marsad.extract.lexicons import actor_table
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday


def _events(extractor, text, event_type=None):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e for e in doc.events if event_type is None or e.event_type == event_type]


def test_generic_forces_take_the_article_of_their_country():
    police, army = actor_table()["police"], actor_table()["army-55550"]
    assert police.display("Philippines") == "Police Forces of the Philippines"
    assert army.display("Czech Republic") == "Military Forces of the Czech Republic"


def test_generic_forces_of_other_countries_and_civilians_take_none():
    assert actor_table()["police"].display("Jordan") == "Police Forces of Jordan"
    assert actor_table()["civ"].display("Philippines") == "Civilians (Philippines)"


def test_arrest_by_the_philippine_authorities_names_their_police(extractor):
    text = "اعتقلت السلطات الفلبينية يوم الخميس رجلا يشتبه بانتمائه إلى خلية مسلحة في مدينة مانيلا.\n"
    arrests = [e for e in _events(extractor, text) if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].actor1 == "Police Forces of the Philippines"


STRIKES = [
    # an Iranian camp (indefinite accusative) and Iranian launch pads are the target, not the default government forces
    ("استهدفت غارة إسرائيلية يوم الخميس معسكرا إيرانيا في منطقة الكسوة بريف دمشق.", "Military Forces of Iran (1989-)"),
    ("قال المرصد إن الغارات الإسرائيلية دمرت يوم الخميس منصات صواريخ إيرانية في منطقة الكسوة بريف دمشق.",
     "Military Forces of Iran (1989-)"),
    # the side counted dead before the strike outranks the holder of a place named after it
    ("قتل ثمانية مقاتلين موالين للنظام يوم الخميس جراء غارات تركية على نقطة لهم قرب عفرين "
     "على الطريق إلى مناطق سيطرة قوات النظام.", "NDF: National Defence Forces"),
    # with no dead counted, the holder of the place hit stays the target
    ("شنت طائرات تركية يوم الخميس غارات على قرية قرب عفرين الخاضعة لسيطرة الوحدات الكردية.",
     "YPG: People's Protection Units"),
]


@pytest.mark.parametrize("sentence, target", STRIKES)
def test_strike_target(extractor, sentence, target):
    strikes = _events(extractor, sentence + "\n", "Explosions/Remote violence")
    assert strikes and strikes[0].actor2 == target


def test_looting_by_turkey_and_its_factions_falls_on_the_people(extractor):
    text = ("نزح آلاف السكان من بلدة جنديرس بعد تقارير عن عمليات نهب واسعة يوم الخميس، أعقبت دخول القوات التركية "
            "ومقاتلي الفصائل الموالية لها إلى البلدة.\n")
    lootings = [e for e in _events(extractor, text) if e.sub_event_type == "Looting/property destruction"]
    assert lootings and lootings[0].actor2 == "Civilians (Syria)"
