"""q20e: a peaceful protest has no counterpart (actor_roles ar-3101..3105); one dispersed by force is a protest with
intervention (trigger_cues dispersal, trigger_refiners rf-proi-3100)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-22"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB))).events


def test_the_state_a_peaceful_protest_is_against_is_no_side_of_it(extractor):
    evs = _events(extractor, "تظاهر المئات أمس في مدينة الحلة ضد الولايات المتحدة.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Peaceful protest"
    assert evs[0].actor1 == "Protesters (Iraq)" and evs[0].actor2 is None and "ar-3101" in evs[0].rule_ids


def test_a_protest_dispersed_by_force_is_one_with_intervention(extractor):
    evs = _events(extractor, "خرجت مظاهرة في مدينة الناصرية أمس، لكن قوات الشرطة عملت على تفريقها.")
    assert len(evs) == 1 and evs[0].sub_event_type == "Protest with intervention"
    assert evs[0].actor2 == "Police Forces of Iraq (2014-2018)" and "rf-proi-3100" in evs[0].rule_ids
