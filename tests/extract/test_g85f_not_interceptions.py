"""g85f: interception triggers that tell no interception: air defences deployed («نشر دفاعات جوية تتصدى ...», a
standing capability, modality.tsv md-state-55151) and «تسقط/أسقطت عنه» (a status or a charge dropped from someone,
md-sense-55150). A real interception told plainly stays an event."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of

PUB = "2018-05-08"
DWU = "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "وأراد الأكراد من الحكومة نشر دفاعات جوية تتصدى للطائرات التركية في عفرين.",
    'وتابع المندوب السوري قائلا: "كل من يصف حكومتنا بهذه الكلمة في هذه الجلسة تسقط عنه صفة الحياد، '
    'بينما تنهمر الصواريخ على العاصمة دمشق".',
    "وقال المندوب السوري في دمشق يوم الخميس إن الدولة التي تطلق الصواريخ على المدنيين تسقط عنها صفة الحياد.",
])
def test_no_interception(extractor, text):
    assert events_of(extractor, text, DWU, PUB) == []


def test_a_plain_interception_stays(extractor):
    evs = events_of(extractor, "أسقطت الدفاعات الجوية السورية صاروخين إسرائيليين فوق ريف دمشق الثلاثاء.", DWU, PUB)
    assert evs and evs[0].actor1 == "Military Forces of Syria (2000-)" \
        and evs[0].actor2 == "Military Forces of Israel (1948-)"
