"""Who downed and whose weapon fell in an interception (branch g88b), on sentences of our own.

- The side that launched what was brought down («إيران أطلقت صواريخ ... أسقطها نظام القبة الحديدية») is actor2, not
  the downer; a side that launched its own interceptor («أطلق الجيش صاروخ باتريوت») keeps the downer's role.
- Iron Dome is Israel's army in an interception, and never the agent of another event in its sentence.
- A blame clause («حمّلت موسكو إسرائيل المسؤولية عن إسقاط») names no side of the downing; «بنيران X» after the
  downing names its agent; «طائرة الاستطلاع الروسية» names whose aircraft fell.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
SYRIA = "Military Forces of Syria (2000-)"
ISRAEL = "Military Forces of Israel (1948-)"
IRAN = "Military Forces of Iran (1989-)"
RUSSIA = "Military Forces of Russia (2000-)"
DWU = "Disrupted weapons use"


def _sides(extractor, text, sub=DWU):
    doc = read_doc(extractor, text, PUB, title="خبر")
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == sub]


def test_the_launcher_is_whose_rockets_fell(extractor):
    text = ("وذكر متحدث عسكري أن إيران أطلقت يوم الأربعاء عشرة صواريخ من طراز فجر على مواقع في الجولان، "
            "وأسقطتها منظومة الدفاع الإسرائيلية كلها قبل وصولها.\n")
    assert [a2 for _, a2 in _sides(extractor, text)] == [IRAN]


def test_iron_dome_is_israels_downer(extractor):
    text = ("وأطلقت القوات الإيرانية يوم الأربعاء صواريخ كثيرة من طراز غراد وفجر، أسقطها نظام القبة الحديدية فوق "
            "الجولان.\n")
    assert _sides(extractor, text) == [(ISRAEL, IRAN)]


def test_a_patriot_launcher_stays_the_downer(extractor):
    text = "أطلق الجيش الإسرائيلي يوم الأربعاء صاروخ باتريوت على طائرة مسيرة سورية وتم إسقاطها فوق الجولان.\n"
    assert [a1 for a1, _ in _sides(extractor, text)] == [ISRAEL]


def test_a_blame_clause_names_no_side_of_the_downing(extractor):
    text = ("وحمّل وزير الدفاع الروسي يوم الأربعاء إسرائيل المسؤولية عن إسقاط الطائرة بنيران الدفاعات الجوية "
            "السورية قبالة اللاذقية.\n")
    assert [a1 for a1, _ in _sides(extractor, text)] == [SYRIA]


def test_a_defined_reconnaissance_aircraft_names_its_owner(extractor):
    text = "وتحدث الوزير يوم الأربعاء عن ظروف إسقاط طائرة الاستطلاع الروسية قبالة اللاذقية.\n"
    assert [a2 for _, a2 in _sides(extractor, text)] == [RUSSIA]
