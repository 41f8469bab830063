"""Days of happenings told in passing (g88g): the happening named right after "غداة" ("the day after") with no day
of its own took place the day before its clause's day; a day told in a fronted statement phrase ("وفي بيان الخميس،
قال ...") is the statement's (said-day), not the act's."""
from __future__ import annotations
from marsad_testdata import read_doc


PUB = "2018-09-09"  # a Sunday; "السبت" is 2018-09-08


def _doc(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _days(doc, sub):
    return sorted((e.date_start, e.date_end) for e in doc.events if e.sub_event_type == sub)


def test_the_happening_after_ghadat_is_a_day_older_than_its_clause(extractor):
    doc = _doc(extractor, "سقطت قذائف صاروخية السبت قرب مطار البصرة، غداة إقدام مئات المتظاهرين على اقتحام "
                          "مبنى المحافظة في البصرة.")
    assert _days(doc, "Violent demonstration") == [("2018-09-07", "2018-09-07")]


def test_the_happening_after_ghadat_a_day_before_the_reports_day(extractor):
    # no day told in the sentence: the clause takes the lead's day, the happening the day before it
    doc = _doc(extractor, "أعلن الجيش السوري السبت استعادة السيطرة على بلدة الحارة في ريف درعا. ويأتي ذلك غداة "
                          "سيطرة قوات النظام على تل الحارة الاستراتيجي المطل على البلدة.")
    assert _days(doc, "Government regains territory") == [("2018-09-07", "2018-09-07"), ("2018-09-08", "2018-09-08")]


def test_a_day_told_after_ghadat_still_dates_its_happening(extractor):
    # "غداة مقتل مدنيين الخميس": the day told with the happening wins, no shift
    doc = _doc(extractor, "قال المرصد السوري السبت إن اشتباكات عنيفة اندلعت في ريف حماة. وتأتي هذه المعارك "
                          "غداة مقتل ستة مدنيين في قصف جوي على بلدة اللطامنة الخميس.")
    assert all(d == ("2018-09-06", "2018-09-06") for d in _days(doc, "Air/drone strike"))


def test_a_fronted_statement_phrases_day_is_the_statements(extractor):
    doc = _doc(extractor, "وفي بيان السبت، قال الجيش إن طائراته قصفت مواقع للمسلحين في ريف دير الزور.")
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and "said-day" in strikes[0].rule_ids
