"""g98v: a side named right after the verb that opens the next clause (after a comma or «و») is that verb's subject,
not a side of the act told before it. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import pairs_of

PUB = "2018-05-08"
RUS = "Military Forces of Russia (2000-)"
ISR = "Military Forces of Israel (1948-)"


def test_next_clause_subject_is_no_target(extractor) -> None:
    text = ("ألقت مروحيات روسية منشورات فوق بلدة معرة النعمان يوم الأحد، "
            "وقصفت قوات النظام السوري قرية التمانعة.")
    assert pairs_of(extractor, text, "Other", PUB) == [(RUS, None)]


def test_guard_positions_after_the_verb_stay_the_target(extractor) -> None:
    # "واستهدفت مواقع إيرانية": the side after a position word is the object's owner, the strike's target
    text = "شنت الطائرات الإسرائيلية غارات على مطار التيفور يوم الأحد واستهدفت مواقع إيرانية في المطار."
    assert pairs_of(extractor, text, "Air/drone strike", PUB) == [(ISR, "Military Forces of Iran (1989-)")]


def test_guard_counted_dead_stay_the_target(extractor) -> None:
    # "وقتل 5 من عناصر حزب الله": a count stands between the verb and the side: no subject
    text = "قصفت الطائرات الإسرائيلية مواقع في ريف دمشق يوم الأحد، وقتل 5 من عناصر حزب الله في القصف."
    assert pairs_of(extractor, text, "Air/drone strike", PUB) == [(ISR, "Hezbollah")]
