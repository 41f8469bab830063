"""The sides of a clash told by a «بين X و Y» pair that stands more than four words after the clash word
(«اشتباكات عنيفة منذ أكثر من أسبوعين بين الجيش السوري وداعش»), read up to ten words on but not past a clause break
word; only a clash reads so far (branch g94g; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import fields_of

PUB = "2018-03-05"
CLASH = "Armed clash"


def _clash_sides(extractor, text: str) -> list[tuple]:
    return [(a1, a2) for st, a1, a2 in fields_of(extractor, text, PUB, "sub_event_type", "actor1", "actor2")
            if st == CLASH]


def test_far_between_pair_after_time_phrase(extractor):
    text = "تدور اشتباكات عنيفة لليوم الثالث على التوالي بين قوات سوريا الديمقراطية وتنظيم داعش قرب بلدة هجين."
    assert _clash_sides(extractor, text) == [("SDF: Syrian Democratic Forces", "Islamic State (Iraq and Syria)")]


def test_far_between_pair_after_place_phrase(extractor):
    text = "اندلعت اشتباكات عنيفة يوم الأحد في الأطراف الشمالية من المدينة بين القوات التركية ووحدات حماية الشعب."
    assert _clash_sides(extractor, text) == [("Military Forces of Turkey (2016-)", "YPG: People's Protection Units")]
