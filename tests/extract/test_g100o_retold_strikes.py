"""g100o: the US, British and French strikes of 14 April 2018 retold by the three states after the trigger keep
their own day (campaigns.tsv cp-69100..69107), not the day of a later reaction. Sentences composed for the test."""
from __future__ import annotations

from marsad_testdata import read_doc

AIR = "Air/drone strike"


def _strikes(extractor, text: str, published: str) -> list:
    return [e for e in read_doc(extractor, text, published).events if e.sub_event_type == AIR]


def test_strikes_named_by_three_states_keep_their_day(extractor) -> None:
    text = ("قال الوزير، الأربعاء، إن الضربة التي وجهتها أمريكا وفرنسا وبريطانيا لمواقع عسكرية في سوريا لم "
            "تحقق أهدافها.")
    evs = _strikes(extractor, text, "2018-04-25")
    assert evs, "the retold strikes are still read"
    assert all(str(e.date_start) <= "2018-04-14" <= str(e.date_end) for e in evs)
    assert any("cp-69103" in e.rule_ids for e in evs)


def test_strikes_named_by_capitals_keep_their_day(extractor) -> None:
    text = ("وقال المتحدث، الخميس، إن الغارات التي شنتها واشنطن ولندن وباريس على سوريا لم تصب أي مطار عسكري.")
    evs = _strikes(extractor, text, "2018-04-26")
    assert evs
    assert all(str(e.date_start) <= "2018-04-14" <= str(e.date_end) for e in evs)


def test_guard_strikes_of_one_state_keep_the_reported_day(extractor) -> None:
    # only the three together name that happening: a strike by one of them is news of its day
    text = ("قال التحالف، الأربعاء، إن الغارات التي شنتها الولايات المتحدة على مواقع داعش قرب هجين أسفرت عن "
            "تدمير مستودع.")
    evs = _strikes(extractor, text, "2018-04-25")
    assert evs
    assert all(str(e.date_start) >= "2018-04-18" for e in evs)
