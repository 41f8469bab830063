"""A happening named as the object of a condemning or describing verb over its subject and day (g37a): "وصف الوزير
الخميس القصف"، "ندد الاتحاد الثلاثاء بالغارات": the day is the reaction's; the happening is a reference, dated by
its own mention elsewhere, if any."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-03"  # a Thursday: "الأحد" is 2018-04-29, "الأربعاء" 2018-05-02


def _events(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published))).events


def test_a_described_strike_takes_no_day_from_the_description(extractor):
    evs = _events(extractor, "وصفت وزارة الخارجية التركية الخميس القصف الذي طال مستشفى في بلدة سراقب بأنه "
                             "جريمة حرب.")
    assert evs == []


def test_condemning_with_bi_over_subject_and_day_names_a_reference(extractor):
    evs = _events(extractor, "ندد الاتحاد الأوروبي في بيان الثلاثاء بالغارات التي استهدفت سوقا شعبية في مدينة "
                             "معرة النعمان.")
    assert evs == []


def test_the_condemned_strike_keeps_its_own_day(extractor):
    evs = _events(extractor, "شنت طائرات حربية غارات على بلدة سراقب في ريف إدلب يوم الأحد. ونددت وزارة الخارجية "
                             "الفرنسية في بيان رسمي الأربعاء بالغارات التي استهدفت البلدة.")
    assert [e.date_start for e in evs] == ["2018-04-29"]


def test_what_is_said_after_anna_is_told_not_reacted_to(extractor):
    evs = _events(extractor, "ووصف ناشطون الوضع في البلدة بأن الغارات الجوية تتواصل على أحياء سراقب منذ صباح "
                             "الأربعاء.")
    assert [e.date_start for e in evs] == ["2018-05-02"]
