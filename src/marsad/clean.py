"""Cleaning of scraped page text: site-name title suffix, repeated title, related-article
lists, share and footer lines, and the byline ("بلدي نيوز – (عمر الحسن)").

Works on plain text (HTML has been turned into text by the reader). The result is the
document's clean ``text``; every later offset points into it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.lang.ar.normalize import fold, norm_key
from marsad.model import Document
from marsad.tables import load_table

# "X - Site", "X | Site", "X — Site": the part after the last separator is the site name.
_SUFFIX_RE = re.compile(r"^(?P<title>.+?)\s+[-|–—]\s+(?P<site>[^-|–—]{2,60})$")
# Byline: "Outlet – (Author)" or "Outlet - Author" on a short line near the top.
_BYLINE_RE = re.compile(r"^(?P<source>[^()\n]{2,40}?)\s*[-–—]\s*\(?(?P<author>[^()\n]{2,40}?)\)?\s*$")
# Dateline: "دبي، الإمارات العربية المتحدة (CNN) -- " at the start of the body.
_DATELINE_RE = re.compile(r"^(?P<place>[^\n()]{0,60}?)\s*\((?P<source>[A-Za-z][A-Za-z .]{1,20})\)\s*(?:--|[-–—])+\s*")
_HASHTAG_RE = re.compile(r"#(\w+)")
_MAX_HEADLINE = 140  # characters: longer lines are article paragraphs, not list items


@dataclass(frozen=True, slots=True)
class _Cues:
    related: tuple[str, ...]
    footer: tuple[str, ...]
    share: tuple[str, ...]
    # a share cue is the whole line or its first words: as a set, and with the space after
    share_lines: frozenset[str]
    share_starts: tuple[str, ...]
    # every cue, and every leading part of one: what a line's normalised head must meet
    # (an empty cue starts every line: then no line is decided by its head)
    every: tuple[str, ...] = ()
    heads: frozenset[str] = frozenset()
    by_head: bool = False
    # sites (or dateline agencies) whose page foot lists other articles' leads with no header, and the words that
    # open a paragraph continuing the article ("و"، "كما"، "يذكر أن"): a lead of another article opens with none
    lead_foot: frozenset[str] = frozenset()
    connectors: tuple[str, ...] = ()
    # verbs whose first letter is "و" ("وجه"، "وصل"): a lead opening with one opens with no connector
    w_verbs: frozenset[str] = frozenset()
    # _lead_rules_out by a line's first _LEAD characters (``_may_be_cue``): filled as lines come, emptied when full
    leads: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    groups: dict[str, list[str]] = {"related": [], "footer": [], "share": [], "lead_foot": [], "connector": [],
                                    "w_verb": []}
    for row in load_table("boilerplate.tsv", required=("id", "kind", "cue")):
        groups[row["kind"]].append(norm_key(row["cue"]).lower())
    for k, v in groups.items():
        if not v:
            raise ValueError(f"boilerplate.tsv: no {k} cues")
    share = tuple(groups["share"])
    every = tuple(groups["related"] + groups["footer"] + groups["share"])
    return _Cues(tuple(groups["related"]), tuple(groups["footer"]), share, frozenset(share),
                 tuple(c + " " for c in share), every, frozenset(c[:i] for c in every for i in range(1, len(c) + 1)),
                 all(every), frozenset(groups["lead_foot"]), tuple(groups["connector"]), frozenset(groups["w_verb"]))


def _norm_line(s: str) -> str:
    return norm_key(s).lower().strip(" :.-–—|")


# Characters of a line's head normalised to tell most lines from every cue (cues are shorter).
_HEAD = 24


def _head_form(ln: str) -> str | None:
    """A leading part of ``_norm_line(ln)`` from the line's first _HEAD characters, or None when
    the line is that short or the head tells nothing (normalising whole lines was most of the
    cleaning's time).

    Normalisation, whitespace collapsing and lowercasing work character by character, so the
    head's normalised form leads the line's (when not empty); only a final sigma lowercases
    by what follows, so a head holding "Σ" is not used."""
    if len(ln) <= _HEAD:
        return None
    head = ln[:_HEAD]
    # a head met before (a site's recurring lines; ~40 % of the corpus's heads): its form without the fold
    if head in _HEADS:
        return _HEADS[head]
    if len(_HEADS) >= HEAD_MEMO_MAX:
        _HEADS.clear()
    # _norm_line(head) without the memo and offset map (fold is normalize(...).text, tested)
    h = None if "\u03a3" in head else " ".join(fold(head).split()).lower().strip(" :.-–—|") or None
    _HEADS[head] = h
    return h


# The head forms of _head_form by head (a pure function of the head, so only the cost changes): a plain dict, a
# native look-up when compiled (s32); emptied when it holds HEAD_MEMO_MAX heads.
HEAD_MEMO_MAX = 100_000
_HEADS: dict[str, str | None] = {}


def _may_be_cue(ln: str, cues: _Cues) -> bool:
    """False when ``_norm_line(ln)`` starts with no boilerplate cue, told from its head: first from its first _LEAD
    characters (``_lead_rules_out``, kept per lead: ~2,000 distinct leads on the open corpus, and they tell ~98.6 %
    of the lines), then from its head form."""
    if not cues.by_head or len(ln) <= _HEAD:
        return True  # no head form: _head_form would give None
    lead = ln[:_LEAD]
    leads = cues.leads
    out = leads.get(lead)
    if out is None:
        if len(leads) >= HEAD_MEMO_MAX:
            leads.clear()
        out = leads[lead] = _lead_rules_out(lead, cues.heads, cues.every)
    if out and ln.find("\u03a3", _LEAD, _HEAD) < 0:
        return False  # (a capital sigma in the head: _head_form gives None, so True below, as before)
    h = _head_form(ln)
    return h is None or h in cues.heads or h.startswith(cues.every)


# Characters of a line's lead that tell most lines from every cue: a line's normalised form mostly parts from every
# cue within its first 3-4 characters («الج», «وقا», «قال»), and leads repeat far more than 24-character heads.
_LEAD = 4
_STRIPPED = " :.-–—|"  # what _norm_line strips from either end


def _lead_rules_out(lead: str, heads: frozenset[str], every: tuple[str, ...]) -> bool:
    """True when no line opening with ``lead`` (and longer than _HEAD) has a head form that a cue starts with or
    that starts with a cue, as ``_may_be_cue`` tests it: when the lead's form ``p`` (``_lead_form``) leads the head
    form ``h``, a cue that starts with ``h`` or that ``h`` starts with either starts with ``p`` or is one of its
    leading parts: none is."""
    p = _lead_form(lead)
    return bool(p) and not (p in heads or p.startswith(every))


def _lead_form(lead: str) -> str:
    """A leading part of the head form of every line longer than _HEAD that opens with ``lead`` and holds no capital
    sigma in its head, or "" when the lead's form may not lead it.

    ``a`` = the lead's form before the strip (normalise, collapse spaces, lowercase: all character by character, the
    fold's table maps nothing to a capital sigma, and a lead holding one is not used) leads the line head's form
    before its strip; when ``a`` ends with a character the strip keeps, the strip leaves ``a.lstrip`` leading the
    head form. Kept per lead (a pure function of it)."""
    p = _LEAD_FORMS.get(lead)
    if p is None:
        if len(_LEAD_FORMS) >= HEAD_MEMO_MAX:
            _LEAD_FORMS.clear()
        a = "" if "\u03a3" in lead else " ".join(fold(lead).split()).lower()
        p = _LEAD_FORMS[lead] = a.lstrip(_STRIPPED) if a and a[-1] not in _STRIPPED else ""
    return p


_LEAD_FORMS: dict[str, str] = {}


def _may_equal(ln: str, norm: str) -> bool:
    """False when ``_norm_line(ln)`` cannot be ``norm``: the line's lead form or head form does not lead it."""
    if len(ln) > _HEAD:
        p = _lead_form(ln[:_LEAD])
        if p and not norm.startswith(p) and ln.find("\u03a3", _LEAD, _HEAD) < 0:
            return False  # (with a capital sigma in the head, _head_form gives None: True below, as before)
    h = _head_form(ln)
    return h is None or norm.startswith(h)


def clean_text(text: str, title: str | None = None, site: str | None = None) -> tuple[str, dict[str, str]]:
    """Return (clean body, found metadata: title, site_name, source, author, dateline)."""
    cues = _cues()
    found: dict[str, str] = {}
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # 1. Title line with site suffix, and the title repeated as first lines.
    first = next((i for i, ln in enumerate(lines) if ln), None)
    if first is not None:
        m = _SUFFIX_RE.match(lines[first])
        t_norm = _norm_line(title) if title else None
        nxt = next((ln for ln in lines[first + 1:first + 4] if ln), "")
        if m and (
            (site and _norm_line(m.group("site")) == _norm_line(site))
            or (t_norm and _norm_line(m.group("title")) == t_norm)
            or (nxt and _norm_line(m.group("title")) == _norm_line(nxt))
        ):
            found["title"] = m.group("title").strip()
            found["site_name"] = m.group("site").strip()
            lines[first] = ""
        title_n = _norm_line(found.get("title") or title or "")
        if title_n:
            for i in range(first, min(first + 4, len(lines))):
                if lines[i] and _may_equal(lines[i], title_n) and _norm_line(lines[i]) == title_n:
                    lines[i] = ""
    # 2. Byline among the first non-empty short lines.
    seen = 0
    for i, ln in enumerate(lines):
        if not ln:
            continue
        seen += 1
        if seen > 2:
            break
        if len(ln) <= 80:
            m = _BYLINE_RE.match(ln)
            if m and len(ln.split()) <= 8 and not ln.endswith((".", "؟", "،")):
                found["source"] = m.group("source").strip()
                found["author"] = m.group("author").strip()
                lines[i] = ""
                break
    # 3. Related-article block: the header and the short headline lines after it.
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        # every cue below is for short lines: a paragraph is never normalised here
        n = _norm_line(ln) if len(ln) < 200 and _may_be_cue(ln, cues) else ""
        # str.startswith with a tuple: one call for all cues of a kind
        if n and n.startswith(cues.related) and len(ln) < 60:
            j = i + 1
            while j < len(lines) and (not lines[j] or len(lines[j]) <= _MAX_HEADLINE):
                j += 1
            i = j
            continue
        if n and n.startswith(cues.footer) and len(ln) < 200:
            i += 1
            continue
        if n and len(ln) < 40 and (n in cues.share_lines or n.startswith(cues.share_starts)):
            i += 1
            continue
        out.append(ln)
        i += 1
    kept = _without_teasers([ln for ln in out if ln])
    if _has_lead_foot(kept, site, cues):
        kept = _without_lead_foot(kept, cues.connectors, found.get("title") or title or "", cues.w_verbs)
    body = "\n".join(kept)
    # hashtags are words: "#مطار_التيفور" -> "مطار التيفور"
    body = _HASHTAG_RE.sub(lambda m: m.group(1).replace("_", " "), body)
    # 4. Dateline with an agency in brackets.
    m = _DATELINE_RE.match(body)
    if m and m.group("place").strip():
        found["dateline"] = m.group("place").strip(" ،,")
        found.setdefault("source", m.group("source").strip())
        body = body[m.end():]
    return body.strip(), found


# A line that ends a sentence: a period, a question or exclamation mark, or a closing quote or bracket after one.
_SENTENCE_END_RE = re.compile(r"[.!؟?\"”»)\]]\s*$")
_MIN_TEASERS = 2  # one unended last line may be the article's own last paragraph left without a period


def _without_teasers(lines: list[str]) -> list[str]:
    """The page's foot of related-article leads, each cut short mid-sentence ("... على هامش اجت"), goes: a run of
    two or more last lines that end no sentence, after at least one line of the article."""
    k = 0
    while k < len(lines) and not _SENTENCE_END_RE.search(lines[len(lines) - 1 - k]):
        k += 1
    return lines[:len(lines) - k] if _MIN_TEASERS <= k < len(lines) else lines


def _has_lead_foot(lines: list[str], site: str | None, cues: _Cues) -> bool:
    """The page is of a site whose foot lists other articles' leads without a header (told by the site or the
    agency of the body's dateline)."""
    if site and site.lower() in cues.lead_foot:
        return True
    m = _DATELINE_RE.match(lines[0]) if lines else None
    return bool(m and m.group("source").strip().lower() in cues.lead_foot)


def _opens_with(ln: str, connectors: tuple[str, ...], w_verbs: frozenset[str] = frozenset()) -> bool:
    head = norm_key(ln[:30]).lower().lstrip(" -–—\"'«“(*")
    # "وجه رئيس الوزراء نداء": a verb whose own first letter is "و" opens a new lead, not "و" + a word
    return head.startswith(connectors) and not (w_verbs and head.split(" ", 1)[0] in w_verbs)


def _without_lead_foot(lines: list[str], connectors: tuple[str, ...], title: str = "",
                       w_verbs: frozenset[str] = frozenset()) -> list[str]:
    """Drop the page's foot of other articles' leads: a run of two or more last lines none of which opens with a
    connector, after a line that does (each lead opens a new story: "أعلن X، الخميس، ..."; the article's own
    later paragraphs open with "و", "كما", "يذكر أن" ...). The leads end with a period as often as not. A lead that
    shares the title's words is a related article on the same happening: it stays (it adds to the article's
    event, the place its lead names, and tells no other)."""
    k = 0
    while k < len(lines) and not _opens_with(lines[len(lines) - 1 - k], connectors, w_verbs):
        k += 1
    if not _MIN_TEASERS <= k < len(lines):
        return lines
    words = _content_words(title)
    return lines[:len(lines) - k] + [ln for ln in lines[len(lines) - k:]
                                     if len(words & _content_words(ln)) >= _SAME_STORY_WORDS]


_SAME_STORY_WORDS = 3  # title words a foot lead shares when it tells the article's own story
_CONTENT_LEN = 5  # shorter words are mostly function words and clitic-bearing particles


def _content_words(text: str) -> set[str]:
    return {w for w in norm_key(text).split() if len(w) >= _CONTENT_LEN}


class Cleaner:
    """Pipeline step: boilerplate removal, byline and dateline parsing."""

    name = "clean"

    def __call__(self, doc: Document) -> Document:
        body, found = clean_text(doc.text, doc.title, doc.site)
        doc.text = body
        if not doc.title and found.get("title"):
            doc.title = found["title"]
        if found.get("source"):
            doc.source = found["source"]
        if found.get("author") and not doc.author:
            doc.author = found["author"]
        elif found.get("author") and doc.author and found.get("source") and doc.author.startswith(found["source"]):
            doc.author = found["author"]  # author field held the whole byline
        if found.get("dateline"):
            doc.metadata["dateline"] = found["dateline"]
        if not doc.source:
            doc.source = doc.site
        return doc
