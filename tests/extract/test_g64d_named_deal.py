"""Old deals retold (branch g64d): a deal only named by a definite noun ("الاتفاق الذي تم التوصل إليه"), with no verb
of reaching and no day of its own, is a deal reached before and retold, not an agreement of the report's day."""
from __future__ import annotations

from marsad_testdata import events_of, read_doc

AGREEMENT = "Agreement"


def _agreements(extractor, text: str, day: str = "2018-04-02") -> list:
    return events_of(extractor, text, AGREEMENT, day)


def test_a_deal_only_named_in_a_relative_clause_is_no_new_agreement(extractor):
    # g102c: with no armed group named as a side of its making («مع فصيل فيلق الرحمن»: test_g102c_deal_made_by_side)
    text = ("خرجت اليوم حافلات تقل مئات المدنيين من بلدة عربين في الغوطة الشرقية.\n"
            "والاتفاق الذي توصل له الجانبان يشمل خروج المقاتلين وعائلاتهم من بلدة عربين "
            "إلى إدلب.")
    doc = read_doc(extractor, text, "2018-04-02")
    assert [e for e in doc.events if e.sub_event_type == AGREEMENT] == []
    assert any(d["rule_id"] == "named-deal" for d in doc.dropped)


def test_a_bare_definite_deal_facing_trouble_is_no_new_agreement(extractor):
    text = ("أعلنت أنقرة اليوم أن المنطقة العازلة في محافظة إدلب باتت خالية من الأسلحة الثقيلة، "
            "فيما يواجه الاتفاق التركي الروسي عقبات في الأيام المقبلة.")
    assert _agreements(extractor, text, "2018-10-10") == []


def test_a_deal_told_with_its_verb_of_reaching_is_kept(extractor):
    text = ("أعلن الجيش السوري اليوم التوصل إلى اتفاق مع فصيل فيلق الرحمن يقضي بخروج المقاتلين من بلدة عربين "
            "في الغوطة الشرقية إلى إدلب.")
    assert len(_agreements(extractor, text)) == 1
