"""Scans of a sentence's tokens against a table's words, made cheap: a look-up per word done in C where it can be,
per-word answers remembered for the process (the same words come back in every document).

Used by the extraction step's rules; moved here from step.py so that the rules read as rules.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Final, Mapping, Sequence

from marsad.extract import lexicons as _lexicons
from marsad.lang.ar.tokens import Token, proclitic_replaces, proclitic_splits, text_needle

#: ``lexicons.words`` (a group of function words), bound once here: compiled, a Final name is a C static, where the
#: rules' ``L.words`` and an imported ``words`` were a module-dict look-up (and ``L.`` an attribute read) per call (g103b)
words: Final[Callable[[str], frozenset[str]]] = _lexicons.words


def form_in(norm: str, words: Mapping[str, Any]) -> str | None:
    """The form of the word ``norm`` (itself or without a proclitic: "بالمدينة") that is a key of ``words``."""
    return form_in_keys(norm, table_keys(words))


def form_in_keys(norm: str, keys: frozenset[str]) -> str | None:
    """``form_in`` over a frozen key set, remembered per word: it runs on every token of a sentence."""
    # a dict per key set, not lru_cache (s32): compiled, a hit is a native call and two dict look-ups
    memo = _IN_KEYS.get(keys)
    if memo is None:
        if len(_IN_KEYS) >= IN_KEYS_MAX:
            _IN_KEYS.clear()
        memo = _IN_KEYS[keys] = {}
    elif norm in memo:
        return memo[norm]
    if len(memo) >= FORM_MEMO_MAX:
        memo.clear()
    form = memo[norm] = next((f for _, f in proclitic_splits(norm) if f in keys), None)
    return form


IN_KEYS_MAX: Final = 4096  # key sets remembered (the tables' and a few one-word sets built by the rules)
_IN_KEYS: Final[dict[frozenset[str], dict[str, str | None]]] = {}


_KEYS: Final[dict[int, tuple[Mapping[str, Any], frozenset[str]]]] = {}
def holds_any(toks: Sequence[Token], a: int, b: int, words: frozenset[str]) -> bool:
    """Whether a token of [a, b) is one of ``words``, so that a scan per sentence costs little in the many
    sentences that hold none."""
    # a plain loop (s31): compiled, a Token's form is a struct read where map(attrgetter) calls back per token
    for t in toks[a:b]:
        if t.norm in words:
            return True
    return False


def positions(toks: Sequence[Token], a: int, b: int, words: frozenset[str]) -> list[int]:
    """The indices k in [a, b) with ``toks[k].norm`` in ``words``."""
    if not holds_any(toks, a, b, words):
        return []
    return [k for k in range(a, b) if toks[k].norm in words]


def forms_in(toks: Sequence[Token], a: int, b: int, words: Mapping[str, Any]) -> list[tuple[int, str]]:
    """(k, form) for the tokens k of [a, b) with a form that is a key of ``words`` (``form_in``), in order.
    The last answer is kept: the triggers of one sentence ask for the same scan (the memo holds ``toks``,
    so an equal id is the same token list; one tuple, replaced whole, so a thread never reads half of another's)."""
    global _FORMS_IN_LAST
    last = _FORMS_IN_LAST
    if last is not None and last[0] is toks and last[1] == a and last[2] == b and last[3] is words:
        return last[4]
    memo = form_memo(words)
    forms = [memo[t.norm] for t in toks[a:b]]  # a plain loop, as in holds_any
    out = [(k, form) for k, form in enumerate(forms, a) if form] if any(forms) else []
    _FORMS_IN_LAST = (toks, a, b, words, out)
    return out


_FORMS_IN_LAST: tuple[Any, int, int, Any, list[tuple[int, str]]] | None = None


def may_hold_forms(text: str, words: Mapping[str, Any]) -> bool:
    """False when no token of the normalised text ``text`` (``Analysis.norm.text``, whose tokens are its slices, lower
    cased) can have a form in ``words`` (``form_in``): every such token holds a needle of ``form_needles`` as written, so
    a document none of whose needles it holds needs no ``forms_in`` over all its tokens. A substring search in C
    against a look-up per token (g109e: the pocket scan of every document, g108k). True tells nothing."""
    for needle in form_needles(table_keys(words)):
        if needle in text:
            return True
    return False


def form_needles(keys: frozenset[str]) -> tuple[str, ...]:
    """A piece of every word whose form is in ``keys``: a form is the word itself or the rest after its proclitics
    (a suffix of it), or a rewritten proclitic ("لل" -> "ال") before such a rest; each key less the longest rewritten
    proclitic it opens with. A key with a cased letter gives "" (held by every text: tokens are lower cased, the
    text is not). Remembered per set."""
    hit = _NEEDLES.get(keys)
    if hit is None:
        if len(_NEEDLES) >= IN_KEYS_MAX:
            _NEEDLES.clear()
        replaces = sorted(proclitic_replaces(), key=len, reverse=True)
        needles: set[str] = set()
        for k in keys:
            r = next((r for r in replaces if k.startswith(r)), "")
            needles.add(text_needle(k[len(r):]))
        hit = _NEEDLES[keys] = tuple(sorted(needles, key=len))
    return hit


_NEEDLES: Final[dict[frozenset[str], tuple[str, ...]]] = {}


class _FormMemo(dict):
    """Word -> its form that is a key of one table (``form_in_keys``), or None; filled on first sight, so that
    a scan over a sentence's words is a look-up per word made in C."""

    def __init__(self, keys: frozenset[str]):
        super().__init__()
        self._keys = keys  # not "keys": that is dict.keys

    def __missing__(self, norm: str) -> str | None:
        if len(self) > FORM_MEMO_MAX:
            self.clear()
        v = self[norm] = form_in_keys(norm, self._keys)
        return v


FORM_MEMO_MAX: Final = 200_000  # words per table kept, as for form_in_keys
_FORM_MEMOS: Final[dict[frozenset[str], _FormMemo]] = {}


def form_memo(words: Mapping[str, Any]) -> _FormMemo:
    return keys_memo(table_keys(words))


def keys_memo(keys: frozenset[str]) -> _FormMemo:
    """``form_memo`` of a frozen word set (``L.words``): word -> ``form_in_keys(word, keys)``, a look-up per word."""
    memo = _FORM_MEMOS.get(keys)
    if memo is None:
        memo = _FORM_MEMOS[keys] = _FormMemo(keys)
    return memo


def table_keys(words: Mapping[str, Any]) -> frozenset[str]:
    """The keys of a table mapping that lives as long as the process, frozen once (the mapping is kept
    beside them, so its id is never reused for another)."""
    hit = _KEYS.get(id(words))
    if hit is None or hit[0] is not words:
        hit = _KEYS[id(words)] = (words, frozenset(words))
    return hit[1]


def word_back_in_clause(toks: Sequence[Token], k: int, lo: int, wanted: frozenset[str], breaks: frozenset[str],
                        stems: bool = False) -> bool:
    """A word of ``wanted`` among the tokens before ``k`` down to ``lo`` (inclusive), the nearest first, stopping at a
    word of ``breaks`` (a clause break): "شن ... ضربة"، "منذ ... الأحد". The backward window scan several rules share.
    With ``stems`` a word is also read under its proclitic readings (``form_in_keys``: "والتقدم" is «تقدم»)."""
    for j in range(k - 1, lo - 1, -1):
        w = toks[j].norm
        if w in breaks:
            return False
        if w in wanted or (stems and form_in_keys(w, wanted) is not None):
            return True
    return False


def rise_verb(norms: Sequence[str], to: int, window: int) -> int:
    """The index of the verb of a toll's rise (function_words toll_rise) nearest before «إلى» (toll_rise_to) at
    ``to``, within ``window`` tokens of it ("ارتفع إلى 7"، "ارتفع عدد القتلى إلى 7"), or -1 when ``to`` holds no
    «إلى» or no such verb stands there. The one reader of a rise to a new figure, shared by the frame that ties the
    figure to its word of killing (frames._risen_toll) and the merge that lets the risen figure replace the earlier
    one (merge._rise_to). At most ``window`` + 1 set look-ups."""
    if to < 1 or norms[to] not in words("toll_rise_to"):
        return -1
    rise = words("toll_rise")
    for v in range(to - 1, max(-1, to - 1 - window), -1):
        if norms[v] in rise:
            return v
    return -1


@lru_cache(maxsize=1)
def _position_marks() -> frozenset[str]:
    """Words for positions: both counterpart and target_head ("مواقع"، "موقعين"), built once."""
    return words("counterpart") & words("target_head")


def is_position(norm: str) -> bool:
    """``norm`` is a word for positions, bare or with the preposition li-/bi- joined to it: "قصفها لمواقع المسلحين"،
    "استهدافه لمقرات داعش" name the side after the noun as the owner of what was hit, as "على مواقع" does (g85b).
    Shared by frames (owners of positions) and step (a verb's object, not its subject); moved from frames (g98zz)."""
    marks = _position_marks()
    if norm in marks:
        return True
    if norm[:1] not in words("position_prep"):  # the cheap test first: most words carry neither
        return False
    return norm[1:] in marks
