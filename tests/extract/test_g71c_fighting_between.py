"""Fighting told with its two sides («قتالا بين ... و...»، «معركة مع ...») is a clash reported, not the bare noun of
talk about war: it is kept though the sentence is not the report's lead (branch g71c, on sentences of our own).
The bare noun with no sides stays dropped, and so does a ceasefire's «وقف القتال بين»."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-10"
CLASH = "Armed clash"
LEAD = "وصلت قافلة من المساعدات الغذائية إلى مدينة دوما يوم الجمعة بعد أسابيع من الانتظار. "


def _clash_places(extractor, text):
    return {e.location for e in read_doc(extractor, text, PUB).events if e.sub_event_type == CLASH}


def test_fighting_between_two_sides_is_kept(extractor):
    text = LEAD + "وتشهد بلدة حرستا قتالا عنيفا بين فصائل المعارضة وقوات الجيش السوري منذ يوم الخميس."
    assert "Ḩarastā" in _clash_places(extractor, text)


def test_battle_with_a_named_side_is_kept(extractor):
    text = LEAD + "ويخوض الجيش السوري الحر معركة مع وحدات حماية الشعب الكردية قرب بلدة جنديرس."
    assert _clash_places(extractor, text)


def test_bare_fighting_noun_stays_dropped(extractor):
    text = LEAD + "ويقول سكان بلدة حرستا إنهم سئموا القتال ويريدون العودة إلى حياتهم."
    assert not _clash_places(extractor, text)


def test_ceasefire_between_sides_is_no_clash(extractor):
    text = LEAD + "وأعلن الطرفان الاتفاق على وقف القتال بين فصائل المعارضة وقوات الجيش السوري في بلدة حرستا."
    assert not _clash_places(extractor, text)
