"""g92f: acts told as a plan with its owner, a pair's wish, what the accused did by an investigation's account, or a
confession are no events (modality.tsv md-int-57400..57405, md-legal-57410..57423); the act told plainly stays."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-05-10"
SUICIDE = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
SEXUAL = "Sexual violence"


def test_a_pairs_wish_is_no_bombing(extractor):
    text = "وقال الادعاء إن الشابين كانا يريدان تفجير نفسيهما معا في عملية انتحارية داخل ملعب في مانشستر."
    assert not events_of(extractor, text, SUICIDE, PUB)


def test_their_plan_is_no_bombing(extractor):
    text = ("وقال المحقق أمام القاضي: كانت خطتهما أن يدخلا الملعب معا ثم ينفذان هناك في مانشستر "
            "عملية انتحارية كبيرة.")
    assert not events_of(extractor, text, SUICIDE, PUB)


def test_a_bombing_told_plainly_stays(extractor):
    text = "قتل ستة أشخاص الثلاثاء في عملية انتحارية استهدفت سوقا في مدينة الرمادي غربي العراق."
    assert events_of(extractor, text, SUICIDE, PUB)


def test_what_the_accused_did_is_a_charge(extractor):
    text = ("وأوضحت النيابة أن المتهمين قاموا بمهاجمة نقاط للجيش في مدينة العريش، وكذلك عدد من الآليات، "
            "من خلال زرع عبوات ناسفة على الطرق في العريش.")
    assert not events_of(extractor, text, IED, PUB)


def test_bombs_planted_on_the_road_stay(extractor):
    text = "قتل جنديان الثلاثاء بانفجار عبوات ناسفة زرعها مسلحون على الطرق في مدينة العريش بشمال سيناء."
    assert events_of(extractor, text, IED, PUB)


def test_a_confession_is_no_rape(extractor):
    text = "سلمت الشرطة العراقية الشاب إلى السلطات النمساوية في مدينة أربيل إثر اعترافه باغتصاب امرأة وقتلها."
    assert not events_of(extractor, text, SEXUAL, PUB)
