"""Joint agents (branch g103l): a list of states or groups that acted together, named by nisbas after the act's noun
(«هجوم أميركي بريطاني فرنسي»، «غارات سورية وروسية») or by names joined by «و» («الولايات المتحدة وبريطانيا وفرنسا»):
the first-named is actor1 (the project's conventions), the others its associates (assoc_actor_1, "; "-joined as ACLED
writes them; frames.joined_agents, joined_actors.tsv). The British and French nisbas and names still name no side
alone (g39b, g102d). A side named before «بعد أن» is no speaker: the country after «على» is still what was struck."""
from __future__ import annotations

from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"
USA = "Military Forces of the United States (2017-2021)"
GBR = "Military Forces of the United Kingdom (2016-2019)"
FRA = "Military Forces of France (2017-)"
SYR = "Military Forces of Syria (2000-)"
RUS = "Military Forces of Russia (2000-)"
TUR = "Military Forces of Turkey (2016-)"
SNA = "Syrian National Army"


def _sides(extractor, text, event_type=ERV, published="2018-04-17"):
    return [(e.actor1, e.assoc_actor_1) for e in read_doc(extractor, text, published).events
            if e.event_type == event_type]


def test_bare_chain_of_indefinite_nisbas_names_the_first_and_its_partners(extractor):
    text = "وكان هجوم أميركي بريطاني فرنسي قد استهدف مواقع عسكرية في حمص، فجر السبت الماضي، ردا على هجوم كيماوي."
    assert _sides(extractor, text) == [(USA, f"{GBR}; {FRA}")]


def test_names_joined_by_and_give_the_partners(extractor):
    text = "وشنت الولايات المتحدة، وبريطانيا، وفرنسا فجر السبت ضربات جوية على مواقع قرب حمص."
    assert _sides(extractor, text) == [(USA, f"{GBR}; {FRA}")]


def test_joint_raids_of_the_home_state_and_its_ally(extractor):
    # the home state leads (actor_roles ar-503); the other nisba of the list is its associate
    text = "قصفت طائرات حربية روسية وسورية الخميس بلدة نوى في ريف درعا، ما أسفر عن مقتل خمسة مدنيين."
    assert _sides(extractor, text, published="2018-07-06") == [(SYR, RUS)]


def test_an_ally_set_aside_as_counterpart_fights_beside_the_agent(extractor):
    text = "وسيطرت القوات التركية والفصائل الموالية لها الأحد على بلدة جنديرس في ريف عفرين."
    assert _sides(extractor, text, "Battles", "2018-03-09") == [(TUR, SNA)]


def test_two_sides_of_a_clash_are_no_partners(extractor):
    text = "وتدور اشتباكات عنيفة بين مقاتلي فصيل جيش الإسلام وقوات النظام في محيط مسرابا منذ صباح الاثنين."
    assert [a for _, a in _sides(extractor, text, "Battles", "2018-03-19")] == [None]


def test_the_sides_of_the_men_counted_are_no_partners(extractor):
    text = "وأفاد المرصد عن مقتل 20 عنصرا على الأقل من قوات النظام والمسلحين الموالين لها خلال اشتباكات مع التنظيم في حي التضامن."
    assert all(a is None for _, a in _sides(extractor, text, "Battles", "2018-03-20"))


def test_a_lone_british_nisba_is_still_no_side(extractor):
    # a guard (as on main): the British nisba counts only in a list after an agent read (g39b)
    text = "وقتل شاب بريطاني يقاتل مع الوحدات الكردية في قصف على قرية قرب عفرين أمس."
    assert all(GBR not in (a1 or "", a or "") for a1, a in _sides(extractor, text, published="2018-03-10"))


def test_a_time_words_that_opens_no_speech(extractor):
    text = ("وبحث بوتين مع نظيره الإيراني الوضع في سوريا بعد أن وجهت الولايات المتحدة وبريطانيا وفرنسا ضربات صاروخية "
            "على سوريا ردا على هجوم كيماوي في دوما.")
    assert [a1 for a1, _ in _sides(extractor, text, published="2018-04-15")] == [USA]
