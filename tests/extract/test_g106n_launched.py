"""g106n: a launch verb with its subject (and a day or a count) between it and the rockets or shells it fired
(triggers.tsv tr-shell-105500, needs ">projectile") is a missile attack, as «أطلق* صواريخ» side by side is. Before,
only the bare projectile noun (weight 0.4-0.45) read it, and outside a report's lead sentence it fell under the
confidence gate.
Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of, read_doc

PUB = "2018-05-11"
SHELL = "Shelling/artillery/missile attack"
LEAD = "قال مسؤول عسكري إن الوضع على الحدود متوتر جدا منذ أسابيع. "


@pytest.mark.parametrize("act", [
    "أطلقت القوات الإيرانية الخميس 20 صاروخا على مواقع في هضبة الجولان.",
    "أطلق الحوثيون الخميس صاروخا باليستيا على مدينة جازان.",
])
def test_launch_verb_with_subject_between_is_a_missile_attack(extractor, act):
    evs = events_of(extractor, LEAD + act, SHELL, PUB)
    assert len(evs) == 1
    assert "tr-shell-105500" in evs[0].rule_ids
    assert str(evs[0].date_start) == "2018-05-10"


def test_air_defences_firing_make_no_missile_attack(extractor):
    # the launch row reads the verb but is barred where air defences fire: no attack is made of it
    text = LEAD + "أطلقت الدفاعات الجوية السورية الخميس صواريخ على طائرات إسرائيلية فوق دمشق."
    doc = read_doc(extractor, text, PUB)
    assert any(d["rule_id"] == "tr-shell-105500" for d in doc.dropped)
    assert not [e for e in doc.events if "tr-shell-105500" in e.rule_ids]
