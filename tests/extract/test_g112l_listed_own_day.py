"""A relative clause that tells a place suffered strikes listed by their weapons, with a recent day after the list
("التي تعرضت لغارات جوية وقصف صاروخي متجدد اليوم"), is news of that day: the day is the whole list's own, not a
second happening's; without such a day every item of the list describes the place, the later ones as the first
(g112l, recall audit of modality:relative drops)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-06"  # a Sunday
STRUCK = ("Air/drone strike", "Shelling/artillery/missile attack")


def _read(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def test_a_day_after_a_list_of_strikes_is_each_ones_own(extractor):
    doc = _read(extractor, "وقال مسؤول محلي إن الطائرات الحربية تواصل استهداف بلدتي كفرنبل وحاس في ريف إدلب "
                           "الجنوبي، اللتين تعرضتا لغارات جوية وقصف مدفعي جديد اليوم، ما أوقع جرحى بين السكان.")
    ev = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert ev and all(e.date_start == PUB for e in ev), [(e.sub_event_type, e.location, e.date_start)
                                                          for e in doc.events]
    assert any(r.startswith("own-day:") for e in ev for r in e.rule_ids)


def test_a_list_without_a_day_of_its_own_still_describes_the_place(extractor):
    doc = _read(extractor, "ولجأ آلاف النازحين إلى مدينة جسر الشغور التي تعرضت لغارات جوية وقصف صاروخي، وفق ناشطين.")
    assert not [e for e in doc.events if e.sub_event_type in STRUCK], [(e.sub_event_type, e.date_start)
                                                                         for e in doc.events]
    assert any(d["reason"] == "modality:relative" for d in doc.dropped)

    # a clash joined by "و" is a second happening: the day told after it is its own, the strikes stay described
    doc = _read(extractor, "ولجأ آلاف النازحين إلى مدينة جسر الشغور التي تعرضت لغارات جوية واشتباكات عنيفة "
                           "الأسبوع الماضي، وفق ناشطين.")
    assert not [e for e in doc.events if e.sub_event_type == "Air/drone strike"], \
        [(e.sub_event_type, e.date_start) for e in doc.events]
