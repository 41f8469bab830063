"""g98hh: the merge's sentence readers tokenize one evidence sentence once, however many pairs read it."""
from __future__ import annotations

from marsad.extract import merge
from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.tokens import tokenize
from marsad_testdata import patches_compiled_calls


def test_sentence_tokens_made_once(monkeypatch):
    patches_compiled_calls(merge)  # the compiled merge binds tokenize at build time: the pure run tests it
    calls: list[str] = []

    def counting(text: str):
        calls.append(text)
        return tokenize(text)

    merge._sentence_tokens.cache_clear()
    merge._sentence_words.cache_clear()
    monkeypatch.setattr(merge, "tokenize", counting)
    text = "ارتفع عدد القتلى في القصف على البلدة إلى 12 شخصا، بينهم 3 أطفال."
    for _ in range(3):
        merge._sentence_tokens(text)
        merge._sentence_words(text)
    assert calls == [text]
    merge._sentence_tokens.cache_clear()
    merge._sentence_words.cache_clear()


def test_cached_words_same_as_fresh():
    # guard: the cache returns what a fresh reading gives, and two sentences keep their own words
    merge._sentence_words.cache_clear()
    a = "قتل 5 عناصر من قوات النظام في هجوم ليلي."
    b = "أصيب 7 مدنيين في انفجار عبوة ناسفة."
    assert merge._sentence_words(a) == tuple(norm_key(t.norm).lower() for t in tokenize(a)[1] if not t.punct)
    assert merge._sentence_words(b) != merge._sentence_words(a)
    assert merge._rise_to("ارتفع عدد القتلى إلى 12 شخصا.", 12)
    assert not merge._rise_to("قتل 12 شخصا في القصف.", 12)
