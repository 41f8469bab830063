"""g89b: the second side (actor2) of battles and strikes.

- A group named in a relative clause of dominance on a named side («قسد، التي تهيمن عليها وحدات حماية الشعب») is a
  part of that side, never its opponent (function_words dominated_by; frames._relative_of_named). After a plain noun
  («المناطق التي تهيمن عليها قسد») it stays the holder and a candidate side.
- Soldiers with a broken-plural nisba («جنود أتراك»، «جنود روس») name their state's forces (actors.tsv aliases).
"""
from __future__ import annotations
from marsad_testdata import read_doc


PUB = "2018-06-10"
SDF = "SDF: Syrian Democratic Forces"
YPG = "YPG: People's Protection Units"
ISIS = "Islamic State (Iraq and Syria)"
TURKEY = "Military Forces of Turkey (2016-)"
RUSSIA = "Military Forces of Russia (2000-)"


def _events(extractor, text, event_type):
    evs = read_doc(extractor, text, PUB).events
    return [e for e in evs if e.event_type == event_type]


def test_the_dominant_part_of_a_side_is_not_its_opponent(extractor):
    evs = _events(extractor, "وسيطرت قوات سوريا الديمقراطية، التي تهيمن عليها وحدات حماية الشعب الكردية، يوم السبت "
                             "على بلدة هجين في ريف دير الزور بعد معارك مع تنظيم داعش.", "Battles")
    assert evs and all(e.actor1 == SDF and e.actor2 == ISIS for e in evs)
    assert not any(YPG in (e.actor1, e.actor2) for e in evs)


def test_the_dominant_part_without_comma(extractor):
    evs = _events(extractor, "سيطرت قوات سوريا الديمقراطية التي يغلب عليها المقاتلون الأكراد ووحدات حماية الشعب "
                             "يوم الأحد على قرية في ريف الحسكة بعد اشتباكات مع تنظيم داعش.", "Battles")
    assert evs and not any(e.actor2 == YPG for e in evs)


def test_the_holder_of_areas_stays_the_target(extractor):
    evs = _events(extractor, "هاجم تنظيم داعش يوم الجمعة المناطق التي تهيمن عليها قوات سوريا الديمقراطية في ريف "
                             "دير الزور.", "Battles")
    assert evs and all(e.actor1 == ISIS and e.actor2 == SDF for e in evs)


def test_turkish_soldiers_killed_by_a_bomb_are_its_target(extractor):
    evs = _events(extractor, "أعلنت أنقرة مقتل أربعة جنود أتراك يوم الأربعاء في انفجار عبوة ناسفة قرب بلدة راجو في "
                             "منطقة عفرين.", "Explosions/Remote violence")
    assert evs and all(e.actor2 == TURKEY for e in evs)


def test_russian_soldiers_wounded_by_a_mine_are_its_target(extractor):
    evs = _events(extractor, "أصيب خمسة جنود روس يوم الاثنين بانفجار لغم أرضي قرب مدينة تدمر في ريف حمص.",
                  "Explosions/Remote violence")
    assert evs and all(e.actor2 == RUSSIA for e in evs)
