"""g102l: a weapon's attack told only as the reason or the object of a reaction («ردا على هجوم كيماوي مفترض في بلدة
X»، «على خلفية الهجوم الكيماوي في X»، «للتحقيق في الهجوم الكيماوي على X») with its own place right after its noun is a
happening of its own, as the dev gold and careful coders code it: one Chemical weapon event there, dated by its own day
or the document's day of it, else by the week up to the report (event_types.tsv retold rt-74600, step
_retold_own_place). Composed sentences."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-02-14"  # a Wednesday: «الأحد» is 11 February
CHEM = "Chemical weapon"


def _chem(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == CHEM]


def test_an_attack_answered_by_strikes_is_coded_at_its_own_place(extractor):
    ev = _chem(extractor, "شنت طائرات حربية فجر الثلاثاء غارات على مواقع للجيش في ريف حماة، ردا على هجوم كيماوي "
                          "مفترض على بلدة كفرزيتا أوقع عشرات القتلى.")
    assert len(ev) == 1 and "rt-74600" in ev[0].rule_ids
    assert ev[0].location == "Kafr Zaytā"
    # the strikes' day is not the attack's: the week up to the report
    assert (ev[0].date_start, ev[0].date_end) == ("2018-02-07", "2018-02-14")


def test_an_attack_inspected_or_behind_a_threat_is_coded(extractor):
    # the object of an inquiry («للتحقيق في») and the reason of a threat («على خلفية»): the attack at its own town
    inquiry = "وصل مفتشو منظمة حظر الأسلحة الكيماوية إلى دمشق للتحقيق في الهجوم الكيماوي على مدينة سراقب."
    threat = "قالت فرنسا إنها ستقرر الرد على خلفية الهجوم الكيماوي في مدينة سراقب."
    assert [(e.location, "rt-74600" in e.rule_ids) for e in _chem(extractor, inquiry) + _chem(extractor, threat)] \
        == [("Saraqib", True)] * 2


def test_a_retelling_folds_into_the_attack_told_on_its_day(extractor):
    ev = _chem(extractor, "ألقت مروحيات الجيش يوم الأحد براميل محملة بغاز الكلور على مدينة سراقب. وقالت فرنسا إنها "
                          "ستقرر الرد على خلفية الهجوم الكيماوي في مدينة سراقب.")
    assert len(ev) == 1 and "rt-74600" in ev[0].rule_ids
    assert ev[0].date_start == "2018-02-11"


def test_no_attack_of_last_year_a_month_named_any_attack_or_the_plural(extractor):
    for text in ("وفي العام الماضي، شنت واشنطن ضربة صاروخية ردا على هجوم كيماوي على بلدة اللطامنة.",
                 "وكانت الطائرات قصفت في أكتوبر الماضي مواقع ردا على هجوم كيماوي على بلدة اللطامنة.",
                 "تعهد الرئيس بالرد على أي هجوم كيماوي على مدينة سراقب.",
                 "دعت الدول الغربية إلى محاسبة المسؤولين ردا على الهجمات الكيماوية في سوريا."):
        assert _chem(extractor, text) == [], text


def test_no_attack_at_the_place_where_the_reaction_was(extractor):
    # the airports were emptied in Homs; the attack reported has no place of its own
    assert _chem(extractor, "أخلى الجيش مطارات في مدينة حمص على خلفية تقارير عن هجوم كيماوي.") == []
