"""A bare weekday told in the lead that names the day after publication ("قالت ... الخميس" stamped on a
Wednesday: the site's clock runs a night behind the Arab day it tells) is publication's day or the next, not
the same weekday six days back (g35d). Not a since-day ("منذ يوم الجمعة") nor a day in quoted speech, which
stay the last such weekday. A day counted back that closes a since-phrase ("منذ بدء تنفيذ الهدنة قبل
عشرة أيام") is that start, not the day of the acts told beside it."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-16"  # a Wednesday: "الخميس" alone was 2018-05-10, the next one is 2018-05-17


def _doc(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _days(doc, sub):
    return sorted((e.date_start, e.date_end) for e in doc.events if e.sub_event_type == sub)


def test_a_lead_weekday_after_publication_is_not_a_week_old(extractor):
    doc = _doc(extractor, "شنت طائرات حربية غارات على مواقع في بلدة كفرنبل بريف إدلب في وقت مبكر الخميس، ما أسفر "
                          "عن مقتل ثلاثة مسلحين.")
    assert _days(doc, "Air/drone strike") == [("2018-05-16", "2018-05-17")]


def test_the_lead_day_dates_the_reports_undated_happenings(extractor):
    doc = _doc(extractor, "قالت مصادر محلية، الخميس، إن طائرات حربية قصفت مواقع في ريف إدلب. وأضافت المصادر أن "
                          "قذائف مدفعية سقطت على بلدة كفرنبل وقتلت مدنيين اثنين.")
    days = _days(doc, "Shelling/artillery/missile attack")
    assert days and all(s >= "2018-05-15" for s, _ in days)


def test_a_since_day_stays_the_last_one(extractor):
    # guard: "منذ يوم الجمعة" is the Friday before publication (2018-05-11), the start of the calm
    doc = _doc(extractor, "توقفت الاشتباكات في محافظة درعا منذ يوم الجمعة، بعد أن وقعت فصائل المعارضة والقوات "
                          "الحكومية اتفاق هدنة.", published="2018-05-17")
    assert _days(doc, "Agreement") == [("2018-05-11", "2018-05-11")]


def test_a_weekday_in_quoted_speech_stays_the_last_one(extractor):
    # guard: a speaker's "يوم الخميس" inside a quotation is the last Thursday, told from the day of the speech
    doc = _doc(extractor, "قال مسؤول محلي للصحفيين \"الهجوم وقع يوم الخميس على بلدة كفرنبل وقتل فيه خمسة "
                          "مدنيين بقصف مدفعي\".")
    assert all(e.date_start == "2018-05-10" for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack")


def test_a_day_counted_back_in_a_since_phrase_is_its_start_not_the_acts(extractor):
    # "منذ بدء تنفيذ الهدنة قبل عشرة أيام" dates the truce's start (2018-03-10), not the shelling told beside it
    doc = _doc(extractor, "قصفت القوات الحكومية بلدة كفرنبل في ريف إدلب، ولم يخرج أي مدني منذ بدء تنفيذ الهدنة قبل "
                          "عشرة أيام.", published="2018-03-20")
    days = _days(doc, "Shelling/artillery/missile attack")
    assert days and all(s >= "2018-03-19" for s, _ in days)


def test_a_day_counted_back_alone_stays_the_acts(extractor):
    # guard: with no since-word before it, "قبل عشرة أيام" is the shelling's own day
    doc = _doc(extractor, "قتل خمسة مدنيين في قصف مدفعي على بلدة كفرنبل قبل عشرة أيام.", published="2018-03-20")
    assert _days(doc, "Shelling/artillery/missile attack") == [("2018-03-10", "2018-03-10")]
