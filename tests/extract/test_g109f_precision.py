"""g109f (audit precision, false positives with no gold counterpart): acts told as alternatives, as what reports say,
as a deal's background, as what a named operation involved, or as an attack whose means is a strike.

- «سواء كان ذلك يتعلق بانسحاب القوات ...» (whether ... or): md-gen-106512 now reads withdrawals too.
- «وسط تقارير/أنباء تؤكد أن X توصلت لاتفاق»: an agreement known only as an "amid reports" aside (md-pos-125001, 125002).
- «تم التوصل فيها، إثر قصف عنيف، إلى اتفاق»: the bombardment that brought the deal (md-bg-125003).
- «العملية التي تطلق عليها أنقرة اسم "..." إرسال قوات وشن ضربات»: what the named operation involved (md-state-125004..125009).
- «هاجمنا مقر القيادة بضرب المطار»: the attack is the strike, no armed clash (md-sense-125010..125012).
Each case pairs the dropped reading with a sentence of the same shape whose act is kept."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-06-12"  # a Tuesday
NVT = "Non-violent transfer of territory"
AGR = "Agreement"
SHELL = "Shelling/artillery/missile attack"
AIR = "Air/drone strike"
CLASH = "Armed clash"


def _of(doc, sub):
    return [e for e in doc.events if e.sub_event_type == sub]


@pytest.mark.parametrize("dropped, kept, sub, reason", [
    # a withdrawal named as one of alternatives
    ("ورأى الكاتب أن موسكو تقرر كل شيء في البلاد، سواء كان الأمر يتعلق بانسحاب القوات الإيرانية من محافظة درعا أو غيره.",
     "وأكد المرصد انسحاب القوات الإيرانية من محافظة درعا الاثنين.", NVT, "general"),
    # an agreement told only as what reports say, amid other news
    ("وتصاعد التوتر بين الحليفين، وسط تقارير تفيد بأن تركيا توصلت لاتفاق مع روسيا على إبعاد المسلحين عن مدينة منبج.",
     "وأعلنت وكالة الأنباء الاثنين أن تركيا توصلت لاتفاق مع روسيا على إبعاد المسلحين عن مدينة منبج.", AGR,
     "possibility"),
    # a bombardment told as what brought a deal about
    ("وباتت القوات على وشك السيطرة على محافظة درعا التي تم التوصل فيها الأحد، إثر قصف عنيف، إلى اتفاق مع الفصائل.",
     "وقتل ثلاثة مدنيين الأحد إثر قصف عنيف على بلدة بصر الحرير في محافظة درعا.", SHELL, "background"),
])
def test_act_told_aside(extractor, dropped, kept, sub, reason):
    doc = read_doc(extractor, dropped, PUB)
    assert _of(doc, sub) == []
    assert f"modality:{reason}" in {d["reason"] for d in doc.dropped}
    assert _of(read_doc(extractor, kept, PUB), sub)


def test_named_operation_involved(extractor):
    doc = read_doc(extractor, 'وتضمنت الحملة التي يطلق عليها الجيش اسم "درع الشمال" إرسال دبابات وشن ضربات جوية على '
                              'منطقة جنديرس.', PUB)
    assert _of(doc, AIR) == []
    assert "modality:state" in {d["reason"] for d in doc.dropped}
    # the naming clause ends at its comma: the act told after it is the news
    doc = read_doc(extractor, 'وفي العملية التي أطلق عليها الجيش اسم "درع الشمال"، شنت الطائرات الاثنين ضربات جوية '
                              'على منطقة جنديرس.', PUB)
    assert _of(doc, AIR)


def test_attack_by_striking_is_no_clash(extractor):
    doc = read_doc(extractor, 'وقال الجنرال للصحفيين "نعتقد أننا هاجمنا مركز قيادة الميليشيا بضرب مطار الضمير تحديدا".',
                   PUB)
    assert _of(doc, CLASH) == []
    assert "modality:sense" in {d["reason"] for d in doc.dropped}
    doc = read_doc(extractor, "وهاجم مسلحون الاثنين حاجزا للجيش قرب مطار الضمير، ما أدى إلى اشتباكات.", PUB)
    assert _of(doc, CLASH)
