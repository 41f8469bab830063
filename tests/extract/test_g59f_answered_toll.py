"""The dead of the happening a strike answers or follows (branch g59f): "قصفت الطائرات ... بعد الهجوم الكيماوي على
بلدة سراقب الجمعة، الذي أسفر عن مقتل 30 مدنيا" tells the gas attack's dead in a relative clause after the comma; they
are not the strike's."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-16"  # a Monday
AIR = "Air/drone strike"


def _air_dead(extractor, text):
    return [e.fatalities for e in read_doc(extractor, text, PUB).events if e.sub_event_type == AIR]


def test_the_toll_of_the_attack_a_strike_follows_is_not_the_strike_s(extractor):
    text = "قصفت الطائرات الحربية مواقع في مدينة إدلب الأحد بعد الهجوم الكيماوي على بلدة سراقب الجمعة، الذي أسفر عن مقتل 30 مدنيا."
    assert _air_dead(extractor, text) == [0]


def test_the_toll_of_the_attack_a_strike_answers_is_not_the_strike_s(extractor):
    text = "شنت الطائرات الحربية غارات على مدينة إدلب الأحد ردا على الهجوم على بلدة سراقب، الذي أسفر عن مقتل 12 جنديا."
    assert _air_dead(extractor, text) == [0]


def test_the_strike_s_own_toll_after_a_comma_stays(extractor):
    text = "شنت الطائرات الحربية غارات على مدينة إدلب الأحد، ما أسفر عن مقتل 7 مدنيين."
    assert _air_dead(extractor, text) == [7]
