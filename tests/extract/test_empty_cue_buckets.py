"""Cue groups a document does not hold share step._EMPTY (g35h): read-only, so it stays empty."""
from marsad.extract import step
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-10"


def test_empty_cue_groups_leave_the_shared_bucket_empty(extractor):
    text = ("قصفت طائرات حربية بلدة كفرنبل في ريف إدلب الجنوبي يوم الجمعة، ما أسفر عن مقتل خمسة مدنيين. "
            "واندلعت اشتباكات بين قوات النظام وفصائل المعارضة قرب مدينة حماة.")
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    assert doc.events  # the document was read through the frames
    assert step._EMPTY == {} and not step._EMPTY
