"""g100h (recall audit by random documents): two shapes no trigger read.

A crowd counted as the subject of «خرج» («وخرج الآلاف، الجمعة، في مدن X وY وZ»، «خرج المئات إلى شوارع») is a protest,
one event per town of its list (tr-pro-68410..68413), unless the sentence tells evacuees, fighters, buses, flight or a
crowd out for something else (trigger_cues crowd_other: to celebrate, vote, welcome, bury; civilians leaving).
A barracks or camp set up («أقام ثكنة»، «أنشأ معسكرا»، «أقام قاعدة») is a base established (tr-base-68400..68404)."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

PUB = "2018-07-22"  # a Sunday
PROTEST = "Peaceful protest"
BASE = "Headquarters or base established"


def _subs(extractor, text: str) -> list[str]:
    return [e.sub_event_type for e in read_doc(extractor, text, PUB).events]


def test_a_crowd_out_in_a_list_of_towns_is_a_protest_in_each(extractor):
    text = "وخرج الآلاف، السبت، في مدن الكوت والعمارة والسماوة احتجاجا على انقطاع الكهرباء."
    evs = read_doc(extractor, text, PUB).events
    assert [e.sub_event_type for e in evs] == [PROTEST] * 3
    assert len({e.location for e in evs}) == 3


def test_hundreds_out_in_the_streets_is_a_protest(extractor):
    text = "خرج المئات الأحد إلى شوارع مدينة الكوت مطالبين بتوفير فرص العمل."
    assert _subs(extractor, text) == [PROTEST]


@pytest.mark.parametrize("text", [
    "وقال مسؤول محلي إن الجيش التركي أقام ثكنة عسكرية قرب بلدة سوران السبت.",
    "وقالت مصادر محلية إن القوات الأمريكية أنشأت معسكرا جديدا قرب بلدة الشدادي السبت.",
])
def test_a_barracks_or_camp_set_up_is_a_base_established(extractor, text):
    assert _subs(extractor, text) == [BASE]


@pytest.mark.parametrize("text", [
    "وخرج آلاف المدنيين، السبت، من بلدة حمورية عبر الممر الآمن.",  # civilians leaving: no protest
    "وخرج الآلاف السبت إلى شوارع الكوت للاحتفال بفوز المنتخب.",  # a celebration
    "وخرج الآلاف من مقاتلي الفصائل وعائلاتهم السبت على متن حافلات من البلدة.",  # an evacuation
    "وتقيم إيران قواعد عسكرية في سوريا منذ سنوات.",  # a habit, told in the present
])
def test_other_crowds_and_habits_stay_no_protest_or_base(extractor, text):
    assert PROTEST not in _subs(extractor, text) and BASE not in _subs(extractor, text)


def test_fighters_who_went_out_stay_a_transfer_not_a_barred_protest(extractor):
    # the crowd row «خرج* مئات» is barred by the fighters and families; its head word keeps its own reading (tr-nvt-5000)
    text = "وخرج مئات المقاتلين وعائلاتهم السبت من مدينة تلبيسة باتجاه الشمال."
    evs = read_doc(extractor, text, PUB).events
    assert [e.sub_event_type for e in evs] == ["Non-violent transfer of territory"]
    assert "tr-nvt-5000" in evs[0].rule_ids


def test_a_barred_phrase_falls_back_only_to_readings_of_another_sub_type():
    # «معركة بين» barred by the matter agreed on stays no clash: the bare «معركة» (same sub-type) is no fallback
    from marsad.extract import lexicons as L

    heads = L.head_word_rows()
    assert "tr-clash-47004" not in heads
    assert [h.id for h in heads["tr-pro-68413"]] == ["tr-nvt-5000", "tr-nvt-17002"]
