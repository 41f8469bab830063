"""g66a: an air strike and a shelling told by a word naming a ground weapon (قذائف هاون، قصف مدفعي) at one place
and day are two events (ACLED codes one event per sub-type); a bare «القصف» retold after the air strikes, and fire
exchanged between the sides, still fold into the air strike (merge._ground_fire_apart)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-06"
AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


def _subs(extractor, text):
    return sorted(e.sub_event_type for e in read_doc(extractor, text, PUB).events)


def test_mortar_shelling_beside_air_strikes_is_its_own_event(extractor):
    text = ("شنت الطائرات الحربية السورية يوم الاثنين غارات جوية على مدينة دوما في الغوطة الشرقية. "
            "كما استهدفت قوات النظام مدينة دوما بقذائف الهاون يوم الاثنين.")
    assert _subs(extractor, text) == [AIR, SHELLING]


def test_artillery_shelling_told_after_the_raids_is_its_own_event(extractor):
    text = ("شنت الطائرات الحربية يوم الاثنين غارات جوية على بلدة كفرنبل في ريف إدلب. "
            "كما استهدف قصف مدفعي بلدة كفرنبل يوم الاثنين.")
    assert _subs(extractor, text) == [AIR, SHELLING]


def test_a_bare_shelling_word_retells_the_air_strikes(extractor):
    text = ("شنت الطائرات الحربية يوم الاثنين غارات جوية على مدينة دوما في الغوطة الشرقية. "
            "وأسفر القصف على مدينة دوما عن مقتل ثلاثة مدنيين.")
    assert _subs(extractor, text) == [AIR]
