"""g102u: who killed, told beside bodies found or a fighter's death (docs/quality.md, ## g102u). Composed sentences.

1. bodies found: a killing verb told after the bodies read the finder (the police or army named before them) as its
   agent and lent it to the bodies; the finder is never the killer (bodies-finder-75400);
2. a woman or man told fighting beside or in the ranks of a side is a fighter: «قتل» of them is no attack on civilians
   (trigger_cues fights_beside, triggers tr-vac-15 and tr-vac-1200 need !fights_beside).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-06"  # a Tuesday: «الأحد» is 4 March
VAC = "Violence against civilians"


def _vac(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == VAC]


# 1 ---------------------------------------------------------------------------------------------------------------

def test_police_who_found_executed_bodies_are_not_the_killer(extractor):
    ev = _vac(extractor, "عثرت الشرطة العراقية على جثث ستة مخطوفين أعدموا بالرصاص في قرية قرب الموصل يوم الأحد.")
    assert len(ev) == 1
    assert ev[0].actor1 != "Police Forces of Iraq (2014-2018)"
    assert ev[0].actor1.startswith("Unidentified Armed Group")
    assert "bodies-finder-75400" in ev[0].rule_ids


def test_army_that_found_bodies_of_hostages_is_not_the_killer(extractor):
    ev = _vac(extractor, "وعثر الجيش العراقي يوم الأحد على جثث أربعة رهائن أعدموا رميا بالرصاص في صحراء الأنبار.")
    assert ev and all(e.actor1 != "Military Forces of Iraq (2014-2018)" for e in ev)


def test_killer_named_after_the_bodies_stays_the_killer(extractor):
    # guard: the group named as the killer after the bodies is read, as on main
    ev = _vac(extractor, "عثرت الشرطة العراقية يوم الأحد على جثث ستة رجال أعدمهم مسلحو داعش بالرصاص قرب الموصل.")
    assert [e.actor1 for e in ev] == ["Islamic State (Iraq and Syria)"]


def test_police_killing_without_bodies_found_keeps_the_police(extractor):
    # guard: the police told as the killer, with no bodies found, stay actor1
    ev = _vac(extractor, "أعدمت الشرطة العراقية ستة رجال بالرصاص في قرية قرب الموصل يوم الأحد.")
    assert [e.actor1 for e in ev] == ["Police Forces of Iraq (2014-2018)"]


# 2 ---------------------------------------------------------------------------------------------------------------

def test_woman_fighting_beside_kurdish_forces_is_no_civilian(extractor):
    assert _vac(extractor, "قتلت امرأة تقاتل إلى جانب القوات الكردية برصاص مسلحين مجهولين في مدينة الحسكة يوم الأحد.") == []


def test_woman_fighting_in_the_ranks_is_no_civilian(extractor):
    assert _vac(extractor, "قتلت امرأة أمريكية تقاتل في صفوف قوات سوريا الديمقراطية برصاص مسلحين في بلدة الشدادي يوم الأحد.") == []


def test_woman_killed_by_gunmen_is_still_a_civilian(extractor):
    # guard: «امرأة» with no fighter told is still a civilian killed
    ev = _vac(extractor, "قتل مسلحون مجهولون امرأة في مدينة الحسكة يوم الأحد.")
    assert len(ev) == 1 and ev[0].actor2 == "Civilians (Syria)"


# 3 ---------------------------------------------------------------------------------------------------------------
# a deal's brokers listed by «و» after a word of brokering are all brokers, none a party (step._without_brokers)

DEAL_PUB = "2018-07-10"


def _deal_pairs(extractor, text: str) -> list:
    return [(e.actor1, e.actor2) for e in read_doc(extractor, text, DEAL_PUB).events if e.sub_event_type == "Agreement"]


def test_second_broker_joined_by_waw_is_no_party(extractor):
    pairs = _deal_pairs(extractor, "وجاء ذلك بعد الاتفاق الذي تم التوصل إليه برعاية روسية وإيرانية بين الحكومة وهيئة "
                                   "تحرير الشام حول بلدتي نبل والزهراء يوم الأحد.")
    assert pairs == [("Military Forces of Syria (2000-)", "HTS: Hayat Tahrir al Sham")]


def test_brokers_after_the_parties_are_no_party(extractor):
    # «وتركية» joined to the broker was read as the party, the government named by «الحكومة السورية» as none
    pairs = _deal_pairs(extractor, "توصلت الحكومة السورية وفصائل المعارضة يوم الأحد إلى اتفاق برعاية روسية وتركية في "
                                   "بلدة تلبيسة.")
    assert pairs == [("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")]


def test_two_states_making_a_deal_stay_its_parties(extractor):
    # guard: no word of brokering, nothing set aside
    pairs = _deal_pairs(extractor, "وقعت روسيا وتركيا يوم الأحد في سوتشي اتفاقا لإقامة منطقة عازلة في إدلب.")
    assert pairs == [("Military Forces of Russia (2000-)", "Military Forces of Turkey (2016-)")]
