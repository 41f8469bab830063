"""g106r: a toll told in a later sentence whose subject is a definite act noun («وأسفر الهجوم عن مقتل 40»، «القصف
الذي أوقع 20 قتيلا») goes to the nearest earlier kept event of the kind the noun names, when that event has no toll of
its own (act_tolls.tsv, function_words act_toll_verb, step._act_told_toll).
"""
from __future__ import annotations
import pytest
from marsad_testdata import events_of


PUB = "2018-04-09"
CHEM = "Chemical weapon"
AIR = "Air/drone strike"
LEAD = ("قالت منظمات إغاثة إن طائرات حربية ألقت براميل تحتوي غاز الكلور على بلدة سراقب في ريف إدلب مساء السبت. "
        "ونفت الحكومة السورية أي مسؤولية عن ذلك. ")


def _dead(extractor, text, sub):
    return [ev.fatalities for ev in events_of(extractor, text, sub, PUB)]


@pytest.mark.parametrize("toll", [
    "وكانت منظمة الدفاع المدني أكدت أن الهجوم أسفر عن مصرع أربعين شخصا على الأقل.",
    "وأكد الأطباء أن الهجوم، الذي وقع مساء السبت، أدى إلى مقتل أربعين شخصا.",
    "وأوقع الهجوم أربعين قتيلا بحسب مسعفين.",
    "وقال مسعفون إن الهجوم الذي استهدف البلدة خلف أربعين قتيلا.",
])
def test_later_act_noun_toll(extractor, toll):
    assert _dead(extractor, LEAD + toll, CHEM) == [40]


def test_noun_of_another_kind_lends_nothing(extractor):
    # «الاشتباكات» names a clash, not the gas attack told before
    text = LEAD + "وقال المرصد إن الاشتباكات أسفرت عن مقتل أربعين شخصا."
    assert _dead(extractor, text, CHEM) == [0]


def test_yardstick_lends_nothing(extractor):
    # «منذ الهجوم الذي ...»: an older act measured against, not the news
    text = LEAD + "وهذا أعنف قصف منذ الهجوم الذي أسفر عن مقتل أربعين شخصا."
    assert _dead(extractor, text, CHEM) == [0]


def test_other_day_lends_nothing(extractor):
    # a day after the noun that is not the event's: another happening of the kind
    text = LEAD + "وذكر ناشطون أن الهجوم الذي وقع في الثالث من كانون الثاني أسفر عن مقتل أربعين شخصا."
    assert _dead(extractor, text, CHEM) == [0]


def test_running_toll_lends_nothing(extractor):
    text = LEAD + "وأكد المرصد أن الهجمات أسفرت عن مقتل أربعين شخصا منذ مطلع الشهر."
    assert _dead(extractor, text, CHEM) == [0]
