"""g80a: التح (al-Tah, south-eastern Idleb; row pl-51002 in places_extra.tsv) and الرفيد (al-Rafid, southern Quneitra;
row pl-51003), left at a neighbouring town or the province (Dar'a for al-Rafid) before. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"


def _run(extractor, text, published="2018-08-10"):
    return read_doc(extractor, text, published)


def _events(doc, event_type):
    return [(e.location, e.admin1) for e in doc.events if e.event_type == event_type]


def test_shelling_of_al_tah_is_at_the_town(extractor):
    doc = _run(extractor, "قتل طفلان بقصف مدفعي لقوات النظام على بلدة التح في ريف إدلب الجنوبي صباح الجمعة.")
    assert _events(doc, ERV) == [("Al-Tah", "Idleb")]


def test_a_sit_in_at_al_rafid_is_in_quneitra(extractor):
    doc = _run(extractor, "نظم عشرات الأهالي اعتصاما أمام مبنى البلدية في قرية الرفيد يوم الأربعاء للمطالبة بالإفراج عن المعتقلين.")
    assert _events(doc, "Protests") == [("Al-Rafid", "Quneitra")]
