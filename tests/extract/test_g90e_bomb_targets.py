"""g90e: the targets of bombings.

- An IED or car bomb of an unnamed group (or IS) placed at a town in a report of people killed or hurt falls on
  civilians (default_targets dt-56600, dt-56601).
- A side named by its men with an indefinite phrase («جنديا بريطانيا»، «رجل أمن») right after or before a killed
  word is the dead side, the target, not the agent (frames._names_its_men, frames._indefinite_men).
"""
from __future__ import annotations
from marsad_testdata import read_doc


PUB = "2018-07-20"
EXPL = "Explosions/Remote violence"
UK = "Military Forces of the United Kingdom (2016-2019)"


def _events(extractor, text, event_type=EXPL):
    evs = read_doc(extractor, text, PUB).events
    return [e for e in evs if e.event_type == event_type]


def test_people_killed_by_a_roadside_bomb_are_civilians(extractor):
    evs = _events(extractor, "قتل أربعة أشخاص يوم الخميس في انفجار عبوة ناسفة زرعت على طريق في مدينة الموصل، وفق "
                             "مصادر أمنية.")
    assert evs and all(e.actor2 == "Civilians (Iraq)" for e in evs)


def test_a_security_man_killed_by_a_bomb_is_the_police(extractor):
    evs = _events(extractor, "أعلنت وزارة الداخلية الأردنية يوم الخميس مقتل رجل أمن في انفجار عبوة ناسفة زرعت تحت "
                             "سيارة شرطة في مدينة الزرقاء.")
    assert evs and all(e.actor2 == "Police Forces of Jordan (1946-)" for e in evs)
    assert not any((e.actor1 or "").startswith("Police") for e in evs)


def test_an_accusative_british_soldier_is_the_target(extractor):
    evs = _events(extractor, "قالت وزارة الدفاع البريطانية يوم الخميس إن جنديا بريطانيا، قتل في انفجار عبوة ناسفة "
                             "قرب مدينة منبج في سوريا.")
    assert evs and all(e.actor2 == UK and e.actor1 != UK for e in evs)


def test_a_definite_force_before_killed_is_still_the_killer(extractor):
    evs = _events(extractor, "قالت مصادر محلية إن عناصر الشرطة قتلوا يوم الخميس مسلحين اثنين فجرا عبوة ناسفة في "
                             "مدينة الرمادي.")
    assert not any(e.actor2 and e.actor2.startswith("Police") and "actor2-dead" in e.rule_ids for e in evs)
