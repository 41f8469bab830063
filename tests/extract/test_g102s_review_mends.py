"""g102s (review of g102j..g102q), g102l's retold weapon attacks: one dated by the report's week, its own day untold,
cites the rule that so dated it (retold-week-75200), one with a day of its own does not; a time word of the statement
(before the «إن/أن» of what was said) does not make the answer background, while one of the answer, «بعد أن» included,
still does (step._answer_in_background). Composed sentences."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-03-14"  # a Wednesday
CHEM = "Chemical weapon"
WEEK = "retold-week-75200"


def _chem(extractor):
    """The Chemical weapon events ``extractor`` reads in a text published on PUB."""
    return lambda text: events_of(extractor, text, CHEM, PUB)


def test_a_retold_attack_dated_by_the_week_cites_it(extractor):
    ev = _chem(extractor)("نفذت مقاتلات غربية صباح الثلاثاء ضربات على مخازن للجيش قرب حمص، ردا على هجوم كيماوي مزعوم "
                          "على بلدة اللطامنة قتل فيه مدنيون.")
    assert len(ev) == 1 and "rt-74600" in ev[0].rule_ids
    assert (ev[0].date_start, ev[0].date_end) == ("2018-03-07", "2018-03-14")
    assert WEEK in ev[0].rule_ids


def test_a_retold_attack_with_its_own_day_does_not_cite_it(extractor):
    # guard: the day told after the attack's noun is its own; no week, no week rule
    ev = _chem(extractor)("وصل مفتشون دوليون إلى دمشق للتحقيق في الهجوم الكيماوي على بلدة اللطامنة يوم الأحد الماضي.")
    assert len(ev) == 1 and "rt-74600" in ev[0].rule_ids and WEEK not in ev[0].rule_ids
    assert (ev[0].date_start, ev[0].date_end) == ("2018-03-11", "2018-03-11")


def test_a_time_word_of_the_statement_does_not_make_the_answer_background(extractor):
    # «بعد/عقب» before the «إن/أن» of what was said is the statement's time, not the answer's: the attack stands
    said = ("صرح المتحدث باسم الحكومة البريطانية عقب جلسة طارئة أن مقاتلات غربية نفذت ضربات على مخازن للجيش "
            "ردا على هجوم كيماوي مزعوم على بلدة اللطامنة.")
    fronted = ("بعد جلسة طارئة، أكد المتحدث باسم الحكومة البريطانية أن مقاتلات غربية نفذت ضربات على مخازن للجيش "
               "ردا على هجوم كيماوي مزعوم على بلدة اللطامنة.")
    assert [(e.location, "rt-74600" in e.rule_ids) for e in _chem(extractor)(said) + _chem(extractor)(fronted)] \
        == [("Al-Lataminah", True)] * 2


def test_an_answer_told_as_the_news_background_still_drops_the_attack(extractor):
    # guard: the «بعد» governs the answer itself, after the complementizer too: two steps back from the news
    plain = ("وتنعقد الجلسة بعد ساعات من ضربات نفذتها مقاتلات غربية على مخازن للجيش ردا على هجوم كيماوي مزعوم "
             "على بلدة اللطامنة.")
    said = ("أكد المتحدث أن الجلسة تنعقد بعد ساعات من ضربات نفذتها مقاتلات غربية على مخازن للجيش ردا على هجوم "
            "كيماوي مزعوم على بلدة اللطامنة.")
    assert _chem(extractor)(plain) == [] and _chem(extractor)(said) == []


def test_the_that_of_a_time_word_opens_no_said_answer(extractor):
    # guard: «بعد أن» is a time word, its «أن» no complementizer: the vow is the news' background, the attack dropped
    text = "وتنعقد الجلسة بعد أن ردت مقاتلات غربية بضربات على مخازن للجيش على هجوم كيماوي مزعوم على بلدة اللطامنة."
    assert _chem(extractor)(text) == []
