"""g91g: a kept event placed only at a country or region ("في شمال العراق") takes the town of a weak retelling
told with its own day and town ("اعتقل الرجل الخميس في قضاء زاخو") of the same type and day
(step._coarse_twin, _take_finer_place)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-09"
LEAD = ("أعلن مسؤول في الشرطة الكردية في إقليم كردستان العراق، السبت، أن الرجل الذي أوقف قبل يوم بتهمة سرقة مصرف "
        "اعترف بالسرقة. وكانت الحكومة قد أعلنت أن رجلا يشتبه بسرقته للمصرف أوقف الجمعة في شمال العراق. "
        "وقال مسؤول الشرطة إن التحقيق بدأ مع الموقوف. وتحدث المسؤول عن تفاصيل القضية للصحفيين. ")
TOWN = "وأوقف الرجل الجمعة عند الساعة الخامسة فجرا، في قضاء زاخو البلدة الواقعة على الحدود."


def test_region_arrest_takes_the_town_of_its_retelling(extractor):
    evs = [e for e in read_doc(extractor, LEAD + TOWN, PUB).events if e.sub_event_type == "Arrests"]
    assert len(evs) == 1
    assert evs[0].location == "Zaxo"
    assert "finer-place" in evs[0].rule_ids


def test_without_the_town_the_region_stays(extractor):
    evs = [e for e in read_doc(extractor, LEAD, PUB).events if e.sub_event_type == "Arrests"]
    assert len(evs) == 1
    assert evs[0].location != "Zaxo"
