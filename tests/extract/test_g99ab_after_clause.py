"""g99ab (precision audit of 70 random corpus events): «بعدما» + a happening opens the clause of an earlier
happening, as «بعد/إثر/عقب» + a happening already did (function_words after_head): the places told there are that
happening's, not the act's, when the act keeps a place of its own («قصف على بلدة X، بعدما استعادت القوات محافظتي Y وZ»).
"""
from __future__ import annotations
from marsad_testdata import read_doc


PUB = "2018-03-12"


def _places(extractor, text: str) -> list[str | None]:
    return [e.location for e in read_doc(extractor, text, PUB).events]


def test_places_of_a_bahdama_clause_are_the_earlier_taking(extractor):
    places = _places(extractor, "تتعرض بلدة نوى منذ يومين لقصف عنيف من الطائرات الحربية السورية، بعدما استعادت "
                                "القوات محافظتي حمص وحماة.")
    assert places == ["Nawá"]


def test_act_with_no_place_of_its_own_keeps_the_bahdama_place(extractor):
    # guard: with no other place for the act, the earlier happening's place is still shared (as after «بعد»)
    places = _places(extractor, "قصفت الطائرات الحربية يوم الأحد مواقع الفصائل، بعدما استعادت القوات بلدة مسرابا.")
    assert places and all(p == "Misraba" for p in places)

