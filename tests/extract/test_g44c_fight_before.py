"""Fighting told right after «بعد» (branch g44c), on sentences of our own.

"قتل ... بعد مواجهات مع مسلحين" tells the fighting that brought the news's result: the same happening, not an
earlier one (md-bg-7 read it as background). Fighting told before ("بعد الاشتباكات") stays background, and a taking
told with such fighting keeps its sub-type.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-05"  # a Thursday


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=PUB)))
    return [(e.event_type, e.sub_event_type, e.event_date) for e in doc.events]


def test_a_killing_after_clashes_is_a_clash(extractor):
    text = "قتل ضابط في الجيش العراقي، الأربعاء، في بلدة المسيب بعد مواجهات مع مسلحين مجهولين.\n"
    assert ("Battles", "Armed clash", "2018-04-04") in _events(extractor, text)


def test_clashes_told_before_stay_background(extractor):
    text = "قتل ضابط في الجيش العراقي، الأربعاء، في بلدة المسيب بعد الاشتباكات مع مسلحين مجهولين.\n"
    assert not [e for e in _events(extractor, text) if e[0] == "Battles"]


def test_a_taking_after_clashes_keeps_its_sub_type(extractor):
    text = ("سيطرت قوات الجيش السوري، الأربعاء، على قرية الجنينة في ريف دير الزور.\n"
            "وتقدمت القوات في ريف دير الزور، الأربعاء، بعد معارك عنيفة مع قوات سوريا الديمقراطية.\n")
    subs = [e[1] for e in _events(extractor, text) if e[0] == "Battles"]
    assert "Government regains territory" in subs and "Armed clash" not in subs, subs
