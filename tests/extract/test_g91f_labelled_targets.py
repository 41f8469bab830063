"""g91f: a state's act whose evidence names its foe only by a label («الإرهابيين»، «التكفيريين») falls on the
striker's usual foe (default_targets.tsv "when: labelled" rows dt-57050..dt-57064, step._labelled_target): IS for
Iran's and Iraq's forces, IS's Sinai Province for Egypt's army, an unidentified armed group for a clash of Russian
forces in Syria.
"""
from __future__ import annotations
from marsad_testdata import read_doc


PUB = "2018-09-20"


def _events(extractor, text, event_type):
    return [e for e in read_doc(extractor, text, PUB).events if e.event_type == event_type]


def test_iranian_missiles_on_the_terrorists_fall_on_is(extractor):
    evs = _events(extractor, "أعلن الحرس الثوري الإيراني يوم الأربعاء أنه شن هجوما صاروخيا على مقر الإرهابيين "
                             "قرب مدينة البوكمال في سوريا.", "Explosions/Remote violence")
    assert evs and all(e.actor2 == "Islamic State (Iraq and Syria)" for e in evs)


def test_egyptian_army_killing_takfiris_fights_sinai_province(extractor):
    evs = _events(extractor, "أعلن الجيش المصري يوم الأربعاء مقتل 12 تكفيريا في اشتباكات مع قواته في شمال سيناء.",
                  "Battles")
    assert evs and all(e.actor2 == "Islamic State (Egypt) - Sinai Province" for e in evs)


def test_russian_soldiers_attacked_by_terrorist_groups_meet_an_unidentified_group(extractor):
    # g99s: in Homs (IS in the desert, the rebels in the north in 2018) the label stays unidentified; in Deir ez-Zor
    # front_actors.tsv now reads it as IS (test_g99s_state_enemy_front.py)
    evs = _events(extractor, "أعلنت وزارة الدفاع الروسية يوم الأربعاء مقتل ثلاثة عسكريين روس في اشتباك مع مجموعات "
                             "إرهابية هاجمت موقعا للقوات السورية في ريف حمص.", "Battles")
    assert evs and all(e.actor2 == "Unidentified Armed Group (Syria)" for e in evs)


def test_an_iranian_strike_with_no_label_gets_no_default(extractor):
    # guard: without a label word the rows do not hold
    evs = _events(extractor, "أعلن الحرس الثوري الإيراني يوم الأربعاء أنه شن هجوما صاروخيا على مقر قرب مدينة "
                             "البوكمال في سوريا.", "Explosions/Remote violence")
    assert all(e.actor2 != "Islamic State (Iraq and Syria)" for e in evs)
