"""Happenings only named as known (branch q22a), on sentences of our own.

A violent happening named by a definite noun with no day of its own (none, or only the statement's day told before
it), no dead counted and no verb telling it, in a report whose lead tells no happening of its type, is a reference
to something known from before, not a happening of the report's day. A lead that tells such a happening, dead
counted, or a verb of escalation or continuation ("جددت القصف"، "مع استمرار القصف") keep it.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"
# a lead of more than 400 characters that tells no violent happening (a visit announced)
LEAD = ("أعلنت وزارة الخارجية الفرنسية الأربعاء أن الوزير سيزور العاصمة اللبنانية بيروت الأسبوع المقبل لبحث ملفات "
        "المنطقة مع المسؤولين. وقال المتحدث باسم الوزارة إن الزيارة تأتي في إطار التشاور الدائم بين البلدين حول "
        "القضايا السياسية والاقتصادية. وأضاف المتحدث أن الوزير سيلتقي رئيس الحكومة ورئيس البرلمان وعددا من النواب "
        "وممثلي المجتمع المدني. وأشار إلى أن الجانبين سيبحثان أيضا ملف اللاجئين ودعم الجيش اللبناني والانتخابات المقبلة. ")


def _strikes(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return [e for e in doc.events if e.event_type in ("Explosions/Remote violence", "Battles")], doc


def test_a_definite_strike_only_named_in_a_report_on_something_else_is_a_reference(extractor):
    events, doc = _strikes(extractor, LEAD + "وقال الوزير إن القصف على مدينة إدلب لن يمر دون حساب.")
    assert not events, [(e.event_date, e.rule_ids) for e in events]
    assert any(d["reason"].startswith("reference") for d in doc.dropped), doc.dropped


def test_the_statement_day_told_before_the_noun_is_not_its_own(extractor):
    events, _ = _strikes(extractor, LEAD + "وقال الوزير الخميس إن القصف على مدينة إدلب لن يمر دون حساب.")
    assert not events, [(e.event_date, e.rule_ids) for e in events]


def test_a_lead_that_tells_a_strike_keeps_the_definite_mention(extractor):
    events, _ = _strikes(extractor, "قصفت طائرات حربية مدينة إدلب الثلاثاء. " + LEAD
                         + "وقال الوزير إن القصف على مدينة إدلب لن يمر دون حساب.")
    assert events


def test_dead_counted_tell_the_happening(extractor):
    events, _ = _strikes(extractor, LEAD + "وقال الوزير إن القصف على مدينة إدلب أسفر عن مقتل 12 مدنيا.")
    assert events


def test_a_strike_renewed_is_told_as_news(extractor):
    events, _ = _strikes(extractor, LEAD + "وفي بيان الجمعة قالت المنظمة إن قوات النظام جددت القصف المدفعي على مدينة إدلب.")
    assert events and "as-news" in events[0].rule_ids


def test_fighting_that_goes_on_is_told_as_news(extractor):
    events, _ = _strikes(extractor, LEAD + "وأبدت المنظمة في بيان الجمعة قلقها على المدنيين مع استمرار القصف "
                         "والاشتباكات العنيفة داخل مدينة إدلب.")
    assert events and "as-news" in events[0].rule_ids
