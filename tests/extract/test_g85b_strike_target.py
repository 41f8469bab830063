"""g85b: the target side (actor2) of strikes. A position noun with the preposition li-/bi- joined to it («قصفها لمواقع
المسلحين») names the side after it as the owner of what was hit, not the agent; «جيب/جيوب» («آخر جيب للمعارضة») name
the holder of the place hit, who gives way to the civilians the strike killed. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"


def _sides(extractor, text, published="2018-08-12"):
    doc = read_doc(extractor, text, published)
    return [(e.actor1, e.actor2) for e in doc.events if e.event_type == ERV]


def test_li_positions_owner_is_the_target(extractor):
    sides = _sides(extractor, "وفي ريف إدلب، صعدت القوات الحكومية أمس قصفها لمواقع المسلحين قرب جسر الشغور.")
    assert sides == [("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")]


def test_li_headquarters_owner_is_the_target(extractor):
    sides = _sides(extractor, "واصلت القوات الحكومية في ريف حماة الشمالي أمس قصفها لمقرات المسلحين في قرية اللطامنة.")
    assert sides and all(a1 == "Military Forces of Syria (2000-)" for a1, _ in sides)
    assert all(a2 == "Opposition Rebels (Syria)" for _, a2 in sides)


def test_pocket_holder_gives_way_to_civilians_killed(extractor):
    sides = _sides(extractor, "أسفرت غارات جوية على بلدة كفرنبل، آخر جيب للمعارضة في ريف إدلب، عن مقتل خمسة مدنيين أمس.")
    assert sides == [("Military Forces of Syria (2000-)", "Civilians (Syria)")]


def test_pockets_plural_holder_gives_way_to_civilians_killed(extractor):
    sides = _sides(extractor, "قتل خمسة مدنيين أمس في غارة جوية على أحد آخر جيوب تنظيم داعش في ريف دير الزور الشرقي.")
    assert sides == [("Military Forces of Syria (2000-)", "Civilians (Syria)")]


def test_pocket_holder_stays_the_target_without_civilians(extractor):
    # no civilians harmed: the holder of the pocket stays the side struck
    sides = _sides(extractor, "شنت الطائرات الحربية السورية أمس غارات جوية على بلدة كفرنبل، آخر جيب للمعارضة في ريف إدلب.")
    assert sides and all(a2 in ("Opposition Rebels (Syria)", None) for _, a2 in sides)
