"""Old happenings told again (branch g36a), on sentences of our own.

A definite noun with no day of its own, after a happening of its type dropped as old and before any of that type kept,
names that old happening again ("وتظهر الصور الطائرات خلال الغارة" after "في أيلول 2007 قصفت طائرات ...").
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-21"
LEAD = "نشر الجيش الإسرائيلي، الأربعاء، وثائق عن عملية قديمة في شرق سوريا.\n"
OLD = ("وفي السادس من أيلول 2007 قصفت طائرات إسرائيلية منشأة في منطقة الكبر بمحافظة دير الزور.\n"
       "ونفت دمشق حينها أي اتهام.\n")
AGAIN = "وتظهر الصور الطائرات الإسرائيلية خلال الغارة الجوية على منشأة الكبر في دير الزور."


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def test_a_definite_noun_after_an_old_happening_names_it_again(extractor):
    doc = _run(extractor, LEAD + OLD + AGAIN)
    assert not doc.events, [(e.sub_event_type, e.location, e.event_date) for e in doc.events]
    assert any(d["reason"] == "background (an old happening named again)" for d in doc.dropped), doc.dropped


def test_the_definite_noun_alone_is_still_read(extractor):
    doc = _run(extractor, LEAD + AGAIN)
    assert [e.sub_event_type for e in doc.events] == ["Air/drone strike"]


def test_a_happening_of_the_news_told_first_keeps_its_later_mentions(extractor):
    news = "وقصفت طائرات إسرائيلية، فجر الثلاثاء، مواقع في ريف دمشق.\n"
    doc = _run(extractor, news + OLD + AGAIN)
    assert "Air/drone strike" in {e.sub_event_type for e in doc.events}
    assert not any(d["reason"] == "background (an old happening named again)" for d in doc.dropped), doc.dropped


def test_what_a_recalled_campaign_sentence_tells_at_its_place_is_history(extractor):
    text = ("وذكر قائد ميداني أنه عندما ساعدت إيران قوات الحكومة السورية في استعادة السيطرة على مدينة تدمر من"
            " أيدي التنظيم، أوكلت الحراسة لعناصر الحرس الذين كانوا أول من دخلها.")
    doc = _run(extractor, text, "2018-02-24")
    assert not doc.events, [(e.sub_event_type, e.location, e.event_date) for e in doc.events]
    assert sum(d["reason"] == "modality:background" for d in doc.dropped) >= 2, doc.dropped


def test_a_later_happening_with_its_own_day_at_the_campaign_place_is_news(extractor):
    told = "وبعد استعادة الجيش السيطرة على مدينة تدمر، قصفت طائرات روسية المدينة"
    assert not _run(extractor, told + ".", "2018-02-24").events
    doc = _run(extractor, told + " يوم الخميس.", "2018-02-24")
    assert "Air/drone strike" in {e.sub_event_type for e in doc.events}


def test_what_happened_during_battles_at_a_campaign_place_is_history(extractor):
    doc = _run(extractor, "واستسلم مئات المقاتلين الأجانب للقوات العراقية بعد اشتداد المعارك في مدينة تلعفر.",
               "2018-04-29")
    assert not doc.events, [(e.sub_event_type, e.location, e.event_date) for e in doc.events]


def test_what_a_sentence_tells_after_the_recalled_campaign_is_later(extractor):
    doc = _run(extractor, "وبعد طرد التنظيم من مدينة تلعفر، اعتقلت القوات العراقية عشرات المشتبه بهم في المدينة.",
               "2018-04-29")
    assert [e.sub_event_type for e in doc.events] == ["Arrests"]
