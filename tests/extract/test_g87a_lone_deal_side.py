"""A Syrian deal told from one side was made with the other (actor_roles.tsv rule "lone-deal", frames.lone_deal_side),
and a Security Council truce is no deal between parties on the ground (step._council_truce); branch g87a, sentences
of our own."""
from __future__ import annotations

from marsad_testdata import REB, RUS, SYR, events_of, sides_of

PUB = "2018-05-20"


def test_russia_alone_gets_the_rebels(extractor):
    # «أبرمت روسيا اتفاقات في بلدات ...»: the deals of the towns were made with their rebels
    text = "وأبرمت روسيا، السبت، اتفاقات في عدد من بلدات ريف حمص الشمالي تقضي بتسليم السلاح الثقيل."
    assert sides_of(events_of(extractor, text, "Agreement", PUB)) == {(RUS, REB)}


def test_unnamed_gunmen_who_agreed_are_the_rebels_of_a_government_deal(extractor):
    text = "ووصلت الحافلات، الأحد، إلى ريف إدلب وعلى متنها مسلحون وافقوا على تسليم بلدة الرستن التي كانت تحت سيطرتهم."
    assert sides_of(events_of(extractor, text, "Agreement", PUB)) == {(SYR, REB)}


def test_unnamed_gunmen_evacuated_under_a_deal_are_the_rebels(extractor):
    text = "وأبرم الأحد اتفاق أجلي بموجبه مسلحون من بلدة الرستن."
    assert sides_of(events_of(extractor, text, "Agreement", PUB)) == {(SYR, REB)}


def test_a_truce_one_side_declares_gets_no_other_side(extractor):
    # «أعلنت روسيا عن هدنة»: a pause Russia declares has no second party (step.ONE_SIDED_TRUCE)
    text = "أعلنت روسيا، الثلاثاء، عن هدنة إنسانية لمدة خمس ساعات يوميا في بلدة الرستن."
    assert sides_of(events_of(extractor, text, "Agreement", PUB)) == {(RUS, None)}


def test_security_council_truce_is_no_deal(extractor):
    text = "أعلن مجلس الأمن الدولي، السبت، عن قراره بهدنة لمدة 30 يوما في أنحاء سوريا."
    assert events_of(extractor, text, "Agreement", PUB) == []
