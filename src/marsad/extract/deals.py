"""The deal behind a withdrawal or evacuation told under it (g101f).

"وبدأ المسلحون السبت الانسحاب من الجيب بموجب اتفاق مع الحكومة": the report tells the deal only through what is done
under it, so the agreement noun is dropped as the act's terms, yet a coder codes the deal (ACLED Agreement) at the
place of the withdrawal, between the sides the phrase names. This module reads that deal phrase; the extraction step
(step.py ``_deal_behind``) makes the Agreement from the transfer event it belongs to.

``deal_phrase`` is called only for a transfer of territory whose sentence holds a deal_under cue (a few sentences of
a few documents); ``made_by_side`` for every Agreement noun trigger (g102c); ``deal_between`` for an Agreement noun
that ends a deal_under cue (g103g). Each is one plain scan of at most
PHRASE_REACH tokens after the noun; the module is kept out of the compiled ones.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Sequence

from marsad.extract import lexicons as L
from marsad.lang.ar.tokens import in_words

DEAL_UNDER = "deal_under"  # trigger_cues.tsv: «بموجب اتفاق»، «وفقا للاتفاق»، «تنفيذا لاتفاق» ...
MADE = "agreement_made"  # trigger_cues.tsv: a verb that made the deal («أبرمته»، «تم التوصل إليه»، «أعلن»)
DEAL_REACH = 12  # tokens from a deal cue told before the transfer's trigger to it (as step.DEAL_WINDOW)
PHRASE_REACH = 8  # tokens after the deal noun where its sides, kind, maker or day are told
TRUCE_REACH = 3  # tokens after the deal noun where a truce word makes it a ceasefire's terms
PARTY_REACH = 3  # tokens after the deal noun where «مع/بين» opens its sides («اتفاق إجلاء مع الحكومة»)
OLD_DAYS = 30  # a deal told with a date more than this before the withdrawal is an old one retold
CLAUSE_END = frozenset({"،", ",", ".", "؛", ";", ":", "(", ")"})


@dataclass
class DealPhrase:
    """A deal noun a transfer is told under and what its phrase tells: the actors named in it, in order, and the
    deal's own date when a verb that made it tells one («الذي أبرم الأسبوع الماضي»، «تم إعلانه في 20 من الشهر»)."""
    noun: int  # token index of the deal noun
    parties: list[Any]  # actor values (lexicons.Actor) named in the phrase
    day: Any  # DateMention or None


@dataclass
class MadeSide:
    """What ``made_by_side`` reads: the armed group's mention that is a side of the making, and the deal's own day when
    one is told after the verb that made it, inside its phrase («الذي أبرمته الفصائل مع روسيا الأحد»), else None."""
    side: Any  # Mention
    day: Any  # DateMention or None


def _truce_or_unmade(words: Sequence[str]) -> bool:
    """The words after a deal noun (``words``) tell a truce's terms (deal_truce within TRUCE_REACH: «بموجب اتفاق وقف
    إطلاق النار») or a deal told old or not made (deal_unmade: «اتفاق سابق»، «المقترح»): no deal a coder codes here
    (deal_phrase, made_by_side, deal_between)."""
    return bool(L.words("deal_truce").intersection(words[:TRUCE_REACH]) or L.words("deal_unmade").intersection(words))


def deal_phrase(toks: Sequence[Any], t: Any, cues: Sequence[Any], actors: Sequence[Any], dates: Sequence[Any],
                made: Sequence[Any], until: dt.date | None, sent_end: int) -> DealPhrase | None:
    """The deal the transfer trigger ``t`` is told under, or None when the sentence tells none that a coder codes.

    ``cues``, ``actors`` (actor, adjective and affiliation mentions), ``dates`` and ``made`` are the sentence's, which
    ends before token ``sent_end`` (the phrase is read inside it: a sentence split at a line with no stop). Kept out: no
    deal_under cue after the trigger or DEAL_REACH tokens before it; a truce's terms («بموجب اتفاق وقف إطلاق النار»); a deal told old or not made
    («اتفاق سابق»، «المقترح»); a date in the phrase more than OLD_DAYS before ``until`` (the withdrawal's day); a deal
    with nothing of its own: no side named («مع الحكومة»، «بين النظام و...»), no kind («اتفاق إجلاء») and no maker
    («برعاية») after its noun."""
    # after the act anywhere in its sentence («خرجت ... الحافلات من معبر ... إلى إدلب ...، بموجب اتفاق»); before it
    # only close, fronted («وبموجب اتفاق رعته روسيا، يتعاقب خروج المسلحين»)
    near = [c for c in cues if c.start_tok >= t.end_tok or 0 <= t.start_tok - c.end_tok <= DEAL_REACH]
    if not near:
        return None
    cue = min(near, key=lambda c: min(abs(c.start_tok - t.start_tok), abs(t.start_tok - c.end_tok)))
    noun = cue.end_tok - 1
    end = noun + 1
    while end < sent_end and end <= noun + PHRASE_REACH and toks[end].norm not in CLAUSE_END:
        end += 1
    words = [toks[k].norm for k in range(noun + 1, end)]
    if _truce_or_unmade(words):
        return None
    inside = [d for d in dates if noun < d.tok_start < end]
    if until is not None and any(d.date_end is not None and (until - d.date_end).days > OLD_DAYS for d in inside):
        return None
    parties = [m.value for m in sorted(actors, key=lambda m: m.tok_start) if noun < m.tok_start < end]
    kind = bool(words) and words[0] in L.words("deal_kind")
    party = bool(L.words("deal_party").intersection(words[:PARTY_REACH]))
    if not (parties or kind or party or L.words("deal_maker").intersection(words)):
        return None
    # the deal's own day: a date told after the verb that made it, inside the phrase, not after the report
    verbs = [c.end_tok for c in made if noun < c.start_tok < end]
    day = next((d for d in inside if verbs and min(verbs) <= d.tok_start and d.date_start is not None
                and (until is None or d.date_end <= until) and L.day_span("Agreement") is not None
                and (d.date_end - d.date_start).days <= L.day_span("Agreement")), None)
    return DealPhrase(noun, parties, day)


def deal_sides(parties: Sequence[Any], country: str | None) -> tuple[Any, Any, bool] | None:
    """(actor1, actor2, brokered) of the deal from the actors its phrase names; None for either leaves the transfer's
    side. A foreign state named as its maker, broker or party («برعاية روسية»، «أبرمته روسيا مع الفصائل»، «مع الجانب
    الروسي») is actor1, as the dev gold codes the Russian deals of 2018; else the home state named («مع الحكومة»). The
    armed group named is actor2. Two foreign states named («وفقا للاتفاق الروسي التركي») make a deal between outside
    powers, not the one behind this transfer: None."""
    foreign = [a for a in parties if a.kind == "state" and a.country and country and a.country != country]
    if len({a.country for a in foreign}) > 1:
        return None
    home = next((a for a in parties if a.kind == "state" and a not in foreign), None)
    group = next((a for a in parties if a.kind == "nonstate"), None)
    return (foreign[0] if foreign else home), group, bool(foreign)


MADE_GAP = 2  # tokens between the deal noun and the verb that made it («اتفاق أبرمته»، «اتفاق في درعا توصل إليه»)
SIDE_AFTER_PARTY = 3  # tokens from «مع/بين» to the side it names («مع فصيل "فيلق الرحمن"»، «بين الحكومة وجبهة ...»)
SIDE_AFTER_VERB = 1  # tokens from the made verb to its subject («وقعته الفصائل»، «أعلنت عنه حركة أحرار الشام»)


def made_by_side(toks: Sequence[Any], t: Any, made: Sequence[Any], actors: Sequence[Any], dates: Sequence[Any],
                 published: dt.date | None, sent_end: int) -> MadeSide | None:
    """The armed group's mention when the deal noun trigger ``t`` is told made by a verb right after it (or inside
    its phrase: «الاتفاق الذي تم التوصل إليه») with that group as a side of the making, else None: «بعد الاتفاق الذي
    وقعته الفصائل المسلحة مع روسيا»، «بموجب اتفاق أبرمته روسيا مع الفصائل»، «الاتفاق الذي تم التوصل إليه ... بين الحكومة
    وجبهة فتح الشام» (g102c). A coder codes that deal though the sentence frames it as the terms or the earlier
    happening of another act, or names it definite with no day of its own.

    ``made`` are the sentence's agreement_made cues (not those of a deal in force), ``actors`` its actor and
    affiliation mentions, ``dates`` its dates; the sentence ends before ``sent_end``. The armed group is the made verb's subject (right
    after it) or named right after «مع/بين» in the phrase (PHRASE_REACH tokens after the trigger, to a clause end; a
    comma right before «مع/بين» goes on). Kept out, as in deal_phrase: the plural (deals recalled: «تكرار لاتفاقات
    جرى التوصل إليها مع المعارضة»); a truce's or a de-escalation zone's terms («اتفاق وقف إطلاق النار»، «اتفاق خفض
    التصعيد»); a deal told old or unmade («اتفاق سابق جرى التوصل إليه»); a date in the phrase more than OLD_DAYS
    before ``published`` («الذي وقع عام 2015»); a deal between states («اتفاق وقعته روسيا وتركيا على أن تسحب
    الفصائل»: the group is in its terms, not a side). The deal's own day is read as in deal_phrase: a date after the
    made verb, inside the phrase, not after ``published`` — another act's day told later in the sentence («...، خرج
    المسلحون يوم الخميس») is not the deal's (g102n)."""
    if in_words(toks[t.end_tok - 1].norm, L.words("deal_plural")):
        return None
    verb = next((c for c in made if t.start_tok < c.start_tok <= t.end_tok + MADE_GAP), None)
    if verb is None:
        return None
    party = L.words("deal_party")
    end = t.end_tok
    while end < sent_end and end < t.end_tok + PHRASE_REACH and (toks[end].norm not in CLAUSE_END or (
            # «الذي توصل له النظام وروسيا، مع فصيل فيلق الرحمن»: a comma before «مع/بين» goes on to the sides
            end + 1 < sent_end and in_words(toks[end + 1].norm, party))):
        end += 1
    words = [toks[k].norm for k in range(t.end_tok, end)]
    if _truce_or_unmade(words):
        return None
    if published is not None and any(t.end_tok <= d.tok_start < end and d.date_end is not None
                                     and (published - d.date_end).days > OLD_DAYS for d in dates):
        return None
    opens = [k for k in range(t.end_tok, end) if in_words(toks[k].norm, party)]
    side = next((m for m in actors if m.value.kind == "nonstate" and t.end_tok <= m.tok_start < end and (
        0 <= m.tok_start - verb.end_tok <= SIDE_AFTER_VERB or any(0 < m.tok_start - k <= SIDE_AFTER_PARTY for k in opens))),
        None)
    if side is None:
        return None
    day = next((d for d in dates if verb.end_tok <= d.tok_start < end and d.date_start is not None
                and (published is None or d.date_end is None or d.date_end <= published)), None)
    return MadeSide(side, day)


BETWEEN = "deal_between"  # function_words.tsv: «بين» opening the two sides of a deal («اتفاق بين جيش الإسلام وروسيا»)


def deal_between(toks: Sequence[Any], t: Any, cues: Sequence[Any], actors: Sequence[Any],
                 sent_end: int) -> MadeSide | None:
    """The deal noun ``t`` ends a deal_under cue and its phrase names its two sides after «بين»: an armed group and a
    state («خرجت دفعة من المرضى من البلدة بموجب اتفاق بين جيش الإسلام وروسيا»، «وفقا لاتفاق بين الحكومة و"فيلق
    الرحمن"»). What was done under it (sick people or civilians taken out, a batch gone) was done under a deal made: a
    coder codes the deal, between those sides, though the sentence tells it only as the terms of that act (g103g).
    Returns the armed group's mention as the deal's side (no day of its own: the day told is the act's), else None.

    ``cues`` are the sentence's deal_under cues, ``actors`` its actor and adjective mentions; the sentence ends before
    token ``sent_end``. «بين» stands within PARTY_REACH tokens after the noun (after a kind: «اتفاق إجلاء بين»); both
    sides within PHRASE_REACH tokens after it, to a clause end. Kept out as in deal_phrase: a plural, a truce's terms, a
    deal told old or unmade («وفقا لاتفاق سابق بين»); a deal between states only («بموجب اتفاق بين روسيا وتركيا»: the
    deal of outside powers) or one that names no armed group by name («بين الجانبين»)."""
    if not any(c.end_tok == t.end_tok for c in cues) or in_words(toks[t.end_tok - 1].norm, L.words("deal_plural")):
        return None
    between = L.words(BETWEEN)
    opens = next((k for k in range(t.end_tok, min(sent_end, t.end_tok + PARTY_REACH))
                  if in_words(toks[k].norm, between)), None)
    if opens is None:
        return None
    end = t.end_tok
    while end < sent_end and end < opens + 1 + PHRASE_REACH and toks[end].norm not in CLAUSE_END:
        end += 1
    words = [toks[k].norm for k in range(t.end_tok, end)]
    if _truce_or_unmade(words):
        return None
    sides = sorted((m for m in actors if opens < m.tok_start < end), key=lambda m: m.tok_start)
    group = next((m for m in sides if m.value.kind == "nonstate"), None)
    if group is None or not any(m.value.kind == "state" for m in sides):
        return None
    return MadeSide(group, None)


def sides_told_after(toks: Sequence[Any], t: Any, made: Sequence[Any], actors: Sequence[Any], sent_end: int) -> int:
    """The deal noun ``t`` names its sides in its own phrase, after it: «بين» (deal_between) within PARTY_REACH tokens
    after the noun with an actor named after it («شهدت توقيع اتفاق مصالحة بين الحكومة ومسلحي المعارضة»), or a verb
    that made it (``made``: the sentence's agreement_made cues not in force) inside the phrase with its subject right
    after it («اتفاق وقف إطلاق النار الذي أبرمته روسيا مع الفصائل»; not a broker's word: «برعاية روسية»). The actors named before the noun are then no
    sides of it: the group told holding the enclave the deal leaves out («الجيب الذي يسيطر عليه تنظيم داعش ... غير
    مشمول في اتفاق ...»), a neighbour of the village where it was signed (g110f).

    The phrase runs PHRASE_REACH tokens after the noun, to a clause end, inside the sentence (ends before ``sent_end``);
    ``actors`` are the sentence's actor, adjective and affiliation mentions («مسلحي المعارضة» is read as a person's
    side). Returns the token index where the phrase ends (the sides are those from the noun's end to it), else -1. A
    plural («اتفاقات») or a deal told old or unmade keeps its sides as read."""
    if in_words(toks[t.end_tok - 1].norm, L.words("deal_plural")):
        return -1
    end = t.end_tok
    while end < sent_end and end < t.end_tok + PHRASE_REACH and toks[end].norm not in CLAUSE_END:
        end += 1
    if L.words("deal_unmade").intersection(toks[k].norm for k in range(t.end_tok, end)):
        return -1
    # an organisation (the UN) speaks and brokers, no side: «وقف إطلاق النار الذي فرضته الأمم المتحدة» names none
    after = [m for m in actors if t.end_tok <= m.tok_start < end and m.value.kind != "organisation"]
    if not after:
        return -1
    between = L.words(BETWEEN)
    opens = next((k for k in range(t.end_tok, min(end, t.end_tok + PARTY_REACH)) if in_words(toks[k].norm, between)),
                 None)
    if opens is not None and any(m.tok_start > opens for m in after):
        return end
    broker = L.words("broker_cue")  # «برعاية روسية»: who brokered it is no side (step._without_brokers)
    return end if any(t.end_tok <= c.start_tok < end and toks[c.start_tok].norm not in broker and any(0 <= m.tok_start - c.end_tok <= SIDE_AFTER_VERB for m in after)
               for c in made) else -1


ANNOUNCED = "deal_announce"  # function_words.tsv: «أعلن/أعلنت» telling a deal before its noun (g111h)
WITH = "deal_with"  # function_words.tsv: «مع» naming the side a deal was made with («اتفاق مع روسيا»)
ANNOUNCER_RULE = "deal-announcer-140500"  # rule id: the side announcing a deal made «مع» the other is named first


def announced_with(toks: Sequence[Any], t: Any, unit_start: int, actors: Sequence[Any], bodies: Sequence[Any],
                   agent: Any) -> bool:
    """«أعلن جيش الإسلام أنه توصل إلى اتفاق مع روسيا»، «أعلن متحدث باسم المعارضة التوصل إلى اتفاق مع روسيا»: a deal
    told announced (a deal_announce word between the sentence's start ``unit_start`` and the deal trigger ``t``) and
    made «مع» the side ``agent`` (an actor mention of it right after a deal_with word at most PARTY_REACH tokens after
    the trigger) was announced by the other side, named between the announcing word and the trigger, which made it
    with ``agent``. The coders name the announcing side first (audit gold: 4 of 4 such deals, Russia or Syria second;
    dev gold BB-169: the group that announced the deal before the UN it was made with). A scan of the sentence's actor
    mentions, then of the words before the trigger; called only for Agreement events with two sides (g111h).
    ``bodies``: the sentence's affiliation mentions, the body a spokesman speaks for («متحدث باسم المعارضة»)."""
    with_ = L.words(WITH)
    if not any(m.value.id == agent.id and m.tok_start > t.end_tok - 1 and m.tok_start - 1 - t.end_tok < PARTY_REACH
               and in_words(toks[m.tok_start - 1].norm, with_) for m in actors):
        return False
    announce = L.words(ANNOUNCED)
    k = next((k for k in range(unit_start, t.start_tok) if in_words(toks[k].norm, announce)), None)
    # the announcer is named between its verb and the deal («أعلن جيش الإسلام»، «أعلن متحدث باسم المعارضة»): an
    # unnamed one («أعلن متحدث التوصل إلى اتفاق مع روسيا») may be Russia's or the government's, and the role rows stand
    return k is not None and any(k < m.tok_start < t.start_tok and m.value.id != agent.id for m in (*actors, *bodies))
