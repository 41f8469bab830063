"""Events read out of analysis and commentary, on sentences of our own (branch g104p): a view or belief verb whose
subject is an unnamed plural of commentators («يعتقد مراقبون»، «خبراء يعتقدون»، «ويرى محللون») gives their reading of
the war; the act named in its complement, however far past a comma and a subject, is no happening. An unnamed
attribution of a told strike («ويعتقد أن إسرائيل تقف وراء الغارة») and a strike told in its own clause stay."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-05-10"  # a Thursday
VIOLENT = ("Explosions/Remote violence", "Battles", "Strategic developments")


def _violent(doc):
    return [e for e in doc.events if e.event_type in VIOLENT]


@pytest.mark.parametrize("text", [
    # the act stands 15 tokens past the view verb, past a comma and a new subject (beyond md-op-25600's 12)
    "ويعتقد معظم المحللين أنه من دون الدعم الروسي، فإن قوات النظام لن تكون قادرة على التقدم بما في ذلك شن غارات على "
    "بلدات ريف إدلب.",
    "ويعتقد مراقبون أن تكثيف الغارات الجوية على بلدة كفرنبل يهدف إلى الضغط على الفصائل في المفاوضات.",
    "وفي المقابل، خبراء يعتقدون أن القصف الجوي العنيف على بلدة كفرنبل هو مقدمة لهجوم بري واسع.",
    # the act 18 tokens past «محللون», past two commas
    "ويرى محللون أن حملة القوات الحكومية، التي تدعمها الطائرات الروسية منذ أسابيع، ترمي إلى ما هو أبعد من القصف العنيف "
    "لبلدة كفرزيتا.",
])
def test_unnamed_commentators_view_is_no_happening(extractor, text):
    doc = read_doc(extractor, text, PUB)
    assert not _violent(doc), [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert "modality:opinion" in {d["reason"] for d in doc.dropped}, doc.dropped


def test_an_unnamed_attribution_of_a_told_strike_stands(extractor):
    # «يعتقد» with no commentator as its subject attributes a strike told with its own day: a happening
    doc = read_doc(extractor, "ويعتقد أن إسرائيل تقف وراء الغارة التي استهدفت مطار حماة العسكري مساء الأربعاء.", PUB)
    assert _violent(doc), doc.dropped


def test_a_strike_told_before_the_commentators_view_stands(extractor):
    doc = read_doc(extractor, "قصفت قوات النظام الأربعاء بلدة كفرنبل في ريف إدلب. ويرى مراقبون أن التصعيد رسالة إلى "
                              "أنقرة قبل القمة.", PUB)
    assert _violent(doc), doc.dropped
