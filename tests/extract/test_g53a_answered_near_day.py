"""A verb-less act a reason clause answers (g53a): «ردا على إطلاق صواريخ على الجولان» is news when the act that
answers it is told with a day within one day of publication («ليلة السبت الأحد»، «فجر اليوم»), and an old retold
happening otherwise. Kept, it is an event apart with its own attacker, not the answerer's; an alleged act answered
or a happening dated otherwise stays the reference."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-08"  # a Sunday
ISRAEL = "Military Forces of Israel (1948-)"


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _acts(doc):
    return [(e.sub_event_type, e.actor1, e.location) for e in doc.events]


def test_answered_rocket_fire_of_the_same_night_is_an_event(extractor):
    # the answer is told by a trigger («غارات») with its own day, the night before publication
    doc = _run(extractor, "شنت الطائرات الإسرائيلية ليلة السبت الأحد غارات على مواقع في ريف درعا ردا على إطلاق "
                          "قذائف صاروخية من سوريا باتجاه هضبة الجولان.")
    acts = _acts(doc)
    assert len(acts) == 2, acts
    assert sum(a1 == ISRAEL for _, a1, _ in acts) == 1, acts


def test_answer_told_by_no_trigger_still_dates_the_answered_act(extractor):
    # the day told before the word of reason is the answer's; «ضربت ... أهدافا» is a trigger since g110p
    # (tr-air-136000), so the answer is an event too, the Israeli strike in Quneitra apart from the answered fire
    doc = _run(extractor, "ضربت إسرائيل فجر اليوم أهدافا في ريف القنيطرة ردا على إطلاق قذائف صاروخية باتجاه "
                          "هضبة الجولان.")
    acts = _acts(doc)
    golan = [a1 for _, a1, loc in acts if loc == "Golan"]
    assert golan and all(a1 != ISRAEL for a1 in golan), acts


def test_answer_retold_weeks_later_keeps_the_answered_act_as_history(extractor):
    # a guard: the answer told with a day more than a month before publication tells history (g99k: a weekday
    # resolves to the last week, so «ليلة السبت الأحد» in a later report is a salvo of that weekend, kept)
    doc = _run(extractor, "شنت الطائرات الإسرائيلية في 20 حزيران/يونيو غارات على مواقع في ريف درعا ردا على إطلاق "
                          "قذائف صاروخية من سوريا باتجاه هضبة الجولان.", published="2018-08-08")
    assert not any(loc == "Golan" for _, _, loc in _acts(doc)), _acts(doc)


def test_an_alleged_act_answered_the_same_night_stays_the_reference(extractor):
    # a guard: the accusation answered is no event of the report
    doc = _run(extractor, "شنت الطائرات الإسرائيلية ليلة السبت الأحد غارات على مواقع في ريف درعا ردا على هجوم "
                          "صاروخي مزعوم على هضبة الجولان.")
    assert len(_acts(doc)) == 1, _acts(doc)
