"""g92b: the speaker who tells its own deal is a party to it: «أعلن فصيل ... أنه توصل إلى اتفاق» is no present
claim (after «أنه» the present would be «يتوصل»), and the country adjective after a named group («جماعة "جيش
الإسلام" السورية إنها وافقت») is the group's nationality, not a second side. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import pairs_of, read_doc

AGR = "Agreement"
SYR = "Military Forces of Syria (2000-)"
RUS = "Military Forces of Russia (2000-)"
JAI = "Jaish al Islam"
HTS = "HTS: Hayat Tahrir al Sham"


def _sides(extractor, text):
    return pairs_of(extractor, text, AGR, "2018-03-21")


def test_past_form_v_verb_after_masculine_pronoun_is_a_deal(extractor):
    got = _sides(extractor, "أعلن جيش الإسلام أنه توصل إلى اتفاق مع روسيا لفتح معبر في بلدة مسرابا.")
    assert got and {JAI, RUS} <= set(got[0])


def test_present_claim_after_feminine_pronoun_still_dropped(extractor):
    # «إنها تستهدف»: the present of a side's aim stays no happening (guard: passes before and after)
    doc = read_doc(extractor, "تقول أنقرة إنها تستهدف الوحدات الكردية في بلدة جنديرس.", "2018-03-21")
    assert not doc.events


def test_nationality_adjective_of_a_named_group_is_no_side(extractor):
    got = _sides(extractor, 'قالت جماعة "جيش الإسلام" السورية إنها وافقت على إخراج مسلحي "جبهة النصرة" إلى إدلب.')
    assert got and set(got[0]) == {JAI, HTS}
