"""g35e: actors on unseen news.

- A strike on a military site in Syria whose sentence names no agent is not the government's (its default, da-1/da-3):
  the government is its target and the agent is the foreign force the report names most, else Unidentified
  Military Forces (g69b; actor_roles.tsv rule "own-site", ar-12900/ar-12901; frames.struck_own_site).
- A deal's partner after "مع" is its other side, and Russia is named first in a deal in Syria (ar-12902).
- Russia's negotiators ("الجانب الروسي"، "الوفد الروسي") and the Afrin "القوات الشعبية" (NDF) are actors.
"""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad.extract.frames import struck_own_site
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"
SYRIA = "Military Forces of Syria (2000-)"
ISRAEL = "Military Forces of Israel (1948-)"
RUSSIA = "Military Forces of Russia (2000-)"


def _events(extractor, text, sub=None):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [e for e in evs if sub is None or e.sub_event_type == sub]


def _strikes(extractor, text):
    return [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]


def test_missiles_on_a_base_with_no_agent_hit_the_government(extractor):
    evs = _strikes(extractor, "أفادت وسائل إعلام رسمية أن صواريخ استهدفت فجر الخميس مطار الشعيرات العسكري في ريف حمص.")
    # g69b: the unnamed striker of a base is Unidentified Military Forces (missiles are a military means)
    assert evs and all((e.actor1, e.actor2) == ("Unidentified Military Forces", SYRIA) for e in evs)
    assert any("ar-12901" in e.rule_ids or "ar-12900" in e.rule_ids for e in evs)


def test_the_force_the_report_names_struck_the_base(extractor):
    evs = _strikes(extractor, "اتهمت دمشق إسرائيل بالوقوف وراء الهجوم وتوعدت إسرائيل بالرد. وأفادت وسائل إعلام رسمية أن "
                              "صواريخ استهدفت فجر الخميس مطار الشعيرات العسكري في ريف حمص.")
    assert evs and all((e.actor1, e.actor2) == (ISRAEL, SYRIA) for e in evs)


def test_the_governments_strike_on_rebel_positions_stays_its_own():
    table = L.actor_table()
    a1, a2, fired = struck_own_site("Air/drone strike", table["syr-mil"], table["syr-reb"], "Syria", [table["isr-mil"]])
    assert (a1.id, a2.id, fired) == ("syr-mil", "syr-reb", [])


def test_a_counterpart_read_as_a_foreign_force_is_the_agent():
    table = L.actor_table()
    a1, a2, fired = struck_own_site("Air/drone strike", table["syr-mil"], table["isr-mil"], "Syria", [table["isr-mil"]])
    assert (a1.id, a2.id) == ("isr-mil", "syr-mil") and fired == ["ar-12900"]


def test_no_own_site_rule_outside_its_countries():
    table = L.actor_table()
    a1, a2, fired = struck_own_site("Air/drone strike", table["irq-mil"], None, "Iraq", [])
    assert (a1.id, a2, fired) == ("irq-mil", None, [])


def test_a_deal_with_a_partner_after_with_has_both_sides(extractor):
    evs = _events(extractor, "توصل جيش الإسلام مع روسيا إلى اتفاق يقضي بخروج المقاتلين من مدينة دوما يوم الأحد.",
                  "Agreement")
    assert [(e.actor1, e.actor2) for e in evs] == [(RUSSIA, "Jaish al Islam")]


def test_russias_negotiators_are_russia(extractor):
    evs = _events(extractor, "توصلت فصائل المعارضة مع الوفد الروسي إلى هدنة في بلدة بصرى الشام يوم الجمعة.", "Agreement")
    assert [(e.actor1, e.actor2) for e in evs] == [(RUSSIA, "Opposition Rebels (Syria)")]


def test_the_popular_forces_hit_in_afrin_are_the_ndf(extractor):
    evs = _strikes(extractor, "قصفت المدفعية التركية يوم الثلاثاء أماكن وجود القوات الشعبية في ريف عفرين.")
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Turkey (2016-)", "NDF: National Defence Forces")]


def test_the_kurdish_fighters_generic_name_is_the_ypg(extractor):
    evs = _events(extractor, "اندلعت اشتباكات عنيفة يوم الجمعة بين الجيش التركي والمسلحين الأكراد في ريف عفرين.",
                  "Armed clash")
    assert evs and {evs[0].actor1, evs[0].actor2} == {"Military Forces of Turkey (2016-)", "YPG: People's Protection Units"}
