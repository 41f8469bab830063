"""A toll told in a later clause opened by «في وقت/فيما/بينما/في حين» that tells a violent act of its own is that
act's dead, not those of the act told before it (branch g95g). Sentences of our own."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _tolls(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return {(e.event_type, e.sub_event_type): e.fatalities for e in doc.events}


def test_when_clause_toll_is_the_strikes_not_the_takings(extractor):
    text = ("وتمكن الجيش السوري الأربعاء من استعادة السيطرة على بلدة كفرنبودة في ريف حماة، في وقت تسببت فيه غارات "
            "جوية بمقتل 27 مدنيا في بلدة خان شيخون.\n")
    tolls = _tolls(extractor, text)
    assert tolls[("Battles", "Government regains territory")] in (None, 0)
    assert tolls[("Explosions/Remote violence", "Air/drone strike")] == 27


def test_whilst_clause_toll_is_the_strikes_not_the_takings(extractor):
    text = ("سيطرت قوات النظام الأربعاء على قرية الهبيط في ريف إدلب، بينما أدت غارات جوية على بلدة معرة حرمة "
            "إلى مقتل 9 مدنيين.\n")
    tolls = _tolls(extractor, text)
    assert tolls[("Battles", "Government regains territory")] in (None, 0)


def test_an_earlier_time_is_no_clause(extractor):
    text = ("قصفت طائرات حربية الأربعاء بلدة كفرنبودة في وقت سابق، ما أسفر عن مقتل 6 مدنيين.\n")
    tolls = _tolls(extractor, text)
    assert tolls[("Explosions/Remote violence", "Air/drone strike")] == 6


def test_toll_told_before_the_clause_stays(extractor):
    text = "قتل 15 مدنيا فيما أصيب العشرات بغارات جوية على بلدة كفرنبودة في ريف حماة الأربعاء.\n"
    tolls = _tolls(extractor, text)
    assert tolls[("Explosions/Remote violence", "Air/drone strike")] == 15
