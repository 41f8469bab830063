"""g112a (places: states named as the sides of a strike, and a strike on the document country's own positions).

- A strike on positions a nisba names as the document country's own («على مناطق سورية»، «ضد منشآت عسكرية سورية»،
  function_words country_positions), with no town of its own, is at that country, named as it («سوريا»), not at a
  town another sentence told (places.owned_country, place-owned-country-146501). Another state's positions
  («مواقع إيرانية») are not where they lie: the context place stays.
- A state named bare as a side («وجهت كل من الولايات المتحدة وبريطانيا وفرنسا ضربة») is no context place of its own
  sentence's acts (places.acting_state, 146500)."""
from __future__ import annotations

import pytest

from marsad_testdata import of_type, read_doc

PUB = "2018-05-17"  # a Thursday
STRIKE = "Explosions/Remote violence"


@pytest.mark.parametrize("text", [
    "قتل أربعة مدنيين أمس في بلدة الحارة بريف درعا. وأعلن الجيش الإسرائيلي، الخميس، أنه شن غارات جوية على مناطق "
    "سورية ردا على إطلاق قذائف.",
    "اندلعت اشتباكات عنيفة أمس في بلدة كفرنبودة بريف حماة. وشنت الولايات المتحدة وفرنسا، الخميس، هجمات صاروخية ضد "
    "منشآت عسكرية سورية.",
])
def test_strike_on_the_country_own_positions_is_at_the_country(extractor, text):
    doc = read_doc(extractor, text, PUB)
    own = [e for e in of_type(doc, STRIKE) if "place-owned-country-146501" in e.rule_ids]
    assert [(e.location, e.location_text, e.geo_precision) for e in own] == [("Syria", "سوريا", 3)]


def test_another_state_positions_keep_the_context_place(extractor):
    # the same strike on the country's own positions moves to the country; on Iran's it keeps the town told before
    own = read_doc(extractor, "قتل أربعة مدنيين أمس في بلدة الحارة بريف درعا. وشنت طائرات إسرائيلية، الخميس، غارات "
                              "على مواقع سورية.", PUB)
    other = read_doc(extractor, "قتل أربعة مدنيين أمس في بلدة الحارة بريف درعا. وشنت طائرات إسرائيلية، الخميس، غارات "
                                "على مواقع إيرانية.", PUB)
    assert "Syria" in {e.location for e in of_type(own, STRIKE)}
    assert all("place-owned-country-146501" not in e.rule_ids for e in other.events)
    assert "Syria" not in {e.location for e in of_type(other, STRIKE)}


def test_a_state_named_as_a_side_is_no_context_place(extractor):
    # main read the missile strike at the United Kingdom, then dropped it as a place abroad: only the later airbase
    # sentence was left; the strike now has no place of its own and is told again at the airbase
    doc = read_doc(extractor, "تحدث مسؤولون عن الرد الغربي. ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا، الخميس، "
                              "ضربة صاروخية لمواقع تابعة للنظام. وقالت مصادر إن الضربة استهدفت مطار الضمير العسكري.",
                   PUB)
    assert [(e.sub_event_type, e.location) for e in of_type(doc, STRIKE)] == [
        ("Shelling/artillery/missile attack", "Dumayr airbase")]
