"""Token is a plain class with slots (s31): compiled, its fields are struct reads, not generic look-ups."""
from __future__ import annotations

import copy
import pickle

from marsad.lang.ar import tokens as T
from marsad.lang.ar.tokens import Token, analyze_text, tokenize


def test_token_is_not_a_named_tuple() -> None:
    # a named tuple's fields are generic attribute look-ups in compiled callers
    assert not issubclass(Token, tuple)
    # no per-token dict: slots in pure Python, a native struct compiled (which has no __slots__ attribute)
    assert not hasattr(Token("قصف", 0, 3, 0), "__dict__")


def test_fields_defaults_and_properties() -> None:
    t = Token("قصف", 3, 6, 1)
    assert (t.norm, t.start, t.end, t.i, t.punct) == ("قصف", 3, 6, 1, False)
    assert t.is_word and not t.is_punct
    mark = Token(".", 6, 7, 2, True)
    assert mark.is_punct and not mark.is_word


def test_equal_hashed_unpacked_as_its_fields() -> None:
    a, b = Token("غارة", 0, 4, 0), Token("غارة", 0, 4, 0)
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Token("غارة", 0, 4, 1) and a != ("غارة", 0, 4, 0, False)
    norm, start, end, i, punct = a
    assert tuple(a) == (norm, start, end, i, punct) == ("غارة", 0, 4, 0, False)
    assert repr(a) == "Token(norm='غارة', start=0, end=4, i=0, punct=False)"


def test_pickle_and_copy() -> None:
    t = Token("،", 5, 6, 3, True)
    for u in (pickle.loads(pickle.dumps(t)), copy.copy(t), copy.deepcopy(t)):
        assert type(u) is Token and u == t and u is not t


def test_both_tokenizers_build_tokens() -> None:
    text = "قتل 3 مدنيين في قصف على القرية، وفق مصادر محلية."
    nt, toks = tokenize(text)
    ref = T._tokenize_re(nt)
    assert all(type(t) is Token for t in toks + ref)
    assert toks == ref
    assert [t.i for t in toks] == list(range(len(toks)))
    assert [t.norm for t in toks] == analyze_text(text).forms()


def test_match_is_a_plain_class_that_acts_as_its_tuple() -> None:
    from marsad.lang.ar.matcher import Match

    assert not issubclass(Match, tuple)
    m = Match(2, 4, 10, 19, None, "تنظيم الدولة", "و")
    assert (m.tok_start, m.tok_end) == (2, 4) and len(m) == 7 and m[5] == "تنظيم الدولة"
    start_tok, end_tok, start, end, payload, phrase, prefix = m
    assert (start_tok, end_tok, start, end, payload, phrase, prefix) == (2, 4, 10, 19, None, "تنظيم الدولة", "و")
    moved = m._replace(start_tok=0)
    assert moved == Match(0, 4, 10, 19, None, "تنظيم الدولة", "و") and m.start_tok == 2
    assert sorted([m, moved]) == [moved, m] and hash(m) == hash(Match(*m))
    assert pickle.loads(pickle.dumps(m)) == m and copy.copy(m) == m
    assert repr(moved).startswith("Match(start_tok=0, end_tok=4, ")
