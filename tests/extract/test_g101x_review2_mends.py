"""g101x: guards for the second review s32 findings (docs/quality.md "g101x"): only an act's own adjectives between a
noun and a relative clause that lifts its cue (item 1), the act's means with «ب» stops no by-phrase (item 2), a run
of weekdays with no modifier ends on or before the report (item 3), a taker never fights itself (item 4), a taking's
verb of achieving is sought in its own sentence (item 6), an undated mention has no start (item 8)."""
from __future__ import annotations

import datetime as dt

import pytest

from marsad.extract.frames import iso_day
from marsad.extract.merge import OVERTAKES, TAKING_ACHIEVED, _taker_first, read_start
from marsad.extract.step import _taking_achieved
from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.matcher import Match
from marsad.lang.ar.tokens import analyze_text
from marsad.model import Event
from marsad_testdata import TUR, read_doc

PUB = "2018-03-06"  # a Tuesday
YPG = "YPG: People's Protection Units"
BY_AGENT = "by-agent-71800"
PRESUPPOSED = "md-rel-72600"


def _events(extractor, text: str):
    return [(e.sub_event_type, e.actor1, e.actor2, list(e.rule_ids)) for e in read_doc(extractor, text, PUB).events]


def test_object_noun_clause_does_not_lift_a_call(extractor):
    # item 1: «الأراضي» is the shelling's object, no adjective of it: its clause does not tell the called-off act done
    text = "طالبت منظمة العفو الدولية الطرفين بوقف قصف الأراضي الزراعية التي سقطت فيها القذائف قرب مدينة حماة."
    assert _events(extractor, text) == []


def test_broken_plural_object_clause_does_not_lift_a_call(extractor):
    # item 1 (the review's sentence): «قصف» under the call stays unreal; the shells told falling may stand on their own
    text = "دعت الأمم المتحدة روسيا إلى وقف قصف المباني التي سقطت عليها القذائف في إدلب."
    assert all(PRESUPPOSED not in r for _, _, _, r in _events(extractor, text))


def test_act_adjective_still_lifts_a_view(extractor):
    # guard: «الجوية» is the strike's own adjective, its relative clause tells the strike done
    text = "رأت الحكومة السورية أن الغارة الجوية التي استهدفت مطار حماة العسكري انتهاك لسيادتها."
    evs = _events(extractor, text)
    assert [s for s, _, _, _ in evs] == ["Air/drone strike"]
    assert PRESUPPOSED in evs[0][3]


def test_means_with_bi_does_not_stop_the_by_phrase(extractor):
    # item 2: «بهجوم» is the targeting's means, not another act: the agent after «من قبل» is still actor1
    text = "جرى استهداف دورية للجيش التركي بهجوم صاروخي من قبل وحدات حماية الشعب قرب عفرين مساء الخميس."
    evs = _events(extractor, text)
    assert [(a1, a2) for _, a1, a2, _ in evs] == [(YPG, TUR)]
    assert BY_AGENT in evs[0][3]


def test_weekday_run_told_on_its_first_day_ends_before_the_report():
    # item 3: on a Tuesday, «يومي الثلاثاء والأربعاء» with no modifier are the last week's days, never tomorrow
    pub = dt.date(2018, 3, 6)
    (m,) = find_dates(analyze_text("سقط قتيلان في قصف على البلدة يومي الثلاثاء والأربعاء"), pub)
    assert (m.date_start, m.date_end) == (dt.date(2018, 2, 27), dt.date(2018, 2, 28))


def test_weekday_run_told_on_its_last_day_ends_that_day():
    # guard: told on the Wednesday, the run is the report's own two days, as before
    pub = dt.date(2018, 3, 7)
    (m,) = find_dates(analyze_text("سقط قتيلان في قصف على البلدة يومي الثلاثاء والأربعاء"), pub)
    assert (m.date_start, m.date_end) == (dt.date(2018, 3, 6), dt.date(2018, 3, 7))


def _taking(actor1: str, actor2: str | None = None) -> Event:
    return Event(event_type="Strategic developments", sub_event_type=OVERTAKES,
                 actor1=actor1, inter1=2, actor2=actor2, inter2=1 if actor2 else None, rule_ids=[TAKING_ACHIEVED])


def test_taker_as_the_clash_target_fights_no_one_else():
    # item 4: a clash with only its target named, the taker: the taker is actor1 and no side is left for actor2
    m = Event(event_type="Battles", sub_event_type="Armed clash", actor2="Group A", inter2=2)
    _taker_first(m, _taking("Group A"))
    assert (m.actor1, m.actor2) == ("Group A", None)


def test_taker_first_keeps_the_side_it_fought():
    # guard: the clash's other side stays, as actor2
    m = Event(event_type="Battles", sub_event_type="Armed clash", actor1="Army", inter1=1, actor2="Group A", inter2=2)
    _taker_first(m, _taking("Group A"))
    assert (m.actor1, m.actor2, m.inter2) == ("Group A", "Army", 1)


def _taking_at(toks, i: int) -> Match:
    return Match(i, i + 1, 0, 0, None, toks[i].norm, "")


def test_verb_of_achieving_in_the_sentence_before_is_not_read():
    # item 6: «وتمكن» ends the sentence before; the taking's sentence opens at «من»
    toks = analyze_text("وتمكن . من السيطرة على الحي").tokens
    assert not _taking_achieved(toks, _taking_at(toks, 3), (), 2)


def test_verb_of_achieving_in_the_own_sentence_is_read():
    # guard: the same verb in the taking's own sentence
    toks = analyze_text("وتمكن المقاتلون من السيطرة على الحي").tokens
    assert _taking_achieved(toks, _taking_at(toks, 3), (), 0)


def test_undated_mention_has_no_start():
    # item 8: no "None" text: the start is None, and reading it as a day is iso_day's own error
    ev = Event(event_type="Battles", sub_event_type="Armed clash")
    assert read_start(ev) is None
    with pytest.raises(TypeError):
        iso_day(read_start(ev))
    assert read_start(Event(event_type="Battles", sub_event_type="Armed clash", date_start="2018-03-05",
                            date_end="2018-03-05")) == "2018-03-05"
