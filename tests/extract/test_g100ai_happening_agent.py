"""g100ai: a well-known happening told again whose attacker was only guessed (the coder's default, the report's most
named state) takes the attacker of public record (campaigns.tsv agent, rule id ka-70700): the T4 strike of 9 April
2018 is Israel's, the Western strikes of 14 April the US's. Never over an attacker read in the sentence.
Sentences composed for the test."""
from __future__ import annotations

from marsad_testdata import events_of, read_doc

AIR = "Air/drone strike"
# the attackers of record (actors.tsv isr-mil, usa-mil)
ISRAEL, USA = "Military Forces of Israel (1948-)", "Military Forces of the United States (2017-2021)"


def test_t4_strike_takes_israel_over_the_most_named_state(extractor) -> None:
    text = ("قال المتحدث باسم وزارة الدفاع الأمريكية، الثلاثاء، إن واشنطن لا تنفذ ضربات في سوريا حاليا. وكان مصدر "
            "عسكري قد أفاد بسقوط قتلى في الضربة التي استهدفت فجر الاثنين مطار التيفور العسكري بريف حمص.")
    evs = events_of(extractor, text, AIR, "2018-04-10")
    assert evs
    assert all(e.actor1 == ISRAEL and "ka-70700" in e.rule_ids for e in evs)


def test_western_strikes_take_the_us_over_a_default(extractor) -> None:
    text = ("قالت وزارة الدفاع الروسية، الإثنين، إن روسيا رصدت الصواريخ. وأكدت موسكو أن الضربات الغربية على سوريا "
            "لم تحقق أهدافها وأن الدفاعات أسقطت معظم الصواريخ.")
    evs = events_of(extractor, text, AIR, "2018-04-16")
    assert evs
    assert all(e.actor1 == USA for e in evs)


def test_guard_attacker_read_in_the_sentence_is_kept(extractor) -> None:
    # the sentence names the striker: the public record does not overrule what the report says
    text = ("قال مسؤول إيراني، الأربعاء، إن طائرات أمريكية قصفت مطار التيفور العسكري فجر الاثنين ما أدى إلى مقتل "
            "سبعة مستشارين.")
    evs = events_of(extractor, text, AIR, "2018-04-11")
    assert evs
    assert all(e.actor1 == USA and "ka-70700" not in e.rule_ids for e in evs)


def test_guard_later_strike_on_the_base_keeps_no_known_agent(extractor) -> None:
    # a base struck again months later is a fresh strike: no row, no attacker of record
    text = "ذكرت وسائل إعلام روسية، الخميس، أن 3 جنود قتلوا في قصف على مطار التيفور العسكري في ريف حمص."
    evs = read_doc(extractor, text, "2018-07-12").events
    assert evs
    assert all(e.actor1 != ISRAEL and "ka-70700" not in e.rule_ids for e in evs)
