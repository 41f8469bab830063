"""Positions or forces hit told with a pronoun of possession (branch g55c), on sentences of our own.

«أكدت قسد أن النظام قصف قواتها», «قال الجيش الإسرائيلي إن القوات الإيرانية أطلقت صواريخ على مواقعه»: the armed side
whose own forces or positions were hit is the target (actor2), also when it is the speaker. «من مواقعها» tells where a
strike came from and names no target.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-10"  # a Thursday


def _strikes(extractor, text):
    doc = read_doc(extractor, text, PUB, "تقرير")
    return [(e.actor1, e.actor2, e.rule_ids) for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_speaker_whose_forces_were_shelled_is_the_target(extractor):
    text = "أكدت قوات سوريا الديمقراطية في بيان أن النظام السوري قصف قواتها يوم الأربعاء في بلدة هجين.\n"
    [(a1, a2, rules)] = _strikes(extractor, text)
    assert a1 == "Military Forces of Syria (2000-)"
    assert a2 == "SDF: Syrian Democratic Forces"
    assert "actor2-own-forces" in rules


def test_rockets_on_the_speakers_positions(extractor):
    text = "قال الجيش الإسرائيلي إن القوات الإيرانية أطلقت يوم الخميس 20 صاروخا على مواقعه في الجولان.\n"
    [(a1, a2, _)] = _strikes(extractor, text)
    assert a1 == "Military Forces of Iran (1989-)"
    assert a2 == "Military Forces of Israel (1948-)"


def test_shelling_from_its_positions_names_no_target(extractor):
    text = "قالت الفصائل إن قوات النظام قصفت أحياء حلب يوم الأربعاء من مواقعها في ريف حلب.\n"
    [(a1, a2, rules)] = _strikes(extractor, text)
    assert a1 == "Military Forces of Syria (2000-)"
    assert a2 != "Opposition Rebels (Syria)"
    assert "actor2-own-forces" not in rules
