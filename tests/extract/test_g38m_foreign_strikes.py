"""Foreign attackers of strikes in Syria (branch g38m).

- the nationality adjective of a force or aircraft noun names the agent of the strike noun after it even when the day
  is set off by commas between them ("نفذت مقاتلات عراقية، السبت، غارات"; frames._just_before, function_words
  subject_aside): before, the Syrian government was given by the default for strikes at a Syrian place;
- a subject that is no force ("السلطات العراقية، الاثنين، عملية") is not read so;
- the definite adjectives of the Russian and US forces after a strike noun ("الغارات الروسية"، "الضربات الأميركية")."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _run(extractor, text, published="2018-06-09"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _attackers(doc):
    return [e.actor1 for e in doc.events if e.event_type == ERV]


def test_iraqi_jets_with_the_day_between(extractor):
    doc = _run(extractor, "نفذت مقاتلات عراقية، السبت، غارات جوية على مواقع لتنظيم داعش قرب بلدة هجين في ريف دير الزور.")
    assert _attackers(doc) == ["Military Forces of Iraq (2014-2018)"]


def test_russian_planes_with_the_day_between(extractor):
    doc = _run(extractor, "شنت طائرات روسية، الخميس، غارات على مقرات لفصائل معارضة قرب مدينة جسر الشغور في ريف إدلب.")
    assert _attackers(doc) == ["Military Forces of Russia (2000-)"]


def test_definite_warplanes_with_the_day_between(extractor):
    doc = _run(extractor, "شنت المقاتلات الحربية الروسية، أمس، غارات على بلدة خان شيخون في ريف إدلب.")
    assert _attackers(doc) == ["Military Forces of Russia (2000-)"]


def test_authorities_with_the_day_between_launch_no_strike(extractor):
    doc = _run(extractor, "أطلقت السلطات العراقية، الاثنين، عملية عسكرية في محافظة ديالى.")
    assert not [e for e in doc.events if e.actor1 == "Military Forces of Iraq (2014-2018)"]
