"""A day that closes a campaign's launch ("وأطلق الجيش ... حملة عسكرية في 18 فبراير"، "الحملة التي أطلقها الجيش في
...") tells when the campaign began (g50e): it does not date today's strikes merged with the bombing it began with.
A strike told inside the launch phrase keeps its day."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep


def _doc(extractor, text, published):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _strike_days(doc):
    return sorted(e.date_start for e in doc.events if e.sub_event_type == "Air/drone strike")


def test_a_launched_campaigns_first_day_does_not_date_todays_raids(extractor):
    doc = _doc(extractor, "قتل 20 مدنيا في غارات جوية روسية على بلدة حمورية في الغوطة الشرقية.\n"
                          "وأطلقت القوات الحكومية وحلفاؤها الروس حملة عسكرية واسعة في 18 شباط الماضي، بدأت بقصف جوي "
                          "عنيف على البلدات.",
               "2018-03-09")
    days = _strike_days(doc)
    assert days and all(d >= "2018-03-07" for d in days)


def test_the_campaign_the_army_launched_on_a_day_does_not_date_todays_raids(extractor):
    doc = _doc(extractor, "قتل 15 مدنيا في غارات جوية على مدينة سراقب بريف إدلب.\n"
                          "وتأتي الغارات ضمن الحملة التي أطلقها الجيش في 20 كانون الثاني الماضي على المحافظة.",
               "2018-02-05")
    days = _strike_days(doc)
    assert days and all(d >= "2018-02-03" for d in days)


def test_raids_told_inside_the_launch_phrase_keep_their_day(extractor):
    # guard: the raids are what was launched that day
    doc = _doc(extractor, "أطلقت الطائرات الحربية حملة غارات جوية على مدينة سراقب يوم السبت.",
               "2018-02-05")
    assert "2018-02-03" in _strike_days(doc)
