"""Battles audit (branch g108e), on sentences of our own.

- A taking's verb with a since-date more than a month back after it («سيطرت ... على المنطقة منذ العام الماضي») tells the
  place held since then: the taking is history (step._held_since, mark held-since-114000); a recent since-day leaves the
  taking the day's news.
- The participle of taking part («الفصائل المشاركة في العملية العسكرية») names a side by its role in a campaign: no fight
  of its own (modality md-gen-114001).
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-03"  # a Thursday


def _events(extractor, text, published=PUB):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=published)))
    return [(e.event_type, e.sub_event_type, e.location) for e in doc.events]


def _battles(got):
    return [e for e in got if e[0] == "Battles"]


def test_a_taking_held_since_last_year_is_history(extractor):
    text = ("وسيطرت وحدات حماية الشعب الكردية، المدعومة من التحالف الدولي، على معظم القرى الواقعة في ريف الحسكة "
            "الجنوبي منذ العام الماضي بعد طرد مسلحي تنظيم داعش منها.\n")
    assert not _battles(_events(extractor, text)), _events(extractor, text)


def test_a_taking_since_a_recent_day_stays(extractor):
    text = "وسيطرت قوات النظام على بلدة طفس في ريف درعا منذ يوم الثلاثاء بعد معارك مع الفصائل.\n"
    got = _events(extractor, text)
    assert [e for e in _battles(got) if e[1] == "Government regains territory"], got


def test_a_side_taking_part_in_a_campaign_is_no_clash(extractor):
    text = ("وقال قيادي في الفصائل المعارضة، المشاركة في العملية العسكرية التركية بعفرين، إن قواته تلقت "
            "دعما جديدا الأربعاء.\n")
    assert not _battles(_events(extractor, text)), _events(extractor, text)


def test_a_clash_told_beside_its_participants_stays(extractor):
    text = ("اندلعت اشتباكات عنيفة الأربعاء بين القوات التركية ووحدات حماية الشعب الكردية في محيط عفرين، "
            "وفق المرصد.\n")
    got = _events(extractor, text)
    assert ("Battles", "Armed clash", "‘Afrīn") in got, got
