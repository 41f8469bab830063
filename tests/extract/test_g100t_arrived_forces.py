"""g100t: a force that arrived at a place, told by the perfect «وصل*» with the force as its subject (triggers.tsv
tr-chg-69300 «وصل* قوات», 69301 «وصل* دفعة» with trigger_cues arriving_force, 69302 «وصل* رتل»), is a Change to
group/activity at the place it reached, as «وصلت تعزيزات» (tr-chg-18). Forces that reached the edge of a town advanced
(trigger_cues front_reach); a batch or convoy of evacuees is no build-up (buses, evacuation_told); placed only at a
country the arrival is no event (trigger_kinds.tsv needs_town).
"""
from __future__ import annotations

import pytest

from marsad_testdata import subs_and_rules

def _change_rules(extractor, text: str) -> list[str]:
    """The rule ids of the Change to group/activity events read in ``text``."""
    return [r for sub, rules in subs_and_rules(extractor, text, "2018-06-12") if sub == "Change to group/activity" for r in rules]


# (sentence, the row that codes the arrival)
ARRIVED = [
    ("وصلت قوات موالية للحكومة السورية، الاثنين، إلى منطقة عفرين.", "tr-chg-69300"),
    ("ووصلت قوات روسية يوم الاثنين إلى مدينة منبج.", "tr-chg-69300"),
    ("ووصلت دفعة ثالثة من قوات موالية للحكومة، الاثنين، إلى منطقة عفرين.", "tr-chg-69301"),
    ("وصل رتل عسكري تركي، الاثنين، إلى مدينة إدلب.", "tr-chg-69302"),
]

# an advance to a town's edge, evacuees' batch and convoy, a country only, an expectation, a denial
GUARDS = [
    "ووصلت قوات الجيش، الاثنين، إلى مشارف مدينة درعا.",
    "ووصلت قوات الجيش يوم الاثنين إلى الأطراف الشمالية لمدينة درعا.",
    "ووصلت دفعة من مقاتلي المعارضة وعائلاتهم، الاثنين، إلى مدينة إدلب.",
    "وصل رتل من الحافلات يوم الاثنين إلى مدينة إدلب لإجلاء المقاتلين.",
    "وصلت قوات أمريكية، الاثنين، إلى سوريا.",
    "ومن المتوقع أن تصل قوات روسية إلى مدينة منبج الأسبوع المقبل.",
    "ونفى المتحدث أن تكون قوات روسية قد وصلت إلى مدينة منبج.",
]


@pytest.mark.parametrize("text,rule", ARRIVED)
def test_force_arrived_at_a_place(extractor, text: str, rule: str):
    assert rule in _change_rules(extractor, text)


@pytest.mark.parametrize("text", GUARDS)
def test_no_arrival_event(extractor, text: str):
    assert not _change_rules(extractor, text)
