"""Suicide bombers counted as the dead (branch g100an), on sentences of our own.

«قتل X N انتحاريين» is fighters killed by X, as «قتل X N مسلحين» is: «انتحاريين» (and «انتحاريا» after eleven and
more) are troops_counted cues now. The blasts' adjective («تفجيرين انتحاريين») stays a suicide bomb: explosive bars the
clash triggers.
"""
from __future__ import annotations

from marsad_testdata import fields_of

PUB = "2018-04-05"  # a Thursday
CLASH = "Armed clash"
SUICIDE = "Suicide bomb"
FIELDS = ("sub_event_type", "fatalities")


def test_suicide_bombers_killed_by_a_force_make_a_clash(extractor):
    text = "قتلت قوات الأمن العراقية ثلاثة انتحاريين قبل وصولهم إلى مدينة سامراء يوم الأربعاء.\n"
    assert (CLASH, 3) in fields_of(extractor, text, PUB, *FIELDS)


def test_suicide_bombers_killed_by_a_service_make_a_clash(extractor):
    text = "قتل جهاز مكافحة الإرهاب 4 انتحاريين قرب مدينة الرمادي يوم الأربعاء.\n"
    assert (CLASH, 4) in fields_of(extractor, text, PUB, *FIELDS)


def test_twin_suicide_blasts_stay_a_suicide_bomb(extractor):
    text = "قتل 9 أشخاص في تفجيرين انتحاريين استهدفا سوقا في مدينة كركوك يوم الأربعاء.\n"
    evs = fields_of(extractor, text, PUB, *FIELDS)
    assert (SUICIDE, 9) in evs
    assert not any(e[0] == CLASH for e in evs)
