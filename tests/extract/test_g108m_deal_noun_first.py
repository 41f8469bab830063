"""g108m (strategic developments recall, whole-article audit): a deal told noun first, «عقد» after it.

- «اتفاق(ية) عقد(ت)»، «اتفاق تم/جرى عقده» (tr-agr-117000..117002) tell a deal concluded, as «عقد اتفاقا» (tr-agr-65200)
  does; the bare noun alone needs an agreement_made cue, and «عقد» is none (it also holds meetings).
- A deal told as what a move before it went by («الخروج من X وفقا لاتفاقية عقدت الأحد»، function_words
  deal_behind_head) is at the move's place: a place past a clause break after the deal is another happening's
  (places.deal_elsewhere, place-other-clause)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-10"  # a Tuesday
AGR = ("Strategic developments", "Agreement")
NVT = ("Strategic developments", "Non-violent transfer of territory")


def _of(doc, kind):
    return [e for e in doc.events if (e.event_type, e.sub_event_type) == kind]


def test_deal_told_noun_first_is_concluded(extractor):
    doc = read_doc(extractor, "ويواصل المسلحون مغادرة بلدة الضمير، الثلاثاء، وفقا لاتفاقية عقدت الأحد مع الجيش الروسي.",
                   PUB)
    agr = _of(doc, AGR)
    assert [e.event_date for e in agr] == ["2018-04-08"]
    assert agr[0].location == "Aḑ Ḑumayr"
    assert "tr-agr-117000" in agr[0].rule_ids


def test_deal_behind_a_move_keeps_the_moves_place(extractor):
    doc = read_doc(extractor, "وتستمر فصائل المعارضة في الخروج من بلدة الضمير وفقا لاتفاقية عقدت الأحد، وبين قصف "
                              "استهدف قاعدة الشعيرات الجوية في ريف حمص صباح الاثنين.", PUB)
    agr = _of(doc, AGR)
    assert len(agr) == 1
    assert agr[0].location == "Aḑ Ḑumayr"
    assert agr[0].event_date == "2018-04-08"
    assert "place-other-clause" in agr[0].rule_ids


def test_deal_noun_first_with_passive_of_tam(extractor):
    doc = read_doc(extractor, "وأفادت مصادر محلية بأن اتفاقا تم عقده الأحد بين الجيش والفصائل في بلدة الضمير.", PUB)
    agr = _of(doc, AGR)
    assert [e.event_date for e in agr] == ["2018-04-08"]
    assert "tr-agr-117001" in agr[0].rule_ids


def test_old_deal_told_noun_first_stays_history(extractor):
    # the deal's own old year holds it as background, as for «عقد اتفاق»
    doc = read_doc(extractor, "وكانت الفصائل قد خرجت من حي الوعر تنفيذا لاتفاق عقد عام 2017 برعاية روسية.", PUB)
    assert _of(doc, AGR) == []


def test_meeting_held_is_no_deal(extractor):
    # «عقد» with a meeting and the deal noun apart stays no concluded deal (g99l)
    doc = read_doc(extractor, "وعقد مجلس الأمن الدولي جلسة مغلقة الاثنين لبحث الاتفاق حول الغوطة الشرقية.", PUB)
    assert _of(doc, AGR) == []
