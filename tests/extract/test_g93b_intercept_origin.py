"""A craft stopped on its way («طائرة مسيرة قادمة من سوريا») is stopped on the side it comes to, not where it came
from: with no other place named, an interception stands in the interceptor's country (rule
place-intercept-origin-57550, branch g93b; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import places_of

PUB = "2018-07-14"
SD = "Strategic developments"


def test_drone_from_syria_stopped_in_israel(extractor):
    text = "أطلق الجيش الإسرائيلي الخميس صاروخا على طائرة مسيرة اقتربت من حدوده الشمالية قادمة من سوريا."
    assert places_of(extractor, text, PUB, SD) == ["Israel"]


def test_drone_from_syrian_land_stopped_in_israel(extractor):
    text = "اعترضت الدفاعات الجوية الإسرائيلية الخميس طائرة بدون طيار قادمة من الأراضي السورية لدى اقترابها من الحدود."
    assert places_of(extractor, text, PUB, SD) == ["Israel"]


def test_named_place_of_the_interception_kept(extractor):
    # the sentence names where it was stopped: that place, as before
    text = "أسقطت الدفاعات الجوية السورية الخميس طائرة مسيرة قادمة من الأراضي التركية فوق مدينة حلب."
    assert places_of(extractor, text, PUB, SD) == ["Aleppo"]
