"""The agent named only in the title (branch g99r; sentences of our own): a body that tells only «الغارات»/«القصف»/
«الاشتباكات» under a title naming the attacker at its act («غارات روسية على ...»، «التحالف الدولي يقصف ...») takes the
title's agent (event_types.tsv title_agent, rules ta-65700..ta-65702) before the coder's default. A title that names a
side reacting to the act, expecting it, or a body that names another attacker lends nothing."""
from __future__ import annotations

from marsad_testdata import SYR, read_doc

PUB = "2018-06-10"
RUSSIA = "Military Forces of Russia (2000-)"
STRIKE_BODY = "قتل خمسة مدنيين أمس في الغارات التي استهدفت بلدة اللطامنة بريف حماة الشمالي."


def _agents(title: str, body: str, extractor) -> list[tuple]:
    """(sub-event type, actor1, rule ids) of each event read in ``body`` under ``title``."""
    return [(e.sub_event_type, e.actor1, list(e.rule_ids)) for e in read_doc(extractor, body, PUB, title=title).events]


def test_strikes_named_russian_in_the_title_are_russian(extractor):
    got = _agents("غارات روسية على ريف حماة", STRIKE_BODY, extractor)
    assert [(s, a) for s, a, _ in got] == [("Air/drone strike", RUSSIA)], got
    assert "ta-65701" in got[0][2]


def test_title_subject_of_a_strike_verb_lends_to_the_shelling_told_after(extractor):
    body = "استهدف القصف أمس مقرات في بلدة هجين بريف دير الزور الشرقي وقتل فيه عشرة مسلحين."
    got = _agents("التحالف الدولي يقصف مواقع لتنظيم الدولة في هجين", body, extractor)
    assert [a for _, a, _ in got] == ["Global Coalition Against Daesh"], got


def test_clash_told_bare_takes_the_side_the_title_names(extractor):
    body = "وقتل ستة عناصر أمس في الاشتباكات التي دارت قرب بلدة كفرنبودة."
    got = _agents("فصائل المعارضة تشتبك مع قوات النظام في ريف حماة", body, extractor)
    assert [(s, a) for s, a, _ in got] == [("Armed clash", "Opposition Rebels (Syria)")], got


def test_a_title_reacting_to_the_strikes_lends_no_agent(extractor):
    # guard: «روسيا تدين الغارات»: the side before a reaction verb is its speaker, not the strikes' agent
    got = _agents("روسيا تدين الغارات على ريف حماة", STRIKE_BODY, extractor)
    assert [a for _, a, _ in got] == [SYR], got


def test_an_expected_strike_in_the_title_lends_no_agent(extractor):
    # guard: the title's act is an expectation («تتوقع»): no agent of a happening
    got = _agents("إسرائيل تتوقع ضربات إيرانية", STRIKE_BODY, extractor)
    assert all(a != "Military Forces of Iran (1989-)" for _, a, _ in got), got


def test_a_body_naming_another_attacker_keeps_its_reading(extractor):
    # guard: several attackers in one report: the body's Syrian jets stand, and its bare «الغارات» stay the default's
    body = "شنت طائرات حربية سورية غارات على بلدة سراقب أمس. وقتل ثلاثة مدنيين في الغارات على بلدة معرة النعمان."
    got = _agents("غارات روسية على ريف إدلب", body, extractor)
    assert got and all(a == SYR for _, a, _ in got), got
