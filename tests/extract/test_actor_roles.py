"""Actor roles: codebook rules on who may be a side, order in agreements, agents named once
per document, light verbs ("شنّ/نفّذ + غارات"), and counterparts (actor2): merged mentions never
make one side both agent and target."""
from __future__ import annotations

import pytest

from marsad.extract.frames import Mention, apply_roles
from marsad.extract import lexicons as L
from marsad.extract.step import merge_within
from marsad.model import Document, Event, Evidence
from marsad.pipeline import MetaStep

PUB = "2018-03-10"
ISRAEL = "Military Forces of Israel (1948-)"
IRAN = "Military Forces of Iran (1989-)"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB))).events


def _mention(actor_id: str) -> Mention:
    return Mention("actor", 0, 1, 0, 1, L.actor_table()[actor_id], actor_id)


def test_civilians_are_never_a_side_of_a_battle():
    a1, a2, fired = apply_roles("Battles", "Armed clash", _mention("syr-mil"), _mention("civ"), "Syria")
    assert a1.value.id == "syr-mil" and a2 is None and fired == ["ar-1"]


def test_civilians_may_be_the_target_of_a_strike():
    a1, a2, fired = apply_roles("Explosions/Remote violence", "Air/drone strike",
                                _mention("syr-mil"), _mention("civ"), "Syria")
    assert a2 is not None and a2.value.id == "civ" and not fired


def test_agreement_names_the_home_government_first_but_not_a_foreign_state():
    a1, a2, fired = apply_roles("Strategic developments", "Agreement", _mention("syr-reb"), _mention("syr-mil"), "Syria")
    assert (a1.value.id, a2.value.id, fired) == ("syr-mil", "syr-reb", ["ar-4"])
    a1, a2, fired = apply_roles("Strategic developments", "Agreement", _mention("syr-reb"), _mention("tur-mil"), "Syria")
    assert (a1.value.id, a2.value.id, fired) == ("syr-reb", "tur-mil", [])
    # g35e: Russia, which concluded the 2018 deals in Syria, is named first (ar-12902)
    a1, a2, fired = apply_roles("Strategic developments", "Agreement", _mention("syr-reb"), _mention("rus-mil"), "Syria")
    assert (a1.value.id, a2.value.id, fired) == ("rus-mil", "syr-reb", ["ar-12902"])


def test_territory_taken_after_civilians_fled_has_no_civilian_side(extractor):
    evs = _events(extractor, "سيطرت قوات النظام السوري أمس على بلدة مسرابا بعد نزوح المدنيين منها.")
    taken = [e for e in evs if e.sub_event_type == "Government regains territory"]
    assert taken and all(not (e.actor2 or "").startswith("Civilians") for e in taken)


def test_agreement_in_the_text_gets_the_government_first(extractor):
    evs = _events(extractor, "توصلت فصائل المعارضة أمس إلى اتفاق مع الحكومة السورية في مدينة درعا.")
    agr = [e for e in evs if e.sub_event_type == "Agreement"]
    assert agr and agr[0].actor1 == "Military Forces of Syria (2000-)"
    assert agr[0].actor2 == "Opposition Rebels (Syria)" and "ar-4" in agr[0].rule_ids


@pytest.mark.parametrize("text", [
    "وقال مسؤولون أمريكيون إن إسرائيل نفذت ضربات على مطار المزة العسكري قرب دمشق أمس.",
    "وقال مسؤولون إن طائرات إسرائيلية شنت الغارات على مطار المزة العسكري قرب دمشق أمس.",
])
def test_light_verb_with_strikes_is_an_air_strike_by_its_subject(extractor, text):
    evs = _events(extractor, text)
    air = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert air and air[0].actor1 == "Military Forces of Israel (1948-)"


def test_an_agentless_mention_takes_the_agent_named_elsewhere_in_the_document(extractor):
    text = ("اندلعت اشتباكات عنيفة بين الجيش العراقي وتنظيم داعش في قضاء الحويجة أمس. "
            "وفي قضاء الشرقاط، اندلعت اشتباكات مساء أمس استمرت ساعات.")
    evs = _events(extractor, text)
    clashes = [e for e in evs if e.sub_event_type == "Armed clash"]
    second = [e for e in clashes if "actor-document" in e.rule_ids]
    assert second, [(e.location, e.rule_ids) for e in clashes]
    assert second[0].actor1 == clashes[0].actor1 == "Military Forces of Iraq (2014-2018)"


def _strike_mention(start: int, actor1: str | None, actor2: str | None) -> Event:
    ev = Event("Explosions/Remote violence", "Air/drone strike", date_start="2018-03-09", date_end="2018-03-09",
               actor1=actor1, actor2=actor2, location_text="حلب", latitude=36.2, longitude=37.16,
               geo_precision=1, gazetteer_id="gn:1")
    ev.evidence = [Evidence("d", start, start + 10, "x")]
    return ev


@pytest.mark.parametrize("first, second, expected", [
    ((ISRAEL, None), (None, ISRAEL), (ISRAEL, None)),     # the target of one mention is the other's agent
    ((None, ISRAEL), (ISRAEL, None), (None, ISRAEL)),
    ((ISRAEL, None), (ISRAEL, IRAN), (ISRAEL, IRAN)),     # a named counterpart still fills the gap
    ((None, None), (ISRAEL, IRAN), (ISRAEL, IRAN)),
])
def test_merged_mentions_never_name_one_side_twice(first, second, expected):
    merged = merge_within([_strike_mention(0, *first), _strike_mention(50, *second)])
    assert len(merged) == 1
    assert (merged[0].actor1, merged[0].actor2) == expected


@pytest.mark.parametrize("text, sub, actor2, rule", [
    ("أسقطت الدفاعات الجوية السورية طائرة مسيرة قرب مطار حماة العسكري أمس.",
     "Disrupted weapons use", "Unidentified Armed Group (Syria)", "dt-2"),
    ("استعادت قوات النظام السوري السيطرة على بلدة مورك في ريف حماة أمس.",
     "Government regains territory", "Opposition Rebels (Syria)", "dt-3"),
    ("دخلت قوات النظام السوري بلدة داعل في ريف درعا أمس بموجب اتفاق مصالحة.",
     "Non-violent transfer of territory", "Opposition Rebels (Syria)", "dt-4"),
    # US strikes in Syria with no target named fell on the government
    ("شنت الولايات المتحدة ضربات صاروخية على مواقع قرب مدينة حمص فجر أمس.",
     "Shelling/artillery/missile attack", "Military Forces of Syria (2000-)", "dt-11"),
    # a counterpart named in the report is kept
    ("استعادت قوات النظام السوري السيطرة على بلدة مورك في ريف حماة أمس بعد معارك مع هيئة تحرير الشام.",
     "Government regains territory", "HTS: Hayat Tahrir al Sham", None),
])
def test_unnamed_counterpart_takes_the_coders_default(extractor, text, sub, actor2, rule):
    evs = [e for e in _events(extractor, text) if e.sub_event_type == sub]
    assert evs and evs[0].actor2 == actor2, [(e.sub_event_type, e.actor2, e.rule_ids) for e in evs]
    assert (rule in evs[0].rule_ids) if rule else not any(r.startswith("dt-") for r in evs[0].rule_ids)


def test_default_counterpart_table_rows_fit():
    assert L.default_target("Chemical weapon", "Syria", "Military Forces of Syria (2000-)")[1].id == "civ"
    # the Syrian default needs the government as actor1
    # (Turkey's has its own row: the YPG, dt-1807)
    assert L.default_target("Government regains territory", "Syria", "Military Forces of Turkey (2016-)")[0] == "dt-1807"
    assert L.default_target("Government regains territory", "Iraq", "Military Forces of Iraq (2014-2018)") is None


@pytest.mark.parametrize("text, actor1", [
    # the police of the event's country, named or (for arrests) assumed
    ("اعتقلت الشرطة الألمانية ثلاثة رجال في مدينة هامبورغ أمس.", "Police Forces of Germany"),
    ("اعتقلت قوات الأمن خمسة أشخاص في مدينة الإسكندرية أمس.", "Police Forces of Egypt"),
    ("اعتقل عشرة أشخاص في مدينة إسطنبول أمس.", "Police Forces of Turkey"),
    # a country's own row still wins over the generic one
    ("اعتقل عشرة أشخاص في مدينة البصرة أمس.", "Police Forces of Iraq (2014-2018)"),
    # spellings of the Syrian regime and of the Israeli air force
    ("قالت مصادر إن قوات موالية لنظام الرئيس بشار الأسد حاولت اقتحام مدينة حرستا أمس.", "Military Forces of Syria (2000-)"),
    ("قصف طيران العدو الإسرائيلي مواقع قرب مدينة البعث في ريف القنيطرة أمس.", "Military Forces of Israel (1948-)"),
])
def test_actor_spellings_and_generic_police(extractor, text, actor1):
    evs = _events(extractor, text)
    assert evs and evs[0].actor1 == actor1, [(e.sub_event_type, e.actor1, e.rule_ids) for e in evs]


@pytest.mark.parametrize("text, actor1, actor2", [
    # the source named after the report is not a side of it
    # (the counterpart is the coder's default for a Russian strike on a town told with no civilians, dt-41802, not
    # the army that reports)
    ("قصفت طائرات حربية روسية بلدة سراقب في ريف إدلب أمس، بحسب الجيش السوري.",
     "Military Forces of Russia (2000-)", "Opposition Rebels (Syria)"),
    ("اعتقلت الشرطة الألمانية ثلاثة رجال في مدينة هامبورغ أمس، وفقا لما ذكرته الشرطة الألمانية.",
     "Police Forces of Germany", None),
    # "قصفت مواقع لـX": X holds the positions hit, it is not the subject of the verb
    ("قالت وزارة الدفاع الروسية إن طائراتها قصفت مواقع لتنظيم داعش في مدينة البوكمال أمس.",
     "Military Forces of Russia (2000-)", "Islamic State (Iraq and Syria)"),
])
def test_sources_and_held_positions_are_not_agents(extractor, text, actor1, actor2):
    evs = _events(extractor, text)
    assert evs and (evs[0].actor1, evs[0].actor2) == (actor1, actor2), [(e.actor1, e.actor2, e.rule_ids) for e in evs]


def test_a_protest_is_the_protesters_and_the_force_that_meets_it_is_actor2(extractor):
    a1, a2, fired = apply_roles("Protests", "Protest with intervention", _mention("police"), None, "Iraq")
    assert a1 is None and a2.value.id == "police" and fired == ["ar-5"]
    a1, a2, fired = apply_roles("Protests", "Protest with intervention", _mention("irq-mil"), _mention("prot"), "Iraq")
    assert (a1.value.id, a2.value.id) == ("prot", "irq-mil") and fired == ["ar-5"]
    (ev,) = _events(extractor, "أطلقت الشرطة النار على المحتجين في مدينة الناصرية يوم الجمعة.")
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert (ev.actor1, ev.actor2) == ("Protesters (Iraq)", "Police Forces of Iraq (2014-2018)")
    (ev,) = _events(extractor, "تظاهر المئات أمام مبنى المحافظة في مدينة الناصرية يوم الجمعة.")
    assert ev.sub_event_type == "Peaceful protest" and ev.actor1 == "Protesters (Iraq)" and "actor-default" in ev.rule_ids


def test_the_un_speaks_and_brokers_but_is_no_side_of_violence():
    for et, st in (("Battles", "Armed clash"), ("Protests", "Excessive force against protesters"),
                   ("Explosions/Remote violence", "Air/drone strike")):
        a1, a2, fired = apply_roles(et, st, _mention("un"), _mention("syr-mil"), "Syria")
        assert a1 is None or a1.value.id != "un"
        assert a2 is None or a2.value.id != "un"
        assert any(f in fired for f in ("ar-7", "ar-8", "ar-10"))
    a1, a2, fired = apply_roles("Strategic developments", "Agreement", _mention("un"), _mention("syr-reb"), "Syria")
    assert a1.value.id == "un" and not fired


def test_protesters_who_clash_with_the_police_riot(extractor):
    # ACLED: a clash between demonstrators and security forces is a violent demonstration, not a battle
    (ev,) = _events(extractor, "قتل اثنان من المحتجين في اشتباكات مع قوات الأمن في مدينة السماوة يوم الأحد.")
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    # retyped by the protesters as agent (ar-12) or, first, by the protesters told beside the clash (rf-riot-3400)
    assert (ev.actor1, ev.actor2) == ("Rioters (Iraq)", "Police Forces of Iraq (2014-2018)") \
        and {"ar-12", "rf-riot-3400"} & set(ev.rule_ids)
    assert ev.fatalities == 2
    # armed groups still fight battles
    (ev,) = _events(extractor, "اشتبك مقاتلو المعارضة مع قوات النظام في مدينة درعا يوم السبت.")
    assert ev.sub_event_type == "Armed clash" and "ar-12" not in ev.rule_ids


def test_a_retype_row_needs_a_known_sub_type_and_actor(table_rows):
    rows = ({"id": "x", "event_type": "Battles", "sub_event_type": "*", "kind": "protester", "rule": "retype",
             "to": "Street party", "actor": "riot"},)
    with pytest.raises(ValueError, match="known sub-event type"):
        table_rows(L.actor_roles, rows)


@pytest.mark.parametrize("text,actor1", [
    # "التحالف" in Yemen is the Saudi-led coalition; in Syria the coalition against Daesh
    ("شنت طائرات التحالف غارات على مدينة الحديدة غربي اليمن أمس.", "Military Forces of Saudi Arabia (2015-)"),
    ("شنت طائرات التحالف غارات على مدينة الرقة شمال سوريا أمس.", "Global Coalition Against Daesh"),
])
def test_the_coalition_is_the_one_that_fights_in_the_events_country(extractor, text, actor1):
    (ev,) = _events(extractor, text)
    assert ev.actor1 == actor1


def test_a_target_recast_as_the_agent_is_dropped():
    from marsad.extract.frames import recast_by_country

    a1, a2, fired = recast_by_country(_mention("sau-coal"), _mention("coal"), "Yemen")
    assert (a1.value.id, a2, fired) == ("sau-coal", None, ["abc-1"])


@pytest.mark.parametrize("text,actor1", [
    ("قتل خمسة مدنيين أمس في قصف كثيف نفذته القوات الحكومية على بلدة نوى في ريف درعا.", "Military Forces of Syria (2000-)"),
    ("دمرت ضربات جوية غير مسبوقة شنتها الولايات المتحدة أمس مواقع في حمص.", "Military Forces of the United States (2017-2021)"),
])
def test_the_agent_of_a_relative_clause_without_a_relative_pronoun(extractor, text, actor1):
    # an indefinite noun takes its relative clause without "الذي/التي": the subject of "نفذته/شنتها" is the agent,
    # not the target (before: the government was the target of its own shelling, the US of its own strikes)
    evs = [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor1 == actor1 and evs[0].actor2 != actor1



@pytest.mark.parametrize("text, actor1, actor2", [
    # factions that leave a Syrian town under a deal hand it to the government: it is actor1, they are actor2
    ("بدأ مقاتلو فصائل المعارضة الخروج من بلدة كفرنبودة في ريف حماة أمس بموجب اتفاق.",
     "Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"),
    ("غادر مئات من مقاتلي تنظيم داعش حي الحجر الأسود جنوب دمشق أمس بموجب اتفاق مع الجيش السوري.",
     "Military Forces of Syria (2000-)", "Islamic State (Iraq and Syria)"),
    # Russia, which brokers and announces the deal, is no side of the handover
    ("أعلن مركز المصالحة الروسي مغادرة ألفي مسلح من بلدة الرحيبة في القلمون الشرقي أمس.",
     "Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"),
])
def test_town_handed_over_in_syria_is_the_governments(extractor, text, actor1, actor2):
    evs = [e for e in _events(extractor, text) if e.sub_event_type == "Non-violent transfer of territory"]
    assert evs and (evs[0].actor1, evs[0].actor2) == (actor1, actor2), [(e.actor1, e.actor2, e.rule_ids) for e in evs]


def test_role_rows_limited_to_a_country_hold_only_there():
    a1, a2, fired = apply_roles("Strategic developments", "Non-violent transfer of territory",
                                _mention("isis"), None, "Iraq")
    assert a1.value.id == "isis" and a2 is None and not fired
    a1, a2, fired = apply_roles("Strategic developments", "Non-violent transfer of territory",
                                _mention("isis"), None, "Syria")
    assert a1 is None and a2.value.id == "isis" and fired == ["ar-501"]


@pytest.mark.parametrize("text, actor2", [
    # two air forces named together: the home state's strike (the ally is ACLED's associate actor)
    ("قتل عشرة مدنيين بغارات جوية روسية وسورية على بلدة حمورية أمس.", "Civilians (Syria)"),
    # (no target named: the coder's default for a strike on a town told with no civilians, dt-41800, not the ally)
    ("أفاد المرصد بتوقف الغارات الروسية والسورية على بلدة الحراك أمس.", "Opposition Rebels (Syria)"),
    # the ally joined to the agent by "و" is no target
    ("قصفت روسيا والنظام بلدة الحراك أمس.", "Opposition Rebels (Syria)"),
])
def test_joint_strike_is_the_home_states(extractor, text, actor2):
    evs = [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor1 == "Military Forces of Syria (2000-)", [(e.actor1, e.actor2, e.rule_ids) for e in evs]
    assert evs[0].actor2 == actor2 and "ar-503" in evs[0].rule_ids


def test_holder_of_a_place_hit_by_chemicals_is_not_the_target(extractor):
    text = "قتل عشرون شخصا في هجوم كيميائي استهدف السبت مدينة دوما الخاضعة لسيطرة المعارضة."
    evs = [e for e in _events(extractor, text) if e.sub_event_type == "Chemical weapon"]
    assert evs and evs[0].actor2 == "Civilians (Syria)", [(e.actor1, e.actor2, e.rule_ids) for e in evs]
    # the holder is dropped as a chemical attack's target in Syria (ar-114501, g108f) before target-holder need act
    assert "target-holder" in evs[0].rule_ids or "ar-114501" in evs[0].rule_ids


def test_foreign_state_named_with_a_chemical_attack_in_syria_is_not_its_agent(extractor):
    text = "حملت الولايات المتحدة الحكومة السورية مسؤولية هجوم كيميائي قتل عشرات المدنيين في مدينة دوما السبت."
    evs = [e for e in _events(extractor, text) if e.sub_event_type == "Chemical weapon"]
    assert evs and evs[0].actor1 == "Military Forces of Syria (2000-)", [(e.actor1, e.actor2, e.rule_ids) for e in evs]
    a1, a2, fired = apply_roles("Explosions/Remote violence", "Chemical weapon", _mention("usa-mil"), None, "Syria")
    assert a1 is None and fired == ["ar-504"]


def test_unclaimed_mortars_in_iraq_are_an_unidentified_groups(extractor):
    text = ("قال مسؤولون إن إيران تدعم فصائل مسلحة في العراق. وسقطت ثلاث قذائف هاون داخل المنطقة الخضراء في بغداد "
            "يوم الجمعة دون أن تسفر عن إصابات.")
    evs = [e for e in extractor(MetaStep()(Document(text=text, published="2018-09-08"))).events
           if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert evs and evs[0].actor1 == "Unidentified Armed Group (Iraq)", [(e.actor1, e.rule_ids) for e in evs]
    assert "da-501" in evs[0].rule_ids


def test_side_whose_dead_a_strike_counts_is_its_target(extractor):
    text = "أعلن المرصد مقتل 12 شخصا بينهم قياديان من فيلق الرحمن في غارة جوية على بلدة حمورية أمس."
    evs = [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor2 == "Faylaq al Rahman", [(e.actor1, e.actor2, e.rule_ids) for e in evs]
    assert evs[0].actor1 == "Military Forces of Syria (2000-)" and "actor1-dead" in evs[0].rule_ids


def test_agreement_in_syria_with_no_side_named_is_the_governments_with_the_factions(extractor):
    text = "وقال مدير المرصد إنه تم اليوم التوصل إلى اتفاقات مصالحة جديدة في بلدتي المسيفرة والسهوة."
    evs = [e for e in extractor(MetaStep()(Document(text=text, published="2018-07-01"))).events
           if e.sub_event_type == "Agreement"]
    assert evs and all((e.actor1, e.actor2) == ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")
                       for e in evs), [(e.actor1, e.actor2, e.rule_ids) for e in evs]
    assert "da-502" in evs[0].rule_ids and "dt-500" in evs[0].rule_ids


def test_two_sides_of_a_clash_named_together_put_the_home_state_first(extractor):
    text = "وتشهد الغوطة الشرقية مواجهات عنيفة منذ أمس بين فصائل المعارضة السورية وقوات النظام السوري."
    evs = [e for e in _events(extractor, text) if e.sub_event_type == "Armed clash"]
    assert evs and (evs[0].actor1, evs[0].actor2) == ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")
    assert "ar-505" in evs[0].rule_ids
    # the attacker named as the subject stays first
    evs = [e for e in _events(extractor, "هاجمت فصائل المعارضة مواقع قوات النظام في ريف درعا أمس.")
           if e.sub_event_type == "Armed clash"]
    assert evs and evs[0].actor1 == "Opposition Rebels (Syria)"


def test_government_read_alone_with_an_agreement_in_syria_is_its_first_side(extractor):
    text = "أعلنت وسائل الإعلام الرسمية أمس التوصل إلى اتفاق في بلدة حرستا مع الحكومة السورية."
    evs = [e for e in extractor(MetaStep()(Document(text=text, published="2018-03-21"))).events
           if e.sub_event_type == "Agreement"]
    # the other side is Harasta's holder on that date (sector_holders.tsv, g80f), not the generic rebels
    assert evs and (evs[0].actor1, evs[0].actor2) == ("Military Forces of Syria (2000-)", "Ahrar al Sham"), \
        [(e.actor1, e.actor2, e.rule_ids) for e in evs]


def test_state_clash_with_no_other_side_is_with_the_group_the_report_names_most(extractor):
    text = ("سيطر تنظيم داعش على تلة في بادية السويداء أمس، وقال مقاتلو التنظيم إنهم سيواصلون الهجوم. "
            "وحاولت قوات النظام اقتحام بلدة الكسوة في ريف دمشق أمس.")
    evs = [e for e in _events(extractor, text) if e.sub_event_type == "Armed clash"]
    assert evs and (evs[0].actor1, evs[0].actor2) == ("Military Forces of Syria (2000-)",
                                                       "Islamic State (Iraq and Syria)"), \
        [(e.actor1, e.actor2, e.rule_ids) for e in evs]
    assert "actor2-document" in evs[0].rule_ids


def test_adjective_after_a_place_names_its_country_not_a_side(extractor):
    text = "تمكنت القوات التركية من السيطرة على مدينة عفرين السورية أمس بعد معارك استمرت شهرين."
    evs = [e for e in _events(extractor, text) if e.event_type == "Battles" and e.location_text == "عفرين"]
    assert evs and evs[0].actor1 == "Military Forces of Turkey (2016-)", [(e.sub_event_type, e.actor1, e.rule_ids) for e in evs]


@pytest.mark.parametrize("text, actor2, rule", [
    # an Israeli strike in Syria with no target named fell on the government's forces
    ("شنت طائرات إسرائيلية غارات على مطار الضمير العسكري في ريف دمشق فجر أمس.", "Military Forces of Syria (2000-)",
     "dt-1800"),
    # the government's and Russia's strikes on a town with no target named fell on the people living there when the
    # report tells of civilians harmed (g60f) ...
    ("قصفت طائرات النظام السوري بلدة كفرنبل في ريف إدلب أمس. وتحدث الأهالي عن مجزرة.", "Civilians (Syria)", "dt-1802"),
    ("شنت طائرات روسية غارات على بلدة التمانعة في ريف إدلب أمس. وتحدث الأهالي عن مجزرة.", "Civilians (Syria)", "dt-1804"),
    # ... else on the opposition
    ("قصفت طائرات النظام السوري بلدة كفرنبل في ريف إدلب أمس.", "Opposition Rebels (Syria)", "dt-41800"),
    ("شنت طائرات روسية غارات على بلدة التمانعة في ريف إدلب أمس.", "Opposition Rebels (Syria)", "dt-41802"),
    # ... not a strike placed at the country only
    ("قصفت طائرات النظام السوري مواقع في سوريا أمس.", None, None),
    # ... and the side named as holding the town struck stays the counterpart
    ("قصفت طائرات النظام السوري بلدة كفرنبل الخاضعة لسيطرة الفصائل في ريف إدلب أمس.", "Opposition Rebels (Syria)", None),
])
def test_strikes_in_syria_take_the_coders_counterpart(extractor, text, actor2, rule):
    evs = [e for e in _events(extractor, text) if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor2 == actor2, [(e.sub_event_type, e.actor2, e.rule_ids) for e in evs]
    assert (rule in evs[0].rule_ids) if rule else not any(r.startswith("dt-") for r in evs[0].rule_ids)


def test_town_only_default_counterpart_needs_a_town():
    syria = "Military Forces of Syria (2000-)"
    assert L.default_target("Air/drone strike", "Syria", syria, at_town=True)[0] == "dt-1802"
    assert L.default_target("Air/drone strike", "Syria", syria) is None


@pytest.mark.parametrize("text, sub, actor1", [
    # a verb carrying its plural subject ("هاجموا") has the protesters before it as agent, not the adjective of the
    # building after it
    ("قال شهود إن المحتجين هاجموا مقر قناة العراقية في مدينة الناصرية أمس.", "Violent demonstration", "Rioters (Iraq)"),
    # the agent of a passive after "على يد", a quote mark opening its name (the abducted found dead: an attack, rf-vac-3403)
    ('عثرت الشرطة على جثث ستة أشخاص خطفوا على يد "داعش" قرب كركوك أمس.', "Attack",
     "Islamic State (Iraq and Syria)"),
])
def test_verb_carrying_its_subject_takes_no_agent_after_it(extractor, text, sub, actor1):
    evs = [e for e in _events(extractor, text) if e.sub_event_type == sub]
    assert evs and evs[0].actor1 == actor1, [(e.sub_event_type, e.actor1, e.rule_ids) for e in _events(extractor, text)]


@pytest.mark.parametrize("text, actor2", [
    # a protest told with stones thrown by the crowd is a riot, the force that met it its counterpart
    ("أطلقت الشرطة الغاز المسيل للدموع على متظاهرين كانوا يرشقون مبنى المحافظة في الناصرية بالحجارة أمس.",
     "Police Forces of Iraq (2014-2018)"),
    # a protest called violent is a riot
    ("خرج آلاف إلى شوارع الناصرية أمس في احتجاجات عنيفة لليوم الثالث على التوالي.", None),
    # protesters who strike at buildings riot; they do not shell
    ("استهدف المحتجون أمس عددا من مباني الإدارة المحلية في الناصرية.", None),
])
def test_violent_protest_is_a_riot(extractor, text, actor2):
    evs = _events(extractor, text)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [("Violent demonstration", "Rioters (Iraq)", actor2)], \
        [(e.sub_event_type, e.actor1, e.actor2, e.rule_ids) for e in evs]


def test_protesters_hit_by_a_grenade_stay_its_target(extractor):
    evs = _events(extractor, "ألقى مجهولون قنبلة يدوية على المتظاهرين في الناصرية أمس.")
    assert evs and evs[0].sub_event_type == "Grenade" and evs[0].actor2 == "Protesters (Iraq)", \
        [(e.sub_event_type, e.actor1, e.actor2, e.rule_ids) for e in evs]


def test_jordanian_gendarmerie_killed_is_the_target(extractor):
    evs = _events(extractor, "قتل ضابط من قوات الدرك الأردنية في انفجار عبوة ناسفة قرب مدينة الفحيص مساء أمس.")
    assert evs and evs[0].actor2 == "Police Forces of Jordan (1946-)", \
        [(e.sub_event_type, e.actor1, e.actor2, e.rule_ids) for e in evs]


@pytest.mark.parametrize("text, sub, rule", [
    # Turkey's taking of ground and strikes in Syria with no other side named are against the YPG
    # (a foreign state's taking is a regaining, ar-3100, q20e)
    ("سيطرت القوات التركية على بلدة جنديرس في ريف عفرين أمس.", "Government regains territory", "dt-1807"),
    ("قصفت المدفعية التركية بلدة جنديرس في ريف عفرين أمس.", "Shelling/artillery/missile attack", "dt-1808"),
])
def test_turkish_operations_in_syria_are_against_the_ypg(extractor, text, sub, rule):
    evs = [e for e in _events(extractor, text) if e.sub_event_type == sub]
    assert evs and evs[0].actor2 == "YPG: People's Protection Units" and rule in evs[0].rule_ids, \
        [(e.sub_event_type, e.actor2, e.rule_ids) for e in evs]


@pytest.mark.parametrize("text", [
    # a nationality adjective after a head noun of targets, sites or depots names whose they are (function_words
    # target_head, head_modifier): the strike fell on Iran's forces, not on the host state's by default
    "شنت الطائرات الإسرائيلية غارات على عشرة أهداف إيرانية قرب مدينة حمص فجر أمس.",
    "قصفت طائرات إسرائيلية منشأة إيرانية قرب مدينة حمص فجر أمس.",
    "قصفت الطائرات الإسرائيلية مستودعات أسلحة إيرانية قرب مدينة حمص فجر أمس.",
    "قصفت الطائرات الإسرائيلية المواقع العسكرية الإيرانية قرب مدينة حمص فجر أمس.",
])
def test_israeli_strike_on_sites_named_iranian_targets_iran(extractor, text):
    evs = _events(extractor, text)
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Israel (1948-)", "Military Forces of Iran (1989-)")], \
        [(e.sub_event_type, e.actor1, e.actor2, e.rule_ids) for e in evs]


def test_dual_nisba_of_the_missiles_names_the_agent(extractor):
    # "صاروخان إسرائيليان": the dual adjective names who fired them (actors.tsv adjectives), not the default
    evs = _events(extractor, "سقط صاروخان إسرائيليان على مستودعات أسلحة لحزب الله قرب مطار دمشق الدولي فجر أمس.")
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Israel (1948-)", "Hezbollah")], \
        [(e.sub_event_type, e.actor1, e.actor2, e.rule_ids) for e in evs]


@pytest.mark.parametrize("text", [
    # the singular verb before its plural subject (tr-riot-2300..2302)
    "أحرق متظاهرون غاضبون مقر المجلس البلدي في مدينة البصرة أمس.",
    # the crowd named inside the verb phrase riots, not the owner of the building after it (subject-inside)
    "أحرق المتظاهرون مبنى القنصلية الإيرانية في البصرة أمس.",
])
def test_protesters_who_set_fire_riot(extractor, text):
    evs = _events(extractor, text)
    assert [(e.sub_event_type, e.actor1) for e in evs] == [("Violent demonstration", "Rioters (Iraq)")], \
        [(e.sub_event_type, e.actor1, e.actor2, e.rule_ids) for e in evs]
