"""g99n: a kept event placed only at a country or region takes the town of a dropped mention of the same act told in
the very next sentence with no day of its own: a low-scored retelling («وأضاف المصدر أن الضربات وقعت في مدينة X») or
a relative clause about it («الطائرات التي نفذت الغارات على بلدة X») (step._told_on, _next_sentence_twin; rule
next-told-place-65400). A town told two sentences on, or named before the mention's trigger, lends nothing."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-20"
RULE = "next-told-place-65400"
STRIKE = ("قالت وسائل إعلام رسمية نقلا عن مصدر عسكري إن طائرات التحالف الدولي قصفت الثلاثاء موقعا للجيش السوري في "
          "شرق البلاد. ")


def _strikes(extractor, text: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Air/drone strike"]


def test_coarse_strike_takes_the_town_of_the_next_sentence(extractor):
    evs = _strikes(extractor, STRIKE + "وأضاف المصدر أن الضربات وقعت في مدينة الميادين.")
    assert [(e.location, e.geo_precision) for e in evs] == [("Al Mayādīn", 1)]
    assert RULE in evs[0].rule_ids
    assert evs[0].date_start == "2018-06-19"  # the kept act's own day stays


def test_relative_clause_of_the_next_sentence_lends_its_town(extractor):
    text = ("أفاد المرصد السوري لحقوق الإنسان بمقتل 12 مدنيا، الثلاثاء، بغارات استهدفت قرية في شمال شرق سوريا. "
            "وقال مدير المرصد إنه لم يتمكن من تحديد هوية الطائرات التي نفذت الغارات على بلدة تل تمر.")
    evs = _strikes(extractor, text)
    assert [(e.location, e.geo_precision) for e in evs] == [("Tall Tamr", 1)]
    assert RULE in evs[0].rule_ids


def test_town_two_sentences_on_lends_nothing(extractor):
    evs = _strikes(extractor, STRIKE + "وأدان مجلس الشعب الهجوم بشدة. وأضاف المصدر أن الضربات وقعت في مدينة الميادين.")
    # «شرق البلاد» stays the east of Syria (g109i: the side's region, Deir-ez-Zor), not the town
    assert [(e.location, e.geo_precision) for e in evs] == [("Eastern Syria", 3)]


def test_town_before_the_trigger_lends_nothing(extractor):
    # «حلفاء دمشق»: the capital names a side, not where the strikes fell
    evs = _strikes(extractor, STRIKE + "وقال حلفاء دمشق إن الضربات لن تمر دون رد.")
    assert [(e.location, e.geo_precision) for e in evs] == [("Eastern Syria", 3)]  # «شرق البلاد» (g109i)
    assert all(RULE not in e.rule_ids for e in evs)
