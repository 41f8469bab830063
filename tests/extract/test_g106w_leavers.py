"""g106w (strategic developments recall, second round): fighters leaving an area told before.

- A leaving verb (trigger_kinds leaving_verb) with fighters or a band of them as its subject (trigger_cues leavers:
  «المقاتلين وعائلاتهم غادروا»، «غادرت مجموعة من المسلحين») tells who left though no side is named: it supports the
  transfer as an actor read does (agent-leavers-109500).
- «المنطقة»، «الجيب» as the leaving verb's object (place_words back_left) is the place told before (place-left-109501),
  not a destination told before («باتجاه مدينة إدلب») nor a place the sentence tells after it."""
from __future__ import annotations

from marsad_testdata import of_kind, read_doc

PUB = "2018-03-16"  # a Friday
NVT = ("Strategic developments", "Non-violent transfer of territory")


def test_fighters_leave_the_area_told_before(extractor):
    doc = read_doc(extractor, "وتحاصر القوات الحكومية مدينة الضمير في ريف دمشق منذ أشهر. وقال التلفزيون الرسمي إن "
                              "عشرات من المقاتلين وعائلاتهم غادروا المنطقة يوم الخميس.", PUB)
    ev = of_kind(doc, NVT)
    assert len(ev) == 1
    assert ev[0].location == "Aḑ Ḑumayr"
    assert ev[0].event_date == "2018-03-15"
    assert "agent-leavers-109500" in ev[0].rule_ids and "place-left-109501" in ev[0].rule_ids


def test_a_band_leaves_the_pocket_not_the_destination(extractor):
    doc = read_doc(extractor, "وبدأ خروج المسلحين من بلدة حرستا يوم الثلاثاء باتجاه مدينة إدلب. وأفادت الوكالة "
                              "بأن مجموعة ثانية من المقاتلين غادرت الجيب يوم الأربعاء.", PUB)
    left = [e for e in of_kind(doc, NVT) if e.event_date == "2018-03-14"]
    assert len(left) == 1
    assert left[0].location == "Ḩarastā"
    assert "place-left-109501" in left[0].rule_ids


def test_an_area_named_after_the_word_is_its_own(extractor):
    doc = read_doc(extractor, "وسيطرت القوات الحكومية على مدينة إدلب. وقالت الوكالة إن المقاتلين غادروا المنطقة "
                              "الواقعة شرقي مدينة حماة يوم الخميس.", PUB)
    assert all("place-left-109501" not in e.rule_ids for e in of_kind(doc, NVT))
