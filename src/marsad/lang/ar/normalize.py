"""Arabic normalisation for matching, with a map back to the original characters.

``normalize(text)`` returns a :class:`NormText` whose ``text`` is folded for matching
(no diacritics or tatweel, bare alef, ya for alef maqsura, ha for ta marbuta, ASCII
digits, presentation forms folded, controls removed) and whose ``to_orig`` maps any
span of the normalised text to the exact span of the original.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from marsad.tables import load_table

if TYPE_CHECKING:
    import numpy as np  # imported where used: a run's start-up does not wait for it

_PRESENTATION: Final = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str | None], re.Pattern[str]]:
    trans: dict[int, str | None] = {}
    for row in load_table("normalization.tsv", required=("char", "replacement")):
        cp = int(row["char"][2:], 16)
        rep = row["replacement"]
        if rep == "-":
            trans[cp] = None
        else:
            trans[cp] = "".join(chr(int(c[2:], 16)) for c in rep.split())
    deleted = "".join(re.escape(chr(c)) for c, r in trans.items() if r is None)
    return trans, re.compile(f"[{deleted}]")


@lru_cache(maxsize=1)
def _translation() -> list[str | None] | dict[int, str | None]:
    """``_tables()``'s translation for ``str.translate`` as a list indexed by code point over the BMP (each
    character itself unless the table maps it). With the dict, every character the table lacks (most of them)
    raised and cleared a KeyError inside ``translate``; the list answers each BMP character, and beyond it an
    IndexError leaves the character as it is, as a missing key did: the same text, in about half the time on
    short strings (``clean``'s line heads, g35h). The dict itself when it maps a character beyond the BMP."""
    trans, _ = _tables()
    if any(cp >= 0x10000 for cp in trans):
        return trans
    table: list[str | None] = [chr(cp) for cp in range(0x10000)]
    for cp, rep in trans.items():
        table[cp] = rep
    return table


@dataclass(slots=True)
class NormText:
    text: str
    orig: str
    # offsets[i] = index in ``orig`` of normalised char i; None when lengths match 1:1
    offsets: array | None

    # written out, not generated: compiled, an explicit __init__ is native; the one dataclasses writes runs interpreted
    def __init__(self, text: str, orig: str, offsets: array | None) -> None:
        self.text = text
        self.orig = orig
        self.offsets = offsets

    def to_orig(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the original text."""
        if self.offsets is None:
            return start, end
        if start >= end:
            p = self.offsets[start] if start < len(self.offsets) else len(self.orig)
            return p, p
        return self.offsets[start], self.offsets[end - 1] + 1


def _fold_presentation(text: str) -> tuple[str, list[int]]:
    """NFKC-fold presentation forms; returns new text and per-char original index."""
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(text):
        if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe":
            folded = unicodedata.normalize("NFKC", ch)
            out.append(folded)
            idx.extend([i] * len(folded))
        else:
            out.append(ch)
            idx.append(i)
    return "".join(out), idx


def normalize(text: str) -> NormText:
    """Normalise ``text`` for matching, keeping a character map back to it."""
    return _normalize_cps(text)[0]


_DELETED = 0xFFFFFFFF  # marks a deleted character in the code point table
_FAST_MIN = 160  # shorter texts: str.translate and the regex tokeniser beat the array set-up (g110m: measured per
# text, pure, callgrind: 100 characters 268 K Ir by strings vs 399 K by arrays, 150: 396 K vs 449 K, 200: 535 K vs
# 499 K; compiled the two were equal at ~300 characters, g110h)


@lru_cache(maxsize=1)
def _cp_table() -> np.ndarray | None:
    """The normalisation table as a lookup array over the BMP (None if a replacement is not 1:1)."""
    import numpy as np

    trans, _ = _tables()
    lut = np.arange(0x10000, dtype=np.uint32)
    for cp, rep in trans.items():
        if cp >= 0x10000 or (rep is not None and (len(rep) != 1 or ord(rep) >= 0x10000)):
            return None
        lut[cp] = _DELETED if rep is None else ord(rep)
    return lut


# (text, its normalised form) of the last _RECENT texts normalised with offsets, newest last: the pipeline
# tokenises a document's text, then fingerprints the same string object with ``fold``, which then need not
# normalise it again. Not the last one alone: the extractor tokenises a few evidence sentences after the
# document (up to 6 on a corpus sample), which pushed the document out before the fingerprint in over half
# of the documents. Looked up by identity, so any text found is the very string normalised.
_RECENT = 8
_LAST: Final[list[tuple[str, str]]] = []


def normalize_cps(text: str) -> tuple[NormText, np.ndarray | None, np.ndarray | None]:
    """``normalize(text)`` plus, when computed with arrays, the normalised code points and the
    original index of each of them (None when nothing was deleted), for the tokeniser.

    The array path gives exactly what the string path (:func:`_normalize_str`) gives; it is
    only taken for BMP text without presentation forms.
    """
    out = _normalize_cps(text)
    _LAST.append((text, out[0].text))
    if len(_LAST) > _RECENT:
        del _LAST[0]
    return out


def _normalize_cps(text: str) -> tuple[NormText, np.ndarray | None, np.ndarray | None]:
    mapped = _mapped(text)
    if mapped is None:
        return _normalize_str(text), None, None
    import numpy as np

    keep = mapped != _DELETED
    if keep.all():
        return NormText(mapped.tobytes().decode("utf-32-le", "surrogatepass"), text, None), mapped, None
    idx = np.flatnonzero(keep)
    mapped = mapped[idx]
    offsets = array("i", idx.astype(np.int32).tobytes())
    return NormText(mapped.tobytes().decode("utf-32-le", "surrogatepass"), text, offsets), mapped, idx


def _mapped(text: str) -> np.ndarray | None:
    """The code points of ``text`` through the table (``_DELETED`` for a deleted one), or None
    when the string path must be taken (short text, beyond the BMP, presentation forms)."""
    if len(text) < _FAST_MIN:
        return None
    lut = _cp_table()
    if lut is None:
        return None
    import numpy as np

    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    top = cps.max()
    if top >= 0x10000 or (top >= 0xFB50 and _PRESENTATION.search(text)):  # no presentation form below U+FB50
        return None
    return lut[cps]


def _normalize_str(text: str) -> NormText:
    """The string implementation of :func:`normalize` (any text; the reference for the array path)."""
    _, deleted_re = _tables()
    base_idx: list[int] | None = None
    work = text
    if _PRESENTATION.search(text):
        work, base_idx = _fold_presentation(text)
    # All table replacements are one char -> one char or deletion, so the
    # map only has to skip deleted positions (fast path: nothing deleted).
    out = work.translate(_translation())
    if base_idx is None and len(out) == len(work):
        return NormText(out, text, None)
    keep = array("i")
    prev = 0
    for m in deleted_re.finditer(work):
        keep.extend(range(prev, m.start()))
        prev = m.end()
    keep.extend(range(prev, len(work)))
    if base_idx is not None:
        keep = array("i", (base_idx[i] for i in keep))
    return NormText(out, text, keep)


def fold(text: str) -> str:
    """The normalised text alone, without the offset map (cheaper when offsets are not needed)."""
    for seen, form in _LAST:
        if seen is text:  # the same string object: its form is known
            return form
    mapped = _mapped(text)
    if mapped is not None:
        return mapped[mapped != _DELETED].tobytes().decode("utf-32-le", "surrogatepass")
    if _PRESENTATION.search(text):
        text, _ = _fold_presentation(text)
    return text.translate(_translation())


# norm_key's forms, remembered per text in a dict, not lru_cache (g105a, as g103b did for the per-word memos):
# compiled, a hit is a native call and a look-up, where the lru_cache wrapper was a generic call with its
# bookkeeping on each of the ~430 calls an article makes
_NORM_KEYS: Final[dict[str, str]] = {}
_NORM_KEYS_MAX: Final = 200_000


def norm_key(text: str) -> str:
    """Normalised form of a lexicon entry or token (no offsets), collapsed spaces."""
    hit = _NORM_KEYS.get(text)
    if hit is None:
        if len(_NORM_KEYS) >= _NORM_KEYS_MAX:
            _NORM_KEYS.clear()
        hit = _NORM_KEYS[text] = " ".join(normalize(text).text.split())
    return hit
