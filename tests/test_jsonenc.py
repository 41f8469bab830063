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
