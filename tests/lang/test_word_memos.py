"""The per-word answers of tokens and scans live in plain dicts (s32), not lru_cache wrappers: compiled, a call is
native. Same answers as computed afresh; a memo that is full is emptied, never wrong."""
from __future__ import annotations

import pytest

from marsad.extract import scans as S
from marsad.lang.ar import tokens as T
from marsad_testdata import patches_compiled_calls


@pytest.mark.parametrize("fn", [T.proclitic_splits, T.proclitic_stems, T.enclitic_splits, S.form_in_keys])
def test_not_an_lru_cache_wrapper(fn) -> None:
    # an lru_cache wrapper is a generic call from compiled code, with LRU bookkeeping on every hit
    assert not hasattr(fn, "cache_info")


def test_splits_remembered_and_equal_to_a_fresh_answer() -> None:
    word = "وبالمدينة"
    first = T.proclitic_splits(word)
    assert T._SPLITS[word] is first and T.proclitic_splits(word) is first
    assert first == T._proclitic_splits(word)
    assert ("وب", "المدينة") in first
    assert T.proclitic_stems(word) == tuple(stem for _, stem in first)
    assert T._STEMS[word] == T.proclitic_stems(word)
    assert ("مدينت", "ها") in T.enclitic_splits("مدينتها")
    assert "مدينتها" in T._ENCLITICS


def test_full_word_memo_is_emptied(monkeypatch) -> None:
    patches_compiled_calls(T)  # the memo and its bound are Final: compiled, C statics a patch does not reach
    monkeypatch.setattr(T, "WORD_MEMO_MAX", 2)
    monkeypatch.setattr(T, "_SPLITS", {"أ": (("", "أ"),), "ب": (("", "ب"),)})
    assert T.proclitic_splits("والقصف") == T._proclitic_splits("والقصف")
    assert list(T._SPLITS) == ["والقصف"]


def test_form_in_keys_per_key_set(monkeypatch) -> None:
    patches_compiled_calls(S)  # the memos are Final: compiled, C statics a patch does not reach
    monkeypatch.setattr(S, "_IN_KEYS", {})
    towns, cities = frozenset({"بلدة"}), frozenset({"مدينة"})
    assert S.form_in_keys("بالبلدة", frozenset({"البلدة"})) == "البلدة"
    assert S.form_in_keys("وبلدة", towns) == "بلدة"
    assert S.form_in_keys("وبلدة", cities) is None  # the answer of one set is not another's
    assert S._IN_KEYS[towns] == {"وبلدة": "بلدة"} and S._IN_KEYS[cities] == {"وبلدة": None}
    assert S.form_in_keys("وبلدة", cities) is None


def test_full_form_memo_is_emptied(monkeypatch) -> None:
    patches_compiled_calls(S)  # the memos and bounds are Final: compiled, C statics a patch does not reach
    monkeypatch.setattr(S, "_IN_KEYS", {})
    monkeypatch.setattr(S, "FORM_MEMO_MAX", 1)
    monkeypatch.setattr(S, "IN_KEYS_MAX", 1)
    towns = frozenset({"بلدة"})
    S.form_in_keys("بلدة", towns)
    assert S.form_in_keys("وبلدة", towns) == "بلدة" and S._IN_KEYS[towns] == {"وبلدة": "بلدة"}
    assert S.form_in_keys("قرية", frozenset({"قرية"})) == "قرية" and towns not in S._IN_KEYS
