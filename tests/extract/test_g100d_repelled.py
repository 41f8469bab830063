"""A finite repelling verb («تصدت»، «تتصدى»، «صدت») told as news is an armed clash even when its subject or a day stands
between it and the attack, or when it takes the armed side itself; actor1 is the attacker, the subject the defender
(g100d, tr-clash-68000..68007). Foiled plots, interceptions and police facing protesters stay no clash.
Sentences composed for the test."""
from __future__ import annotations

import pytest

from marsad_testdata import pairs_of, subs_of

PUBLISHED = "2018-07-05"
SYRIA = "Military Forces of Syria (2000-)"
REBELS = "Opposition Rebels (Syria)"
TURKEY = "Military Forces of Turkey (2016-)"
YPG = "YPG: People's Protection Units"
IS = "Islamic State (Iraq and Syria)"
JORDAN = "Military Forces of Jordan (1999-)"


@pytest.mark.parametrize("text, pair", [
    # the subject and the day between the verb and the attack; the attack's genitive attacked
    ("تصدت فصائل المعارضة، مساء الأربعاء، لهجوم عنيف لقوات النظام على بلدة اللطامنة في ريف حماة.", (SYRIA, REBELS)),
    # present tense in a live report: fighting going on; the group of the relative clause is no side
    ("ويتصدى المقاتلون الأكراد الذين قاتلوا تنظيم داعش طويلا، للهجوم التركي على مدينة عفرين.", (TURKEY, YPG)),
    # the armed side as the object; «أنه» before the verb is the army that speaks
    ("أعلن الجيش الأردني، الأربعاء، أنه تصدى لعدد من مسلحي تنظيم داعش حاولوا الاقتراب من الحدود.", (IS, JORDAN)),
])
def test_repelling_verb_is_a_clash_attacker_first(extractor, text, pair):
    assert pairs_of(extractor, text, "Armed clash", PUBLISHED) == [pair]


@pytest.mark.parametrize("text", [
    "أحبطت الشرطة الأردنية، الأربعاء، مخططا إرهابيا كانت خلية تابعة لتنظيم داعش تعد لتنفيذه في عمان.",
    "أحبطت قوات حرس الحدود، الأربعاء، عملية تهريب كمية من الأسلحة عبر الحدود.",
    "تصدت الدفاعات الجوية السورية، فجر الأربعاء، لصواريخ إسرائيلية استهدفت مطار المزة العسكري.",
    "تصدت قوات الأمن، الأربعاء، للمتظاهرين الذين حاولوا اقتحام مبنى المحافظة في البصرة.",
])
def test_foiled_plots_interceptions_and_protests_are_no_clash(extractor, text):
    assert "Armed clash" not in subs_of(extractor, text, PUBLISHED)
