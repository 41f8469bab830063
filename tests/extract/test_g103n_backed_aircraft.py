"""g103n: a state's aircraft or forces "backed by" another. The nationality adjective of the aircraft noun is the
agent even when a backer phrase («مدعومة من القوات الجوية الروسية»، «، بدعم من روسيا وإيران،») stands between it and
the strike noun (frames._just_before / _past_backer); a plain ally word joined by "و" («وبدعم من الطيران الروسي»)
marks a backer as the bare one does (frames._joined_ally). A count of the dead over a span of a campaign's acts («قتل
300 مدني بعد أسبوع من القصف») is a total, not the act's dead (step._after_span_of_acts, function_words span_after,
span_of_acts). Sentences composed for the tests."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of, pairs_of

PUB = "2018-03-01"
AIR = "Air/drone strike"
CLASH = "Armed clash"
SYRIA = "Military Forces of Syria (2000-)"
RUSSIA = "Military Forces of Russia (2000-)"


@pytest.mark.parametrize("backer", [
    "مدعومة من القوات الجوية الروسية",
    "، بدعم من روسيا وإيران،",  # set off by commas, two backers joined by "و"
    "بإسناد من الطيران الروسي",
])
def test_nisba_of_aircraft_before_a_backer_is_the_agent(extractor, backer):
    # Russia named earlier (a vote it backed) is no agent of the Syrian aircraft's strike, nor is the backer
    text = f"وجاء ذلك بعد يوم من قرار لمجلس الأمن أيدته روسيا، إذ شنت طائرات حربية سورية {backer} غارات على بلدة كفرنبل."
    pairs = pairs_of(extractor, text.replace(" ،", "،"), AIR, PUB)
    assert pairs and all(a1 == SYRIA for a1, _ in pairs)


def test_other_state_aircraft_backed_keep_their_state(extractor):
    text = "أيدت روسيا القرار، وشنت طائرات تركية مدعومة من الولايات المتحدة غارات على بلدة كفرنبل."
    pairs = pairs_of(extractor, text, AIR, PUB)
    assert pairs and all(a1 == "Military Forces of Turkey (2016-)" for a1, _ in pairs)


def test_ally_word_joined_by_wa_marks_a_backer(extractor):
    pairs = pairs_of(extractor, "شنت القوات السورية وبدعم من الطيران الروسي هجوما على بلدة كفرنبل.", CLASH, PUB)
    assert pairs and all(a1 == SYRIA for a1, _ in pairs)


def test_aircraft_nisba_right_before_the_strike_still_read(extractor):
    # guard: the plain shape, no backer
    pairs = pairs_of(extractor, "أيدت روسيا القرار، وشنت طائرات حربية سورية غارات على بلدة كفرنبل.", AIR, PUB)
    assert pairs and all(a1 == SYRIA for a1, _ in pairs)


def test_dead_counted_over_a_week_of_shelling_are_no_strike_toll(extractor):
    # the week's dead of a campaign («بعد أسبوع من القصف ... استهدف») are not the new strikes' dead
    text = ("ويعتقد أن أكثر من 300 مدني قتلوا بعد أسبوع من القصف العنيف لقوات النظام السوري استهدف معقل فصائل "
            "المعارضة في ريف إدلب. وتزامن ذلك مع شن طائرات حربية سورية غارات جديدة على ريف إدلب.")
    evs = [e for e in events_of(extractor, text, AIR, PUB) + events_of(
        extractor, text, "Shelling/artillery/missile attack", PUB)]
    assert evs and all(not e.fatalities for e in evs)


def test_dead_days_after_one_act_keep_their_toll(extractor):
    # guard: «بعد أيام من اختطافهم» is no campaign's span
    evs = events_of(extractor, "عثر على جثث 5 مدنيين قتلوا بعد أيام من اختطافهم في بلدة كفرنبل في ريف إدلب يوم "
                    "الأحد.", "Attack", PUB)
    assert evs and all(e.fatalities == 5 for e in evs)
