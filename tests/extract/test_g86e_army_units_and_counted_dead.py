"""g86e: the army named without its country or by its units («وحدات الجيش»، «قواتنا المسلحة»: actors.tsv army-55550,
recast per country by actor_by_country.tsv abc-55551..55557; «وحدات من الجيش العربي السوري» whole in syr-mil), and the
side of the members counted right after a killing verb («تمكن الجيش من قتل 20 من عناصر داعش») is the dead's, not the
killer (frames._counted_dead_side), when an armed side is named before the verb."""
from __future__ import annotations

import pytest

from marsad_testdata import ISIS, SYR, events_of, sides_of

PUB = "2018-05-06"
GOV = "Government regains territory"
CLASH = "Armed clash"
IRQ = "Military Forces of Iraq (2014-2018)"


@pytest.mark.parametrize("text", [
    "وتمكن الجيش السوري يوم السبت من قتل 30 من عناصر تنظيم داعش ما أدى إلى السيطرة على بلدة الحارة في ريف درعا.",
    "وتمكنت قوات النظام يوم السبت من قتل عشرات من مسلحي داعش ما أدى إلى السيطرة على بلدة الحارة في ريف درعا.",
])
def test_counted_dead_before_a_taking_are_not_its_taker(extractor, text):
    evs = events_of(extractor, text, GOV, PUB)
    assert sides_of(evs) == {(SYR, ISIS)}


def test_counted_dead_after_a_killing_verb_are_its_target(extractor):
    text = "وتمكن الجيش السوري يوم السبت من قتل 14 مسلحا من داعش في بلدة الحارة في ريف درعا."
    evs = events_of(extractor, text, CLASH, PUB)
    assert sides_of(evs) == {(SYR, ISIS)}


@pytest.mark.parametrize("text", [
    "وقالت وكالة سانا إن وحدات الجيش سيطرت يوم السبت على بلدة الحارة في ريف درعا بعد معارك مع تنظيم داعش.",
    "وسيطرت وحدات من الجيش العربي السوري يوم السبت على بلدة الحارة في ريف درعا بعد معارك مع تنظيم داعش.",
])
def test_army_units_take_for_the_syrian_army(extractor, text):
    evs = events_of(extractor, text, GOV, PUB)
    assert sides_of(evs) == {(SYR, ISIS)}


def test_our_armed_forces_in_iraq_are_the_iraqi_army(extractor):
    text = "وقال بيان للقيادة إن قواتنا المسلحة سيطرت يوم السبت على بلدة القائم في محافظة الأنبار بعد معارك مع تنظيم داعش."
    evs = events_of(extractor, text, GOV, PUB)
    assert sides_of(evs) == {(IRQ, ISIS)}
