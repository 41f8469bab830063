"""g86a: a vague word's stand-in for the dead («مقتل العشرات»: 10, merge VAGUE_TOLL) yields to a figure told for the
same happening in another sentence, instead of the lowest-figure rule keeping the stand-in; and a stand-in read in a
sentence whose figure another kind's event counts is that event's (told_once). Sentences composed for the tests."""
from __future__ import annotations

from marsad.extract.merge import VAGUE_TOLL, told_once
from marsad.model import Event, Evidence
from marsad_testdata import events_of

PUB = "2018-04-08"
AIR = "Air/drone strike"
ERV = "Explosions/Remote violence"


def test_told_count_after_vague_one_wins(extractor):
    evs = events_of(extractor, "شنت قوات النظام يوم السبت غارات جوية على مدينة دوما في الغوطة الشرقية أسفرت عن "
                    "مقتل العشرات. وقال المرصد السوري لحقوق الإنسان إن الغارات الجوية على دوما يوم السبت أدت إلى "
                    "مقتل 45 مدنيا.", AIR, PUB)
    assert evs and all(e.fatalities == 45 for e in evs)


def test_told_count_before_vague_one_wins(extractor):
    evs = events_of(extractor, "قال المرصد السوري لحقوق الإنسان إن الغارات الجوية على مدينة دوما يوم السبت أدت إلى "
                    "مقتل 45 مدنيا. وكانت قوات النظام قد شنت يوم السبت غارات جوية على دوما أسفرت عن مقتل العشرات.",
                    AIR, PUB)
    assert evs and all(e.fatalities == 45 for e in evs)


def test_chemical_attack_takes_its_told_toll(extractor):
    evs = events_of(extractor, "استهدفت صواريخ فجر الأحد مطار الضمير العسكري موقعة العديد من القتلى، بعد هجوم "
                    "كيميائي أسفر عن مقتل العشرات في دوما يوم السبت. وقال الدفاع المدني إن الهجوم الكيميائي على دوما "
                    "يوم السبت أدى إلى مقتل 42 مدنيا.", "Chemical weapon", PUB)
    assert evs and all(e.fatalities == 42 for e in evs)


def _event(sub: str, dead: int, starts: tuple[int, ...], vague: bool) -> Event:
    ev = Event(ERV, sub, date_start="2018-04-09", date_end="2018-04-09")
    ev.fatalities = ev.fatalities_low = ev.fatalities_high = dead
    ev.evidence = [Evidence("d", s, s + 10, "x") for s in starts]
    ev.rule_ids = [VAGUE_TOLL] if vague else []
    return ev


def test_vague_toll_of_a_sentence_another_kind_counts_is_dropped():
    # the strike on the base read «مقتل العشرات» (10) of the gas attack told in its sentence; the gas attack's merge
    # replaced that stand-in by its told 40, so their (toll, sentence) keys differ
    strike = _event(AIR, 10, (0, 387), True)
    gas = _event("Chemical weapon", 40, (387, 2997), False)
    told_once([strike, gas])
    assert (strike.fatalities, gas.fatalities) == (0, 40)


def test_vague_toll_of_its_own_sentence_is_kept():
    strike = _event(AIR, 10, (0, 387), True)
    gas = _event("Chemical weapon", 40, (2997,), False)
    told_once([strike, gas])
    assert (strike.fatalities, gas.fatalities) == (10, 40)
