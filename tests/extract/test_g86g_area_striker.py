"""g86g: a strike told with no named striker at a place and in a period where a known foreign force struck
(area_strikers.tsv) is that force's, not the country's default (the Syrian government): Turkey over Afrin in
January-March 2018, the coalition over the IS pocket east of the Euphrates. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"
TURKEY = "Military Forces of Turkey (2016-)"
COALITION = "Global Coalition Against Daesh"
SYRIA = "Military Forces of Syria (2000-)"


def _strikers(extractor, text, published):
    doc = read_doc(extractor, text, published)
    return [(e.actor1, e.location) for e in doc.events if e.event_type == ERV]


def test_unnamed_strike_on_afrin_in_olive_branch_is_turkeys(extractor):
    got = _strikers(extractor, "قتل ثلاثة مدنيين أمس في غارات جوية استهدفت مدينة عفرين شمال غرب سوريا.", "2018-02-10")
    assert got and all(a1 == TURKEY for a1, _ in got)


def test_unnamed_strike_on_hajin_is_the_coalitions(extractor):
    got = _strikers(extractor, "قتل سبعة مدنيين أمس في غارات جوية استهدفت بلدة هجين في ريف دير الزور الشرقي.", "2018-08-20")
    assert got and all(a1 == COALITION for a1, _ in got)


def test_afrin_after_the_period_keeps_the_default(extractor):
    # guard: a year later Turkey held Afrin; the area row's period is over
    got = _strikers(extractor, "قتل ثلاثة مدنيين أمس في غارات جوية استهدفت مدينة عفرين شمال غرب سوريا.", "2019-06-10")
    assert got and all(a1 != TURKEY for a1, _ in got)


def test_named_striker_at_hajin_is_kept(extractor):
    # guard: the sentence names the striker
    got = _strikers(extractor, "شنت الطائرات الحربية السورية أمس غارات جوية على بلدة هجين في ريف دير الزور الشرقي.", "2018-08-20")
    assert got and all(a1 == SYRIA for a1, _ in got)
