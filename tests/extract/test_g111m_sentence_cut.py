"""g111m: the merge cuts an evidence sentence's tokens from its document's tokens instead of tokenizing it again;
the cut equals a fresh tokenization wherever no token runs across an end of the span."""
from __future__ import annotations

import random

from marsad.extract import merge
from marsad.lang.ar.tokens import analyze_text, tokenize
from marsad_testdata import patches_compiled_calls

_TEXT = ("قصفت الطائرات الحربيـــة بلدة كَفرنبل في ريف إدلب، ما أسفر عن مقتل 1,500 شخص و2.5 طن.\n"
         "وقال «المرصد» إن القصف (الجوي) استمر حتى الساعة 10:30 صباحاً! ﻻ أحد يعرف.\n"
         "The U.S. Army and İSTANBUL sources said 3 people died... وأضاف: الوضع سيء؟")


def _fresh(text: str, s0: int, s1: int):
    return [t.astuple() for t in tokenize(text[s0:s1])[1]]


def test_every_sentence_is_cut_as_tokenized():
    an = analyze_text(_TEXT)
    for s0, s1 in an.sentences:
        got = merge._cut_tokens(an.tokens, s0, s1)
        assert got is not None
        assert [t.astuple() for t in got] == _fresh(_TEXT, s0, s1)


def test_spans_at_token_ends_are_cut_as_tokenized_and_others_left():
    toks = tokenize(_TEXT)[1]
    ends = sorted({0, len(_TEXT)} | {t.start for t in toks} | {t.end for t in toks})
    rnd = random.Random(111)
    for _ in range(400):
        s0, s1 = sorted(rnd.sample(ends, 2))
        got = merge._cut_tokens(toks, s0, s1)
        assert got is not None and [t.astuple() for t in got] == _fresh(_TEXT, s0, s1), (s0, s1)
    inner = [i for t in toks for i in range(t.start + 1, t.end)]  # inside a token
    for _ in range(200):
        s0, s1 = rnd.choice(inner), rnd.choice(ends)
        if s0 < s1:
            assert merge._cut_tokens(toks, s0, s1) is None
            assert merge._cut_tokens(toks, 0, s0) is None


def test_a_documents_sentence_is_not_tokenized_again(monkeypatch):
    patches_compiled_calls(merge)  # the compiled merge binds tokenize at build time: the pure run tests it
    an = analyze_text(_TEXT)
    s0, s1 = an.sentences[1]
    sent = _TEXT[s0:s1]
    calls: list[str] = []

    def counting(text: str):
        calls.append(text)
        return tokenize(text)

    monkeypatch.setattr(merge, "tokenize", counting)
    merge._sentence_tokens.cache_clear()
    monkeypatch.setattr(merge, "_READING", [(_TEXT, an.tokens, {sent: (s0, s1)})])
    assert [t.astuple() for t in merge._sentence_tokens(sent)] == _fresh(_TEXT, s0, s1)
    assert calls == []
    other = "أصيب 7 مدنيين في انفجار عبوة ناسفة."
    merge._sentence_tokens(other)
    assert calls == [other]  # not a span of the document: tokenized
    merge._sentence_tokens.cache_clear()


def test_a_capital_sigma_is_tokenized(monkeypatch):
    text = "قال ΣΟΦΙΑΣ إن القصف استمر. ثم توقف."
    an = analyze_text(text)
    s0, s1 = an.sentences[0]
    sent = text[s0:s1]
    merge._sentence_tokens.cache_clear()
    monkeypatch.setattr(merge, "_READING", [(text, an.tokens, {sent: (s0, s1)})])
    assert [t.astuple() for t in merge._sentence_tokens(sent)] == _fresh(text, s0, s1)
    merge._sentence_tokens.cache_clear()


def test_merge_within_reads_the_document_and_forgets_it():
    assert merge.merge_within([], text=_TEXT, tokens=tokenize(_TEXT)[1]) == []
    assert merge._READING == []
