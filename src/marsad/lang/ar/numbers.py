"""Numbers in Arabic news text: digits, number words, hedges, ranges and duals.

``find_numbers(an)`` scans the tokens of an :class:`Analysis` once and returns
:class:`NumberMention` spans with a conservative ACLED value ("أكثر من 1500" -> 1500,
"بين 5 و7" -> 5, "عشرات" -> 10) and the hedge that qualifies it. All words live in
``data/number_words.tsv``, ``data/number_hedges.tsv`` and ``data/dual_nouns.tsv``.

Digits next to "/" or ":" without a space ("13/10/2017", "10:30") and digits glued to
"%" are dates, times or percentages and are not reported. Decimals ("2.5") are only
reported when a multiplier makes them whole ("2.5 مليون").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, NamedTuple, Sequence

from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.tokens import Analysis, Token, analyze_text
from marsad.tables import load_table

HEDGES = ("exact", "about", "at_least", "at_most", "range", "vague")


@dataclass(slots=True)
class NumberMention:
    start: int  # original text offsets
    end: int
    text: str
    value: int  # conservative value (ACLED: lower bound)
    low: int | None
    high: int | None
    hedge: str  # one of HEDGES
    tok_start: int
    tok_end: int  # exclusive
    rule_id: str  # table row ids joined by "+"

    # written out, not generated: compiled, an explicit __init__ is native; the one dataclasses writes runs interpreted
    def __init__(
        self, start: int, end: int, text: str, value: int, low: int | None, high: int | None, hedge: str,
        tok_start: int, tok_end: int, rule_id: str,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.value = value
        self.low = low
        self.high = high
        self.hedge = hedge
        self.tok_start = tok_start
        self.tok_end = tok_end
        self.rule_id = rule_id


# --- clitic-aware surface forms (shared with dates.py) -----------------------------

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


def surface_forms(stem: str, article: bool = True, has_article: bool | None = None) -> Iterator[tuple[str, str]]:
    """(surface, prefix) for a normalised ``stem`` under Arabic proclitic chains.

    conjunction (و ف) + preposition (ب ل ك) + article; "ل" + "ال" is written "لل".
    With ``article`` false the article is not added to a bare stem (it still may
    appear when the stem already carries it). ``has_article`` says whether the stem
    starts with the article (default: guessed from its letters; "الاف" for آلاف is not).
    """
    has_art = (stem.startswith("ال") and len(stem) > 3) if has_article is None else has_article
    for c in _CONJ:
        for p in _PREP:
            if has_art and p == "ل":
                yield c + "لل" + stem[2:], c + "ل"
            else:
                yield c + p + stem, c + p
            if article and not has_art:
                if p == "ل":
                    yield c + "لل" + stem, c + "لل"
                else:
                    yield c + p + "ال" + stem, c + p + "ال"


# --- lexicon ------------------------------------------------------------------------


class _Word(NamedTuple):
    kind: str
    value: int
    rid: str


class _Lex(NamedTuple):
    words: dict[str, tuple[str, _Word]]  # surface -> (prefix, word)
    duals: dict[str, tuple[str, int, str]]  # surface -> (prefix, count, rid)
    pre: dict[str, list[tuple[tuple[str, ...], str, str]]]  # last word -> [(words, hedge, rid)]
    post: dict[str, list[tuple[tuple[str, ...], str, str]]]  # first word -> [...]
    range_open: dict[str, str]  # word -> rid (single words; "ما بين" via pre-check)
    range_mid: dict[str, str]
    percent: dict[str, list[tuple[str, ...]]]  # first word -> phrases
    triggers: frozenset[str]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    words: dict[str, tuple[str, _Word]] = {}
    stems: dict[str, _Word] = {}
    for row in load_table("number_words.tsv", required=("id", "word", "value", "kind")):
        k = norm_key(row["word"]).lower()
        stems[k] = _Word(row["kind"], int(row["value"]), row["id"])
    # weekday names are dates, not numbers ("الاثنين" Monday, not "the two")
    weekdays = {norm_key(r["name"]).lower() for r in load_table("weekdays.tsv", required=("name",))}
    for k, w in stems.items():
        for surf, pref in surface_forms(k, has_article=False):
            if surf in weekdays:
                continue
            # two-letter stems take only a conjunction or the article ("لست" is "I am not", not "ل+ست")
            if len(k) < 3 and pref not in ("و", "ف", "ال", "وال", "فال"):
                continue
            # a bare stem always wins over a clitic reading of another stem
            if surf not in words or (pref == "" and words[surf][0] != ""):
                if surf in stems and pref:
                    continue
                words[surf] = (pref, w)
    duals: dict[str, tuple[str, int, str]] = {}
    for row in load_table("dual_nouns.tsv", required=("id", "word", "count")):
        k = norm_key(row["word"]).lower()
        for surf, pref in surface_forms(k):
            duals.setdefault(surf, (pref, int(row["count"]), row["id"]))
    pre: dict[str, list] = {}
    post: dict[str, list] = {}
    ropen: dict[str, str] = {}
    rmid: dict[str, str] = {}
    pct: dict[str, list] = {}
    for row in load_table("number_hedges.tsv", required=("id", "phrase", "position", "hedge")):
        ws = tuple(norm_key(row["phrase"]).lower().split())
        pos = row["position"]
        if pos == "pre":
            pre.setdefault(ws[-1], []).append((ws, row["hedge"], row["id"]))
        elif pos == "post":
            post.setdefault(ws[0], []).append((ws, row["hedge"], row["id"]))
        elif pos == "range_open":
            ropen[" ".join(ws)] = row["id"]
        elif pos == "range_mid":
            rmid[ws[0]] = row["id"]
        elif pos == "percent":
            pct.setdefault(ws[0], []).append(ws)
        else:
            raise ValueError(f"number_hedges.tsv: unknown position {pos!r} in row {row['id']}")
    for lst in pre.values():
        lst.sort(key=lambda e: -len(e[0]))
    for lst in post.values():
        lst.sort(key=lambda e: -len(e[0]))
    return _Lex(words, duals, pre, post, ropen, rmid, pct, frozenset(words) | frozenset(duals))


@lru_cache(maxsize=1)
def post_hedge_phrases() -> frozenset[tuple[str, ...]]:
    """The normalised words of every post hedge ("على الأقل", "تقريبا"; number_hedges.tsv post), built once (g79c)."""
    return frozenset(ws for lst in _lex().post.values() for ws, _h, _r in lst)


def number_word(form: str) -> tuple[str, str, int, str] | None:
    """(prefix, kind, value, rule id) of a normalised token that is a number word."""
    hit = _lex().words.get(form)
    if hit is None:
        return None
    pref, w = hit
    return pref, w.kind, w.value, w.rid


def dual_count(form: str) -> int | None:
    """Count stated by a dual noun ("قتيلان", "جنديين" -> 2), else None. ``form`` is normalised."""
    hit = _lex().duals.get(form)
    return hit[1] if hit else None


# --- digits ---------------------------------------------------------------------------

_THOUSANDS = re.compile(r"\d{1,3}(?:([,.])\d{3})+")


def parse_digits(s: str) -> float | None:
    """Value of an ASCII digit string with separators: "1,500" / "1.500" / "1,234,567" -> int; "2.5" -> 2.5.

    A single "." followed by exactly three digits is read as a thousands separator
    (news style "1.500"); a caller with a multiplier after it ("1.500 مليون") should
    use :func:`parse_decimal` instead.
    """
    if s.isdigit():
        return int(s)
    m = _THOUSANDS.fullmatch(s)
    if m and s.count(m.group(1)) == len(s.replace(m.group(1), " ").split()) - 1 and (
        "," not in s or "." not in s
    ):
        return int(s.replace(",", "").replace(".", ""))
    return parse_decimal(s)


def parse_decimal(s: str) -> float | None:
    if s.count(".") + s.count(",") != 1:
        return None
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


# --- number phrase grammar ------------------------------------------------------------


class _Item(NamedTuple):
    t0: int  # first token (a standalone "و" before it is included)
    t1: int  # exclusive
    conj: bool
    kind: str
    value: int | float
    rid: str


def _item_at(toks: Sequence[Token], i: int, hi: int, lex: _Lex) -> _Item | None:
    if i >= hi:
        return None
    form = toks[i].norm
    conj = False
    t0 = i
    if form == "و" and i + 1 < hi and toks[i + 1].norm in lex.words:
        conj = True
        i += 1
        form = toks[i].norm
    c = form[0]
    if "0" <= c <= "9":
        return None  # digits are handled by the caller
    hit = lex.words.get(form)
    if hit is None:
        return None
    pref, w = hit
    if pref[:1] in ("و", "ف"):
        conj = True
    return _Item(t0, i + 1, conj, w.kind, w.value, w.rid)


class _Parsed(NamedTuple):
    value: int
    t1: int
    rids: tuple[str, ...]
    vague: bool


def _parse_words(toks: Sequence[Token], i: int, hi: int, lex: _Lex, start_value: float | None = None) -> _Parsed | None:
    """Longest well-formed number phrase starting at token ``i``.

    ``start_value``: the phrase started with digits (tokens[i-1]); only multipliers may follow.
    """
    # int | float, not float: an item's value may be a float ("1.5 مليون"), ints stay ints (a compiled float
    # local would hold 0.0), and the phrase's value is checked whole at the end
    total: int | float = 0
    cur: int | float = 0
    last = ""  # kind of the last accepted item
    last_unit: int | float = 0
    mag: int | float = 10**12  # magnitude the next conjoined group must stay below
    vague = False
    rids: list[str] = []
    end = i
    first = True
    if start_value is not None:
        cur, last, first, rids = start_value, "digits", False, ["digits"]
    j = i
    while j < hi:
        it = _item_at(toks, j, hi, lex)
        if it is None:
            break
        k, v = it.kind, it.value
        conj = it.conj and not first
        if k == "hundred_amb":
            if first:
                nxt = _item_at(toks, it.t1, hi, lex)
                if nxt is None or nxt.conj or nxt.kind not in ("mult", "mult_plural"):
                    break
            k = "hundred"
        ok = False
        if first:
            if k in ("unit", "ten", "tens", "hundred", "mult", "mult_dual", "vague", "unit_teen"):
                ok = True
                if k == "unit_teen":
                    nxt = _item_at(toks, it.t1, hi, lex)
                    ok = nxt is not None and nxt.kind == "ten" and not nxt.conj
                if k in ("mult", "mult_dual"):
                    total, cur, mag = total + v, 0, v
                elif k == "vague":
                    cur, vague = v, True
                elif k == "unit_teen":
                    cur, last_unit = 0, v
                else:
                    cur = v
                    last_unit = v if k == "unit" else 0
            elif k == "mult_plural":
                ok, vague = True, True  # "آلاف" alone: a vague thousand
                total, cur, mag = v, 0, v
        elif not conj:
            if k == "ten" and last in ("unit", "unit_teen") and last_unit:
                cur, ok = cur - (last_unit if last == "unit" else 0) + last_unit + 10, True
            elif k == "hundred" and v == 100 and last == "unit" and 3 <= last_unit <= 9:
                cur, ok = cur - last_unit + last_unit * 100, True
            elif k == "mult" and last in ("unit", "ten", "tens", "hundred", "digits", "vague") and cur and v < mag:
                total, cur, mag, ok = total + cur * v, 0, v, True
            elif k == "mult_plural" and last in ("unit", "ten", "digits", "vague") and cur and v < mag:
                if last == "vague" or last == "digits" or 3 <= cur <= 10:
                    total, cur, mag, ok = total + cur * v, 0, v, True
            elif k == "mult" and last == "hundred" and cur and v < mag:
                total, cur, mag, ok = total + cur * v, 0, v, True
            elif k == "mult" and last == "ten" and cur and v < mag:  # "أحد عشر ألفا"
                total, cur, mag, ok = total + cur * v, 0, v, True
            elif k == "vague" and last == "vague" and cur < 10 <= v:  # "بضعة مئات"
                cur, ok = cur * v, True
        else:  # conjoined: "خمسة وعشرين", "ألف وخمسمئة", "مئة وخمسة"
            if last == "unit" and k == "tens" and cur < 10:
                cur, ok = cur + v, True
            elif last in ("mult",) and cur == 0 and not vague and k in ("unit", "ten", "tens", "hundred", "mult") and v < mag:
                if k == "mult":
                    total, mag, ok = total + v, v, True
                else:
                    cur, ok = v, True
                    last_unit = v if k == "unit" else 0
            elif last == "hundred" and cur % 100 == 0 and k in ("unit", "ten", "tens") and v < 100:
                cur, ok = cur + v, True
                last_unit = v if k == "unit" else 0
        if not ok:
            break
        if k == "mult_plural":
            k = "mult"
        if k == "mult_dual":
            k = "mult"
        last = k
        rids.append(it.rid)
        first = False
        j = it.t1
        end = j
    if end == i and start_value is None:
        return None
    value = total + cur
    if last == "unit_teen":
        return None
    if value != int(value):
        return None
    return _Parsed(int(value), end, tuple(rids), vague)


def parse_number_words(s: str) -> int | None:
    """Value of a whole Arabic number phrase ("ألف وخمسمئة" -> 1500), or None.

    Digits are accepted too ("1,500", "٢٥ ألف"); the whole string must be one number.
    """
    an = analyze_text(s)
    toks = an.tokens
    if not toks:
        return None
    lex = _lex()
    core = _core_at(toks, 0, len(toks), lex)
    if core is None or core[1] != len(toks):
        return None
    return core[0]


def _core_at(toks: Sequence[Token], i: int, hi: int, lex: _Lex) -> tuple[int, int, tuple[str, ...], bool] | None:
    """(value, end token, rule ids, vague) of a number starting at token ``i``."""
    form = toks[i].norm
    c = form[0]
    if "0" <= c <= "9":
        t = toks[i]
        # dates, times, percentages: "13/10/2017", "10:30", "50%"
        if i + 1 < len(toks) and toks[i + 1].start == t.end and toks[i + 1].norm in ("/", ":", "%", "٪"):
            return None
        if i > 0 and toks[i - 1].end == t.start and toks[i - 1].norm in ("/", ":"):
            return None
        p = lex.words.get(toks[i + 1].norm) if i + 1 < hi else None
        if p is not None and p[0] == "" and p[1].kind in ("mult", "mult_plural"):
            # "2.5 مليون" is a decimal; "1.500" alone is 1500 (thousands separator)
            if ("." in form or "," in form) and len(form.replace(",", ".").split(".")[-1]) != 3:
                v = parse_decimal(form)
            else:
                v = parse_digits(form)
            if v is not None:
                r = _parse_words(toks, i + 1, hi, lex, start_value=v)
                if r is not None and r.t1 > i + 1:
                    return r.value, r.t1, r.rids, False
        v = parse_digits(form)
        if v is None or v != int(v) or _percent_at(toks, i + 1, hi, lex):
            return None
        # a year after "عام" or a month name is a date, not a count: "عام 2017", "حزيران 2017"
        if len(form) == 4 and 1900 <= v <= 2100 and i > 0 and toks[i - 1].norm in _year_context():
            return None
        return int(v), i + 1, ("digits",), False
    r = _parse_words(toks, i, hi, lex)
    if r is None or _percent_at(toks, r.t1, hi, lex):
        return None
    return r.value, r.t1, r.rids, r.vague


@lru_cache(maxsize=1)
def _year_context() -> frozenset[str]:
    """Words after which a four-digit number is a year: year words and (last words of) month names."""
    out: set[str] = set()
    for r in load_table("relative_dates.tsv", required=("phrase", "kind")):
        if r["kind"] in ("year_word", "period_unit") and r.get("unit", "") in ("", "year"):
            for surf, _ in surface_forms(norm_key(r["phrase"]).lower()):
                out.add(surf)
    for r in load_table("months.tsv", required=("name",)):
        out.add(norm_key(r["name"]).lower().split()[-1])
    out.update(("/", ")"))  # "حزيران/يونيو 2017" ends on a name; "(يونيو) 2017"
    return frozenset(out)


def _percent_at(toks: Sequence[Token], i: int, hi: int, lex: _Lex) -> int:
    """Number of tokens of a percent word at ``i`` ("بالمئة", "في المائة", "%"), else 0."""
    if i >= hi:
        return 0
    for ws in lex.percent.get(toks[i].norm, ()):
        if _match_words(toks, i, ws, hi):
            return len(ws)
    return 0


def _match_words(toks: Sequence[Token], j: int, words: tuple[str, ...], hi: int) -> bool:
    if j < 0 or j + len(words) > hi:
        return False
    for k, w in enumerate(words):
        if toks[j + k].norm != w:
            return False
    return True


def _pre_hedge(toks: Sequence[Token], i: int, lo: int, lex: _Lex) -> tuple[int, str, str] | None:
    """(first token, hedge, rid) of a hedge ending right before token ``i``."""
    if i - 1 < lo:
        return None
    lastw = toks[i - 1].norm
    cands = lex.pre.get(lastw)
    if cands is None:
        # first-and-last word with a proclitic: "بنحو", "وقرابة"
        for pref in ("و", "ب", "ل", "ف", "وب", "ول", "فب"):
            if lastw.startswith(pref) and lastw[len(pref):] in lex.pre:
                for ws, hedge, rid in lex.pre[lastw[len(pref):]]:
                    if len(ws) == 1:
                        return i - 1, hedge, rid
        return None
    for ws, hedge, rid in cands:
        j = i - len(ws)
        if j < lo:
            continue
        if all(toks[j + k].norm == ws[k] for k in range(1, len(ws))):
            f = toks[j].norm
            if f == ws[0] or (f.endswith(ws[0]) and f[: len(f) - len(ws[0])] in ("و", "ب", "ل", "ف", "وب", "ول", "فب")):
                return j, hedge, rid
    return None


def _post_hedge(toks: Sequence[Token], i: int, hi: int, lex: _Lex) -> tuple[int, str, str, bool] | None:
    """(end token, hedge, rid, adjacent) of a hedge after the number (or after its noun)."""
    for gap in range(0, 3):
        j = i + gap
        if j >= hi:
            return None
        if gap and (not toks[j - 1].is_word or toks[j - 1].norm in lex.words):
            return None
        for ws, hedge, rid in lex.post.get(toks[j].norm, ()):
            if _match_words(toks, j, ws, hi):
                return j + len(ws), hedge, rid, gap == 0
    return None


def find_numbers(an: Analysis, lo_tok: int = 0, hi_tok: int | None = None) -> list[NumberMention]:
    """Number mentions in tokens [lo_tok, hi_tok) of ``an``, left to right, non-overlapping."""
    lex = _lex()
    toks = an.tokens
    hi = len(toks) if hi_tok is None else min(hi_tok, len(toks))
    orig = an.norm.orig
    out: list[NumberMention] = []
    i = lo_tok
    last_end = lo_tok  # a hedge read back never reaches into the last mention ("عشر أو أكثر من عشر")
    for k in an.starts_in(lex.triggers, lo_tok, hi):
        if k < i:
            continue  # inside the last mention or percent word
        i = k
        skip = _percent_at(toks, i, hi, lex)
        if skip:
            i += skip
            continue
        m = _mention_at(toks, i, last_end, hi, lex, orig)
        if m is None:
            i += 1
            continue
        out.append(m)
        i = m.tok_end
        last_end = m.tok_end
    return out


def _mention_at(toks: Sequence[Token], i: int, lo: int, hi: int, lex: _Lex, orig: str) -> NumberMention | None:
    form = toks[i].norm
    low: int | None  # the bounds a hedge gives (None: open)
    high: int | None
    for j in (i - 1, i - 2):  # the second word of a percent phrase ("في المئة")
        if j >= lo and j + _percent_at(toks, j, hi, lex) > i:
            return None
    dual = lex.duals.get(form)
    if dual is not None:
        t1 = i + 1
        rid = dual[2]
        # "جنديين اثنين": the explicit number joins the dual
        if t1 < hi:
            nw = lex.words.get(toks[t1].norm)
            if nw is not None and nw[0] == "" and nw[1].kind == "unit" and nw[1].value == dual[1]:
                t1 += 1
                rid += "+" + nw[1].rid
        t0, hedge, low, high = i, "exact", dual[1], dual[1]
        ph = _pre_hedge(toks, i, lo, lex)
        if ph is not None:  # "نحو شهرين"
            t0, hedge, hrid = ph
            rid = hrid + "+" + rid
            low, high = _bounds(hedge, dual[1])
        return _make(toks, t0, t1, orig, dual[1], low, high, hedge, rid)
    core = _core_at(toks, i, hi, lex)
    if core is None:
        return None
    value, t1, rids, vague = core
    # ordinals are not numbers: "الحادي عشر", "الحادي والعشرين"
    first_item = _item_at(toks, i, hi, lex)
    if first_item is not None and i > lo and (first_item.kind == "ten" or first_item.conj):
        if _is_ordinal(toks[i - 1].norm):
            return None
    t0 = i
    hedge = "vague" if vague else "exact"
    low = value
    high = None if vague else value
    rid = "+".join(rids)
    # range: [بين|من] N (و|إلى|-|أو) M
    rng = _range_after(toks, i, t1, lo, hi, lex, value)
    if rng is not None:
        t0, t1, high, rid_r = rng
        return _make(toks, t0, t1, orig, value, value, high, "range", rid_r + "+" + rid)
    ph = _pre_hedge(toks, i, lo, lex)
    if ph is not None:
        t0, hedge, hrid = ph
        rid = hrid + "+" + rid
        low, high = _bounds(hedge, value)
    else:
        po = _post_hedge(toks, t1, hi, lex)
        if po is not None:
            end, hedge, hrid, adjacent = po
            if adjacent:
                t1 = end
            rid = rid + "+" + hrid
            low, high = _bounds(hedge, value)
    return _make(toks, t0, t1, orig, value, low, high, hedge, rid)


def _bounds(hedge: str, value: int) -> tuple[int | None, int | None]:
    if hedge == "at_least":
        return value, None
    if hedge == "at_most":
        return None, value
    return None, None  # about


@lru_cache(maxsize=1)
def _ordinal_stems() -> frozenset[str]:
    out = set()
    for row in load_table("ordinal_words.tsv", required=("id", "word", "value", "kind")):
        k = norm_key(row["word"]).lower()
        for surf, _ in surface_forms(k):
            out.add(surf)
    return frozenset(out)


def _is_ordinal(form: str) -> bool:
    return form in _ordinal_stems()


def _range_after(toks, i, t1, lo, hi, lex, value):
    if t1 >= hi:
        return None
    mid = toks[t1].norm
    j = t1
    mid_rid = lex.range_mid.get(mid)
    if mid_rid is not None:
        j = t1 + 1
    elif mid[:1] == "و" and mid[1:] and (mid[1:] in lex.words or mid in lex.words):
        mid_rid = lex.range_mid.get("و")
        mid = "و"
    else:
        return None
    if j >= hi or mid_rid is None:
        return None
    if mid == "و" and j == t1:
        # "وسبعة": parse the token without its conjunction
        core2 = _core_conj(toks, j, hi, lex)
    else:
        core2 = _core_at(toks, j, hi, lex)
    if core2 is None or core2[0] <= value:
        return None
    # opener
    t0 = i
    open_rid = None
    if i - 1 >= lo:
        p = toks[i - 1].norm
        for op, orid in lex.range_open.items():
            ws = op.split()
            if _match_words(toks, i - len(ws), tuple(ws), hi) and i - len(ws) >= lo:
                t0, open_rid = i - len(ws), orid
                break
        else:
            if p[:1] == "و" and p[1:] in lex.range_open:
                t0, open_rid = i - 1, lex.range_open[p[1:]]
        if open_rid is not None and t0 - 1 >= lo and toks[t0 - 1].norm == "ما" and "ما " + toks[t0].norm in lex.range_open:
            t0, open_rid = t0 - 1, lex.range_open["ما " + toks[t0].norm]
    if mid == "و" and open_rid is None:
        return None  # "5 و7" without "بين" is a list
    rid = "+".join(r for r in (open_rid, mid_rid) if r)
    return t0, core2[1], core2[0], rid


def _core_conj(toks, j, hi, lex):
    """A number starting with a conjunction-prefixed token, read without the conjunction."""
    it = lex.words.get(toks[j].norm)
    if it is None or not it[0].startswith("و"):
        return None
    # re-read the stem as a phrase start
    stem = toks[j].norm[1:]
    fake = Token(stem, toks[j].start, toks[j].end, toks[j].i)
    seq = [fake, *toks[j + 1 : hi]]
    r = _core_at(seq, 0, len(seq), lex)
    if r is None:
        return None
    return r[0], j + r[1], r[2], r[3]


def _make(toks, t0, t1, orig, value, low, high, hedge, rid) -> NumberMention:
    s, e = toks[t0].start, toks[t1 - 1].end
    return NumberMention(s, e, orig[s:e], int(value), low, high, hedge, t0, t1, rid)
