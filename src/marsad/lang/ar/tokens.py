"""Tokens with offsets, clitic analysis and sentence splitting for Arabic news text."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Final, Iterator

from marsad.lang.ar.normalize import NormText, normalize_cps, norm_key
from marsad.tables import load_table

if TYPE_CHECKING:
    import numpy as np  # imported where used: a run's start-up does not wait for it

# Words: Arabic letters, Latin letters, digits (numbers with separators stay whole).
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S", re.UNICODE)
QUOTES: Final = frozenset('"«»“”„\'‘’`')
MIN_STEM: Final = 2


class Token:
    """A token: its normalised form, offsets and index.

    A plain class, not a named tuple: compiled, ``t.norm`` is then a struct read where a named tuple's
    field is a generic attribute look-up (every matcher and scan reads the forms of hundreds of tokens).
    Equal, hashed and shown as the tuple of its fields, as the named tuple was.
    """

    __slots__ = ("norm", "start", "end", "i", "punct")

    def __init__(self, norm: str, start: int, end: int, i: int, punct: bool = False) -> None:
        self.norm = norm  # normalised form
        self.start = start  # offsets into the original (clean) text
        self.end = end
        self.i = i  # token index
        self.punct = punct  # not a word or number (set once, read by every matcher)

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalpha()

    @property
    def is_punct(self) -> bool:
        return self.punct

    def astuple(self) -> tuple[str, int, int, int, bool]:
        return (self.norm, self.start, self.end, self.i, self.punct)

    def __iter__(self) -> Iterator[object]:
        return iter(self.astuple())  # unpacking and tuple(t) as before

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and self.astuple() == other.astuple()

    def __hash__(self) -> int:
        return hash(self.astuple())

    def __repr__(self) -> str:
        return f"Token(norm={self.norm!r}, start={self.start}, end={self.end}, i={self.i}, punct={self.punct})"

    def __reduce__(self) -> tuple[type[Token], tuple[str, int, int, int, bool]]:
        return Token, self.astuple()


@lru_cache(maxsize=1)
def _clitics() -> tuple[tuple[tuple[str, int, str], ...], tuple[str, ...]]:
    pro, enc = [], []
    for row in load_table("clitics.tsv", required=("kind", "form")):
        form = norm_key(row["form"])
        if row["kind"] == "proclitic":
            pro.append((form, int(row["order"]), norm_key(row["replace"]) if row["replace"] else ""))
        elif row["kind"] == "enclitic":
            enc.append(form)
    return tuple(pro), tuple(sorted(enc, key=len, reverse=True))


@lru_cache(maxsize=1)
def inflection_endings() -> frozenset[str]:
    """Every ending a stem may take: an inflectional suffix, a pronoun, or both ("ت"+"ها")."""
    _, enc = _clitics()
    sufs = {norm_key(r["form"]) for r in load_table("clitics.tsv", required=("kind", "form")) if r["kind"] == "suffix"}
    sufs.add("")
    return frozenset(s + e for s in sufs for e in (*enc, "")) - {""}


@lru_cache(maxsize=1)
def defective_endings() -> tuple[tuple[str, str], ...]:
    """(final letter dropped, ending that replaces it) of verbs in alif maqsura: ("ي", "ت") for أخلى -> أخلت."""
    return tuple((norm_key(r["replace"]), norm_key(r["form"])) for r in load_table("clitics.tsv", required=("kind", "form"))
                 if r["kind"] == "defective" and r["replace"])


@lru_cache(maxsize=1)
def _proclitic_initials() -> frozenset[str]:
    return frozenset(form[:1] for form, _, _ in _clitics()[0])


# The clitic tables' views read per word (``in_words`` on every token of a scan), made once and kept in module
# globals, not lru_cache (g103b, as s32 did for the per-word memos): compiled, a call is a native call and a global
# read, where an lru_cache wrapper is a generic call with the cache's bookkeeping on every hit.
# Filled in place when first asked for, so that the names are Final (compiled: a C static, not a module-dict read
# on every call; g105a).
_BY_INITIAL: Final[dict[str, tuple[tuple[str, int, str], ...]]] = {}
_CONJUNCTIONS: Final[list[tuple[str, ...]]] = []  # its one item, once made


def _proclitics_by_initial() -> dict[str, tuple[tuple[str, int, str], ...]]:
    """The proclitics (in table order) by their first letter: a chain step tries only those that can match."""
    hit = _BY_INITIAL
    if not hit:
        out: dict[str, list[tuple[str, int, str]]] = {}
        for row in _clitics()[0]:
            out.setdefault(row[0][:1], []).append(row)
        hit.update((k, tuple(v)) for k, v in out.items())
    return hit


_STEM_RULES: Final[dict[str, tuple[int, tuple[str, ...]]]] = {}  # proclitic -> (min_stem, stem_starts), once made
_RULES_MADE: Final[list[bool]] = []


def _make_stem_rules() -> None:
    """Fill ``_STEM_RULES`` from clitics.tsv (g110r): a proclitic that asks more of the rest of its word than
    MIN_STEM letters («ك»: three, so «كان», «كما» are no ك + «ان/ما»), or a first letter of it (the future «س»
    before an imperfect verb's ي/ت/ن/أ: «سلم» is no س + «لم», «سمع» no س + «مع»)."""
    if _RULES_MADE:
        return
    for row in load_table("clitics.tsv", required=("kind", "form")):
        form = norm_key(row["form"])
        if row["kind"] == "proclitic" and (row.get("min_stem") or row.get("stem_starts")):
            starts = tuple(norm_key(x) for x in (row.get("stem_starts") or "").split())
            _STEM_RULES[form] = (int(row.get("min_stem") or MIN_STEM), starts)
    _RULES_MADE.append(True)


def stem_allowed(form: str, rest: str) -> bool:
    """``rest`` (what follows the proclitic ``form`` in the word) may be read as a stem after ``form``:
    at least MIN_STEM letters, and what clitics.tsv asks of the rest after this clitic."""
    n = len(rest)
    if n < MIN_STEM:
        return False
    if not _RULES_MADE:
        _make_stem_rules()
    rule = _STEM_RULES.get(form)
    return rule is None or (n >= rule[0] and (not rule[1] or rest.startswith(rule[1])))


def _conjunctions() -> tuple[str, ...]:
    """The conjunction proclitics (clitics.tsv, order 1: و، ف)."""
    if not _CONJUNCTIONS:
        _CONJUNCTIONS.append(tuple(form for form, order, _ in _clitics()[0] if order == 1))
    return _CONJUNCTIONS[0]


@lru_cache(maxsize=1)
def _article_forms() -> tuple[str, ...]:
    """The proclitics that end on the definite article (clitics.tsv: the article, order 3, and what is rewritten to it,
    "لل")."""
    pro = _clitics()[0]
    article = tuple(form for form, order, _ in pro if order == max(o for _, o, _ in pro))
    return article + tuple(form for form, _, replace in pro if replace in article)


def has_article(word: str) -> bool:
    """``word`` carries the definite article behind any proclitics ("الضربات"، "والضربات"، "للضربات")."""
    arts = _article_forms()
    return any(prefix.endswith(arts) for prefix, _ in proclitic_splits(word)[1:])


def definite_after_like(prefix: str, stem: str) -> bool:
    """The preposition ك ("like", in ``prefix``) stands before a definite word of three letters at least: "كالبصرة"
    is ك + "البصرة" ("such as Basra"), "وكالموصل" و + ك + "الموصل". Without the article ك is read as a root letter
    ("كروم" is no ك + "روم", "كامل" no ك + "امل"); a short stem is a word's ending ("وكالة" is no و + ك + "الة").
    ``stem`` is what the split leaves after ``prefix`` (the article on either side of the cut)."""
    at = prefix.find("ك")
    if at < 0:
        return False
    after = prefix[at + 1:] + stem
    return after.startswith("ال") and len(after) >= 5


def conjoined(prefix: str) -> bool:
    """``prefix`` opens with a conjunction (و، ف): "وبالناصرية" joins its word to what was told before, as "والناصرية"
    does, where "بالناصرية" alone places what was told before ("X بالناصرية": X in Nasiriyah)."""
    return prefix[:1] in _conjunctions()


def in_words(word: str, words: frozenset[str] | set[str]) -> bool:
    """``word`` is in ``words`` as written or after a conjunction ("وصيف 2014", "فمنذ"): the function words the
    extractor reads around triggers take a conjunction without changing their role."""
    return word in words or (word[:1] in _conjunctions() and word[1:] in words)


def with_conjunctions(words: frozenset[str]) -> frozenset[str]:
    """``words`` as written and after a one-letter conjunction: ``w in with_conjunctions(words)`` is
    ``in_words(w, words)`` with one set look-up, for scans over every token of a sentence. Remembered per set
    (a dict, not lru_cache: see ``_BY_INITIAL``), the sets being the tables' groups and a few the rules build."""
    hit = _WITH_CONJ.get(words)
    if hit is None:
        if len(_WITH_CONJ) >= SET_MEMO_MAX:
            _WITH_CONJ.clear()
        hit = _WITH_CONJ[words] = words | {c + w for c in _conjunctions() if len(c) == 1 for w in words}
    return hit


SET_MEMO_MAX: Final = 4096  # word sets remembered by with_conjunctions and stem_tails (the answers are pure: only the cost)
_WITH_CONJ: Final[dict[frozenset[str], frozenset[str]]] = {}
_STEM_TAILS: Final[dict[frozenset[str], tuple[str, ...]]] = {}


# Per-word answers remembered for the process in plain dicts, not lru_cache (s32): compiled, a call is a native
# call and a dict look-up, where an lru_cache wrapper is a generic call with LRU bookkeeping on every hit. A memo
# that reaches WORD_MEMO_MAX words is emptied (the answers are pure: only the cost changes).
WORD_MEMO_MAX: Final = 300_000
_SPLITS: Final[dict[str, tuple[tuple[str, str], ...]]] = {}
_STEMS: Final[dict[str, tuple[str, ...]]] = {}
_ENCLITICS: Final[dict[str, tuple[tuple[str, str], ...]]] = {}


def proclitic_splits(word: str) -> tuple[tuple[str, str], ...]:
    """All (prefix, stem) readings of ``word`` by a chain of proclitics, no cut first.

    A chain follows Arabic order: conjunction, then preposition/future, then article.
    Stems shorter than two letters are not offered ("بلدة" offers "لده", but a lexicon
    decides whether that reading is real).
    """
    hit = _SPLITS.get(word)
    if hit is None:
        if len(_SPLITS) >= WORD_MEMO_MAX:
            _SPLITS.clear()
        hit = _SPLITS[word] = _proclitic_splits(word)
    return hit


def _proclitic_splits(word: str) -> tuple[tuple[str, str], ...]:
    by_initial = _proclitics_by_initial()
    out: list[tuple[str, str]] = [("", word)]
    if word[:1] not in by_initial:
        return tuple(out)  # most words: no proclitic can start them
    _walk_proclitics(by_initial, "", word, 1, out)
    return tuple(out)


def _walk_proclitics(by_initial: dict[str, tuple[tuple[str, int, str], ...]], prefix: str, rest: str,
                     min_order: int, out: list[tuple[str, str]]) -> None:
    """The chain readings of ``rest`` after ``prefix``, depth first, appended to ``out``. A module function, not a
    closure: compiled, a closure is a generic call through an environment object at every step, and every new word
    form of a run walks here (g110h)."""
    for form, order, replace in by_initial.get(rest[:1], ()):
        if order < min_order or not rest.startswith(form) or not stem_allowed(form, rest[len(form):]):
            continue
        stem = replace + rest[len(form):]
        out.append((prefix + form, stem))
        # "لل" already carries the article; nothing may follow it in the chain.
        _walk_proclitics(by_initial, prefix + form, stem if not replace else "", order + 1 if not replace else 9, out)


def proclitic_replaces() -> frozenset[str]:
    """The rewritten forms of proclitics ("لل" -> "ال"): a stem of ``proclitic_splits`` that is no suffix of its word
    opens with one of these before a suffix of it."""
    return frozenset(replace for _, _, replace in _clitics()[0] if replace)


def text_needle(word: str) -> str:
    """``word`` as a substring search of ``Analysis.norm.text`` may look for it: tokens are lower-cased slices of that
    text, which is not lower cased, so a word with a cased letter gives "" (found in every text)."""
    return "" if word.lower() != word or word.upper() != word else word


def stem_tails(words: frozenset[str]) -> tuple[str, ...]:
    """Endings a word has when one of its ``proclitic_splits`` stems is in ``words``: a stem is the rest of the word
    after its proclitics, or a rewritten proclitic ("لل" -> "ال") before that rest, so it ends with the word's last
    letters; a word ending in none of these has no such stem, and a scan asking it of every token of a document
    skips the splits of nearly every word (one ``str.endswith``). Remembered per set, as ``with_conjunctions``."""
    hit = _STEM_TAILS.get(words)
    if hit is None:
        if len(_STEM_TAILS) >= SET_MEMO_MAX:
            _STEM_TAILS.clear()
        cut = max((len(replace) for _, _, replace in _clitics()[0]), default=0)
        hit = _STEM_TAILS[words] = tuple(sorted({w[cut:] for w in words}))
    return hit


def proclitic_stems(word: str) -> tuple[str, ...]:
    """The stems of ``proclitic_splits(word)``, in its order: a scanner that keeps the stems of a set
    rejects a new word form by one ``isdisjoint`` instead of a loop over its readings."""
    hit = _STEMS.get(word)
    if hit is None:
        if len(_STEMS) >= WORD_MEMO_MAX:
            _STEMS.clear()
        hit = _STEMS[word] = tuple(stem for _, stem in proclitic_splits(word))
    return hit


def enclitic_splits(stem: str) -> tuple[tuple[str, str], ...]:
    """(stem, suffix) readings with a pronoun suffix cut, stem of at least 3 letters."""
    hit = _ENCLITICS.get(stem)
    if hit is None:
        if len(_ENCLITICS) >= WORD_MEMO_MAX:
            _ENCLITICS.clear()
        _, enc = _clitics()
        hit = _ENCLITICS[stem] = tuple((stem[: -len(e)], e) for e in enc
                                       if stem.endswith(e) and len(stem) - len(e) >= 3)
    return hit


def _hamza_alef(word: str, orig: str | None, at: int) -> bool:
    """Whether the letter at ``at`` of normalised ``word`` was written as an alef with hamza or madda
    in ``orig`` (the word as written: "إلقاء" was normalised to "القاء"). Diacritics in ``orig`` are
    skipped; an ``orig`` whose letters do not line up with ``word`` tells nothing (False)."""
    if not orig:
        return False
    letters = [c for c in orig if not ("\u064b" <= c <= "\u065f" or c in "\u0670\u0640")]
    return len(letters) == len(word) and letters[at] in _HAMZA_ALEFS


_HAMZA_ALEFS = frozenset("\u0623\u0625\u0622")  # أ إ آ: the article's alef is never written so


def segment(word: str, known: frozenset[str] | set[str] = frozenset(),
            orig: str | None = None) -> tuple[str, str, str]:
    """Split a normalised word into (proclitics, stem, enclitic) conservatively.

    A split is taken when its stem is a known word; otherwise only article chains
    (ال، وال، بال، لل...) are cut. Unknown words keep their letters ("بلده" stays whole).
    ``orig``, the word as written, refuses an article whose alef carries a hamza: "إلقاء"
    and "وألقت" start with a root letter, not with "ال".
    """
    splits = proclitic_splits(word)
    if word in known:
        return "", word, ""
    for prefix, stem in splits[1:]:
        if stem in known:
            return prefix, stem, ""
        for s, e in enclitic_splits(stem):
            if s in known:
                return prefix, s, e
    for s, e in enclitic_splits(word):
        if s in known:
            return "", s, e
    for prefix, stem in splits[1:]:
        if prefix.endswith("ال") and _hamza_alef(word, orig, len(prefix) - 2):
            continue
        if prefix.endswith("ال") or prefix.endswith("لل"):
            if len(stem) - (2 if stem.startswith("ال") else 0) >= 2:
                return prefix, stem, ""
    return "", word, ""


@dataclass(slots=True)
class Analysis:
    """Normalised text, tokens and sentences of one text."""

    norm: NormText
    tokens: list[Token]
    sentences: list[tuple[int, int]]  # original offsets
    sent_tokens: list[tuple[int, int]]  # token index range per sentence
    # the form of every token, from the tokeniser (None: read from the tokens when first asked)
    _forms: list[str] | None = field(default=None, repr=False, compare=False)

    # indices of the tokens that start with an ASCII digit (None: found from the forms when first asked)
    _digits: list[int] | None = field(default=None, repr=False, compare=False)

    # written out, not generated: compiled, an explicit __init__ is native; the one dataclasses writes runs interpreted
    def __init__(
        self, norm: NormText, tokens: list[Token], sentences: list[tuple[int, int]], sent_tokens: list[tuple[int, int]],
        _forms: list[str] | None = None, _digits: list[int] | None = None,
    ) -> None:
        self.norm = norm
        self.tokens = tokens
        self.sentences = sentences
        self.sent_tokens = sent_tokens
        self._forms = _forms
        self._digits = _digits

    def forms(self) -> list[str]:
        """``[t.norm for t in self.tokens]``, made once per text for the scanners."""
        if self._forms is None:
            self._forms = [t.norm for t in self.tokens]
        return self._forms

    def starts_in(self, words: frozenset[str], lo: int, hi: int) -> list[int]:
        """Indices in [lo, hi) of the tokens that start with a digit or are one of ``words``."""
        forms = self.forms()
        if self._digits is None:
            self._digits = [k for k, f in enumerate(forms) if "0" <= f < ":"]
        # a plain loop, not map/compress: compiled, it is native where map calls back per word
        found = {k for k in range(len(forms)) if forms[k] in words}
        found.update(self._digits)
        return sorted(found) if lo <= 0 and hi >= len(forms) else sorted(k for k in found if lo <= k < hi)


@lru_cache(maxsize=1)
def _abbrevs() -> frozenset[str]:
    return frozenset(norm_key(r["abbrev"]).lower() for r in load_table("abbreviations.tsv", required=("abbrev",)))


def tokenize(text: str) -> tuple[NormText, list[Token]]:
    """Normalise ``text`` and cut it into tokens (words, numbers with separators, single marks)."""
    nt, toks, *_ = _scan(text)
    return nt, toks


def _scan(text: str) -> tuple[NormText, list[Token], list[str], list[int], list[int], list[int] | None]:
    """``tokenize`` plus the token forms, start offsets, the indices of the sentence-ender tokens
    and those of the tokens that start with a digit (None: not known)."""
    nt, cps, kept = normalize_cps(text)
    if cps is None:
        toks = _tokenize_re(nt)
        return (nt, toks, [t.norm for t in toks], [t.start for t in toks],
                [j for j, t in enumerate(toks) if t.punct and t.norm in _ENDERS], None)
    return (nt, *_tokenize_cps(nt.text, cps, kept))


def _tokenize_re(nt: NormText) -> list[Token]:
    """Tokens by the regular expression: any text (the reference for :func:`_tokenize_cps`)."""
    toks: list[Token] = []
    offsets = nt.offsets
    append = toks.append
    for i, m in enumerate(_TOKEN_RE.finditer(nt.text)):
        s, e = m.span()
        if offsets is not None:
            s, e = offsets[s], offsets[e - 1] + 1
        w = m.group()
        append(Token(w.lower(), s, e, i, not w[0].isalnum()))
    return toks


_SPACE, _LETTER, _DIGIT, _MARK = 0, 1, 2, 3


@lru_cache(maxsize=1)
def _char_classes() -> np.ndarray:
    """Class of every BMP character as ``_TOKEN_RE`` sees it: \\s, [^\\W\\d_], \\d, other."""
    import numpy as np

    out = np.empty(0x10000, dtype=np.uint8)
    for cp in range(0x10000):
        c = chr(cp)
        out[cp] = _SPACE if c.isspace() else _DIGIT if c.isdecimal() else _LETTER if c.isalnum() else _MARK
    return out


@lru_cache(maxsize=1)
def _lowered() -> np.ndarray:
    """Whether ``str.lower`` changes each BMP character. ``lower()`` maps character by character (the capital
    sigma, read in context, is itself changed), so a text none of whose characters it changes is its own lower
    case: most texts (Arabic has no case) need no ``lower()`` (g106c)."""
    import numpy as np

    return np.array([chr(cp).lower() != chr(cp) for cp in range(0x10000)], dtype=bool)


def _tokenize_cps(text: str, cps: np.ndarray,
                  kept: np.ndarray | None) -> tuple[list[Token], list[str], list[int], list[int], list[int]]:
    """``_tokenize_re`` computed on the normalised text ``text`` and its code points ``cps`` (BMP only).

    A token is a run of letters, a run of digits in which "." or "," between two digits
    joins ("1,500"), or one other non-space character. ``kept`` maps a code point back
    to its index in the original text (None: same index). Returns the tokens, their forms,
    start offsets, and the indices of the sentence enders and of the digit tokens among them.
    """
    import numpy as np

    n = len(cps)
    cls = np.zeros(n + 2, dtype=np.uint8)  # padded with a space either side
    cur = cls[1:-1]
    cur[:] = _char_classes()[cps]
    digit = cls == _DIGIT
    sep = (cps[1:-1] == 0x2E) | (cps[1:-1] == 0x2C)
    cur[1:-1][sep & digit[1:-3] & digit[3:-1]] = _DIGIT
    prev, nxt = cls[:-2], cls[2:]
    word = cur != _SPACE
    mark = cur == _MARK
    starts = np.flatnonzero(word & (mark | (cur != prev)))
    ends = np.flatnonzero(word & (mark | (cur != nxt))) + 1
    cuts_at: list[int] = starts.tolist()
    stops_at: list[int] = ends.tolist()
    low = text.lower() if _lowered()[cps].any() else text
    norms: list[str]
    if len(low) == n and "\u03a3" not in text:
        # lower() kept every character one character (it never makes one of none), so the token spans of the text
        # are those of its lower-case form: one slice per token (g105a; the same forms as the split below). Not
        # with a capital sigma, the one letter lower() reads in context (final "ς"), which the spaces put between
        # tokens written together change
        norms = [low[cuts_at[k]:stops_at[k]] for k in range(len(cuts_at))]
    else:
        # a character lower-cased to two ("İ"): a space between tokens written together ("قال:"), then one
        # lower() and one split() for all the forms
        glued = ends[cls[ends + 1] != _SPACE].tolist()
        if glued:
            cuts = [0, *glued, n]
            text = " ".join(map(text.__getitem__, map(slice, cuts[:-1], cuts[1:])))
        norms = text.lower().split()
    punct = cur[starts] == _MARK
    first = cps[starts]
    enders = np.flatnonzero(punct & ((first == 0x2E) | (first == 0x21) | (first == 0x3F)
                                     | (first == 0x61F) | (first == 0x2026)))  # the _ENDERS that are tokens
    digits = np.flatnonzero((first >= 0x30) & (first <= 0x39)).tolist()
    offsets: list[int] = cuts_at
    ends_at: list[int] = stops_at
    if kept is not None:
        offsets = kept[starts].tolist()
        ends_at = (kept[ends - 1] + 1).tolist()
    # a plain loop over typed lists: compiled, each item is a native read and each Token built by a native
    # constructor (the lists that ``tolist`` gives, untyped, were a generic item look-up each, g105a)
    puncts: list[bool] = punct.tolist()
    toks = [Token(norms[k], offsets[k], ends_at[k], k, puncts[k]) for k in range(len(norms))]
    return toks, norms, offsets, enders.tolist(), digits


_ENDERS: Final = frozenset(".!?؟\n…")  # "\n" is never a token; line breaks are read from the text


def _newline_runs(text: str) -> Iterator[int]:
    """Start of every run of line breaks (``re.finditer(r"\\n+")`` by str.find, which skips text faster)."""
    p = text.find("\n")
    while p >= 0:
        yield p
        q = p + 1
        while text.startswith("\n", q):
            q += 1
        p = text.find("\n", q)


def analyze_text(text: str) -> Analysis:
    """Normalise, tokenise and split into sentences (news-aware).

    Only the enders and the line breaks are visited, not every token.
    """
    nt, toks, forms, starts, enders, digits = _scan(text)
    n = len(toks)
    if not n:
        return Analysis(nt, toks, [], [], forms, digits)
    abbrevs = _abbrevs()
    ends: set[int] = set()  # a sentence ends after these token indices
    for j in enders:
        t = toks[j]
        if t.norm == ".":
            prev = toks[j - 1].norm if j > 0 else ""
            if prev in abbrevs or (len(prev) == 1 and prev.isalpha()) or (
                    j + 1 < n and toks[j + 1].start == t.end and toks[j + 1].is_word):
                continue  # "د. محمد", "U.S.", "2017.10"
        # closing quotes/brackets glued to the full stop stay in the sentence
        while j + 1 < n and toks[j + 1].start == toks[j].end and (toks[j + 1].norm in QUOTES or toks[j + 1].norm in ")]"):
            j += 1
        ends.add(j)
    for p in _newline_runs(text):
        k = bisect_left(starts, p)
        if 0 < k < n:
            ends.add(k - 1)
    ends.add(n - 1)
    sents: list[tuple[int, int]] = []
    sent_toks: list[tuple[int, int]] = []
    first = 0
    for j in sorted(ends):
        if j >= first:
            sents.append((toks[first].start, toks[j].end))
            sent_toks.append((first, j + 1))
            first = j + 1
    return Analysis(nt, toks, sents, sent_toks, forms, digits)
