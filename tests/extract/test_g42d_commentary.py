"""Commentary read as battles (branch g42d), on sentences of our own.

"Any" right before a battle noun («أي عملية عسكرية ... قد تؤدي») is a hypothetical, not a clash. A passive relative
clause («المناطق التي تم استعادتها من داعش») describes areas, as «التي استعادتها» does; it reports no taking.
A taking told in the main clause stays an event.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday


def _types(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.event_type, e.sub_event_type) for e in doc.events]


def _battles(extractor, text):
    return [t for t in _types(extractor, text) if t[0] == "Battles"]


def test_any_military_operation_is_a_hypothetical(extractor):
    text = ("وقال الأمين العام للأمم المتحدة، الأربعاء، إن أي عملية عسكرية واسعة في ريف إدلب الجنوبي "
            "قد تؤدي إلى كارثة إنسانية.\n")
    assert _battles(extractor, text) == []


def test_any_battles_are_a_hypothetical(extractor):
    text = "وقال المبعوث الدولي أمس إن أي معارك في مدينة درعا ستكون لها عواقب وخيمة على المدنيين.\n"
    assert _battles(extractor, text) == []


def test_areas_that_were_retaken_are_a_description(extractor):
    text = ("وقال المتحدث أمس إن الحكومة خصصت مبالغ جديدة لإعادة إعمار القرى التي تم استعادتها من تنظيم داعش "
            "في ريف دير الزور.\n")
    assert _battles(extractor, text) == []


def test_a_taking_in_the_main_clause_is_kept(extractor):
    text = "واستعادت قوات النظام أمس السيطرة على بلدة بصر الحرير في ريف درعا الشرقي بعد معارك مع الفصائل.\n"
    assert _battles(extractor, text) != []
