"""Fighting named only as the cause of flight is no clash (branch g39c), on sentences of our own.

«فروا من القتال»، «نزوح آلاف بسبب المعارك»، «نزحوا جراء الاشتباكات» tell a flight and its cause, not one
fight with a place and day of its own. A clash told in its own clause after a flight («... النزوح، فيما
تدور معارك ...») stays a battle.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-10"  # a Thursday


def _battles(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.sub_event_type, e.location_text) for e in doc.events if e.event_type == "Battles"]


def test_fled_from_fighting_is_no_clash(extractor):
    text = "أكدت منظمة إغاثية، الأربعاء، أن ما لا يقل عن 20 ألف شخص فروا من القتال في محافظة حماة وسط سوريا باتجاه الشمال.\n"
    assert _battles(extractor, text) == []


def test_displacement_because_of_battles_is_no_clash(extractor):
    text = "وأدت الحملة إلى نزوح ثلاثين ألف شخص بسبب المعارك بين الجيش والمسلحين في محافظة حماة.\n"
    assert _battles(extractor, text) == []


def test_displaced_due_to_clashes_is_no_clash(extractor):
    text = "وقالت الأمم المتحدة إن آلاف المدنيين نزحوا جراء الاشتباكات في ريف إدلب الجنوبي.\n"
    assert _battles(extractor, text) == []


def test_a_clash_in_its_own_clause_after_flight_stays(extractor):
    text = "قتل عشرة مدنيين الأربعاء أثناء محاولتهم النزوح، فيما تدور معارك عنيفة بين الجيش والمسلحين في مدينة الرقة.\n"
    assert [s for s, _ in _battles(extractor, text)] == ["Armed clash"]
