"""g100y: the bombers' own belts and selves told with a possessive or a plural («فجر ثلاثة انتحاريين أحزمتهم الناسفة»،
«فجرا أنفسهما»، «حزامه الناسف»; triggers.tsv tr-sui-69800..69802) are a suicide bombing; none fired before. The belts
need a verb of setting off (trigger_cues.tsv belt_detonated). Composed sentences."""
from __future__ import annotations

import pytest

from marsad_testdata import subs_and_rules

PUB = "2018-04-16"
SUICIDE = "Suicide bomb"

BOMBINGS = [
    ("فجر ثلاثة انتحاريين أحزمتهم الناسفة صباح الثلاثاء في سوق مدينة الرقة، ما أدى إلى مقتل تسعة مدنيين.",
     "tr-sui-69801"),
    ("قال مصدر أمني إن مسلحين اثنين فجرا أنفسهما صباح الاثنين عند حاجز للجيش قرب مدينة الموصل.", "tr-sui-69800"),
    ("فجر رجل حزامه الناسف يوم الأحد داخل مسجد في مدينة كركوك، وقتل خمسة من المصلين.", "tr-sui-69802"),
]


@pytest.mark.parametrize("text,rule", BOMBINGS)
def test_own_belts_and_selves_are_a_suicide_bombing(extractor, text: str, rule: str) -> None:
    got = subs_and_rules(extractor, text, PUB)
    assert any(sub == SUICIDE and rule in rules for sub, rules in got), got


GUARDS = [
    "ضبطت قوات الأمن يوم الأحد خلية في مدينة كركوك وصادرت أحزمتهم الناسفة.",  # belts seized: no verb of setting off
    "وقتل الجيش 20 من عناصر التنظيم يوم الأحد في ريف دير الزور بينهم أربعة انتحاريين.",  # bombers counted among the dead
    "ويهدد قادة التنظيم بأن عناصره سيفجرون أنفسهم في المدن الكبرى.",  # a threat
]


@pytest.mark.parametrize("text", GUARDS)
def test_no_suicide_bombing_without_a_detonation(extractor, text: str) -> None:
    assert SUICIDE not in [sub for sub, _ in subs_and_rules(extractor, text, PUB)]
