"""The leader named in a relative clause on a side is part of that side's name, not a side (branch g112b):
«التحالف الدولي الذي تقوده الولايات المتحدة شن غارة» is the coalition's strike, not the United States' on the coalition
(function_words dominated_by تقوده/يقوده/تتزعمه ...). The Saudi-led coalition keeps its own name (actors sau-coal), and
«الولايات المتحدة الأمريكية» is one name, so its nisba is no agent of its own after «بقيادة» (actors usa-mil)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import MetaStep

COALITION = "Global Coalition Against Daesh"


def _sides(extractor, text: str) -> list[tuple[str | None, str | None]]:
    doc = extractor(MetaStep()(Document(text=text, published="2018-06-20")))
    return [(e.actor1, e.actor2) for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("text", [
    "قال مصدر عسكري إن التحالف الدولي الذي تقوده الولايات المتحدة شن غارات فجر الثلاثاء على مواقع في بلدة الشعفة.",
    "وقال التحالف، الذي تقوده واشنطن، إن طائراته نفذت الثلاثاء غارة على موقع قرب بلدة هجين.",
    "وذكرت الوكالة أن طيران التحالف الدولي الذي تقوده واشنطن، قصف الثلاثاء موقعا للجيش السوري قرب مدينة البوكمال.",
])
def test_the_leader_in_a_relative_clause_is_no_side(extractor, text):
    sides = _sides(extractor, text)
    assert sides and all(a1 == COALITION for a1, _ in sides)
    assert all(a2 is None or "United States" not in a2 for _, a2 in sides)


def test_the_leader_after_the_led_name_is_no_agent_of_its_own(extractor):
    text = ("وقالت وسائل إعلام رسمية إن طائرات تابعة للتحالف بقيادة الولايات المتحدة الأمريكية، قصفت الثلاثاء موقعا "
            "للجيش السوري قرب مدينة البوكمال.")
    sides = _sides(extractor, text)
    assert sides and all(a1 == COALITION for a1, _ in sides)


def test_the_saudi_led_coalition_stays_saudi(extractor):
    text = "وقال التحالف الذي تقوده السعودية إن طائراته شنت الثلاثاء غارة على مواقع للحوثيين في مدينة صعدة."
    sides = _sides(extractor, text)
    assert sides and all(a1 == "Military Forces of Saudi Arabia (2015-)" for a1, _ in sides)
