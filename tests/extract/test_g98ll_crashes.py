"""g98ll: an aircraft crash (triggers tr-oth-1, 2) is an event only when its sentence tells the hostile fire that
brought it down (needs downing_fire); a fault, a bird or the weather told after it makes it an accident after all
(modality.tsv md-acc-62500..62512). ACLED and the dev gold code no event for an accident."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc, subs_of

DAY = "2018-07-10"
CRASH_IDS = {"tr-oth-1", "tr-oth-2"}


def _crash_outcome(extractor, text: str) -> tuple[int, list[str]]:
    """The number of crash events read in ``text`` and the reasons its crash words were dropped for."""
    doc = read_doc(extractor, text, DAY)
    kept = sum(1 for e in doc.events if CRASH_IDS & set(e.rule_ids))
    return kept, [d["reason"] for d in doc.dropped if d["rule_id"] in CRASH_IDS]


@pytest.mark.parametrize(("text", "reason"), [
    # no cause told at all
    ("تحطمت مروحية عسكرية أمريكية الاثنين في محافظة الأنبار غربي العراق مما أدى إلى مقتل ثلاثة من طاقمها.",
     "needs:downing_fire"),
    # a landing gone wrong
    ("أعلن الجيش الروسي الاثنين تحطم طائرة شحن عسكرية أثناء هبوطها في مطار دير الزور ومقتل سبعة من ركابها.",
     "needs:downing_fire"),
    # a fault, and fire named only to deny it
    ("تحطمت طائرة حربية سورية الاثنين فوق ريف حمص بسبب عطل في المحرك ولم تتعرض لإطلاق نار.", "needs:downing_fire"),
    # a missile named only to deny it: the fault told after the crash makes it an accident
    ("وأوضح البيان أن المروحية تحطمت الاثنين بسبب عطل فني ولم يتم استهدافها بأي صاروخ قرب مطار دير الزور.",
     "modality:accident"),
], ids=["no-cause", "landing", "fault-fire-denied", "fault-missile-denied"])
def test_accidental_crash_is_dropped_with_its_reason(extractor, text: str, reason: str) -> None:
    kept, reasons = _crash_outcome(extractor, text)
    assert kept == 0 and any(r.startswith(reason) for r in reasons)


def test_guard_denied_fire_stays_negated(extractor) -> None:
    """The crash cues leave «لم» to the negation: fire the aircraft did not take is no shooting."""
    text = "وقالت الوزارة الاثنين إن الطائرة لم تتعرض لإطلاق نار فوق ريف حمص وإن سبب تحطمها عطل في المحرك."
    assert subs_of(extractor, text, DAY) == []


def test_guard_crash_under_hostile_fire_stays(extractor) -> None:
    kept, _ = _crash_outcome(extractor, "تحطمت طائرة حربية سورية الاثنين فوق ريف حماة بنيران فصائل المعارضة.")
    assert kept == 1
