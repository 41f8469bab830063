"""Document genre: commentary (opinion columns, analyses, interviews, explainers) or report.

ACLED codes events from reports of what happened, each with its day and place. A commentary
piece names happenings in passing ("the shelling of Ghouta", "the assassination of X") with no
day of its own, and the extractor would date them by the publication window. Whether a document
is commentary is told by conventions of the page, not of its sentences: the byline or disclaimer
of an opinion column in the first lines, a label opening the title ("رأي:"، "تحليل.."), "X يكتب لـ",
or a question headline over a lead that names no day (an explainer). The cues are rows of
``data/genre.tsv``; the extractor then keeps from such a document only the happenings told with
a day and a place of their own (``EventExtractor``, reason "commentary").
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.lang.ar.normalize import fold, norm_key
from marsad.extract.lexicons import words
from marsad.tables import load_table

LEAD_CHARS = 300  # where a byline or an opinion disclaimer stands
_MARKS = ":.،,-–—|"
_SEGMENT = re.compile(r"\s*(?:[:،,|–—-]|\.{2,})\s*")
_QUESTION_END = re.compile(r"[؟?][\s\"'»”)]*$")
_YEAR = re.compile(r"(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[tuple[str, str], ...]]:
    """kind -> ((normalised cue, id), ...), longest cue first."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in load_table("genre.tsv", required=("id", "kind", "cue")):
        out.setdefault(r["kind"], []).append((norm_key(r["cue"]), r["id"]))
    return {k: tuple(sorted(v, key=lambda c: -len(c[0]))) for k, v in out.items()}


@lru_cache(maxsize=1)
def _undated() -> dict[str, frozenset[str]]:
    """row id -> event types its documents keep without a day of their own (the optional column ``undated``)."""
    return {r["id"]: frozenset(t for t in (r.get("undated") or "").split("|") if t)
            for r in load_table("genre.tsv", required=("id", "kind", "cue"))}


def keeps_undated(cue_id: str, event_type: str) -> bool:
    """A document marked by genre.tsv row ``cue_id`` keeps a happening of ``event_type`` told with a place but no
    day of its own: a press review relays the strikes other papers report on the day, rarely with their day."""
    return event_type in _undated().get(cue_id, frozenset())


def _norm_lead(text: str) -> str:
    """``norm_key(text)`` without its cache: a document's lead is seen once, and would only crowd out the
    words and entries the cache is for."""
    return " ".join(fold(text).split())


def _word_at(text: str, cue: str, i: int) -> bool:
    """``cue`` stands at ``i`` from the start of a word (what follows may be a clitic: "يكتب لـCNN")."""
    return text.startswith(cue, i) and (i == 0 or not text[i - 1].isalnum())


def _find(text: str, cue: str, clitics: bool = False) -> bool:
    """``cue`` stands at the start of a word of ``text`` or, ``clitics`` given, right after a one-letter proclitic
    that opens the word ("باغتصاب")."""
    i = text.find(cue)
    while i >= 0:
        if _word_at(text, cue, i) or (clitics and i > 0 and text[i - 1] in _PROCLITICS
                                      and (i == 1 or not text[i - 2].isalnum())):
            return True
        i = text.find(cue, i + 1)
    return False


def _opens(segment: str, cue: str) -> bool:
    """``segment`` opens with the whole word(s) ``cue``."""
    return segment.startswith(cue) and (len(segment) == len(cue) or not segment[len(cue)].isalnum())


def _past_year_cue(t: str, published_year: int) -> str | None:
    """The id of the past_year row whose word stands right before a year earlier than ``published_year`` in the
    normalised title ``t`` ("تدمير المفاعل عام 2007"): the title tells a happening of that year, a retrospective.
    A "منذ" before the year compares the news with the past ("الأكبر منذ 1982"، "منذ هدنة 2017") and marks nothing."""
    for m in _YEAR.finditer(t):
        if int(m.group(1)) >= published_year or any(_find(t[:m.start()], w) for w in words("since")):
            continue
        before = t[:m.start()].split()
        for cue, rid in _cues().get("past_year", ()):
            if before and before[-1] == cue:
                return rid
    return None


def commentary_cue(title: str | None, text: str, lead_dated: bool, published_year: int | None = None,
                   lead_act: bool = False) -> str | None:
    """The id of the genre.tsv row that marks the document as commentary, or None for a report.

    ``published_year``: the year of publication; a title that dates its happening to an earlier year (genre.tsv
    kind past_year) marks a retrospective.
    ``lead_dated``: the lead sentence names a date (a report with a question headline tells its
    happening's day first; an explainer opens with background). A lead row with ``undated`` types (a press
    review) is returned only when no label or title row marks the document; a question headline does not mark a press
    review (its title is one item's headline).
    ``lead_act``: the lead sentence opens with an act verb (a hard-news lead: "استهدف الجيش ... مواقع"); like a
    dated lead, it says a question headline asks about the reported happening.
    """
    cues = _cues()
    lead = _norm_lead(text[:LEAD_CHARS])
    relaxed: str | None = None  # a press review's lead: a stricter mark (a question headline) wins over it
    for cue, rid in cues.get("lead", ()):
        if _find(lead, cue):
            if not _undated().get(rid):
                return rid
            relaxed = relaxed or rid
    t = norm_key(title or "")
    if not t:
        return relaxed
    for cue, rid in cues.get("label", ()):
        # "رأي: ..."، "تحليل.. ...": the label, then a mark
        if _opens(t, cue) and t[len(cue):].lstrip()[:1] in tuple(_MARKS):
            return rid
    for cue, rid in cues.get("title", ()):
        if _find(t, cue):
            return rid
    if published_year is not None:
        past = _past_year_cue(t, published_year)
        if past is not None:
            return past
    # a press review is titled by one of its items, a question ("هل يقبل ترامب ...؟") as often as not: the headline
    # asks about that item, and says nothing of the review's own genre (g111k)
    if relaxed is None and not lead_dated and not lead_act and _QUESTION_END.search(t):
        for seg in _SEGMENT.split(t):
            for cue, rid in cues.get("question", ()):
                if _opens(seg.strip("\"'«“ "), cue):
                    return rid
    return relaxed


_PROCLITICS = frozenset("وبلف")  # one-letter proclitics a cue may carry: "باغتصاب وقتل"، "وقتل فتاة"


def _marked(kind: str, t: str, lead: str) -> str | None:
    """The id of the first genre.tsv row of ``kind`` whose cue stands in the normalised title ``t`` or lead."""
    for cue, rid in _cues().get(kind, ()):
        if _find(t, cue, True) or _find(lead, cue, True):
            return rid
    return None


def private_story(title: str | None, text: str, group_named: bool) -> tuple[str, str] | None:
    """(kind, row id) when the document tells no political violence by its title or lead (genre.tsv): "review", a
    film, series or novel review, whose scenes are no events; "crime", an ordinary crime story, whose arrests,
    attacks and rapes are no political violence, but only when ``group_named`` is False (no non-state group is named
    anywhere in the document: a murder by IS men, a militia's arrest of a murderer stay political). Read once per
    document, and only when it keeps an event of those types."""
    t = norm_key(title or "")
    lead = _norm_lead(text[:LEAD_CHARS])
    rid = _marked("review", t, lead)
    if rid is not None:
        return ("review", rid)
    if not group_named:
        rid = _marked("crime", t, lead)
        if rid is not None:
            return ("crime", rid)
    return None
