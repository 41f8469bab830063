"""g100g: a force sent or deployed, told with the subject between the verb and the force (triggers.tsv tr-chg-68300, 68301,
needs ">deployed_force": step._object_after_subject), is a Change to group/activity at the place it
went to. The verb publishes or sends something else when anything but the subject, a day or a count stands
before the force; placed only at a country, or by no place told after the verb as where the force went, the sending
tells a lasting presence or a purpose (trigger_kinds.tsv needs_town, filters.without_countrywide_transfers).
"""
from __future__ import annotations

import pytest

from marsad_testdata import subs_and_rules

# (sentence, the row that codes it a Change to group/activity, or None: no such event)
CASES = [
    ("نشرت فرنسا 50 جنديا في مدينة منبج أمس.", "tr-chg-68300"),
    ("ونشرت روسيا شرطة عسكرية يوم الاثنين في مدينة دوما.", "tr-chg-68300"),
    ("نُشر 100 جندي فرنسي يوم الاثنين في مدينة منبج.", "tr-chg-68300"),
    ("أرسلت الولايات المتحدة مئات الجنود إلى مدينة منبج يوم الاثنين.", "tr-chg-68301"),
    ("وأرسلت الحكومة السورية قواتها يوم الاثنين إلى منطقة عفرين.", "tr-chg-68301"),
    ("أرسلت تركيا، الخميس، مئات الجنود إلى ولاية هاتاي.", "tr-chg-68301"),
    # guards: published pictures and a report, aid, a delegation, a lasting presence at a country,
    # a plan, a denial, no place the force went to, a verb whose object is a pronoun
    ("نشرت الوكالة يوم الاثنين صورا لجنود في مدينة منبج.", None),
    ("نشرت صحيفة محلية يوم الاثنين تقريرا عن القوات في مدينة منبج.", None),
    ("أرسلت تركيا يوم الاثنين مساعدات إلى مدينة عفرين.", None),
    ("أرسلت تركيا يوم الاثنين وفدا إلى مدينة دمشق.", None),
    ("ونشرت إيران مئات الجنود في سوريا، قائلة إنهم مستشارون عسكريون.", None),
    ("تعتزم فرنسا نشر 50 جنديا في مدينة منبج.", None),
    ("نفت فرنسا يوم الاثنين أنها أرسلت جنودا إلى مدينة منبج.", None),
    ("وأرسلت الحكومة يوم الاثنين قوات للدفاع عن مدينة عفرين.", None),
    ("وأظهر تسجيل نشرته روسيا يوم الاثنين قوات في مدينة دوما.", None),
]


@pytest.mark.parametrize("text,rule", CASES)
def test_force_sent_with_its_subject_between(extractor, text: str, rule: str | None):
    rules = [r for s, rs in subs_and_rules(extractor, text, "2018-06-12") if s == "Change to group/activity" for r in rs]
    if rule is None:
        assert not rules
    else:
        assert rule in rules
