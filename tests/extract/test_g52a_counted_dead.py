"""g52a: the counted dead of a killing verb told as "N members ADJ" ("قتل 7 مسلحين متشددين") are what was hit, not
its agent; an armed side named after them in the sentence ("خلال ملاحقة القوات العراقية") is who killed them
(step._counted_members, step._killer_after)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-14"
IRAQ = "Military Forces of Iraq (2014-2018)"


def _battles(extractor, text):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [e for e in evs if e.event_type == "Battles"]


def test_counted_fighters_are_hit_by_the_forces_named_after(extractor):
    evs = _battles(extractor, "قتل 7 مسلحين متشددين، الأربعاء، خلال ملاحقة القوات العراقية خلايا نائمة في محافظة ديالى.")
    assert evs
    assert all(e.actor1 == IRAQ and e.actor2 != IRAQ for e in evs)
    assert all("actor1-dead" in e.rule_ids for e in evs)


def test_counted_fighters_with_a_number_word(extractor):
    evs = _battles(extractor, "قتل سبعة مسلحين متشددين، الأربعاء، خلال ملاحقة القوات العراقية خلايا نائمة في محافظة ديالى.")
    assert evs
    assert all(e.actor1 == IRAQ for e in evs)


def test_joined_side_after_the_dead_is_no_killer(extractor):
    # "والمسلحين الموالين لها" are more of the dead: no killer is read from them
    evs = _battles(extractor, "قتل 12 عنصرا من قوات النظام والمسلحين الموالين لها في ريف حمص الشرقي.")
    assert all(e.actor1 != "Opposition Rebels (Syria)" for e in evs)
