"""The compiled matcher (``_longest``, ``MatcherSet`` plans) finds what the entry-by-entry matcher found."""
from __future__ import annotations

import json
from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.extract import lexicons as L
from marsad.lang.ar.matcher import Match, PhraseMatcher
from marsad.lang.ar.tokens import _clitics, analyze_text, proclitic_splits, proclitic_stems

from marsad_testdata import ROOT


def _ref_match_at(m: PhraseMatcher, toks, i: int, limit: int) -> Match | None:
    """The former ``match_at``: every candidate checked word by word with ``_word_ok``."""
    best = None
    for prefix, form in proclitic_splits(toks[i].norm):
        cands = m._candidates(form)
        if not cands:
            continue
        b = m._best(toks, i, limit, prefix, cands)
        if b is not None and (best is None or b.end_tok > best.end_tok):
            best = b
        if best is not None and best.end_tok - best.start_tok > 1:
            break
    return best


def _check_match_at(m: PhraseMatcher, toks) -> None:
    for i in range(len(toks)):
        assert m.match_at(toks, i, len(toks)) == _ref_match_at(m, toks, i, len(toks))


def _ref_set_find(ms, toks) -> dict[str, list[Match]]:
    """The former ``MatcherSet.find``, entry by entry, over the same probe."""
    out = [[] for _ in ms.matchers]
    nxt = [0] * len(ms.matchers)
    for i, t in enumerate(toks):
        if t.punct:
            continue
        splits = [(p, f) for p, f in proclitic_splits(t.norm) if ms._probe._lookup(f)]
        hits = [(k, p, c) for k, m in enumerate(ms.matchers) for p, f in splits if (c := m._candidates(f))]
        best = {}
        for k, prefix, cands in hits:
            b = best.get(k)
            if i < nxt[k] or (b is not None and b.end_tok - b.start_tok > 1):
                continue
            m = ms.matchers[k]._best(toks, i, len(toks), prefix, cands)
            if m is not None and (b is None or m.end_tok > b.end_tok):
                best[k] = m
        for k, m in best.items():
            out[k].append(m)
            nxt[k] = m.end_tok
    return dict(zip(ms.names, out))


@lru_cache(maxsize=1)
def _vocabulary() -> list[str]:
    """Lexicon words with proclitics, inflections and pronouns, quote marks, and filler words."""
    words, phrases = set(), set()
    for m in L.all_matchers().matchers:
        for lst in (*m._exact.values(), *m._star.values()):
            for e in lst:
                words.update(e.words)
                if len(e.words) > 1:
                    phrases.add(e.words)
    base = sorted(words)
    endings = sorted(L.all_matchers().matchers[0]._endings)[:40]
    enc = [e for e in _clitics()[1] if e][:6]
    out = list(base)
    for ws in sorted(phrases):  # whole phrases, cut short, quoted inside, inflected at the end
        out += [" ".join(ws), " ".join(ws[:-1]), " « ".join(ws), " ".join(ws) + enc[len(ws) % len(enc)],
                " ".join(ws) + endings[len(ws[-1]) % len(endings)]]
    out += ["و" + w for w in base[::3]] + ["بال" + w for w in base[::5]] + ["لل" + w for w in base[::7]]
    out += [w + e for w in base[::4] for e in endings[::9]] + [w + e for w in base[::6] for e in enc]
    out += ['"', "«", "»", "،", ".", "في", "على", "كلمة", "خمسة", "2018"]
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=40))
def test_matcher_set_agrees_with_reference(picks: list[int]) -> None:
    vocab = _vocabulary()
    toks = analyze_text(" ".join(vocab[p % len(vocab)] for p in picks)).tokens
    ms = L.all_matchers()
    assert ms.find(toks) == _ref_set_find(ms, toks)
    for m in ms.matchers:
        _check_match_at(m, toks)


def test_matcher_set_agrees_with_reference_on_articles() -> None:
    ms = L.all_matchers()
    with open(ROOT / "tests" / "data" / "composed_articles.jsonl", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    assert texts
    for text in texts:
        toks = analyze_text(text).tokens
        assert ms.find(toks) == _ref_set_find(ms, toks)
        for m in ms.matchers:
            _check_match_at(m, toks)


def test_form_indexes_agree_with_lookup() -> None:
    ms = L.all_matchers()
    forms = {f for w in _vocabulary() for t in analyze_text(w).tokens for _, f in proclitic_splits(t.norm)}
    forms |= {f + "ا" for f in list(forms)[::3]}  # tanwin readings
    for f in sorted(forms):
        assert ms._starts_something(f) == bool(ms._probe._lookup(f)), f
        assert ms._lexicons_of(f) == {k for k, m in enumerate(ms.matchers) if m._lookup(f)}, f


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**9), min_size=1, max_size=30))
def test_matcher_set_finds_what_each_lexicon_finds(picks: list[int]) -> None:
    """One pass over all lexicons gives each lexicon's own leftmost-longest matches, including
    a one-word entry with a pronoun suffix whose first word also starts longer entries."""
    vocab = _vocabulary()
    toks = analyze_text(" ".join(vocab[p % len(vocab)] for p in picks)).tokens
    ms = L.all_matchers()
    assert ms.find(toks) == {name: m.find(toks) for name, m in zip(ms.names, ms.matchers)}


def test_suffixed_one_word_actor_is_found_by_the_set() -> None:
    toks = analyze_text("هاجم مقاتلو المعارضة مواقع للنظامهما").tokens
    assert [m.phrase for m in L.all_matchers().find(toks)["actors"]] == ["مقاتلو المعارضة", "النظام"]


def test_find_with_the_tokeniser_forms_is_find_without() -> None:
    ms = L.all_matchers()
    an = analyze_text('قصفت الطائرات الحربية مواقع لتنظيم "داعش" في ريف الرقة، وقالت المعارضة إن الغارات استهدفت بلدة')
    assert ms.find(an.tokens, forms=an.forms()) == ms.find(an.tokens)
    assert ms.find(an.tokens, 3, 12, forms=an.forms()) == ms.find(an.tokens, 3, 12)


def test_the_stem_reject_of_new_forms_agrees_with_the_reading_walk() -> None:
    """A form none of whose proclitic stems is in ``_start_forms`` has no reading that starts something:
    exactly the forms whose walk over ``_starts_something`` finds none."""
    ms = L.all_matchers()
    words = [t.norm for w in _vocabulary() for t in analyze_text(w).tokens]
    words += [w + "ا" for w in words[::5]] + ["بال" + w[:-1] for w in words[::7] if len(w) > 2] + ["كتابا", "فالبيت"]
    for w in words:
        walked = any(ms._starts_something(f) for _, f in proclitic_splits(w))
        assert (not ms._start_forms.isdisjoint(proclitic_stems(w))) == walked, w
