"""g112m: two strikes each told with its own single day (or night) and its own place in its own words, the days not
touching, are the strikes of two days (ACLED codes one event a day and place): the ±1 day slack no longer folds the
second day's strike into the first (merge._strike_days_apart). A sentence naming two days apart keeps the slack.
"""
from __future__ import annotations

from marsad_testdata import read_doc

STRIKES = ("Air/drone strike", "Shelling/artillery/missile attack")


def _strikes(extractor, text: str, published: str):
    return sorted((e for e in read_doc(extractor, text, published).events if e.sub_event_type in STRIKES),
                  key=lambda e: e.date_start or "")


def test_friday_shelling_and_saturday_raids_are_two_strikes(extractor):
    text = ("استأنفت قوات النظام، الجمعة، قصف مدينة الرستن بعد هدوء استمر أسبوعا. "
            "وشنت الطائرات الحربية، السبت، غارات على مدينة الرستن.")
    evs = _strikes(extractor, text, "2018-04-07")
    assert [e.date_start for e in evs] == ["2018-04-06", "2018-04-07"], [(e.date_start, e.rule_ids) for e in evs]
    assert "strike-days-apart-152000" in evs[1].rule_ids


def test_a_nights_raid_keeps_apart_from_the_next_days_shelling(extractor):
    text = ("قتل سبعة مدنيين ليل الأحد الاثنين بغارات جوية استهدفت مدينة سراقب في ريف إدلب. "
            "وقصفت قوات النظام، الثلاثاء، مدينة سراقب بالمدفعية الثقيلة.")
    evs = _strikes(extractor, text, "2018-03-14")
    night = [e for e in evs if e.date_start == "2018-03-11"]
    assert len(night) == 1 and night[0].fatalities == 7
    # the night's raid holds only its own sentence: Tuesday's shelling is another day's strike
    assert all(x.start < 70 for x in night[0].evidence), [(x.start, x.text[:30]) for x in night[0].evidence]
