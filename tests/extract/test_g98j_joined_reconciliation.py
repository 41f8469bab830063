"""g98j: a town joining a reconciliation deal («انضمت البلدة إلى اتفاقات المصالحة»، «انضمام قرى ... إلى المصالحات»)
is its hand-over to the government (Non-violent transfer of territory, tr-nvt-59800, 59801 with trigger_cues
reconciliation_joined); a deal «يسلم بموجبه» the fighters hand a place over under is a transfer (tr-nvt-59802..59804).
"""
from __future__ import annotations
import pytest
from marsad_testdata import subs_of


PUB = "2018-07-08"
NVT = "Non-violent transfer of territory"

HANDED_OVER = [
    # villages joining the reconciliation, named
    "ذكرت وكالة الأنباء الرسمية السبت انضمام قرى وبلدات نصيب وصيدا إلى المصالحات بعد أن سلم المسلحون أسلحتهم "
    "الثقيلة للجيش.",
    # towns counted joining the settlement deals
    "انضمت عشر بلدات على الأقل في محافظة درعا يوم الجمعة إلى اتفاقات التسوية مع الحكومة السورية.",
    # a town handed over under the deal
    "وتوصل جيش الإسلام إلى اتفاق يوم الخميس يسلم بموجبه المسلحون مدينة الضمير للجيش السوري ويرحلون إلى الشمال.",
]

NOT_HANDED_OVER = [
    # fighters joining a group's ranks, reconciliation named only as what they refused
    "وانضم يوم الجمعة عشرات المقاتلين الرافضين لمساعي المصالحة إلى صفوف هيئة تحرير الشام في إدلب.",
    # leaflets calling on a town to join the deals
    "ألقت المروحيات السورية الأحد مناشير على بلدة نوى تدعو للانضمام إلى اتفاقات المصالحة.",
]


@pytest.mark.parametrize("text", HANDED_OVER)
def test_joining_or_handing_over_under_a_deal_is_a_transfer(extractor, text):
    assert NVT in subs_of(extractor, text, PUB)


@pytest.mark.parametrize("text", NOT_HANDED_OVER)
def test_joining_ranks_or_a_call_to_join_is_no_transfer(extractor, text):
    assert NVT not in subs_of(extractor, text, PUB)
