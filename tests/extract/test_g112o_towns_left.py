"""g112o (an evacuation told at an area moves to the towns a next sentence lists as left).

- «خرج آلاف المسلحين والمدنيين من الغوطة الشرقية» then «وضمت القافلة ... من بلدات X وY وZ»: the dev gold enters one
  transfer of territory per town left (FR-middleEast-718), not one at the area (places.towns_left, towns-left-153000).
- An event told at one of the listed towns takes the others («الدفعة الثالثة من المسلحين الذين يغادرون X وY وZ»).
- The towns a deal covers («توصلت إلى اتفاق على إجلاء المقاتلين من بلدات X وY») and towns far from the area (the
  destinations) stay no place of the evacuation told before."""
from __future__ import annotations

import pytest

from marsad_testdata import of_kind, read_doc

PUB = "2018-03-20"  # a Tuesday
NVT = ("Strategic developments", "Non-violent transfer of territory")
LEAD = "خرج نحو 3100 مسلح ومدني من القطاع الأوسط في الغوطة الشرقية، الثلاثاء، في عملية إجلاء جديدة من المنطقة."


@pytest.mark.parametrize("second", [
    "وضمت القافلة مقاتلين ومدنيين من بلدات كفربطنا وسقبا وحمورية، شرقي دمشق.",
    "وذكرت الوكالة أن الدفعة أخرجت من بلدات كفربطنا وسقبا وحمورية في الغوطة الشرقية إلى إدلب.",
])
def test_evacuation_at_each_town_left(extractor, second):
    ev = of_kind(read_doc(extractor, f"{LEAD}\n{second}", PUB), NVT)
    assert {e.location for e in ev} == {"Kafr Baţnā", "Saqba", "Hamouriyah"}
    assert all(e.event_date == "2018-03-20" for e in ev)
    assert any("towns-left-153000" in e.rule_ids for e in ev)


def test_event_at_a_listed_town_takes_the_others(extractor):
    text = ("خرجت فجر اليوم نحو 60 حافلة من معبر كفربطنا في الغوطة الشرقية متوجهة إلى إدلب، بموجب اتفاق رتبته روسيا.\n"
            "وتعد هذه الدفعة الثانية من مسلحي فيلق الرحمن الذين يغادرون سقبا وحمورية وكفربطنا.")
    ev = of_kind(read_doc(extractor, text, PUB), NVT)
    assert {e.location for e in ev} == {"Kafr Baţnā", "Saqba", "Hamouriyah"}


@pytest.mark.parametrize("between", [
    # the towns one deal covers: its terms, read past
    "وكانت الحكومة قد أعلنت التوصل إلى اتفاق مع فيلق الرحمن على إجلاء المقاتلين من بلدتي عين ترما وزملكا.",
    # towns far from the area: where a convoy went, read past
    "وتوجهت القافلة إلى بلدتي سرمدا والدانا قرب الحدود التركية.",
])
def test_deal_towns_and_destinations_are_no_towns_left(extractor, between):
    second = "وضمت القافلة مقاتلين ومدنيين من بلدات كفربطنا وسقبا وحمورية."
    ev = of_kind(read_doc(extractor, f"{LEAD}\n{between}\n{second}", PUB), NVT)
    assert {e.location for e in ev} == {"Kafr Baţnā", "Saqba", "Hamouriyah"}
