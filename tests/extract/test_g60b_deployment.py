"""Non-violent transfer of territory told as a deployment (branch g60b).

- Russia's military police deploying in a town («انتشرت الشرطة العسكرية الروسية في مدينة X») marks its handover
  under a settlement (triggers.tsv tr-nvt-41000, 41001, trigger_cues.tsv russian_police);
- other forces deploying do so only with a deal in the sentence (tr-nvt-41002, 41003 armed_entrants+agreement);
- «انتشر» alone spreads videos and news, and a deployment that is an agreement's term stays a term."""
from __future__ import annotations

from marsad_testdata import read_doc

NVT = "Non-violent transfer of territory"


def _run(extractor, text, published):
    return read_doc(extractor, text, published)


def _transfers(doc):
    return sorted((e.location, e.date_start) for e in doc.events if e.sub_event_type == NVT)


def test_russian_military_police_deployed_in_a_town(extractor):
    doc = _run(extractor, "أفادت مصادر محلية بأن الشرطة العسكرية الروسية انتشرت في مدينة دوما صباح الثلاثاء.",
               "2018-04-18")
    assert _transfers(doc) == [("Dūmā", "2018-04-17")]
    assert any("tr-nvt-41000" in e.rule_ids for e in doc.events)


def test_deployment_noun_of_russian_police(extractor):
    doc = _run(extractor, "أكد المرصد السوري الأربعاء انتشار الشرطة العسكرية الروسية في مدينة دوما.", "2018-04-18")
    assert [loc for loc, _ in _transfers(doc)] == ["Dūmā"]


def test_forces_deployed_under_a_deal(extractor):
    doc = _run(extractor, "انتشرت قوات النظام الاثنين في مدينة حرستا بموجب اتفاق مع الفصائل المعارضة.", "2018-03-27")
    assert [loc for loc, _ in _transfers(doc)] == ["Ḩarastā"]


def test_forces_deployed_without_a_deal_hand_over_nothing(extractor):
    doc = _run(extractor, "انتشرت قوات الأمن الاثنين في شوارع مدينة البصرة بعد احتجاجات غاضبة.", "2018-09-10")
    assert _transfers(doc) == []


def test_a_video_that_spread_is_no_transfer(extractor):
    doc = _run(extractor, "انتشر مقطع مصور الثلاثاء يظهر عناصر الشرطة العسكرية الروسية في مدينة دوما.", "2018-04-18")
    assert _transfers(doc) == []


def test_a_deployment_among_agreement_terms_stays_a_term(extractor):
    doc = _run(extractor, "ينص الاتفاق على انتشار الشرطة العسكرية الروسية في مدينة دوما.", "2018-04-18")
    assert _transfers(doc) == []
