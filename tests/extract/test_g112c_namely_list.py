"""Villages enumerated after «وهي»/«هي»/«وهما» (branch g112c): «تحرير ثلاث قرى، وهي X وY وZ» is a taking at each
village, as «قرى X وY» and «بينها X وY» are (place_words list_open). The first of them, when the gazetteer knows the
name only abroad, is placed where the villages after it are, not at the province's centre (resolve._member_follows)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

_TAKEN = "Government regains territory"


def _taken(extractor, text: str) -> dict[str, tuple[int | None, float | None, float | None]]:
    doc = extractor(MetaStep()(Document(text=text, published="2018-05-06")))
    return {e.location_text: (e.geo_precision, e.latitude, e.longitude) for e in doc.events if e.sub_event_type == _TAKEN}


@pytest.mark.parametrize("text, names", [
    ("وقال مصدر عسكري إن وحدات من الجيش السوري تمكنت السبت من تحرير ثلاث قرى في ريف درعا الشرقي، وهي ناحتة "
     "والمليحة الشرقية والدلافة، التي كانت تحت سيطرة الفصائل المسلحة.", ["ناحتة", "الدلافة"]),
    ("وقالت الوكالة إن القوات الحكومية استعادت السبت أربع بلدات في ريف حماة هي كفرزيتا واللطامنة ومعركبة والزكاة.",
     ["كفرزيتا", "اللطامنة", "معركبة", "الزكاة"]),
    ("تمكن الجيش السوري السبت من تحرير قريتين شرق مدينة البوكمال، وهما الجلاء والمريعية، بعد معارك مع تنظيم داعش.",
     ["الجلاء", "المريعية"]),
])
def test_each_village_named_after_namely_is_taken(extractor, text, names):
    taken = _taken(extractor, text)
    assert all(n in taken for n in names), taken


def test_the_first_village_known_only_abroad_goes_with_the_others(extractor):
    text = ("أعلن الجيش السوري الأحد سيطرته على ثلاث قرى تابعة لمدينة الرقة، بعد معارك مع تنظيم داعش قرب مدينة الطبقة. "
            "وقالت سانا إن وحدات الجيش تمكنت من تحرير ثلاث قرى جنوب النهر، وهي الدرعية والحمرات والكسرات، التي كانت "
            "تحت سيطرة التنظيم.")
    taken = _taken(extractor, text)
    assert {"الدرعية", "الحمرات", "الكسرات"} <= set(taken), taken
    # near Raqqa with the villages after it: not Ad Dir'iyah in Saudi Arabia, not the province's centre
    assert taken["الدرعية"] == taken["الحمرات"], taken
    assert taken["الدرعية"][0] == 2


def test_namely_opens_no_list_without_a_place(extractor):
    text = "وقتل السبت مدنيان هما رجل وامرأة في قصف لقوات النظام على بلدة كفرنبل في ريف إدلب."
    doc = extractor(MetaStep()(Document(text=text, published="2018-05-06")))
    assert {e.location_text for e in doc.events} <= {"كفرنبل"}
