"""g99x: a force deployed in a named place on a day is a Change to group/activity (triggers.tsv tr-chg-66400, 66401):
the verb «انتشر*» with armed men in the sentence (without a deal or Russia's military police, which hand a town
over: tr-nvt-41000..41003), and «نشر منظومات» (air-defence systems deployed). News, a video or rumours that
«انتشر» stay no event (!spread_news, or no armed men), and so does a deployment told as a suspicion or a pretext.
"""
from __future__ import annotations
import pytest
from marsad_testdata import subs_and_rules, subs_of


PUB = "2018-06-12"
CHG = "Change to group/activity"

DEPLOYED = [
    ("انتشرت قوات الأمن يوم الاثنين في شوارع مدينة الموصل بعد ليلة من التوتر.", "tr-chg-66400"),
    ("وانتشرت وحدات من الجيش العراقي أمس حول مبنى المحافظة في مدينة كركوك.", "tr-chg-66400"),
    ("وقال الجيش إنه نشر منظومات دفاع جوي يوم الاثنين قرب مدينة كركوك.", "tr-chg-66401"),
]
NOT_DEPLOYED = [
    "انتشر يوم الاثنين مقطع فيديو يظهر جنودا في شوارع مدينة كركوك.",  # a video that spread (!spread_news)
    "انتشرت الشائعات يوم الاثنين في مدينة كركوك عن إغلاق الأسواق.",  # no armed men in the sentence
]
# «نشر قوات» (tr-chg-15) framed as a suspicion or a pretext (modality.tsv md-pos-66410, md-int-66411, 66412)
FRAMED = [
    "وقال الجيش يوم الاثنين إنه سيتحرك ضد ما يشتبه بأنها عمليات نشر قوات قرب مدينة القنيطرة.",
    "واتهم الوزير يوم الاثنين أنقرة باتخاذ محاربة الإرهاب ذريعة لنشر قواتها قرب مدينة دهوك.",
]


@pytest.mark.parametrize("text,rule", DEPLOYED)
def test_force_deployed_in_a_place(extractor, text: str, rule: str):
    rules = [r for s, rs in subs_and_rules(extractor, text, PUB) if s == CHG for r in rs]
    assert rule in rules


@pytest.mark.parametrize("text", NOT_DEPLOYED + FRAMED)
def test_no_deployment_of_the_day(extractor, text: str):
    assert CHG not in subs_of(extractor, text, PUB)
