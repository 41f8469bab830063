"""Using something for strikes, in the present tense, tells a habit or a description (branch g35f, modality.tsv
md-gen-13000/13001): "القاعدة التي تستخدمها روسيا في شن الغارات" is no strike; the perfect "استخدمت" tells one."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep


def _strikes(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, published="2018-04-16")))
    return [e.location for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_a_base_used_for_raids_tells_no_raid(extractor):
    assert _strikes(extractor, "وتعد قاعدة حميميم المطار الذي تستخدمه روسيا في شن الغارات على الفصائل في سوريا.") == []


def test_weapons_a_side_uses_in_its_raids_tell_no_raid(extractor):
    assert _strikes(extractor, "وقال التقرير إن روسيا تستخدم قنابل غير موجهة في غاراتها على مدينة إدلب.") == []


def test_weapons_used_in_a_raid_told_in_the_perfect_tell_it(extractor):
    assert _strikes(extractor, "واستخدمت الطائرات الروسية قنابل عنقودية في غاراتها على مدينة إدلب أمس الجمعة.") == ["Idlib"]
