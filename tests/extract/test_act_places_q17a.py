"""Places a sentence names that are no place of its act (q17a): where a move goes («اتفاق لإجلاء المسلحين إلى
جرابلس»), where a projectile was fired from («صواريخ أطلقت من الأراضي اللبنانية») and where the happening of a
reason clause took place («غارات ردا على هجوم كيماوي على مدينة دوما»); one agreement over the towns its terms cover."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-02"  # a Monday


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def _places(doc, sub):
    return [e.location for e in doc.events if e.sub_event_type == sub]


def test_an_evacuation_agreement_is_where_people_leave_not_where_they_go(extractor):
    doc = _run(extractor, "سيطرت قوات النظام على مدينة دوما السبت.\n"
                          "وتوصل الطرفان الأحد إلى اتفاق لإجلاء المسلحين وعائلاتهم إلى مدينة جرابلس في شمال سوريا.")
    assert _places(doc, "Agreement") == ["Dūmā"], [(e.sub_event_type, e.location) for e in doc.events]


def test_a_place_entered_is_the_moves_place(extractor):
    # a word of arriving after the word of leaving: the buses come to Douma, where the evacuation is
    doc = _run(extractor, "وقالت الوكالة إن حافلات الإجلاء بدأت الدخول إلى مدينة دوما لنقل المسلحين.")
    assert _places(doc, "Non-violent transfer of territory") == ["Dūmā"], [(e.sub_event_type, e.location)
                                                                           for e in doc.events]


def test_a_launch_site_is_no_place_of_the_strike(extractor):
    doc = _run(extractor, "قصفت الطائرات الإسرائيلية مطار التيفور فجر الأحد.\n"
                          "وقالت موسكو إن الطائرات أطلقت ثمانية صواريخ من الأراضي اللبنانية.")
    assert doc.events and all(e.location != "Lebanon" for e in doc.events), [(e.sub_event_type, e.location)
                                                                              for e in doc.events]


def test_the_place_of_a_reason_clause_is_that_happenings(extractor):
    doc = _run(extractor, "تحدث الرئيس عن الوضع في سوريا.\n"
                          "وشنت الطائرات الأمريكية غارات جوية على سوريا فجر الأحد ردا على هجوم كيماوي على مدينة دوما.")
    assert _places(doc, "Air/drone strike") == ["Syria"], [(e.sub_event_type, e.location) for e in doc.events]


def test_a_reason_clause_keeps_its_own_place_for_the_acts_told_after(extractor):
    doc = _run(extractor, "شنت الطائرات الأمريكية والفرنسية غارات على مواقع عسكرية قرب مدينة حمص فجر الأحد.\n"
                          "وجاءت الغارات ردا على هجوم كيماوي على مدينة دوما.")
    assert _places(doc, "Air/drone strike") == ["Homs"], [(e.sub_event_type, e.location) for e in doc.events]


def test_one_agreement_over_the_towns_its_terms_cover(extractor):
    doc = _run(extractor, "توصل الطرفان الأحد إلى اتفاق يقضي بإخراج المسلحين من الرحيبة وجيرود والناصرية.")
    assert len(_places(doc, "Agreement")) == 1, [(e.sub_event_type, e.location) for e in doc.events]


def test_agreements_in_the_plural_are_one_per_town(extractor):
    doc = _run(extractor, "أعلن التلفزيون الأحد التوصل إلى اتفاقات لإخراج المسلحين من يلدا وببيلا وبيت سحم.")
    assert len(_places(doc, "Agreement")) == 3, [(e.sub_event_type, e.location) for e in doc.events]


def test_a_capital_named_by_its_title_after_near_is_a_landmark(extractor):
    doc = _run(extractor, "تصاعد القصف على الغوطة الشرقية قرب العاصمة السورية دمشق يوم الأحد.")
    assert [e.location for e in doc.events] == ["Eastern Ghouta"], [(e.sub_event_type, e.location)
                                                                     for e in doc.events]


def test_where_protesters_go_is_where_they_protest(extractor):
    doc = _run(extractor, "تحدث المسؤول عن الوضع في العراق.\n"
                          "وخرج آلاف المتظاهرين الأحد في تظاهرة إلى مدينة بغداد للمطالبة بالإصلاح.")
    assert [e.location for e in doc.events if e.event_type == "Protests"] == ["Baghdad"], \
        [(e.sub_event_type, e.location) for e in doc.events]
