"""g105b: a strike, taking, interception or deal retold by its past month or week right at the act is kept with that
range (ACLED time_precision 3 / 2), clipped at publication, and folds only into a happening of a day within it.
Composed sentences."""
import datetime as dt

from marsad_testdata import read_doc

TOLD_MONTH = "told-month-94000"


def _of(extractor, text: str, published: str, sub: str) -> list:
    return [e for e in read_doc(extractor, text, published).events if e.sub_event_type == sub]


def _day(e, name: str) -> str:
    v = getattr(e, name)
    return v.isoformat() if isinstance(v, dt.date) else str(v)


def test_strike_last_month_kept_with_the_month(extractor):
    evs = _of(extractor, "وقصفت طائرات إسرائيلية مطار الضبعة العسكري في ريف حمص الشهر الماضي.", "2018-05-07",
              "Air/drone strike")
    assert len(evs) == 1
    e = evs[0]
    assert (_day(e, "date_start"), _day(e, "date_end"), e.time_precision) == ("2018-04-01", "2018-04-30", 3)
    assert TOLD_MONTH in e.rule_ids


def test_this_month_clipped_at_publication(extractor):
    evs = _of(extractor, "وأسقطت فصائل المعارضة طائرة حربية سورية في ريف إدلب في وقت سابق هذا الشهر.", "2018-02-14",
              "Disrupted weapons use")
    assert len(evs) == 1
    assert (_day(evs[0], "date_start"), _day(evs[0], "date_end")) == ("2018-02-01", "2018-02-14")


def test_month_happening_stays_apart_from_the_report_day_one(extractor):
    text = ("قتل ثلاثة جنود إيرانيين في اشتباكات مع مسلحين قرب مدينة سراوان، السبت. "
            "والشهر الماضي قتل خمسة جنود في هجوم شنه مسلحون مجهولون قرب مدينة سراوان.")
    evs = _of(extractor, text, "2018-08-12", "Armed clash")
    starts = sorted(_day(e, "date_start") for e in evs)
    assert len(evs) == 2 and starts[0] == "2018-07-01" and starts[1] >= "2018-08-10"


def test_campaign_launched_last_month_stays_dropped(extractor):
    assert not _of(extractor, "وبدأت تركيا الشهر الماضي هجوما جويا على مواقع المقاتلين الأكراد في عفرين.",
                   "2018-02-17", "Air/drone strike")
    assert not _of(extractor, "وشنت القوات الحكومية هجوما جويا وبريا الشهر الماضي على بلدات ريف درعا.",
                   "2018-07-20", "Air/drone strike")


def test_span_up_to_now_and_country_subject_stay_dropped(extractor):
    assert not _of(extractor, "وتتعرض مدينة دوما منذ شهر لغارات جوية مكثفة.", "2018-03-10", "Air/drone strike")
    assert not read_doc(extractor, "وقصفت بريطانيا والولايات المتحدة مواقع للحكومة السورية الشهر الماضي.",
                        "2018-05-19").events


def test_tally_of_the_month_stays_dropped(extractor):
    assert not _of(extractor, "وقال المسؤول إن الطائرات الروسية شنت 80 غارة على ريف إدلب هذا الشهر.", "2018-09-11",
                   "Air/drone strike")
