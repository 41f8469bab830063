"""g48e: a side named after the positions a strike fell on owns them (the target), not the one who struck.

"استهدفت طائرات التحالف موقعين للجيش السوري": the Syrian army owns the two sites hit; before, the verb's first
actor within reach was read as its subject, so the army became actor1 (frames._positions_between; the dual
position words in function_words.tsv).
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-23"
SYRIA = "Military Forces of Syria (2000-)"
COALITION = "Global Coalition Against Daesh"


def _strikes(extractor, text):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [e for e in evs if e.event_type == "Explosions/Remote violence"]


def test_owner_of_two_sites_hit_is_the_target(extractor):
    evs = _strikes(extractor, "أفاد مصدر محلي أن طائرات تابعة للتحالف استهدفت فجر اليوم موقعين للجيش السوري قرب البوكمال.")
    assert evs and all(e.actor1 != SYRIA for e in evs)
    assert any((e.actor1, e.actor2) == (COALITION, SYRIA) for e in evs)


def test_owner_of_two_headquarters_hit_is_the_target(extractor):
    evs = _strikes(extractor, "قال مصدر عسكري إن المقاتلات الأمريكية استهدفت مقرين للجيش العراقي قرب الحدود.")
    assert evs and all(e.actor1 != "Military Forces of Iraq (2014-2018)" for e in evs)
    assert any((e.actor1, e.actor2) == ("Military Forces of the United States (2017-2021)",
                                        "Military Forces of Iraq (2014-2018)") for e in evs)
