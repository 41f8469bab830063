"""An entry won by fighting or strikes is a taking (branch g67a), on sentences of our own.

«دخل» with armed entrants reads a non-violent transfer (tr-nvt-13). Told with the fighting or strikes that won it
(«بعد معارك»، «إثر غارات»، «تحت غطاء»: trigger_cues entry_fought) it is a taking by the entering force
(tr-terr-44900); an entry under a deal stays the transfer.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-07-16"  # a Monday


def _events(extractor, text):
    doc = read_doc(extractor, text, PUB, "خبر")
    return [(e.sub_event_type, e.actor1, e.actor2) for e in doc.events
            if e.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory",
                                    "Non-violent transfer of territory")]


def test_entry_after_fighting_is_a_taking(extractor):
    text = "دخلت قوات النظام السوري الأحد بلدة الحراك في ريف درعا بعد معارك عنيفة مع فصائل المعارضة.\n"
    assert _events(extractor, text) == [("Government regains territory", "Military Forces of Syria (2000-)",
                                         "Opposition Rebels (Syria)")]


def test_entry_after_air_strikes_is_a_taking(extractor):
    text = "ودخلت قوات النظام السوري الأحد بلدة الحراك في ريف درعا إثر غارات جوية مكثفة.\n"
    assert [e[0] for e in _events(extractor, text)] == ["Government regains territory"]


def test_entry_under_a_deal_stays_a_transfer(extractor):
    text = "دخلت قوات النظام السوري الأحد بلدة الحراك في ريف درعا بموجب اتفاق مع فصائل المعارضة.\n"
    assert [e[0] for e in _events(extractor, text)] == ["Non-violent transfer of territory"]
