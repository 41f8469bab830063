"""Place recognition over Arabic tokens: gazetteer names with clitics, prefix words (مدينة، ريف،
محافظة ...), compass phrases (شمال، جنوب شرق ...), trailing direction adjectives (الشمالي) and
suffix words (الجوية). Recognition only: resolution picks among the candidates later."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Container, Final, Iterable, Mapping, Sequence

from marsad.geo.gazetteer import Gazetteer
from marsad.geo.model import OWN_COUNTRYSIDE, PROVINCE_MEMBER, STOP_AFTER_PLURAL, STOP_MEMBER, WIDE, Place, PlaceMention
from marsad.geo.resolve import _list_container
from marsad.geo.tables import PlaceWords, place_words
from marsad.geodesy import km
from marsad.lang.ar.matcher import Match, PhraseMatcher
from marsad.lang.ar.numbers import number_word
from marsad.lang.ar.tokens import (QUOTES, Analysis, Token, conjoined, definite_after_like, proclitic_splits,
                                   proclitic_stems)

# prefix roles after which an unknown word is still read as a place name
_NAMING_ROLES: Final = frozenset({"settlement", "neighbourhood", "camp", "base", "crossing", "district"})
_KIND_OF_ROLE: Final = {"neighbourhood": "neighbourhood", "camp": "camp", "base": "base", "crossing": "base",
                 "settlement": "city", "area": "area", "steppe": "area"}


_MEMO_MAX: Final = 400_000  # distinct word forms remembered
_COMMAS: Final = frozenset({"،", ","})  # a comma before a compass phrase: "X، قرب Y" is X near Y
_LIST_JOINERS: Final = frozenset({"و", "،", ","})  # between two members of a list of places (g69d)
# a common word read as a listed town (g99i) must have a namesake this close to a neighbour of the list: towns of
# one list lie a few km apart (the Dar'a, Ghouta and south Damascus lists: under 30 km), a namesake abroad far away
LIST_NEAR_KM = 40.0
MAX_DESCRIPTORS: Final = 2  # definite adjectives allowed between a place and its container ("مخيم X المؤقت في Y")


@dataclass(frozen=True, slots=True)
class _Start:
    """What a word form can start: always (a one-word mask, modifier or name), else only
    when the next word is in ``follow`` (the second words of longer phrases, the rests of
    names written in two words)."""

    always: bool
    follow: frozenset[str]
    name: _Name | None = None


@dataclass(frozen=True, slots=True)
class _Name:
    """A word form that is a one-word name, neither masked nor the start of a longer name, when the
    next word is not in ``unless``; with what its mention takes from the form alone."""

    prefix: str  # proclitics cut
    key: str
    phrase: str
    unless: frozenset[str]
    places: tuple[Place, ...]
    kind: str  # the mention's kind when no word around the name changes it
    cut: int  # letters of the clitic left out of the span ("بالرقة" -> "الرقة"; "للرقة" keeps a lam)


_UNSEEN: Final = _Start(False, frozenset())
_F, _W = "\x1d", "\x1c"  # fields of a start as text, words of a set: never inside a word (whitespace to Python)


def _past_quotes(toks: Sequence[Token], j: int, hi: int) -> int:
    """The first token at or after j that is no quote mark (a name after its naming word may open with one)."""
    while j < hi and toks[j].norm in QUOTES:
        j += 1
    return j


def _words_of(text: str) -> frozenset[str]:
    return frozenset(text.split(_W)) if text else frozenset()


def _encode_start(st: _Start) -> str | None:
    """A start as text (``_decode_start`` reads it back); None when a word holds a separator or is empty."""
    words = [*st.follow]
    fields = ["1" if st.always else "0", _W.join(st.follow)]
    if st.name is not None:
        nm = st.name
        words += [nm.prefix or "-", nm.key, nm.phrase, *nm.unless]
        fields += [nm.prefix, nm.key, nm.phrase, _W.join(nm.unless), str(nm.cut)]
    if not all(words) or any(c in w for w in words for c in "\n\x1c\x1d\x1e\x1f"):
        return None
    return _F.join(fields)


def _second_words(r: "_Readings", norm: str, seconds: set[str]) -> tuple[bool, bool]:
    """Add to ``seconds`` the words that must follow ``norm`` for a longer entry of ``r`` to match there.
    Returns whether ``r`` has a one-word entry for ``norm``, and whether it has a longer entry that no
    second word announces (a matcher whose words are not compared exactly: stars, pronoun suffixes)."""
    exact = r._firsts is not None
    one_word = inexact = False
    for _, cands in r.of(norm):
        for e in cands:
            if len(e.words) == 1:
                one_word = True
            elif exact:
                seconds.add(e.words[1])
            else:
                inexact = True
    return one_word, inexact


def _may_be_first(firsts: frozenset[str] | None, form: str) -> bool:
    """Can ``form`` have candidates in a matcher of exact words whose first words are ``firsts``
    (None: not known)? ``PhraseMatcher`` also reads a final alif as tanwin ("حلبا" -> "حلب")."""
    return firsts is None or form in firsts or (form[-1:] == "ا" and form[:-1] in firsts)


class _Readings:
    """``PhraseMatcher.match_at`` with each word form's (proclitic, candidate entries) readings memoised:
    a geo-local fast path giving the same matches (the matcher's own memo is per stem, so every
    token still paid the proclitic splits and one lookup per split)."""

    def __init__(self, matcher: PhraseMatcher):
        self.matcher = matcher
        self.memo: dict[str, tuple[tuple[str, tuple], ...]] = {}
        # forms whose entries are all one word: the match is the first reading's first entry, (prefix, entry)
        self.one: dict[str, tuple[str, Any]] = {}
        # with exact words only, a stem has candidates only if it (or its tanwin-less form) is a first word
        self._firsts = None if matcher._star or matcher.enclitics else frozenset(matcher._exact)
        # exact matchers: per form, each reading's candidates by the word that must come next
        self.by_next: dict[str, tuple[tuple[str, dict[str, tuple], tuple], ...]] = {}

    def of(self, norm: str) -> tuple[tuple[str, tuple], ...]:
        """The (prefix, candidates) readings of ``norm`` that have candidates, in proclitic order."""
        hit = self.memo.get(norm)
        if hit is None:
            hit = tuple((prefix, c) for prefix, form in proclitic_splits(norm)
                        if _may_be_first(self._firsts, form) and (c := self.matcher._candidates(form)))
            if len(self.memo) < _MEMO_MAX:
                self.memo[norm] = hit
                if hit and all(len(e.words) == 1 for _, cands in hit for e in cands):
                    self.one[norm] = (hit[0][0], hit[0][1][0])
        return hit

    def match_at(self, toks: Sequence[Token], i: int, hi: int) -> Match | None:
        t = toks[i]
        one = self.one.get(t.norm)
        if one is None:
            readings = self.memo.get(t.norm)
            if readings is None:
                readings = self.of(t.norm)
                one = self.one.get(t.norm)
            if not readings:
                return None
        if one is not None:  # what _best gives for one-word entries, without looking further
            return Match(i, i + 1, t.start, t.end, one[1].payload, one[1].phrase, one[0])
        if self._firsts is None:
            return self._longest(toks, i, hi, self.of(t.norm))
        # exact words: only the entries whose second word is the next word (after quote marks, as _best
        # reads it) can match, so only they go to _best
        j = _past_quotes(toks, i + 1, hi)
        second = toks[j].norm if j < hi else None
        if second is None:  # no next word: no entry's second word is there
            return self._longest(toks, i, hi, ((prefix, ones) for prefix, _, ones in self._narrowed(t.norm)))
        return self._longest(toks, i, hi, ((prefix, nexts.get(second, ones)) for prefix, nexts, ones
                                           in self._narrowed(t.norm)))

    def _longest(self, toks: Sequence[Token], i: int, hi: int, readings: Iterable[tuple[str, tuple]]) -> Match | None:
        """PhraseMatcher.match_at over these readings: the longest match, the earliest reading of equals,
        stopping at the first reading that gives a longer phrase."""
        best: Match | None = None
        for prefix, cands in readings:
            if not cands:
                continue
            m = self.matcher._best(toks, i, hi, prefix, cands)
            if m is not None and (best is None or m.end_tok > best.end_tok):
                best = m
            if best is not None and best.end_tok - best.start_tok > 1:
                break
        return best

    def _narrowed(self, norm: str) -> tuple[tuple[str, dict[str, tuple], tuple], ...]:
        """Per reading: (prefix, {second word: the longer entries it begins + the one-word entries}, the
        one-word entries), the entries in the matcher's order (longest first, so one-word ones last)."""
        hit = self.by_next.get(norm)
        if hit is None:
            parts = []
            for prefix, cands in self.of(norm):
                ones = tuple(e for e in cands if len(e.words) == 1)
                nexts: dict[str, list] = {}
                for e in cands:
                    if len(e.words) > 1:
                        nexts.setdefault(e.words[1], []).append(e)
                parts.append((prefix, {w: (*es, *ones) for w, es in nexts.items()}, ones))
            hit = tuple(parts)
            if len(self.by_next) < _MEMO_MAX:
                self.by_next[norm] = hit
        return hit


class PlaceRecognizer:
    def __init__(self, gazetteer: Gazetteer, words: PlaceWords | None = None):
        self.gaz = gazetteer
        self.words = words or place_words()
        self.modifiers = PhraseMatcher(
            [(w, ("prefix", role)) for w, (role, _) in self.words.prefixes.items()]
            + [(w, ("compass", d)) for w, d in self.words.compass.items()], enclitics=False)
        w = self.words
        # gazetteer names that are also the words around names ("بلدة" is a village in Iran) are not names
        self.blocked = frozenset(w.prefixes) | frozenset(w.compass) | frozenset(w.compass_adj) | w.suffixes \
            | w.not_name | w.name_start
        # "مطار المدينة", "ريف المدينة": a common word that is a naming word with the article (stop rows) is the
        # town told before, never a name, even after a naming word (Medina is "المدينة المنورة")
        self.blocked |= frozenset(f"ال{p}" for p in w.prefixes) & w.stop
        self.masks = PhraseMatcher([(phrase, phrase) for phrase in w.masks], enclitics=False)
        self.adjectives = PhraseMatcher([(w, d) for w, d in self.words.compass_adj.items()], enclitics=False)
        # first parts of names a text may write as two words ("كوي" of "كويسنجق"), with the rests they take
        tails: dict[str, set[str]] = {}
        for k in self.gaz.by_key:
            for n in range(2, len(k) - 2):
                tails.setdefault(k[:n], set()).add(k[n:])
        self._joined_tails = {h: frozenset(v) for h, v in tails.items()}
        self._joined_heads = frozenset(self._joined_tails)
        self._all_tails = frozenset().union(*self._joined_tails.values())
        self._gaz = _Readings(self.gaz.matcher)
        self._masks = _Readings(self.masks)
        self._mods = _Readings(self.modifiers)
        self._adjs = _Readings(self.adjectives)
        # words that head a name themselves ("تل X"): a matcher of their own, not modifiers, so that list members and
        # names after a naming word ("قرية تل X", "وتل X") are read as before
        self._heads = _Readings(PhraseMatcher([(h, h) for h in w.heads], enclitics=False))
        # "العاصمة السورية": a title and a country's nisba (place_words capital_of), read as the capital's own name
        # when no name follows it (g102o, 74900); the match's payload is the capital's gazetteer key
        self._capitals = _Readings(PhraseMatcher([(f"{t} {n}", c) for t in w.titles for n, c in w.capital_of.items()],
                                                 enclitics=False))
        gf, kf, mf, hf = self._gaz._firsts, self._masks._firsts, self._mods._firsts, self._heads._firsts
        cf = self._capitals._firsts
        self._any_first = None if gf is None or kf is None or mf is None or hf is None or cf is None \
            else gf | kf | mf | hf | cf
        # the stems after which a word form may start something (a first word, its "-ا" reading, the head of a
        # name written in two words): a new form none of whose stems is here starts nothing (one isdisjoint)
        self._start_stems = None if self._any_first is None else \
            self._any_first | {f + "ا" for f in self._any_first} | self._joined_heads
        self._starts: dict[str, _Start | None] = {}
        self._models = w.models
        # the starts an earlier run found (``marsad.wordcache``), as text, decoded when a form is first met
        self._known: dict[str, str] = {}

    def _start(self, norm: str) -> _Start | None:
        """What this word form can start (None: nothing). Memoised per word form: forms repeat, Zipf-like.
        A ``get`` with a sentinel, not a caught KeyError: a run meets tens of thousands of new forms."""
        hit = self._starts.get(norm, _UNSEEN)
        if hit is not _UNSEEN:
            return hit
        known = self._known.get(norm)
        hit = self._start_of(norm) if known is None else self._decode_start(known)
        if len(self._starts) < _MEMO_MAX:
            self._starts[norm] = hit
        return hit

    def no_start_forms(self) -> list[str]:
        """The word forms met so far that start no place (kept between runs by ``marsad.wordcache``)."""
        return [f for f, start in self._starts.items() if start is None]

    def assume_no_start(self, forms: list[str]) -> None:
        """Forms ``no_start_forms`` gave for the same gazetteer and tables: None without the look-up."""
        room = _MEMO_MAX - len(self._starts)
        if room > 0:
            starts = dict.fromkeys(forms[:room])
            starts.update(self._starts)  # what this process found already stays
            self._starts = starts

    def found_starts(self) -> dict[str, str]:
        """The word forms met so far (or loaded) that start something, each with its start as text."""
        out = dict(self._known)
        for form, st in self._starts.items():
            if st is not None and form not in out and (text := _encode_start(st)) is not None:
                out[form] = text
        return out

    def assume_starts(self, found: dict[str, str]) -> None:
        """Starts ``found_starts`` gave for the same gazetteer and tables: decoded instead of looked up."""
        self._known.update(found)

    def _decode_start(self, text: str) -> _Start:
        always, follow, *name = text.split(_F)
        nm = None
        if name:
            prefix, key, phrase, unless, cut = name
            places = tuple(self.gaz.candidates(key))
            nm = _Name(prefix, key, phrase, _words_of(unless), places, _kind([], places), int(cut))
        return _Start(always == "1", _words_of(follow), nm)

    def _start_of(self, norm: str) -> _Start | None:
        if self._start_stems is not None and self._start_stems.isdisjoint(proclitic_stems(norm)):
            return None  # most forms
        splits = proclitic_splits(norm)
        follow = [self._joined_tails[stem] for _, stem in splits if stem in self._joined_tails]
        firsts = self._any_first
        if firsts is not None and not any(form in firsts or (form[-1:] == "ا" and form[:-1] in firsts)
                                          for _, form in splits):  # (= _may_be_first, inlined: most forms)
            if not follow:
                return None
            return _Start(False, follow[0] if len(follow) == 1 else frozenset().union(*follow))
        mask_seconds: set[str] = set()
        mask_always = any(_second_words(self._masks, norm, mask_seconds))
        mod_seconds: set[str] = set()
        mod_always = any(_second_words(self._mods, norm, mod_seconds))
        head_always = bool(self.words.heads) and any(_second_words(self._heads, norm, set()))
        name_seconds: set[str] = set()
        _, inexact = _second_words(self._gaz, norm, name_seconds)
        _second_words(self._capitals, norm, name_seconds)  # "العاصمة" before a nisba ("العاصمة السورية")
        # the one-word name the gazetteer reads when no longer name continues: the first of the first reading
        first = next(((prefix, e.payload, e.phrase) for prefix, cands in self._gaz.of(norm)
                      for e in cands if len(e.words) == 1), None)
        name_ok = first is not None and not self._rejected(first[0], first[1], after_prefix=False)
        always = mask_always or mod_always or name_ok or inexact or head_always
        name = None
        longer = mask_seconds | name_seconds
        if name_ok and not mask_always and not inexact:
            assert first is not None  # name_ok says so
            prefix, key, phrase = first
            places = tuple(self.gaz.candidates(key))
            cut = len(prefix) - (1 if prefix.endswith("لل") else 0) if prefix else 0
            name = _Name(prefix, key, phrase, frozenset(longer | QUOTES) if longer else frozenset(), places,
                         _kind([], places), cut)
        seconds = longer | mod_seconds
        if seconds:
            follow.append(frozenset(seconds | QUOTES))  # a quote mark may stand inside a name
        if not always and not follow:
            return None
        return _Start(always, frozenset().union(*follow), name)

    def _starts_at(self, toks: Sequence[Token], i: int, hi: int) -> bool:
        """Can a place expression (or a mask) start at token i? False only when find would find nothing there
        (find inlines this)."""
        st = self._start(toks[i].norm)
        return st is not None and (st.always or (i + 1 < hi and toks[i + 1].norm in st.follow))

    def _rejected(self, prefix: str, payload: str, after_prefix: bool) -> bool:
        """A gazetteer match that is not read as a place here."""
        # "س" (future) never stands before a place name; "ك" (like) only before a definite one or a name of several
        # words, whose next word confirms the cut: "كالبصرة" is ك + "البصرة" ("such as Basra"), "كخان شيخون" ك +
        # "خان شيخون", but "كروم" is not ك + "روم" (Rome)
        if "س" in prefix or ("ك" in prefix and " " not in payload and not definite_after_like(prefix, payload)):
            return True
        return payload in self.blocked or (payload in self.words.stop and not after_prefix)

    def _town_after_plural(self, toks: Sequence[Token], i: int, hi: int) -> Match | None:
        """A common word that names a town, right after a plural naming word for towns ("بلدات الحارة ونوى"، "قرى
        البستان والشومرية"), as after its singular ("بلدة الحارة"); None when no town of that name is in the gazetteer
        ("بلدات الجنوب" names a region, not a town). Called only when the ordinary reading found nothing: one gazetteer
        match at one token."""
        g = self._gaz_at(toks, i, hi, after_prefix=True)
        if g is None or not any(p.kind == "city" for p in self.gaz.candidates(g.payload)):
            return None
        return g

    def _quoted_in_area(self, toks: Sequence[Token], i: int, hi: int) -> Match | None:
        """A common word that names a town, quoted after "منطقة" ("منطقة "نصيب""): "منطقة" alone is too generic a
        naming word for it ("منطقة وقف"، "منطقة الجنوب"), the quote mark tells a proper name. Only a name with a point
        (precision 1): a quoted region word ("منطقة "الجنوب"") stays unread (g101v). One match at one token."""
        g = self._gaz_at(toks, i, hi, after_prefix=True)
        if g is None or not any(p.precision == 1 for p in self.gaz.candidates(g.payload)):
            return None
        return g

    def _gaz_at(self, toks: Sequence[Token], i: int, hi: int, after_prefix: bool) -> Match | None:
        """Gazetteer match at token i; a common word that is also a name needs a naming prefix before it."""
        if i >= hi:  # a modifier ended the text ("... في منطقة"): no name follows
            return None
        cap = self._capital_at(toks, i, hi)
        if cap is not None:
            return cap
        m = self._gaz.match_at(toks, i, hi)
        if m is None:
            m = self._joined_at(toks, i, hi)
        if m is None or self._rejected(m.prefix, m.payload, after_prefix):
            return None
        return m

    def _capital_at(self, toks: Sequence[Token], i: int, hi: int) -> Match | None:
        """A capital named by its title alone ("في العاصمة السورية"، "قرب العاصمة العراقية"): the match of the
        capital's name (payload: its gazetteer key), so it reads as the name would (bearings, lists, the state named
        bare). None when a name follows the title ("العاصمة السورية دمشق", also past a comma): that name is read, as
        before (capital_word, _titled_at). One memoised look-up per call; the name after only when it matched."""
        m = self._capitals.match_at(toks, i, hi)
        if m is None:
            return None
        j = m.end_tok
        if j + 1 < hi and toks[j].norm in _COMMAS:
            j += 1
        if self._gaz_at(toks, _past_quotes(toks, j, hi), hi, after_prefix=False) is not None:
            return None
        return m

    def _joined_at(self, toks: Sequence[Token], i: int, hi: int) -> Match | None:
        """A name written in two words that the gazetteer spells as one ("كوي سنجق" / "كويسنجق")."""
        if i + 1 >= hi or toks[i + 1].norm not in self._all_tails or not toks[i].is_word \
                or not toks[i + 1].is_word or len(toks[i + 1].norm) < 3:
            return None
        for prefix, stem in proclitic_splits(toks[i].norm):
            if stem not in self._joined_heads or f"{stem} {toks[i + 1].norm}" in self.words.stop:
                continue  # a stop row in two words: "لحل حول" is 'a solution about', not Halhul
            key = stem + toks[i + 1].norm
            if len(stem) >= 2 and key in self.gaz.by_key:
                return Match(i, i + 2, toks[i].start, toks[i + 1].end, key, key, prefix)
        return None

    def _singular_at(self, toks: Sequence[Token], md: Match, j: int, hi: int) -> Match | None:
        """The name after a dual naming word that the gazetteer spells with the singular: "مطاري خلخلة وبلي"
        names مطار خلخلة (a base the gazetteer holds under its full name, not the bare word, often a common one)."""
        singular = self.words.dual_singular.get(toks[md.start_tok].norm[len(md.prefix):])
        if singular is None or j >= hi or not toks[j].is_word:
            return None
        for end in (j + 2, j + 1):  # a two-word name first
            if end > hi:
                continue
            key = " ".join([singular] + [t.norm for t in toks[j:end]])
            if key in self.gaz.by_key:
                return Match(j, end, toks[j].start, toks[end - 1].end, key, key, "")
        return None

    def _singular_second(self, head: PlaceMention, toks: Sequence[Token], text: str, hi: int) -> PlaceMention | None:
        """The second name after a dual naming word, spelled in the gazetteer with the singular ("مطاري خلخلة
        وبلي" -> مطار بلي); only the word after "و" that ends the first name."""
        j = head.tok_end
        first = toks[head.tok_start]
        pre = next((p for p, stem in proclitic_splits(first.norm) if stem in self.words.dual_singular), None)
        if pre is None or j >= hi or not toks[j].norm.startswith("و"):
            return None
        singular = self.words.dual_singular[first.norm[len(pre):]]
        for end in (j + 2, j + 1):
            if end > hi:
                continue
            key = " ".join([singular, toks[j].norm[1:]] + [t.norm for t in toks[j + 1:end]])
            if key in self.gaz.by_key:
                return self._parse_at(toks, text, j, hi, g=Match(j, end, toks[j].start, toks[end - 1].end, key, key, "و"))
        return None

    def _titled_at(self, toks: Sequence[Token], j: int, hi: int,
                   payload: tuple[str, str]) -> tuple[int, Match] | None:
        """A town named by its title after a compass or rural word: "جنوبي العاصمة دمشق", "ريف العاصمة السورية
        دمشق", "قرب العاصمة دمشق". Without it the word is lost and the act is put in the capital itself (precision 1);
        with it the name keeps the word (south of, near, the countryside of). Returns the name's token and match."""
        if payload[0] != "compass" and payload != ("prefix", "rural"):
            return None
        if j >= hi or toks[j].norm not in self.words.titles:
            return None
        k = j + 1
        for _ in range(2):  # the title, then at most one adjective ("العاصمة السورية")
            if k >= hi:
                return None
            g = self._gaz_at(toks, k, hi, after_prefix=False)
            if g is not None:
                return k, g
            if not _definite_adjective(toks[k].norm):
                return None
            k += 1
        return None

    def _tail(self, toks: Sequence[Token], j: int, hi: int, mods: list[tuple[str, str]]) -> int:
        """Absorb direction adjectives and suffix words after a name; returns the new end token."""
        while j < hi:
            a = self._adjs.match_at(toks, j, hi)
            if a is not None and not a.prefix:
                mods.append(("compass_adj", a.payload))
                j = a.end_tok
                continue
            if toks[j].norm in self.words.suffixes:
                j += 1
                continue
            break
        return j

    def find(self, analysis: Analysis, lo: int = 0, hi: int | None = None) -> list[PlaceMention]:
        toks = analysis.tokens
        text = analysis.norm.orig
        hi = len(toks) if hi is None else min(hi, len(toks))
        out: list[PlaceMention] = []
        norms = analysis.forms()[lo:hi]  # the tokeniser's forms: no pass over the tokens
        n = len(norms)
        # what each word form starts, looked up for all words at once: most start nothing (None) and are
        # never visited; _UNSEEN: not known yet (= _starts_at, inlined)
        # (plain loops, not map/compress: compiled, they are native operations where map calls back per word)
        starts = self._starts
        free = lo  # the first token not inside a mention or mask found already
        for k in range(n):
            st = starts.get(norms[k], _UNSEEN)  # read where the walk meets it: no list of every word's start (g112e)
            if st is None:
                continue
            if st is _UNSEEN:
                st = self._start(norms[k])
                if st is None:
                    continue
            if not st.always and (k + 1 >= n or norms[k + 1] not in st.follow):
                continue
            i = lo + k
            t = toks[i]
            if i < free or t.punct:
                continue
            if k > 0 and norms[k - 1] in self._models:
                continue  # "صواريخ من طراز الجولان": a missile's model, not where it fell
            nm = st.name
            if nm is not None and (k + 1 >= n or norms[k + 1] not in nm.unless):
                # a one-word name: no mask, no gazetteer matching
                if k + 1 >= n or self._no_tail(norms[k + 1]):
                    out.append(self._bare_name(nm, t, i, text))
                    free = i + 1
                    continue
                m = self._parse_at(toks, text, i, hi, Match(i, i + 1, t.start, t.end, nm.key, nm.phrase, nm.prefix))
                assert m is not None  # given a name, _parse_at always makes a mention of it
                out.append(m)
                free = m.tok_end
                continue
            mask = self._masks.match_at(toks, i, hi)
            g_named: Match | None = None
            if mask is not None:  # "قوات سوريا الديمقراطية" names a force, not a place
                # a gazetteer name of two words or more, as long as the mask or longer, is that place: "الضفة الغربية
                # لنهر الفرات" is masked as no West Bank, and the whole phrase names the Deir ez-Zor bank (g108w); a
                # one-word mask stays a mask ("البابا", the Pope, is read near the name الباب)
                g_named = self._gaz_at(toks, i, hi, after_prefix=False)
                if g_named is None or g_named.end_tok < mask.end_tok or g_named.end_tok - i < 2:
                    free = mask.end_tok
                    continue
            m = self._parse_at(toks, text, i, hi, g_named)
            if m is None and out and self._listed_after(out[-1], toks, i):
                m = self._headed_at(toks, text, i, hi, listed=True)  # "حضر وتل كروم", "تل غربة وتل كلاب"
            if m is not None:
                out.append(m)
                free = m.tok_end
        return self.finish(out, toks, text, hi, lo, norms)

    @staticmethod
    def _listed_after(prev: PlaceMention, toks: Sequence[Token], i: int) -> bool:
        """Whether token i is the next member of a list whose member before is the place prev: joined to it by
        the proclitic و ("وتل X" right after it), or by a bare "و" or "،" between them."""
        if prev.tok_end == i:
            return toks[i].norm.startswith("و")
        return prev.tok_end == i - 1 and toks[i - 1].norm in _LIST_JOINERS


    def finish(self, out: list[PlaceMention], toks: Sequence[Token], text: str, hi: int,
               lo: int = 0, norms: list[str] | None = None) -> list[PlaceMention]:
        """What follows the scan of names: unknown members of listed towns, then containers. ``norms``: the forms
        of toks[lo:hi] when the caller has them."""
        openers = self._list_openers(toks, lo, hi, norms)
        if openers or any(self._list_head(m, toks) for m in out):
            out = self._list_members(out, toks, text, hi, lo, openers)
        if len(out) >= 2:
            out = self._flanked_members(out, toks, text, hi)
        for m in out:
            self._countryside_before(m, toks, text, lo, hi)
        own = self.words.own_countryside
        # one look-up per mention: the word right after it
        if own and any(m.tok_end < hi and toks[m.tok_end].norm in own for m in out):
            out = self._own_countryside(out, toks, text, hi)
        _link_containers(out, toks, self.words.links, self.words.compass)
        if any(STOP_AFTER_PLURAL in m.modifiers for m in out):
            kept = [m for m in out if not _outside_its_list(m, out)]
            if len(kept) < len(out):  # indices changed: link again
                for m in kept:
                    m.container = m.landmark = None
                out = kept
                _link_containers(out, toks, self.words.links, self.words.compass)
        return out

    def _countryside_before(self, m: PlaceMention, toks: Sequence[Token], text: str, lo: int, hi: int) -> None:
        """"الريف الغربي لدرعا", "الريف الشمالي الشرقي لمدينة X", "الريف الغربي للعاصمة، دمشق": the countryside told
        before the town, with a side and لـ, is "ريف X الغربي": ``m`` takes the rural role and the side, and its span
        opens at الريف. A side word read as a compass phrase of its own ("الشرقي لدرعا") is that side."""
        k = m.tok_start
        if m.proclitic.endswith("ال") and m.modifiers and m.modifiers[0][0] == "compass":
            first = next((j for j in range(k + 1, m.tok_end) if toks[j].norm.startswith("ل")), None)
        elif "ل" in m.proclitic and toks[k].norm.startswith("ل"):
            first = k  # "لدرعا", "لمدينة درعا"
        elif k - 2 >= lo and toks[k - 1].punct and toks[k - 1].norm in _COMMAS and _title_with_lam(toks[k - 2].norm):
            first = k - 2  # "للعاصمة، دمشق": the town named by its title
        elif k - 1 >= lo and _title_with_lam(toks[k - 1].norm):
            first = k - 1
        else:
            return
        found = None if first is None else self._rural_side(toks, first, lo, hi)
        if found is None:
            return
        r, md, side = found
        mods = [x for x in m.modifiers if x[0] == "prefix"] + [("prefix", "rural"), WIDE, ("compass_adj", side)]
        clitic = md.prefix[:-2] if md.prefix.endswith("ال") else md.prefix
        start = toks[r].start + (len(clitic) if toks[r].end - toks[r].start == len(toks[r].norm) else 0)
        m.modifiers, m.tok_start, m.start, m.proclitic = tuple(mods), r, start, clitic
        m.text = text[start:m.end]

    def _own_countryside(self, ms: list[PlaceMention], toks: Sequence[Token], text: str,
                         hi: int) -> list[PlaceMention]:
        """"مدينة درعا وريفيها الشرقي والغربي"، "مدينة السويداء وريفها الشرقي": a town's own countryside told right
        after it (place_words own_countryside) is a place of its own, "ريف X" with its side, one more member of the
        town's list (one per side after a dual). A town only: a province's countryside lies inside it (g109m)."""
        out = list(ms)
        starts = {m.tok_start for m in ms}
        for m in ms:
            k = m.tok_end
            if k >= hi or k in starts or toks[k].norm not in self.words.own_countryside or m.kind != "city" \
                    or any(md == ("prefix", "rural") for md in m.modifiers):
                continue
            dual = toks[k].norm.startswith("وريفي")
            sides: list[tuple[int, int, str]] = []  # (first token, end token, side) of each side adjective
            j = k + 1
            while j < hi and len(sides) < (2 if dual else 1):
                a = self._adjs.match_at(toks, j, hi)
                if a is None or (a.prefix and not (sides and a.prefix == "و")):
                    break
                sides.append((j, a.end_tok, a.payload))
                j = a.end_tok
            spans = [(k, sides[0][1] if sides else k + 1, sides[0][2] if sides else None)]
            spans += [(b, e, side) for b, e, side in sides[1:]]
            for b, e, side in spans:
                mods = (("prefix", "rural"), WIDE) + ((("compass_adj", side),) if side else ()) + (OWN_COUNTRYSIDE,)
                start = toks[b].start + (1 if toks[b].end - toks[b].start == len(toks[b].norm) else 0)
                out.append(PlaceMention(start=start, end=toks[e - 1].end, text=text[start:toks[e - 1].end],
                                        name=m.name, tok_start=b, tok_end=e, kind=m.kind, modifiers=mods,
                                        candidates=list(m.candidates), proclitic="و"))
        if len(out) > len(ms):
            out.sort(key=lambda m: m.tok_start)
        return out

    def side_after(self, toks: Sequence[Token], k: int, hi: int) -> tuple[int, str] | None:
        """The side adjective (compass_adj, one or two words) told at token ``k`` without a proclitic ("الريف
        الشرقي"، "ريفها الجنوبي الغربي"): (its end token, its side), else None (g110o)."""
        if k >= hi:
            return None
        a = self._adjs.match_at(toks, k, hi)
        return None if a is None or a.prefix else (a.end_tok, a.payload)

    def _rural_side(self, toks: Sequence[Token], first: int, lo: int, hi: int) -> tuple[int, Match, str] | None:
        """The الريف word and the side adjective (one or two words) that end just before token ``first``."""
        for width in (1, 2):
            r = first - width - 1
            if r < lo:
                return None
            a = self._adjs.match_at(toks, r + 1, hi)
            if a is None or a.end_tok != first or a.prefix:
                continue
            md = self._mods.match_at(toks, r, hi)
            if md is not None and md.payload == ("prefix", "rural") and md.prefix.endswith("ال"):
                return r, md, a.payload
        return None

    def _list_openers(self, toks: Sequence[Token], lo: int, hi: int, norms: list[str] | None = None) -> list[int]:
        """Indices in [lo, hi) of the words that open an enumeration ("بينها"), found by one set look-up per
        token in C (most documents have none; a Python loop over every token cost more than the lists). lo >= 0.
        ``norms``: the forms of toks[lo:hi], when known: one isdisjoint over them (in C) answers for the
        documents with none (g105a)."""
        if not self.words.list_open:
            return []
        opening = self.words.list_open
        if norms is not None and opening.isdisjoint(norms):
            return []
        # a plain loop (s31): compiled, a Token's form is a struct read where map(attrgetter) called back per token
        return [k for k, t in enumerate(toks[lo:hi], lo) if t.norm in opening]

    def _list_members(self, ms: list[PlaceMention], toks: Sequence[Token], text: str, hi: int,
                      lo: int = 0, openers: Sequence[int] | None = None) -> list[PlaceMention]:
        """Unknown names listed with a known one after a plural naming word ("بلدات X وكحيل والسهوة"):
        each a town of its own. A member is one word joined by "و" that the list goes on after
        (another member, a comma, a known place, a function word, the end)."""
        starts = {m.tok_start: m for m in ms}
        out = list(ms)
        for head in ms:
            opens = self._list_head(head, toks)
            if opens == "list":
                self._share_naming_word(head, toks, starts, hi)
                continue
            # a known name after a plural (an unknown one is no place there); any name after a dual
            if not opens or (not head.candidates and opens != "dual"):
                continue
            if opens == "dual" and self.words.dual_singular:
                # "مطاري دمشق الدولي والضمير": مطار الضمير (the base) rather than the town read on its own
                found = self._singular_second(head, toks, text, hi)
                if found is not None:
                    old = starts.get(found.tok_start)
                    if old is not None:
                        out.remove(old)
                    starts[found.tok_start] = found
                    out.append(found)
            out += self._members_after(head.tok_end, toks, text, hi, starts)[0]
            second = starts.get(head.tok_end)
            if opens == "dual" and second is not None and "و" in second.proclitic \
                    and not any(k == "prefix" for k, _ in second.modifiers):
                # "ريفي حماة وحلب": the second name takes the dual's naming word (the countryside of Aleppo)
                second.modifiers = tuple(md for md in head.modifiers if md[0] == "prefix" or md == WIDE) + second.modifiers
        out += self._enumerated(toks, text, lo, hi, starts, openers)
        out.sort(key=lambda m: m.tok_start)
        return out

    def _share_naming_word(self, head: PlaceMention, toks: Sequence[Token], starts: Mapping[int, PlaceMention],
                           hi: int) -> None:
        """"محافظات ريف دمشق والسويداء وحمص": each known name joined after a list's naming word (by "و" or "،")
        takes that word, as the second name of a dual does (the province of Homs, not the city). A town's own
        countryside ("دمشق وريفها") and a short aside in brackets ("حماة (وسط)") may stand between two names; the
        list ends at any other word, or at a name with a naming word of its own."""
        if PROVINCE_MEMBER in head.modifiers:
            return  # the list was read (finish runs once per scan; a second pass changes nothing)
        shared = tuple(md for md in head.modifiers if md[0] == "prefix" or md == WIDE) + (PROVINCE_MEMBER,)
        head.modifiers += (PROVINCE_MEMBER,)
        rural = self.words.own_countryside
        edge = j = head.tok_end  # where the last member (or a skipped word) ended
        while j < hi:
            norm = toks[j].norm
            if norm in _LIST_JOINERS:
                j += 1
                continue
            if norm == "(":
                close = next((k for k in range(j + 1, min(j + 5, hi)) if toks[k].norm == ")"), None)
                if close is None:
                    return
                edge = j = close + 1
                continue
            joined = (edge == j and norm.startswith("و")) or (edge < j and all(
                toks[k].norm in _LIST_JOINERS for k in range(edge, j)))
            if joined and norm in rural:  # "دمشق وريفها": the countryside keeps its own reading
                edge = j = starts[j].tok_end if j in starts else j + 1
                continue
            m = starts.get(j)
            if m is None or not joined or any(k == "prefix" for k, _ in m.modifiers):
                return
            m.modifiers = shared + m.modifiers
            edge = j = m.tok_end

    def _flanked_members(self, ms: list[PlaceMention], toks: Sequence[Token], text: str,
                         hi: int) -> list[PlaceMention]:
        """Common words that are also gazetteer names, joined by "و" between two listed places ("X وحيط وY"،
        "X، وجملة، وY"، a run of them: "مناطق X وجارا ومتينا وY"): members of the list, read as those places (alone
        they need a naming word)."""
        out = list(ms)
        for a, b in zip(ms, ms[1:]):
            # the join first, then the gap's words: most pairs are not joined, and the gap between two places
            # far apart is long (g105a: the gap was listed for every pair, the join tested after)
            if not ("و" in b.proclitic or toks[b.tok_start - 1].norm in _COMMAS):
                continue
            members: list[PlaceMention] = []
            whole = True  # every word of the gap a member
            # stops at the first word that is no such member (most gaps: the first)
            for k in range(a.tok_end, b.tok_start):
                if toks[k].norm in _COMMAS:
                    continue
                m = self._flanked_member(toks, text, k)
                if m is None and toks[k - 1].norm in _COMMAS:  # "صيدا، الطيبة، الجيزة" (g99i)
                    m = self._stop_member(toks, text, k, (a, b))
                if m is None:
                    whole = False
                    break
                members.append(m)
            if whole and members:  # a gap of commas alone has no member
                out += members
        out += self._list_end_members(ms, toks, text, hi, {m.tok_start: m for m in out})
        if len(out) > len(ms):
            out.sort(key=lambda m: m.tok_start)
        return out

    def _list_end_members(self, ms: list[PlaceMention], toks: Sequence[Token], text: str,
                          hi: int, starts: Mapping[int, PlaceMention]) -> list[PlaceMention]:
        """A common word that is also a gazetteer name joined by "و" at the end of a list of two or more towns
        ("مخيم اليرموك والحجر الأسود والقدم"، "X وY والتضامن"): the list's last member (g99i). One place before it is
        not a list ("عفرين والجيش"). ``starts``: the first tokens of all mentions found so far (the flanked members
        too) -> the mention: a word one of them already reads, or one with a mention joined by "و" right after it
        (mid-list: "X وY والتضامن وZ", the flanked step's), is no list end; a place after it with no "و" ("... والقدم
        جنوب دمشق") leaves it the end (g99an)."""
        out: list[PlaceMention] = []
        for a, b in zip(ms, ms[1:]):
            k = b.tok_end
            if k >= hi or k in starts or not self._joined(a, b, toks):
                continue
            if toks[k].norm == "و" and k + 1 < hi:  # "و" written apart
                if k + 1 in starts or _joined_at(toks, starts, k + 2, hi):
                    continue
                m = self._stop_member(toks, text, k + 1, (a, b))
            elif _joined_at(toks, starts, k + 1, hi):
                continue
            elif toks[k].norm.startswith("و"):
                m = self._stop_member(toks, text, k, (a, b), cut=1)
            else:
                m = None
            if m is not None:
                out.append(m)
        return out

    @staticmethod
    def _joined(a: PlaceMention, b: PlaceMention, toks: Sequence[Token]) -> bool:
        """Whether towns a and b are two members of one list: b right after a with "و" joined to it, or only
        "و" and commas between them; neither a country nor a province."""
        if a.kind in ("country", "admin1") or b.kind in ("country", "admin1") or not (a.candidates and b.candidates):
            return False
        if a.tok_end == b.tok_start:
            return "و" in b.proclitic
        return all(toks[j].norm in _LIST_JOINERS for j in range(a.tok_end, b.tok_start))

    def _stop_member(self, toks: Sequence[Token], text: str, k: int, near: tuple[PlaceMention, ...] | None,
                     cut: int = 0) -> PlaceMention | None:
        """Token ``k`` (after ``cut`` letters of "و") as a listed town: a stop row that names a gazetteer place
        within LIST_NEAR_KM of a neighbour of the list (its far namesakes dropped), else None. ``near`` None (a
        word flanked by two towns, _flanked_member): any namesake, and no STOP_MEMBER mark."""
        t = toks[k]
        stem = t.norm[cut:]
        if not t.is_word or stem not in self.words.stop or stem in self.blocked or t.end - t.start != len(t.norm):
            return None
        cands = self.gaz.candidates(stem)
        if near is not None:
            anchors = [p for m in near for p in m.candidates]
            cands = [c for c in cands
                     if any(km(c.latitude, c.longitude, p.latitude, p.longitude) <= LIST_NEAR_KM for p in anchors)]
        if not cands:
            return None
        s = t.start + cut
        mods = (("list", "member"),) if near is None else (("list", "member"), STOP_MEMBER)
        return PlaceMention(start=s, end=t.end, text=text[s:t.end], name=text[s:t.end], tok_start=k, tok_end=k + 1,
                            kind=_kind([], cands), modifiers=mods, candidates=cands, proclitic="و" if cut else "")

    def _flanked_member(self, toks: Sequence[Token], text: str, k: int) -> PlaceMention | None:
        """Token ``k`` as a list member "و" + a stop row that names a gazetteer place, else None."""
        return self._stop_member(toks, text, k, None, cut=1) if toks[k].norm.startswith("و") else None

    def _enumerated(self, toks: Sequence[Token], text: str, lo: int, hi: int,
                    starts: dict[int, PlaceMention], openers: Sequence[int] | None = None) -> list[PlaceMention]:
        """Towns enumerated after "بينها"/"منها"/"أبرزها" ("بلدات في محيط درعا، بينها الطيبة والنعيمة وصيدا"): the
        first is marked as opening the list; unknown or common-word members count only in a list that
        reaches a known town."""
        out: list[PlaceMention] = []
        for o in self._list_openers(toks, lo, hi) if openers is None else openers:
            if o + 1 >= hi:
                continue
            j = o + 1
            first = starts.get(j)
            if first is None:
                first = self._unknown_member(toks, text, j, hi, starts, bare=True)
                if first is None:
                    continue
            members, known = self._members_after(first.tok_end, toks, text, hi, starts, common=True)
            if first.tok_start not in starts:
                if not known:
                    continue
                members.insert(0, first)
            first.opens_list = True
            out += [m for m in members if m.tok_start not in starts]
        return out

    def _members_after(self, j: int, toks: Sequence[Token], text: str, hi: int, starts: Mapping[int, PlaceMention],
                       common: bool = False) -> tuple[list[PlaceMention], bool]:
        """The unknown members of a list from token j on, and whether the list reaches a known place.
        ``common``: a common word that is also a name ("والطيبة") may be a member."""
        out: list[PlaceMention] = []
        known = False
        while j < hi:
            if j in starts:  # a known member of the list
                known = known or starts[j].kind not in ("country", "admin1")
                j = starts[j].tok_end
                continue
            if toks[j].norm in ("،", ","):
                j += 1
                continue
            m = self._unknown_member(toks, text, j, hi, starts, common=common)
            if m is None:
                break
            out.append(m)
            j = m.tok_end
        return out, known

    def _unknown_member(self, toks: Sequence[Token], text: str, j: int, hi: int, starts: Mapping[int, PlaceMention],
                        common: bool = False, bare: bool = False) -> PlaceMention | None:
        """The unknown list member at token j ("وكحيل"; ``bare``: the first after an opener, with no "و")."""
        w = self.words
        t = toks[j]
        if bare:
            stem = t.norm
            # "بينها وبين روسيا" is no list: the first town follows the opener bare
            if not t.is_word or len(stem) < 3 or stem.startswith("و") or stem in w.not_name or stem in self.blocked \
                    or number_word(stem) is not None or self._mods.match_at(toks, j, hi) is not None:
                return None
            cut = 0
        else:
            stem = t.norm[1:]
            if not (t.is_word and t.norm.startswith("و") and len(stem) >= 3):
                return None
        # "وخان السبل", "ومعرة حرمة": a first word of two-word names takes the word after it
        two = stem in w.name_start and j + 1 < hi and toks[j + 1].is_word and j + 1 not in starts \
            and toks[j + 1].norm not in w.not_name and toks[j + 1].norm not in self.blocked \
            and not (toks[j + 1].norm.startswith("و") and len(toks[j + 1].norm) > 3)
        if not bare and (stem in w.not_name or (stem in self.blocked and not two) or (stem in w.stop and not common and not self.gaz.candidates(stem))
                         or number_word(t.norm) is not None or self._mods.match_at(toks, j, hi) is not None):
            return None
        # "ومليحة العطش", "وبيت سحم": a definite word after the member is the second word of its name
        # when the list goes on after it (not an adjective of the towns: those are not_name words)
        two = two or self._second_word(toks, j + 1, hi, starts)
        k = j + (2 if two else 1)
        nxt = toks[k].norm if k < hi else None
        if not (nxt is None or toks[k].punct or k in starts or nxt in w.not_name
                or (nxt.startswith("و") and len(nxt) > 3)):
            return None
        if bare and not (nxt in ("،", ",") or (nxt or "").startswith("و")):
            return None  # the first of an enumeration is followed by the next ("منها استهداف سوريا" is none)
        if not bare:
            cut = 1 if t.end - t.start == len(t.norm) else 0
            if not cut and text[t.start:t.start + 1] == "و":
                cut = 1
            if not cut:
                return None
        end = toks[k - 1].end
        name = text[t.start + cut:end]
        # a common word that is also a gazetteer name ("وحيط"، "والتضامن") is that place when listed among towns
        cands = self.gaz.candidates(stem) if not two and stem not in self.blocked else []
        return PlaceMention(start=t.start + cut, end=end, text=name, name=name, tok_start=j, tok_end=k,
                            kind=_kind([], cands) if cands else "city", modifiers=(("list", "member"),),
                            candidates=cands, proclitic="" if bare else "و")

    def _second_word(self, toks: Sequence[Token], k: int, hi: int, starts: Mapping[int, PlaceMention]) -> bool:
        """Whether token k is a definite second word of an unknown listed name ("مليحة العطش")."""
        if k >= hi or k in starts or not toks[k].is_word:
            return False
        norm, w = toks[k].norm, self.words
        if not norm.startswith("ال") or len(norm) < 5 or norm in w.not_name or norm in w.stop \
                or norm in self.blocked or norm.endswith(("تين", "تان", "يين")) or self._mods.match_at(toks, k, hi):
            return False
        nxt = toks[k + 1] if k + 1 < hi else None
        return nxt is None or nxt.punct or k + 1 in starts or nxt.norm in w.not_name \
            or (nxt.norm.startswith("و") and len(nxt.norm) > 3)

    def _list_head(self, m: PlaceMention, toks: Sequence[Token]) -> str | None:
        """"plural" or "dual" when ``m`` opens with a naming word for several places ("بلدات X وY", "بلدتي X وY")."""
        if ("prefix", "plural") in m.modifiers:
            return "plural"
        if not m.modifiers or not (self.words.duals or self.words.name_lists):
            return None
        norm = toks[m.tok_start].norm
        stems = {norm} | {stem for _, stem in proclitic_splits(norm)}
        if stems & self.words.name_lists:
            return "list"
        return "dual" if stems & self.words.duals else None

    def _no_tail(self, norm: str) -> bool:
        """True if no direction adjective or suffix word can start with this word (_tail would stop)."""
        adj = self._adjs.memo.get(norm)
        if adj is None:
            adj = self._adjs.of(norm)
        return not adj and norm not in self.words.suffixes

    @staticmethod
    def _bare_name(nm: _Name, t: Token, i: int, text: str) -> PlaceMention:
        """The mention of a one-word name with no word around it that belongs to the expression
        (what _parse_at gives there)."""
        start = t.start
        if nm.cut and t.end - t.start == len(t.norm):
            start += nm.cut
        span = text[start:t.end]
        return PlaceMention(start=start, end=t.end, text=span, name=span, tok_start=i, tok_end=i + 1, kind=nm.kind,
                            candidates=list(nm.places), proclitic=nm.prefix)

    def _parse_at(self, toks: Sequence[Token], text: str, i: int, hi: int,
                  g: Match | None = None) -> PlaceMention | None:
        """The place expression starting at token i; ``g``: the gazetteer match there, when known."""
        if g is None:
            g = self._gaz_at(toks, i, hi, after_prefix=False)
        mods: list[tuple[str, str]] = []
        proclitic = ""
        j = i
        if g is None:
            # modifier chain: "بريف", "شمال شرق", "مدينة" ... at most three
            for _ in range(3):
                if j >= hi:
                    break
                md = self._mods.match_at(toks, j, hi)
                if md is None:
                    break
                if j > i and md.prefix:  # only the first word may carry a clitic
                    break
                if j == i:
                    proclitic = md.prefix
                mods.append(md.payload)
                if md.payload == ("prefix", "rural") and md.phrase in self.words.countryside:
                    mods.append(WIDE)  # "ريف X" is wide, "محيط X" at the town
                j = md.end_tok
                # a common word that is also a name is a place after "مدينة", not after "المدينة" (the
                # town told before: "وسط المدينة الأحد", "أنحاء المحافظة الخميس" name a day)
                # "مطاري دمشق الدولي": the full name with the singular is longer than "دمشق" alone
                g = self._singular_at(toks, md, j, hi) if self.words.dual_singular else None
                if g is None:
                    # a quote mark opening the name ("بلدة "حيط"") is looked through; the matcher itself goes on
                    # over quote marks inside a name
                    named = _past_quotes(toks, j, hi)  # (once, for both readings)
                    g = self._gaz_at(toks, named, hi, after_prefix=md.payload[0] == "prefix"
                                     and (md.payload[1] in _NAMING_ROLES or md.payload[1] == "province")
                                     and not md.prefix.endswith("ال"))
                    if g is None and md.payload == ("prefix", "area") and named > j:
                        g = self._quoted_in_area(toks, named, hi)
                if g is None and md.phrase in self.words.town_plurals and not md.prefix.endswith("ال"):
                    g = self._town_after_plural(toks, j, hi)
                    if g is not None:
                        mods.append(STOP_AFTER_PLURAL)
                if g is None and (titled := self._titled_at(toks, j, hi, md.payload)) is not None:
                    j, g = titled
                if g is not None:
                    break
            if not mods:
                return self._headed_at(toks, text, i, hi)
        else:
            proclitic = g.prefix
        if g is not None:
            name_start, name_end, key = g.start, g.end, g.payload
            if g.prefix and toks[g.start_tok].end - toks[g.start_tok].start == len(toks[g.start_tok].norm):
                name_start += len(g.prefix) - (1 if g.prefix.endswith("لل") else 0)
            end_tok = self._tail(toks, g.end_tok, hi, mods)
            cands = self.gaz.candidates(key)
        elif any(k == "compass" for k, _ in mods) and j < hi and toks[j].norm in self.words.country_ref:
            # "شمال البلاد": the document's country, decided at resolution
            mods.append(("ref", "country"))
            name_start, name_end = toks[j].start, toks[j].end
            end_tok = j + 1
            cands = []
        else:
            roles = [v for k, v in mods if k == "prefix"]
            if not roles or j >= hi:
                return None
            t = toks[j]
            # "قرية تل X": a first word of two-word names with its second word is a name, though alone it is blocked;
            # a head word ("تل", "كفر") names a place even after a prefix that does not name one ("منطقة تل X")
            two = t.norm in self.words.name_start and self._second_ok(toks, j + 1, hi)
            if roles[-1] not in _NAMING_ROLES and not (two and t.norm in self.words.heads) \
                    and not (roles[-1] == "area" and self._located_after(toks, j + (2 if two else 1), hi)):
                return None
            # "المدينة" is "the city" already told, not the head of a name ("بلدة X" has no article)
            if proclitic.endswith("ال") and len(mods) == 1:
                return None
            if not t.is_word or len(t.norm) < 2 or t.norm in self.words.not_name or (t.norm in self.blocked and not two) \
                    or number_word(t.norm) is not None \
                    or t.norm in self.words.compass_adj \
                    or self._mods.match_at(toks, j, hi) is not None:
                return None
            end = j + 1
            if t.norm in self.words.name_start and end < hi and toks[end].is_word:
                end += 1
            name_start, name_end = t.start, toks[end - 1].end
            end_tok = self._tail(toks, end, hi, mods)
            # a one-word name with no entry may be a known place spelled another way («بلدة جندريس»)
            cands = self.gaz.variant_candidates(t.norm) if end == j + 1 else []
        start = toks[i].start
        if proclitic and toks[i].end - toks[i].start == len(toks[i].norm):
            # leave the clitic out of the span ("بالرقة" -> "الرقة"; "للرقة" keeps its lam: "لرقة")
            start += len(proclitic) - (1 if proclitic.endswith("لل") else 0)
        end_off = toks[end_tok - 1].end
        kind = _kind(mods, cands)
        return PlaceMention(start=start, end=end_off, text=text[start:end_off], name=text[name_start:name_end],
                            tok_start=i, tok_end=end_tok, kind=kind, modifiers=tuple(mods), candidates=cands,
                            proclitic=proclitic)


    def _located_after(self, toks: Sequence[Token], k: int, hi: int) -> bool:
        """Whether an adjective of lying (place_words located: "الواقعة") stands at token k with a side or a near word
        after it ("منطقة X الواقعة إلى الغرب من Y"، "... الواقعة قرب Y"): the words place the unknown name before them
        as a proper name, which "منطقة" alone does not (g102h, 74201). Two token look-ups."""
        if k + 1 >= hi or toks[k].norm not in self.words.located:
            return False
        md = self._mods.match_at(toks, k + 1, hi)
        return md is not None and md.payload[0] == "compass"

    def _second_ok(self, toks: Sequence[Token], k: int, hi: int) -> bool:
        """Whether token k may be the second word of an unknown name whose first word is a name_start word."""
        if k >= hi:
            return False
        t = toks[k]
        return t.is_word and len(t.norm) >= 2 and t.norm not in self.words.not_name and t.norm not in self.blocked \
            and number_word(t.norm) is None and t.norm not in self.words.compass_adj

    def _headed_at(self, toks: Sequence[Token], text: str, i: int, hi: int,
                   listed: bool = False) -> PlaceMention | None:
        """An unknown name headed by a word that is itself a toponym head ("قصف على تل الصوان": place_words head
        rows), where a place is told: with the proclitic ب ("بتل X") or after a head_after word ("في", "على" ...).
        It is a settlement with no candidates, kept at the container told next to it like "بلدة X". listed: the
        next member of a list of places (the caller checked), where a bare or و-joined head word is enough."""
        if i + 1 >= hi:
            return None
        md = self._heads.match_at(toks, i, hi)
        if md is None:
            return None
        w = self.words
        if md.prefix not in ("ب", "وب") and (md.prefix not in ("", "و") or i == 0
                                             or not (listed or toks[i - 1].norm in w.head_after)):
            return None
        t = toks[i + 1]
        if not t.is_word or len(t.norm) < 2 or t.norm in w.not_name or t.norm in self.blocked \
                or number_word(t.norm) is not None or t.norm in w.compass_adj \
                or self._mods.match_at(toks, i + 1, hi) is not None:
            return None
        end = i + 2
        if t.norm in w.name_start and end < hi and toks[end].is_word and toks[end].norm not in w.not_name:
            end += 1  # "تل أبو X"
        if listed and end < hi and self._gaz_at(toks, end, hi, after_prefix=False) is not None:
            return None  # "حضر وتل كروم جبا": a hill at the known village after it, which is read as the place
        start = toks[i].start
        if md.prefix and toks[i].end - toks[i].start == len(toks[i].norm):
            start += len(md.prefix)
        end_tok = self._tail(toks, end, hi, [])
        end_off = toks[end_tok - 1].end
        return PlaceMention(start=start, end=end_off, text=text[start:end_off], name=text[start:toks[end - 1].end],
                            tok_start=i, tok_end=end_tok, kind="city", modifiers=(("prefix", "settlement"),),
                            candidates=[], proclitic=md.prefix)


def _kind(mods: list[tuple[str, str]], cands) -> str:
    if ("ref", "country") in mods:
        return "country"
    roles = [v for k, v in mods if k == "prefix"]
    if roles and roles[-1] in _KIND_OF_ROLE and roles[-1] != "settlement":
        return _KIND_OF_ROLE[roles[-1]]
    if roles and roles[-1] == "province":
        return "admin1"
    if not cands:
        return _KIND_OF_ROLE.get(roles[-1], "unknown") if roles else "unknown"
    kinds = {c.kind for c in cands}
    if roles and roles[-1] == "settlement":
        return "city"
    for k in ("city", "region", "camp", "base", "neighbourhood", "area", "admin2", "admin1", "country"):
        if k in kinds:
            return k
    return cands[0].kind


def _joined_at(toks: Sequence[Token], starts: Mapping[int, PlaceMention], k: int, hi: int) -> bool:
    """A mention joined by "و" starts at token ``k`` (below ``hi``): "و" on it ("والتضامن") or written apart before
    it ("و التضامن"). A place with no "و" ("جنوب دمشق") goes on no list. Two dict look-ups."""
    if k >= hi:
        return False
    m = starts.get(k)
    if m is not None:
        return "و" in m.proclitic
    return toks[k].norm == "و" and k + 1 < hi and k + 1 in starts


def _title_with_lam(norm: str) -> bool:
    """"للعاصمة", "للمدينة": a definite word after لـ, the title of the town named after it."""
    return norm.startswith("لل") and len(norm) >= 6


def _definite_adjective(norm: str) -> bool:
    """A definite word with a stem of three letters at least: an adjective may be ("العسكري", "الواقعة"),
    not "إلى", "إلا", "التي", "الذي" (a destination or a clause: "غادروا بلدة X إلى شمالي إدلب")."""
    return norm.startswith("ال") and len(norm) >= 5


def _outside_its_list(m: PlaceMention, ms: Sequence[PlaceMention]) -> bool:
    """Whether ``m``, a common word read as a town after "قرى/بلدات" (STOP_AFTER_PLURAL), has no namesake in the
    country of the container its list is told in: "قرى البستان والشومرية في ريف حمص" is no Elbistan (Turkey).
    Such a weak reading is dropped, as it was before the plural heads licensed it."""
    if STOP_AFTER_PLURAL not in m.modifiers:
        return False
    cont = _list_container(m, ms)
    if cont is None or not cont.candidates:
        return False
    ccs = {p.cc for p in cont.candidates}
    return not any(p.cc in ccs for p in m.candidates)


def _link_containers(ms: list[PlaceMention], toks: Sequence[Token], links: Mapping[str, str] | None = None,
                     compass_words: Container[str] = ()) -> None:
    """"X بريف Y", "X في Y", "X شمال Y": Y contains X (lists "X وY"، "X، Y" do not). Definite
    adjectives of X may stand between ("مخيم X المؤقت في Y", "مطار X العسكري بمحافظة Y"). A ``links``
    adjective ties X to Y too: "X التابعة لY" (value "in": Y contains X), "X القريبة من Y", "X المحاذية لY"
    (value "near": Y is X's landmark, which may lie in another province or country). "X الواقع بين Y وZ", an
    adjective of X first, makes Y X's landmark too (step.py adds Z, listed with Y). A region whose own name opens
    with a ``compass_words`` word right after X contains X as "X شرقي Y" would: "الأهواز شرقي الفرات في سوريا" is
    a place east of the Euphrates, not the Iranian city (g108r)."""
    links = links or {}
    for b in range(1, len(ms)):
        m, n = ms[b - 1], ms[b]
        end = m.tok_end
        # a quoted name keeps its container ("قاعدة "تيفور" بحمص")
        while end < n.tok_start and toks[end].norm in QUOTES:
            end += 1
        first = end
        while end < n.tok_start and end - first < MAX_DESCRIPTORS and _definite_adjective(toks[end].norm):
            end += 1
        link = next((links[toks[k].norm] for k in range(first, end) if toks[k].norm in links), None)
        compass = any(k == "compass" for k, _ in n.modifiers) and "و" not in n.proclitic
        gap = n.tok_start - end  # words between them
        if link is not None and ((gap == 1 and toks[end].norm == "من")
                                 or (gap == 0 and n.proclitic.lstrip("وف").startswith("ل"))):
            if link == "near":
                m.landmark = b
            else:
                m.container = b
        elif gap >= 2 and links.get(toks[end].norm) == "near" and all(
                toks[k].norm == "من" or _definite_adjective(toks[k].norm) for k in range(end + 1, n.tok_start)):
            # "الغوطة الشرقية قرب العاصمة السورية دمشق": the capital named by its title is X's landmark
            m.landmark = b
        elif gap == 1:
            # "X، قرب Y", "X، شمال Y" as "X قرب Y"
            if toks[end].norm == "في" or (compass and toks[end].punct and toks[end].norm in _COMMAS):
                m.container = b
            elif links.get(toks[end].norm) == "between" and end > first:
                # "مطار X العسكري الواقع بين مدينتي Y وZ": an adjective then "بين" locates X by Y (and Z)
                m.landmark = b
        elif gap == 0 and ((n.proclitic.rstrip("ال").endswith("ب") and not conjoined(n.proclitic))
                           or (any(k in ("prefix", "compass") for k, _ in n.modifiers) and "و" not in n.proclitic)
                           or (not n.proclitic and toks[n.tok_start].norm in compass_words
                               and any(c.kind == "region" for c in n.candidates))):
            m.container = b
