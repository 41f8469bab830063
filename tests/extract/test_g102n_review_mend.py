"""g102n: the mends of review s33's findings on g102c-g102i (docs/quality.md, ## g102n). Composed sentences.

1. a deal told made by its side (made-side-73700) is dated by its own day only when that day is told after its made
   verb inside its phrase; another act's day told later in the sentence gives the report's week (made-side-week-73701);
2. a deal dropped as placed only from another sentence stands behind no week deal of its province;
3. «و» + a relative, a preposition or «إلا» after a state's nisba joins no second owner (merge._joined_after);
4. bodies found with no armed group named after them cite no killer (bodies-killer-74006), nor the picks undone;
5. a named group's armed_agent killing that drops a side read as its target cites victims-not-side-74800, not
   gunmen-group-74001 (kept for unknown gunmen whose group is named beside them).
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

from marsad.model import Document, Event, Evidence

PUB = "2018-05-12"  # a Saturday: «الخميس» is 10 May
KILL_PUB = "2018-05-04"


def _deals(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Agreement"]


# 1 ---------------------------------------------------------------------------------------------------------------

def test_another_acts_day_told_after_the_deal_is_not_the_deals_own(extractor):
    # «يوم الخميس» is the day the fighters left, told after the deal's phrase closed at the comma
    ev = _deals(extractor, "وبموجب الاتفاق الذي أبرمته روسيا مع الفصائل، خرج 500 مسلح من مدينة دوما يوم الخميس.")
    assert len(ev) == 1 and "made-side-73700" in ev[0].rule_ids
    assert "made-side-week-73701" in ev[0].rule_ids
    assert (ev[0].date_start, ev[0].date_end) == ("2018-05-05", "2018-05-12")


def test_the_deals_own_day_after_its_made_verb_dates_it(extractor):
    # guard: the day told after «وقعته» inside the phrase is the deal's own
    ev = _deals(extractor, "ونص الاتفاق الذي وقعته فصائل المعارضة مع روسيا يوم الخميس على خروج المسلحين من بلدة الضمير "
                           "في ريف دمشق.")
    assert len(ev) == 1 and "made-side-73700" in ev[0].rule_ids
    assert "made-side-week-73701" not in ev[0].rule_ids
    assert ev[0].date_start == "2018-05-10"


# 2 ---------------------------------------------------------------------------------------------------------------

def _deal(text: str, start: int, rules: list[str], location: str | None, day: tuple[str, str]) -> Event:
    return Event(event_type="Strategic developments", sub_event_type="Agreement", country="Syria", admin1="Homs",
                 location=location, date_start=day[0], date_end=day[1], rule_ids=rules,
                 evidence=[Evidence(doc_id="d", start=start, end=start + len(text), text=text)])


def test_a_deal_dropped_for_its_place_does_not_take_a_week_deal_with_it():
    from marsad.extract.step import _without_known_week_deals

    placed_elsewhere = _deal("وقال المرصد إن الاتفاق الذي وقعته حركة أحرار الشام مع روسيا يوم الخميس دخل حيز التنفيذ.",
                             0, ["tr-agr-3", "made-side-73700", "place-context"], "Ar Rastan",
                             ("2018-05-10", "2018-05-10"))
    week = _deal("وتجمعت حافلات في مدينة تلبيسة بريف حمص بموجب اتفاق أبرمته روسيا مع الفصائل المسلحة.", 100,
                 ["tr-agr-1", "made-side-73700", "made-side-week-73701"], "Tallbīsah", ("2018-05-05", "2018-05-12"))
    doc = Document(text="", published=PUB)
    kept = _without_known_week_deals(doc, [placed_elsewhere, week])
    assert kept == [week]
    assert [d["rule_id"] for d in doc.dropped] == ["made-side-73700"]


def test_a_week_deal_beside_a_kept_dated_deal_of_its_province_is_still_dropped():
    # guard: the filter's own purpose (g102c) stands
    from marsad.extract.step import _without_known_week_deals

    dated = _deal("توصلت الحكومة السورية الخميس إلى اتفاق مع الفصائل في مدينة تلبيسة.", 0, ["tr-agr-1"], "Tallbīsah",
                  ("2018-05-10", "2018-05-10"))
    week = _deal("وتجمعت حافلات في مدينة تلبيسة بريف حمص بموجب اتفاق أبرمته روسيا مع الفصائل المسلحة.", 100,
                 ["tr-agr-1", "made-side-73700", "made-side-week-73701"], "Tallbīsah", ("2018-05-05", "2018-05-12"))
    doc = Document(text="", published=PUB)
    assert _without_known_week_deals(doc, [dated, week]) == [dated]


# 3 ---------------------------------------------------------------------------------------------------------------

def _joined(text: str) -> bool:
    from marsad.extract.merge import _joined_after, _sentence_tokens

    toks = _sentence_tokens(text)
    return _joined_after(toks, next(i for i, t in enumerate(toks) if t.norm.startswith("روسي")))


@pytest.mark.parametrize("text", [
    "نفذت طائرات حربية روسية والتي تحلق فوق إدلب غارات على بلدة سراقب",
    "شنت مقاتلات روسية وإلى جانبها طائرات استطلاع غارات على ريف حلب",
    "لم تنفذ أي طائرات روسية والا لسمعنا صوتها",
    "حلقت طائرات حربية روسية وضربت سورية مرة أخرى",  # a verb, then a nisba: no «وأخرى» between
])
def test_a_relative_preposition_or_verb_after_the_nisba_joins_no_owner(text):
    assert not _joined(text)


@pytest.mark.parametrize("text", [
    "غارات جوية روسية وسورية على ريف إدلب",
    "غارات جوية روسية وأخرى سورية على ريف إدلب",
    "غارات جوية روسية والتابعة للنظام على ريف إدلب",
    "غارات جوية روسية أو سورية على ريف إدلب",
])
def test_a_second_owner_joined_after_the_nisba_is_still_read(text):
    assert _joined(text)


# 4, 5 ------------------------------------------------------------------------------------------------------------

def test_bodies_found_with_no_group_named_cite_no_killer(extractor):
    doc = read_doc(extractor, "عثرت القوات الأمنية يوم الخميس على جثث سبعة مخطوفين مقتولين بإطلاق نار قرب مدينة تكريت.",
                   KILL_PUB)
    vac = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert len(vac) == 1 and "agent-gunmen" in vac[0].rule_ids
    assert "bodies-killer-74006" not in vac[0].rule_ids


def test_bodies_of_captives_held_by_a_group_still_cite_it_as_killer(extractor):
    # guard
    doc = read_doc(extractor, "عثرت الشرطة يوم الخميس على جثث خمسة شبان مخطوفين لدى تنظيم داعش قرب مدينة تكريت.",
                   KILL_PUB)
    vac = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert len(vac) == 1 and vac[0].actor1 == "Islamic State (Iraq and Syria)"
    assert "bodies-killer-74006" in vac[0].rule_ids


def test_a_named_groups_killing_drops_a_side_read_as_its_target_under_its_own_id(extractor):
    doc = read_doc(extractor, "أقدم مسلحون من داعش على قتل ثلاثة رعاة قرب مواقع للجيش العراقي في صحراء الأنبار يوم "
                              "الخميس.", KILL_PUB)
    ev = [e for e in doc.events if "tr-vac-74000" in e.rule_ids]
    assert len(ev) == 1 and ev[0].actor1 == "Islamic State (Iraq and Syria)"
    assert "victims-not-side-74800" in ev[0].rule_ids and "gunmen-group-74001" not in ev[0].rule_ids


def test_unknown_gunmen_of_a_named_group_still_cite_gunmen_group(extractor):
    # guard
    doc = read_doc(extractor, "قتل مسلحون مجهولون ينتمون لتنظيم داعش ستة أشخاص عند حاجز وهمي على طريق كركوك يوم "
                              "الخميس.", KILL_PUB)
    ev = [e for e in doc.events if "tr-vac-74000" in e.rule_ids]
    assert len(ev) == 1 and ev[0].actor1 == "Islamic State (Iraq and Syria)"
    assert "victims-not-side-74800" not in ev[0].rule_ids
