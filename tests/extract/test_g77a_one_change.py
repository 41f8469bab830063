"""One order or surrender told over a list of towns or provinces is one Change to group/activity, not one event per
place (event_types.tsv one_place, branch g77a; sentences of our own). An evacuation of a side's own sites is one at each
place since g109g (trigger_kinds sites_each, as the dev gold codes it)."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-04-11"


def _changes(extractor, text):
    return events_of(extractor, text, "Change to group/activity", PUB)


def test_evacuation_order_over_provinces_is_one_at_each(extractor):
    # g109g: a side evacuating its own sites is entered at each listed place, as the dev gold codes the April 2018
    # evacuation of airports (trigger_kinds sites_each); the surrender below stays one
    text = ("وقال المرصد إن قيادة الجيش أمرت الثلاثاء بإخلاء القواعد العسكرية الرئيسية في محافظات حمص وحماة "
            "وطرطوس واللاذقية.")
    changes = _changes(extractor, text)
    assert len(changes) == 4


def test_surrender_over_towns_is_one(extractor):
    # g106h: «وافق ... على الاستسلام» is the deal (one Agreement); the surrender told done is the one Change
    text = "واستسلم المسلحون في بلدات الرستن وتلبيسة والحولة يوم الثلاثاء."
    changes = _changes(extractor, text)
    assert len(changes) == 1
    agreed = "ووافق المسلحون في بلدات الرستن وتلبيسة والحولة على الاستسلام يوم الثلاثاء."
    assert _changes(extractor, agreed) == []
    assert len(events_of(extractor, agreed, "Agreement", PUB)) == 1
