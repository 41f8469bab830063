"""g97e: a protest wave's running toll told in a riot's sentence («منذ تفجرت موجة الاحتجاجات»، «خلال الأيام
الماضية»، «التي تشهد احتجاجات») is no one day's dead: the protest_tally guard of g96b now covers Riots frames too
(step._protest_tally, function_words protest_tally).
"""
from __future__ import annotations
from marsad_testdata import events_of


PUB = "2018-07-20"
RIOT = "Violent demonstration"


def _dead(extractor, text):
    evs = events_of(extractor, text, RIOT, PUB)
    assert evs
    return [e.fatalities for e in evs]


def test_one_days_riot_dead_are_counted(extractor):
    # control: a day's clash with its own dead keeps its count
    assert _dead(extractor, "قتل ثلاثة محتجين يوم الجمعة في اشتباكات بين متظاهرين وقوات الأمن في مدينة الكوت.") == [3]


def test_dead_since_the_wave_began_are_not_the_days(extractor):
    assert all(not d for d in _dead(extractor, "أحرق متظاهرون غاضبون مبنى المحافظة في مدينة الكوت يوم "
                                                "الجمعة، وقتل سبعة محتجين في اشتباكات مع قوات الأمن منذ اندلعت موجة "
                                                "الاحتجاجات."))


def test_dead_of_the_past_days_are_not_the_days(extractor):
    assert all(not d for d in _dead(extractor, "أحرق متظاهرون غاضبون مبنى المحافظة في مدينة الكوت يوم الجمعة، "
                                                "وتحولت الاحتجاجات خلال الأيام الماضية إلى مواجهات قتل فيها 8 محتجين."))
