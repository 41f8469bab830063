"""A recent strike retold far from the lead with its own day, its agent and its town (branch g103h).

A strike told once, outside the lead, unattributed, scores 0.7 of its mention's support (EventExtractor._salience):
a missile noun's mention with a day, a side and a town of its own falls under the threshold. Told with its day right
at the act (before its trigger in its clause: DAY_AT_ACT; or right after: DAY_AFTER_ACT), the side that struck and a
town, it is kept (STRUCK_DATED); not with a side taken from the document, nor placed only at a country, nor with a
day told after «غداة» (another happening's), nor beside a kept strike of that country on those days. Sentences of
our own."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"
LEAD = ("عقد وزراء خارجية الدول الصناعية السبع اجتماعا في مدينة تورونتو الكندية يوم الأحد لبحث ملفات المنطقة. "
        "وناقش الوزراء قضايا عدة خلال الاجتماع. وأكد البيان الختامي دعم الحل السياسي. ")
STRIKES = "Explosions/Remote violence"


def _strikes(extractor, text: str, lead: str = LEAD) -> list:
    return [e for e in read_doc(extractor, lead + text, PUB).events if e.event_type == STRIKES]


@pytest.mark.parametrize("sentence, place, day", [
    # the day between the launch verb and the missiles it names
    ("وكانت إسرائيل أطلقت في 29 أبريل الماضي عشرات الصواريخ على مواقع عسكرية قرب مدينة حماة.", "Ḩamāh",
     "2018-04-29"),
    ("وكانت القوات الأمريكية قد أطلقت الأحد الماضي 20 صاروخا على مواقع في مدينة دير الزور.", "Deir ez-Zor",
     "2018-05-06"),
])
def test_a_retold_strike_with_its_day_agent_and_town_is_kept(extractor, sentence, place, day):
    evs = _strikes(extractor, sentence)
    assert [(e.location, e.date_start) for e in evs] == [(place, day)]
    assert {"day-at-act-76201", "struck-dated-76200"} <= set(evs[0].rule_ids)
    assert evs[0].actor1 is not None


def test_no_agent_or_only_a_country_keeps_no_retold_strike(extractor):
    told = "وكانت إسرائيل أطلقت في 29 أبريل الماضي عشرات الصواريخ على مواقع عسكرية قرب مدينة حماة."
    assert len(_strikes(extractor, told)) == 1
    # no side told: the coder's default is no agent of a retold strike
    assert _strikes(extractor, "وأطلقت في 29 أبريل الماضي عشرات الصواريخ على مواقع عسكرية قرب مدينة حماة.") == []
    # a country is no town
    assert _strikes(extractor, "وكانت إسرائيل أطلقت في 29 أبريل الماضي عشرات الصواريخ على مواقع عسكرية في سوريا.") == []


def test_a_kept_strike_of_that_country_and_day_is_the_one_retold(extractor):
    told = "وكانت إسرائيل أطلقت في 29 أبريل الماضي عشرات الصواريخ على مواقع عسكرية قرب مدينة حماة."
    assert [e.location for e in _strikes(extractor, told)] == ["Ḩamāh"]
    lead = ("قصفت طائرات إسرائيلية مواقع عسكرية في مدينة حمص فجر الأحد 29 أبريل، وفق المرصد السوري. "
            "وناقش الوزراء قضايا عدة خلال الاجتماع. وأكد البيان الختامي دعم الحل السياسي. ")
    assert [e.location for e in _strikes(extractor, told, lead)] == ["Homs"]
