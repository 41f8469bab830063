"""A strike's own sentence that names a town only as the place of a well-known rare happening it answers (the
Douma chemical attack, campaigns.tsv cp-700/701) does not place the strike at that town (branch g89a), on sentences
of our own."""
from __future__ import annotations

import pytest

from marsad.extract.merge import HAPPENING_PLACE
from marsad_testdata import read_doc

STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def _strikes(doc):
    return [e for e in doc.events if e.sub_event_type in STRIKES]


@pytest.mark.parametrize("text", [
    # the attack drove the strikes: its town comes before the strike word
    "ودفع الهجوم الكيماوي على دوما الولايات المتحدة وبريطانيا إلى شن غارات على مواقع للنظام السوري.",
    # the strikes answered the attack told by its region, the region after the strike word
    ("وردت الولايات المتحدة وفرنسا يوم السبت على الهجوم الكيميائي المفترض في الغوطة الشرقية بتوجيه ضربات ضد مواقع"
     " مفترضة للأسلحة الكيميائية التابعة للنظام السوري."),
])
def test_strike_answering_the_douma_attack_is_not_at_its_town(extractor, text):
    doc = read_doc(extractor, text, "2018-04-16")
    strikes = _strikes(doc)
    assert strikes, ([e.sub_event_type for e in doc.events], doc.dropped)
    for e in strikes:
        assert e.location == "Syria", (e.location, e.rule_ids)
        assert HAPPENING_PLACE in e.rule_ids


def test_strike_on_the_town_on_the_attack_day_stays(extractor):
    # the assault on the town went on around the attack: a strike there the next day is the town's
    doc = read_doc(extractor, "وتواصلت الغارات الجوية يوم الأحد على مدينة دوما غداة الهجوم الكيماوي.", "2018-04-08")
    strikes = _strikes(doc)
    assert strikes, ([e.sub_event_type for e in doc.events], doc.dropped)
    assert strikes[0].location == "Dūmā", (strikes[0].location, strikes[0].rule_ids)
    assert HAPPENING_PLACE not in strikes[0].rule_ids


def test_strike_on_the_town_months_later_stays(extractor):
    # Khan Shaykhun (the 2017 sarin attack, cp-702) is struck again a year on: its own strike
    doc = read_doc(extractor, "وقصفت قوات النظام يوم الخميس مدينة خان شيخون التي تعرضت لهجوم كيماوي قبل عام.",
               "2018-08-10")
    strikes = _strikes(doc)
    assert strikes, ([e.sub_event_type for e in doc.events], doc.dropped)
    assert strikes[0].location == "Khān Shaykhūn", (strikes[0].location, strikes[0].rule_ids)
