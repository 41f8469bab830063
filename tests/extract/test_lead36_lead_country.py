"""A lead naming only countries stands at the country told after «في/على» for a later act that names no place
(function_words lead_country_at, lead s36): the states listed as the strikers are no place of it. Before, the lead's
first country was carried, so an interception told in the next sentence stood in the United Kingdom. Sentences
composed for these tests."""
from __future__ import annotations

import pytest

from tests.marsad_testdata import fields_of

PUB = "2018-04-14"  # a Saturday
LATER = " وقال مسؤول عسكري إن الدفاعات الجوية السورية اعترضت 40 من أصل 90 صاروخا أطلقت خلال الهجوم."


@pytest.mark.parametrize("lead", [
    "أكد الجيش الروسي عدم سقوط قتلى في الضربات التي شنتها الولايات المتحدة وبريطانيا وفرنسا على سوريا فجر السبت.",
    "شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات على مواقع في سوريا.",
])
def test_later_act_stands_at_the_struck_country(extractor, lead: str):
    got = fields_of(extractor, lead + LATER, PUB, "country", "sub_event_type")
    assert got and all(country == "Syria" for country, _ in got), got

