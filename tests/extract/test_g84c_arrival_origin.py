"""Where arriving or sent forces set out from, told after «من» with no word of coming («وصلت تعزيزات من X إلى Y»),
is not where they arrive when the sentence names another place (function_words arrival and sending, rule
place-arrival-origin-54700, branch g84c; sentences of our own). Evacuations keep the place people left."""
from __future__ import annotations

from marsad_testdata import places_of

PUB = "2018-04-29"


def test_arrival_placed_at_destination_not_origin(extractor):
    text = "وصلت تعزيزات عسكرية لقوات النظام السوري، السبت، من مدينة حمص إلى ريف إدلب الجنوبي."
    assert places_of(extractor, text, PUB, "Strategic developments") == ["Idlib"]


def test_sent_reinforcements_placed_at_destination(extractor):
    text = "أرسلت قوات النظام السوري تعزيزات عسكرية، الأحد، من مدينة حمص باتجاه ريف حماة الشمالي."
    assert places_of(extractor, text, PUB, "Strategic developments") == ["Ḩamāh"]


def test_origin_kept_when_no_destination(extractor):
    text = "وصلت تعزيزات عسكرية لقوات النظام السوري، السبت، من مدينة حمص."
    assert places_of(extractor, text, PUB, "Strategic developments") == ["Homs"]


def test_evacuation_keeps_the_place_left(extractor):
    text = "خرجت الحافلات التي تقل مقاتلي المعارضة، السبت، من مدينة حرستا إلى محافظة إدلب."
    assert places_of(extractor, text, PUB, "Strategic developments") == ["Ḩarastā"]
