"""g99v: stored Agreement events that were no deal between parties to a conflict. A weapons system agreed on between
two states (modality.tsv md-sense-66106); a deal an analyst says someone must reach («يتوجب/يتعين على ...»:
md-call-66110, 66111) or a wish to make a truce real («جعل ...»: md-int-66112..66115); a deal told «وقتها/حينها/آنذاك»,
at a time told before (md-bg-66120..66123). Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of

PUB = "2018-09-05"


@pytest.mark.parametrize("text", [
    # a weapons system delivered
    "وقال أردوغان الخميس إنه اتفق مع بوتين على تسريع موعد تسليم النظام الصاروخي إلى أنقرة.",
    # an obligation, not a deal made (a quote after a lead that gives the day)
    "قال محللون الثلاثاء إن الهجوم التركي على عفرين يعقد موقف واشنطن في سوريا. وأضاف المحلل ستيفن كوك: \"يتوجب على "
    "إدارة الرئيس الأميركي إعادة النظر في سياستها السورية، والتوصل إلى اتفاق مع تركيا، وهو أمر لن يكون سهلا\".",
    # a wish to make a truce real
    "وأعلن الرئيسان الفرنسي والألماني الأحد في باريس توافقهما على التحرك معا لإيصال المساعدة إلى سكان الغوطة الشرقية "
    "وجعل وقف إطلاق النار فعليا.",
    # a deal of a time told before
    "وكانت واشنطن قد تراجعت آنذاك عن ضرب دمشق وفضلت التوصل إلى اتفاق مع موسكو لتفكيك الترسانة الكيماوية السورية.",
])
def test_a_deal_outside_the_war_or_not_made_is_no_agreement(extractor, text):
    assert events_of(extractor, text, "Agreement", PUB) == []


@pytest.mark.parametrize("text", [
    # a peace deal between two states is coded (as Ethiopia-Eritrea in the dev gold)
    "ووقعت إثيوبيا وإريتريا الأحد في جدة اتفاق سلام ينهي الحرب بين البلدين.",
    # a defence pact between two sides of the war is coded (the lead's ruling, b3c02eb5)
    "ووقع وزير الدفاع الروسي مع نظيره السوري الأربعاء في دمشق اتفاقا للتعاون العسكري بين البلدين.",
    # weapons handed over by fighters are the matter of a local deal, not an arms purchase
    "وتوصلت الفصائل المعارضة في بلدة طفس الأحد إلى اتفاق مع الجيش السوري يقضي بتسليم الأسلحة الثقيلة وخروج الرافضين.",
])
def test_a_deal_between_sides_of_a_war_stays_an_agreement(extractor, text):
    assert len(events_of(extractor, text, "Agreement", PUB)) == 1
