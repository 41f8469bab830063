"""g84a: the side whose members are the object of a killing word before a taking ("القضاء على عشرات من مسلحي داعش
ما أدى إلى السيطرة على ...") lost the ground: it is the taking's actor2, never its taker (function_words killed_object,
frames._killed_object). A taking word with a pronoun of possession ("خلال سيطرتهم") keeps its referent (owner_suffix).
«إحكام السيطرة» is no court ruling (md-shd-54600/54601, re-applied from g83b) and places after «وقبلها» were taken
before (place_split)."""
from __future__ import annotations

import pytest

from marsad_testdata import ISIS, SYR, events_of, places_of, sides_of

PUB = "2018-05-06"
GOV = "Government regains territory"
NSA = "Non-state actor overtakes territory"


@pytest.mark.parametrize("text", [
    "وتمكنت قوات النظام يوم السبت من القضاء على عشرات من مسلحي داعش ما أدى إلى السيطرة على حي الحجر الأسود في دمشق.",
    "وقال الجيش السوري إن وحداته تمكنت يوم السبت من القضاء على العشرات من عناصر تنظيم داعش ما أدى إلى السيطرة على بلدة الحارة.",
    "وتمكن الجيش السوري يوم السبت من تصفية عدد من مسلحي داعش مما أدى إلى السيطرة على بلدة الحارة في ريف درعا.",
])
def test_side_killed_before_a_taking_is_its_loser(extractor, text):
    evs = events_of(extractor, text, GOV, PUB)
    assert sides_of(evs) == {(SYR, ISIS)}
    assert events_of(extractor, text, NSA, PUB) == []


def test_taking_noun_with_a_pronoun_keeps_its_referent(extractor):
    # the dead are the takers' own men: "سيطرتهم" is theirs
    text = "وقتل يوم الأحد 12 جنديا من قوات النظام خلال سيطرتهم على بلدة الحارة في ريف درعا."
    evs = events_of(extractor, text, GOV, PUB)
    assert [e.actor1 for e in evs] == [SYR]


def test_tightening_control_is_a_taking_with_its_agent(extractor):
    text = ("وقال الجيش السوري إن قواته تمكنت يوم السبت من القضاء على أعداد كبيرة من مسلحي داعش ما أدى إلى إحكام "
            "السيطرة التامة على حي الحجر الأسود.")
    evs = events_of(extractor, text, GOV, PUB)
    assert len(evs) == 1 and evs[0].actor2 == ISIS
    assert events_of(extractor, text, NSA, PUB) == []


@pytest.mark.parametrize("text", [
    "وتسعى القوات التركية يوم السبت لإحكام السيطرة على بلدة الحارة.",
    "وبإحكام سيطرتها على بلدة الحارة ستقطع القوات التركية الطريق على المسلحين.",
])
def test_tightening_as_aim_or_commentary_is_still_no_taking(extractor, text):
    assert events_of(extractor, text, GOV, PUB) == []
    assert events_of(extractor, text, NSA, PUB) == []


def test_tightening_a_grip_is_no_arrest(extractor):
    text = "وقال ناشطون إن قوات النظام تقدمت يوم السبت بعد إحكام قبضتها على أطراف بلدة الحارة."
    assert events_of(extractor, text, "Arrests", PUB) == []


def test_places_after_before_it_were_taken_earlier(extractor):
    text = "وسيطر الجيش السوري يوم السبت على بلدة الحارة، وقبلها مدينة نوى وبلدة جاسم."
    assert places_of(extractor, text, PUB, "Battles") == ["Al-Harra"]  # main: also Nawa and Jasim
