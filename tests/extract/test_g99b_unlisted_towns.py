"""g99b: a recall audit of 15 random corpus documents found events kept at their province because the town their own
sentence names was missing from the gazetteer. places_extra pl-52020 (الدجيل, Dujail, Salah al-Din) and pl-52021
(مطيبيجة, the Mutaibija area on the Salah al-Din/Diyala line). Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc


def _places(extractor, text: str, sub: str, published: str = "2018-06-10") -> list[str]:
    doc = read_doc(extractor, text, published)
    return [e.location for e in doc.events if e.sub_event_type == sub]


@pytest.mark.parametrize("text, sub, place", [
    ("اندلعت اشتباكات بين مسلحين وقوات الأمن في قضاء الدجيل بمحافظة صلاح الدين مساء الجمعة.", "Armed clash", "Dujail"),
    ("انفجرت عبوة ناسفة في سوق مدينة الدجيل جنوب صلاح الدين صباح الأحد.", "Remote explosive/landmine/IED", "Dujail"),
    ("قتل جنديان عراقيان في كمين نصبه مسلحو داعش في منطقة مطيبيجة شرق صلاح الدين فجر الخميس.", "Armed clash",
     "Mutaibija"),
])
def test_an_event_in_an_unlisted_town_is_placed_at_the_town(extractor, text, sub, place):
    assert _places(extractor, text, sub) == [place]


def test_the_province_alone_stays_at_the_province(extractor):
    """Guard: a clash told by the province only is not moved to one of the new towns."""
    got = _places(extractor, "اندلعت اشتباكات بين مسلحين وقوات الأمن في محافظة صلاح الدين مساء الجمعة.",
                  "Armed clash")
    assert got == ["Salah al-Din"]
