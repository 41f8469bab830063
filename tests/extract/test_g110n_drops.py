"""g110n (recall lost to drops inside missed evidence, open audit sets A-E):

- «تحت غطاء» (under the cover of) before a strike word tells the strikes that covered a move that day, not a standing
  state: the state cue «تحت» (md-state-1, «تحت سيطرة») no longer reaches the strike after «غطاء» (shield md-shd-135001).
"""
from __future__ import annotations

from marsad_testdata import read_doc

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"


def _subs(extractor, text: str, pub: str) -> list[str]:
    return [e.sub_event_type for e in read_doc(extractor, text, pub).events]


def test_strikes_covering_an_advance_are_struck(extractor):
    text = "تقدمت قوات النظام السوري في ريف حماة الشمالي أمس تحت غطاء غارات جوية مكثفة، وسيطرت على قريتين.\n"
    assert AIR in _subs(extractor, text, "2018-05-10")


def test_shelling_covering_an_advance_is_struck(extractor):
    text = "وتوغلت القوات التركية في ريف عفرين الغربي اليوم تحت غطاء قصف مدفعي عنيف.\n"
    assert SHELL in _subs(extractor, text, "2018-03-05")

