"""The title read made cheaper with the same answers (branch g103a; titles and sentences of our own): a title with no
word that starts a trigger phrase is not recognised nor read into frames (``MatcherSet.may_find``), and a title is read
only when an event first asks for its agent (``_TitleRead``), not for every document whose body tells an agentless act
of a title_agent sub-type."""
from __future__ import annotations

import pytest

from marsad.extract import lexicons as L
from marsad.extract import step
from marsad.lang.ar.tokens import analyze_text
from marsad.tables import load_table
from marsad_testdata import patches_compiled_calls, read_doc

PUB = "2018-06-10"
RUSSIA = "Military Forces of Russia (2000-)"
STRIKE_BODY = "قتل خمسة مدنيين أمس في الغارات التي استهدفت بلدة اللطامنة بريف حماة الشمالي."
# the same strikes dated three months before the report: dropped as background before any event asks for an agent
OLD_STRIKE_BODY = "قتل خمسة مدنيين في 3 مارس 2018 في الغارات التي استهدفت بلدة اللطامنة بريف حماة الشمالي."


def _trigger_phrases() -> list[str]:
    """The phrases of triggers.tsv."""
    return sorted({r["phrase"] for r in load_table("triggers.tsv", required=("phrase",))})


def test_may_find_is_true_wherever_find_finds_a_trigger():
    # the fast path's condition is a necessary one: every trigger phrase, bare and after proclitics, inside a title
    ms = L.all_matchers()
    phrases = _trigger_phrases()
    assert len(phrases) > 100
    for p in phrases:
        for text in (p, "و" + p, f"تقرير عن {p} في المدينة"):
            an = analyze_text(text)
            if ms.find(an.tokens, forms=an.forms())["triggers"]:
                assert ms.may_find(an.forms(), "triggers"), text


@pytest.mark.parametrize("title", [
    "روسيا تدين الوضع في ريف حماة",
    "وزير الخارجية يلتقي نظيره في موسكو",
    "أسعار الخبز ترتفع في دمشق",
    "مؤتمر صحفي للأمين العام",
])
def test_a_title_with_no_trigger_word_finds_none(title):
    ms = L.all_matchers()
    an = analyze_text(title + ".")
    assert not ms.may_find(an.forms(), "triggers")
    assert not ms.find(an.tokens, forms=an.forms())["triggers"]


def test_may_find_sees_a_trigger_title():
    an = analyze_text("غارات روسية على ريف حماة.")
    assert L.all_matchers().may_find(an.forms(), "triggers")


def _count_recognize(monkeypatch) -> list[str]:
    patches_compiled_calls(step)  # the spy is not seen by a compiled step's calls
    seen: list[str] = []
    real = step.EventExtractor.recognize

    def spy(self, doc, an=None):
        seen.append(doc.text)
        return real(self, doc, an)

    monkeypatch.setattr(step.EventExtractor, "recognize", spy)
    return seen


def test_a_title_with_no_trigger_word_is_not_recognised(extractor, monkeypatch):
    seen = _count_recognize(monkeypatch)
    doc = read_doc(extractor, STRIKE_BODY, PUB, title="روسيا تدين الوضع في ريف حماة")
    assert seen == [STRIKE_BODY]  # the body only
    assert [e.actor1 for e in doc.events] != [RUSSIA]


def test_a_title_is_read_when_an_event_asks_for_its_agent(extractor, monkeypatch):
    # guard: the fast paths leave the title's agent to the events that take it
    seen = _count_recognize(monkeypatch)
    doc = read_doc(extractor, STRIKE_BODY, PUB, title="غارات روسية على ريف حماة")
    assert len(seen) == 2
    assert [(e.sub_event_type, e.actor1) for e in doc.events] == [("Air/drone strike", RUSSIA)]


def test_a_title_no_event_asks_for_is_not_read(extractor, monkeypatch):
    # the agentless strikes are dropped as background before any event is made: the title is never read
    seen = _count_recognize(monkeypatch)
    doc = read_doc(extractor, OLD_STRIKE_BODY, PUB, title="غارات روسية على ريف حماة")
    assert seen == [OLD_STRIKE_BODY]
    assert not doc.events
    assert any(d["reason"].startswith("background") for d in doc.dropped)


def test_body_agrees_as_before():
    # _body_agrees over the ids the body read (_agents_told): a family whose acts name another agent keeps none
    table = L.actor_table()
    a, b = list(table.values())[:2]
    assert step._body_agrees({}, {"strike": a}) == {"strike": a}
    assert step._body_agrees({"strike": {a.id}}, {"strike": a}) == {"strike": a}
    assert step._body_agrees({"strike": {a.id, b.id}}, {"strike": a}) == {}
    assert step._body_agrees({"battle": {b.id}}, {"strike": a}) == {"strike": a}
