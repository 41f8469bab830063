"""Events with no happening behind them on unseen news (branch g35b), on sentences of our own.

- a departure in a sentence telling flight is people fleeing, not fighters handing over ground (triggers.tsv needs
  !flight, trigger_cues.tsv group flight);
- "recently" beside an undated trigger recalls the background of the news (modality.tsv md-bg-12600, 12602, 12603);
- approaching an agreement or a taking is not yet reaching it (modality.tsv md-exp-12607..12609);
- a commentary piece names a well-known happening with no day of its own: the report's week a campaigns.tsv row
  lends it (told-again-week) is no day of the column's own (step.EventExtractor._keep).
"""
from __future__ import annotations

import pytest
from marsad_testdata import read_doc

PUB = "2018-03-17"
TRANSFER = "Non-violent transfer of territory"


@pytest.mark.parametrize("text", [
    "وقالت تقارير إن ممرات الإجلاء سمحت لنحو ثلاثة آلاف شخص بالفرار من مدينة عفرين التي تحاصرها القوات التركية، الجمعة.",
    ("وذكر المرصد أن موجة نزوح كبيرة شهدتها الغوطة الشرقية، إذ غادر نحو عشرة آلاف مدني بلدة حمورية الجمعة باتجاه "
     "مناطق تسيطر عليها القوات الحكومية."),
])
def test_people_fleeing_are_no_transfer(extractor, text):
    doc = read_doc(extractor, text, PUB, title="نزوح من المدينة")
    assert not [e for e in doc.events if e.sub_event_type == TRANSFER], [e.location_text for e in doc.events]


def test_fighters_leaving_stay_a_transfer(extractor):
    doc = read_doc(extractor, "غادر مئات المقاتلين مع عائلاتهم بلدة حرستا الجمعة بموجب اتفاق مع القوات الحكومية.",
                   PUB, title="خروج المقاتلين")
    # (and the deal it was told under, g101f: an Agreement with the government)
    assert [e.sub_event_type for e in doc.events] == [TRANSFER, "Agreement"], doc.dropped


@pytest.mark.parametrize("text", [
    "واستهدف القصف الإسرائيلي مؤخرا أهدافا إيرانية في ريف دمشق.",
    "وأدت غارات جوية مكثفة على مدينة إدلب مؤخرا إلى مقتل عشرات المدنيين.",
    "وسيطرت قوات النظام في الآونة الأخيرة على بلدات في ريف حماة.",
])
def test_recently_is_background(extractor, text):
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert not doc.events, [(e.event_type, e.location_text) for e in doc.events]
    assert any(d["reason"] == "modality:background" for d in doc.dropped), doc.dropped


def test_the_day_of_a_recent_strike_wins(extractor):
    doc = read_doc(extractor, "واستهدف القصف الإسرائيلي الجمعة أهدافا إيرانية في ريف دمشق.", PUB, title="تطورات")
    assert doc.events, doc.dropped


COLUMN = ("هذا المقال بقلم سامي خليل، والآراء الواردة أدناه تعبر عن رأي الكاتب.\n"
          "يبدو أن الحرب اقتربت من نهايتها وأن الأسد استطاع استعادة السيطرة على كامل الغوطة الشرقية بعد أن هزمت "
          "قواته فصائل المعارضة هناك.")


def test_a_column_names_a_known_taking_without_its_day(extractor):
    doc = read_doc(extractor, COLUMN, "2018-04-17", title="سامي خليل يكتب لـCNN: ماذا بعد الغوطة")
    assert not doc.events, [(e.sub_event_type, e.date_start, e.rule_ids) for e in doc.events]
    assert any(d["reason"].startswith("commentary") for d in doc.dropped), doc.dropped


def test_approaching_an_agreement_is_not_reaching_it(extractor):
    doc = read_doc(extractor, "تقترب فصائل المعارضة في الجنوب وروسيا من الوصول إلى اتفاق لوقف إطلاق النار في درعا، "
                              "بحسب متحدث باسم الفصائل الجمعة.", PUB, title="تطورات")
    assert not [e for e in doc.events if e.event_type == "Strategic developments"], \
        [(e.sub_event_type, e.rule_ids) for e in doc.events]
