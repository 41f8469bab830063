"""g106b (date audit of stored events, seed 1062):

- the 14 April 2018 strikes told by their three agents before the trigger («ووجهت كل من الولايات المتحدة وبريطانيا
  وفرنسا ضربة صاروخية»، «وشنت الولايات المتحدة وفرنسا وبريطانيا غارات») retell the campaigns.tsv happening named by
  those states (step._agent_rows): within the background window the mention takes the known day or the report's week
  reaching back to it; past the window it is history, as a definite noun's retelling is (step._past_campaign);
- a retold happening given the report's week stays at the country when its sentence names the town of the chemical
  attack it answered: its known day, not the week's first, is how long after the attack it was (merge._happening_rows).
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"

TOLD_BY_AGENTS = [
    "قالت مصادر طبية إن الهجوم بالغاز السام على مدينة دوما أودى بحياة العشرات. "
    "ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا ضربة صاروخية إلى مواقع تابعة للجيش السوري ردا على الهجوم.",
    "قالت مصادر طبية إن الهجوم بالغاز السام على مدينة دوما أودى بحياة العشرات. "
    "وردت على ذلك الولايات المتحدة وفرنسا وبريطانيا بشن غارات على منشآت عسكرية سورية.",
]


def _strikes(extractor, text: str, pub: str) -> list:
    return [e for e in read_doc(extractor, text, pub).events
            if e.event_type == ERV and e.actor1 and "United States" in e.actor1]


@pytest.mark.parametrize("text", TOLD_BY_AGENTS)
def test_three_states_strikes_told_a_month_on_are_history(extractor, text):
    assert _strikes(extractor, text, "2018-05-22") == []


@pytest.mark.parametrize("text", TOLD_BY_AGENTS)
def test_three_states_strikes_told_within_the_window_hold_their_day(extractor, text):
    strikes = _strikes(extractor, text, "2018-04-26")
    assert strikes, "the retold strikes are still coded within the background window"
    for e in strikes:
        assert e.date_start <= "2018-04-14" <= e.date_end
        assert e.date_start != "2018-04-25"


def test_one_state_strike_a_month_on_is_news(extractor):
    # only the three states together name the known happening: the US alone striking is today's news
    text = "قالت وزارة الدفاع إن الولايات المتحدة شنت غارات على مواقع لتنظيم داعش قرب البوكمال في شرق سوريا."
    strikes = _strikes(extractor, text, "2018-05-22")
    assert strikes and all(e.date_end == "2018-05-22" for e in strikes)


def test_retold_strikes_answering_the_gas_attack_stand_at_the_country(extractor):
    text = ("بحث الرئيس الروسي مع نظيره الإيراني الوضع في سوريا بعد أن وجهت الولايات المتحدة وبريطانيا وفرنسا ضربات "
            "صاروخية على سوريا للاشتباه في شن القوات الحكومية هجوما بأسلحة كيميائية في مدينة دوما في الغوطة الشرقية.")
    strikes = _strikes(extractor, text, "2018-04-15")
    assert strikes and all(e.location == "Syria" for e in strikes)


def test_three_states_set_off_by_commas_retell_the_strikes(extractor):
    # campaigns.tsv cp-100500: the three states named with commas between them
    text = ("قالت منظمة حظر الأسلحة الكيميائية إن مفتشيها لم يدخلوا مدينة دوما بعد. "
            "وردا على الهجوم شنت الولايات المتحدة، وبريطانيا، وفرنسا غارات عسكرية على منشآت قيل إنها لأسلحة كيمياوية.")
    strikes = _strikes(extractor, text, "2018-04-17")
    assert strikes and all(e.date_start <= "2018-04-14" <= e.date_end for e in strikes)
