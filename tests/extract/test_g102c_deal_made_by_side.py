"""g102c: a deal told made by a verb right after its noun, naming an armed group as a side of that making
(«بعد الاتفاق الذي وقعته الفصائل مع روسيا»، «بموجب اتفاق أبرمته روسيا مع الفصائل»، «الاتفاق الذي تم التوصل إليه بين
الحكومة و...»), is the deal itself though the sentence frames it as another act's terms or earlier happening, or names
it definite with no day: an Agreement at the sentence's place, dated by the report's week when its own day is not told
(deals.made_by_side, step made-side-73700 / made-side-week-73701). Composed sentences."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-12"  # a Saturday: «الخميس» is 10 May
REB = "Opposition Rebels (Syria)"


def _deals(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Agreement"]


def test_a_deal_signed_by_the_rebels_behind_an_entry_is_coded(extractor):
    ev = _deals(extractor, "دخلت وحدات من الشرطة العسكرية الروسية إلى بلدة الضمير في ريف دمشق، بعد الاتفاق الذي وقعته "
                           "فصائل المعارضة مع روسيا.")
    assert len(ev) == 1 and "made-side-73700" in ev[0].rule_ids
    assert ev[0].location == "Aḑ Ḑumayr" and ev[0].actor2 == REB
    # no day of its own after the noun: the week up to the report
    assert (ev[0].date_start, ev[0].date_end) == ("2018-05-05", "2018-05-12")


def test_a_definite_deal_reached_between_the_government_and_a_group_is_not_only_named(extractor):
    ev = _deals(extractor, "وأبرز التطورات في الريف الشرقي، الاتفاق الذي تم التوصل إليه بين الحكومة وجيش الإسلام حول "
                           "مدينة دوما.")
    assert len(ev) == 1 and ev[0].actor2 == "Jaish al Islam"
    assert ev[0].location == "Dūmā"


def test_buses_gathered_under_a_deal_made_with_the_rebels_tell_the_deal(extractor):
    ev = _deals(extractor, "تجمعت حافلات عدة، الخميس، في مدينة تلبيسة تمهيدا لنقل المقاتلين إلى الشمال بموجب اتفاق "
                           "أبرمته روسيا مع الفصائل المسلحة.")
    assert len(ev) == 1 and ev[0].actor2 == REB and ev[0].location == "Tallbīsah"


def test_deals_recalled_in_the_plural_are_no_deal(extractor):
    assert not _deals(extractor, "وسيكون ذلك تكرارا لاتفاقات أخرى جرى التوصل إليها مع المعارضة في مدينة تلبيسة.")


def test_a_deal_between_states_about_the_rebels_is_no_deal_of_theirs(extractor):
    # the rebels are in the deal's terms, not a side of its making
    assert not _deals(extractor, "وينص اتفاق وقعته روسيا وتركيا على أن تسحب فصائل المعارضة أسلحتها الثقيلة من إدلب.")


def test_an_old_or_de_escalation_deal_stays_out(extractor):
    assert not _deals(extractor, "وتقع البلدة في ريف حمص، بعد الاتفاق الذي وقعته الفصائل مع روسيا عام 2016.")
    assert not _deals(extractor, "وتنتشر نقاط المراقبة في إدلب في إطار اتفاق خفض التصعيد الذي تم التوصل إليه بين "
                                 "روسيا والفصائل.")


def test_one_deal_told_with_its_day_and_again_without_is_one_event(extractor):
    ev = _deals(extractor, "توصلت الحكومة السورية الخميس إلى اتفاق مع الفصائل في مدينة تلبيسة. وتجمعت حافلات في "
                           "مدينة تلبيسة تمهيدا لنقل المقاتلين بموجب اتفاق أبرمته روسيا مع الفصائل المسلحة.")
    assert len(ev) == 1 and ev[0].date_start == "2018-05-10"


def test_a_frame_of_a_departure_made_by_the_rebels_with_the_government_is_the_deal(extractor):
    # q10e listed this shape as a frame only; the rebels' making of it with the government tells the deal itself
    ev = _deals(extractor, "وخرج عشرات المقاتلين من مدينة تلبيسة الخميس في إطار اتفاق أبرمته الفصائل مع الحكومة السورية.")
    assert len(ev) == 1 and ev[0].location == "Tallbīsah" and ev[0].actor2 == REB


def test_a_definite_deal_reached_with_a_named_group_beside_buses_leaving_is_coded(extractor):
    # g64d dropped it as a deal only named; its group named as a side of the reaching tells the deal (g102c)
    doc = read_doc(extractor, "غادرت اليوم حافلات تقل مئات المدنيين بلدة زملكا في الغوطة الشرقية.\n"
                              "والاتفاق الذي توصلت له الحكومة مع فصيل فيلق الرحمن ينص على خروج المقاتلين من بلدة زملكا.",
                   PUB)
    ev = [e for e in doc.events if e.sub_event_type == "Agreement"]
    assert len(ev) == 1 and ev[0].actor2 == "Faylaq al Rahman"


def test_a_deal_with_no_place_of_its_own_sentence_is_not_coded(extractor):
    assert not _deals(extractor, "وغادر المسلحون البلدة بموجب اتفاق أبرمته روسيا مع الفصائل.")
