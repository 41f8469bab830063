"""A salvo a strike answered, retold within the month (g99k): «قصفت إسرائيل في 12 تموز مواقع ... ردا على إطلاق
قذائف صاروخية على الجولان» in a report a week later tells the rocket fire of that night as a happening of its own
(event_types.tsv answer_span, rule answered-span-65100), not the answerer's. A chemical attack answered days later is
not dated by its answer, and a salvo answered more than a month before publication stays history."""
from __future__ import annotations

from marsad_testdata import read_doc

ISRAEL = "Military Forces of Israel (1948-)"
SHELLING = "Shelling/artillery/missile attack"
RETOLD = ("وكانت الطائرات الإسرائيلية قد قصفت في 12 تموز/يوليو مواقع عسكرية في ريف القنيطرة ردا على إطلاق قذائف "
          "صاروخية على هضبة الجولان.")


def _acts(doc):
    return [(e.sub_event_type, e.actor1, e.location, e.date_end, list(e.rule_ids)) for e in doc.events]


def test_salvo_answered_a_week_before_is_an_event_of_its_own(extractor):
    acts = _acts(read_doc(extractor, RETOLD, "2018-07-20"))
    answered = [a for a in acts if "answered-span-65100" in a[4]]
    assert len(answered) == 1, acts
    sub, actor1, location, day, _ = answered[0]
    assert (sub, location, day) == (SHELLING, "Golan", "2018-07-12"), acts


def test_site_struck_by_the_answer_does_not_make_the_answerer_its_attacker(extractor):
    # «مواقع عسكرية» is the answer's target: the own-site guess named Israel the salvo's attacker (the report of the
    # next day, where the salvo was kept before g99k too)
    acts = _acts(read_doc(extractor, RETOLD, "2018-07-13"))
    answered = [a for a in acts if "answered-act" in a[4]]
    assert answered and all(a[1] != ISRAEL for a in answered), acts


def test_salvo_answered_more_than_a_month_before_stays_history(extractor):
    # a guard: the same sentence six weeks later
    acts = _acts(read_doc(extractor, RETOLD, "2018-08-25"))
    assert not any("answered-act" in a[4] for a in acts), acts


def test_chemical_attack_answered_a_week_later_is_not_dated_by_its_answer(extractor):
    # a guard: a chemical attack is answered by a decision days later, so the answer's day is not its own
    text = ("وشنت القوات الأمريكية في 14 نيسان/أبريل ضربات على مواقع عسكرية قرب دمشق ردا على هجوم كيميائي على "
            "بلدة في ريف العاصمة.")
    acts = _acts(read_doc(extractor, text, "2018-04-20"))
    assert not any(a[0] == "Chemical weapon" for a in acts), acts
