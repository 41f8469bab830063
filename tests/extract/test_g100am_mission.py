"""g100am: a nationality adjective after a diplomatic mission noun («القنصلية الإيرانية») names the mission's country,
never a side of the riot told (function_words `mission_noun`). Composed sentences."""
from __future__ import annotations

from marsad_testdata import pairs_of

RIOT = "Violent demonstration"


def test_consulate_stormed_has_no_state_side(extractor) -> None:
    text = "واقتحم محتجون القنصلية التركية في مدينة الموصل يوم الأربعاء."
    assert pairs_of(extractor, text, RIOT, "2018-05-04") == [("Rioters (Iraq)", None)]


def test_embassy_burned_by_protesters_keeps_rioters_first(extractor) -> None:
    text = "وأحرق محتجون السفارة الإيرانية في العاصمة بغداد مساء الثلاثاء."
    pairs = pairs_of(extractor, text, RIOT, "2018-05-03")
    assert pairs and all(a2 is None or "Iran" not in a2 for _, a2 in pairs)
    assert all(a1 == "Rioters (Iraq)" for a1, _ in pairs)


def test_forces_adjective_still_names_the_side(extractor) -> None:
    # guard: a nationality after a force noun still names who acted
    text = "واقتحمت القوات التركية قرية في ريف دهوك يوم الأربعاء."
    pairs = [p for sub in ("Armed clash", "Non-state actor overtakes territory", "Government regains territory")
             for p in pairs_of(extractor, text, sub, "2018-05-04")]
    assert any(a1 and "Turkey" in a1 for a1, _ in pairs)
