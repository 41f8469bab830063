"""«ل» marking the object of the noun before it (branch g68b), on sentences of our own.

"ل" + verbal noun is read as an aim («للسيطرة على»). After a noun that takes its object with «ل» («تبادل للقصف»،
«تصعيدا عنيفا للقصف»، «استئنافا للغارات»، «إنذار» لضربة») the verbal noun is what was exchanged, stepped up, condemned
or warned of: a told act, not a purpose. A real aim after «ل» stays an aim, and «وقف» is not such a noun.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-05"  # a Thursday
AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def _events(extractor, text):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def test_an_exchange_of_shelling_is_shelling(extractor):
    text = "شهدت بلدة كفرنبل يوم الأربعاء تبادلا للقصف بين قوات النظام وفصائل المعارضة.\n"
    assert SHELL in _events(extractor, text)


def test_an_escalation_with_its_adjective_is_shelling(extractor):
    text = "شهدت بلدة اللطامنة بريف حماة يوم الأربعاء تصعيدا عنيفا للقصف المدفعي من قبل قوات النظام.\n"
    assert SHELL in _events(extractor, text)


def test_a_resumption_of_air_strikes_is_an_air_strike(extractor):
    text = "شهدت مدينة سراقب بريف إدلب يوم الأربعاء استئنافا للغارات الجوية من قبل الطيران الحربي.\n"
    assert AIR in _events(extractor, text)


def test_a_stop_to_shelling_stays_no_strike(extractor):
    text = "طالبت الأمم المتحدة يوم الأربعاء بوقف للقصف على بلدة كفرنبل.\n"
    assert SHELL not in _events(extractor, text)


def test_an_aim_after_li_stays_an_aim(extractor):
    text = "حشدت قوات النظام يوم الأربعاء تعزيزات قرب بلدة كفرنبل للقصف المدفعي على البلدة.\n"
    assert SHELL not in _events(extractor, text)
