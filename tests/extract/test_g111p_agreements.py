"""g111p: what «وافق* على» and «اتفق» need to be a deal concluded, and a deal reached under «صفقة».

- «وافق* على» (tr-agr-17) needs an agreed matter (a withdrawal, handover, truce...) as «اتفق» does: a state consenting
  to a passage across its land, or leaders agreeing to work together, is no deal. A side accepting a deal named by its
  noun is one (tr-agr-144500, needs deal_accepted).
- Sides agreeing to form committees or to normalise relations conclude a deal (agreed_matter rows).
- «توصلت X وY إلى صفقة» reads as «إلى اتفاق» does (tr-agr-144505).
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-08-04"


def _deals(extractor, text):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [e for e in evs if e.sub_event_type == "Agreement"]


def test_a_state_consenting_to_a_passage_is_no_deal(extractor):
    assert _deals(extractor, "وقالت الحكومة اللبنانية الخميس إنها وافقت على عبورهم من أراضيها برعاية الصليب الأحمر.") == []
    # fighters agreeing to a withdrawal still conclude one
    got = _deals(extractor, "وقال قيادي في المعارضة الخميس إن المقاتلين وافقوا على الانسحاب من بلدة الرستن.")
    assert len(got) == 1 and "tr-agr-17" in got[0].rule_ids


def test_leaders_agreeing_to_work_together_is_no_deal(extractor):
    assert _deals(extractor, "وقال القادة الأوروبيون الجمعة إنهم وافقوا على التنسيق معا لمعاقبة المسؤولين عن القصف في حلب.") == []


def test_a_side_accepting_a_deal_by_its_noun_concludes_it(extractor):
    got = _deals(extractor, "وقال متحدث باسم الفصائل إنها وافقت على الاتفاق الخميس في ريف حماة الشمالي.")
    assert len(got) == 1 and "tr-agr-144500" in got[0].rule_ids


def test_sides_agreeing_to_form_committees_conclude_a_deal(extractor):
    got = _deals(extractor, "أعلنت الإدارة الذاتية الكردية، الخميس، أنها اتفقت مع الحكومة السورية في دمشق على تشكيل لجان مشتركة للحوار.")
    assert len(got) == 1 and "tr-agr-6" in got[0].rule_ids


def test_a_deal_reached_under_safqa_with_its_sides_between(extractor):
    got = _deals(extractor, "وتوصلت روسيا والحكومة السورية الأربعاء إلى صفقة مع الفصائل المسلحة لإخلاء بلدة الضمير.")
    assert len(got) == 1 and "tr-agr-144505" in got[0].rule_ids
