"""g69a: when mentions of one strike merge (merge.py merge_within), a foreign force a later mention names as the
agent in its own sentence (a verb or an indefinite noun with the place told) replaces the coder's default agent
(actor-default) the first mention took; a force named beside a definite noun ("القصف") or in a sentence with no
place of its own does not."""
from __future__ import annotations

from marsad_testdata import strike_agents

PUB = "2018-06-12"
GOVERNMENT, RUSSIA = "Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)"


def _agents(extractor, text):
    return strike_agents(extractor, text, PUB)


def test_russian_planes_named_later_replace_the_default(extractor):
    text = ("قتل خمسة مدنيين في غارات جوية على بلدة كفرنبل في ريف إدلب أمس. "
            "وقال ناشطون إن طائرات حربية روسية قصفت بلدة كفرنبل أمس.")
    assert _agents(extractor, text) == [RUSSIA]


def test_a_russian_camp_firing_rockets_replaces_the_default(extractor):
    text = ("قتل ثلاثة مدنيين بقصف صاروخي على مدينة مورك في ريف حماة أمس. "
            "وذكر شهود أن المعسكر الروسي استهدف مدينة مورك بصواريخ أمس.")
    assert _agents(extractor, text) == [RUSSIA]


def test_russia_ordering_a_halt_to_the_shelling_is_not_its_agent(extractor):
    text = ("قتل خمسة مدنيين في غارات جوية على بلدة كفرنبل في ريف إدلب أمس. "
            "وأمرت روسيا بوقف القصف على بلدة كفرنبل لساعات.")
    assert RUSSIA not in _agents(extractor, text)
