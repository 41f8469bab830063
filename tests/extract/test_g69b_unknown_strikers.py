"""Who struck and who was struck (branch g69b), on sentences of our own.

- «ل» + a side right after a strike noun that a verb gives («وجهت إسرائيل ضربة صاروخية للنظام») marks the side struck,
  not the striker; with no such verb («غارات لقوات النظام») the side after «ل» stays the striker.
- Unknown aircraft («طائرات مجهولة») are Unidentified Military Forces: the striker when they strike, what was brought
  down when they are intercepted; an unclaimed strike on the government's own base is theirs too (own-site).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-05"  # a Thursday
SYRIA = "Military Forces of Syria (2000-)"
ISRAEL = "Military Forces of Israel (1948-)"
USA = "Military Forces of the United States (2017-2021)"
RUSSIA = "Military Forces of Russia (2000-)"
UMF = "Unidentified Military Forces"


def _sides(extractor, text, event_type="Explosions/Remote violence"):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.actor1, e.actor2) for e in doc.events if e.event_type == event_type]


def test_a_strike_given_to_the_regime_is_on_the_regime(extractor):
    text = "وجهت إسرائيل يوم الأربعاء ضربة صاروخية للنظام السوري قرب مدينة حمص.\n"
    assert _sides(extractor, text) == [(ISRAEL, SYRIA)]


def test_a_strike_given_by_a_joined_subject_is_on_the_regime(extractor):
    text = "ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا يوم الأربعاء ضربة صاروخية للنظام السوري في حمص.\n"
    assert _sides(extractor, text) == [(USA, SYRIA)]


def test_raids_of_the_regime_forces_stay_the_regimes(extractor):
    text = "قتل ثلاثة مدنيين يوم الأربعاء في غارات لقوات النظام على بلدة كفرنبل.\n"
    assert [a1 for a1, _ in _sides(extractor, text)] == [SYRIA]


def test_unknown_aircraft_strike(extractor):
    text = "شنت طائرات مجهولة يوم الأربعاء غارات على مواقع في مدينة البوكمال.\n"
    assert [a1 for a1, _ in _sides(extractor, text)] == [UMF]


def test_unknown_drones_brought_down_are_the_target(extractor):
    text = "أسقط الجيش الروسي يوم الأربعاء طائرات مجهولة بدون طيار قرب قاعدة حميميم.\n"
    assert _sides(extractor, text, "Strategic developments") == [(RUSSIA, UMF)]


def test_unclaimed_missiles_on_a_base_are_an_unknown_military_force(extractor):
    text = "قالت مصادر محلية إن صواريخ استهدفت فجر الأربعاء مطار الضمير العسكري في ريف دمشق.\n"
    assert _sides(extractor, text) == [(UMF, SYRIA)]
