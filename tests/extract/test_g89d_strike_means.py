"""g89d: a bare strike word («استهداف»، «استهدف»، «قصف») told with the rockets or shells it fired right after it
(«استهداف أحيائها بالصواريخ») is a strike carried out: the weapon supports it as a struck site or an hour does
(trigger_cues.tsv projectile; step._means_after; rule credible:projectile). The imperfect «يستهدف» tells a habit as
often as an act and takes no such support."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-03-10"
SHELL = "Shelling/artillery/missile attack"


def test_targeting_with_rockets_is_a_strike(extractor):
    text = "شهدت مدينة معرة النعمان يوم الجمعة استهداف أحيائها بالصواريخ."
    evs = events_of(extractor, text, SHELL, PUB)
    assert len(evs) == 1
    assert "credible:projectile" in evs[0].rule_ids


def test_shells_after_a_bare_shelling_add_support(extractor):
    text = "وشهدت بلدة التمانعة يوم الخميس قصفا بالقذائف."
    evs = events_of(extractor, text, SHELL, PUB)
    assert evs and "credible:projectile" in evs[0].rule_ids


def test_the_weapon_before_the_word_is_no_support(extractor):
    # the rockets told before «استهداف» belong to another clause; without them after it the noun stays unsupported
    text = "تحدث التقرير عن الصواريخ، وشهدت مدينة معرة النعمان يوم الجمعة استهداف أحيائها."
    assert not any("credible:projectile" in e.rule_ids for e in events_of(extractor, text, SHELL, PUB))


def test_the_imperfect_habit_takes_no_support(extractor):
    text = "وكان التنظيم يستهدف بلدة الفوعة بالقذائف كل يوم."
    assert not any("credible:projectile" in e.rule_ids for e in events_of(extractor, text, SHELL, PUB))
