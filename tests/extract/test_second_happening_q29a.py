"""The second happening a sentence tells, on sentences of our own (branch q29a): lists of places with asides in
brackets, names drawn "between" past a naming word, and the places of a later clause of the sentence."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-11"  # a Wednesday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _places(doc, event_type="Explosions/Remote violence"):
    return sorted(e.location for e in doc.events if e.event_type == event_type)


def test_an_aside_in_brackets_does_not_end_a_list_of_places(extractor):
    # the province in brackets places the first base; the second base is a place of the list all the same
    doc = _run(extractor, "قصفت الطائرات الإسرائيلية الثلاثاء مطار التيفور (في وسط البلاد) ومطار الضمير.")
    assert _places(doc) == ["Dumayr airbase", "Tiyas (T4) airbase"]


def test_a_place_inside_brackets_is_no_member_of_the_list(extractor):
    doc = _run(extractor, "قصفت الطائرات الإسرائيلية الثلاثاء مطار التيفور (في وسط البلاد) ومطار الضمير (في ريف دمشق).")
    assert _places(doc) == ["Dumayr airbase", "Tiyas (T4) airbase"]


def test_names_drawn_between_past_a_naming_word_are_a_line_not_a_list(extractor):
    # a border between three provinces: the shelling is at its first place only, not one event per province
    doc = _run(extractor, "وذكر المرصد أن قصفا مدفعيا استهدف الثلاثاء مناطق على الحدود الإدارية الفاصلة بين "
                          "محافظات إدلب وحماة واللاذقية.")
    assert len(_places(doc)) <= 1


def test_a_later_clause_names_its_own_happenings_place(extractor):
    # «في حين» opens a second shelling's clause: the first is at its own town, not at the town told after it
    doc = _run(extractor, "تعرضت بلدة صيدا لقصف عنيف من الطائرات الروسية الثلاثاء، في حين شهدت مدينة بصرى الشام "
                          "قصفا مدفعيا.", published="2018-07-07")
    assert len(doc.events) == 2
    assert _places(doc) == ["Buşrá ash Shām", "Saida (Dar'a)"]


def test_a_clause_naming_only_the_countryside_around_the_later_places_keeps_them(extractor):
    # the later clause may tell where in the countryside the first happening was
    doc = _run(extractor, "وقال المصدر إن الضربات الصاروخية استهدفت الثلاثاء مواقع في ريف القنيطرة، فيما استهدفت "
                          "ضربات أخرى مواقع في بلدة جبا.")
    assert "Al Qunayţirah" not in _places(doc)
