"""A taking (Government regains territory) read first with the generic opposition as the side that lost the place
takes the group that a later, merged mention names as that side ("إثر معارك مع فصيل فيلق الرحمن"), as hand-overs
and deals already did (branch g81c, on sentences of our own). With no group named the generic side stays: the dev
gold codes the army's cutting off of Douma so."""
from __future__ import annotations

from marsad_testdata import read_doc

REBELS = "Opposition Rebels (Syria)"
REGAINS = "Government regains territory"


def _takings(extractor, text, pub):
    return [e for e in read_doc(extractor, text, pub).events if e.sub_event_type == REGAINS]


def test_later_mention_names_the_losing_group(extractor):
    text = ("سيطرت قوات النظام السوري يوم السبت على بلدة مسرابا التي كانت تحت سيطرة الفصائل المعارضة في الغوطة الشرقية. "
            "وقال المرصد إن قوات النظام تمكنت من السيطرة على مسرابا إثر معارك مع فصيل فيلق الرحمن.")
    events = _takings(extractor, text, "2018-03-11")
    assert [e.actor2 for e in events] == ["Faylaq al Rahman"]
    assert "actor2-named-group" in events[0].rule_ids


def test_no_group_named_keeps_the_generic_side(extractor):
    text = ("سيطرت قوات النظام السوري يوم السبت على بلدة مسرابا التي كانت تحت سيطرة الفصائل المعارضة في الغوطة الشرقية. "
            "وقال المرصد إن قوات النظام تمكنت من السيطرة على مسرابا بعد قصف عنيف.")
    assert [e.actor2 for e in _takings(extractor, text, "2018-03-11")] == [REBELS]
