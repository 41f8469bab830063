"""Review g103p (sentences of our own): mends of the later merged work (g103i, g103j, g103k, g103a).

«إلى جهة مجهولة» (led away to an unknown place) names no side, but unknown gunmen named after «إلى» («وجهت الشرطة أصابع
الاتهام إلى مسلحين مجهولين») stay a side: only a mention headed by «جهة/جهات» (function_words unknown_place) is dropped.
"""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad_testdata import read_doc

PUB = "2018-05-04"
UNID_IRAQ = "Unidentified Armed Group (Iraq)"


def _sides(doc):
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_gunmen_named_after_ila_stay_the_killers(extractor):
    doc = read_doc(extractor, "وجهت الشرطة أصابع الاتهام إلى مسلحين مجهولين بقتل خمسة رعاة قرب بعقوبة يوم الخميس.",
                   PUB, title="تطورات")
    assert _sides(doc) == [("Violence against civilians", "Attack", UNID_IRAQ, "Civilians (Iraq)")], \
        (_sides(doc), doc.dropped)


def test_unknown_place_is_still_no_side(extractor):
    # guard: the place people were led away to names no armed side (g103i)
    doc = read_doc(extractor, "اقتادت قوات الأمن العراقية خمسة شبان إلى جهة مجهولة في مدينة بعقوبة يوم الخميس.",
                   PUB, title="تطورات")
    assert doc.events and all(e.actor1 != UNID_IRAQ and e.actor2 != UNID_IRAQ for e in doc.events), _sides(doc)


def test_unknown_place_words_hold_no_adjective():
    # «الىم» (read «أليم», painful) was a row of unknown_place_to: only «إلى» is
    assert L.words("unknown_place_to") == frozenset({"الي"})


def test_an_appeal_filed_is_no_stabbing(extractor):
    # «طعنا» is also an appeal filed; the stabbing row «طعن*» reads that word and once licensed itself by it
    doc = read_doc(extractor, "قدم محامي الدفاع طعنا في الحكم أمام محكمة التمييز في بغداد يوم الخميس.", PUB,
                   title="تطورات")
    assert doc.events == [], _sides(doc)


def test_a_stabbing_told_with_its_knife_stays_read(extractor):
    # guard: «طعنا بالسكين» keeps its knife (trigger_cues stab_means)
    doc = read_doc(extractor, "قتل رجل طعنا بالسكين في مدينة مرسيليا الفرنسية يوم الخميس.", PUB, title="تطورات")
    assert [(e.sub_event_type, e.actor1) for e in doc.events] == [("Attack", "Unidentified Armed Group (France)")], \
        (_sides(doc), doc.dropped)


def test_armed_hit_is_read_only_for_a_sentence_with_an_attack():
    # the merge of g103k and g103i: attacks_on_people calls the sentence's armed-hit reading (g103i's speaker
    # exemption inside) only when the sentence holds an attack told by its launching
    from marsad.extract.filters import attacks_on_people

    def never() -> bool:
        raise AssertionError("armed_hit read for a sentence with no attack")

    assert attacks_on_people([], never) == []
