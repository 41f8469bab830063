"""g88a: a toll's rise to a figure («عدد القتلى المدنيين قد ارتفع إلى 12»: function_words toll_rise, toll_rise_to,
toll_rise_skip) ties the figure to the word of killing a few tokens before the verb (frames._risen_toll), and on a
merge the risen figure replaces the earlier lower count of the same happening (merge._toll_risen). Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-09-10"
AIR = "Air/drone strike"


def test_rise_after_adjective_and_qad_is_the_toll(extractor):
    evs = events_of(extractor, "قال المرصد إن عدد القتلى المدنيين قد ارتفع إلى 12 جراء الغارات الجوية على بلدة "
                    "كفرنبل يوم الاثنين.", AIR, PUB)
    assert evs and all(e.fatalities == 12 for e in evs)


def test_risen_figure_replaces_the_earlier_count(extractor):
    text = ("قتل 4 مدنيين في غارات جوية على بلدة كفرنبل في ريف إدلب يوم الاثنين. وقال الدفاع المدني إن عدد "
            "القتلى المدنيين قد ارتفع إلى 9 جراء الغارات الجوية على بلدة كفرنبل.")
    evs = events_of(extractor, text, AIR, PUB)
    assert evs and max(e.fatalities for e in evs) == 9

