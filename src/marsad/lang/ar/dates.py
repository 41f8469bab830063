"""Dates in Arabic news text, resolved against the publication date.

``find_dates(an, published)`` scans the tokens once and returns :class:`DateMention`
spans with a date range and an ACLED ``time_precision`` (1 day, 2 week, 3 month; a
whole year is also precision 3, with the year as its range). Vocabulary lives in
``data/months.tsv``, ``data/weekdays.tsv``, ``data/relative_dates.tsv`` and
``data/ordinal_words.tsv``.

Resolution rules:
- a bare weekday is the most recent such day on or before publication (the day of
  publication itself when it matches); "الماضي" makes it strictly before, "المقبل"
  strictly after;
- a day and month without a year is the most recent such date not after
  publication ("المقبل" gives the next one after it); a month alone likewise;
- Hijri dates are converted with the tabular (arithmetic) Islamic calendar, which may
  differ from the sighted calendar by a day or two;
- without a publication date (``published=None``) relative forms ("أمس", "الجمعة",
  "قبل ثلاثة أيام", "حزيران الماضي") are still found, with ``date_start`` and
  ``date_end`` set to None; dates with an explicit year are always resolved.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, NamedTuple, Sequence

from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.numbers import _core_at, _lex as _num_lex, surface_forms
from marsad.lang.ar.tokens import Analysis, Token, enclitic_splits, proclitic_stems, text_needle
from marsad.tables import load_table

DAY, WEEK, MONTH = 1, 2, 3


@dataclass(slots=True)
class DateMention:
    start: int  # original text offsets
    end: int
    text: str
    date_start: dt.date | None  # None when a relative date has no publication date
    date_end: dt.date | None
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month (or coarser)
    rule_id: str  # table row ids / pattern names joined by "+"
    tok_start: int
    tok_end: int  # exclusive
    relation: str  # past | future | unknown

    # written out, not generated: compiled, an explicit __init__ is native; the one dataclasses writes runs interpreted
    def __init__(
        self, start: int, end: int, text: str, date_start: dt.date | None, date_end: dt.date | None, precision: int,
        rule_id: str, tok_start: int, tok_end: int, relation: str,
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.date_start = date_start
        self.date_end = date_end
        self.precision = precision
        self.rule_id = rule_id
        self.tok_start = tok_start
        self.tok_end = tok_end
        self.relation = relation


class _E(NamedTuple):
    kind: str
    words: tuple[str, ...]  # all words of the phrase (first may carry a proclitic in text)
    value: Any
    unit: str
    precision: int
    relation: str
    rid: str
    ambiguous: bool  # months: also a common word; count units: a vague plural ("أيام")


class _DLex(NamedTuple):
    surf: dict[str, list[tuple[str, _E]]]  # surface of first word -> [(prefix, entry)] longest first
    week_start: int


_ARTICLE_KINDS = {"count_unit", "year_word", "day_word", "decade"}


@lru_cache(maxsize=1)
def _dlex() -> _DLex:
    entries: list[_E] = []
    for r in load_table("months.tsv", required=("id", "name", "calendar", "month")):
        entries.append(_E("month", _words(r["name"]), (r["calendar"], int(r["month"])), "", MONTH, "unknown", r["id"], r.get("ambiguous") == "1"))
    week_start = 5
    for r in load_table("weekdays.tsv", required=("id", "name", "weekday")):
        entries.append(_E("weekday", _words(r["name"]), int(r["weekday"]), "", DAY, "unknown", r["id"], False))
        if r.get("week_start") == "1":
            week_start = int(r["weekday"])
    for r in load_table("ordinal_words.tsv", required=("id", "word", "value", "kind")):
        entries.append(_E("ord_" + r["kind"], _words(r["word"]), int(r["value"]), "", DAY, "unknown", r["id"], False))
    for r in load_table("relative_dates.tsv", required=("id", "phrase", "kind")):
        if r["kind"] in (COUNT_LEAD, AGE_WORD):
            continue  # no date words: read by _count_leads and _age_word
        entries.append(
            _E(r["kind"], _words(r["phrase"]), int(r["value"] or 0), r.get("unit", ""), int(r.get("precision") or DAY), r.get("relation") or "unknown", r["id"], r.get("vague") == "1")
        )
    surf: dict[str, list[tuple[str, _E]]] = {}
    for e in entries:
        first = e.words[0]
        if len(first) < 2:  # "م" (AD) is only read after a year, never as a start
            surf.setdefault(first, []).append(("", e))
            continue
        art = e.kind in _ARTICLE_KINDS
        for s, pref in surface_forms(first, article=art, has_article=None if e.kind != "month" else False):
            surf.setdefault(s, []).append((pref, e))
    for lst in surf.values():
        lst.sort(key=lambda pe: (pe[0] != "", -len(pe[1].words)))
    return _DLex(surf, week_start)


def _words(phrase: str) -> tuple[str, ...]:
    ws = tuple(norm_key(phrase).lower().split())
    if not ws:
        raise ValueError(f"empty phrase in a date table: {phrase!r}")
    return ws


# kinds that never start a date (they only continue one)
_NON_STARTERS = frozenset({"of", "era", "modifier", "ord_teen_tail", "count_unit", "month_prep", "day_noun", "range_to",
                           "night_link", "not_day", "weekday_and", "same_month"})


@lru_cache(maxsize=1)
def _triggers() -> frozenset[str]:
    return frozenset(s for s, lst in _dlex().surf.items() if any(e.kind not in _NON_STARTERS for _, e in lst))


def date_word(form: str) -> bool:
    """``form`` (normalised) is a word of the date tables (a month, weekday, unit, day offset...)."""
    return bool(_kinds(form))


def weekday_word(form: str) -> bool:
    """``form`` (normalised) is a weekday's name ("الأربعاء", "والخميس")."""
    return "weekday" in _kinds(form)


def _kinds(form: str) -> frozenset[str]:
    """The kinds of the date lexicon's entries that ``form`` can be, remembered per form (a dict, not lru_cache:
    compiled, a hit is a native call and a look-up; g103b)."""
    hit = _KINDS.get(form)
    if hit is None:
        if len(_KINDS) >= 4096:
            _KINDS.clear()
        hit = _KINDS[form] = frozenset(e.kind for _, e in _dlex().surf.get(form, ()))
    return hit


_KINDS: Final[dict[str, frozenset[str]]] = {}


# --- calendar helpers -------------------------------------------------------------------


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def hijri_to_gregorian(y: int, m: int, d: int) -> dt.date:
    """Tabular Islamic calendar (civil epoch): may differ from the sighted calendar by 1-2 days."""
    jd = (11 * y + 3) // 30 + 354 * y + 30 * m - (m - 1) // 2 + d + 1948440 - 385
    return dt.date.fromordinal(jd - 1721425)


def _hijri_year_of(g: dt.date) -> int:
    y = int((g.year - 622) * 33 / 32)
    while hijri_to_gregorian(y + 1, 1, 1) <= g:
        y += 1
    while hijri_to_gregorian(y, 1, 1) > g:
        y -= 1
    return y


def _hijri_month_range(y: int, m: int) -> tuple[dt.date, dt.date]:
    s = hijri_to_gregorian(y, m, 1)
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    return s, hijri_to_gregorian(ny, nm, 1) - dt.timedelta(days=1)


# --- matching -------------------------------------------------------------------------

_QUOTE_MARKS: Final = frozenset({'"', "“", "”", "«", "»"})
_SENTENCE_ENDS: Final = frozenset({".", "؟", "?", "!"})
QUOTE_BACK_TOKENS: Final = 80  # tokens searched back for the quotation marks a word sits inside, within its sentence


def _quoted(c: "_Ctx", i: int) -> bool:
    """Token ``i`` lies inside a quotation opened earlier in its sentence (an odd number of quotation marks before it):
    a quoted account tells its own night ("الذي اندلع حين «هاجمت المجموعات المدفعية ليلا»"), not the report's."""
    n = 0
    for k in range(i - 1, max(-1, i - 1 - QUOTE_BACK_TOKENS), -1):
        w = c.toks[k].norm
        if w in _SENTENCE_ENDS:
            break
        if w in _QUOTE_MARKS:
            n += 1
    return n % 2 == 1


class _Ctx:
    __slots__ = ("toks", "hi", "lex", "pub")

    def __init__(self, toks: Sequence[Token], hi: int, lex: _DLex, pub: dt.date | None):
        self.toks, self.hi, self.lex, self.pub = toks, hi, lex, pub

    def read(self, i: int, kinds: tuple[str, ...] | str, clitic: bool = True) -> tuple[int, _E] | None:
        """Longest entry of one of ``kinds`` starting at token ``i``: (end token, entry)."""
        if i >= self.hi:
            return None
        lst = self.lex.surf.get(self.toks[i].norm)
        if lst is None:
            return None  # most words are no date word at all
        if isinstance(kinds, str):
            kinds = (kinds,)
        for pref, e in lst:
            if e.kind not in kinds or (pref and not clitic):
                continue
            n = len(e.words)
            if n == 1:
                return i + 1, e
            if i + n <= self.hi and all(self.toks[i + k].norm == e.words[k] for k in range(1, n)):
                return i + n, e
        return None

    def digits(self, i: int) -> int | None:
        if i >= self.hi:
            return None
        s = self.toks[i].norm
        return int(s) if s.isdigit() else None


def _year_at(c: _Ctx, i: int) -> tuple[int, int, str] | None:
    """(year, end token, calendar) of a year written in digits, with an optional era word."""
    y = c.digits(i)
    if y is None or not (1300 <= y <= 2100) or len(c.toks[i].norm) != 4:
        return None
    cal = "gregorian" if y >= 1600 else "hijri"
    j = i + 1
    era = c.read(j, "era", clitic=False)
    if era is not None:
        cal = "hijri" if era[1].value == 1 else "gregorian"
        j = era[0]
    return y, j, cal


def _day_at(c: _Ctx, i: int) -> tuple[int, int, str] | None:
    """(day of month, end token, rid) for "6", "السادس", "الحادي عشر", "الحادي والعشرين"."""
    d = c.digits(i)
    if d is not None:
        if 1 <= d <= 31 and len(c.toks[i].norm) <= 2:
            # not glued to "/" etc. (numeric dates are read elsewhere)
            if i + 1 < c.hi and c.toks[i + 1].start == c.toks[i].end and not c.toks[i + 1].is_word:
                return None
            return d, i + 1, "day-digits"
        return None
    r = c.read(i, ("ord_unit", "ord_unit_compound", "ord_tens"))
    if r is None:
        return None
    j, e = r
    v = e.value
    rid = e.rid
    if e.kind in ("ord_unit", "ord_unit_compound") and v < 10:
        t = c.read(j, "ord_teen_tail", clitic=False)
        if t is not None:
            return v + 10, t[0], rid + "+" + t[1].rid
        if j < c.hi:
            tens = c.read(j, "ord_tens")
            if tens is not None and c.toks[j].norm.startswith("و"):
                return v + tens[1].value, tens[0], rid + "+" + tens[1].rid
    if e.kind == "ord_unit_compound":
        return None
    return v, j, rid


def _month_at(c: _Ctx, i: int, strong: bool) -> tuple[int, _E, str] | None:
    """(end token, month entry, rid) for "حزيران", "شهر حزيران", "أكتوبر/تشرين الأول", "حزيران (يونيو)".

    ``strong``: a day or part word precedes, so ambiguous names are accepted.
    """
    j = i
    rid = ""
    mw = c.read(j, "month_word")
    if mw is not None:
        j, strong, rid = mw[0], True, mw[1].rid + "+"
    r = c.read(j, "month")
    if r is None:
        return None
    j, e = r
    # "أكتوبر/تشرين الأول", "حزيران (يونيو)": a second name of the same month
    if j + 1 < c.hi and c.toks[j].norm in ("/", "(", "-", "،", ","):
        r2 = c.read(j + 1, "month", clitic=False)
        if r2 is not None and r2[1].value == e.value:
            j = r2[0]
            e = e._replace(ambiguous=False)  # "آذار/مارس": two names of one month are no common word
            if c.toks[j - 1].norm != ")" and j < c.hi and c.toks[j].norm == ")" and c.toks[r[0]].norm == "(":
                j += 1
            strong = True
    if e.ambiguous and not strong:
        # needs a year or a modifier after it
        if _year_at(c, j) is None and c.read(j, "modifier", clitic=False) is None:
            return None
    return j, e, rid + e.rid


class _Res(NamedTuple):
    end: int
    start_d: dt.date | None  # both days or neither (no publication date to count from)
    end_d: dt.date | None
    precision: int
    rid: str
    relation: str


def _end_of(r: _Res) -> dt.date:
    """The last day of a result that has a first day."""
    assert r.end_d is not None  # a _Res has both days or neither
    return r.end_d


def _resolve_month(c: _Ctx, e: _E, j: int, day: int | None, part: int | None) -> _Res | None:
    """A month (with optional day or month part) followed by an optional year or modifier."""
    cal, m = e.value
    y_r = _year_at(c, j)
    if y_r is None:
        yw = c.read(j, "year_word")  # "يونيو عام 2001"
        if yw is not None:
            y_r = _year_at(c, yw[0])
    rel = "unknown"
    rid = ""
    year: int | None = None
    mod = 0
    if y_r is not None:
        year, j, _ = y_r
        rid = "+year"
    else:
        md = c.read(j, "modifier", clitic=False)
        if md is not None:
            j, mod, rel, rid = md[0], md[1].value, md[1].relation, "+" + md[1].rid
    if year is None:
        pub = c.pub
        if pub is None:
            prec = DAY if day else (WEEK if part else MONTH)
            return _Res(j, None, None, prec, rid, rel)
        if cal == "hijri":
            year = _hijri_year_of(pub)
        else:
            year = pub.year
        # most recent not after publication; "الماضي" strictly before this month, "المقبل" after
        for _ in range(3):
            sp = _span(cal, year, m, day, part)
            if sp is None:
                year -= 1
                continue
            s, en = sp
            if mod > 0:
                if s <= pub:
                    year += 1
                    continue
                break
            if s > pub or (mod < 0 and day is None and en >= pub):
                year -= 1
                continue
            break
    sp = _span(cal, year, m, day, part)
    if sp is None:
        return None
    s, en = sp
    prec = DAY if day else (WEEK if part else MONTH)
    return _Res(j, s, en, prec, rid, rel)


def _span(cal: str, y: int, m: int, day: int | None, part: int | None) -> tuple[dt.date, dt.date] | None:
    """(first day, last day); None when there is no such day (a 30th of February)."""
    try:
        if cal == "hijri":
            if day:
                d = hijri_to_gregorian(y, m, day)
                return d, d
            s, en = _hijri_month_range(y, m)
        else:
            if day:
                d = dt.date(y, m, day)
                return d, d
            s, en = dt.date(y, m, 1), _month_end(y, m)
    except ValueError:
        return None
    if part:
        return _part_of(s, en, part)
    return s, en


def _part_of(s: dt.date, en: dt.date, part: int) -> tuple[dt.date, dt.date]:
    """Start (days 1-10), middle (11-20) or end (21-) of a month; a week as any writer's week; thirds of a longer range."""
    n = (en - s).days + 1
    if n <= 7:
        # "مطلع الأسبوع الماضي", "نهاية الأسبوع الماضي": writers start their weeks on Saturday, Sunday or Monday, and
        # the same Saturday is told as the start of one and the end of another: the part is the week of any of
        # them (a month's ten days ran past it)
        return s, en + dt.timedelta(days=2)
    if n <= 31:
        if part == 1:
            return s, s + dt.timedelta(days=9)
        if part == 2:
            return s + dt.timedelta(days=10), s + dt.timedelta(days=19)
        return s + dt.timedelta(days=20), en
    # a year: Jan-Apr, May-Aug, Sep-Dec
    m0 = (part - 1) * 4 + 1
    return dt.date(s.year, m0, 1), _month_end(s.year, m0 + 3)


def _period(c: _Ctx, unit: str, k: int) -> tuple[dt.date, dt.date, int] | None:
    pub = c.pub
    if pub is None:
        return None
    if unit == "week":
        ws = pub - dt.timedelta(days=(pub.weekday() - c.lex.week_start) % 7) + dt.timedelta(days=7 * k)
        return ws, ws + dt.timedelta(days=6), WEEK
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, k)
        return dt.date(y, m, 1), _month_end(y, m), MONTH
    if unit == "year":
        return dt.date(pub.year + k, 1, 1), dt.date(pub.year + k, 12, 31), MONTH
    return None


def _ago(pub: dt.date | None, n: int, unit: str, sign: int) -> tuple[dt.date | None, dt.date | None, int]:
    prec = {"hour": DAY, "day": DAY, "week": WEEK}.get(unit, MONTH)
    if pub is None:
        return None, None, prec
    try:
        return _ago_from(pub, n, unit, sign)
    except (OverflowError, ValueError):
        # "قبل 2017 ألف يوم": a count read from a year and a thousand falls outside the calendar; no date
        return None, None, prec


def _ago_from(pub: dt.date, n: int, unit: str, sign: int) -> tuple[dt.date | None, dt.date | None, int]:
    if unit == "hour":
        d = pub + dt.timedelta(days=sign * (n // 24))
        return (min(d, pub), max(d, pub), DAY) if n >= 24 else (pub, pub, DAY)
    if unit == "day":
        d = pub + dt.timedelta(days=sign * n)
        return d, d, DAY
    if unit == "week":
        d = pub + dt.timedelta(days=sign * 7 * n)
        return d, d, WEEK
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, sign * n)
        return dt.date(y, m, 1), _month_end(y, m), MONTH
    y = pub.year + sign * n
    return dt.date(y, 1, 1), dt.date(y, 12, 31), MONTH


# "منذ أسبوع/شهر" mostly tells how long something has gone on ("تتواصل المعارك منذ شهر"); "منذ يومين" is as
# often the day a thing was done ("اعتقل منذ يومين"), and "منذ عامين" starts a year-long history, not news
_SINCE_SPAN_UNITS = frozenset({"week", "month"})


def _span_to(pub: dt.date, n: int, unit: str) -> tuple[dt.date, dt.date, int]:
    """The ``n`` ``unit``s up to publication, with the precision of that length."""
    days = {"hour": max(1, -(-n // 24)), "day": n, "week": 7 * n, "month": 30 * n, "year": 365 * n}[unit]
    return pub - dt.timedelta(days=days), pub, DAY if days <= 1 else WEEK if days <= 7 else MONTH


def _hedge_at(c: _Ctx, j: int) -> tuple[int, str] | None:
    """(end token, rule id) of a hedge opening a count at token ``j`` ("نحو", "أكثر من"; number_hedges.tsv pre)."""
    pre = _num_lex().pre
    for k in range(min(c.hi, j + 4) - 1, j - 1, -1):
        for ws, _, rid in pre.get(c.toks[k].norm, ()):
            if len(ws) == k - j + 1 and tuple(t.norm for t in c.toks[j:k + 1]) == ws:
                return k + 1, rid
    return None


def _count_unit_at(c: _Ctx, j: int, article: bool = True) -> tuple[int, int, str, str, bool] | None:
    """(count, end token, unit, rid) for "ثلاثة أيام", "24 ساعة", "يومين", "أسبوع", "الساعات".

    ``article`` false refuses a bare unit with the article ("منذ العام 2011" is a year, not "a year ago").
    """
    n: int | None = None
    rid = ""
    k = j
    if k < c.hi and c.toks[k].norm == "ال":  # "الـ 24 ساعة"
        k += 1
    core = None
    if k < c.hi:
        form = c.toks[k].norm
        lex = _num_lex()
        # a number starts with a digit, a number word or "و" before one (numbers._item_at): most words
        # after "في" are none, and the parse is not tried
        if "0" <= form[0] <= "9" or form in lex.words or form == "و":
            core = _core_at(c.toks, k, c.hi, lex)
    if core is not None and core[0] > 0:
        n, k, rid = core[0], core[1], "num+"
    elif k != j:
        return None
    u = c.read(k, "count_unit")
    if u is None:
        return None
    e = u[1]
    vague = False
    if n is None:
        if not article and c.toks[k].norm.startswith(("ال", "لل")):
            return None
        n, vague = e.value, e.ambiguous
    return n, u[0], e.unit, rid + e.rid, vague


_DAY_KINDS: Final = frozenset({"ord_unit", "ord_unit_compound", "ord_tens"})
_MONTH_KINDS: Final = frozenset({"month", "month_word"})
_PERIOD_KINDS: Final = frozenset({"this", "period_unit"})


# kinds that open a date in _core other than "within" (a word of none of them starts only a counted span)
_OPENING_KINDS: Final = _DAY_KINDS | _MONTH_KINDS | _PERIOD_KINDS | frozenset({"part", "day_offset", "weekday", "year_word",
                                                                        "ago", "since", "half", "decade", "century",
                                                                        "night_past"})


_DAY_WORD_KINDS: Final = frozenset({"day_word", "day_pair"})
_PREFIX_OR_OPENING: Final = _OPENING_KINDS | frozenset({"daypart"}) | _DAY_WORD_KINDS


def _span_follows(c: _Ctx, j: int) -> bool:
    """A within-span of counted units opens at token ``j`` ("في الأيام الماضية"، "خلال الساعات الأخيرة"): a night
    told right before it is each night of that span (g109a). Two table look-ups."""
    w = c.read(j, "within")
    return w is not None and c.read(w[0], "count_unit") is not None


def _core(c: _Ctx, i: int) -> _Res | None:
    """A date starting exactly at token ``i`` (after any daypart / "يوم" prefix)."""
    if i >= c.hi:
        return None
    pub = c.pub
    toks = c.toks
    best: _Res | None = None
    form = toks[i].norm
    is_digit = "0" <= form[0] <= "9"
    ks = _kinds(form)
    if not is_digit and ks.isdisjoint(_OPENING_KINDS):
        # "في", "خلال": only a counted span can start here (the commonest date trigger, read alone)
        return _within_span(c, i) if "within" in ks else None

    def better(r: _Res | None) -> None:
        nonlocal best
        if r is not None and (best is None or r.end > best.end):
            best = r

    # numeric: 13/10/2017, 2017-10-13, 13.10.2017
    if is_digit:
        better(_numeric(c, i))
    # day + month: "6 حزيران 2017", "السادس من شهر حزيران/يونيو الماضي"
    d = _day_at(c, i) if is_digit or not ks.isdisjoint(_DAY_KINDS) else None
    if d is not None:
        day, j, drid = d
        of = c.read(j, "of", clitic=False)
        if of is not None:
            j = of[0]
        mo = _month_at(c, j, strong=True)
        if mo is not None:
            j2, e, mrid = mo
            r = _resolve_month(c, e, j2, day, None)
            if r is not None:
                better(r._replace(rid=f"{drid}+{mrid}{r.rid}"))
        elif of is not None:
            # "الرابع عشر من الشهر الجاري"
            per = _period_phrase(c, j)
            pu = c.read(j, "period_unit") if per is not None else None
            if per is not None and pu is not None and pu[1].unit == "month":
                if per.start_d is None:
                    better(per._replace(precision=DAY, rid=f"{drid}+{per.rid}"))
                elif day <= _end_of(per).day:
                    dd = per.start_d.replace(day=day)
                    better(per._replace(start_d=dd, end_d=dd, precision=DAY, rid=f"{drid}+{per.rid}"))
        else:
            better(_day_range(c, i, day, j, drid))
    elif is_digit:
        # "18-27 فبراير": a day glued to the range's dash is no day alone
        better(_day_range(c, i, None, i + 1, "day-digits"))
    # part of a month / year: "مطلع الشهر الجاري", "منتصف حزيران", "أواخر عام 2017"
    p = c.read(i, "part") if "part" in ks else None
    if p is not None:
        j, pe = p
        if c.read(j, "daypart") is None:
            of = c.read(j, "of", clitic=False)
            if of is not None:
                j = of[0]
            mo = _month_at(c, j, strong=True)
            if mo is not None:
                r = _resolve_month(c, mo[1], mo[0], None, pe.value)
                if r is not None:
                    better(r._replace(rid=f"{pe.rid}+{mo[2]}{r.rid}"))
            per = _period_phrase(c, j) or (_bare_period(c, j) if pe.value == 1 else None)
            if per is not None and per.start_d is not None:
                s, en = _part_of(per.start_d, _end_of(per), pe.value)
                better(per._replace(start_d=s, end_d=en, precision=WEEK if (en - s).days < 31 else MONTH, rid=f"{pe.rid}+{per.rid}"))
            elif per is not None:
                better(per._replace(rid=f"{pe.rid}+{per.rid}", precision=WEEK))
            yr = _year_phrase(c, j)
            if yr is not None:
                if yr.start_d is not None:
                    s, en = _part_of(yr.start_d, _end_of(yr), pe.value)
                    better(yr._replace(start_d=s, end_d=en, rid=f"{pe.rid}+{yr.rid}"))
            era = _era_phrase(c, j, _kinds(toks[j].norm)) if j < c.hi else None
            if era is not None:
                # "منتصف الثمانينات"، "أواخر القرن الماضي": history all the same; the whole span is kept
                better(era._replace(rid=f"{pe.rid}+{era.rid}"))
    # a decade or a century: "في الثمانينيات"، "ثمانينات القرن الماضي"، "في القرن العشرين" (g99m)
    if not ks.isdisjoint(_ERA_KINDS):
        better(_era_phrase(c, i, ks))
    # half of a month / year: "النصف الثاني من يونيو", "النصف الأول من عام 2018"
    if "half" in ks:
        better(_half_phrase(c, i))
    # month (+ year / modifier): "حزيران/يونيو 2017", "يونيو الماضي"
    mo = _month_at(c, i, strong=False) if not ks.isdisjoint(_MONTH_KINDS) else None
    if mo is not None:
        r = _resolve_month(c, mo[1], mo[0], None, None)
        if r is not None and (r.end > mo[0] or not mo[1].ambiguous):
            if r.end > mo[0] or c.read(i, "month_word") is not None or (not mo[1].ambiguous and _after_prep(c, i)):
                better(r._replace(rid=mo[2] + r.rid))
    # relative day: "اليوم", "أمس", "أمس الأول" (+ weekday: "أمس الجمعة")
    o = c.read(i, "day_offset") if "day_offset" in ks else None
    if o is not None and not (o[1].words == ("اليوم",) and toks[i].norm != "اليوم") and _day_noun(c, o) is None \
            and not _not_day(c, o[0]) and not _then_over(c, i):
        j, e = o
        rid = e.rid
        wd = c.read(j, "weekday", clitic=False)
        if wd is not None:
            j, rid = wd[0], rid + "+" + wd[1].rid
        if pub is None:
            better(_Res(j, None, None, DAY, rid, e.relation))
        else:
            dd = pub + dt.timedelta(days=e.value)
            better(_Res(j, dd, dd, DAY, rid, e.relation))
    # "وقتل ليلاً في البلدة": the bare adverb is the night just past, the day before publication to publication (g108d)
    night = c.read(i, "night_past") if "night_past" in ks else None
    # «خلال الليل في الأيام الماضية»: the nights of the span after it, not the one just past (g109a)
    if night is not None and (night[0] >= c.hi or c.read(night[0], ("weekday", "day_offset")) is None
                              and not _span_follows(c, night[0])) \
            and not _quoted(c, i):
        j, e = night
        if pub is None:
            better(_Res(j, None, None, DAY, e.rid, e.relation))
        else:
            better(_Res(j, pub + dt.timedelta(days=e.value), pub, DAY, e.rid, e.relation))
    # weekday (+ modifier): "الجمعة", "الخميس الماضي", "الخميس المقبل"
    w = c.read(i, "weekday") if "weekday" in ks else None
    if w is not None:
        j, e = w
        mod = c.read(j, "modifier", clitic=False)
        if mod is not None:
            j = mod[0]
        # "الجمعة 6 حزيران": an explicit date after the weekday wins
        after = _core(c, j) if j < c.hi and (c.digits(j) is not None or c.read(j, ("ord_unit", "ord_unit_compound", "ord_tens")) is not None) else None
        # "يومي الثلاثاء والأربعاء"، "دخلت الثلاثاء والأربعاء": days in a row joined by "و" are one span (g101m)
        run = _weekday_run(c, i, j, e) if mod is None else None
        if run is not None:
            better(run)
        else:
            better(_one_weekday(c, i, j, e, mod, after))
    # periods: "الأسبوع الماضي", "هذا الشهر", "العام المقبل"
    if not ks.isdisjoint(_PERIOD_KINDS):
        better(_period_phrase(c, i))
        better(_week_of_month(c, i))
    # "عام 2017", "2017م"
    if is_digit or "year_word" in ks:
        better(_year_phrase(c, i))
    # "قبل ثلاثة أيام", "منذ يومين", "بعد أسبوع"
    a = c.read(i, "ago") if "ago" in ks else c.read(i, "since") if "since" in ks else None
    # "منذ عام 2011" is a year, not "a year ago"
    if a is not None and _year_phrase(c, a[0]) is None:
        cu = _count_unit_at(c, a[0], article=False)
        # "قبل نحو عامين": as the count alone. Not after "بعد" ("بعد نحو شهرين على" counts from another event) nor
        # "منذ" ("عملية بدأت منذ نحو شهرين" dates the operation's start, and the act told beside it would take it)
        hedge = _hedge_at(c, a[0]) if cu is None and a[1].kind == "ago" and a[1].value < 0 else None
        if hedge is not None:
            cu = _count_unit_at(c, hedge[0], article=False)
            cu = cu and (*cu[:3], f"{hedge[1]}+{cu[3]}", cu[4])
        # "بعد ثلاثة أسابيع من الهجوم" counts from another event, not from publication. So does a short forward
        # count of hours or a day or two with no "من" in news narrative ("فشلت القوات في صده إلا بعد ساعات"، "بعد
        # يوم واحد على إسقاط"): the story's own time, a real future being told by its verb («سـ»). Longer forward
        # counts stay future: "وبعد أيام قليلة، انتقلت المظاهرات" or "بعد عام تماما على ضربات" mostly tell history
        if cu is not None and a[1].value > 0 and _short_span(cu[0], cu[2]):
            cu = None
        if cu is not None and _day_word_leads(c, a[0], cu):
            cu = None
        if cu is not None and not (cu[1] < c.hi and c.read(cu[1], "of", clitic=False) is not None):
            n, j, unit, urid, vague = cu
            # their own names: "s" and "en" are days above, and these are None without a publication date
            a_s, a_en, prec = _ago(pub, n, unit, a[1].value)
            if a[1].kind == "since" and not vague and pub is not None and unit in _SINCE_SPAN_UNITS:
                # "مواجهات منذ أسبوع": what has gone on that long, up to publication
                a_s, a_en, prec = _span_to(pub, n, unit)
            elif unit == "week" and not vague and a_s is not None and a_en is not None and pub is not None:
                # "قبل أسبوعين" is a round count, not a day: a day either side per week counted (a past one never
                # runs past publication)
                slack = dt.timedelta(days=n)
                a_s, a_en = a_s - slack, a_en + slack if a_en > pub else min(a_en + slack, pub)
            elif vague and pub is not None and a_s is not None:
                # "منذ أيام": from that far back up to publication (or from publication on)
                a_s, a_en = (a_s, pub) if a[1].value < 0 else (pub, a_en)
                prec = DAY if unit == "hour" else WEEK if unit == "day" else MONTH
            better(_Res(j, a_s, a_en, prec, a[1].rid + "+" + urid, a[1].relation))
    if "within" in ks:
        better(_within_span(c, i))
    return best


_DAY_LED_KINDS: Final = frozenset({"weekday", "day_offset"})


def _day_word_leads(c: _Ctx, j: int, cu: tuple[int, int, str, str, bool]) -> bool:
    """"منذ يوم الأحد"، "قبل يوم الجمعة"، "منذ يوم أمس": the bare "يوم" after an ago or since word leads the weekday
    or relative day right after it (relative_dates day_word), no count of one day ("منذ يوم" a day ago, g105p); the
    day is read from "يوم" on, and "منذ" makes it a since-day as "منذ الأحد" is. Only a bare unit word (no number,
    no article) that is also a day word, before a word of a weekday or day offset: one kinds look-up at most."""
    if cu[3].startswith("num+") or cu[1] != j + 1 or cu[1] >= c.hi or _kinds(c.toks[cu[1]].norm).isdisjoint(_DAY_LED_KINDS):
        return False
    return c.read(j, "day_word", clitic=False) is not None


_ERA_KINDS: Final = frozenset({"decade", "century"})


def _era_phrase(c: _Ctx, i: int, ks: frozenset[str]) -> _Res | None:
    """A decade or a century starting at token ``i``, read as the years it spans (g99m): "الثمانينات" is the last
    such decade wholly before publication, "تسعينيات القرن الماضي" / "السبعينات من القرن العشرين" the one of the
    century told, "القرن الماضي" alone the hundred years. Before, none was a date, so an act told in one took the
    report's day unless a modality cue stood within reach. "في الخمسينيات من عمره" is an age, no date. Runs only at a
    token that is a decade or century word (one dictionary look-up per token, as every date word)."""
    if "decade" in ks:
        d = c.read(i, "decade")
        if d is None:
            return None
        j, e = d
        k = j
        of = c.read(k, "of", clitic=False)
        if of is not None:
            k = of[0]
            if k < c.hi and _age_word(c.toks[k].norm):
                return None  # "في الخمسينيات من عمره": an age
        cen = c.read(k, "century") if k < c.hi else None
        if cen is not None:
            base, j, rid = _century_base(c, cen[1]), cen[0], f"{e.rid}+{cen[1].rid}"
        elif c.pub is None:
            return _Res(j, None, None, MONTH, e.rid, "past")
        else:
            # the decade's century: the current one unless its decade has not yet ended ("العشرينيات" in 2026)
            base, rid = c.pub.year // 100 * 100, e.rid
            if base + e.value + 9 >= c.pub.year:
                base -= 100
        if base is None:
            return _Res(j, None, None, MONTH, rid, "past")
        y0 = base + e.value
        return _Res(j, dt.date(y0, 1, 1), dt.date(y0 + 9, 12, 31), MONTH, rid, "past")
    cen = c.read(i, "century")
    if cen is None:
        return None
    base = _century_base(c, cen[1])
    if base is None:
        return _Res(cen[0], None, None, MONTH, cen[1].rid, "past")
    return _Res(cen[0], dt.date(base, 1, 1), dt.date(base + 99, 12, 31), MONTH, cen[1].rid, "past")


AGE_WORD = "age_word"  # relative_dates.tsv kind: "من عمره/عمرها/العمر" after a decade word is an age, not a decade


@lru_cache(maxsize=1)
def _age_words() -> frozenset[str]:
    return frozenset(" ".join(_words(r["phrase"])) for r in load_table("relative_dates.tsv", required=("id", "phrase", "kind"))
                     if r["kind"] == AGE_WORD)


def _age_word(word: str) -> bool:
    """``word`` is an age word with its proclitics ("العمر") and a pronoun suffix ("عمره"، "عمرها") cut; not a longer
    word that holds it ("عمران"، "معمر"). Asked only after a decade word and «من»."""
    ages = _age_words()
    return any(s in ages or any(b in ages for b, _ in enclitic_splits(s)) for s in proclitic_stems(word))


def _century_base(c: _Ctx, e: _E) -> int | None:
    """First year of a century row: told outright ("القرن العشرين") or counted from publication's ("القرن الماضي")."""
    if e.unit == "abs":
        return int(e.value)
    if c.pub is None:
        return None
    return (c.pub.year // 100 + int(e.value)) * 100


def _short_span(n: int, unit: str) -> bool:
    """A count of at most two days ("ساعات"، "48 ساعة"، "يوم واحد"، "يومين")."""
    return (unit == "hour" and n <= 48) or (unit == "day" and n <= 2)


def _vague_within_span(n: int, unit: str, plural: bool) -> bool:
    """A bare unit after a "vague" within ("في") reads as a span up to now: a plural ("في الأيام الماضية"), or a
    dual of hours, days or weeks ("في اليومين الأخيرين"). Not a dual of months or years (review 2, item 1): "في
    العامين الماضيين" mostly tells background in a clause of its own, and its span took the place of the day of
    an act told beside it."""
    return plural or (n >= 2 and unit in _COUNTED_AFTER_UNITS)


def _within_span(c: _Ctx, i: int) -> _Res | None:
    """"خلال الـ 24 ساعة الماضية", "خلال الأيام الماضية", "خلال اليومين الماضيين"."""
    wi = c.read(i, "within")
    if wi is None:
        return None
    j = wi[0]
    cu = _count_unit_at(c, j)
    # a "vague" within ("في") reads only plural, dual or counted spans: "في الأسبوع الماضي" is last week, but "في
    # اليومين الأخيرين" two days up to now (a dual unit row counts 2)
    if cu is None or (wi[1].ambiguous and not cu[3].startswith("num+") and not _vague_within_span(cu[0], cu[2], cu[4])):
        return None
    n, j, unit, urid, vague = cu
    if vague:
        # "الساعات الـ24 الماضية"، "الأيام الثلاثة الأخيرة": the count after the plural
        after = _count_after_plural(c, j, unit)
        if after is not None:
            n, j, urid = after[0], after[1], f"{urid}+{NUM_AFTER}"
    md = c.read(j, "modifier", clitic=False)
    if md is None or md[1].value >= 0:
        return None
    j = md[0]
    rid = f"{wi[1].rid}+{urid}+{md[1].rid}"
    if c.pub is None:
        return _Res(j, None, None, DAY, rid, "past")
    return _Res(j, *_span_to(c.pub, n, unit), rid, "past")


NUM_AFTER = "num-after-69202"  # rule id: a count after a within-span's plural unit ("الساعات الـ24 الماضية")


# units whose within-span may carry a count after the plural ("الساعات الـ24"، "الأيام الثلاثة"، "الأسابيع الستة");
# not months or years: "في السنوات الثماني الماضية" mostly tells background in a clause of its own, and read, its
# span took the place of the day of an act told beside it (the one corpus change it made)
_COUNTED_AFTER_UNITS = frozenset({"hour", "day", "week"})


def _count_after_plural(c: _Ctx, j: int, unit: str) -> tuple[int, int] | None:
    """(count, end token) of a number with the article right after a within-span's plural unit, before its modifier
    (g100q): "الساعات الـ24 الماضية"، "الأيام الخمسة الأخيرة"، "الساعات الأربع والعشرين الماضية". Before, the
    span was not read at all. Runs only after a plural unit of a within-span."""
    if unit not in _COUNTED_AFTER_UNITS or j >= c.hi:
        return None
    k = j + 1 if c.toks[j].norm == "ال" else j  # "الـ 24" is two tokens; "الخمسة" one, its article a proclitic
    if k >= c.hi:
        return None
    form = c.toks[k].norm
    lex = _num_lex()
    if "0" <= form[0] <= "9":
        if k == j:
            return None  # "الأيام 3": no article, no count of the span
    elif k != j or lex.words.get(form, ("",))[0] != "ال":
        return None
    core = _core_at(c.toks, k, c.hi, lex)
    if core is None or core[0] <= 0:
        return None
    return core[0], core[1]


def _one_weekday(c: _Ctx, i: int, j: int, e: _E, mod: tuple[int, _E] | None, after: _Res | None) -> _Res:
    """Weekday ``e`` read at token ``i`` (its modifier ``mod`` ending at ``j``): the explicit date after it if any
    ("الجمعة 6 حزيران"), else the day resolved against publication, or the night it opens with the next day."""
    pub = c.pub
    k, rel, rid = 0, "unknown", e.rid
    if mod is not None:
        k, rel, rid = mod[1].value, mod[1].relation, rid + "+" + mod[1].rid
    # "ليل الأحد الاثنين", "ليلة السبت/الأحد": a night told by the two days it joins is one date,
    # the first day resolved as a weekday alone, the range running to the next day
    nxt = _next_weekday(c, j, e.value, _daypart_before(c, i)) if mod is None else None
    if nxt is not None:
        j, rid = nxt[0], rid + "+" + nxt[1]
    if after is not None and after.precision == DAY:
        return after._replace(rid=rid + "+" + after.rid)
    if pub is None:
        return _Res(j, None, None, DAY, rid, rel)
    back = (pub.weekday() - e.value) % 7
    if k < 0 and back == 0:
        back = 7
    if k > 0:
        fwd = (e.value - pub.weekday()) % 7 or 7
        dd = pub + dt.timedelta(days=fwd)
    else:
        dd = pub - dt.timedelta(days=back)
    return _Res(j, dd, dd + dt.timedelta(days=1 if nxt else 0), DAY, rid, rel)


WEEKDAY_RUN = "rd-and-72703"  # the rule id part of days in a row joined by "و" (relative_dates weekday_and)


@lru_cache(maxsize=1)
def _and_forms() -> frozenset[str]:
    """The proclitics (relative_dates weekday_and) that join a weekday to the day before it ("والأربعاء")."""
    return frozenset(e.words[0] for lst in _dlex().surf.values() for _, e in lst if e.kind == "weekday_and")


def _and_weekday(c: _Ctx, k: int) -> tuple[int, int] | None:
    """(end token, weekday) of a weekday joined by "و" at token ``k``: "والأربعاء" or "و الأربعاء"."""
    if k >= c.hi:
        return None
    a = c.read(k, "weekday_and", clitic=False)
    if a is not None:
        r = c.read(a[0], "weekday", clitic=False)
        return None if r is None else (r[0], r[1].value)
    ands = _and_forms()
    for pref, e in c.lex.surf.get(c.toks[k].norm, ()):
        if e.kind == "weekday" and pref in ands and len(e.words) == 1:
            return k + 1, e.value
    return None


def _weekday_run(c: _Ctx, i: int, j: int, e: _E) -> _Res | None:
    """Weekday ``e`` (tokens ``i``..``j``) and the days right after it joined by "و" ("الثلاثاء والأربعاء"، "الأحد
    والاثنين والثلاثاء"), with a modifier after the last ("يومي الثلاثاء والأربعاء المقبلين"): one span from the
    first day to the last (g101m). The last day is resolved as a weekday alone (the latest on or before publication,
    as the night "ليل الأحد الاثنين" is: a run told in Tuesday's report "الثلاثاء والأربعاء" ends on the Wednesday
    before, never after the report; g101x), the first day after publication under "المقبلين"; under "الماضيين" the
    last day is the latest strictly before publication. Before, each day was read alone and an act took the first. Not after
    the singular "يوم": "قتل جندي يوم الثلاثاء والأربعاء قتل آخر" may tell two acts. Days not in a row ("الأحد
    والثلاثاء") stay apart. Cost: at a weekday with no modifier, one look-up of the word before and one of the word
    after; the loop goes on only while days in a row follow."""
    if i > 0 and "day_word" in _kinds(c.toks[i - 1].norm):
        return None
    wd = e.value
    n, k, last = 1, j, wd
    while True:
        nk = _and_weekday(c, k)
        if nk is None or nk[1] != (last + 1) % 7:
            break
        k, last, n = nk[0], nk[1], n + 1
    if n < 2:
        return None
    rid, rel, dk = f"{e.rid}+{WEEKDAY_RUN}", "unknown", 0
    mod = c.read(k, "modifier", clitic=False)
    if mod is not None:
        k, dk, rel = mod[0], mod[1].value, mod[1].relation
        rid += "+" + mod[1].rid
    prec = DAY if n == 2 else WEEK
    pub = c.pub
    if pub is None:
        return _Res(k, None, None, prec, rid, rel)
    if dk > 0:
        s = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
        return _Res(k, s, s + dt.timedelta(days=n - 1), prec, rid, rel)
    if dk < 0:  # "الماضيين": the last day strictly before publication
        en = pub - dt.timedelta(days=(pub.weekday() - last) % 7 or 7)
        return _Res(k, en - dt.timedelta(days=n - 1), en, prec, rid, rel)
    en = pub - dt.timedelta(days=(pub.weekday() - last) % 7)  # the last day as a weekday alone: none after the report
    return _Res(k, en - dt.timedelta(days=n - 1), en, prec, rid, rel)


def _next_weekday(c: _Ctx, j: int, wd: int, after_daypart: bool = False) -> tuple[int, str] | None:
    """The day after weekday ``wd`` named right after it ("الأحد الاثنين", "الأحد/الاثنين",
    "الأحد-الاثنين"): (end token, rid). After a daypart, also across a night_link word ("ليل السبت إلى الأحد"،
    "ليلة الجمعة على السبت"): the night joining the two days, not the second day alone."""
    k = j + 1 if j < c.hi and c.toks[j].norm in ("/", "-", "–") else j
    link = c.read(j, "night_link", clitic=False) if after_daypart and k == j else None
    if link is not None:
        k = link[0]
    r = c.read(k, "weekday", clitic=False)
    if r is None or r[1].value != (wd + 1) % 7:
        return None
    return r[0], "wd-pair" if link is None else link[1].rid + "+wd-pair"


def _daypart_before(c: _Ctx, i: int) -> bool:
    """Token ``i - 1`` is a part of a day ("ليل"، "ليلة"، "فجر"), bare or with a conjunction ("وليلة")."""
    return i > 0 and "daypart" in _kinds(c.toks[i - 1].norm)


def _after_prep(c: _Ctx, i: int) -> bool:
    """An unambiguous month alone is a date after "في/خلال/منذ..." or with a preposition clitic ("بحزيران")."""
    form = c.toks[i].norm
    for pref, e in c.lex.surf.get(form, ()):
        if e.kind == "month" and pref[-1:] in ("ب", "ل"):
            return True
    return _prep_before(c, i)


_PREP_CLITICS = frozenset({"", "و", "ف"})  # "وفي حزيران", "فمنذ 2015"


def _prep_before(c: _Ctx, i: int) -> bool:
    """Token ``i - 1`` is a month preposition ("في"), bare or after a conjunction ("وفي")."""
    return i > 0 and any(e.kind == "month_prep" for p, e in c.lex.surf.get(c.toks[i - 1].norm, ()) if p in _PREP_CLITICS)


def _week_of_month(c: _Ctx, i: int) -> _Res | None:
    """"الأسبوع الثاني من شهر شباط": the n-th seven days of a month (its ordinal is no day of the month)."""
    pu = c.read(i, "period_unit")
    if pu is None or pu[1].unit != "week" or pu[0] >= c.hi or c.digits(pu[0]) is not None:
        return None
    d = _day_at(c, pu[0])
    if d is None or not 1 <= d[0] <= 5:
        return None
    n, j, drid = d
    of = c.read(j, "of", clitic=False)
    if of is None:
        return None
    mo = _month_at(c, of[0], strong=True)
    if mo is not None:
        r = _resolve_month(c, mo[1], mo[0], None, None)
        rid = f"{pu[1].rid}+{drid}+{mo[2]}{r.rid}" if r is not None else ""
    else:  # "الأسبوع الأول من الشهر الجاري"
        month = c.read(of[0], "period_unit")
        r = _period_phrase(c, of[0]) if month is not None and month[1].unit == "month" else None
        rid = f"{pu[1].rid}+{drid}+{r.rid}" if r is not None else ""
    if r is None:
        return None
    if r.start_d is None:
        return r._replace(precision=WEEK, rid=rid)
    s = r.start_d + dt.timedelta(days=7 * (n - 1))
    return r._replace(start_d=s, end_d=min(_end_of(r), s + dt.timedelta(days=6)), precision=WEEK, rid=rid)


def _half_phrase(c: _Ctx, i: int) -> _Res | None:
    """"النصف الثاني من يونيو"، "النصف الأول من الشهر الجاري"، "النصف الثاني من عام 2017": that half of the month or
    year (relative_dates half). Without it the ordinal was read as the day ("الثاني من يونيو" = 2 June) or the year
    was read whole. Runs only where a half phrase was read (a few per thousand articles)."""
    h = c.read(i, "half")
    if h is None:
        return None
    of = c.read(h[0], "of", clitic=False)
    if of is None:
        return None
    j = of[0]
    mo = _month_at(c, j, strong=True)
    pu = c.read(j, "period_unit") if mo is None else None
    if mo is not None:
        r = _resolve_month(c, mo[1], mo[0], None, None)
        rid = f"{h[1].rid}+{mo[2]}{r.rid}" if r is not None else ""
    else:
        r = _period_phrase(c, j) or _year_phrase(c, j)
        rid = f"{h[1].rid}+{r.rid}" if r is not None else ""
    if r is None or (pu is not None and pu[1].unit == "week"):
        return None  # no date after "من", or a week ("النصف الأول من الأسبوع": no half of it is read)
    if r.start_d is None:  # no publication date: a month's half is told within days, a year's within months
        month = mo is not None or (pu is not None and pu[1].unit == "month")
        return r._replace(precision=WEEK if month else MONTH, rid=rid)
    s, en = _half_of(r.start_d, _end_of(r), h[1].value)
    return r._replace(start_d=s, end_d=en, precision=WEEK if (en - s).days < 31 else MONTH, rid=rid)


def _half_of(s: dt.date, en: dt.date, half: int) -> tuple[dt.date, dt.date]:
    """Days 1-15 or 16 to the end of a month; January-June or July-December of a year."""
    if (en - s).days <= 31:
        mid = s + dt.timedelta(days=15)
        return (s, mid - dt.timedelta(days=1)) if half == 1 else (mid, en)
    mid = dt.date(s.year, 7, 1)
    return (s, mid - dt.timedelta(days=1)) if half == 1 else (mid, en)


BARE_PERIOD = "part-bare-15202"  # rule id: a part word before a week or month with no modifier reads the current one


def _bare_period(c: _Ctx, i: int) -> _Res | None:
    """"مطلع الأسبوع"، "بداية الشهر": after a start word (part value 1), a week or month with no modifier and no
    "هذا" is the current one, whose start the report has always reached; a bare middle or end ("أواخر الشهر") may be
    the coming days or a month told before, and a bare period alone ("الأسبوع") is also "the week" in general."""
    pu = c.read(i, "period_unit")
    if pu is None or pu[1].unit not in ("week", "month"):
        return None
    j, e = pu
    p = _period(c, e.unit, 0)
    rid = e.rid + "+" + BARE_PERIOD
    if p is None:
        return _Res(j, None, None, WEEK if e.unit == "week" else MONTH, rid, "unknown")
    return _Res(j, p[0], p[1], p[2], rid, "unknown")


def _period_phrase(c: _Ctx, i: int) -> _Res | None:
    th = c.read(i, "this")
    j = th[0] if th is not None else i
    pu = c.read(j, "period_unit")
    if pu is None:
        return None
    j, e = pu
    if th is not None:
        k, rel, rid = 0, "unknown", th[1].rid + "+" + e.rid
    else:
        md = c.read(j, "modifier", clitic=False)
        if md is None:
            return None
        j, k, rel, rid = md[0], md[1].value, md[1].relation, e.rid + "+" + md[1].rid
    p = _period(c, e.unit, k)
    if p is None:
        return _Res(j, None, None, WEEK if e.unit == "week" else MONTH, rid, rel)
    return _Res(j, p[0], p[1], p[2], rid, rel)


def _day_range(c: _Ctx, i: int, first: int | None, j: int, rid1: str) -> _Res | None:
    """"من 7 إلى 9 أكتوبر"، "بين السابع والتاسع من أكتوبر"، "18-27 فبراير": two days of one month joined by a
    range word (relative_dates kind range_to) are the days from the first to the second, not the second alone."""
    day1 = first
    if day1 is None:
        d0 = c.digits(i)
        if d0 is None or not 1 <= d0 <= 31 or len(c.toks[i].norm) > 2:
            return None
        day1 = d0
    if j >= c.hi:
        return None
    rt = c.read(j, "range_to")
    if rt is not None:
        k, rrid = rt[0], rt[1].rid
    elif c.toks[j].norm.startswith("و") and c.read(j, ("ord_unit", "ord_unit_compound", "ord_tens")) is not None:
        k, rrid = j, "and"  # "والتاسع": the conjunction is the ordinal's clitic
    else:
        return None
    d2 = _day_at(c, k)
    if d2 is None or not day1 < d2[0]:
        return None
    day2, j2, rid2 = d2
    of = c.read(j2, "of", clitic=False)
    if of is not None:
        j2 = of[0]
    mo = _month_at(c, j2, strong=True)
    if mo is None:
        return None
    r = _resolve_month(c, mo[1], mo[0], day2, None)
    if r is None:
        return None
    rid = f"{rid1}+{rrid}+{rid2}+{mo[2]}{r.rid}"
    if r.start_d is None:
        return r._replace(rid=rid, precision=DAY if day2 - day1 <= 1 else WEEK)
    # more than two days told together are a time within a week (ACLED precision 2), as a round count of weeks
    prec = DAY if day2 - day1 <= 1 else WEEK
    return r._replace(start_d=r.start_d - dt.timedelta(days=day2 - day1), precision=prec, rid=rid)


def _year_phrase(c: _Ctx, i: int) -> _Res | None:
    yw = c.read(i, ("year_word",))
    j = yw[0] if yw is not None else i
    y = _year_at(c, j)
    if y is None:
        return None
    year, j2, cal = y
    bare = yw is None and j2 == j + 1
    last = _second_year(c, j2, year) if (yw is not None or bare) and cal == "gregorian" else None
    if bare:
        # a bare number is not a year without "عام" or an era word, except at the end of its clause after "في"
        # ("اختطفوهن من معلولا في 2014.") or, for a past year, after any other word ("اختطفوا في العراق 2015."،
        # "بين 2012 و2017،"): "في 2014 غارة" counts raids
        end = last[1] if last is not None else j2
        if end < c.hi and c.toks[end].is_word:
            return None
        if not _prep_before(c, i) and not _past_year_after_word(c, i, year):
            return None
    rid = (yw[1].rid + "+" if yw else "") + "year"
    if last is not None:
        # "عامي 2014 و2015"، "بين العامين 2010 و2012": the two years and those between
        return _Res(last[1], dt.date(year, 1, 1), dt.date(last[0], 12, 31), MONTH, rid + "-pair", "unknown")
    if cal == "hijri":
        s = hijri_to_gregorian(year, 1, 1)
        en = hijri_to_gregorian(year + 1, 1, 1) - dt.timedelta(days=1)
        return _Res(j2, s, en, MONTH, rid + "-hijri", "unknown")
    return _Res(j2, dt.date(year, 1, 1), dt.date(year, 12, 31), MONTH, rid, "unknown")


@lru_cache(maxsize=1)
def _past_ago_ids() -> frozenset[str]:
    """Ids of the relative_dates rows that tell a past moment so long ago ("قبل"), not a span up to now ("منذ")."""
    return frozenset(r["id"] for r in load_table("relative_dates.tsv", required=("id", "phrase", "kind"))
                     if r["kind"] == "ago" and int(r.get("value") or 0) < 0)


def told_ago(d: DateMention) -> bool:
    """The date is read from "قبل" and its count ("قبل أسبوعين"، "قبل نحو شهر"): one past moment, however roughly told."""
    return d.rule_id.split("+", 1)[0] in _past_ago_ids()


@lru_cache(maxsize=1)
def _up_to_now_ids() -> frozenset[str]:
    """Ids of the relative_dates rows that open a past span running up to now: "خلال/في/في غضون" (within) and "منذ" +
    a count (since), unlike "قبل" (one moment so long ago) or a calendar period ("الأسبوع الماضي")."""
    return frozenset(r["id"] for r in load_table("relative_dates.tsv", required=("id", "phrase", "kind"))
                     if r["kind"] in ("within", "since") and int(r.get("value") or 0) < 0)


def told_up_to_now(d: DateMention) -> bool:
    """The date is a past span up to now ("خلال الأيام الخمسة الماضية"، "في الأيام الأخيرة"، "منذ أسبوع"): how long
    something has gone on, not one happening's time. A split of a short rule id and a set look-up."""
    return d.relation == "past" and d.rule_id.split("+", 1)[0] in _up_to_now_ids()


@lru_cache(maxsize=1)
def _week_told_ids() -> frozenset[str]:
    """Ids of the relative_dates rows that tell a week or a part of a month: the week period ("الأسبوع الماضي"), the
    parts ("أوائل"، "منتصف"، "أواخر") and halves ("النصف الثاني من")."""
    return frozenset(r["id"] for r in load_table("relative_dates.tsv", required=("id", "phrase", "kind"))
                     if r["kind"] in ("part", "half") or (r["kind"] == "period_unit" and r.get("unit") == "week"))


def told_by_week(d: DateMention) -> bool:
    """The date is a past week or part of a month, as precise as a week ("الأسبوع الماضي"، "أوائل مارس"، "منتصف
    الشهر الجاري"): one happening of those days, unlike a span up to now ("منذ أسبوع"، "خلال الأيام الماضية") or a
    whole month. A split of a short rule id and set look-ups."""
    return d.precision == WEEK and d.relation != "future" and any(p in _week_told_ids() for p in d.rule_id.split("+"))


COUNT_LEAD = "count_lead"  # relative_dates.tsv kind: a word after which a bare number closing a clause is a count


@lru_cache(maxsize=1)
def _count_leads() -> frozenset[str]:
    """Words after which a bare number at the end of a clause is a count, not a year ("ارتفعت الحصيلة إلى 1950.")."""
    return frozenset(" ".join(_words(r["phrase"])) for r in load_table("relative_dates.tsv", required=("id", "phrase", "kind"))
                     if r["kind"] == COUNT_LEAD)


def _past_year_after_word(c: _Ctx, i: int, year: int) -> bool:
    """A bare year ``year`` at token ``i`` closing its clause reads as a year after a word: only a year before the
    report's own year (a current-year number is more often a name, "عملية سيناء 2018", or a count), and not after a
    word that leads a count or a hedge."""
    if c.pub is None or not 1900 <= year < c.pub.year or i == 0 or not c.toks[i - 1].is_word:
        return False
    w = c.toks[i - 1].norm
    return w not in _count_leads() and _hedge_at(c, i - 1) is None


def _second_year(c: _Ctx, j: int, first: int) -> tuple[int, int] | None:
    """(year, end token) of a later year joined by "و" right after a year ("عامي 2014 و2015")."""
    if j >= c.hi or c.toks[j].norm != "و":
        return None
    y = _year_at(c, j + 1)
    if y is None or y[2] != "gregorian" or not first < y[0] <= first + 10:
        return None
    return y[0], y[1]


def _numeric(c: _Ctx, i: int) -> _Res | None:
    toks = c.toks
    s = toks[i].norm
    if not s[:1].isdigit():
        return None
    parts: list[str]
    j = i + 1
    if s.count(".") == 2 and len(s) <= 10:
        parts = s.split(".")
    else:
        if not s.isdigit():
            return None
        parts = [s]
        sep = None
        while j + 1 < c.hi and len(parts) < 3:
            t, n = toks[j], toks[j + 1]
            if t.norm not in ("/", "-", ".") or t.start != toks[j - 1].end or n.start != t.end or not n.norm.isdigit():
                break
            if sep is not None and t.norm != sep:
                break
            sep = t.norm
            parts.append(n.norm)
            j += 2
        if len(parts) != 3:
            return None
    if not all(p.isdigit() for p in parts):
        return None
    a, b, y = (int(p) for p in parts)
    try:
        if len(parts[0]) == 4:
            d = dt.date(a, b, y)
        elif len(parts[2]) == 4:
            d = dt.date(y, b, a)
        else:
            return None
    except ValueError:
        return None
    return _Res(j, d, d, DAY, "numeric", "unknown")


def find_dates(an: Analysis, published: dt.date | None, lo_tok: int = 0, hi_tok: int | None = None) -> list[DateMention]:
    """Date mentions in tokens [lo_tok, hi_tok) of ``an``, resolved against ``published``."""
    lex = _dlex()
    trig = _triggers()
    toks = an.tokens
    hi = len(toks) if hi_tok is None else min(hi_tok, len(toks))
    if isinstance(published, dt.datetime):
        published = published.date()
    c = _Ctx(toks, hi, lex, published)
    orig = an.norm.orig
    out: list[DateMention] = []
    storied: set[int] = set()  # indexes in ``out`` of days told with a year, or read in the year of one
    anaphors, openers, seconds = _anaphor_forms(), _told_openers(), _then_seconds()
    last_heading: dt.date | None = None  # the year of the last chronology heading ("- 2013 -"), as its 1 January
    out_at_heading = -1  # len(out) when that heading was read: only the next mention takes its year
    # "من الشهر نفسه" is read only in a text holding a word of such a phrase (g109l: most hold none)
    same_told = _may_hold_same_month(an.norm.text)
    i = lo_tok
    for k in an.starts_in(trig, lo_tok, hi):
        if k < i:
            continue  # inside the last mention
        i = k
        r = _date_at(c, i)
        if r is None:
            same = _same_month_day(c, i, out[-1], orig) if same_told and out else None
            if same is not None:
                if len(out) - 1 in storied:  # "2 كانون الأول/ديسمبر 2016" then "وفي 4 من الشهر نفسه": 2016 still
                    storied.add(len(out))
                out.append(same)
                i = same.tok_end
                continue
            heading = _heading_year(toks[i], orig, published) if len(toks[i].norm) == 4 else None
            if heading is not None:
                # "- 2013 -" on a line of its own heads a chronology: its days and months without a year are of it
                out_at_heading, last_heading = len(out), heading
                i += 1
                continue
            # "في" opens "في ذلك الوقت" but mostly anything else: asked only before the phrase's second word
            w = toks[i].norm
            told = _told_day(c, i, out[-1], orig) if out and (w in openers or (
                w in anaphors and i + 1 < hi and toks[i + 1].norm in seconds)) else None
            if told is not None:
                if len(out) - 1 in storied:  # "وفي اليوم التالي" after "20 آذار 2003": still 2003
                    storied.add(len(out))
                out.append(told)
                i = told.tok_end
                continue
            i += 1
            continue
        j, res, rid = r
        s, e = toks[i].start, toks[j - 1].end
        m = DateMention(s, e, orig[s:e], res.start_d, res.end_d, res.precision, rid, i, j, res.relation)
        if YEAR_PART in rid.split("+"):
            if m.precision == 1:  # a day told with its year; a year alone ("حرب الخليج عام 1991") is a comparison
                storied.add(len(out))
        elif last_heading is not None and out_at_heading == len(out):
            # the first day after a year heading takes its year ("- 2013 -" then "30 كانون الثاني/يناير:"); the
            # days after it take the year from it in turn (a year heading of the publication's year gives none)
            told_year = _story_year(m, DateMention(toks[i].start, toks[i].start, "", last_heading, last_heading, 3,
                                                   HEADING_YEAR, i, i, "past"), published)
            if told_year is not None:
                m = told_year
                storied.add(len(out))
        elif out and len(out) - 1 in storied:
            told_year = _story_year(m, out[-1], published)
            if told_year is not None:
                m = told_year
                storied.add(len(out))
        out.append(m)
        i = j
    return out


HEADING_YEAR: Final = "heading-year"  # a year on a line of its own heading a chronology (g108u)


def _heading_year(tok: Token, orig: str, published: dt.date | None) -> dt.date | None:
    """1 January of the year ``tok`` tells when it is a past year standing on a line of its own, alone or as the first
    of a span, between dashes or before a colon ("- 2013 -"، "-2014 إلى 2016 -"، "2017:"): the heading of a chronology
    told year by year, whose lines then give days and months without the year ("30 كانون الثاني/يناير: قصف ...").
    A year inside a sentence ("منذ 2013") heads nothing. None otherwise."""
    if published is None or len(tok.norm) != 4 or not tok.norm.isdigit():
        return None
    year = int(tok.norm)
    if not 1950 <= year <= published.year:
        return None
    lo = orig.rfind("\n", 0, tok.start) + 1
    hi = orig.find("\n", tok.end)
    line = orig[lo:hi if hi >= 0 else len(orig)]
    if not _HEADING_LINE.match(line):
        return None
    return dt.date(year, 1, 1)


_HEADING_LINE: Final = re.compile(r"^[\s\-–—]*(?:19|20)\d\d(?:\s*(?:-|–|إلى|و)\s*(?:19|20)\d\d)?[\s\-–—:]*$")


YEAR_PART: Final = "year"  # the rule id part of a year written out ("20 آذار/مارس 2003": day-digits+m-g03b+year)
STORY_YEAR = "story-year"  # rule id part: a day and month without a year, read in the year of the story told


def _story_year(m: DateMention, last: DateMention, published: dt.date | None) -> DateMention | None:
    """``m`` (a day and month without a year: "في 21 آذار/مارس") read in the earlier year of ``last``, the day told
    just before it with a year ("بدأت في 20 آذار/مارس 2003"، or a day read so), within TOLD_DAY_TOKENS: a history
    retold day by day gives the year once. Without it the day would be read in the publication's year, a recent
    happening. None when ``m`` is no Gregorian day and month, or ``last`` is not of an earlier year."""
    parts = m.rule_id.split("+")
    if (published is None or m.date_start is None or last.date_start is None
            or not any(p.startswith("m-g") for p in parts) or m.tok_start - last.tok_end > TOLD_DAY_TOKENS):
        return None
    # a day, or two days of one month ("3 و5 أيار/مايو", g108u)
    end = m.date_end or m.date_start
    if m.precision != 1 and not ("day-digits" in parts and end.year == m.date_start.year
                                 and 0 <= (end - m.date_start).days <= SHORT_SPAN_DAYS):
        return None
    year = last.date_start.year
    if year >= published.year or year == m.date_start.year:
        return None
    try:
        d, e = m.date_start.replace(year=year), end.replace(year=year)
    except ValueError:  # 29 February
        return None
    return DateMention(m.start, m.end, m.text, d, e, m.precision, m.rule_id + "+" + STORY_YEAR, m.tok_start,
                       m.tok_end, m.relation)


SHORT_SPAN_DAYS: Final = 7  # the farthest apart two days of one month told together may be to take a story's year


def _day_noun(c: _Ctx, o: tuple[int, _E]) -> _E | None:
    """"اليوم ذاته"، "اليوم التالي"، "اليوم الذي": the word after "اليوم" that makes it "the day", not today."""
    j, e = o
    if e.value != 0 or j >= c.hi or "day_noun" not in _kinds(c.toks[j].norm):
        return None
    r = c.read(j, "day_noun", clitic=False)
    return None if r is None else r[1]


def _not_day(c: _Ctx, j: int) -> bool:
    """"الأمس القريب": a word right after a relative day that makes the pair an idiom naming no day (the recent past)."""
    return j < c.hi and "not_day" in _kinds(c.toks[j].norm) and c.read(j, "not_day", clitic=False) is not None


TOLD_DAY_TOKENS = 60  # the farthest, in tokens, the day "اليوم ذاته" refers back to may be told


@lru_cache(maxsize=1)
def _anaphor_forms() -> frozenset[str]:
    """Forms that may open a day or time told by reference to the last ("اليوم ذاته"، "حينها"، "في ذلك الوقت")."""
    return frozenset(f for f, lst in _dlex().surf.items() if any(e.kind in ("then", "day_offset") for _, e in lst))


@lru_cache(maxsize=1)
def _then_seconds() -> frozenset[str]:
    """The second words of the "then" phrases of more than one word ("في ذلك الوقت": ذلك)."""
    return frozenset(e.words[1] for lst in _dlex().surf.values() for _, e in lst if e.kind == "then" and len(e.words) > 1)


@lru_cache(maxsize=1)
def _then_singles() -> frozenset[str]:
    """The forms of the one-word "then" phrases ("حينها"، "وحينها")."""
    return frozenset(f for f, lst in _dlex().surf.items() if any(e.kind == "then" and len(e.words) == 1 for _, e in lst))


@lru_cache(maxsize=1)
def _told_openers() -> frozenset[str]:
    """The anaphor forms ``_told_day`` may read a phrase at whatever follows: those of no "then" phrase ("اليوم")
    and the one-word "then" phrases; the others ("في") only open one before its second word (``_then_words``)."""
    return frozenset(f for f in _anaphor_forms() if "then" not in _kinds(f)) | _then_singles()


def _then_words(toks: Sequence[Token], i: int, hi: int) -> bool:
    """Token ``i`` may open a "then" phrase: a one-word one ("حينها") or the first of a longer one before its second."""
    return toks[i].norm in _then_singles() or (i + 1 < hi and toks[i + 1].norm in _then_seconds())


def _then_over(c: _Ctx, i: int) -> bool:
    """Token ``i`` ("اليوم") closes a "then" phrase opened by the word before it ("نفس اليوم"، "ذات اليوم": the same
    day): no today, whether or not a day told before is in reach (g105r). One look-up."""
    if i == 0 or "then" not in _kinds(c.toks[i - 1].norm):
        return False
    r = c.read(i - 1, "then")
    return r is not None and r[0] > i


def _names_no_day(c: _Ctx, j: int) -> bool:
    """A day_noun row that names no day ("الذي"، "التي": "في نفس اليوم الذي قتل فيه ...") right after a "then"
    phrase at token ``j``: the day is another happening's, told by its clause, not the last one told (g105r)."""
    if j >= c.hi or "day_noun" not in _kinds(c.toks[j].norm):
        return False
    r = c.read(j, "day_noun", clitic=False)
    return r is not None and r[1].unit != "anaphor"


THEN_TOKENS = 80  # the farthest, in tokens, the time "حينها"، "آنذاك" refers back to may be told


def _told_then(c: _Ctx, i: int, last: DateMention | None, orig: str) -> DateMention | None:
    """"حينها"، "وقتها"، "في ذلك الوقت": the time told last (within THEN_TOKENS), whatever its precision."""
    if last is None or last.date_start is None or i - last.tok_end > THEN_TOKENS:
        return None
    if not _then_words(c.toks, i, c.hi):
        return None  # "في" opens "في ذلك الوقت" but mostly anything else: no phrase read
    t = c.read(i, "then")
    if t is None or _names_no_day(c, t[0]):
        return None
    s, en = c.toks[i].start, c.toks[t[0] - 1].end
    return DateMention(s, en, orig[s:en], last.date_start, last.date_end, last.precision,
                       f"{t[1].rid}+{last.rule_id}", i, t[0], last.relation)


def _told_day(c: _Ctx, i: int, last: DateMention | None, orig: str) -> DateMention | None:
    """"في اليوم ذاته"، "في اليوم التالي": the day told last (within TOLD_DAY_TOKENS), or the day after or before it."""
    if "then" in _kinds(c.toks[i].norm):
        return _told_then(c, i, last, orig)
    if last is None or last.date_start is None or last.date_start != last.date_end or last.precision != DAY \
            or i - last.tok_end > TOLD_DAY_TOKENS or "day_offset" not in _kinds(c.toks[i].norm):
        return None
    o = c.read(i, "day_offset")
    if o is None:
        return None
    e = _day_noun(c, o)
    if e is None or e.unit != "anaphor":
        return None
    day = last.date_start + dt.timedelta(days=e.value)
    s, en = c.toks[i].start, c.toks[o[0]].end
    return DateMention(s, en, orig[s:en], day, day, DAY, f"{o[1].rid}+{e.rid}+{last.rule_id}", i, o[0] + 1, last.relation)


@lru_cache(maxsize=1)
def _same_month_needles() -> tuple[tuple[str, ...], ...]:
    """The words of every same_month phrase read without a proclitic, as written (its first word's form, then the
    rest, which `_Ctx.read` compares as is): a token is a lower-cased slice of ``Analysis.norm.text``, so a text that
    lacks a word of each phrase holds none. A word with a cased letter gives "" (held by every text). g109l."""
    needles: set[tuple[str, ...]] = set()
    for s, lst in _dlex().surf.items():
        for pref, e in lst:
            if e.kind == "same_month" and not pref:
                needles.add(tuple(text_needle(w) for w in (s, *e.words[1:])))
    # the word most phrases share first («الشهر»): a text without it is ruled out by one search
    shared = {w: sum(w in ws for ws in needles) for ws in needles for w in ws}
    return tuple(sorted(tuple(sorted(ws, key=lambda w: (-shared[w], w))) for ws in needles))


def _may_hold_same_month(text: str) -> bool:
    """False when the normalised ``text`` can hold no same_month phrase (`_same_month_needles`): `_same_month_day`,
    asked at every starter that opens no date (15,700 times per 600 open articles), then finds none (g109l)."""
    return any(all(w in text for w in words) for words in _same_month_needles())


def _same_month_day(c: _Ctx, i: int, last: DateMention | None, orig: str) -> DateMention | None:
    """"وفي 4 من الشهر نفسه"، "في السابع من الشهر ذاته"، "في العاشر من نفس الشهر": that day of the month of the date
    told last (within TOLD_DAY_TOKENS; a date within one month), not the publication's month (relative_dates kind
    same_month, g108u)."""
    if last is None or last.date_start is None or last.date_end is None or i - last.tok_end > TOLD_DAY_TOKENS \
            or (last.date_start.year, last.date_start.month) != (last.date_end.year, last.date_end.month):
        return None
    d = _day_at(c, i)
    if d is None:
        return None
    day, j, rid = d
    of = c.read(j, "of", clitic=False)
    if of is None:
        return None
    sm = c.read(of[0], "same_month", clitic=False)
    if sm is None:
        return None
    try:
        date = last.date_start.replace(day=day)
    except ValueError:  # "31 من الشهر نفسه" after a month of 30 days
        return None
    s, en = c.toks[i].start, c.toks[sm[0] - 1].end
    return DateMention(s, en, orig[s:en], date, date, DAY, f"{rid}+{sm[1].rid}+{last.rule_id}", i, sm[0], last.relation)


def _date_at(c: _Ctx, i: int) -> tuple[int, _Res, str] | None:
    form = c.toks[i].norm
    ks = _kinds(form)
    if ks.isdisjoint(_PREFIX_OR_OPENING) and not "0" <= form[0] <= "9":
        # "في", "خلال": no daypart, "يوم" or other opening (what _core would find, read directly)
        r = _within_span(c, i) if "within" in ks else None
        return None if r is None else (r.end, r, r.rid)
    j = i
    pre = []
    # the kinds of the form tell without a read that a word is no daypart or "يوم"
    dp = c.read(j, "daypart") if "daypart" in ks else None
    if dp is not None:
        j = dp[0]
        pre.append(dp[1].rid)
    dw = c.read(j, ("day_word", "day_pair")) if j < c.hi and not _kinds(c.toks[j].norm).isdisjoint(_DAY_WORD_KINDS) else None
    if dw is not None and (j == i or c.toks[j].norm == dw[1].words[0]):
        r = _core(c, dw[0])
        # a dual ("يومي"، "يوما") leads only days in a row: "بشكل يومي خلال" or "قبل 40 يوما" are no lead
        if r is not None and (dw[1].kind == "day_word" or WEEKDAY_RUN in r.rid.split("+")):
            pre.append(dw[1].rid)
            return r.end, r, "+".join(pre + [r.rid])
    r = _core(c, j)
    if r is None:
        return None
    if dp is not None and dp[1].value > 0:
        r = _night_into_next(c, r, dp[1].value)
    return r.end, r, "+".join(pre + [r.rid])


def _night_into_next(c: _Ctx, r: _Res, days: int) -> _Res:
    """"منتصف ليل الاثنين": the midnight of a day reaches into the next one (relative_dates daypart value), up to
    publication."""
    if r.precision != DAY or r.start_d is None or r.start_d != r.end_d:
        return r
    end = r.start_d + dt.timedelta(days=days)
    return r if c.pub is not None and end > c.pub else r._replace(end_d=end)
