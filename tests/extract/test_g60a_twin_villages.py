"""One event per town of a struck list reaching al-Ghariyah al-Gharbiyah (branch g60a), on sentences of our own.

«الغارية الغربية» was read as a compass point off a namesake in As-Suwayda (precision 2), so a list of struck Dar'a
towns stopped there. The twin villages are now gazetteer rows (places_extra pl-40800, pl-40801).
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-03-08"  # a Thursday


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB, "خبر")
    return sorted(e.location for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_struck_list_goes_on_through_the_western_village(extractor):
    text = "شنت الطائرات الحربية يوم الأربعاء غارات على بلدات الحراك والغارية الغربية ونصيب في ريف درعا.\n"
    assert _strikes(extractor, text) == ["Al Ḩirāk", "Al-Ghariyah al-Gharbiyah", "Nasib"]


def test_eastern_village_is_its_own_town(extractor):
    text = "قصفت قوات النظام يوم الأربعاء بلدة الغارية الشرقية بالمدفعية الثقيلة.\n"
    doc = read_doc(extractor, text, PUB, "خبر")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert [e.location for e in ev] == ["Al-Ghariyah al-Sharqiyah"]
    assert ev[0].geo_precision == 1 and ev[0].admin1 == "Dar'a"
