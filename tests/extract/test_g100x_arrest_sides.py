"""g100x: the sides of an arrest. The group whose members were arrested is not the arrester: IS read as the only side
of an arrest («احتجزت أربعة من قادة داعش»، «خمسة من قادة داعش اعتقلوا») is the side arrested, and the coder's default
(the country's police) made the arrest (actor_roles.tsv ar-69700, rule "sole-object", step._told_as_doer); told as
the doer, the verb's subject («اعتقل تنظيم داعش شابين») or before it, it made it (an abduction since g103e). A coder's default for an arrest, a force's move or a base yields to
the doer another mention of the same happening names in its own sentence (merge._named_doer).
"""
from __future__ import annotations

import pytest

from marsad_testdata import pairs_of

POLICE_SYRIA, POLICE_IRAQ, POLICE_TURKEY = "Police Forces of Syria (2000-)", "Police Forces of Iraq (2014-2018)", \
    "Police Forces of Turkey"
IS, SDF = "Islamic State (Iraq and Syria)", "SDF: Syrian Democratic Forces"

# (text, the (actor1, actor2) of its one arrest)
CASES = [
    ("أعلنت السلطات التركية يوم الاثنين أنها احتجزت خمسة من قادة تنظيم داعش في مدينة إزمير.", (POLICE_TURKEY, IS)),
    ("قال الرئيس الأمريكي يوم الخميس إن خمسة من قادة تنظيم داعش اعتقلوا في العراق.", (POLICE_IRAQ, IS)),
    ("أفادت تقارير يوم الاثنين باحتجاز رجل ألماني في محافظة الحسكة للاشتباه بانتمائه لتنظيم داعش. وكانت قوات سوريا "
     "الديمقراطية قد ألقت القبض على الرجل في مدينة الحسكة يوم الاثنين.", (SDF, IS)),
]
# guards: IS told as the subject of the arrest verb, after it or before it, made the arrest; an armed group's arrest
# is an abduction since g103e (actor_roles.tsv doer-retype ar-75904), its captives the civilians by default
DOER_CASES = [
    "اعتقل تنظيم داعش يوم الخميس شابين في بلدة هجين.",
    "وقال ناشطون إن تنظيم داعش اعتقل يوم الخميس عشرة شبان في بلدة هجين.",
]


@pytest.mark.parametrize("text,pair", CASES)
def test_arrest_sides(extractor, text: str, pair: tuple[str | None, str | None]):
    assert pairs_of(extractor, text, "Arrests", "2018-06-12") == [pair]


@pytest.mark.parametrize("text", DOER_CASES)
def test_the_group_told_as_doer_made_it(extractor, text: str):
    assert pairs_of(extractor, text, "Abduction/forced disappearance", "2018-06-12") == [(IS, "Civilians (Syria)")]


def test_a_default_without_a_named_doer_stays(extractor):
    # guard: no other mention names who arrested: the coder's default, the country's police, stays
    text = "أفادت تقارير يوم الاثنين باحتجاز رجل ألماني في محافظة الحسكة للاشتباه بانتمائه لتنظيم داعش."
    assert pairs_of(extractor, text, "Arrests", "2018-06-12") == [(POLICE_SYRIA, IS)]
