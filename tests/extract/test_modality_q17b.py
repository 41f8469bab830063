"""What did not happen, and what did (branch q17b), on sentences of our own.

Conditions, purposes, attempts, futures and hypothetical moments tell no happening; a recalled happening
that "comes after" or is told "despite a denial", or that has a week of its own, is news.
"""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-12"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


@pytest.mark.parametrize("sub, kind, text", [
    # a sentence opening on "إذا": its answer is as unreal as its condition, however far (frames, md-cond-1)
    ("Air/drone strike", "condition",
     "وإذا نجحت المفاوضات مع الفصائل في الأيام المقبلة، فسيكون ذلك تكرارا لما جرى في مناطق أخرى بعد قصف عنيف شنته "
     "الطائرات الحربية على بلدات ريف حمص."),
    # the object of a purpose ("لاستعادة السيطرة"): not yet taken (step._head_unreal)
    ("Government regains territory", "intention",
     "وتواصل القوات الحكومية عملياتها العسكرية في ريف درعا لاستعادة السيطرة على بلدات المعارضة."),
    # a verb in the future governing a verbal noun by "ب" (frames._future_verb_before)
    ("Government regains territory", "future", "وقال المصدر إن الجماعة ستقبل باستعادة الجيش لمدينة دوما."),
    # a past attempt (md-int-1600..1602)
    ("Non-violent transfer of territory", "intention", "وسعت القوات الكردية إلى تهجير المدنيين العرب من القرى في الحسكة."),
    # the moment of a withdrawal, not a withdrawal (md-cond-1600, transfer only)
    ("Non-violent transfer of territory", "condition", "وتحدث الرئيس عن ترتيبات أمنية في المنطقة لدى انسحاب قواته من سوريا."),
    # after it had taken it: an earlier state (md-bg-1600)
    ("Non-state actor overtakes territory", "background",
     "ومنعت القوات التركية الأهالي من العودة إلى بلدة جنديرس بعد أن كانت قد سيطرت عليها."),
    # a bombardment that lasted weeks sums up a campaign (md-gen-1600)
    ("Shelling/artillery/missile attack", "general", "وغادر آلاف السكان بلدة جنديرس إثر قصف مدفعي استمر لأسابيع."),
    # a likening (md-op-1600, 1602..1604: "كأن" alone is the normalised "كان", was)
    ("Air/drone strike", "opinion", "وقال المحلل إن الأمر يبدو كأنما تقصف الطائرات التركية مدينة عفرين نيابة عن الجيش السوري."),
    # so that it can (md-int-1603..1607): "ليتمكن الجيش من بسط سيطرته" has not happened
    ("Government regains territory", "intention",
     "وتتواصل عمليات الإجلاء من البلدة، ليتمكن الجيش بعدها من بسط سيطرته على ريف حمص الشمالي بالكامل."),
    ("Non-violent transfer of territory", "intention",
     "وطلبت روسيا وقف القصف حتى يتمكن المقاتلون من الانسحاب من جنوب دمشق."),
    # a view (md-op-1601)
    ("Armed clash", "opinion", "ويقول المقاتلون إنهم يرون في المعركة مع الأكراد فرصة للثأر."),
])
def test_what_did_not_happen_is_dropped(extractor, sub, kind, text):
    doc = _run(extractor, text)
    assert sub not in [e.sub_event_type for e in doc.events], doc.events
    assert any(d["reason"] == f"modality:{kind}" for d in doc.dropped), doc.dropped


def test_what_comes_after_a_taking_recalls_news(extractor):
    # "تأتي بعد" (md-shd-1600) keeps "بعد" (md-bg-7) from reading the taking as background
    doc = _run(extractor, "وقالت مصادر عسكرية إن عملية الاقتحام تأتي بعد السيطرة على بلدة الشيخ مسكين في ريف درعا.")
    assert any(e.event_type == "Battles" for e in doc.events), doc.dropped
    assert not any(d["reason"] == "modality:background" for d in doc.dropped), doc.dropped


def test_a_denial_conceded_does_not_deny(extractor):
    # "رغم نفي" (md-shd-1606): the report holds that the attack happened
    doc = _run(extractor, "ورغم نفي الحكومة وقوع هجوم في البلدة، أكدت منظمات دولية أمس وقوع هجوم كيماوي في مدينة دوما.")
    assert not any(d["reason"] == "modality:denial" for d in doc.dropped), doc.dropped


def test_a_recalled_happening_of_last_week_is_news(extractor):
    doc = _run(extractor, "وشنت الطائرات الأمريكية غارات ردا على هجوم كيماوي على مدينة دوما، الأسبوع الماضي.")
    chem = [e for e in doc.events if e.sub_event_type == "Chemical weapon"]
    assert chem and "own-day:md-bg-6" in chem[0].rule_ids, (doc.events, doc.dropped)


def test_the_moment_of_an_explosion_is_still_an_explosion(extractor):
    doc = _run(extractor, "قتل ثلاثة أشخاص لدى انفجار عبوة ناسفة في سيارتهم جنوبي مدينة كركوك أمس.")
    assert any(e.event_type == "Explosions/Remote violence" for e in doc.events), doc.dropped


def test_days_of_a_lasting_activity_date_it(extractor):
    # "بعد يومين من القصف": the two days before the day told (Sunday 8 April), news, not background (step._span_back)
    doc = _run(extractor, "وأعلنت الحكومة الأحد هدنة في مدينة دوما بعد يومين من القصف العنيف على أحيائها.")
    shell = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert shell and any(r.startswith("span-back:") for r in shell[0].rule_ids), (doc.events, doc.dropped)
    assert (str(shell[0].date_start), str(shell[0].date_end)) == ("2018-04-06", "2018-04-07")


@pytest.mark.parametrize("text", [
    # weeks of shelling sum up a campaign
    "وأعلنت الحكومة الأحد هدنة في مدينة دوما بعد أسبوعين من القصف العنيف على أحيائها.",
    # no count: no day
    "وأعلنت الحكومة الأحد هدنة في مدينة دوما بعد أيام من القصف العنيف على أحيائها.",
])
def test_a_long_or_uncounted_span_stays_background(extractor, text):
    doc = _run(extractor, text)
    assert not any(e.event_type == "Explosions/Remote violence" for e in doc.events), doc.events
