"""Well-known happenings told again (branch q14a), on sentences of our own.

A happening of one known day (campaigns.tsv rows cp-700..) retold days later with no day of its own keeps its day,
not the day of the reaction or of the report, when the report tells that day somewhere; a fresh happening of the
same kind at the same place with its own day is not moved; told more than a month later it is history.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-17"  # a Tuesday, ten days after the Douma attack of Saturday 7 April 2018
TOLD = "وكانت مدينة دوما قد تعرضت لقصف عنيف في السابع من أبريل."


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _chemical(doc):
    return [e for e in doc.events if e.sub_event_type == "Chemical weapon"]


def test_a_known_attack_retold_in_a_reaction_keeps_its_own_day(extractor):
    doc = _run(extractor, TOLD + " وأعلن الوزير الاثنين أن الهجوم الكيميائي على دوما لن يمر دون عقاب.")
    events = _chemical(doc)
    assert events and all(e.event_date == "2018-04-07" for e in events), [(e.event_date, e.rule_ids) for e in events]
    assert "told-again" in events[0].rule_ids and "cp-700" in events[0].rule_ids


def test_a_known_attack_retold_in_a_press_review_is_not_dated_by_its_today(extractor):
    doc = _run(extractor, TOLD + " واهتمت الصحف اليوم بالهجوم الكيميائي على مدينة دوما.")
    assert [e.event_date for e in _chemical(doc)] == ["2018-04-07"], doc.dropped


def test_a_report_that_never_tells_the_day_dates_it_by_its_own_week(extractor):
    # q27d: not the row's one day, but a range up to the report (test_told_again_week_q27d.py)
    doc = _run(extractor, "وأعلن الوزير الاثنين أن الهجوم الكيميائي على دوما لن يمر دون عقاب.")
    assert _chemical(doc) and all(e.date_end == PUB and e.time_precision == 2 for e in _chemical(doc))


def test_a_fresh_attack_at_the_same_place_with_its_own_day_is_not_moved(extractor):
    doc = _run(extractor, TOLD + " واستهدف هجوم كيميائي جديد مدينة دوما يوم الاثنين.")
    assert "2018-04-16" in [e.event_date for e in _chemical(doc)], [(e.event_date, e.rule_ids) for e in doc.events]


def test_a_known_attack_retold_months_later_is_history(extractor):
    doc = _run(extractor, "ونددت المنظمة مجددا بالهجوم الكيميائي على دوما.", "2018-07-10")
    assert not _chemical(doc)
    assert any(d["reason"] == "modality:background" for d in doc.dropped), doc.dropped


STRIKES_DAY = "وعقد مجلس الأمن جلسة طارئة في 14 أبريل."


def test_strikes_named_by_their_adjective_keep_their_day(extractor):
    doc = _run(extractor, STRIKES_DAY + " وقالت وزارة الدفاع الروسية الثلاثاء إن الدفاعات الجوية السورية اعترضت"
                                        " معظم صواريخ الضربات الغربية التي استهدفت مواقع في دمشق.")
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert [e.event_date for e in strikes] == ["2018-04-14"], [(e.event_date, e.rule_ids) for e in doc.events]


def test_the_adjective_of_a_city_is_no_name_of_a_happening(extractor):
    doc = _run(extractor, STRIKES_DAY + " وفي حادث منفصل الثلاثاء، ردت الدفاعات على هجوم صاروخي فوق مدينة حمص الغربية.")
    homs = [e for e in doc.events if e.admin1 == "Homs"]
    assert homs and all(e.event_date == "2018-04-17" for e in homs), [(e.event_date, e.rule_ids) for e in doc.events]


def test_an_undated_past_perfect_is_dated_by_the_reports_week(extractor):
    # not the day or two before publication that an undated happening of the news takes
    doc = _run(extractor, "وكانت الطائرات الحربية قد قصفت بلدة كفرنبل في ريف إدلب.")
    kafr = [e for e in doc.events if e.location_text and "كفرنبل" in e.location_text]
    assert [(e.date_start, e.date_end, e.time_precision) for e in kafr] == [("2018-04-10", "2018-04-17", 2)], \
        [(e.location_text, e.date_start, e.rule_ids) for e in doc.events]


def test_a_past_perfect_with_its_own_day_keeps_it(extractor):
    doc = _run(extractor, "وكانت الطائرات الحربية قد قصفت بلدة كفرنبل في ريف إدلب يوم الأحد.")
    assert [e.date_start for e in doc.events] == ["2018-04-15"], [(e.date_start, e.rule_ids) for e in doc.events]


def test_a_downed_plane_named_by_its_type_keeps_its_day(extractor):
    doc = _run(extractor, "وعقد مجلس الأمن جلسة طارئة في 17 سبتمبر. وقالت وزارة الدفاع الروسية الاثنين إن الدفاعات الجوية"
                          " السورية أسقطت الطائرة الروسية إيل-20 قبالة سواحل اللاذقية.", "2018-09-25")
    downed = [e for e in doc.events if e.sub_event_type == "Disrupted weapons use"]
    assert [(e.event_date, "cp-709" in e.rule_ids) for e in downed] == [("2018-09-17", True)], \
        [(e.event_date, e.rule_ids) for e in doc.events]


def test_a_place_of_a_known_strike_struck_again_months_later_is_news(extractor):
    # a happening's row is history months later only when told by a definite noun; a campaign's row by any trigger
    doc = _run(extractor, "وشنت طائرات إسرائيلية غارات على مدينة اللاذقية.", "2018-12-20")
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"], doc.dropped
