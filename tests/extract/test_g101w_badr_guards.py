"""g101w: the Badr Organization (actors.tsv irq-badr-73500); «برصاص حراس مقر X» names the group X owning the office as
who fired (frames._fire_owner, function_words fire_guard/fire_site), after a noun or a killing verb; a non-state
group's men shooting protesters attack them, excessive force is the state's; «المقربة من» names a patron
(ally_of_actor). Composed sentences."""
from __future__ import annotations

from marsad_testdata import pairs_of, read_doc

BADR = "Badr Organization"


def test_guards_of_an_office_fire_for_its_group_after_a_verb(extractor) -> None:
    text = "قتل محتج شاب مساء السبت برصاص حراس مقر منظمة بدر في مدينة العمارة جنوب العراق."
    assert (BADR, "Civilians (Iraq)") in pairs_of(extractor, text, "Attack", "2018-07-22")


def test_guards_of_an_office_fire_for_its_group_after_a_noun(extractor) -> None:
    text = "وقال مسعفون إن محتجا توفي فجر الأحد متأثرا بإصابته برصاص حراس مقر فيلق بدر في مدينة العمارة."
    assert (BADR, "Civilians (Iraq)") in pairs_of(extractor, text, "Attack", "2018-07-22")


def test_rioters_storming_the_office_have_no_owner_as_side(extractor) -> None:
    # g111q: the owner of the office rioters stormed is no side of the riot (actor2 the force that met them, or none;
    # filters.without_owners_of_riots); g101w had Badr as the target here
    text = "واقتحم محتجون غاضبون مقر منظمة بدر في مدينة العمارة مساء السبت وأضرموا النار فيه."
    pairs = [p for e in read_doc(extractor, text, "2018-07-22").events if e.event_type == "Riots"
             for p in [(e.actor1, e.actor2)]]
    assert ("Rioters (Iraq)", None) in pairs


def test_close_to_a_state_names_a_patron_not_a_side(extractor) -> None:
    text = "قتل محتج شاب مساء السبت برصاص حراس مقر منظمة بدر المقربة من طهران في مدينة العمارة."
    pairs = pairs_of(extractor, text, "Attack", "2018-07-22")
    assert (BADR, "Civilians (Iraq)") in pairs and not any("Iran" in (a or "") for p in pairs for a in p)


def test_guards_of_a_state_building_stay_the_police(extractor) -> None:
    # guard: the office of no group («مقر المحافظة») gives no group; the protester's killing stays the state's force
    text = "قتل محتج شاب مساء السبت برصاص حراس مقر المحافظة في مدينة العمارة جنوب العراق."
    evs = read_doc(extractor, text, "2018-07-22").events
    assert evs and all(e.actor1 != BADR for e in evs)
    assert any(e.sub_event_type == "Excessive force against protesters" for e in evs)
