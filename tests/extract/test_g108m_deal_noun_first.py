"""g108m (strategic developments recall, whole-article audit): a deal told noun first, «عقد» after it.

- «اتفاق(ية) عقد(ت)»، «اتفاق تم/جرى عقده» (tr-agr-117000..117002) tell a deal concluded, as «عقد اتفاقا» (tr-agr-65200)
  does; the bare noun alone needs an agreement_made cue, and «عقد» is none (it also holds meetings).
- A deal told as what a move before it went by («الخروج من X وفقا لاتفاقية عقدت الأحد»، function_words
  deal_behind_head) is at the move's place: a place past a clause break after the deal is another happening's
  (places.deal_elsewhere, place-other-clause)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-04-10"  # a Tuesday
AGR = ("Strategic developments", "Agreement")
DUMAYR = "Aḑ Ḑumayr"


def _deals(extractor, text):
    return [e for e in read_doc(extractor, text, PUB).events if (e.event_type, e.sub_event_type) == AGR]


@pytest.mark.parametrize("text, rule, place", [
    ("ويواصل المسلحون مغادرة بلدة الضمير، الثلاثاء، وفقا لاتفاقية عقدت الأحد مع الجيش الروسي.", "tr-agr-117000", DUMAYR),
    # the next clause's base is the shelling's, not the deal's
    ("وتستمر فصائل المعارضة في الخروج من بلدة الضمير وفقا لاتفاقية عقدت الأحد، وبين قصف استهدف قاعدة الشعيرات "
     "الجوية في ريف حمص صباح الاثنين.", "place-other-clause", DUMAYR),
    ("وأفادت مصادر محلية بأن اتفاقا تم عقده الأحد بين الجيش والفصائل في بلدة الضمير.", "tr-agr-117001", DUMAYR),
])
def test_deal_told_noun_first_is_concluded_on_its_day(extractor, text, rule, place):
    deals = _deals(extractor, text)
    assert [(e.event_date, e.location) for e in deals] == [("2018-04-08", place)]
    assert rule in deals[0].rule_ids


@pytest.mark.parametrize("text", [
    # the deal's own old year holds it as history, as for «عقد اتفاق»
    "وكانت الفصائل قد خرجت من حي الوعر تنفيذا لاتفاق عقد عام 2017 برعاية روسية.",
    # «عقد» of a meeting, the deal noun apart: no deal concluded (g99l)
    "وعقد مجلس الأمن الدولي جلسة مغلقة الاثنين لبحث الاتفاق حول الغوطة الشرقية.",
])
def test_no_deal_concluded_now(extractor, text):
    assert _deals(extractor, text) == []


@pytest.mark.parametrize("text, dated", [
    # an aside set off by commas on the subject of «توصل» («، وهي ...،»): «لاتفاق» is what was reached, not an aim
    ("وتوصلت حركة أحرار الشام، وهي الفصيل الأكبر في مدينة حرستا بريف دمشق، لاتفاق يوم الأحد مع الجيش الروسي.",
     ["2018-04-08"]),
    # a comma with no aside still closes the clause: «لاتفاق» after it is an aim
    ("وتوصلت الفصائل إلى هدنة في مدينة حرستا، لاتفاق شامل لاحقا.", []),
])
def test_reached_deal_past_an_aside(extractor, text, dated):
    assert [e.event_date for e in _deals(extractor, text) if "tr-agr-1" in e.rule_ids] == dated
