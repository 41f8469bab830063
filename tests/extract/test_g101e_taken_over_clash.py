"""g101e: a taking that names the place it took («سيطرت على بلدة X»، «بعد سيطرتها على بلدة X») folded with the
armed clash fought at that place keeps its taking sub-type, even when the clash mention is the more confident
(merge._taken_over_clash, rule id taken-over-clash-71900). Control told only as a state stays a clash. Composed
sentences."""
from __future__ import annotations

from marsad_testdata import subs_and_rules

REGAINS = "Government regains territory"
TAKEN_OVER = "taken-over-clash-71900"


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
