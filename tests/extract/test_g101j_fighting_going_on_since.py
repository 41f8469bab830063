"""Fighting told going on since a recent span (g101j). A clash noun told with a present verb of going on («تدور»،
«تتواصل»، «لا تزال») and a since-phrase counting a recent span back («منذ أسابيع»، «منذ الشهر الماضي»), in a
sentence that counts no dead, is fighting still going on at the report: a clash dated up to the report
(step._fight_going_on_since, rule fo-72400), no running tally. Sentences composed for these tests."""
from __future__ import annotations

import pytest

from tests.marsad_testdata import read_doc

PUB = "2018-02-25"  # a Sunday
CLASH = "Armed clash"
RULE = "fo-72400"


GOING_ON = (
    "وتدور منذ أسابيع معارك عنيفة بين قوات النظام وتنظيم داعش في محيط مدينة حرستا.",
    "ولا تزال الاشتباكات مستمرة بين قوات النظام والفصائل في محيط مدينة حرستا منذ الشهر الماضي.",
    "وتدور منذ أسابيع اشتباكات متقطعة في منطقة حرستا، آخر جيب يتحصن فيه عناصر الفصائل.",
)
# a war's span in years, a campaign's toll, a lull after fighting, a past battle: the rule reads none
NOT_GOING_ON = (
    "وتتواصل منذ عام 2015 المعارك بين قوات النظام والفصائل في مدينة حرستا.",
    "وأدت المعارك الدائرة منذ أسابيع في مدينة حرستا إلى مقتل 200 عنصر من الطرفين.",
    "ويشهد حي جوبر هدوءا للمعارك، بعد قصف مكثف ومعارك منذ شهر بين قوات النظام والفصائل.",
    "واندلعت منذ أسابيع معارك بين قوات النظام والفصائل في مدينة حرستا قبل أن تتوقف.",
)


def _clash_fields(extractor, text: str) -> list[tuple]:
    """(place, read by the rule, last day) of each clash read in ``text``."""
    return [(e.location, RULE in e.rule_ids, str(e.date_end)) for e in read_doc(extractor, text, PUB).events
            if e.sub_event_type == CLASH]


@pytest.mark.parametrize("text", GOING_ON)
def test_fighting_going_on_since_recent_span_is_news(extractor, text: str):
    # the since-phrase tells when it began, not its day: a clash at the town dated up to the report
    assert ("Ḩarastā", True, PUB) in _clash_fields(extractor, text)


@pytest.mark.parametrize("text", NOT_GOING_ON)
def test_not_going_on_or_counted_stays_off(extractor, text: str):
    assert all(not by_rule for _, by_rule, _ in _clash_fields(extractor, text))
