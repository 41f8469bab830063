"""g101f: a withdrawal or evacuation told under a deal («بموجب اتفاق مع الحكومة»، «برعاية روسية») also tells that deal:
an Agreement at the transfer's place, its sides from the deal phrase, dated by the week up to the transfer's day when
the deal's own day is not told (step._deal_behind, deals.py, deal-behind-72000). Composed sentences."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-12"  # a Saturday: «الخميس» is 10 May


def _deals(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Agreement"]


def test_a_withdrawal_under_a_deal_with_the_government_tells_the_deal(extractor):
    ev = _deals(extractor, "وبدأ المسلحون الخميس الانسحاب من بلدة تلبيسة بموجب اتفاق مع الحكومة السورية.")
    assert len(ev) == 1 and "deal-behind-72000" in ev[0].rule_ids
    assert ev[0].location == "Tallbīsah"
    assert (ev[0].actor1, ev[0].actor2) == ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")
    # the deal's own day is not told: the week up to the withdrawal's day
    assert (ev[0].date_start, ev[0].date_end) == ("2018-05-03", "2018-05-10")


def test_a_deal_made_by_russia_has_russia_as_its_first_side(extractor):
    ev = _deals(extractor, "خرجت حافلات تقل مقاتلين من بلدة الضمير، الخميس، بموجب اتفاق أبرمته روسيا مع فصيل جيش الإسلام.")
    assert len(ev) == 1 and "deal-broker-72001" in ev[0].rule_ids
    assert (ev[0].actor1, ev[0].actor2) == ("Military Forces of Russia (2000-)", "Jaish al Islam")


def test_a_deal_told_far_after_a_long_clause_of_buses_leaving(extractor):
    # the deal phrase after the act anywhere in its sentence, not only within the transfer's cue window
    ev = _deals(extractor, "غادرت حافلات تقل مقاتلي المعارضة مدينة الرستن في ريف حمص الشمالي باتجاه مناطق سيطرة الفصائل "
                           "في الشمال قرب الحدود التركية، الخميس، وفقا لاتفاق بين الحكومة وفصائل المعارضة.")
    assert len(ev) == 1 and ev[0].location == "Ar Rastan"


def test_a_ceasefire_s_terms_are_no_deal_behind(extractor):
    assert not _deals(extractor, "بدأ المقاتلون الانسحاب من بلدة الرستن، الخميس، بموجب اتفاق وقف إطلاق النار مع الحكومة.")


def test_an_old_deal_or_a_bare_one_is_no_deal_behind(extractor):
    assert not _deals(extractor, "بدأ المقاتلون الانسحاب من بلدة الرستن، الخميس، بموجب اتفاق سابق مع الحكومة.")
    # no side, kind or maker told: whose deal it is, and when it was made, is not the report's news
    assert not _deals(extractor, "بدأ المقاتلون الانسحاب من بلدة الرستن، الخميس، بموجب اتفاق.")


def test_a_withdrawal_only_planned_tells_no_deal(extractor):
    assert not _deals(extractor, "ومن المقرر أن ينسحب المقاتلون من بلدة الرستن الأسبوع المقبل بموجب اتفاق مع الحكومة.")


def test_many_deals_recalled_tell_no_one_deal(extractor):
    assert not _deals(extractor, "وخرج آلاف المقاتلين من بلدات ريف دمشق خلال السنوات الماضية بموجب اتفاقات مع الحكومة.")
