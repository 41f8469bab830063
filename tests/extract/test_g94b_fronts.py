"""g94b: armed groups the actors table lacked, and a bare «الجبهة» for the front named last.

- Syrian rebel factions named in 2018 news (actors.tsv syr-izza-57900 .. syr-jidlib-57904) and the IS affiliate's
  spelling «جيش خالد ابن الوليد».
- «الجبهة» alone refers back to the front the report named last («جبهة تحرير سوريا» ... «وانتزعت الجبهة»), as
  «التنظيم» does to an organization (step._front_back); a name of a front's row that is not a front («هيئة تحرير
  الشام» of the row that also holds «جبهة النصرة») is not what it refers to; a battlefront («الجبهة الجنوبية»،
  «على الجبهة») is no actor.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-01"
JTS = "Jabhat Tahrir Souriya"
HTS = "HTS: Hayat Tahrir al Sham"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB))).events


def _actors(extractor, text):
    return {a for e in _events(extractor, text) for a in (e.actor1, e.actor2) if a}


def test_bare_front_takes_the_front_named_before(extractor):
    evs = _events(extractor, "أعلنت حركتان معارضتان الأحد اندماجهما تحت اسم جبهة تحرير سوريا. "
                             "وانتزعت الجبهة الثلاثاء بلدة خان شيخون.")
    takings = [e for e in evs if e.sub_event_type == "Non-state actor overtakes territory"]
    assert takings and all(e.actor1 == JTS for e in takings)


def test_another_name_of_a_front_row_is_not_the_front(extractor):
    evs = _events(extractor, "أعلنت حركتان معارضتان الأحد اندماجهما تحت اسم جبهة تحرير سوريا. "
                             "واندلعت معارك مع هيئة تحرير الشام، وانتزعت الجبهة الثلاثاء بلدة خان شيخون.")
    takings = [e for e in evs if e.sub_event_type == "Non-state actor overtakes territory"]
    assert takings and all(e.actor1 == JTS for e in takings)


def _ids(extractor, text):
    return [m.value.id for m in extractor.recognize(MetaStep()(Document(text=text, published=PUB)))["actors"]]


def test_a_battlefront_is_no_actor(extractor):
    named = "أعلنت حركتان معارضتان الأحد اندماجهما تحت اسم جبهة تحرير سوريا. "
    assert _ids(extractor, named + "وتقدمت الجبهة الثلاثاء نحو البلدة.").count("syr-jts") == 2
    assert _ids(extractor, named + "وقصفت قوات النظام مواقع على الجبهة قرب البلدة.").count("syr-jts") == 1
    assert _ids(extractor, named + "وقصفت قوات النظام الجبهة الجنوبية قرب البلدة.").count("syr-jts") == 1


def test_new_faction_rows(extractor):
    assert "Jaish al Izza" in _actors(extractor, "قصف جيش العزة الثلاثاء مواقع قوات النظام في بلدة كفرنبودة.")
    assert "Jaish al Ahrar" in _actors(extractor, "هاجم جيش الأحرار الثلاثاء مواقع قوات النظام في بلدة كفرنبودة.")
    isis = "Islamic State (Iraq and Syria)"
    assert isis in _actors(extractor, "هاجم جيش خالد ابن الوليد الثلاثاء بلدة حيط في ريف درعا.")
