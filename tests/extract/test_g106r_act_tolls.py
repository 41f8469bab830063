"""g106r: a toll told in a later sentence whose subject is a definite act noun («وأسفر الهجوم عن مقتل 40»، «القصف
الذي أوقع 20 قتيلا») goes to the nearest earlier kept event of the kind the noun names, when that event has no toll of
its own (act_tolls.tsv, function_words act_toll_verb, step._act_told_toll).
"""
from __future__ import annotations
import pytest
from marsad_testdata import events_of


PUB = "2018-04-09"
CHEM = "Chemical weapon"
LEAD = ("قالت منظمات إغاثة إن طائرات حربية ألقت براميل تحتوي غاز الكلور على بلدة سراقب في ريف إدلب مساء السبت. "
        "ونفت الحكومة السورية أي مسؤولية عن ذلك. ")


def _dead(extractor, text, sub):
    return [ev.fatalities for ev in events_of(extractor, text, sub, PUB)]


LENT = [
    "وكانت منظمة الدفاع المدني أكدت أن الهجوم أسفر عن مصرع أربعين شخصا على الأقل.",
    "وأكد الأطباء أن الهجوم، الذي وقع مساء السبت، أدى إلى مقتل أربعين شخصا.",
    "وأوقع الهجوم أربعين قتيلا بحسب مسعفين.",
    "وقال مسعفون إن الهجوم الذي استهدف البلدة خلف أربعين قتيلا.",
]
KEPT = [
    # «الاشتباكات» names a clash, not the gas attack told before
    "وقال المرصد إن الاشتباكات أسفرت عن مقتل أربعين شخصا.",
    # «منذ الهجوم الذي ...»: an older act measured against, not the news
    "وهذا أعنف قصف منذ الهجوم الذي أسفر عن مقتل أربعين شخصا.",
    # a day after the noun that is not the event's: another happening of the kind
    "وذكر ناشطون أن الهجوم الذي وقع في الثالث من كانون الثاني أسفر عن مقتل أربعين شخصا.",
    # a place after the noun in another province: another happening of the kind
    "وذكر ناشطون أن الهجوم الذي وقع في مدينة حمص أسفر عن مقتل أربعين شخصا.",
    # a running toll
    "وأكد المرصد أن الهجمات أسفرت عن مقتل أربعين شخصا منذ مطلع الشهر.",
]


@pytest.mark.parametrize("toll,dead", [(t, 40) for t in LENT] + [(t, 0) for t in KEPT])
def test_later_act_noun_toll(extractor, toll, dead):
    """The gas attack takes the toll its act noun tells later (LENT); the guards (KEPT) lend none."""
    assert _dead(extractor, LEAD + toll, CHEM) == [dead]
