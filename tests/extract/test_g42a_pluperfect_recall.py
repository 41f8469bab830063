"""Happenings recalled in the pluperfect in a piece whose news is a statement (branch g42a), on sentences of our own.

"وكانت قوات الدفاع الجوي قد أسقطت طائرة حربية" with no day of its own recalls the background of the news (mostly more
than a week old); in a piece whose lead tells no happening of its type it is dropped as a reference instead of being
dated by the report's week. With a day of its own, or when the lead tells a happening of its type, it stays.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-03"  # a Thursday
STATEMENT = "قال وزير الخارجية الإيراني الخميس في مؤتمر صحفي إن بلاده لن تسحب مستشاريها من سوريا.\n"
# the lead counts at least 400 characters: the recall stands after them
FILLER = ("وأضاف أن وجود بلاده هناك شرعي ويأتي بطلب من الحكومة السورية، وأن مستشاريها يعملون في مجال مكافحة الإرهاب فقط. "
          "وأشار إلى أن بلاده تدعم الحل السياسي في سوريا وتشارك في محادثات أستانا مع روسيا وتركيا منذ بدايتها. "
          "ودعا الدول الغربية إلى احترام سيادة سوريا ووحدة أراضيها، وإلى الكف عن التدخل في شؤونها الداخلية. "
          "كما انتقد العقوبات الاقتصادية المفروضة على بلاده، وقال إنها لن تغير سياستها في المنطقة. ")
RECALL = FILLER + "وكانت الطائرات الحربية التركية قد قصفت قرية قرب مدينة منبج."


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _types(doc):
    return [(e.sub_event_type, e.location) for e in doc.events]


def test_a_strike_recalled_in_the_pluperfect_under_a_statement_lead_is_a_reference(extractor):
    doc = _run(extractor, STATEMENT + RECALL)
    assert not any(e.event_type == "Explosions/Remote violence" for e in doc.events), _types(doc)
    assert any(d["reason"].startswith("reference") for d in doc.dropped), doc.dropped


def test_a_pluperfect_strike_with_its_own_day_stays(extractor):
    doc = _run(extractor, STATEMENT + RECALL.replace("قرب مدينة منبج", "قرب مدينة منبج يوم الثلاثاء"))
    assert any(e.sub_event_type == "Air/drone strike" for e in doc.events), (_types(doc), doc.dropped)


def test_a_pluperfect_strike_under_a_lead_of_strikes_stays(extractor):
    lead = "قصفت طائرات حربية تركية الخميس قرى في ريف مدينة منبج، بحسب المرصد السوري، بينما قال وزير الخارجية الإيراني إن بلاده لن تسحب مستشاريها. "
    doc = _run(extractor, lead + RECALL)
    assert any(e.sub_event_type == "Air/drone strike" for e in doc.events), (_types(doc), doc.dropped)
