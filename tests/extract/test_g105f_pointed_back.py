"""A happening pointed back at by a framing sentence (branch g105f), on sentences of our own.

"وتأتي هذه الغارات في وقت سيطرت القوات على بلدة X" relates strikes told before to another happening: the town named
after it is that other happening's, so the strikes are no new event there (modality.tsv kind retold: g105e's cue,
which the review kept instead of g105f's own check of the same shape).
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-10"
STRIKE = "قصفت الطائرات الحربية التركية السبت مواقع للمقاتلين الأكراد في قرية جنديرس في منطقة عفرين.\n"


def _run(extractor, text):
    return extractor(MetaStep()(Document(text=text, title="غارات على عفرين", published=PUB)))


def _kept(doc):
    return sorted((e.event_type, e.location_text) for e in doc.events)


def test_strikes_pointed_back_at_take_no_place_of_the_taking_told_with_them(extractor):
    doc = _run(extractor, STRIKE + "وتأتي هذه الغارات في وقت تمكنت القوات التركية من السيطرة على بلدة راجو الاستراتيجية.\n")
    kept = _kept(doc)
    assert ("Explosions/Remote violence", "راجو") not in kept, kept
    assert ("Explosions/Remote violence", "جنديرس") in kept, kept
    assert any(d["rule_id"] == "tr-air-3" and d["reason"] == "modality:retold" for d in doc.dropped), doc.dropped


def test_an_attack_pointed_back_at_lends_no_target_from_the_sentence_relating_it(extractor):
    doc = _run(extractor, STRIKE + "ويأتي هذا القصف بعد يومين من سيطرة القوات التركية على بلدة راجو.\n")
    kept = _kept(doc)
    assert ("Explosions/Remote violence", "راجو") not in kept, kept
    assert any(d["reason"] == "modality:retold" for d in doc.dropped), doc.dropped



def test_a_pluperfect_clause_after_a_clash_keeps_its_places_to_itself(extractor):
    doc = _run(extractor, "اندلعت الأحد اشتباكات عنيفة بين الجيش وقوات سوريا الديموقراطية في محافظة دير الزور، وكانت قوات "
                          "سوريا الديموقراطية قد سيطرت العام الماضي على مناطق واسعة بعد أن طردت مسلحي التنظيم من معقلهم في "
                          "مدينة الرقة.\n")
    places = [e.location_text for e in doc.events if e.event_type == "Battles"]
    assert "الرقة" not in places, places
