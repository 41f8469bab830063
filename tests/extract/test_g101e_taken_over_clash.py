"""g101e: an advance told inside a named area or town is a taking (tr-terr-71900, 71901; «تقدم* نحو» only a
clash, tr-clash-71902), and a taking that names the place it took («سيطرت على بلدة X»، «بعد سيطرتها على بلدة X»)
folded with the armed clash fought at that place keeps its taking sub-type, even when the clash mention is the more
confident (merge._taken_over_clash, rule id taken-over-clash-71903). Control told only as a state stays a clash.
Composed sentences."""
from __future__ import annotations

import pytest
from marsad_testdata import subs_and_rules

REGAINS = "Government regains territory"
TAKEN_OVER = "taken-over-clash-71903"


def test_clash_then_taking_of_the_same_town_is_the_taking(extractor) -> None:
    text = ("اندلعت اشتباكات عنيفة يوم الأحد بين قوات النظام السوري وفصائل المعارضة في بلدة اللطامنة بريف حماة "
            "الشمالي، وتمكنت قوات النظام بعدها من السيطرة على بلدة اللطامنة.")
    got = subs_and_rules(extractor, text, "2018-05-08")
    assert [s for s, _ in got] == [REGAINS]
    assert TAKEN_OVER in got[0][1]


def test_advance_after_taking_a_town_is_the_taking(extractor) -> None:
    text = ("قالت مصادر محلية إن اشتباكات عنيفة اندلعت الأحد في بلدة اللطامنة بريف حماة بين قوات النظام وهيئة تحرير "
            "الشام، وأضافت أن قوات النظام تقدمت بعد سيطرتها على بلدة اللطامنة.")
    assert [s for s, _ in subs_and_rules(extractor, text, "2018-05-08")] == [REGAINS]


def test_control_shared_as_a_state_stays_a_clash(extractor) -> None:
    # guard: «يتقاسمان السيطرة عليها» names who holds the city, nothing taken
    text = ("قتل 12 عنصرا من الطرفين الأحد في اشتباكات بين قوات النظام ووحدات حماية الشعب الكردية في مدينة الحسكة "
            "التي يتقاسمان السيطرة عليها.")
    got = subs_and_rules(extractor, text, "2018-05-08")
    assert [s for s, _ in got] == ["Armed clash"]
    assert all(TAKEN_OVER not in rules for _, rules in got)


def test_retold_taking_beside_named_fighting_stays_background(extractor) -> None:
    # guard: a war named by definite nouns and a taking months old give no event of a day
    text = ("يعود سكان مدينة منبج إلى منازلهم التي دمرت خلال سيطرة تنظيم داعش عليها والمعارك التي تلت ذلك. وشهدت "
            "المدينة حربا بين التنظيم وقوات سوريا الديمقراطية، وتمكنت الأخيرة من طرد التنظيم والسيطرة على المدينة.")
    assert subs_and_rules(extractor, text, "2018-05-08") == []


@pytest.mark.parametrize("text, row", [
    ("وقال المرصد إن القوات الحكومية تقدمت في منطقة تل الصخر الواقعة على الأطراف الشمالية لمدينة اللطامنة.",
     "tr-terr-71900"),
    ("وقال المرصد إن القوات التركية أخفقت في التقدم نحو مدينة منبج، وتقدمت في القطاع الغربي من ريف منبج.",
     "tr-terr-71900"),
    ("وقال المرصد إن قوات النظام أحرزت تقدما داخل حي جوبر يوم الاثنين بعد معارك مع الفصائل.", "tr-terr-71901"),
])
def test_advance_inside_a_named_place_is_a_taking(extractor, text: str, row: str) -> None:
    # the perfect «تقدمت في منطقة/القطاع» (after a failed advance «نحو» the city) and «أحرزت تقدما داخل حي»
    got = subs_and_rules(extractor, text, "2018-05-08")
    assert [s for s, _ in got] == [REGAINS]
    assert row in got[0][1]


def test_advance_toward_a_town_is_at_most_a_clash(extractor) -> None:
    # guard: «تقدمت نحو» tells no arrival (tr-clash-71902, was the taking row tr-terr-18)
    text = "وقال المرصد إن القوات الحكومية تقدمت نحو بلدة اللطامنة يوم الاثنين."
    assert [s for s, _ in subs_and_rules(extractor, text, "2018-05-08")] == ["Armed clash"]


def test_progress_in_talks_and_repelled_attempts_take_nothing(extractor) -> None:
    # guards: progress made in talks held in a city, and attempts to advance repelled, are no taking
    talks = "وقال وزير الخارجية إن الحكومة أحرزت تقدما في المحادثات التي جرت في مدينة جنيف يوم الاثنين."
    assert subs_and_rules(extractor, talks, "2018-05-08") == []
    repelled = "وصدت الفصائل محاولات تقدم لقوات النظام في حي جوبر يوم الاثنين."
    assert [s for s, _ in subs_and_rules(extractor, repelled, "2018-05-08")] == ["Armed clash"]
