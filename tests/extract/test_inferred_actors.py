"""Inferred actors (q8d): a bomb, mine or IED whose perpetrator the report does not name is an
Unidentified Armed Group's (ACLED), not the document's main actor; a suicide bombing may take the
agent the document names for suicide bombings; when no mention of a merged event names an agent, the
agent inferred for the sub-type the event keeps wins; a chemical attack whose counterpart was read as the
Syrian government names the accused, who is its agent (default_actors.tsv: id, borrow, accused)."""
from __future__ import annotations

import pytest

from marsad.extract import lexicons as L
from marsad.extract.step import merge_within
from marsad.model import Document, Event, Evidence
from marsad.pipeline import MetaStep

PUB = "2018-03-10"


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB))).events


def _of(events, sub_event_type):
    return [e for e in events if e.sub_event_type == sub_event_type]


@pytest.mark.parametrize("text,actor1", [
    # the document's main actor (the army that shelled, the police that arrested) did not plant the bomb
    ("قصفت قوات النظام السوري بلدة كفرنبل بريف إدلب يوم الجمعة. "
     "وقتل ثلاثة مدنيين في انفجار عبوة ناسفة في مدينة إدلب يوم السبت.", "Unidentified Armed Group (Syria)"),
    ("قالت الشرطة العراقية إنها اعتقلت عشرين مطلوبا في بغداد يوم الجمعة. "
     "وقتل ثلاثة أشخاص بانفجار سيارة مفخخة في مدينة الموصل يوم السبت.", "Unidentified Armed Group (Iraq)"),
])
def test_a_bomb_with_no_named_perpetrator_is_an_unidentified_armed_groups(extractor, text, actor1):
    (ev,) = _of(_events(extractor, text), "Remote explosive/landmine/IED")
    assert ev.actor1 == actor1 and "da-13" in ev.rule_ids
    assert "actor-fallback" not in ev.rule_ids


@pytest.mark.parametrize("borrow,actor1", [("yes", "Islamic State (Iraq and Syria)"),
                                             ("no", "Unidentified Armed Group (Syria)")])
def test_a_suicide_bombing_takes_the_agent_named_for_suicide_bombings(extractor, monkeypatch, borrow, actor1):
    row = L.DefaultActor("x", L.actor_table()["unid"], borrow == "yes", "no")
    monkeypatch.setattr(L, "default_actors", lambda: {("*", "Suicide bomb"): row})
    evs = _of(_events(extractor, "أعلن تنظيم داعش أنه نفذ تفجيرا انتحاريا في مدينة البوكمال يوم الجمعة. "
                                  "وفي مدينة الميادين قتل خمسة أشخاص في تفجير انتحاري آخر يوم الأحد."),
              "Suicide bomb")
    assert [e.actor1 for e in evs] == ["Islamic State (Iraq and Syria)", actor1]


def test_a_merged_suicide_bombing_keeps_its_own_default_not_the_documents_agent(extractor):
    # "استهدف" alone reads as a strike and takes the document's agent (the Iraqi army); the event is the
    # suicide bombing, whose agent is not named
    (ev,) = _of(_events(extractor, "قال الجيش العراقي إنه قتل عشرين مسلحا في صحراء الأنبار يوم الجمعة. "
                                    "واستهدف هجوم انتحاري سوقا شعبيا في مدينة كركوك يوم السبت."), "Suicide bomb")
    assert ev.actor1 == "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize("text", [
    "قتل عشرون شخصا في هجوم كيميائي على مدينة سراقب يوم السبت نسبته تقارير إلى النظام السوري.",
    # the document's main actor (Russia) is not the agent either
    "قصفت الطائرات الروسية مدينة أريحا يوم الجمعة. "
    "وقتل عشرون شخصا بهجوم كيميائي على مدينة سراقب يوم السبت يشتبه في أن النظام السوري شنه.",
])
def test_the_government_accused_of_a_chemical_attack_is_its_agent(extractor, text):
    (ev,) = _of(_events(extractor, text), "Chemical weapon")
    assert (ev.actor1, ev.actor2) == ("Military Forces of Syria (2000-)", "Civilians (Syria)")
    # the suspicion frame (q16a, function_words suspect_head) reads the accused before the default does
    assert "actor-accused" in ev.rule_ids or "actor-suspected" in ev.rule_ids


def test_an_air_strike_with_the_government_read_as_its_target_is_the_governments_without_another_state(extractor):
    # the document's main actors are rebels, who fly no aircraft: "الغارات الجوية لقوات النظام" names the agent
    (ev,) = _of(_events(extractor, "قالت فصائل المعارضة السورية إنها تسيطر على مدينة معرة النعمان يوم الجمعة. "
                                    "وقتل عشرة مدنيين في الغارات الجوية المكثفة لقوات النظام السوري على مدينة "
                                    "معرة النعمان يوم السبت."), "Air/drone strike")
    assert (ev.actor1, ev.actor2) == ("Military Forces of Syria (2000-)", "Civilians (Syria)")
    # with another state among the document's actors (Israel), the government hit stays the target
    evs = _of(_events(extractor, "قالت فصائل المعارضة السورية إن إسرائيل قصفت مطار المزة يوم الجمعة. وقالت "
                                 "الفصائل إن الغارات الجوية استهدفت مواقع قوات النظام السوري في مدينة حمص يوم السبت."),
              "Air/drone strike")
    # (the Israeli strike on Mezzeh is an air strike too since Israel strikes Syria from the air only)
    evs = [e for e in evs if e.location == "Homs"]
    assert evs and all(e.actor2 == "Military Forces of Syria (2000-)" and "actor-accused" not in e.rule_ids
                       for e in evs)


GOV, REBELS = "Military Forces of Syria (2000-)", "Opposition Rebels (Syria)"


def _taking(start: int, actor1: str | None, actor2: str | None, rules: list[str]) -> Event:
    ev = Event("Strategic developments", "Government regains territory", date_start="2018-07-10",
               date_end="2018-07-10", actor1=actor1, actor2=actor2, location_text="درعا", latitude=32.62,
               longitude=36.1, geo_precision=1, gazetteer_id="gn:1", rule_ids=rules)
    ev.evidence = [Evidence("d", start, start + 10, "x")]
    return ev


@pytest.mark.parametrize("first, expected", [
    # the document's agent (the rebels) taken against the government, then the government named as the agent
    ((REBELS, GOV, ["actor-fallback"]), (GOV, REBELS)),
    # no agent at all: the target told in one mention is not made the agent by another
    ((None, GOV, []), (None, GOV)),
])
def test_an_agent_read_beats_an_inferred_one_that_had_it_as_counterpart(first, expected):
    merged = merge_within([_taking(0, *first), _taking(50, GOV, REBELS, [])])
    assert len(merged) == 1 and (merged[0].actor1, merged[0].actor2) == expected


@pytest.mark.parametrize("row,match", [
    ({"id": "x", "country": "*", "sub_event_type": "Bombing", "actor": "unid", "borrow": "no",
      "accused": "no"}, "sub-event type"),
    ({"id": "x", "country": "*", "sub_event_type": "Suicide bomb", "actor": "nobody", "borrow": "no",
      "accused": "no"}, "actor id"),
    ({"id": "x", "country": "*", "sub_event_type": "Suicide bomb", "actor": "unid", "borrow": "maybe",
      "accused": "no"}, "borrow"),
    ({"id": "x", "country": "*", "sub_event_type": "Suicide bomb", "actor": "unid", "borrow": "no",
      "accused": "maybe"}, "accused"),
])
def test_a_default_actor_row_is_checked(table_rows, row, match):
    with pytest.raises(ValueError, match=match):
        table_rows(L.default_actors, (row,))


def test_unattributed_strike_in_a_report_of_a_foreign_strike_is_that_states(extractor):
    from marsad.model import Document
    from marsad.pipeline import MetaStep
    text = ("قال مسؤولان أميركيان أمس إن إسرائيل نفذت ضربات جوية على مواقع قرب مدينة حمص. "
            "وقتل 14 شخصا في الضربة الصاروخية التي استهدفت مطار التيفور العسكري أمس.")
    evs = [e for e in extractor(MetaStep()(Document(text=text, published="2018-04-10"))).events
           if e.event_type == "Explosions/Remote violence"]
    assert evs and all(e.actor1 == "Military Forces of Israel (1948-)" for e in evs), \
        [(e.location_text, e.actor1, e.rule_ids) for e in evs]
    # the government's own strikes keep the government's default
    text = "قصفت قوات النظام بلدة كفرزيتا أمس. وقتل خمسة مدنيين في الضربة الصاروخية على بلدة اللطامنة أمس."
    evs = [e for e in extractor(MetaStep()(Document(text=text, published="2018-04-10"))).events
           if e.event_type == "Explosions/Remote violence"]
    assert evs and all(e.actor1 == "Military Forces of Syria (2000-)" for e in evs)
