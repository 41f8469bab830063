"""Review g104o of session 35's merges (sentences of our own).

A counted killer stands up to four words before its killing verb («عناصر من تنظيم داعش قتلوا»): that gap was shadowed by
the verb-subject gap of one word bound later under the same name. A strike on positions by a generic state force (no
home country of its own in actors.tsv) takes the group the report names as its foe, as a dated army's does. Only the
camp word heading a quarter camp's name makes it a quarter: a hospital named after one is a civilian site.
"""
from __future__ import annotations

from marsad_testdata import read_doc

from marsad.extract import step

PUB = "2018-05-04"
VAC, IS = "Violence against civilians", "Islamic State (Iraq and Syria)"


def _sides(doc):
    return [(e.event_type, e.sub_event_type, e.actor1, e.actor2) for e in doc.events]


def test_counted_fighters_of_a_named_group_who_killed_are_the_killers(extractor):
    # «عناصر» stands three words (من تنظيم داعش) before «قتلوا»: within the killer's gap, no armed victims
    doc = read_doc(extractor, "قال مصدر في الشرطة إن عناصر من تنظيم داعش قتلوا خمسة رعاة قرب قضاء الحضر جنوب الموصل "
                              "يوم الخميس.", PUB, title="تطورات")
    assert _sides(doc) == [(VAC, "Attack", IS, "Civilians (Iraq)")], (_sides(doc), doc.dropped)


def test_the_two_gaps_are_apart():
    # the killer's gap and the verb-subject gap are two constants, each read by its own functions
    assert (step.KILLER_GAP, step.SUBJECT_GAP) == (4, 1)


def test_a_generic_armys_strike_on_positions_falls_on_the_group_the_report_names(extractor):
    doc = read_doc(extractor, "وشنت وحدات الجيش يوم الأربعاء غارات جوية على محاور حي الصابري في مدينة بنغازي. "
                              "ويسيطر تنظيم داعش على أحياء الصابري وسوق الحوت منذ أشهر، وتحاول وحدات الجيش طرد "
                              "تنظيم داعش منها.",
                   PUB, title="تطورات")
    ev = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert [(e.actor1, e.actor2) for e in ev] == [("Military Forces of Libya", IS)], _sides(doc)
    assert "actor2-document" in ev[0].rule_ids


def test_a_hospital_named_after_a_camp_stays_a_civilian_site(extractor):
    doc = read_doc(extractor, "وشنت طائرات حربية يوم الأربعاء غارات جوية على مستشفى اليرموك في بغداد.", PUB,
                   title="تطورات")
    assert [e.actor2 for e in doc.events] == ["Civilians (Iraq)"], _sides(doc)


def test_clashes_with_other_militants_keep_them_as_their_foe(extractor):
    # «مع» right after the clash noun (an adjective between) is its complement, the foe: «آخرين» makes no companions
    doc = read_doc(extractor, "وخاضت القوات العراقية يوم الخميس اشتباكات عنيفة مع متشددين آخرين قرب قضاء الحويجة.",
                   PUB, title="تطورات")
    ev = [e for e in doc.events if e.event_type == "Battles"]
    assert [e.actor2 for e in ev] == ["Unidentified Armed Group (Iraq)"], _sides(doc)
