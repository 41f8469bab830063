"""g90f: clashes or grenades told at the place and on the day of a riot of the same report, with no second side read
with them («أصيب عناصر من الشرطة في الاشتباكات»، «قنابل يدوية رشقوا بها»), are that riot's fight with the police: ACLED
codes them in the riot, not as a battle or an explosion (filters.without_clashes_of_riots)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-09-06"
RIOT = ("أحرق المتظاهرون الغاضبون مبنى المحافظة في مدينة البصرة يوم الثلاثاء. "
        "وقالت السلطات إن عشرة من عناصر الشرطة أصيبوا بجروح في الاشتباكات التي وقعت الثلاثاء في البصرة.")


def test_riot_clash_is_no_battle(extractor):
    evs = read_doc(extractor, RIOT, PUB).events
    assert any(e.event_type == "Riots" for e in evs)
    assert not any(e.event_type == "Battles" for e in evs)


def test_grenades_thrown_in_a_riot_are_the_riot(extractor):
    text = RIOT + " وقال قائد الشرطة في البصرة إن عناصره أصيبوا يوم الثلاثاء بقنابل يدوية رشقوا بها."
    evs = read_doc(extractor, text, PUB).events
    assert any(e.event_type == "Riots" for e in evs)
    assert not any(e.sub_event_type == "Grenade" for e in evs)


def test_clash_with_named_gunmen_stays(extractor):
    text = ("أحرق المتظاهرون الغاضبون مبنى المحافظة في مدينة البصرة يوم الثلاثاء. "
            "واندلعت يوم الثلاثاء اشتباكات بين الجيش العراقي ومسلحين مجهولين في البصرة.")
    evs = read_doc(extractor, text, PUB).events
    assert any(e.event_type == "Battles" for e in evs)
