"""g100ab: mends of review 2 of this session's code (items 1-3 of the findings), on composed sentences."""
from __future__ import annotations

import pytest

from marsad_testdata import fields_of

PUB = "2018-03-06"
SYRIA = "Military Forces of Syria (2000-)"


def _strike_days(extractor, text: str) -> list[tuple]:
    return [(d, n) for s, d, n in fields_of(extractor, text, PUB, "sub_event_type", "date_start", "fatalities")
            if s == "Air/drone strike"]


@pytest.mark.parametrize("text", [
    # item 1: a dual of years or months after «في» tells background in a clause beside the act, not the act's span
    "أسفرت غارة جوية عن مقتل ثلاثة مدنيين في بلدة كفرنبل، التي شهدت عشرات الغارات في العامين الماضيين.",
    "أسفرت غارة جوية عن مقتل ثلاثة مدنيين في بلدة كفرنبل، ونزح الآلاف منها في الشهرين الأخيرين.",
])
def test_vague_within_dual_of_years_or_months_is_no_span(extractor, text):
    got = _strike_days(extractor, text)
    assert got and got[0][1] == 3


def test_vague_within_dual_of_days_still_a_span(extractor):
    # guard: «في اليومين الأخيرين» is two days up to the report (g100q): the strike is still read, dated in them
    got = _strike_days(extractor, "أسفرت غارات جوية عن مقتل ثلاثة مدنيين في بلدة كفرنبل في اليومين الأخيرين.")
    assert got and got[0][0] in ("2018-03-04", "2018-03-05")


def _shelling_sides(extractor, text: str) -> list[tuple]:
    return [(a1, a2) for s, a1, a2 in fields_of(extractor, text, PUB, "sub_event_type", "actor1", "actor2")
            if s == "Shelling/artillery/missile attack"]


def test_interception_of_another_clause_leaves_the_strikes_attacker(extractor):
    # item 2: the shelling of the «بينما» clause is no face of the missiles met: its default sides stay
    got = _shelling_sides(extractor, "تصدت الدفاعات الجوية لصواريخ معادية فوق مدينة مصياف، بينما تعرضت بلدة "
                                     "اللطامنة لقصف مدفعي مكثف.")
    assert got and got[0][0] == SYRIA


def test_interception_after_a_comma_still_meets_the_strike(extractor):
    # guard: «، وتصدت له» goes on with the strike's clause: the defender is still not its attacker
    got = fields_of(extractor, "تعرض مطار التيفور في ريف حمص لقصف صاروخي، وتصدت له الدفاعات الجوية.", PUB,
                    "sub_event_type", "actor1")
    assert got and all(a1 != SYRIA for s, a1 in got if s != "Disrupted weapons use")


def test_defended_cited_only_where_it_changed_the_reading(extractor):
    # item 2: a strike whose attacker is named lost nothing to the interception: 68601 is not cited
    got = fields_of(extractor, "استهدفت صواريخ إسرائيلية مطار التيفور في ريف حمص وتصدت لها الدفاعات الجوية السورية.",
                    PUB, "sub_event_type", "rule_ids")
    assert got and all("defended-68601" not in rules for _, rules in got)


HISTORY = "أفاد مراسلنا بأن تنظيم داعش سيطر على مدينة تدمر. وكان التنظيم قد سيطر على المدينة عام 2015{}. وقتل عشرة " \
          "مدنيين في قصف جوي على المدينة."


def test_sending_with_no_destination_is_no_news_of_its_sentence(extractor):
    # item 3: a sending dropped for naming no destination does not make a history sentence news: the undated strike
    # after it is told on with that history, as without the sending
    alone = fields_of(extractor, HISTORY.format(""), PUB, "sub_event_type")
    with_sending = fields_of(extractor, HISTORY.format("، فيما أرسلت تركيا أمس مئات الجنود"), PUB, "sub_event_type")
    assert with_sending == alone


def test_sending_with_its_destination_is_news(extractor):
    # guard: the same sending told with where it went is kept, and is news of its sentence
    got = fields_of(extractor, HISTORY.format("، فيما أرسلت تركيا أمس مئات الجنود إلى مدينة عفرين"), PUB,
                    "sub_event_type")
    assert ("Change to group/activity",) in got and ("Air/drone strike",) in got
