"""Phrase matching over tokens, with Arabic clitics handled.

A lexicon maps phrases ("تنظيم الدولة", "الرقة", "استهدف*") to payloads. The first
word of a phrase matches a token after proclitics are cut ("بالرقة" -> "الرقة",
"لداعش" -> "داعش"); a word ending in ``*`` matches any inflection that adds at most
``max_suffix`` letters of inflection ("استهدف*" matches "استهدفت", "استهدفوا", not "احتجزوا"
for "احتج*"); the last word may
carry a pronoun suffix. Quote marks inside a phrase are skipped ('تنظيم "الدولة"').
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.tokens import QUOTES, Token, enclitic_splits, inflection_endings, proclitic_splits


_MEMO_MAX = 400_000  # distinct word forms remembered per lexicon


@dataclass(slots=True)
class Match:
    start_tok: int
    end_tok: int  # exclusive
    start: int  # original offsets
    end: int
    payload: Any
    phrase: str
    prefix: str  # proclitics cut from the first token

    @property
    def tok_start(self) -> int:
        return self.start_tok

    @property
    def tok_end(self) -> int:
        return self.end_tok


@dataclass(slots=True)
class _Entry:
    words: tuple[str, ...]
    star: tuple[bool, ...]
    payload: Any
    phrase: str


class PhraseMatcher:
    """Longest-first phrase matcher over a token list."""

    def __init__(self, entries: Iterable[tuple[str, Any]], max_suffix: int = 3, enclitics: bool = True):
        self.max_suffix = max_suffix
        # "word*" takes an inflectional ending, with or without a pronoun ("استهدفتها")
        self._endings = frozenset(e for e in inflection_endings() if len(e) <= max_suffix + 2)
        self.enclitics = enclitics
        self._exact: dict[str, list[_Entry]] = {}
        self._star: dict[str, list[_Entry]] = {}
        self._star_lens: set[int] = set()
        self._memo: dict[str, tuple[_Entry, ...]] = {}
        self.size = 0
        for phrase, payload in entries:
            words = []
            star = []
            for w in phrase.split():
                is_star = w.endswith("*")
                w = norm_key(w.rstrip("*")).lower()
                if w:
                    words.append(w)
                    star.append(is_star)
            if not words:
                raise ValueError(f"empty phrase in lexicon: {phrase!r}")
            e = _Entry(tuple(words), tuple(star), payload, phrase)
            if star[0]:
                self._star.setdefault(words[0], []).append(e)
                self._star_lens.add(len(words[0]))
            else:
                self._exact.setdefault(words[0], []).append(e)
            self.size += 1
        for lst in (*self._exact.values(), *self._star.values()):
            lst.sort(key=lambda e: -len(e.words))

    def _word_ok(self, word: str, star: bool, tok: str, last: bool) -> bool:
        if tok == word:
            return True
        if star and tok.startswith(word) and tok[len(word):] in self._endings:
            return True
        if last and self.enclitics:
            return any(s == word for s, _ in enclitic_splits(tok))
        return False

    def _candidates(self, form: str) -> tuple[_Entry, ...]:
        """Entries whose first word can be ``form`` (memoised: word forms repeat, Zipf-like)."""
        hit = self._memo.get(form)
        if hit is None:
            hit = tuple(self._lookup(form))
            if len(self._memo) < _MEMO_MAX:
                self._memo[form] = hit
        return hit

    def _lookup(self, form: str) -> list[_Entry]:
        out = list(self._exact.get(form, ()))
        if not out and len(form) > 3 and form.endswith("ا"):
            # indefinite accusative (tanwin): "اتفاقا", "احتجاجا" read as "اتفاق", "احتجاج"
            out = list(self._exact.get(form[:-1], ()))
        if self.enclitics:
            for s, _ in enclitic_splits(form):
                for e in self._exact.get(s, ()):
                    if len(e.words) == 1:
                        out.append(e)
        for n in self._star_lens:
            if len(form) > n and form[n:] in self._endings or len(form) == n:
                out.extend(self._star.get(form[:n], ()))
        return out

    def _best(self, tokens: Sequence[Token], i: int, limit: int, prefix: str,
              cands: Sequence[_Entry]) -> Match | None:
        """The longest of ``cands`` that continues over the tokens after ``i``."""
        best: Match | None = None
        for e in cands:
            j = i + 1
            ok = True
            for k in range(1, len(e.words)):
                while j < limit and tokens[j].norm in QUOTES:
                    j += 1
                if j >= limit or not self._word_ok(e.words[k], e.star[k], tokens[j].norm, k == len(e.words) - 1):
                    ok = False
                    break
                j += 1
            if ok and (best is None or j > best.end_tok):
                best = Match(i, j, tokens[i].start, tokens[j - 1].end, e.payload, e.phrase, prefix)
        return best

    def match_at(self, tokens: Sequence[Token], i: int, limit: int) -> Match | None:
        best: Match | None = None
        for prefix, form in proclitic_splits(tokens[i].norm):
            cands = self._candidates(form)
            if not cands:
                continue
            m = self._best(tokens, i, limit, prefix, cands)
            if m is not None and (best is None or m.end_tok > best.end_tok):
                best = m
            if best is not None and best.end_tok - best.start_tok > 1:
                break
        return best

    def find(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> list[Match]:
        """Non-overlapping matches in tokens[lo:hi], leftmost-longest."""
        hi = len(tokens) if hi is None else hi
        out: list[Match] = []
        i = lo
        while i < hi:
            if tokens[i].punct:
                i += 1
                continue
            m = self.match_at(tokens, i, hi)
            if m is None:
                i += 1
            else:
                out.append(m)
                i = m.end_tok
        return out


class MatcherSet:
    """Several lexicons matched in one pass: one memoised lookup per token instead of one per lexicon.

    ``find`` gives, for each lexicon, the same leftmost-longest non-overlapping matches
    as its own ``PhraseMatcher.find``.
    """

    def __init__(self, matchers: dict[str, PhraseMatcher]):
        self.names = list(matchers)
        self.matchers = [matchers[n] for n in self.names]
        self._memo: dict[str, tuple[tuple[int, str, tuple[_Entry, ...]], ...]] = {}
        # one probe over every lexicon's first words: most word forms start nothing anywhere
        self._probe = PhraseMatcher((), max_suffix=max(m.max_suffix for m in self.matchers) if self.matchers else 3)
        for m in self.matchers:
            for k, v in m._exact.items():
                self._probe._exact.setdefault(k, []).extend(v[:1])
            for k, v in m._star.items():
                self._probe._star.setdefault(k, []).extend(v[:1])
            self._probe._star_lens |= m._star_lens

    def _hits(self, norm: str) -> tuple[tuple[int, str, tuple[_Entry, ...]], ...]:
        h = self._memo.get(norm)
        if h is None:
            splits = [(prefix, form) for prefix, form in proclitic_splits(norm) if self._probe._lookup(form)]
            h = tuple((k, prefix, c) for k, m in enumerate(self.matchers)
                      for prefix, form in splits if (c := m._candidates(form))) if splits else ()
            if len(self._memo) < _MEMO_MAX:
                self._memo[norm] = h
        return h

    def find(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None) -> dict[str, list[Match]]:
        hi = len(tokens) if hi is None else hi
        out: list[list[Match]] = [[] for _ in self.matchers]
        nxt = [lo] * len(self.matchers)
        for i in range(lo, hi):
            t = tokens[i]
            if t.punct:
                continue
            hits = self._hits(t.norm)
            if not hits:
                continue
            best: dict[int, Match] = {}
            for k, prefix, cands in hits:
                if i < nxt[k]:
                    continue
                b = best.get(k)
                if b is not None and b.end_tok - b.start_tok > 1:
                    continue  # a phrase found under an earlier clitic reading wins
                m = self.matchers[k]._best(tokens, i, hi, prefix, cands)
                if m is not None and (b is None or m.end_tok > b.end_tok):
                    best[k] = m
            for k, m in best.items():
                out[k].append(m)
                nxt[k] = m.end_tok
        return dict(zip(self.names, out))
