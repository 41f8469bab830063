"""What in a report's lead makes a violent happening the day's news (branch q23c), on sentences of our own.

q22a reads a definite noun with no day of its own, outside the lead, as a reference when the lead tells no happening
of its type. Dead or wounded told in the lead with a day after them are that day's news whatever the type of the act
named further on ("قتل صحفي في 8 مايو" then "قتل في القصف"); a strike heard ("وسمع دوي الغارات") is told as news.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"
# more than 400 characters that tell no violent happening and name no day
FILLER = ("وقال المتحدث باسم الوزارة إن الزيارة تأتي في إطار التشاور الدائم بين البلدين حول القضايا السياسية "
          "والاقتصادية. وأضاف المتحدث أن الوزير سيلتقي رئيس الحكومة ورئيس البرلمان وعددا من النواب وممثلي المجتمع "
          "المدني. وأشار إلى أن الجانبين سيبحثان أيضا ملف اللاجئين ودعم الجيش اللبناني والانتخابات المقبلة في البلاد "
          "وقضايا التعليم والصحة والطاقة والمياه والنقل العام. ")
LATER = "وقال زملاؤه إنه قتل في القصف على مدينة إدلب."


def _strikes(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e for e in doc.events if e.event_type in ("Explosions/Remote violence", "Battles")], doc


def test_a_death_told_in_the_lead_with_its_day_makes_the_strike_named_later_news(extractor):
    events, _ = _strikes(extractor, "قتل صحفي فرنسي في الثامن من مايو في سوريا، بحسب ما قالت عائلته. " + FILLER + LATER)
    assert events and events[0].event_date == "2018-05-08", [(e.event_date, e.rule_ids) for e in events]


def test_dead_in_the_lead_with_only_the_statement_day_before_them_do_not(extractor):
    events, _ = _strikes(extractor, "قالت المنظمة الأربعاء إن مئات المدنيين قتلوا خلال الحملة على المدينة. " + FILLER + LATER)
    assert not events, [(e.event_date, e.rule_ids) for e in events]


def test_dead_in_the_lead_without_a_day_do_not(extractor):
    events, _ = _strikes(extractor, "قتل صحفي فرنسي في سوريا، بحسب ما قالت عائلته. " + FILLER + LATER)
    assert not events, [(e.event_date, e.rule_ids) for e in events]


def test_strikes_heard_are_told_as_news(extractor):
    events, _ = _strikes(extractor, "أعلنت الوزارة الأربعاء أن الوزير سيزور بيروت. " + FILLER
                         + "وسمع في مدينة إدلب الخميس دوي الغارات على القرى المجاورة.")
    assert events and "as-news" in events[0].rule_ids, [(e.event_date, e.rule_ids) for e in events]
