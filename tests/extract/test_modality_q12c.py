"""Modality cues missed on unseen news (branch q12c), on sentences of our own.

A threat, a pledge, a fear, an aim, an expectation, a failure or a refusal tells something that did
not happen: the trigger it governs is dropped for that modality, and the cue row is named.
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


@pytest.mark.parametrize("sub, kind, text", [
    # threats: waving a strike (md-thr-21), repeating one's threats (md-thr-22, 23), warning that (md-thr-24)
    ("Air/drone strike", "threat", "وخرج المسؤول الأمريكي أمس ملوحا بشن ضربات جوية على مواقع الجيش السوري."),
    ("Air/drone strike", "threat", "وكرر الرئيس الأميركي أمس تهديداته بشن غارات جوية على مواقع الجيش السوري في دوما."),
    ("Air/drone strike", "threat", "وجددت الحكومة التركية أمس تهديداتها بشن غارات جوية على مواقع المقاتلين في منبج."),
    ("Shelling/artillery/missile attack", "threat",
     "وحذر الرئيس الروسي أمس من أن أي ضربات صاروخية على سوريا ستقود إلى فوضى."),
    # fears and expectations (md-exp-19..23)
    ("Air/drone strike", "expectation", "وتخشى الحكومة الأردنية أن تقصف الطائرات الروسية مخيمات النازحين قرب الحدود."),
    ("Air/drone strike", "expectation", "ويخشون أن تشن الطائرات الحربية غارات جديدة على البلدة."),
    ("Armed clash", "expectation", "ومن المرجح أن تبقى القوات الأميركية بعيدة عن الاقتتال في مدينة منبج."),
    # q15c: "هربا من" is now a cue of its own (md-gen-1100), so the expected battles are fled "before"
    ("Armed clash", "expectation", "ونزح مئات السكان من البلدة قبل المعارك المتوقعة بين الجيش والفصائل."),
    # about to (md-fut-23, 24)
    ("Government regains territory", "future", "ويوشك الجيش السوري على السيطرة على مدينة درعا."),
    ("Government regains territory", "future", "وتوشك القوات الحكومية على السيطرة على بلدة الحارة."),
    # pledges and aims (md-int-70..79)
    ("Non-violent transfer of territory", "intention", "وأعلنت روسيا التزامها بإخراج المقاتلين من بلدة دوما خلال أيام."),
    ("Non-violent transfer of territory", "intention", "وأعلن الجيش التزامه بإخراج المسلحين من الحي خلال أسبوع."),
    ("Non-violent transfer of territory", "intention", "وأكد قادة الفصائل التزامهم بإخراج المقاتلين الأجانب من المدينة."),
    ("Non-violent transfer of territory", "intention", "وجاء في البيان: نعلن التزامنا التام بإخراج مسلحي التنظيم من الغوطة الشرقية."),
    ("Government regains territory", "intention", "وأعلن الجيش السوري أمس اعتزامه استعادة مدينة إدلب."),
    ("Agreement", "intention", "واتفقت الدول الثلاث أمس على بذل كل الجهود لتثبيت وقف إطلاق النار في إدلب."),
    ("Government regains territory", "intention", "وتشن القوات الحكومية هجوما يهدف إلى استعادة مدينة درعا."),
    ("Air/drone strike", "intention", "وتحدث السفير عن استعدادات أمريكية لشن ضربات جوية جديدة على سوريا."),
    # refraining (md-ref-7..9)
    ("Air/drone strike", "refusal", "وإسرائيل تمتنع عن شن غارات جوية على مواقع حزب الله في لبنان."),
    ("Shelling/artillery/missile attack", "refusal", "وقال المرصد إن الجيش التركي امتنع عن قصف مواقع المقاتلين الأكراد في منبج."),
    # a failure to reach (md-neg-13, agreements and territory only)
    ("Agreement", "negation", "وفشلت روسيا وتركيا أمس في التوصل إلى اتفاق هدنة في إدلب."),
])
def test_a_modality_cue_drops_what_did_not_happen(extractor, sub, kind, text):
    doc = _run(extractor, text)
    assert sub not in [e.sub_event_type for e in doc.events], doc.events
    assert any(d["reason"] == f"modality:{kind}" for d in doc.dropped), doc.dropped


def test_a_failed_attack_still_happened(extractor):
    doc = _run(extractor, "وفشل هجوم شنه المسلحون أمس على حاجز للجيش في ريف حماة.")
    assert doc.events, doc.dropped
