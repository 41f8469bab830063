"""g98ai: code health, corpus output identical. places reads the capital word (function_words capital_word) through
scans.form_in_keys as step does (``places._is_capital_word``, no suffix test of its own), and two backward scans of the
day (places.advance_target, the half of step._going_on before the clash noun) are scans.word_back_in_clause, which
gains ``stems=True`` for a word read under its proclitic readings. Sentences composed for the test."""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad.extract import places
from marsad.extract.scans import word_back_in_clause
from marsad.lang.ar.tokens import tokenize


def _toks(text: str):
    return tokenize(text)[1]


def test_capital_word_read_under_proclitics():
    for w in ("العاصمة", "للعاصمة", "والعاصمة", "بالعاصمة", "عاصمة"):
        assert places._is_capital_word(_toks(w)[0].norm), w


def test_capital_word_guard():
    # guard: a capital's own name, a possessed «عاصمتها» and a word merely holding the letters are no capital word
    for w in ("دمشق", "عاصمتها", "المعاصمة"):
        assert not places._is_capital_word(_toks(w)[0].norm), w


def test_word_back_with_stems_reads_a_proclitic_word():
    toks = _toks("واصلت القوات والتقدم باتجاه البلدة")
    k = len(toks) - 1
    advance = L.words("advance")
    assert word_back_in_clause(toks, k, 0, advance, L.words("clause_break"), stems=True)


def test_word_back_with_stems_stops_at_a_clause_break():
    # guard: a word of advancing in an earlier clause is not this direction's
    toks = _toks("بعد التقدم، فيما هربت العائلات باتجاه البلدة")
    k = len(toks) - 1
    assert not word_back_in_clause(toks, k, 0, L.words("advance"), L.words("clause_break"), stems=True)
