"""One event per listed place, on sentences of our own (branch q20a): lists of local places of any kind, lists told
before their act, and what ends a list (a namesake abroad, a relative clause of its last place)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-01"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _places(doc, sub_event_type=None):
    return sorted(e.location for e in doc.events if sub_event_type in (None, e.sub_event_type))


def test_a_camp_and_a_district_joined_by_and_are_two_places(extractor):
    doc = _run(extractor, "غادر المسلحون اليوم مخيم اليرموك وحي التضامن المجاور.")
    assert _places(doc) == ["Tadamon", "Yarmouk camp"]


def test_a_district_a_town_and_a_village_listed_after_the_act_are_each_a_place(extractor):
    doc = _run(extractor, "وبدأ اليوم إجلاء المسلحين وعائلاتهم من جوبر، وعربين، وعين ترما.")
    assert _places(doc) == ["Ayn Tarma", "Jobar", "‘Irbīn"]


def test_a_list_of_mixed_kinds_before_the_act_is_each_a_place(extractor):
    doc = _run(extractor, "قتل عشرة أشخاص اليوم في دوما وحمورية جراء قصف القوات الحكومية.")
    assert _places(doc) == ["Dūmā", "Hamouriyah"]


def test_a_toll_told_over_a_list_is_no_listed_town_s_own(extractor):
    doc = _run(extractor, "قتل عشرة أشخاص اليوم في دوما وحمورية جراء قصف القوات الحكومية.")
    assert [e.fatalities for e in doc.events] == [0, 0]
    assert all(e.fatalities_low is None for e in doc.events)


def test_members_the_gazetteer_lacks_do_not_end_a_list_told_before_its_act(extractor):
    doc = _run(extractor, "وتعرضت بلدات نوى والشيخ مسعود وطفس لغارات جوية عنيفة اليوم.")
    assert _places(doc) == ["Nawá", "Ţafas"]


def test_a_relative_clause_after_the_last_place_tells_of_that_place_only(extractor):
    doc = _run(extractor, "وزار الوفد تكريت والرمادي التي تعرضت اليوم لقصف بقذائف الهاون.")
    assert "Tikrīt" not in _places(doc)


def test_a_namesake_abroad_in_a_list_of_local_towns_is_no_place_of_it(extractor):
    doc = _run(extractor, "قصفت الطائرات الحربية اليوم بلدات دوما وحرستا والعمارة.")
    assert _places(doc) == ["Dūmā", "Ḩarastā"]


def test_a_member_the_gazetteer_lacks_between_two_commas_does_not_end_the_list(extractor):
    doc = _run(extractor, "قصفت الطائرات اليوم بلدات دوما، أرض الزيتونة، حرستا، عربين.")
    assert _places(doc) == ["Dūmā", "Ḩarastā", "‘Irbīn"]


def test_words_after_a_comma_not_closed_by_another_are_no_list_member(extractor):
    doc = _run(extractor, "قصفت الطائرات اليوم مخيم اليرموك، جنوبي العاصمة دمشق.")
    assert _places(doc) == ["Yarmouk camp"]
    doc = _run(extractor, "أعلن الجيش اليوم عن عملية عسكرية في سوريا، بمشاركة فرنسا وبريطانيا.")
    assert "France" not in _places(doc)


def test_one_agreement_told_over_a_list_of_towns_is_one_event(extractor):
    # event_types.tsv one_place: a singular agreement is one act wherever its list reaches, terms of leaving or not
    doc = _run(extractor, "أعلن الجيش اليوم التوصل إلى اتفاق مع الفصائل في بلدات دوما وحرستا وعربين.")
    assert [(e.sub_event_type, e.location) for e in doc.events] == [("Agreement", "Dūmā")]
