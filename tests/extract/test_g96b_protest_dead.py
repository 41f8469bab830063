"""g96b: lethal force on protesters counts its dead as a violent act does («مقتل متظاهر» is one dead), but a protest
wave's running toll («ارتفع عدد قتلى التظاهرات إلى ...»، «... خلال احتجاجات الأسبوع الماضي») is no one day's dead
(step.EXCESSIVE_FORCE, step._protest_tally, function_words protest_tally).
"""
from __future__ import annotations
from marsad_testdata import events_of


PUB = "2018-07-20"
FORCE = "Excessive force against protesters"


def _dead(extractor, text):
    evs = events_of(extractor, text, FORCE, PUB)
    assert evs
    return [e.fatalities for e in evs]


def test_one_protester_killed_by_gunfire_is_one_dead(extractor):
    assert _dead(extractor, "قالت مصادر طبية إن متظاهرا قتل يوم الجمعة بعد أن أطلقت قوات الأمن النار على المتظاهرين "
                            "في مدينة الناصرية.") == [1]


def test_counted_protesters_killed_give_their_number(extractor):
    assert _dead(extractor, "أطلقت قوات الشرطة النار على المتظاهرين يوم الجمعة في مدينة الكوت ما أدى إلى مقتل أربعة "
                            "محتجين وإصابة عشرين آخرين.") == [4]


def test_running_toll_of_the_wave_is_not_the_days_dead(extractor):
    # guard: the toll has risen over the wave's days; the figure is not one day's
    assert all(not d for d in _dead(extractor, "وارتفع عدد قتلى التظاهرات إلى ستة يوم الجمعة بعد أن أطلقت قوات الأمن "
                                                "النار على المتظاهرين في مدينة الكوت."))


def test_last_weeks_dead_are_not_the_days_dead(extractor):
    assert all(not d for d in _dead(extractor, "أطلقت قوات الشرطة النار على المتظاهرين يوم الجمعة في مدينة الكوت، بعد "
                                                "مقتل تسعة محتجين خلال احتجاجات الأسبوع الماضي."))
