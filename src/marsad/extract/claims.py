"""Reported speech: the reporting cues that are reports, who is cited (the source, the speaker and the tokens that
are theirs, an armed body speaking through its spokesman), and the day of a statement as against the day of the act
it tells.

Used by the extraction step (step.py); moved here from it so that the step reads as the order of its rules.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Final, Mapping, Sequence

from marsad.extract import lexicons as L
from marsad.extract.scans import words
from marsad.extract.frames import Mention, definite_noun  # definite_noun: also read from here by step
from marsad.lang.ar.dates import DateMention
from marsad.lang.ar.matcher import Match
from marsad.lang.ar.tokens import has_article, in_words, with_conjunctions

SOURCE_WINDOW: Final = 3  # tokens after a reporting cue where the source's name starts
SPEAKER_WINDOW = 12  # tokens after a reporting verb within which its "إن/أن" closes the speaker
REPORT_DAY_SPEAKER = 12  # tokens from a reporting verb to the day of its statement ("أعلن ترامب الاثنين أن")
LEAD_DAY_AT = 1  # tokens a fronted statement's day may follow at the sentence's start ("وفي 10 أيار، أعلن")
STATEMENT_DAY_AT = 8  # tokens a day may follow a fronted statement phrase's opener ("وفي حديثه بمؤتمر عقد في سوتشي، الخميس")
REPORT_DAY_THAT = 2  # tokens from that day to the complementizer opening what was said (", أن")
ATTRIBUTED = ""  # claims(): a report with no speaker left to name; step drops it from claimed_by at the end


def reports(reporting: Sequence[Match]) -> list[Match]:
    """The reporting cues that are reports: a verb cue read with a proclitic verbs do not
    take ("بنقل صواريخ", "التابعة لتنظيم") is a noun of another sense."""
    verbal = words("verb_proclitic")
    return [r for r in reporting if r.payload.kind != "verb" or not r.prefix or r.prefix in verbal]


def source_tokens(toks, reporting: Sequence[Match], hi: int) -> set[int]:
    """Token positions of the source named right after a reporting cue ("بحسب X", "قالت X"). An issuer's word with
    its «عن» in the window («وفقا لبيان صادر عن وزارة الدفاع الروسية», function_words claim_through) moves the
    source's name after «عن»: the window runs SOURCE_WINDOW tokens from there (g111h: the ministry was read as the
    strike's target)."""
    out: set[int] = set()
    stop, through = words("speaker_end"), words("claim_through")
    for r in reports(reporting):
        k, end = r.end_tok, r.end_tok + SOURCE_WINDOW
        while k < hi and k < end and toks[k].norm not in stop:
            out.add(k)
            if toks[k].norm in through and k + 1 < hi and toks[k + 1].norm in words("quoted_from"):
                end = k + 2 + SOURCE_WINDOW
            k += 1
    return out


def speaker_tokens(toks, reporting: Sequence[Match], t: Match, lo: int,
                    mentions: Sequence[Mention] = ()) -> set[int]:
    """Token positions outside the reported clause of an act: a reporting verb, its subject (the
    speaker) and what came before, up to a bare "إن/أن" before the trigger ("قالت روسيا إن ...").
    A complementizer with a pronoun ("أعلن X أنه قصف"), the speaker's own forces in the complement
    ("أن طائراتها قصفت") or an armed body as speaker ("قال الجيش ... إن") keep the speaker an agent;
    an armed speaker does not stay one when what it says names another side before the act ("قال الجيش
    الروسي إن طائرتين أميركيتين ألقتا") or tells the act as suffered ("قالت الشرطة إن صواريخ سقطت")."""
    trig_start = t.start_tok
    out: set[int] = set()
    if not any(r.payload.kind == "verb" and r.end_tok <= trig_start for r in reporting):
        return out
    that, own, armed = words("that"), words("own_forces"), words("armed_speaker")
    own_t = _sorted_words("own_forces")
    for r in reporting:
        if r.payload.kind != "verb" or r.end_tok > trig_start:
            continue
        k = next((k for k in range(r.end_tok, min(r.end_tok + SPEAKER_WINDOW, trig_start))
                  if toks[k].norm in that), None)
        if k is None or k == r.end_tok:
            continue
        if any(_extends(toks[n].norm, own, own_t) for n in range(k + 1, trig_start + 1)):
            continue
        if any(toks[n].norm in armed for n in range(r.end_tok, k)) \
                and not _told_of_another(toks, mentions, r.end_tok, k, t):
            continue
        out.update(range(lo, k))
    return out


def spokesman_body(toks, affiliations: Sequence[Mention], reporting: Sequence[Match], t: Match) -> Mention | None:
    """"قال المتحدث باسم التحالف إن الطائرات قصفت": the armed body whose spokesman speaks before "إن/أن", when
    the act's subject in what is said is only a force noun (function_words own_forces), is the act's agent."""
    spokesman, that, own = L.words("spokesman"), L.words("that"), L.words("own_forces")
    own_t = _sorted_words("own_forces")
    for m in affiliations:
        if m.tok_end > t.start_tok or m.value.kind not in ("state", "nonstate", "international") \
                or not any(toks[n].norm in spokesman for n in range(max(0, m.tok_start - 3), m.tok_start)):
            continue
        if not any(r.payload.kind == "verb" and r.end_tok <= m.tok_start for r in reporting):
            continue
        k = next((k for k in range(m.tok_end, t.start_tok) if toks[k].norm in that), None)
        if k is None:
            continue
        # "إن الطائرات قصفت", "إن طائراته قصفت", "إن القوات استهدفت"
        words = [toks[n].norm.removeprefix("ال") for n in range(k + 1, min(len(toks), t.end_tok + 1))]
        if any(w in own or _extends(w, own, own_t) for w in words):
            return m
    return None


def claims(text: str, toks, reporting: Sequence[Match], agencies: Sequence[Match], triggers: Sequence[Match],
            hi: int, days: dict[int, int] | None = None) -> list[str]:
    """Who claims the sentence: agencies cited and the speaker after a reporting cue. ``days`` (start -> end
    token of each date told) ends the speaker: "قال البيت الأبيض الخميس إن" is said by the White House."""
    days = days or {}
    out: list[str] = []
    for m in agencies:
        if m.payload not in out:
            out.append(m.payload)
    stop, li = words("speaker_end"), words("speaker_li")
    told = {k for t in triggers for k in range(t.start_tok, t.end_tok)}
    rep = reports(reporting)
    attributed = False
    for r in rep:
        # speaker = the words after the cue up to a clause mark, "إن/أن", the happening told after
        # its first word ("أعلن العراق | قصف"), or 8 tokens
        j = r.end_tok
        if j in days:  # "أعلن الثلاثاء المتحدث ...": the day before the speaker is no part of it
            j = days[j]
        # the span as read before g99aj, kept only to know whether the sentence was attributed at all
        attributed = attributed or len(_speaker(text, toks, r, j, _span_end(toks, j, hi, stop, told, days, False), li)) > 2
        j = _speaker_start(toks, j, hi, triggers, rep)
        k = _span_end(toks, j, hi, stop, told, days, True)
        if any(a.start_tok < k and j < a.end_tok for a in agencies):
            continue
        if k < hi and k not in days and toks[k].norm[:1].isdigit():
            continue  # "أفاد بمقتل 15"، "نحو 100 مقاتل": the words before a count are the happening told, no speaker
        spans = [(j, k)]
        if k < hi and toks[k].norm in words("quoted_from") and (j2 := _speaker_start(toks, k, hi, triggers, rep)) < hi:
            # "نقلت الوكالة عن مصدر عسكري قوله": the source the speaker quotes claims it too
            spans.append((j2, _span_end(toks, j2, hi, stop, told, days, True)))
        for a, b in spans:
            speaker = _speaker(text, toks, r, a, b, li)
            if speaker and len(speaker) > 2 and speaker not in out and not any(speaker in o or o in speaker for o in out):
                out.append(speaker)
    # a report whose speaker span g99aj cut away (the happening told, a source's own source) is still a report:
    # it supports the event as before (step._confidence, _salience) through ATTRIBUTED, which step strips at the end
    return out[:4] or ([ATTRIBUTED] if attributed else [])


def _span_end(toks, j: int, hi: int, stop: frozenset[str], told: set[int], days: dict[int, int], cut: bool) -> int:
    """The end of the speaker's span from ``j``: a clause mark, "إن/أن", the happening told after its first word
    ("أعلن العراق | قصف"), a day, or 8 tokens; with ``cut`` (g99aj) also a number or a claim_end word."""
    k = j
    while k < hi and k - j < 8 and toks[k].norm not in stop and (k == j or k not in told) and (
            k == j or k not in days) and not (cut and _claim_stop(toks, k)):
        k += 1
    return k


def _speaker(text: str, toks, r: Match, j: int, k: int, li: frozenset[str]) -> str:
    """The speaker's words, tokens ``j``..``k``, trimmed of punctuation and of the ل a cue like "وفقا ل" puts on it."""
    if k <= j:
        return ""
    speaker = text[toks[j].start:toks[k - 1].end].strip().rstrip(".،,:؛\"«» ")
    if r.phrase.split()[-1] in li and speaker.startswith("ل"):
        speaker = speaker[1:].lstrip("ـ ")  # "وفقا لوكالة الأنباء": the agency, not "لوكالة"
    return speaker


def _claim_stop(toks, k: int) -> bool:
    """Token ``k`` ends a claimant's name (g99aj): a number ("أفاد المرصد بمقتل 8"، never part of who speaks) or
    a claim_end word ("نقلت الوكالة | عن مصدر"، "قال الجيش | الذي"، "أعلن | على تويتر") or a responsibility word
    (claim_head: "أعلن التنظيم | مسؤوليته"), but not the «عن» of
    a statement's issuer ("بيان صادر عن الجيش": claim_through before it)."""
    norm = toks[k].norm
    if norm[:1].isdigit():
        return True
    if in_words(norm, words("claim_head")):
        return True  # "أعلن تنظيم داعش | مسؤوليته عن": the responsibility claimed is no part of the claimant (g100z)
    return norm in words("claim_end") and not (k > 0 and toks[k - 1].norm in words("claim_through"))


def _speaker_start(toks, j: int, hi: int, triggers: Sequence[Match], rep: Sequence[Match]) -> int:
    """Where the speaker after a reporting cue starts, or ``hi`` when the cue has none (g99aj). "عن" + a source's
    head ("نقلت الوكالة عن مسؤول أمني") is that source; "عن" + anything else, or an indefinite happening as the
    verb's object ("أعلن عن مقتل"، "أعلنت مقتل"، "أفاد بمقتل"), is what was told, not who told it; "ما" + a
    reporting verb ("بحسب ما ذكرت الوكالة") leaves the speaker to that verb's own cue."""
    if j >= hi:
        return hi
    norm = toks[j].norm
    if norm in words("quoted_from"):
        return j + 1 if j + 1 < hi and toks[j + 1].norm in words("claim_source") else hi
    if norm in words("what_told") and any(r.start_tok == j + 1 for r in rep):
        return hi
    if any(t.start_tok == j and not definite_noun(t) and t.payload.pos == "noun" for t in triggers):
        return hi
    return j


def report_day(toks, d: DateMention, t: Match, reports: Sequence[Match], triggers: Sequence[Match]) -> bool:
    """The day of a statement, not of the happening it tells: a date between a reporting verb
    (and its speaker) and the complementizer that opens what was said ("أعلن ترامب الاثنين أن
    الهجوم الكيميائي"، "ذكرت الوزارة، الاثنين، أن الضربات استهدفت"), or a statement told after
    the happening's clause ("وكان الهجوم على دوما أثار غضبا، وذكر ترامب، الاثنين، أن ..."), or the day
    after a source named after the happening ("..., وفقا لما ذكرته الشرطة، الخميس").
    Only for a happening already known: the trigger is a definite noun, or (inside what was said)
    the clause opens with one, its verb then telling the same happening. "أن هجوما صاروخيا
    استهدف" is news of that day and keeps it, and so does a passive ("أنه تم التوصل إلى اتفاق")."""
    if t.start_tok > 0 and toks[t.start_tok - 1].norm in words("passive_aux"):
        return False
    that = words("complementizer")
    for r in reports:
        if r.payload.kind != "noun" and t.end_tok <= r.start_tok and r.end_tok <= d.tok_start \
                and d.tok_start - r.end_tok <= SOURCE_WINDOW + 2 \
                and not any(r.end_tok <= u.start_tok < d.tok_start for u in triggers):
            # "اعتقلت الشرطة أربعة رجال، وفقا لما ذكرته النيابة، الخميس": a day after the source that closes
            # the sentence is the day it was reported; a day told with the happening elsewhere wins
            return True
        if r.payload.kind != "verb" or not r.end_tok <= d.tok_start <= r.end_tok + REPORT_DAY_SPEAKER:
            continue
        k = next((k for k in range(d.tok_end, d.tok_end + REPORT_DAY_THAT + 1)
                  if k < len(toks) and toks[k].norm in that), None)
        if k is None:
            continue
        if t.end_tok <= r.start_tok:  # the happening told before the statement
            if definite_noun(t):
                return True
        elif k < t.start_tok and (definite_noun(t) or any(
                u.start_tok == k + 1 and u.start_tok <= t.start_tok and definite_noun(u) for u in triggers)):
            return True
    return False


def lead_said_day(toks, d: DateMention, t: Match, reports: Sequence[Match], sent_lo: int) -> bool:
    """A day opening the sentence right before its reporting verb ("والأربعاء، قال الجيش إن ..."، "وقبل يومين، أعلن
    الإعلام خروج ..."), the act told after that verb: the day the statement was made, fronted as its topic."""
    if (d.tok_start > sent_lo + LEAD_DAY_AT or any(toks[k].norm not in words("lead_day_opener")
                                                    for k in range(sent_lo, d.tok_start))) \
            and not _statement_phrase_day(toks, d, sent_lo):
        return False
    marks = words("clause_mark")
    for r in reports:
        if r.payload.kind == "verb" and d.tok_end <= r.start_tok and r.end_tok <= t.start_tok \
                and all(toks[k].norm in marks for k in range(d.tok_end, r.start_tok)) \
                and r.start_tok - d.tok_end <= 1:
            return True
    return False


def _statement_phrase_day(toks, d: DateMention, sent_lo: int) -> bool:
    """The sentence opens with a fronted statement phrase holding the day ("وفي بيان الخميس، قال"، "وفي حديثه بمؤتمر عقد
    في سوتشي، الخميس، قال"، "وخلال مؤتمر صحفي يوم الخميس، أعلن"): a preposition, then a statement's noun, the day
    within a few tokens. Two set look-ups at the sentence's start; asked only when the plain opener test failed."""
    if sent_lo + 1 >= len(toks) or d.tok_start > sent_lo + STATEMENT_DAY_AT:
        return False
    return in_words(toks[sent_lo].norm, words("statement_opener")) \
        and in_words(toks[sent_lo + 1].norm, words("statement_noun"))


def said_day(toks, d: DateMention, t: Match, reports: Sequence[Match], sent_lo: int | None = None) -> bool:
    """A day right after a reporting verb (and its speaker), before the complementizer opening what was said,
    the act told after that complementizer; or, the sentence's first token ``sent_lo`` given, a day opening the
    sentence right before that verb (``lead_said_day``)."""
    if sent_lo is not None and lead_said_day(toks, d, t, reports, sent_lo):
        return True
    return _day_before_that(toks, d, reports, t.start_tok)


def statement_day(toks, d: DateMention, reporting: Sequence[Match]) -> bool:
    """Day ``d`` is a statement's: right after a reporting verb (and its speaker) and before the complementizer
    opening what was said ("قال أردوغان، الاثنين، إن ..."), whatever act follows. For the lead's day (step
    ``extract``): an act told elsewhere with no day of its own happened by that day, not on it (g99c)."""
    return _day_before_that(toks, d, reports(reporting), len(toks))


def _day_before_that(toks, d: DateMention, reports: Sequence[Match], limit: int) -> bool:
    """Day ``d`` right after a reporting verb of ``reports`` (and its speaker), a complementizer within
    REPORT_DAY_THAT tokens after it and before token ``limit`` (the act's, for said_day)."""
    that = words("complementizer")
    end = min(limit, len(toks))
    if not any(toks[k].norm in that for k in range(d.tok_end, min(end, d.tok_end + REPORT_DAY_THAT + 1))):
        return False
    return any(r.payload.kind == "verb" and r.end_tok <= d.tok_start <= r.end_tok + REPORT_DAY_SPEAKER
               for r in reports) or _statement_noun_day(toks, d)


def _statement_noun_day(toks, d: DateMention) -> bool:
    """"وفي بيان أصدره التحالف، الثلاثاء، إن ..."، "في بيان نشرته الوزارة الأحد أن ...": a day after a statement
    phrase (statement_opener + statement_noun, within STATEMENT_DAY_AT tokens before it) and right before the
    complementizer is the statement's, whatever verb the phrase has (g111i). Asked only once a complementizer follows
    the day; a look-up a token, stopping at a clause break other than a comma or at an earlier complementizer."""
    opener, noun, that = words("statement_opener"), words("statement_noun"), words("complementizer")
    stop = words("clause_break") - {"،", ","}
    for j in range(d.tok_start - 1, max(0, d.tok_start - 1 - STATEMENT_DAY_AT), -1):
        w = toks[j].norm
        if w in stop or w in that:
            return False
        if in_words(w, noun) and j > 0 and in_words(toks[j - 1].norm, opener):
            return True
    return False


def verb_day(d: DateMention, t: Match, reports: Sequence[Match]) -> bool:
    """A day right after a reporting verb (and its speaker) and before the act, with no complementizer needed: the
    act is the verb's object ("أعلنت الوزارة يوم الجمعة مقتل القائد إثر ضربة ... الخميس"، "نشر الجيش الجمعة صورا للمواقع
    التي قصفها ليل الأربعاء"). Only asked when the act has a day of its own told close after it (step
    ``_past_statement_day``): then this one is the day the statement was made or published."""
    return d.tok_end <= t.start_tok and any(
        r.payload.kind == "verb" and r.end_tok <= d.tok_start <= r.end_tok + REPORT_DAY_SPEAKER for r in reports)


def _told_of_another(toks, mentions: Sequence[Mention], spk_lo: int, that_at: int, t: Match) -> bool:
    """Whether the clause an armed speaker (tokens ``spk_lo``..``that_at``) reports names a side other than the
    speaker before the act, or tells the act as suffered (function_words suffered: "سقطت"، "تعرضت"): then the
    speaker only reports what others did to it or near it."""
    own = {m.value.id for m in mentions if spk_lo <= m.tok_start < that_at}
    if any(that_at < m.tok_start < t.start_tok and m.value.id not in own for m in mentions):
        return True
    suffered = words("suffered")
    return any(in_words(toks[n].norm, suffered) for n in range(that_at + 1, min(len(toks), t.end_tok)))


@lru_cache(maxsize=None)
def _sorted_words(group: str) -> tuple[str, ...]:
    """A function-word group as a tuple, for one ``str.startswith`` call over all its words."""
    return tuple(sorted(words(group)))


def _extends(norm: str, words: frozenset[str], words_t: tuple[str, ...]) -> bool:
    """``norm`` is one of ``words`` with something after it ("طائراتها" from "طائرات")."""
    return norm.startswith(words_t) and any(norm != w and norm.startswith(w) for w in words_t)


CLAIMANT_AT = 3  # tokens after a claim verb where the claimant's name starts ("تبنى تنظيم "الدولة ...": a quote between)
CLAIM_HEAD_AT = 3  # tokens after the claimant's name where «مسؤوليته» stands ("أعلن الحرس الثوري، الأحد، مسؤوليته")


def responsibility_claims(toks, actors: Sequence[Mention], days: frozenset[int] = frozenset(),
                          acts: Mapping[int, int] | None = None) -> list[tuple[int, Mention, int]]:
    """(token, claimant, what it names: _claims_told) of each claim of responsibility in the document (g100z): an armed group named right after
    «تبنى/تبناه» (claim_verb), or after «أعلن» (claim_announce) with «مسؤوليته/المسؤولية» (claim_head) right after
    the name. A negated verb («لم تعلن أي جهة مسؤوليتها»، «لم تتبن») claims nothing; a denial («نفى مسؤوليته») has
    neither verb. Only non-state groups claim here: a state's own reading stands where it is read, and «تبني» is
    also a noun («تبني مجلس الأمن قرارا»). One pass over the actor mentions, a look-up each."""
    verbs, announce = with_conjunctions(words("claim_verb")), with_conjunctions(words("claim_announce"))
    heads, negators = with_conjunctions(words("claim_head")), words("claim_negator")
    acts = acts or {}
    own = with_conjunctions(words("claim_verb_object"))
    out: list[tuple[int, Mention, int]] = []
    for m in actors:
        if m.value.kind != "nonstate":
            continue
        lo = max(0, m.tok_start - CLAIMANT_AT)
        v = next((k for k in range(m.tok_start - 1, lo - 1, -1)
                  if toks[k].norm in verbs or toks[k].norm in announce), None)
        if v is None or any(toks[k].norm[:1].isalnum() for k in range(v + 1, m.tok_start)):
            continue  # only punctuation between the verb and the name
        if v > 0 and toks[v - 1].norm in negators:
            continue
        head = _claim_head(toks, m.tok_end, heads, days)
        if toks[v].norm not in verbs and head is None:
            continue
        told = _claims_told(toks, m.tok_end if head is None else head + 1, acts)
        if told == CLAIM_TOLD and toks[v].norm in own:
            told = CLAIM_UNTOLD  # «هجوم تبناه تنظيم داعش»: the pronoun is its own sentence's attack (review 3, item 3)
        out.append((v, m, told))
    return out


def _claim_head(toks, lo: int, heads: frozenset[str], days: frozenset[int]) -> int | None:
    """The «مسؤوليته» (claim_head) right after a claimant's name ending at ``lo``, with only punctuation and a day
    told between («أعلن تنظيم داعش، الأحد، مسؤوليته»), within CLAIM_HEAD_AT words; any other word between
    («تحميلها النظام مسؤولية»، «عدم مسؤوليتها»، «أن لا مسؤولية») is blame or denial, no claim (review 3, item 1)."""
    words = 0
    for k in range(lo, len(toks)):
        norm = toks[k].norm
        if norm in heads:
            return k
        if not norm[:1].isalnum():
            continue  # commas are tokens: «داعش، الأحد، مسؤوليته»
        words += 1
        if k not in days or words >= CLAIM_HEAD_AT:
            return None
    return None


CLAIMED_AT = 3  # tokens after the claimant (or «مسؤوليته») where what it claimed is named
CLAIM_UNTOLD = 0  # _claims_told: the claim names nothing told; it may claim an attack of its own sentence only
CLAIM_TOLD = 1  # ... names a happening already told («مسؤوليته عن الهجوم»): it may reach the sentences before
CLAIM_NEW = 2  # ... names a new act («تبنى التنظيم هجوما آخر»): it claims no attack told elsewhere, nor its sentence's


def _claims_told(toks, lo: int, acts: Mapping[int, int]) -> int:
    """What the claim names after the claimant (or «مسؤوليته») at ``lo`` (g100z; review 3, items 2-4): CLAIM_TOLD for
    «عنه/عنها» (claim_about), «عن» (claim_of) + a definite noun or + a trigger in construct («مسؤوليته عن تفجير
    السيارة»), or a definite noun after «تبنى X» («وتبنى داعش الهجمات»), a relative pronoun («الذي») being none;
    CLAIM_NEW for an indefinite trigger as the object («تبنى التنظيم هجوما آخر»); else CLAIM_UNTOLD («عن اثنين منها»).
    ``acts`` maps each trigger's first token to its end."""
    about, of, rel = words("claim_about"), words("claim_of"), words("relative")
    n = len(toks)
    for k in range(lo, min(n, lo + CLAIMED_AT)):
        norm = toks[k].norm
        if norm in about:
            return CLAIM_TOLD
        if norm in of:
            if k + 1 >= n:
                return CLAIM_UNTOLD
            nxt, end = toks[k + 1].norm, acts.get(k + 1)
            if has_article(nxt) and nxt not in rel or end is not None and end < n and has_article(toks[end].norm):
                return CLAIM_TOLD
            return CLAIM_UNTOLD
        if norm[:1].isalnum():
            if has_article(norm) and norm not in rel:
                return CLAIM_TOLD
            return CLAIM_NEW if k in acts else CLAIM_UNTOLD
    return CLAIM_UNTOLD
