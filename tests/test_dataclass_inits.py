"""The per-article dataclasses write their __init__ out, so that compiled it is native (s30)."""
from __future__ import annotations

from dataclasses import fields, replace

import pytest

from marsad.extract.frames import Frame, Mention
from marsad.extract.lexicons import Trigger
from marsad.lang.ar.dates import DateMention
from marsad.lang.ar.matcher import Match
from marsad.lang.ar.normalize import NormText
from marsad.lang.ar.numbers import NumberMention
from marsad.lang.ar.tokens import Analysis

CLASSES = [Mention, Frame, NumberMention, DateMention, NormText, Analysis]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_the_init_is_written_out_not_generated_by_dataclasses(cls):
    # dataclasses compiles its generated __init__ from a string: its code's file is "<string>"
    code = getattr(cls.__init__, "__code__", None)
    assert code is None or code.co_filename != "<string>"


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_the_init_takes_the_fields_in_their_order(cls):
    import inspect

    if getattr(cls.__init__, "__code__", None) is None:
        pytest.skip("compiled: no signature to read")
    params = list(inspect.signature(cls.__init__).parameters)[1:]
    assert params == [f.name for f in fields(cls) if f.init]


def test_a_frame_s_default_lists_are_new_for_each_frame_and_replace_keeps_them():
    t = Match(0, 1, 0, 4, None, "اشتباك", "")
    tdef = Trigger("t1", "Battles", "Armed clash", "noun", 1.0, "")
    a = Frame(t, tdef, "Battles", "Armed clash", 0, (0, 1))
    b = Frame(t, tdef, "Battles", "Armed clash", 0, (0, 1))
    a.rule_ids.append("r1")
    a.claimed_by.append("x")
    a.extra_places.append("p")
    assert b.rule_ids == [] and b.claimed_by == [] and b.extra_places == [] and a != b
    c = replace(a, confidence=0.5)
    assert c.rule_ids is a.rule_ids and c.confidence == 0.5 and c.credible == 0 and not c.total


def test_a_mention_s_defaults_equality_and_repr_are_the_dataclass_s():
    m = Mention("actor", 1, 2, 3, 4, "v")
    assert (m.rule_id, m.prefix) == ("", "")
    assert m == Mention("actor", 1, 2, 3, 4, "v", rule_id="", prefix="")
    assert repr(m) == "Mention(kind='actor', tok_start=1, tok_end=2, start=3, end=4, value='v', rule_id='', prefix='')"
    n = NumberMention(0, 2, "٣", 3, None, None, "exact", 0, 1, "r")
    assert n == replace(n) and n.hedge == "exact"
    d = DateMention(0, 1, "t", None, None, 1, "r", 0, 1, "past")
    assert d.relation == "past" and d == replace(d)
    assert NormText("a", "a", None).to_orig(0, 1) == (0, 1)
