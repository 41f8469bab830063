"""g47g: a bare «التنظيم» refers back to the organization the report last named.

Acts of «the organization» were given the document's main army (actor-document / actor-fallback) or an unidentified
group. Now «التنظيم» (with its proclitics) is a mention of the last organization named before it among the actors.tsv
rows with a «تنظيم ...» alias (step._organization_back); after an organization the table lacks («تنظيم القاعدة»)
it refers to none.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-26"
ISIS = "Islamic State (Iraq and Syria)"
SYRIA = "Military Forces of Syria (2000-)"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB))).events


def _recognized(extractor, text):
    return extractor.recognize(MetaStep()(Document(text=text, published=PUB)))


def test_the_organization_attacking_is_the_one_named_before(extractor):
    text = ("سيطرت القوات الحكومية السورية الثلاثاء على بلدة في ريف درعا. وكان تنظيم داعش قد خسر مواقع في البادية. "
            "وهاجم التنظيم الإرهابي صباح الأربعاء قرية الشبكي في ريف السويداء وقتل عشرة من عناصر قوات النظام.")
    clashes = [e for e in _events(extractor, text) if e.location == "As-Suwayda" and e.event_type == "Battles"]
    assert clashes and all(e.actor1 == ISIS for e in clashes)


def test_the_organization_with_a_conjunction_is_a_mention(extractor):
    rec = _recognized(extractor, "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم، وللتنظيم خلايا في البادية والتنظيم ينشط هناك.")
    ids = [m.value.id for m in rec["actors"]]
    assert ids.count("isis") == 3


def test_an_organization_the_table_lacks_cuts_the_reference(extractor):
    rec = _recognized(extractor, "خسر تنظيم داعش آخر معاقله، لكن تنظيم القاعدة ما زال قويا. وهاجم التنظيم حاجزا أمس.")
    assert [m.value.id for m in rec["actors"]] == ["isis"]
