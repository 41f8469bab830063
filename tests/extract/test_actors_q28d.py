"""q28d: who an act was done to. A strike told without its agent that counts a side's dead hit that side
(step._struck_side, rule id actor2-dead; function_words member: عسكري، ضابط، مستشار); the factions a town is taken
from, or a deal is made with, are the rebel group named in or just before the act (default_targets.tsv column
named, dt-3 and dt-500; step._near_group, rule id actor2-near)."""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad_testdata import events_of

PUB = "2018-03-20"
SYRIA = "Military Forces of Syria (2000-)"


def _events(extractor, text, sub_event_type):
    return events_of(extractor, text, sub_event_type, PUB)


def test_a_strike_without_agent_hit_the_side_whose_dead_it_counts(extractor):
    evs = _events(extractor, "ذكرت مصادر محلية أن الغارة الجوية التي استهدفت فجر الاثنين مطار الشعيرات العسكري قرب حمص "
                             "أسفرت عن مقتل خمسة عسكريين إيرانيين.", "Air/drone strike")
    assert [e.actor2 for e in evs] == ["Military Forces of Iran (1989-)"]
    assert "actor2-dead" in evs[0].rule_ids


def test_a_strike_without_agent_or_dead_keeps_no_counterpart(extractor):
    evs = _events(extractor, "ذكرت مصادر محلية أن غارة جوية استهدفت يوم الاثنين مطار الشعيرات العسكري قرب حمص.",
                  "Air/drone strike")
    # g35e: the base struck is the government's own (actor_roles.tsv own-site, ar-12900), not a side read from the dead
    assert evs and evs[0].actor2 == "Military Forces of Syria (2000-)" and "actor2-dead" not in evs[0].rule_ids
    assert evs[0].actor1 == "Unidentified Military Forces"  # g69b: an unknown air force, not an armed group


def test_the_town_is_taken_from_the_group_named_before_it(extractor):
    evs = _events(extractor, "انسحب مقاتلو فيلق الرحمن من أطراف البلدة. وسيطرت قوات النظام يوم السبت على بلدة حمورية "
                             "بعد معارك عنيفة.", "Government regains territory")
    assert [(e.actor1, e.actor2) for e in evs] == [(SYRIA, "Faylaq al Rahman")]
    assert {"dt-3", "actor2-near"} <= set(evs[0].rule_ids)


def test_a_group_named_far_from_the_taking_is_not_its_counterpart(extractor):
    evs = _events(extractor, "يسيطر فيلق الرحمن على بلدات عدة في الغوطة منذ سنوات طويلة بحسب ما ذكره ناشطون معارضون في "
                             "تقارير متلاحقة نشرت خلال الأشهر الماضية عن الوضع الميداني والإنساني في المنطقة المحاصرة قرب "
                             "العاصمة. وقال متحدث باسم المرصد السوري في اتصال هاتفي إن الحملة مستمرة منذ أسابيع وإن القصف "
                             "لم يتوقف. وسيطرت قوات النظام يوم السبت على بلدة حمورية بعد معارك عنيفة.",
                  "Government regains territory")
    assert [(e.actor1, e.actor2) for e in evs] == [(SYRIA, "Opposition Rebels (Syria)")]


def test_an_ally_named_near_is_no_counterpart(extractor):
    evs = _events(extractor, "تقدم مقاتلو حزب الله نحو البلدة. وسيطرت قوات النظام يوم السبت على بلدة حمورية بعد معارك "
                             "عنيفة.", "Government regains territory")
    assert [e.actor2 for e in evs] == ["Opposition Rebels (Syria)"]


def test_the_rows_that_give_way_to_a_named_group():
    assert {"dt-3", "dt-500"} <= L.default_targets_named()
    assert "dt-1802" not in L.default_targets_named()


def test_the_rebels_and_is_take_ground_from_the_government(extractor):
    evs = _events(extractor, "استعادت فصائل المعارضة يوم السبت السيطرة على بلدة حمورية بعد هجوم معاكس. وسيطر تنظيم "
                             "داعش يوم الأحد على بلدة الميادين بعد هجوم واسع.", "Non-state actor overtakes territory")
    got = {(e.actor1, e.actor2) for e in evs}
    assert got == {("Opposition Rebels (Syria)", SYRIA), ("Islamic State (Iraq and Syria)", SYRIA)}
    assert {r for e in evs for r in e.rule_ids} >= {"dt-7800", "dt-7801"}


def test_the_people_a_deal_moves_are_no_party_to_it(extractor):
    evs = _events(extractor, "أعلنت الحكومة السورية يوم الجمعة التوصل إلى اتفاق يقضي بإجلاء المدنيين من بلدة حمورية.",
                  "Agreement")
    # the other side is Hamouriyah's holder on that date (sector_holders.tsv, g80f), not the civilians moved
    assert [(e.actor1, e.actor2) for e in evs] == [(SYRIA, "Faylaq al Rahman")]
    assert {"ar-7800", "dt-500"} <= set(evs[0].rule_ids)
    assert evs[0].confidence > 0.8  # dropped after the told counterpart supported the mention


def test_set_aside_drops_only_the_kinds_of_its_rows():
    from marsad.extract.frames import set_aside
    civ, syria = L.actor_table()["civ"], L.actor_table()["syr-mil"]
    assert set_aside("Strategic developments", "Agreement", syria, civ, "Syria") == (syria, None, ["ar-7800"])
    assert set_aside("Explosions/Remote violence", "Air/drone strike", syria, civ, "Syria") == (syria, civ, [])
