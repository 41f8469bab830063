"""A definite clash noun after an intransitive continuation verb or its noun («استمرت الاشتباكات»، «تواصلت المعارك»،
«دون تواصل الاشتباكات») is told as news going on, not a war only named (function_words escalation, lead s30). Before,
only the present «تتواصل» and the transitive «واصلت» counted, and a clash merged with a taking in the same sentence was
dropped as "fighting only named". Sentences composed for these tests."""
from __future__ import annotations

import pytest

from tests.marsad_testdata import subs_and_rules

PUB = "2018-02-25"  # a Sunday
CLASH = "Armed clash"
TAKEN = "Government regains territory"


@pytest.mark.parametrize("text", [
    "وفي الشمال، استمرت الاشتباكات العنيفة بين القوات التركية ووحدات حماية الشعب الكردية في منطقة عفرين، حيث سيطرت "
    "القوات التركية على عدد من القرى شمالي عفرين.",
    "وفي الشمال، لم يمنع القرار تواصل الاشتباكات العنيفة بين القوات التركية ووحدات حماية الشعب الكردية في منطقة "
    "عفرين، حيث سيطرت القوات التركية على عدد من القرى شمالي عفرين.",
    "وتواصلت المعارك العنيفة بين قوات النظام وتنظيم داعش على محاور عدة في محافظة السويداء.",
])
def test_continued_fighting_is_news(extractor, text: str):
    got = subs_and_rules(extractor, text, PUB)
    assert any(s in (CLASH, TAKEN) for s, _ in got), got


def test_war_only_named_still_dropped(extractor):
    # guard: the war named with no continuation word, no day and no verb of its own stays no event
    got = subs_and_rules(extractor, "وأدت المعارك بين القوات التركية ووحدات حماية الشعب الكردية في منطقة عفرين إلى "
                                    "نزوح الآلاف.", PUB)
    assert not any(s == CLASH for s, _ in got), got
