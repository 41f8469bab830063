"""g111h: the sides of a deal a side announces, and the source named through «بيان صادر عن».

- A deal told announced («أعلن/أعلنت») and made «مع» a side (Russia, the government) was announced by the other side,
  which is named first (deals.announced_with, rule deal-announcer-140500); the side after «مع» is actor2. A deal told
  with no announcement keeps the role rows' order (Russia first, ar-12902; the state first, ar-4).
- The announcing rebels read only by their generic name take the group another mention of the same deal names
  (merge._names_generic_first).
- The issuer named after «بيان صادر عن» is the report's source, never a side (claims.source_tokens).
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-08"
SYRIA = "Military Forces of Syria (2000-)"
RUSSIA = "Military Forces of Russia (2000-)"
REBELS = "Opposition Rebels (Syria)"


def _sides(extractor, text, sub="Agreement"):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [(e.actor1, e.actor2, e.rule_ids) for e in evs if e.sub_event_type == sub]


def test_the_group_announcing_a_deal_with_russia_is_named_first(extractor):
    got = _sides(extractor, "أعلنت فصائل المعارضة يوم السبت أنها توصلت إلى اتفاق مع روسيا بشأن بلدات ريف درعا الشرقي.")
    assert [(a1, a2) for a1, a2, _ in got] == [(REBELS, RUSSIA)]
    assert "deal-announcer-140500" in got[0][2]


def test_a_named_group_announcing_a_deal_with_the_army_is_named_first(extractor):
    got = _sides(extractor, "أعلن فيلق الرحمن يوم الأحد التوصل إلى اتفاق مع الجيش السوري لخروج مقاتليه من بلدة عربين.")
    assert [(a1, a2) for a1, a2, _ in got] == [("Faylaq al Rahman", SYRIA)]


def test_a_deal_not_announced_keeps_russia_first(extractor):
    got = _sides(extractor, "توصلت فصائل المعارضة يوم السبت إلى اتفاق مع روسيا بشأن بلدات ريف درعا الشرقي.")
    assert [(a1, a2) for a1, a2, _ in got] == [(RUSSIA, REBELS)]
    assert "deal-announcer-140500" not in got[0][2]


def test_russia_announcing_its_deal_with_the_factions_stays_first(extractor):
    got = _sides(extractor, "أعلنت وزارة الدفاع الروسية يوم السبت التوصل إلى اتفاق مع فصائل المعارضة في ريف درعا الشرقي.")
    assert [(a1, a2) for a1, a2, _ in got] == [(RUSSIA, REBELS)]


def test_the_generic_announcer_takes_the_group_named_in_another_mention(extractor):
    got = _sides(extractor, "أعلن جيش الإسلام، أكبر الجماعات المسلحة في الغوطة الشرقية، أنه توصل إلى اتفاق مع روسيا "
                            "على إجلاء الجرحى يوم الاثنين. وأعلن جيش الإسلام مساء الاثنين التوصل إلى اتفاقية لإجلاء المصابين.")
    assert [(a1, a2) for a1, a2, _ in got] == [("Jaish al Islam", RUSSIA)]


def test_the_ministry_issuing_the_statement_is_no_target(extractor):
    # «وفقا لبيان صادر عن وزارة الدفاع الروسية»: the issuer after «صادر عن» is the source (claims.source_tokens)
    evs = extractor(MetaStep()(Document(text="قصفت طائرات أمريكية بلدة في ريف دير الزور يوم السبت، وفقا لبيان صادر عن "
                                             "وزارة الدفاع الروسية.", published=PUB))).events
    strikes = [e for e in evs if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(e.actor2 != RUSSIA for e in strikes)
    assert all(e.actor1 == "Military Forces of the United States (2017-2021)" for e in strikes)


def test_a_spokesman_for_the_factions_announcing_names_them_first(extractor):
    # the body a spokesman speaks for (an affiliation mention) is the named announcer; an unnamed «متحدث» is not
    # (test_actors_q27b keeps Russia first for «وأعلن متحدث ... مع روسيا»)
    got = _sides(extractor, "قصفت قوات النظام مواقع فصائل المعارضة في بلدة طفس يوم الأربعاء. وأعلن متحدث باسم فصائل "
                            "المعارضة يوم الجمعة التوصل إلى اتفاق أولي مع روسيا حول بلدة طفس يتضمن تسليم السلاح الثقيل.")
    assert [(a1, a2) for a1, a2, _ in got] == [(REBELS, RUSSIA)]
