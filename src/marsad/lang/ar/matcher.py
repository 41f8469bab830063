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
from typing import Any, Final, Iterable, Iterator, Sequence

from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.tokens import (QUOTES, Token, _clitics, defective_endings, enclitic_splits, inflection_endings,
                                   proclitic_splits, proclitic_stems)


_MEMO_MAX: Final = 400_000  # distinct word forms remembered per lexicon


_MATCH_FIELDS = ("start_tok", "end_tok", "start", "end", "payload", "phrase", "prefix")


class Match:
    """A lexicon match.

    A plain class, not a named tuple (s31): compiled, ``m.start_tok`` is then a struct read where a named
    tuple's field is a generic attribute look-up. Equal, hashed, ordered, indexed, unpacked and ``_replace``d
    as the tuple of its fields, as the named tuple was.
    """

    __slots__ = ("start_tok", "end_tok", "start", "end", "payload", "phrase", "prefix")  # _MATCH_FIELDS

    def __init__(self, start_tok: int, end_tok: int, start: int, end: int, payload: Any, phrase: str,
                 prefix: str) -> None:
        self.start_tok = start_tok
        self.end_tok = end_tok  # exclusive
        self.start = start  # original offsets
        self.end = end
        self.payload = payload
        self.phrase = phrase
        self.prefix = prefix  # proclitics cut from the first token

    @property
    def tok_start(self) -> int:
        return self.start_tok

    @property
    def tok_end(self) -> int:
        return self.end_tok

    def definite(self) -> bool:
        """The match carries the article, cut as a proclitic («الهجوم» read as «هجوم») or inside its phrase."""
        return "ال" in self.prefix or self.phrase.startswith("ال")

    def astuple(self) -> tuple[int, int, int, int, Any, str, str]:
        return (self.start_tok, self.end_tok, self.start, self.end, self.payload, self.phrase, self.prefix)

    def _replace(self, **changes: Any) -> Match:
        values = dict(zip(_MATCH_FIELDS, self.astuple()))
        values.update(changes)
        return Match(**values)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.astuple())

    def __getitem__(self, k: int) -> Any:
        return self.astuple()[k]

    def __len__(self) -> int:
        return 7

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Match) and self.astuple() == other.astuple()

    def __lt__(self, other: Match) -> bool:
        return self.astuple() < other.astuple()

    def __hash__(self) -> int:
        return hash(self.astuple())

    def __repr__(self) -> str:
        return "Match(" + ", ".join(f"{n}={v!r}" for n, v in zip(_MATCH_FIELDS, self.astuple())) + ")"

    def __reduce__(self) -> tuple[type[Match], tuple[int, int, int, int, Any, str, str]]:
        return Match, self.astuple()


@dataclass(slots=True)
class _Entry:
    words: tuple[str, ...]
    star: tuple[bool, ...]
    payload: Any
    phrase: str


# Candidates of one word form, compiled: the multi-word entries indexed by every token form their
# second word accepts (each with the accepted forms of its later words), and the first one-word entry.
_Multi = dict[str, tuple[tuple[_Entry, tuple[frozenset[str], ...]], ...]]
_Reading = tuple[_Multi, "_Entry | None"]
# MatcherSet: per lexicon index, the fixed one-word match or None, and the readings (proclitics, multi, single)
_Plan = tuple[tuple[int, "tuple[_Entry, str] | None", tuple[tuple[str, _Multi, "_Entry | None"], ...]], ...]


def _longest(tokens: Sequence[Token], i: int, limit: int, multi: _Multi,
             single: _Entry | None) -> tuple[int, _Entry | None]:
    """(end token, entry) of the longest candidate that continues over the tokens after ``i``,
    the first in lexicon order on a tie; (0, None) when none does. Quote marks are skipped."""
    if multi:
        j1 = i + 1
        while j1 < limit and tokens[j1].norm in QUOTES:
            j1 += 1
        ents = multi.get(tokens[j1].norm) if j1 < limit else None
        if ents:
            bj, be = 0, None
            for e, rest in ents:
                j = j1 + 1
                for acc in rest:
                    while j < limit and tokens[j].norm in QUOTES:
                        j += 1
                    if j >= limit or tokens[j].norm not in acc:
                        break
                    j += 1
                else:
                    if j > bj:
                        bj, be = j, e
            if be is not None:
                return bj, be
    if single is not None:
        return i + 1, single
    return 0, None


def _defective_forms(word: str, star: bool) -> list[tuple[str, bool]]:
    """A first word and, for an inflected verb ending in alif maqsura ("أخلى*", "ألقى*", "اعتدى*"),
    the forms that drop it (clitics.tsv "defective"): "أخلت" (and "أخلتها"), "أخلوا"."""
    out = [(word, star)]
    if star and len(word) >= 4:
        out += [(word[:-len(drop)] + ending, True) for drop, ending in defective_endings() if word.endswith(drop)]
    return out


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
        self._rmemo: dict[str, _Reading | None] = {}
        self._smemo: dict[str, tuple[tuple[str, _Reading], ...]] = {}
        self._compiled: dict[tuple[int, ...], _Multi] = {}
        self._accepts_memo: dict[tuple[str, bool, bool], frozenset[str]] = {}
        self._entries: list[_Entry] = []  # in lexicon order: what ``found_candidates`` numbers
        self._known: dict[str, str] = {}  # form -> its candidates' numbers, from an earlier run
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
            for first, first_star in _defective_forms(words[0], star[0]):
                e = _Entry((first, *words[1:]), (first_star, *star[1:]), payload, phrase)
                self._entries.append(e)
                if first_star:
                    self._star.setdefault(first, []).append(e)
                    self._star_lens.add(len(first))
                else:
                    self._exact.setdefault(first, []).append(e)
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
            known = self._known.get(form)
            hit = tuple(self._lookup(form)) if known is None else \
                tuple(map(self._entries.__getitem__, map(int, known.split(","))))
            if len(self._memo) < _MEMO_MAX:
                self._memo[form] = hit
        return hit

    def found_candidates(self) -> dict[str, str]:
        """The forms met so far (or loaded) that have candidates, each with their numbers in lexicon order
        (kept between runs by ``marsad.wordcache``)."""
        out = dict(self._known)
        fresh = [(f, c) for f, c in self._memo.items() if c and f not in out]
        if fresh:
            number = {id(e): n for n, e in enumerate(self._entries)}
            out.update((f, ",".join(str(number[id(e)]) for e in c)) for f, c in fresh)
        return out

    def _first_forms(self) -> frozenset[str]:
        """Every form for which ``_lookup`` finds something, but the accusative "-ا" reading of a
        first word: first words, star words with an ending, and first words with a pronoun
        suffix when a one-word entry is listed under them."""
        forms = set(self._exact)
        forms.update(k + x for k in self._star for x in ("", *self._endings))
        if self.enclitics:
            enc = [e for e in _clitics()[1] if e]
            forms.update(k + e for k, v in self._exact.items() if len(k) >= 3 and any(len(x.words) == 1 for x in v)
                         for e in enc)
        return frozenset(forms)

    def _lookup(self, form: str) -> list[_Entry]:
        out = list(self._exact.get(form, ()))
        if len(form) > 3 and form.endswith("ا"):
            # indefinite accusative (tanwin): "اتفاقا", "احتجاجا" read as "اتفاق", "احتجاج"; also when the form heads
            # a phrase of its own (g98y): a row «صاروخا دمر*» that does not complete must leave «صاروخ» to match,
            # so the stem's entries follow the form's own (which win ties as the first candidates)
            out.extend(self._exact.get(form[:-1], ()))
        if self.enclitics:
            for s, _ in enclitic_splits(form):
                for e in self._exact.get(s, ()):
                    if len(e.words) == 1:
                        out.append(e)
        for n in self._star_lens:
            if len(form) > n and form[n:] in self._endings or len(form) == n:
                out.extend(self._star.get(form[:n], ()))
        return out

    def _accepts(self, word: str, star: bool, last: bool) -> frozenset[str]:
        """Every token form ``_word_ok(word, star, form, last)`` accepts (a finite set)."""
        key = (word, star, last)
        acc = self._accepts_memo.get(key)
        if acc is None:
            out = {word}
            if star:
                out.update(word + x for x in self._endings)
            if last and self.enclitics and len(word) >= 3:  # enclitic_splits keeps stems of 3+ letters
                out.update(word + x for x in _clitics()[1] if x)
            acc = self._accepts_memo[key] = frozenset(out)
        return acc

    def _compile(self, multi: Sequence[_Entry]) -> _Multi:
        """Index multi-word entries (in lexicon order) by the forms their second word accepts."""
        key = tuple(map(id, multi))
        hit = self._compiled.get(key)
        if hit is None:
            by_second: dict[str, list[tuple[_Entry, tuple[frozenset[str], ...]]]] = {}
            for e in multi:
                n = len(e.words)
                accs = tuple(self._accepts(e.words[k], e.star[k], k == n - 1) for k in range(1, n))
                for form in accs[0]:
                    by_second.setdefault(form, []).append((e, accs[1:]))
            hit = self._compiled[key] = {f: tuple(v) for f, v in by_second.items()}
        return hit

    def _reading(self, form: str) -> _Reading | None:
        """The compiled candidates of ``form`` (memoised like ``_candidates``); None when there are none."""
        try:
            return self._rmemo[form]
        except KeyError:
            pass
        cands = self._candidates(form)
        r: _Reading | None = None
        if cands:
            single = next((e for e in cands if len(e.words) == 1), None)
            r = (self._compile([e for e in cands if len(e.words) > 1]), single)
        if len(self._rmemo) < _MEMO_MAX:
            self._rmemo[form] = r
        return r

    def _best(self, tokens: Sequence[Token], i: int, limit: int, prefix: str,
              cands: Sequence[_Entry]) -> Match | None:
        """The longest of ``cands`` that continues over the tokens after ``i`` (reference for ``_longest``)."""
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

    def _split_readings(self, norm: str) -> tuple[tuple[str, _Reading], ...]:
        """(proclitics, compiled candidates) of each reading of ``norm`` that has any, in reading order
        (memoised per word form: most forms have none, and need no proclitic walk the next time)."""
        hit = self._smemo.get(norm)
        if hit is None:
            hit = tuple((prefix, r) for prefix, form in proclitic_splits(norm) if (r := self._reading(form)) is not None)
            if len(self._smemo) < _MEMO_MAX:
                self._smemo[norm] = hit
        return hit

    def match_at(self, tokens: Sequence[Token], i: int, limit: int) -> Match | None:
        """The longest match starting at token ``i`` under any proclitic reading (the first reading wins ties)."""
        bj, be, bp = 0, None, ""
        for prefix, r in self._split_readings(tokens[i].norm):
            j, e = _longest(tokens, i, limit, *r)
            if j > bj:
                bj, be, bp = j, e, prefix
            if bj > i + 1:
                break
        if be is None:
            return None
        return Match(i, bj, tokens[i].start, tokens[bj - 1].end, be.payload, be.phrase, bp)

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


def _probe_entries(entries: list[_Entry]) -> list[_Entry]:
    """What the probe keeps of one first word's entries (longest first): the longest, and a
    one-word entry too, which alone may match with a pronoun suffix ("للنظامهما")."""
    single = next((e for e in entries if len(e.words) == 1), None)
    return entries[:1] if single is None or single is entries[0] else [entries[0], single]


def _fixed(readings: list[tuple[str, _Multi, _Entry | None]]) -> tuple[_Entry, str] | None:
    """(entry, proclitics) of a plan whose first reading is taken as is: when no reading continues to a second
    word; None otherwise."""
    if any(r[1] for r in readings):
        return None
    single = readings[0][2]
    assert single is not None  # candidates, none of them longer than one word: a one-word entry
    return single, readings[0][0]


class MatcherSet:
    """Several lexicons matched in one pass: one memoised lookup per token instead of one per lexicon.

    ``find`` gives, for each lexicon, the same leftmost-longest non-overlapping matches
    as its own ``PhraseMatcher.find``.
    """

    def __init__(self, matchers: dict[str, PhraseMatcher]):
        self.names = list(matchers)
        self.matchers = [matchers[n] for n in self.names]
        self._plans: dict[str, _Plan] = {}
        # the readings of the forms that start something, as words and lexicon indices (kept between runs by
        # ``marsad.wordcache``: a plan holds lexicon entries, its readings name them)
        self._found: dict[str, list[tuple[int, str, str]]] = {}
        # one probe over every lexicon's first words: most word forms start nothing anywhere
        self._probe = PhraseMatcher((), max_suffix=max(m.max_suffix for m in self.matchers) if self.matchers else 3)
        for m in self.matchers:
            for word, v in m._exact.items():
                self._probe._exact.setdefault(word, []).extend(_probe_entries(v))
            for word, v in m._star.items():
                self._probe._star.setdefault(word, []).extend(_probe_entries(v))
            self._probe._star_lens |= m._star_lens
        self._probe_forms = self._probe._first_forms()
        # every form _starts_something accepts (the "-ا" reading of a first word too): a new word form none of
        # whose stems is here starts nothing, found by one isdisjoint
        self._start_forms = self._probe_forms | {f + "ا" for f in self._probe._exact if len(f) >= 3}
        # which lexicons a form may start something in (superset of those whose _candidates is not empty)
        self._by_form: dict[str, list[int]] = {}
        self._by_word: dict[str, list[int]] = {}  # first words, for the "-ا" reading
        for k, m in enumerate(self.matchers):
            for f in m._first_forms():
                self._by_form.setdefault(f, []).append(k)
            for f in m._exact:
                self._by_word.setdefault(f, []).append(k)

    def _starts_something(self, form: str) -> bool:
        """``bool(self._probe._lookup(form))``, by set membership."""
        return form in self._probe_forms or (len(form) > 3 and form.endswith("ا") and form[:-1] in self._probe._exact)

    def _lexicons_of(self, form: str) -> set[int]:
        ks = set(self._by_form.get(form, ()))
        if len(form) > 3 and form.endswith("ا"):
            ks.update(self._by_word.get(form[:-1], ()))
        return ks

    def _plan(self, norm: str) -> _Plan:
        """The readings of ``norm`` that start something, grouped by lexicon and compiled (memoised per word form).

        Per lexicon: (index, fixed, readings); ``fixed`` is (entry, proclitics) when no reading
        has a multi-word entry, so that the first reading's one-word entry is the match.
        """
        plan = self._plans.get(norm)
        if plan is None:
            readings = self._found.get(norm)
            if readings is None:
                readings = self._readings(norm)
                if readings and len(self._found) < _MEMO_MAX:
                    self._found[norm] = readings
            plan = self._compile_plan(readings) if readings else ()  # most forms start nothing
            if len(self._plans) < _MEMO_MAX:
                self._plans[norm] = plan
        return plan

    def no_plan_forms(self) -> list[str]:
        """The word forms met so far that start nothing in any lexicon (kept between runs by
        ``marsad.wordcache``)."""
        return [f for f, plan in self._plans.items() if not plan]

    def assume_no_plan(self, forms: list[str]) -> None:
        """Forms ``no_plan_forms`` gave for the same lexicons: their empty plans without the look-up."""
        room = _MEMO_MAX - len(self._plans)
        if room > 0:
            plans: dict[str, _Plan] = dict.fromkeys(forms[:room], ())
            plans.update(self._plans)  # what this process found already stays
            self._plans = plans

    def found_readings(self) -> dict[str, list[tuple[int, str, str]]]:
        """The word forms met so far that start something, with their ``_readings`` (kept between runs)."""
        return self._found

    def assume_readings(self, found: dict[str, list[tuple[int, str, str]]]) -> None:
        """Readings ``found_readings`` gave for the same lexicons: a plan compiled from them, without the look-up."""
        room = _MEMO_MAX - len(self._found)
        if room > 0:
            known = dict(found) if len(found) <= room else dict(list(found.items())[:room])
            known.update(self._found)  # what this process found already stays
            self._found = known

    def _compile_plan(self, readings: list[tuple[int, str, str]]) -> _Plan:
        by_k: dict[int, list[tuple[str, _Multi, _Entry | None]]] = {}
        for k, prefix, form in readings:
            reading = self.matchers[k]._reading(form)
            assert reading is not None  # _readings keeps only the forms with candidates in lexicon k
            multi, single = reading
            by_k.setdefault(k, []).append((prefix, multi, single))
        return tuple((k, _fixed(v), tuple(v)) for k, v in by_k.items())

    def _readings(self, norm: str) -> list[tuple[int, str, str]]:
        """(lexicon index, proclitics, form) of every reading of ``norm`` with candidates, lexicon by lexicon."""
        if self._start_forms.isdisjoint(proclitic_stems(norm)):
            return []  # most forms: no reading starts anything in any lexicon
        starts = self._starts_something
        probed = [(n, prefix, form) for n, (prefix, form) in enumerate(proclitic_splits(norm)) if starts(form)]
        if not probed:
            return []  # most forms: no reading starts anything in any lexicon
        found: list[tuple[int, int, str, str]] = []  # (lexicon, reading order, proclitics, form)
        for n, prefix, form in probed:
            found.extend((k, n, prefix, form) for k in self._lexicons_of(form) if self.matchers[k]._candidates(form))
        found.sort()
        return [(k, prefix, form) for k, _, prefix, form in found]

    def find(self, tokens: Sequence[Token], lo: int = 0, hi: int | None = None,
             forms: Sequence[str] | None = None) -> dict[str, list[Match]]:
        """``forms``: the forms of all ``tokens`` when the caller has them (``Analysis.forms``)."""
        hi = len(tokens) if hi is None else hi
        out: list[list[Match]] = [[] for _ in self.matchers]
        nxt = [lo] * len(self.matchers)
        if forms is not None:
            norms = forms[lo:hi]
        else:
            norms = [tokens[i].norm for i in range(lo, hi)]
        # (plain loops, not map/compress: compiled, they are native operations where map calls back per word)
        known = self._plans
        # only the tokens whose form starts something in some lexicon; a form not seen before is planned where the
        # walk meets it (g112e: no list of every token's plan and no second pass over it; the same forms are
        # planned in the same order, and a form met again reads the plan its first sight stored)
        for i in range(lo, hi):
            form = norms[i - lo]
            plan = known.get(form)
            if plan is None:  # a word form not seen before
                plan = self._plan(form)
            if not plan:
                continue
            t = tokens[i]
            if t.punct:
                continue
            second = None  # form of the next token that is not a quote mark: most phrases stop there
            for k, fixed, readings in plan:
                if i < nxt[k]:
                    continue
                if fixed is not None:
                    be, bp = fixed
                    bj = i + 1
                else:
                    if second is None:
                        j1 = i + 1
                        while j1 < hi and norms[j1 - lo] in QUOTES:
                            j1 += 1
                        second = norms[j1 - lo] if j1 < hi else ""
                    bj, got, bp = 0, None, ""
                    for prefix, multi, single in readings:
                        if bj > i + 1:
                            break  # a phrase found under an earlier clitic reading wins
                        if second in multi:
                            j, e = _longest(tokens, i, hi, multi, single)
                        elif single is not None:
                            j, e = i + 1, single
                        else:
                            continue
                        if j > bj:
                            bj, got, bp = j, e, prefix
                    if got is None:
                        continue
                    be = got
                out[k].append(Match(i, bj, t.start, tokens[bj - 1].end, be.payload, be.phrase, bp))
                nxt[k] = bj
        return dict(zip(self.names, out))

    def may_find(self, forms: Sequence[str], name: str) -> bool:
        """Whether ``find`` over tokens of these word forms can find anything of lexicon ``name``: a match starts at
        a token whose form's plan (memoised per form, as ``find`` reads it) holds that lexicon. False is sure; True
        only says the full ``find`` is needed (a plan's phrase may not go on as told)."""
        k = self.names.index(name)
        known = self._plans
        for f in forms:
            plan = known.get(f)
            if plan is None:
                plan = self._plan(f)
            for pk, _, _ in plan:
                if pk == k:
                    return True
        return False
