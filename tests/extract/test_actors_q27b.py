"""q27b: Russia concluded the 2018 deals in Syria for the government (actor_roles.tsv rule "broker", ar-6600;
frames.broker_side): of Syria and Russia read as the two sides of an agreement, Russia is actor1 and the rebel group
the report names most actor2; a report naming no rebel group keeps a deal between the two states."""
from __future__ import annotations

import pytest

from marsad.extract import lexicons as L
from marsad.extract.frames import broker_side, recast_actor
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-07-08"


def _agreements(extractor, text):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [e for e in evs if e.sub_event_type == "Agreement"]


def test_a_deal_with_russia_is_russias_with_the_rebels(extractor):
    evs = _agreements(extractor, "قصفت قوات النظام مواقع فصائل المعارضة في بلدة طفس يوم الأربعاء. وأعلن متحدث يوم الجمعة "
                                 "التوصل إلى اتفاق أولي مع روسيا حول بلدة طفس يتضمن تسليم السلاح الثقيل.")
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Russia (2000-)", "Opposition Rebels (Syria)")]
    assert "ar-6600" in evs[0].rule_ids


def test_the_faction_the_report_names_is_the_counterpart(extractor):
    evs = _agreements(extractor, "يسيطر فيلق الرحمن على بلدة عربين. وذكرت مصادر محلية يوم الخميس أن اتفاقا لوقف إطلاق "
                                 "النار في بلدة عربين يبدأ سريانه الليلة وتتبعه مفاوضات مع الجانب الروسي.")
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Russia (2000-)", "Faylaq al Rahman")]


def test_a_report_without_rebels_keeps_the_two_states(extractor):
    evs = _agreements(extractor, "تم التوصل يوم الخميس إلى اتفاق في بلدة عربين تتبعه مفاوضات مع الجانب الروسي.")
    assert evs and all(e.actor1 == "Military Forces of Syria (2000-)" for e in evs)
    assert not any("ar-6600" in e.rule_ids for e in evs)


@pytest.mark.parametrize("groups, expected", [
    (["hzb", "jai"], "jai"),  # Hezbollah is no rebel group of Syria
    (["syr-ndf"], None),  # a pro-government militia (inter 3) is none either
])
def test_the_counterpart_is_a_rebel_group_of_the_country(groups, expected):
    table = L.actor_table()
    a1, a2, fired = broker_side("Agreement", table["syr-mil"], table["rus-mil"], "Syria", [table[g] for g in groups])
    if expected is None:
        assert (a1.id, a2.id, fired) == ("syr-mil", "rus-mil", [])
    else:
        assert (a1.id, a2.id, fired) == ("rus-mil", expected, ["ar-6600"])


def test_a_broker_row_needs_its_countries():
    rows = [r for r in L.role_rules("Strategic developments", "Agreement") if r.rule == "broker"]
    assert rows and all(r.countries for r in rows)


# "الجيش الحر" is the Turkish-backed Syrian National Army in Aleppo's north only (actor_by_country.tsv abc-6600,
# column except_admin1; frames.recast_actor): elsewhere in Syria it is the opposition factions.

def _clashes(extractor, text):
    evs = extractor(MetaStep()(Document(text=text, published=PUB))).events
    return [(e.actor1, e.actor2) for e in evs if e.sub_event_type == "Armed clash"]


def test_the_free_army_of_the_south_is_the_rebels(extractor):
    assert _clashes(extractor, "اشتبكت قوات النظام مع فصائل الجيش الحر في بلدة طفس بريف درعا يوم الأربعاء.") == [
        ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")]


def test_the_free_army_of_afrin_stays_the_national_army(extractor):
    assert _clashes(extractor, "اشتبكت فصائل الجيش الحر مع وحدات حماية الشعب الكردية في بلدة جنديرس بريف عفرين يوم "
                               "الأربعاء.") == [("Syrian National Army", "YPG: People's Protection Units")]


def test_a_recast_with_excepted_provinces_needs_the_province():
    sna = L.actor_table()["sna"]
    assert recast_actor(sna, "Syria", None) == (sna, None)
    assert recast_actor(sna, "Syria", "Aleppo") == (sna, None)
    assert recast_actor(sna, "Syria", "Dar'a") == (L.actor_table()["syr-reb"], "abc-6600")


def test_a_document_counterpart_is_recast_in_its_province(extractor):
    evs = extractor(MetaStep()(Document(text="أعلنت فصائل الجيش الحر رفضها الاستسلام. وحاولت قوات النظام اقتحام بلدة طفس "
                                             "بريف درعا يوم الأربعاء واندلعت اشتباكات عنيفة.", published=PUB))).events
    clashes = [e for e in evs if e.sub_event_type == "Armed clash"]
    assert [e.actor2 for e in clashes] == ["Opposition Rebels (Syria)"]
    assert "actor2-document" in clashes[0].rule_ids


def test_the_national_army_of_yemen_is_the_government_army(extractor):
    # abc-6601: "الجيش الوطني" in Yemen; a taking by a recast government army is its regaining
    evs = extractor(MetaStep()(Document(text="قالت مصادر عسكرية إن قوات الجيش الوطني سيطرت على مديرية الدريهمي في "
                                             "محافظة الحديدة يوم الأربعاء.", published=PUB))).events
    assert [(e.sub_event_type, e.actor1) for e in evs] == [
        ("Government regains territory", L.actor_table()["yem-gov"].display("Yemen"))]
