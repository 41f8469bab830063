"""g109g (strategic developments recall: changes to a group's activity and bases set up).

- A side evacuating its own sites («أخلى»، «إخلاء», trigger_kinds sites_each) over a list of provinces or airports is
  a Change to group/activity at each (place-each-125500), as the dev gold codes such evacuations; a surrender told over a
  list of towns stays one event.
- Moving its own men or heavy gear («نقلت عناصرها»، «نقل آليات»، «نقل معدات», tr-chg-125510..125512) is a Change to
  group/activity; fighters moved under an exit deal are not.
- Building a base or post («بناء نقطة عسكرية»، «بنت قاعدة», tr-base-125501..125505) is a base established; a village the
  gazetteer lacks told «القريبة من» a town lies near that town (geo.unresolved.landmark); «الجنود الأمريكيون» are the
  US forces."""
from __future__ import annotations

from marsad_testdata import of_kind, read_doc

PUB = "2018-04-11"  # a Wednesday
CHANGE = ("Strategic developments", "Change to group/activity")
BASE = ("Strategic developments", "Headquarters or base established")


def test_evacuated_bases_in_each_listed_province(extractor):
    doc = read_doc(extractor, "وقال المرصد إن قيادة الجيش السوري أمرت أمس بإخلاء المطارات والقواعد العسكرية في "
                              "محافظات حمص وحماة وطرطوس.", PUB)
    ev = of_kind(doc, CHANGE)
    # «محافظات X وY وZ» names the provinces, each one, not their seat cities (g110g)
    assert {e.location for e in ev} == {"Homs", "Hama", "Tartous"}
    assert all(e.geo_precision == 3 for e in ev)
    assert all("place-each-125500" in e.rule_ids for e in ev)
    # a surrender told over a list of towns stays one act (event_types one_place)
    doc = read_doc(extractor, "وأعلن الجيش السوري أمس استسلام المسلحين في بلدات الرستن وتلبيسة والحولة.", PUB)
    ev = of_kind(doc, CHANGE)
    assert len(ev) == 1
    assert "place-each-125500" not in ev[0].rule_ids


def test_men_moved_from_their_positions(extractor):
    doc = read_doc(extractor, "وقالت مصادر إن قوات النظام المتمركزة في مدينة حمص نقلت عناصرها أمس إلى مناطق سكنية "
                              "خوفا من قصف محتمل.", PUB)
    ev = of_kind(doc, CHANGE)
    assert len(ev) == 1
    assert "tr-chg-125510" in ev[0].rule_ids
    assert ev[0].location == "Homs"


def test_a_new_post_built_near_a_town(extractor):
    doc = read_doc(extractor, "وقام الجنود الأمريكيون أمس ببناء نقطة عسكرية جديدة في قرية أم الكراكيش القريبة من منبج.",
                   PUB)
    ev = of_kind(doc, BASE)
    assert len(ev) == 1
    assert "tr-base-125501" in ev[0].rule_ids
    assert ev[0].location == "Manbij" and ev[0].geo_precision == 2
    assert ev[0].actor1 == "Military Forces of the United States (2017-2021)"
