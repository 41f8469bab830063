"""g84e: words of death and slaughter («توفي/توفيت/توفيا/توفوا»، «ذبح»، «قطع رأس»، «أعدم*»: casualties.tsv
cs-k-54800..54806) tie a number or a singular victim to the dead like «قتل»; an age after a number («في العشرين من
العمر»: function_words age_word) is never a count of the dead. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-09-10"
ATTACK = "Attack"


def test_beheading_of_one_hostage_counts_one_dead(extractor):
    evs = events_of(extractor, "أقدم مسلحو التنظيم يوم الأربعاء على قطع رأس أحد المختطفين في قرية الكفر شرقي "
                    "محافظة السويداء.", ATTACK, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_slaughter_of_two_counts_two_dead(extractor):
    evs = events_of(extractor, "بث التنظيم يوم الأربعاء تسجيلا يظهر قيام عناصره بذبح شخصين من أبناء قرية "
                    "الكفر شرقي محافظة السويداء.", ATTACK, PUB)
    assert evs and all(e.fatalities == 2 for e in evs)


def test_executed_official_counts_one_dead(extractor):
    evs = events_of(extractor, "أعدم مدير المدرسة رميا بالرصاص على يد مسلحي التنظيم يوم الأربعاء في قرية الكفر "
                    "شرقي محافظة السويداء.", ATTACK, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_age_is_not_a_count_of_the_dead(extractor):
    # «في العشرين من العمر» is the victim's age: one dead, not 20
    evs = events_of(extractor, "أسفر القصف المدفعي يوم الأربعاء عن مقتل شاب في العشرين من العمر في بلدة معرة "
                    "النعمان بريف إدلب.", "Shelling/artillery/missile attack", PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_age_with_pronoun_is_not_a_count_of_the_dead(extractor):
    evs = events_of(extractor, "أسفر القصف المدفعي يوم الأربعاء عن مقتل شاب في الـ25 من عمره في بلدة معرة "
                    "النعمان بريف إدلب.", "Shelling/artillery/missile attack", PUB)
    assert evs and all(e.fatalities == 1 for e in evs)
