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

from marsad.tables import load_table

_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


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


@dataclass(slots=True)
class NormText:
    text: str
    orig: str
    # offsets[i] = index in ``orig`` of normalised char i; None when lengths match 1:1
    offsets: array | None

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
    trans, deleted_re = _tables()
    base_idx: list[int] | None = None
    work = text
    if _PRESENTATION.search(text):
        work, base_idx = _fold_presentation(text)
    # All table replacements are one char -> one char or deletion, so the
    # map only has to skip deleted positions (fast path: nothing deleted).
    out = work.translate(trans)
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
    trans, _ = _tables()
    if _PRESENTATION.search(text):
        text, _ = _fold_presentation(text)
    return text.translate(trans)


@lru_cache(maxsize=200_000)
def norm_key(text: str) -> str:
    """Normalised form of a lexicon entry or token (no offsets), collapsed spaces."""
    return " ".join(normalize(text).text.split())
