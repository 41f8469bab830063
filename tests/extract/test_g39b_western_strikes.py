"""Joint Western strikes: the first-named state is the attacker (branch g39b).

- of nationality adjectives joined by "و" before a strike noun, the first named leads ("القوات الأميركية
  والبريطانية والفرنسية"، "قوات أميركية وبريطانية وفرنسية"; frames._first_adjective, _past_joined_nationalities,
  function_words joined_nationality): ACLED codes a joint strike to the first state, the others as associates;
- the definite British and French adjectives name their forces after a strike noun ("الضربات الجوية البريطانية");
- a country after "في" right after the strike noun is where it fell, not its agent (function_words in_place)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"
USA = "Military Forces of the United States (2017-2021)"


def _run(extractor, text, published="2018-04-16"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _attackers(doc):
    return [e.actor1 for e in doc.events if e.event_type == ERV]


def test_indefinite_list_of_three_states_gives_the_first(extractor):
    doc = _run(extractor, "وشنت قوات أميركية وبريطانية وفرنسية ضربات جوية على سوريا، فجر السبت، ردا على هجوم كيماوي.")
    assert _attackers(doc) == [USA]


def test_definite_list_of_three_states_gives_the_first(extractor):
    # a guard (passes on main, where the British and French adjectives were not read): not the last of the list
    doc = _run(extractor, "ونفذت القوات الأميركية والبريطانية والفرنسية ضربات صاروخية على مركز أبحاث قرب دمشق يوم السبت.")
    assert _attackers(doc) == [USA]


def test_country_after_fi_is_no_agent(extractor):
    doc = _run(extractor, "ونفذت القوات الأميركية ضربات جوية في سوريا، يوم السبت، طالت مواقع قرب حمص.")
    assert _attackers(doc) == [USA]


def test_british_strikes_named_by_definite_adjective(extractor):
    doc = _run(extractor, "وأدت الضربات الجوية البريطانية يوم الأحد إلى مقتل ثلاثة مدنيين في مدينة الموصل.")
    assert _attackers(doc) == ["Military Forces of the United Kingdom (2016-2019)"]
