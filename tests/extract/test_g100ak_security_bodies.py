"""g100ak: Iraqi security bodies and Syria's Kurdish fighters named by descriptive names actors.tsv did not read (an
operations command «قيادة عمليات X», the Falcons cell, the rapid response forces, the tribal Hashd, «مقاتلون أكراد»)."""
from __future__ import annotations

import pytest
from marsad_testdata import ISIS, pairs_of

PUB = "2018-07-20"
IRQ_MIL = "Military Forces of Iraq (2014-2018)"
IRQ_POLICE = "Police Forces of Iraq (2014-2018)"
PMF = "PMF: Popular Mobilization Forces"
YPG = "YPG: People's Protection Units"


@pytest.mark.parametrize("text, sub_event_type, actor1", [
    # an operations command named by its province: its clash is the army's, not an unnamed side's
    ("واشتبكت قيادة عمليات صلاح الدين يوم الاثنين مع عناصر داعش قرب بيجي.", "Armed clash", IRQ_MIL),
    # the Interior Ministry's Falcons cell and rapid response forces are police units
    ("وهاجمت قوات الرد السريع يوم الأحد مخبأ لعناصر داعش جنوبي كركوك.", "Armed clash", IRQ_POLICE),
    ("واشتبكت خلية الصقور يوم الأحد مع عناصر داعش في حي الدورة ببغداد.", "Armed clash", IRQ_POLICE),
    # the tribal Hashd fights as part of the PMF
    ("واشتبك مقاتلو حشد العشائر يوم الخميس مع عناصر داعش قرب الحويجة.", "Armed clash", PMF),
    # the nominative of «مقاتلين أكراد»
    ("واشتبك مقاتلون أكراد يوم الجمعة مع القوات التركية في ناحية راجو.", "Armed clash", YPG),
])
def test_security_body_is_actor1(extractor, text: str, sub_event_type: str, actor1: str) -> None:
    assert actor1 in [a1 for a1, _ in pairs_of(extractor, text, sub_event_type, PUB)]


def test_operations_command_speaking_of_its_forces(extractor) -> None:
    text = "وقالت قيادة عمليات الأنبار إن قواتها قتلت 6 من عناصر داعش في اشتباك قرب القائم يوم الثلاثاء."
    assert (IRQ_MIL, ISIS) in pairs_of(extractor, text, "Armed clash", PUB)


def test_guard_command_word_alone_is_no_actor(extractor) -> None:
    # «القيادة» alone and «عمليات» alone name no body: the alias is the two-word head only
    text = "وأعلنت القيادة أن عمليات التفتيش مستمرة يوم الاثنين في قضاء الشرقاط بعد اشتباك مع عناصر داعش."
    assert IRQ_MIL not in [a1 for a1, _ in pairs_of(extractor, text, "Armed clash", PUB)]
