"""The store's prebuilt JSON encoders give json.dumps's text (and its errors)."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.jsonenc import Dumps, dumps, dumps_str

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text())
values = st.recursive(scalars, lambda kids: st.one_of(st.lists(kids), st.dictionaries(st.text(), kids),
                                                      st.tuples(kids, kids)), max_leaves=20)


@settings(max_examples=300)
@given(values)
def test_same_text_as_json_dumps(v):
    assert dumps(v) == json.dumps(v, ensure_ascii=False)
    assert dumps_str(v) == json.dumps(v, ensure_ascii=False, default=str)
    assert dumps_str.many([v, "x", v]) == [dumps_str(v), '"x"', dumps_str(v)]


def test_default_and_errors_as_json_dumps():
    v = {"when": dt.date(2018, 2, 6), "n": [1, 2.5]}
    assert dumps_str(v) == json.dumps(v, ensure_ascii=False, default=str)
    with pytest.raises(TypeError):
        dumps(v)
    loop: list = []
    loop.append(loop)
    with pytest.raises(ValueError):
        dumps(loop)
    assert dumps([loop[:0], "ok"]) == '[[], "ok"]'  # the failed call left no markers behind
    assert Dumps(default=repr)({1}) == json.dumps({1}, default=repr)


flat_scalars = st.one_of(st.none(), st.booleans(), st.integers(-2, 2), st.sampled_from([0.0, -0.0, 1.0, 2.5, -2.5]),
                         st.sampled_from(["", "حلب", "1"]))
flat_dicts = st.dictionaries(st.one_of(st.sampled_from(["a", "b", "lat"]), st.integers(0, 1), st.sampled_from([1.0, True])),
                             st.one_of(flat_scalars, st.lists(flat_scalars, max_size=2)), max_size=3)


@settings(max_examples=300)
@given(st.lists(st.one_of(flat_dicts, flat_scalars), max_size=12))
def test_flat_dict_memo_gives_json_dumps_text(vs):
    from marsad.jsonenc import FlatDictMemo

    memo = FlatDictMemo(dumps_str, bound=4)
    for _ in range(2):  # the second round reads what the first kept
        assert memo.many(vs) == [json.dumps(v, ensure_ascii=False, default=str) for v in vs]


def test_flat_dict_memo_encodes_a_repeated_dict_once_and_keeps_no_zero():
    from marsad.jsonenc import FlatDictMemo

    calls = []

    def one(o):
        calls.append(o)
        return dumps_str(o)

    memo = FlatDictMemo(one)
    place = {"location": "إدلب", "lat": 35.93, "lon": 36.63, "precision": 2}
    assert memo.many([place, dict(place), "حلب", dict(place)]) == [dumps_str(place)] * 2 + ['"حلب"', dumps_str(place)]
    assert len(calls) == 1
    assert memo.many([{"lat": 0.0}, {"lat": -0.0}]) == ['{"lat": 0.0}', '{"lat": -0.0}']
    assert memo.many([{"v": 1}, {"v": 1.0}, {"v": True}, {1: "x"}, {1.0: "x"}]) == [
        '{"v": 1}', '{"v": 1.0}', '{"v": true}', '{"1": "x"}', '{"1.0": "x"}']


def test_the_store_encodes_span_values_through_a_memo():
    from marsad import store
    from marsad.jsonenc import FlatDictMemo

    assert isinstance(store._span_values, FlatDictMemo)
