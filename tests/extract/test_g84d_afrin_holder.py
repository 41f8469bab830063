"""Afrin city in sector_holders.tsv (branch g84d, on sentences of our own): until the Turkish army took it on 18 March
2018 the YPG held it, so a strike or clash there whose target the text gives only as «المسلحين» or the opposition, and
a deal about it, take the YPG as actor2; after the capture, and for takings, the generic side stays."""
from __future__ import annotations

from marsad.extract.step import _sector_holder_as_target
from marsad_testdata import REB as REBELS, actor2_of, held_event

YPG = "YPG: People's Protection Units"


def test_turkish_strike_on_afrin_takes_ypg(extractor):
    text = "قصفت طائرات الجيش التركي يوم الثلاثاء مواقع المسلحين في مدينة عفرين شمال غرب سوريا."
    assert actor2_of(extractor, text, "2018-02-21", "Air/drone strike") == [YPG]


def test_table_rule_direct():
    evs = [held_event("Explosions/Remote violence", "Air/drone strike", "‘Afrīn", "2018-03-05"),
           held_event("Strategic developments", "Agreement", "‘Afrīn", "2018-02-18"),
           held_event("Battles", "Armed clash", "‘Afrīn", "2018-03-25"),
           held_event("Battles", "Government regains territory", "‘Afrīn", "2018-03-10")]
    _sector_holder_as_target(evs)
    assert [e.actor2 for e in evs] == [YPG, YPG, REBELS, REBELS]
    assert "sh-54750" in evs[0].rule_ids
