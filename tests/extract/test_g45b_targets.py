"""The target side (branch g45b): the opposition's shelling of a Syrian town with no target named falls on the people
living there (default_targets.tsv dt-23200); a change to a group's activity names no counterpart (actor_roles.tsv
rule "not-target", ar-23200..ar-23204)."""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad.model import Document
from marsad.pipeline import MetaStep

CIV = "Civilians (Syria)"
REBELS = "Opposition Rebels (Syria)"
CHANGE = "Change to group/activity"


def _run(extractor, text, published="2018-03-12"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _shelling(doc):
    return [e for e in doc.events if e.sub_event_type == "Shelling/artillery/missile attack"]


def test_rebel_shelling_of_a_town_falls_on_its_people(extractor):
    doc = _run(extractor, "قصفت فصائل المعارضة الأحد مدينة جرمانا بقذائف الهاون ما أدى إلى مقتل ثلاثة أشخاص.")
    evs = _shelling(doc)
    assert [(e.actor1, e.actor2) for e in evs] == [(REBELS, CIV)]
    assert "dt-23200" in evs[0].rule_ids


def _changes(doc):
    return [(e.actor1, e.actor2) for e in doc.events if e.sub_event_type == CHANGE]


def test_reinforcements_name_no_counterpart(extractor):
    doc = _run(extractor, "وصلت الأحد تعزيزات عسكرية جديدة إلى قوات سوريا الديمقراطية لمواجهة تنظيم داعش في ريف دير الزور.",
               published="2018-10-08")
    assert _changes(doc) == [("SDF: Syrian Democratic Forces", None)]


def test_a_withdrawal_under_a_deal_names_no_guarantor(extractor):
    # «بموجب الاتفاق الروسي التركي»: Russia guarantees the deal; it is not the side the factions withdraw from
    doc = _run(extractor, "وواصلت الفصائل المعارضة السبت سحب سلاحها الثقيل من المنطقة العازلة بموجب الاتفاق الروسي التركي.",
               published="2018-10-08")
    assert _changes(doc) == [(REBELS, None)]


def test_a_withdrawal_from_a_border_names_no_neighbour(extractor):
    doc = _run(extractor, "وقال المبعوث الروسي الخميس إن القوات الإيرانية سحبت أسلحتها الثقيلة إلى مسافة 80 كيلومترا عن "
               "هضبة الجولان التي تحتلها إسرائيل.", published="2018-08-03")
    assert _changes(doc) == [("Military Forces of Iran (1989-)", None)]


def test_not_target_rows_are_listed():
    assert {"ar-23200", "ar-23201", "ar-23202", "ar-23203", "ar-23204"} <= L.not_target_ids()


def test_not_target_drops_only_actor2():
    from marsad.extract.frames import Mention, apply_roles

    def _m(actor_id):
        # a real Mention: compiled, apply_roles checks its argument types
        return Mention("actor", 0, 1, 0, 1, L.actor_table()[actor_id])

    a1, a2 = _m("syr-mil"), _m("usa-mil")
    b1, b2, fired = apply_roles("Strategic developments", CHANGE, a1, a2, "Syria")
    assert b1 is a1 and b2 is None and fired == ["ar-23200"]
