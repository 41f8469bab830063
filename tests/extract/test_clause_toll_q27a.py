"""Two happenings in one sentence (branch q27a): a conjunction that opens another happening's clause ("فيما",
"بينما", "في حين", "كما") binds each trigger to the toll of its own clause; two such happenings at two places with
their own dead stay two events; a clause that tells no toll still reads the sentence's."""
from __future__ import annotations

from marsad.extract.frames import clause_of
from marsad.lang.ar.tokens import analyze_text
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-15"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strikes(doc):
    return sorted((e.location_text, e.fatalities) for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_clause_of_stops_at_the_words_given():
    toks = analyze_text("قصفت القوات البلدة فيما قصفت الطائرات المدينة").tokens
    assert clause_of(toks, 0, 0, len(toks), frozenset({"فيما"})) == (0, 3)
    assert clause_of(toks, 5, 0, len(toks), frozenset({"فيما"})) == (4, len(toks))


def test_each_happening_of_a_sentence_takes_the_toll_of_its_clause(extractor):
    # before: both strikes took the sentence's nearest count (the first clause's 9), merged into one
    doc = _run(extractor, "قتل 9 مدنيين في قصف مدفعي على بلدة كفرنبل، فيما قتل 4 مدنيين آخرين في قصف مدفعي "
                          "على مدينة معرة النعمان.")
    assert _strikes(doc) == [("كفرنبل", 9), ("معرة النعمان", 4)]


def test_a_rebel_shell_and_a_government_shelling_keep_their_dead_apart(extractor):
    # merge._clause_tolls_apart: one sentence, two places, two tolls of their own clauses are two happenings
    doc = _run(extractor, "سقطت قذائف على دمشق ما أدى إلى مقتل 2، بينما قصفت قوات النظام الغوطة الشرقية ما أسفر "
                          "عن مقتل 20 مدنيا.")
    assert sorted(e.fatalities for e in doc.events if e.event_type == "Explosions/Remote violence") == [2, 20]


def test_a_clause_without_a_toll_reads_the_sentence(extractor):
    # "فيما": the second clause tells no dead of its own, the strike's toll is still the sentence's
    doc = _run(extractor, "قتل 7 مدنيين في غارات جوية على بلدة كفرنبل، فيما اندلعت اشتباكات عنيفة في ريف حماة.")
    assert ("كفرنبل", 7) in _strikes(doc)


def test_the_sides_of_a_later_happening_clause_are_not_an_earlier_ones(extractor):
    # "بينما قصفت قوات النظام الغوطة": the government is the side of the later shelling, not the target of the first
    doc = _run(extractor, "سقطت قذائف على دمشق ما أدى إلى مقتل 2، بينما قصفت قوات النظام الغوطة الشرقية ما أسفر "
                          "عن مقتل 20 مدنيا.")
    first = next(e for e in doc.events if e.fatalities == 2)
    assert first.actor2 != "Military Forces of Syria (2000-)"


def test_a_battles_other_side_told_in_the_next_clause_stays_its_side(extractor):
    # "فيما تعمل قوات سوريا الديمقراطية على صد هجوم": the later clause tells the battle's sides
    doc = _run(extractor, "اندلعت اشتباكات عنيفة في بلدة هجين، فيما تعمل قوات سوريا الديمقراطية على صد هجوم "
                          "تنظيم داعش.")
    battles = [e for e in doc.events if e.event_type == "Battles"]
    assert battles and {battles[0].actor1, battles[0].actor2} == {"Islamic State (Iraq and Syria)",
                                                                  "SDF: Syrian Democratic Forces"}
