"""g111b (strategic developments recall: build-ups sent to a named place, sites listed with a town).

- A build-up told with «إلى» and a named place before its aim («استعدادا/تمهيدا/تحضيرا», trigger_cues buildup_aim) was
  sent or arrived there (step._sent_to_place, aim-dest-138500): the place reached is the event's, not the aim's town;
  a lasting course («منذ أسابيع») or an aim with no place reached still bars it (q20c).
- A side in «ل» after a noun of forces moved, past its adjectives («تعزيزات عسكرية كبيرة لقوات النظام»), is its agent.
- A town linked after a site in the list of sites a side emptied («مطاراتها مثل التيفور والضمير», sites_each) is one
  more place of the list."""
from __future__ import annotations

import pytest

from marsad_testdata import of_kind, read_doc

PUB = "2018-06-20"  # a Wednesday
CHANGE = ("Strategic developments", "Change to group/activity")


@pytest.mark.parametrize("text, location, rule", [
    # sent to a province, its aim told after it
    ("وأرسلت قوات النظام أمس تعزيزات كبيرة إلى محافظة حماة، تحضيرا لهجوم على مواقع المعارضة.", "Hama", "aim-dest-138500"),
    # the place reached, not the aim's town after «باتجاه»
    ("وقال ناشطون إن تعزيزات عسكرية كبيرة لقوات النظام وصلت أمس إلى محيط مدينة إزرع استعدادا لشن هجوم باتجاه "
     "مدينة درعا.", "Izra‘", "aim-dest-138500"),
    # the owner in «ل» past the adjectives, not the side of the source
    ("وأفاد قيادي في الجيش الحر بوصول تعزيزات عسكرية كبيرة لقوات النظام أمس إلى مدينة الصنمين.", "Aş Şanamayn", None),
])
def test_buildup_sent_to_a_named_place(extractor, text, location, rule):
    ev = of_kind(read_doc(extractor, text, PUB), CHANGE)
    assert [(e.location, e.actor1) for e in ev] == [(location, "Military Forces of Syria (2000-)")]
    assert rule is None or rule in ev[0].rule_ids


@pytest.mark.parametrize("text", [
    # a lasting course: barred as before (q20c)
    "وتدفع قوات النظام منذ أسابيع بتعزيزات إلى محافظة حماة، تمهيدا لهجوم واسع.",
    # an aim with no place reached
    "وقال المصدر إن هذه التعزيزات تأتي تحضيرا لعملية عسكرية في محافظة حماة.",
])
def test_buildup_still_barred_without_a_place_reached(extractor, text):
    assert of_kind(read_doc(extractor, text, PUB), CHANGE) == []


def test_town_listed_after_an_airbase_emptied(extractor):
    doc = read_doc(extractor, "وأخلت قوات النظام أمس عددا من مطاراتها العسكرية مثل الشعيرات والضمير (قرب دمشق).",
                   PUB)
    ev = of_kind(doc, CHANGE)
    assert {e.location for e in ev} == {"Shayrat airbase", "Aḑ Ḑumayr"}
