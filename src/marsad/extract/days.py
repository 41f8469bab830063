"""Which day a sentence's dates tell: the since-spans (a start point, a running total's, a gap since the last such
happening, a span counted forward from another happening) and the coming weekday (a bare weekday a future verb or cue
before it makes the next one; a range running past the report; an agreement told as made on its day).

Used by the extraction step (step.py); moved here from it so that the step reads as the order of its rules.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache
from typing import Any, Final, NamedTuple, Sequence

from marsad.extract import lexicons as L
from marsad.extract.scans import holds_any as _holds_any, word_back_in_clause, words
from marsad.lang.ar.dates import DAY, MONTH, WEEK, DateMention, date_word
from marsad.lang.ar.matcher import Match
from marsad.lang.ar.tokens import in_words, with_conjunctions
from marsad.tables import load_table

COMING_DAY = "wd-coming"  # rule id: a bare weekday a future verb or cue before it makes the coming one
COMING_WINDOW = 8  # tokens back from a bare weekday to the future verb or cue governing it
COMING_PAST_WINDOW = 4  # tokens back from that cue to a word telling it of the past ("قبل أن"، "وكان من المتوقع أن")
ONGOING_SINCE_DAYS = 3  # "منذ صباح الاثنين": a since-day this close to publication starts an ongoing happening
ONGOING_WEEK_DAYS = 7  # "منذ ظهر الأربعاء" a few days back: still an ongoing happening when no dead are counted (g98r)
SINCE_RECENT_DAYS = 2  # "منذ ليل الجمعة", "منذ صباح اليوم": a day's toll, not a campaign's
FIRST_SINCE_WINDOW = 8  # "في أعنف موجة هجمات للتنظيم في سوريا منذ": the superlative a few words before its "since"
AGREEMENT_MADE_GAP = 2  # tokens between an agreement noun and the verb that made it ("اتفاق أبرمته روسيا")
MADE_DAY_GAP = 6  # tokens between that verb and the day it tells ("أعلنت عنه دمشق الأحد")
COMPARED_SPAN_DAYS = 31  # a period longer than this after a superlative is what the happening is weighed against
COMPARED_RECENT_DAYS = 7  # ... when it runs up to (at most this close to) the report: "في السنوات الأخيرة"، "هذا العام"
AGO_BEFORE: Final = "rd-ago1+"  # relative_dates.tsv: "قبل" + a count ("قبل 12 يوما")
SINCE_OPENED_WINDOW = 5  # tokens back from "قبل" to the "منذ" whose start it dates ("منذ بدء القصف المكثف عليها قبل")
SINCE_PHRASE_REACH = 5  # tokens back from a date to the "منذ" whose phrase it closes ("منذ بدء الصراع السوري عام 2011")
NEXT_DAY = "wd-lead-next"  # rule id: a bare weekday of the lead naming the day after publication is that day
NEXT_DAY_LEAD_CHARS = 400  # the lead: where a report tells its own news's day (as step.LEAD_CHARS)
OTHER_RELATIVE_REACH = 12  # tokens from a relative pronoun to the bare year its clause tells (g100b)


def since_span(d: DateMention, published: dt.date | None) -> str | None:
    """How far back a since-day lies: "day" at most ONGOING_SINCE_DAYS before publication (the start of what goes on,
    not of a tally), "week" ONGOING_SINCE_DAYS+1..ONGOING_WEEK_DAYS before ("قصف عنيف منذ ظهر الأربعاء" read on the
    Monday: the start of a bombardment or battle still going on, when its sentence counts no dead or wounded; the
    caller tests that, since in the 2018 corpus such days with a count were tallies: "أوقع 27 قتيلا منذ الثلاثاء"),
    else None. One day subtraction, shared by both spans."""
    if published is None or d.precision != 1 or d.date_start is None:
        return None
    back = (published - d.date_start).days
    if 0 <= back <= ONGOING_SINCE_DAYS:
        return "day"
    return "week" if ONGOING_SINCE_DAYS < back <= ONGOING_WEEK_DAYS else None


def counted_from(toks, d) -> bool:
    """"فبعد خمسة أعوام على تفجير ...، ألقت ... القبض": a span forward from another happening (span_link after it),
    not a day counted from publication: it dates nothing told in the sentence."""
    return d.relation == "future" and d.tok_end < len(toks) and toks[d.tok_end].norm in words("span_link")


def long_since(toks, a: int, b: int, dates: Sequence[DateMention], published: dt.date | None) -> bool:
    """Sentence ``a..b`` counts from a start point more than SINCE_RECENT_DAYS back ("منذ 18 شباط"، "منذ بدء
    الهجوم"، "منذ شنت القوات"): its toll is a running total. Not a superlative's "since" ("الحصيلة الأعلى منذ ..."),
    nor one only minutes or hours after its start ("ومنذ بدء الهدنة بدقائق، قتل ...": moments_after, review g103k)."""
    since, first = words("since"), words("first_since")
    for k in range(a, b):
        if toks[k].norm not in since or any(toks[j].norm in first for j in range(max(a, k - FIRST_SINCE_WINDOW), k)):
            continue
        if moments_after(toks, k + 1, b):
            continue
        d = next((d for d in dates if d.tok_start in (k, k + 1)), None)
        if d is None or d.date_start is None or published is None \
                or (published - d.date_start).days > SINCE_RECENT_DAYS:
            return True
    return False


MOMENTS_REACH = 5  # tokens after a since cue to its "بدقائق" ("منذ بدء إعلان التوقف الإنساني بدقائق": three between)


def moments_after(toks: Sequence[Any], k: int, b: int) -> bool:
    """"ومنذ بدء الهدنة بدقائق، ذكر ناشطون قصفا ...": minutes or hours (function_words moments_after) told within
    MOMENTS_REACH tokens from token ``k`` (right after a since cue; the sentence ends before ``b``), before any comma,
    make it a point in time (only minutes after that start), no running total (lead, s34): neither the day's context
    (step's since cues) nor a toll counted since (long_since). Runs only on a sentence's "since" words; at most five
    word look-ups each."""
    moments, stop = words("moments_after"), words("clause_mark")
    for j in range(k, min(b, k + MOMENTS_REACH)):
        norm = toks[j].norm
        if norm in moments:
            return True
        if norm in stop:
            return False
    return False


def is_since(toks, d) -> bool:
    """A date preceded by "منذ" is a start point ("منذ 18 شباط"), not the event's date; so is one counted back
    ("قبل 12 يوما") that closes a since-phrase of its own clause ("منذ بدء تنفيذها قبل 12 يوما"): the day the
    counted-from happening began, not the day of the happenings told beside it."""
    k = d.tok_start - 1
    since = words("since")
    if k >= 0 and toks[k].norm in since:
        return True
    if d.rule_id.startswith(AGO_BEFORE) and d.relation == "past":
        return _since_opened(toks, d.tok_start)
    return _told_weekday(d.rule_id) and _since_phrase_closed(toks, d.tok_start)


WEEKDAY_TOLD_MAX = 4096  # rule ids remembered by _told_weekday (combined ids are few; a bound all the same)


@lru_cache(maxsize=WEEKDAY_TOLD_MAX)
def _told_weekday(rid: str) -> bool:
    """A date told by its weekday ("يوم الخميس"، "الاثنين الماضي"). A since-phrase closed by a day of the month
    ("منذ توصل موسكو وأنقرة في 17 من الشهر الماضي إلى اتفاق") more often names the day of an event told in it,
    so those are left as they were. Cached by rule id (a few hundred in a corpus; no module dict: review s32,
    item 11)."""
    ids = _weekday_id_set()
    return any(p in ids for p in rid.split("+"))


def _since_phrase_closed(toks, k: int) -> bool:
    """A day closing a since-phrase opened by a noun ("منذ التصعيد على المنطقة يوم الخميس"، "منذ تفجرت موجة
    الاحتجاجات الاثنين الماضي"): the day that happening began, not the day of the happenings told beside it. The word after "منذ" must be
    a plain word (no number or date word: "منذ أيام" is a span of its own, and a day after it is another's)."""
    since, breaks = words("since"), words("clause_break")
    for j in range(k - 1, max(-1, k - 1 - SINCE_OPENED_WINDOW), -1):
        w = toks[j].norm
        if w in breaks or w.isdigit():
            return False
        if w in since:
            return j + 1 < k and toks[j + 1].is_word and not date_word(toks[j + 1].norm)
    return False


def _since_opened(toks, k: int) -> bool:
    """A since-word within SINCE_OPENED_WINDOW tokens before ``k``, in its clause."""
    return word_back_in_clause(toks, k, max(0, k - SINCE_OPENED_WINDOW), words("since"), words("clause_break"))


def gap_since(toks, d) -> bool:
    """"للمرة الأولى منذ 4 أيام"، "الأعنف منذ أسبوع": how long since the last such happening, not this one's day.
    So is a date closing such a since-phrase ("أعنف الضربات منذ بدء الصراع السوري في 2011"، "تصعيد غير مسبوق منذ
    اندلاع الحرب عام 2011", g108h): superlative_since."""
    k = d.tok_start
    return (toks[k].norm in words("since") and _first_before(toks, k)) or superlative_since(toks, k)


def _first_before(toks, k: int) -> bool:
    """A superlative or "first" (function_words first_since) within FIRST_SINCE_WINDOW tokens before ``k``."""
    first = words("first_since")
    return any(toks[j].norm in first for j in range(max(0, k - FIRST_SINCE_WINDOW), k))


def superlative_since(toks, k: int) -> bool:
    """Token ``k`` (a date or a year) closes a since-phrase of its clause opened at most SINCE_PHRASE_REACH tokens
    before it by a «منذ» that a superlative comes before ("أعنف الضربات الإسرائيلية منذ بدء الصراع السوري في 2011"):
    the start of what the happening is weighed against, not its day (g108h). A since-phrase with no superlative
    ("منذ بدء الصراع عام 2011") stays a running total's start (is_since, long_since)."""
    since, breaks = words("since"), words("clause_break")
    for j in range(k - 1, max(-1, k - 1 - SINCE_PHRASE_REACH), -1):
        w = toks[j].norm
        if w in breaks:
            return False
        if w in since:
            return _first_before(toks, j)
    return False


def compared_period(toks, d: DateMention, published: dt.date | None) -> bool:
    """"من بين الأهم ... في السنوات الأخيرة"، "لأعنف قصف لها منذ سنوات": a period running up to the report, told a few
    words after a superlative (function_words first_since), is what the happening is weighed against, not its day.
    A period that ended before ("أعنف هجوم خلال العام الماضي") may be when it happened: kept."""
    if published is None or d.date_start is None or d.date_end is None:
        return False
    if (d.date_end - d.date_start).days <= COMPARED_SPAN_DAYS \
            or (published - d.date_end).days > COMPARED_RECENT_DAYS:
        return False
    first = words("first_since")
    return any(toks[j].norm in first for j in range(max(0, d.tok_start - FIRST_SINCE_WINDOW), d.tok_start))


def opens_since(toks, d) -> bool:
    """"منذ أسبوع" tells how long one happening has gone on: no date for the others of the document."""
    return toks[d.tok_start].norm in words("since")


def since_marked(toks, d) -> bool:
    """Date mention ``d`` opens on «منذ» or follows it («منذ أسابيع»): opens_since, or is_since's first test alone
    (no counted-back day or weekday closing a since-phrase). Moved here from step.py (review s32, item 12)."""
    since = words("since")
    return toks[d.tok_start].norm in since or (d.tok_start > 0 and toks[d.tok_start - 1].norm in since)


def since_date(toks, dates) -> bool:
    """A since-date in a sentence with numbers marks a running total."""
    return any(is_since(toks, d) for d in dates)


def coming(toks, d: DateMention, published: dt.date | None) -> DateMention:
    """"من المقرر أن يبدأ تنفيذ الاتفاق صباح السبت"، "اتفاق يبدأ سريانه منتصف ليل الجمعة": a weekday told
    alone is the last one, unless a future verb or cue of its clause comes right before it: then the coming
    one (the day of what is to be, not of a past happening)."""
    if published is None or d.relation != "unknown" or d.date_start is None or d.date_start >= published \
            or not _bare_weekday(d.rule_id) or _coming_cue(toks, d.tok_start) is None:
        return d
    assert d.date_end is not None  # a mention has both days or neither
    ahead = dt.timedelta(days=7)
    return replace(d, date_start=d.date_start + ahead, date_end=d.date_end + ahead, relation="future",
                   rule_id=f"{d.rule_id}+{COMING_DAY}")


def lead_next_day(toks, d: DateMention, published: dt.date | None) -> DateMention:
    """"قالت صحيفة ديلي تليغراف، الخميس، إن ..." published on a Wednesday: a bare weekday told in the lead that
    names the day after publication is that day or publication's, not the one six days back. Sites stamp a report by their own
    time zone, a night earlier than the Arab day it tells ("استهدفت ... ليل الاثنين" stamped Sunday), and a
    lead's news is not a week old (that one is "الخميس الماضي"); a coming day is the next one anyway. Not a
    since-day ("منذ يوم الجمعة" is the last Friday)."""
    if published is None or d.relation != "unknown" or d.date_start is None or d.date_end is None \
            or d.start >= NEXT_DAY_LEAD_CHARS or not _bare_weekday(d.rule_id) \
            or (published - d.date_start).days != 6 or opens_since(toks, d) or _since_before(toks, d.tok_start):
        return d
    # publication and the day after: the report's own stamp, or the Arab day it names (no later, else the
    # happening would read as still to come and be dropped)
    return replace(d, date_start=published, date_end=published + dt.timedelta(days=1), rule_id=f"{d.rule_id}+{NEXT_DAY}")


def _since_before(toks, k: int) -> bool:
    """"منذ الجمعة"، "منذ يوم الجمعة" (read as "منذ يوم" + "الجمعة"): a since-word before the weekday, over "يوم"."""
    k -= 1
    if k >= 0 and toks[k].norm in words("day_word_before"):
        k -= 1
    return k >= 0 and toks[k].norm in words("since")


def next_day_told(d: DateMention, published: dt.date | None) -> bool:
    """A lead's weekday read by ``lead_next_day``: it may run one day past publication."""
    return published is not None and d.rule_id.endswith(NEXT_DAY) and d.date_start == published


def _bare_weekday(rid: str) -> bool:
    """A date read from a weekday alone, or with a part of its day ("صباح السبت", "ليل الأحد الاثنين"): no modifier,
    day offset or date of its own."""
    parts = rid.split("+")
    return parts[-1] in ("wd-pair",) + _weekday_ids() and all(
        p.startswith(("wd-", "rd-dp", "rd-day")) for p in parts)


@lru_cache(maxsize=1)
def _weekday_ids() -> tuple[str, ...]:
    return tuple(r["id"] for r in load_table("weekdays.tsv", required=("id",)))


@lru_cache(maxsize=1)
def _weekday_id_set() -> frozenset[str]:
    """_weekday_ids as a set: one look-up per part of a rule id, not a tuple scan."""
    return frozenset(_weekday_ids())


@lru_cache(maxsize=1)
def _coming_cues() -> frozenset[str]:
    return with_conjunctions(words("coming"))


def _coming_cue(toks, k: int) -> int | None:
    """The token of a coming cue (function_words.tsv coming: "المقرر"، "يبدأ"، "سيبدأ") within COMING_WINDOW tokens
    before ``k``, in its clause, or None. Not any "س" + imperfect: "سيطرت السبت"، "سيبان حمو الاثنين"."""
    cues, breaks = _coming_cues(), words("clause_break")
    for j in range(k - 1, max(-1, k - 1 - COMING_WINDOW), -1):
        w = toks[j].norm
        if w in breaks:
            return None
        if w in cues:
            # "قبل أن تبدأ قصفا الخميس"، "وكان من المقرر أن يدخلوا يوم الأربعاء": a sequence or a plan told of the past
            return None if _holds_any(toks, max(0, j - COMING_PAST_WINDOW), j, words("coming_past")) else j
    return None


def coming_after(toks, d: DateMention, t: Match, any_future: bool = False) -> bool:
    """``d`` is a coming day (COMING_DAY) whose future verb or cue stands after trigger ``t``. With
    ``any_future`` (an agreement's trigger) any future day counts: "التوصل إلى اتفاق لإجلاء المقاتلين، على أن
    يبدأ تنفيذه غدا" tells when the deal's terms start, not a deal still to come."""
    if d.relation != "future" or not (any_future or d.rule_id.endswith(COMING_DAY)):
        return False
    k = _coming_cue(toks, d.tok_start)
    return k is not None and k >= t.end_tok


TERMS_DAY_REACH = 30  # tokens from an agreement's trigger to a future day in its terms clause


@lru_cache(maxsize=1)
def _terms_cues() -> frozenset[str]:
    return with_conjunctions(words("terms_clause"))


@lru_cache(maxsize=2)
def _word_pairs(group: str) -> frozenset[tuple[str, str]]:
    """Two-word openers of a function_words group (terms_pair: "على أن" a deal's terms; later_pair: "قبل أن" a
    later clause), normalised, the first word also with a conjunction ("وعلى أن"، "وقبل أن")."""
    pairs: set[tuple[str, str]] = set()
    for row in words(group):
        first, second = row.split()
        pairs.update((f, second) for f in with_conjunctions(frozenset([first])))
    return frozenset(pairs)


def terms_day(toks, d: DateMention, t: Match) -> bool:
    """``d`` is a future day told after agreement trigger ``t`` past a word opening the deal's terms ("يقضي"،
    "ينص"، "على أن"): "توقيع اتفاق تسوية ... على أن تدخل القوات البلدة الأسبوع المقبل" dates a term; the deal
    itself was made (proposals and talks keep their own modality cues)."""
    if d.relation != "future" or not 0 <= d.tok_start - t.end_tok <= TERMS_DAY_REACH:
        return False
    cues, pairs = _terms_cues(), _word_pairs("terms_pair")
    for j in range(t.end_tok, d.tok_start):
        w = toks[j].norm
        if w in cues or (j + 1 < d.tok_start and (w, toks[j + 1].norm) in pairs):
            return True
    return False


def later_clause_day(toks, d: DateMention, t: Match) -> bool:
    """``d`` is told after trigger ``t`` past a word pair opening a later clause ("قبل أن"): "مما أسفر عن مقتل
    تسعة، قبل أن يعلن، اليوم الأربعاء، ارتفاع عدد القتلى" dates the announcement, not the strike; "وأقدم محتجون على
    إحراق مكاتب، قبل أن يعود الهدوء السبت" the calm, not the burning (g109a). Cost: a pair look-up per token between
    the trigger and a single day told after it."""
    if d.tok_start <= t.end_tok or d.precision != 1 or d.date_start != d.date_end:
        # a span («خلال الساعات الفائتة»، «مطلع هذا العام») may hold the act before «قبل أن» too
        return False
    pairs = _word_pairs("later_pair")
    return any((toks[j].norm, toks[j + 1].norm) in pairs for j in range(t.end_tok, d.tok_start - 1))


EARLIER_CLAUSE_REACH: Final = 8  # tokens from the trigger to its own day in its clause ("الغارات التركية على المدينة صباح اليوم")


def earlier_clause_day(toks, d: DateMention, t: Match, dated: Sequence[DateMention]) -> bool:
    """``d`` is a single day told before trigger ``t`` in an earlier clause that a comma and a conjunction close
    ("، وأسفرت")، while another single day follows ``t`` closely in its own clause: "وكانت القوات قد أحكمت الطوق على
    المدينة أمس، وأسفرت الغارات على المدينة صباح اليوم الأربعاء عن مصرع خمسة" dates the strikes by that morning, not
    by the encirclement's yesterday, however near that word stands (g110e). Cost: a scan of the few tokens between
    the day and the trigger, then of those after it, only when a day follows."""
    if d.tok_end > t.start_tok or d.precision != 1 or d.date_start is None or d.date_start != d.date_end:
        return False
    breaks = words("clause_break")
    own = [e for e in dated if e.tok_start >= t.end_tok and e.precision == 1 and e.date_start is not None
           and e.date_start == e.date_end and e.date_start != d.date_start
           and e.tok_start - t.end_tok <= EARLIER_CLAUSE_REACH
           and not any(toks[k].norm in breaks for k in range(t.end_tok, e.tok_start))]
    if not own:
        return False
    return any(toks[k].norm in ("،", ",") and toks[k + 1].norm.startswith("و") and len(toks[k + 1].norm) > 2
               for k in range(d.tok_end, t.start_tok))


def year_of_other_relative(toks, d: DateMention, t: Match) -> int:
    """``d`` is a bare year told inside a relative clause that opens after verb trigger ``t`` and describes one of
    its arguments ("أوقفت المخابرات أحد المشتبه بهم في الاعتداء الذي استهدف المدينة في عام 2013"، "شنه الحرس الذي
    أسس الحزب عام 1982"): the year is that noun's history, not the act's (g100b). A clause break between the pronoun
    and the year ends the relative clause, so a year after it may be the verb's again. Returns the pronoun's token
    (the clause runs from it to the year), or -1."""
    if d.tok_start <= t.end_tok or d.date_start is None or d.date_end is None \
            or (d.date_end - d.date_start).days < 364:
        return -1
    rel, breaks = words("relative"), words("clause_break")
    # back from the year to the verb, at most OTHER_RELATIVE_REACH tokens: a pronoun farther off is none of it
    for k in range(d.tok_start - 1, max(t.end_tok, d.tok_start - OTHER_RELATIVE_REACH) - 1, -1):
        w = toks[k].norm
        if w in breaks:
            return -1
        if w in rel:
            return k
    return -1


def past_report_end(ds: dt.date | None, de: dt.date | None, published: dt.date | None) -> bool:
    """A range of more than two days running past the publication day that it starts before or on."""
    return (published is not None and ds is not None and de is not None and ds <= published < de
            and (de - ds).days > 1)


def made_on_a_day(t: Any, tdef: Any, made: Sequence[Any], dates: Sequence[Any], day_only: bool = False) -> bool:
    """"بموجب اتفاق أبرمته روسيا وتركيا الثلاثاء": an agreement a terms cue frames is still told as made on its
    day when the verb that made it and a day follow it closely. ``day_only``: a date told by its day only, not
    "مطلع مايو" (asked for the aim and background frames, g100u: a part of a month there is the deal recalled)."""
    if tdef.sub_event_type != "Agreement":
        return False
    for c in made:
        if 0 <= c.start_tok - t.end_tok <= AGREEMENT_MADE_GAP and any(
                0 <= d.tok_start - c.end_tok <= MADE_DAY_GAP and (not day_only or d.precision == DAY) for d in dates):
            return True
    return False


# --- an act dated from an anchor happening (g102k) -------------------------------------------------------------------
ANCHOR_REACH = 20  # tokens from the span's «من/على» to the anchor's day («بعد أيام من إعلان حركتي ... في 18 فبراير»)
ANCHOR_EXACT = "anchor-day-74500"  # «بعد أسبوع من هجوم 10 فبراير، سيطرت»: the act's day is the anchor's plus the span
ANCHOR_VAGUE = "anchor-days-74501"  # «بعد أيام من ... 18 فبراير»: the days after the anchor's, up to the span or the report
ANCHOR_LEAD = "anchor-lead-74503"  # the lead's day so counted dates the document's undated acts


class Anchored(NamedTuple):
    opener: int  # token of «بعد/قبل» opening the span
    day: DateMention  # the day of an act told outside the anchor phrase


def anchored_day(toks, d: DateMention, numbers: Sequence[Any], published: dt.date | None) -> Anchored | None:
    """Day ``d`` dates an anchor happening a counted span of days or weeks after it is told from («بعد يومين من
    هجوم 10 فبراير»، «بعد أيام قليلة من إعلان ... في 18 فبراير»): the day of an act told outside that phrase is the
    anchor's plus the span; a plural span with no number («أيام») gives the days after the anchor's up to the span's
    length or publication. Hours («بعد ساعات من») stay within the day told; months and years are not counted
    (anniversaries); a day in a «منذ» phrase is read elsewhere (days.is_since). «قبل يومين من» is left: it is as often
    «تمكنت قبل يومين من السيطرة» (two days ago), and «قبل يومين» is read as a day of its own. A scan of at most
    ANCHOR_REACH tokens back from a day, once per date mention."""
    if published is None or d.date_start is None or d.date_end is None or d.precision != DAY \
            or d.date_start != d.date_end or d.date_end > published:
        return None
    breaks, link, few, since = words("clause_break"), words("span_link"), words("span_few"), words("since")
    ends = words("sentence_end")
    units = L.span_units()
    for j in range(d.tok_start - 1, max(0, d.tok_start - ANCHOR_REACH) - 1, -1):
        w = toks[j].norm
        if w in breaks or w in ends or in_words(w, since):
            return None  # another clause, or «منذ 20 كانون الثاني»: the start of what goes on
        if w not in link or j < 2:
            continue
        u = j - 1 if toks[j - 1].norm in units else (j - 2 if toks[j - 1].norm in few and toks[j - 2].norm in units
                                                      else -1)
        if u < 1:
            continue
        per, count, vague = units[toks[u].norm]
        num = next((n for n in numbers if n.tok_end == u and isinstance(n.value, int)), None)
        if num is not None:
            count, vague = num.value, False
        opener = num.tok_start - 1 if num is not None else u - 1
        if opener < 0:
            return None
        if not in_words(toks[opener].norm, L.after_words()) or count < 1:
            return None
        step = dt.timedelta(days=count * per)
        if not vague:
            start = end = d.date_start + step
            rid = ANCHOR_EXACT
        else:
            start, end = d.date_start + dt.timedelta(days=1), min(published, d.date_start + step)
            rid = ANCHOR_VAGUE
        if end > published or start > end:
            return None  # "بعد أسبوع من" a day of the last week: told ahead, or the report's own days
        prec = DAY if start == end else (WEEK if (end - start).days < 7 else MONTH)
        return Anchored(opener, DateMention(d.start, d.end, d.text, start, end, prec, f"{d.rule_id}+{rid}",
                                            d.tok_start, d.tok_end, "past"))
    return None


def anchored_days(toks, dates: Sequence[DateMention], numbers: Sequence[Any],
                  published: dt.date | None) -> dict[int, Anchored]:
    """The anchored reading (``anchored_day``) of each date mention that has one, by its first token."""
    out: dict[int, Anchored] = {}
    for d in dates:
        a = anchored_day(toks, d, numbers, published)
        if a is not None:
            out[d.tok_start] = a
    return out


def outside_anchor(toks, t: Match, a: Anchored, sent_lo: int) -> bool:
    """Trigger ``t`` tells an act the anchor phrase ``a`` dates, not the anchor itself: it stands before «بعد/قبل»
    («سيطرت القوات على البلدة بعد يومين من هجوم 10 فبراير»), or the phrase opens its sentence and ``t`` follows it
    past a clause break («بعد أسبوع من هجوم 10 فبراير، سيطرت»). A trigger between them, or right after the day in
    the same clause («ضربات نفذتها ... فجر السبت ودمرت»), is the anchor's own act."""
    if t.end_tok <= a.opener:
        return True
    if a.opener != sent_lo or t.start_tok < a.day.tok_end:
        return False
    breaks = words("clause_break")
    return any(toks[k].norm in breaks for k in range(a.day.tok_end, t.start_tok))
