"""Event frames: one trigger in one sentence, with its arguments found around it.

Pure functions over the sentence's mentions; no I/O and no global state beyond the
cached data tables. ``build_frames`` returns frames; ``EventExtractor`` (step.py) turns
them into events and applies document-level decisions.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter, eq, ne
from typing import Any, Collection, Final, Sequence

from marsad.extract.lexicons import (AGENT_INSIDE, Actor, Cue, Trigger, actor_by_country, actor_table, event_types, owned_position_nouns,
                                     held_nationals,
                                     chain_nisbas, joined_forms, trigger_kind,
                                     role_rules, doer_rows, time_units)
from marsad.extract.scans import holds_any, is_position, rise_verb, word_back_in_clause, words
from marsad.lang.ar.matcher import Match
from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.numbers import NumberMention, number_word, post_hedge_phrases
from marsad.lang.ar.tokens import Token, has_article, in_words, proclitic_stems, with_conjunctions

# Event types whose agent is never the holder of the place hit ("بلدة تسيطر عليها المعارضة")
HOLDER_NO_AGENT: Final = frozenset({"Explosions/Remote violence", "Violence against civilians"})
TOLL_ADDED_GAP = 6  # tokens from a count of the dead to the word adding another ("13 عنصرا من قوات النظام وحلفائها، مقابل")
DEATH_SPAN = 10  # tokens from the number after "لقي" to its "مصرعهم/حتفهم"
SINCE_AFTER_VERB = 4  # tokens after a closing verb of death searched for "منذ" (a total over a period)
PARENTHESIS = 3  # tokens at most between two commas that set off a parenthesis (a day, a place, an apposition)
SUBJECTED_WINDOW = 16  # tokens back from "ل + verbal noun" to the "تعرض" that makes it a fact (was 8: q30c)
SINCE_SPAN_WINDOW = 4  # tokens back from "سنوات من" to the "منذ" that makes it a span counted back from now
SUBSET_HEAD_WINDOW = 12  # tokens from a larger count to "بينهم/من ضمنهم" before its part (was 7: q34d; a long noun phrase of the dead stands between)
AGREED_ACT_WINDOW = 12  # tokens after "على أن" + a verb that are terms of the agreement ("على أن تنسحب ... وتسلم ...")
# tokens from a terms cue to the verbal noun it agrees on after "على": the counterpart or the subject stands between
# ("التوصل إلى اتفاق مع جماعة مسلحة في الغوطة الشرقية على الانسحاب"، "وافقت جماعة "فيلق الرحمن" على إجلاء");
# was 12 (g80e: a subject listing towns, "وافقت الفصائل المسيطرة على حي جوبر وبلدات ... على تسليم المنطقة ... والخروج")
AGREED_ON_WINDOW = 20
MAY_WINDOW: Final = 7  # tokens back from a trigger to "قد" + an imperfect verb ("قد تشارك في ضربات")
# tokens from a threat to the act it threatens as its object "ب + verbal noun": the subject, a time and an aside may
# stand between ("هدد التنظيم في أواخر الشهر الماضي بإعدام"). Calls were tried too: "بشأن"، "يجب" then reached the
# objects of other verbs ("ردا على تقارير أفادت بهجوم").
THREAT_OBJECT_WINDOW = 14
# how far failing («فشل ...») reaches the «في/ب» object it failed at, past its subject and an aside (g43d)
FAILED_OBJECT_WINDOW = 16
# tokens from the report a denial denies to the act that report tells («التصريحات ...، عن أن X قد قتل»: g109h)
DENIED_REPORT_WINDOW = 24
# tokens from a warning to the act it warns of after "من/مغبة": the one warned and a relative clause about it may stand
# between, commas counted ("حذرت روسيا الولايات المتحدة، التي تستعد لتوجيه ضربة ...، من إسقاط")
WARNED_OF_WINDOW = 20
# Modality kinds whose cue governs everything after it in its window, across commas.
SCOPING = frozenset({"denial", "expectation", "threat", "refusal", "condition", "call", "intention", "terms",
                     "legal", "background", "general", "opinion"})
# Kinds whose rows only keep a shorter cue from being read ("لا يزال" is no negation, "تأتي بعد" tells news)
NEUTRAL: Final = frozenset({"continuity", "shield"})


@dataclass(slots=True)
class Mention:
    """A recognised mention inside one sentence, by token range."""

    # written out, not generated: compiled, an explicit __init__ is native; the one dataclasses writes runs interpreted
    def __init__(
        self, kind: str, tok_start: int, tok_end: int, start: int, end: int, value: Any, rule_id: str = "", prefix: str = ""
    ) -> None:
        self.kind = kind
        self.tok_start = tok_start
        self.tok_end = tok_end
        self.start = start
        self.end = end
        self.value = value
        self.rule_id = rule_id
        self.prefix = prefix

    kind: str
    tok_start: int
    tok_end: int
    start: int
    end: int
    value: Any
    rule_id: str = ""
    prefix: str = ""  # proclitics cut from the first token ("و" of "وتركيا")


@dataclass(slots=True)
class Frame:
    trigger: Match
    tdef: Trigger
    event_type: str
    sub_event_type: str
    sentence: int
    sent_span: tuple[int, int]
    rule_ids: list[str] = field(default_factory=list)
    actor1: Mention | None = None
    actor2: Mention | None = None
    place: Any = None  # PlaceMention
    extra_places: list[Any] = field(default_factory=list)  # further listed places: one event each
    date: Any = None  # DateMention
    fatalities: Any = None  # NumberMention or int
    modality: tuple[str, str] | None = None  # (kind, cue id)
    claimed_by: list[str] = field(default_factory=list)
    civilian_target: bool = False
    total: bool = False
    confidence: float = 0.0
    referred: bool = False  # named as the object of a reaction ("التحقيق في الهجوم"), see EventExtractor._referred
    side_moved: bool = False  # the agent read was made actor2 by a role rule: the sentence still names a side
    joined: Mention | None = None  # an armed side joined to the agent by "و" ("غارات روسية وسورية")
    # the armed sides of the list of agents the agent read stands in ("الولايات المتحدة وبريطانيا وفرنسا"), the agent
    # among them: those not coded actor1 or actor2 are its associates (assoc_actor_1; joined_agents, g103l)
    associates: tuple[Actor, ...] = ()
    holder_target: bool = False  # actor2 was read as the holder of the place hit ("الخاضعة لسيطرة المعارضة")
    credible: int = 0  # cue groups of STRIKE_CREDIBLE told in the sentence of an unattributed strike (a site hit, an hour)
    defended: bool = False  # a strike met in its clause by an interception (filters.suppress_intercepted, step._defender)
    deal_day: Any = None  # DateMention: the own day of a deal told made by its side (deals.made_by_side), or None

    # written out, not generated: compiled, an explicit __init__ is native; the one dataclasses writes runs interpreted
    # (the lists' defaults: None for a new empty list, as field(default_factory=list))
    def __init__(
        self, trigger: Match, tdef: Trigger, event_type: str, sub_event_type: str, sentence: int,
        sent_span: tuple[int, int], rule_ids: list[str] | None = None, actor1: Mention | None = None,
        actor2: Mention | None = None, place: Any = None, extra_places: list[Any] | None = None, date: Any = None,
        fatalities: Any = None, modality: tuple[str, str] | None = None, claimed_by: list[str] | None = None,
        civilian_target: bool = False, total: bool = False, confidence: float = 0.0, referred: bool = False,
        side_moved: bool = False, joined: Mention | None = None, associates: tuple[Actor, ...] = (),
        holder_target: bool = False, credible: int = 0, defended: bool = False, deal_day: Any = None,
    ) -> None:
        self.trigger = trigger
        self.tdef = tdef
        self.event_type = event_type
        self.sub_event_type = sub_event_type
        self.sentence = sentence
        self.sent_span = sent_span
        self.rule_ids = [] if rule_ids is None else rule_ids
        self.actor1 = actor1
        self.actor2 = actor2
        self.place = place
        self.extra_places = [] if extra_places is None else extra_places
        self.date = date
        self.fatalities = fatalities
        self.modality = modality
        self.claimed_by = [] if claimed_by is None else claimed_by
        self.civilian_target = civilian_target
        self.total = total
        self.confidence = confidence
        self.referred = referred
        self.side_moved = side_moved
        self.joined = joined
        self.associates = associates
        self.holder_target = holder_target
        self.credible = credible
        self.defended = defended
        self.deal_day = deal_day


ANY_COUNTRY: Final = "*"  # actor_roles.tsv: a row for every country
# a quote mark that may open a name ("على يد "داعش"")
NAME_QUOTES = frozenset('"«“')


def _between_has_break(tokens: Sequence[Token], a: int, b: int) -> bool:
    for k in range(a, b):
        if tokens[k].norm in words("clause_break"):
            return True
    return False


def _subjected_before(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """A "تعرض" verb before token ``k`` (back to ``lo``) in the same clause (see _subjected_at)."""
    return _subjected_at(tokens, k, lo) >= 0


def _subjected_at(tokens: Sequence[Token], k: int, lo: int) -> int:
    """The token of a "تعرض" verb before token ``k`` (back to ``lo``) in the same clause, or -1; a day or a place set
    off by commas between them ("تعرضت، الجمعة، لغارات") is a parenthesis, not a clause."""
    breaks, memo = words("clause_break"), _SUBJECTED_MEMO
    j, lone_seen = k - 1, False
    while j >= lo:
        w = tokens[j].norm
        if w in breaks:
            opening = next((i for i in range(j - 1, max(lo, j - 1 - PARENTHESIS) - 1, -1) if tokens[i].norm in breaks), None)
            if opening is None and not lone_seen and _lone_comma_in_clause(tokens, j, k, lo):
                lone_seen = True  # one lone comma only: a second one closes a clause
                j -= 1
                continue
            if opening is None or opening == j - 1:
                return -1
            j = opening - 1
            continue
        hit = memo.get(w)
        if hit is None:
            hit = _holds_subjected(w)
        if hit:
            return -1 if w.startswith("لل") else j  # "للتصدي لصواريخ": confronting as an aim, its object no fact
        j -= 1
    return -1


_SUBJECTED_MEMO: Final[dict[str, bool]] = {}
COMMAS = frozenset({"،", ","})
SUBJECTED_DAY_MAX = 2  # tokens from a lone comma back to the "تعرض" verb a day told after it may stand between


def _lone_comma_in_clause(tokens: Sequence[Token], j: int, k: int, lo: int) -> bool:
    """A comma at ``j`` with no opening one that stays inside the "تعرض" clause (g67e): right before the "ل" object,
    closing a long subject ("وتتعرض مدينة عفرين وريفها ذات الأغلبية الكردية، للقصف"), or right after the verb and a
    day told with it ("وتعرضت الجمعة، منطقة نصيب لقصف"). Any other lone comma still ends the clause."""
    if tokens[j].norm not in COMMAS:
        return False
    if j == k - 1:
        return True
    return any(_holds_subjected(tokens[i].norm) for i in range(max(lo, j - SUBJECTED_DAY_MAX), j))


PURPOSE_WAGED = "purpose-waged-75300"  # rule id: a "ل" aim after the attack's relative verb, not the suffered object


def _waged_between(tokens: Sequence[Token], j: int, k: int) -> bool:
    """A relative verb naming an attack's agent (function_words rel_agent_verb: «تشنه»، «شنته»، «ينفذها») between the
    "تعرض/التصدي" verb at ``j`` and the "ل" trigger at ``k``: the verb's object is that attack («التصدي لهجوم تشنه
    القوات»), and the "ل" noun after its clause is the attack's aim («لاستعادة مناطق»), nothing suffered or done
    (g102t). At most SUBJECTED_WINDOW set look-ups, only for a "ل" trigger with such a verb before it."""
    verbs = words("rel_agent_verb")
    return any(tokens[i].norm in verbs for i in range(j + 1, k))


def _holds_subjected(w: str) -> bool:
    """A "تعرض" stem inside word form ``w`` (memoised per form: the same words are walked back over for
    every trigger of a sentence)."""
    hit = _SUBJECTED_MEMO.get(w)
    if hit is None:
        hit = any(p in w for p in words("subjected"))
        if len(_SUBJECTED_MEMO) < 200_000:
            _SUBJECTED_MEMO[w] = hit
    return hit


def _reached_before(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """A verb of reaching right before token ``k`` ("التوصل لاتفاق"): what follows was reached, not aimed at; or a
    word of addition ("إضافة للقصف بالبراميل"، "بالإضافة للغارات"): what follows is one more listed act, not an aim
    (g64c; function_words li_added)."""
    if k - 1 < lo:
        return False
    w = tokens[k - 1].norm
    return in_words(w, words("reached")) or in_words(w, words("li_added"))


def _li_object_head(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """A noun that takes its object with "ل" right before token ``k``, or one adjective or quote mark before it
    ("تبادل للقصف"، "تصعيدا عنيفا للقصف"، "أي إنذار" لضربة"; function_words li_object_head, li_object_step): the
    verbal noun is what was exchanged, condemned or warned of, not a purpose (g68b). Two set look-ups at most."""
    if k - 1 < lo:
        return False
    heads = with_conjunctions(words("li_object_head"))
    w = tokens[k - 1].norm
    if w in heads:
        return True
    return k - 2 >= lo and w in words("li_object_step") and tokens[k - 2].norm in heads


REACHED_SUBJECT_MAX = 16  # tokens back from "ل + deal" to a verb of reaching, a long subject between (as SUBJECTED_WINDOW)


def _reached_in_clause(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """A verb of reaching earlier in the clause, its subject between ("توصلت فصائل الجيش الحر في يلدا وببيلا جنوبي
    دمشق لاتفاق مع الجانب الروسي"): the deal told with "ل" is the verb's object, what was reached, not an aim. Asked
    for agreement triggers only: after a reached deal "ل" + another verbal noun is the deal's aim ("لخروج المقاتلين")."""
    reached, brk = words("reached"), words("clause_break")
    low = max(lo, k - REACHED_SUBJECT_MAX)
    j = k - 1
    while j >= low:
        w = tokens[j].norm
        if w in brk:
            # «وتوصلت جماعة X، وهي الجماعة الرئيسية في منطقة Y، لاتفاق»: an aside set off by commas on the subject (g108m)
            opener = _aside_opened(tokens, j, low)
            if opener < 0:
                return False
            j = opener - 1
            continue
        if in_words(w, reached):
            return True
        j -= 1
    return False


def _aside_opened(tokens: Sequence[Token], j: int, low: int) -> int:
    """Token ``j`` is a comma closing an aside on the noun before it («، وهي الجماعة الرئيسية في منطقة Y،»;
    function_words aside_opener right after the opening comma, no other break between): the opening comma's
    index, else -1."""
    if tokens[j].norm not in COMMAS:
        return -1
    openers, brk = words("aside_opener"), words("clause_break")
    for i in range(j - 1, low - 1, -1):
        if tokens[i].norm in brk:
            return i if tokens[i].norm in COMMAS and i + 1 < j and tokens[i + 1].norm in openers else -1
    return -1


def _may_before(tokens: Sequence[Token], trig: Match, lo: int) -> bool:
    """"قد" + an imperfect verb before the trigger in its clause: may happen ("قد تشارك في ضربات", "قد تستهدف"),
    where "قد" + a perfect is done ("قد شاركت")."""
    may, brk = words("may_particle"), words("clause_break")
    prefixes, perfect = tuple(words("imperfect_prefix")), tuple(words("perfect_suffix"))
    for j in range(trig.start_tok - 1, max(lo, trig.start_tok - MAY_WINDOW) - 1, -1):
        w = tokens[j].norm
        if w in brk:
            return False
        if w in may:
            v = tokens[j + 1].norm
            return len(v) >= 4 and v.startswith(prefixes) and not v.endswith(perfect)
    return False


MODAL_SUBJECT_WINDOW = 2  # tokens after a strike noun where the modal it is the subject of is looked for
MODAL_SUBJECT = "md-subject-57810"  # rule id: a strike or missile noun as the subject of a modal verb
STRIKE_SUBTYPES: Final = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})


def _modal_subject(tokens: Sequence[Token], trig: Match, tdef: Trigger, hi: int) -> bool:
    """«الصواريخ الذكية يجب أن تستهدف الإرهابيين»، «صواريخ يمكنها قصف أي سفينة»، «أي ضربات سوف تستهدف»: a strike or
    missile noun followed within two words of its clause by a modal (function_words modal_after_subject) is that
    modal's subject: what strikes should, could or will do, not a strike told. The modality rows of these words read
    the trigger after them (one cue reads one way), so the subject before them is read here; only noun triggers of
    the strike sub-types pay for the look (at most two set look-ups)."""
    if tdef.pos != "noun" or tdef.sub_event_type not in STRIKE_SUBTYPES:
        return False
    modal, brk = words("modal_after_subject"), words("clause_break")
    comp = with_conjunctions(words("complementizer"))
    for j in range(trig.end_tok, min(hi, trig.end_tok + MODAL_SUBJECT_WINDOW)):
        w = tokens[j].norm
        if w in modal:
            return True
        if w in brk or tokens[j].punct or w in comp:
            # «في مكان الغارة وإنهم يمكن أن يحضروا»: a complementiser (with or without «و») opens another
            # clause, whose subject the modal has
            return False
    return False


def _future_verb_before(tokens: Sequence[Token], trig: Match, lo: int) -> bool:
    """A verb in the future right before a verbal noun it governs by "ب" ("وستعترف باستعادة النظام", "ستقوم بشن
    هجوم"): what will be done, not what was. The "ب" keeps out nouns that happen to start with "س" + an imperfect
    letter ("سيارة")."""
    k = trig.start_tok - 1
    if k < lo or "ب" not in trig.prefix:
        return False
    return future_verb(tokens[k].norm)


def future_verb(w: str) -> bool:
    """Word ``w`` is an imperfect verb with the future's «س» (function_words future_prefix, imperfect_prefix): "ستطلق"،
    "وسيعلن". Four letters at least after the prefix keep out nouns and past verbs in «س» ("سيارة"، "سيطر")."""
    imperfect = words("imperfect_prefix")
    return any(w.startswith(p) and len(w) - len(p) >= 4 and w[len(p)] in imperfect for p in words("future_prefix"))


_KIND = attrgetter("payload.kind")
SENSE: Final = "sense"  # modality.tsv kind: the trigger word in another sense
OPINION: Final = "opinion"
ARRESTS = "Arrests"
AGREEMENT = "Agreement"  # the sub-type whose own triggers a terms cue never makes a term


def _senses_first(cues: Sequence[Match]) -> Sequence[Match]:
    """``cues`` with the other-sense ones first, in order (a stable sort); the cues themselves when none is (most
    sentences), without a key call per cue."""
    kinds = list(map(_KIND, cues))  # in C: a generator or a key function would cost a call per cue
    if SENSE not in kinds:
        return cues
    return [*compress(cues, map(eq, kinds, repeat(SENSE))), *compress(cues, map(ne, kinds, repeat(SENSE)))]


RELATIVE_AUX_MAX = 2  # "كانت قد": the auxiliaries of the pluperfect between a relative pronoun and its verb


def _relative_lead(tokens: Sequence[Token], start: int, trig_start: int) -> int:
    """The position of a relative clause's verb after pronoun end ``start``: past the pluperfect's
    auxiliaries (function_words `relative_aux`), never past the trigger."""
    aux, k = words("relative_aux"), start
    while k < trig_start and k - start < RELATIVE_AUX_MAX and tokens[k].norm in aux:
        k += 1
    return k


CLAUSE_BOUND = frozenset({"call", "condition"})  # modality kinds that stop at a relative clause opened after them

PRESUPPOSED = "md-rel-72600"  # rule id: a noun's own relative clause tells its act done, whatever view frames the noun
PRESUPPOSED_KINDS = frozenset({"opinion", "intention", "call", "expectation", "negation"})  # (a threat likens: "التهديدات، شأنها شأن الغارة التي")
PRESUPPOSED_GAP: Final = 2  # adjectives between the noun and its relative pronoun ("الغارة الجوية الإسرائيلية التي"; a comma before the pronoun not counted)


def definite_noun(t: Match) -> bool:
    """A trigger read as a definite noun ("الهجوم", "للضربات"): a happening named as already known."""
    return t.payload.pos == "noun" and (t.prefix.endswith(("ال", "لل")) or t.phrase.startswith("ال"))


def presupposed(tokens: Sequence[Token], trig: Match, tdef: Trigger, sent_hi: int,
                 adj_at: Collection[int] = ()) -> bool:
    """Noun trigger ``trig`` is followed by its own relative clause whose verb tells a happening done ("الضربات التي
    نفذتها الولايات المتحدة في محيط دمشق"، "هجوم دوما الذي وقع في 7 نيسان"; function_words told_verb): the act is
    taken as done by the view, call, threat or denial that frames the noun ("اعتبرت دمشق أن الضربات التي نفذتها ...
    تنتهك القانون"، "دعا إلى كشف منفذي الهجوم الذي وقع"), so such a cue before the noun does not make it unreal. Only
    adjectives may stand between the noun and the pronoun: the act's own (function_words act_adjective: "الجوية") or
    the sentence's adjective mentions starting at ``adj_at`` ("الإسرائيلية"); "قصف المدن التي استهدفت"، "قصف المباني
    التي" name an object's clause (g101x). An indefinite noun takes its clause with no pronoun: the told verb right
    after it ("منع مذبحة نفذها التنظيم"، g104c). Cost: at most 2 * PRESUPPOSED_GAP + 2 set look-ups, asked only for a noun
    trigger with a cue."""
    if tdef.pos != "noun":
        return False
    k, adjective = trig.end_tok, words("act_adjective")
    while k < sent_hi and k - trig.end_tok < PRESUPPOSED_GAP and tokens[k].norm not in words("relative") \
            and (tokens[k].norm in adjective or k in adj_at):
        k += 1
    if k + 1 < sent_hi and tokens[k].norm in COMMAS and tokens[k + 1].norm in words("relative"):
        # "الاحتجاجات المتزايدة، والتي امتدت يوم الجمعة": a comma may open the noun's own clause (g106i)
        k += 1
    if k < sent_hi and tokens[k].norm in words("told_verb") and not definite_noun(trig):
        # an indefinite noun takes its relative clause with no pronoun ("منع مذبحة نفذها التنظيم يوم الخميس"،
        # "ذريعة لضربة شنتها واشنطن"): the same told verb right after it tells the act done (g104c)
        return True
    return k + 1 < sent_hi and tokens[k].norm in words("relative") and tokens[k + 1].norm in words("told_verb")


def _relative_opened(tokens: Sequence[Token], trig: Match, tdef: Trigger, sent_lo: int) -> int:
    """The position of the relative pronoun whose clause verb trigger ``trig`` is ("الذي استهدف"، "التي كانت قد
    قصفت": the pluperfect's auxiliaries between), else -1. Only a bare verb: "والذي" and a "و" on the verb join
    clauses otherwise."""
    if tdef.pos != "verb" or trig.prefix:
        return -1
    aux, k = words("relative_aux"), trig.start_tok - 1
    while k > sent_lo and trig.start_tok - k <= RELATIVE_AUX_MAX and tokens[k].norm in aux:
        k -= 1
    return k if k >= sent_lo and tokens[k].norm in words("relative") else -1


RELATIVE_SPAN_MAX = 4  # "منذ أيام عديدة", "منذ 7 أيام": duration words between a relative clause's verb and its noun


def _span_gap(tokens: Sequence[Token], verb: int, trig_start: int) -> bool:
    """Only words of duration or frequency (function_words `relative_span`, or a count: "منذ 7 أيام") stand between a
    relative clause's verb and the verbal noun it takes ("التي تتعرض منذ أيام لقصف"): the clause still describes."""
    between = trig_start - verb - 1
    if not 1 <= between <= RELATIVE_SPAN_MAX:
        return False
    span = words("relative_span")
    return all(tokens[k].norm in span or tokens[k].norm.isdigit() for k in range(verb + 1, trig_start))


def _li_light_verb(trig: Match) -> bool:
    """The trigger's phrase opens on a light verb ("شن* الغارات") whose verbal noun takes "ل" as an aim."""
    first = trig.phrase.split()[0].rstrip("*") if trig.phrase else ""
    return first in words("li_light_verb")


def _li_done(trig: Match) -> bool:
    """The trigger's phrase opens on a verbal noun whose aim with "ل" is the act done ("استخدمت الشرطة الهراوات لتفريق
    المتظاهرين": force was used to disperse them; function_words li_done). One set look-up, asked only for "ل"."""
    first = trig.phrase.split()[0].rstrip("*") if trig.phrase else ""
    return first in words("li_done")


CESSATION_NEGATED = "md-neg-64600"  # rule id: a negated verb of stopping or preventing tells the act went on (g99f)
CESSATION_KINDS = frozenset({"negation", "call"})  # the cues such a double negation cancels («لم يمنع»: a call row)
CESSATION_BACK = 4  # tokens from a negated verb of preventing to the «دون» cue it governs («لم يحل القرار الأممي دون»)


def _cessation_negated(tokens: Sequence[Token], c: Match, trig: Match, sent_lo: int) -> bool:
    """A negation (or preventing) cue ``c`` before ``trig`` that denies a stopping, not the act: a verb of stopping or
    preventing (function_words cessation) stands between the cue and the trigger («ولم تتوقف أصوات الانفجارات
    والقصف»، «لم يتوقف الأمريكيون عن القصف»), or the cue opens on or follows such a verb that a negation
    (cessation_negator) denies («لم يمنع ... من القصف»، «لم يحل القرار دون تواصل الاشتباكات»). Cost: a set look-up per
    token of the cue's gap and of the few tokens before it, for negation and call cues only."""
    stops = words("cessation")
    # (a negation only: «يجب ألا يتوقف القصف» is a call whatever it calls for)
    if c.payload.kind == "negation" and any(tokens[k].norm in stops for k in range(c.end_tok, trig.start_tok)) \
            and not _between_has_break(tokens, c.end_tok, trig.start_tok):
        return True
    # the cue is the preventing verb itself («يمنع*» rows) or the «دون» it governs, never a later negation of its own
    # («لم يمنع أحد ولم تقع اشتباكات»)
    lo = c.start_tok if tokens[c.start_tok].norm not in words("cessation_link") else c.start_tok - CESSATION_BACK
    for k in range(c.start_tok, max(sent_lo, lo) - 1, -1):  # never into the sentence before
        if tokens[k].norm in stops:
            return k > sent_lo and in_words(tokens[k - 1].norm, words("cessation_negator")) \
                and not _between_has_break(tokens, k, c.start_tok)
    return False


def find_modality(tokens: Sequence[Token], trig: Match, tdef: Trigger, cues: Sequence[Match], sent_lo: int,
                  sent_hi: int, question: bool, li_at: Sequence[int] = (), cancelled: list[str] | None = None,
                  adj_at: Collection[int] = ()) -> tuple[str, str] | None:
    """The modality that makes this trigger not a factual event, if any; ``li_at``: the tokens of the sentence's
    triggers told with "ل" (the one right after a "تعرض" is what was suffered, a later one an aim again);
    ``cancelled`` (the frame's rule ids) gains CESSATION_NEGATED when a negated stopping cancels a cue; ``adj_at``:
    where the sentence's adjective mentions start (presupposed)."""
    if question:
        return ("question", "md-question")
    # future tense prefix on a verb trigger ("سيستهدف")
    if trig.prefix.endswith("س"):
        return ("future", "md-prefix-sa")
    # purpose: li + verbal noun ("لاستعادة", "للسيطرة"), unless "تعرض ل" (was subjected to) earlier in
    # the clause: the subject may stand between them ("تعرضت مدينة خان شيخون في ريف إدلب لهجوم"), a long one too
    # ("تعرضت مواقع عسكرية تابعة للنظام بريفي حماة وحلب لقصف"); the verb takes one such object: "يتعرض لقصف ... في مسعى
    # لطرد المسلحين" tells the shelling done and the expulsion aimed at
    # a light verb's phrase with "ل" cut ("لشن الغارات"، "لتنفيذ ضربات" as "نفذ* ضربات") is its verbal noun after
    # "li": the same aim (function_words li_light_verb); other verbs with "ل" ("لتستهدف") follow a told act
    if (tdef.pos == "noun" or (tdef.pos == "verb" and _li_light_verb(trig))) \
            and trig.prefix.removesuffix("ال").endswith(("ل", "لل")) and not _li_done(trig):
        j = _subjected_at(tokens, trig.start_tok, max(sent_lo, trig.start_tok - SUBJECTED_WINDOW))
        # ("لقصف مدفعي ولغارات جوية": objects joined by "و" are all suffered)
        later = not trig.prefix.startswith("و") and any(j < k < trig.start_tok for k in li_at)
        if j >= 0 and not later and _waged_between(tokens, j, trig.start_tok):
            later = True  # «التصدي لهجوم تشنه القوات لاستعادة X»: the attack's aim, not what was confronted (g102t)
            if cancelled is not None:
                cancelled.append(PURPOSE_WAGED)
        if (j < 0 or later) and not _reached_before(tokens, trig.start_tok, sent_lo) \
                and not _li_object_head(tokens, trig.start_tok, sent_lo) \
                and not (tdef.sub_event_type == "Agreement" and _reached_in_clause(tokens, trig.start_tok, sent_lo)):
            return ("intention", "md-purpose-li")
    if "ب" in trig.prefix and _future_verb_before(tokens, trig, sent_lo):  # (its first test, without a call)
        return ("future", "md-future-verb")
    if _may_before(tokens, trig, sent_lo):
        return ("possibility", "md-may-imperfect")
    if _modal_subject(tokens, trig, tdef, sent_hi):
        return ("possibility", MODAL_SUBJECT)
    # the trigger word in another sense ("تصفية الحساب") is no such act at all, whatever view or time frames it:
    # that reading goes first
    rel_at = _relative_opened(tokens, trig, tdef, sent_lo)
    told_done = bool(cues) and presupposed(tokens, trig, tdef, sent_hi, adj_at)
    lifted = False  # a cue skipped for the noun's relative clause (PRESUPPOSED, cited when the act stays factual)
    fallback: tuple[str, str] | None = None  # a bare present verb of waging (g98jj), read when no other cue is
    negated = False  # a cue cancelled by a negated stopping (CESSATION_NEGATED, cited when the act stays factual)
    for c in _senses_first(cues):
        cue: Cue = c.payload
        if cue.kind in NEUTRAL or (cue.types and not cue.types & {tdef.event_type, tdef.sub_event_type}):
            continue  # a cue of other types' triggers ("خلال الهدنة" frames a truce, "خلال الاشتباكات" tells them)
        if cue.kind == "intention" and _accused_of_done(tokens, c, sent_lo):
            continue  # "اتهمت دمشق إسرائيل بشن غارة": an act charged as done, no intention
        if rel_at >= 0 and cue.kind in CLAUSE_BOUND and cue.where == "before" and c.end_tok <= rel_at:
            # "دعا إلى وقف القصف الذي استهدف أمس البلدة": the call (or condition) governs the noun it names; the verb
            # of that noun's relative clause describes what happened, read as a relative clause (a day of its own
            # told after it makes it news: EventExtractor._own_day)
            continue
        if told_done and cue.kind in PRESUPPOSED_KINDS and cue.where == "before" and c.end_tok <= trig.start_tok:
            lifted = True  # the noun's own relative clause tells the act done (see presupposed)
            continue
        if cue.kind == "relative":
            if "ال" in c.prefix:
                # a bare group noun read as an unmarked relative («فصيل بايع») only so while indefinite: «الفصيل سلم
                # أسلحته» is the clause's subject (g102q). The pronoun cues carry «ال» in their phrase, not as a prefix
                continue
            # a verb right after the relative pronoun ("التي استعادتها"), or a noun one verb
            # later ("التي انتهت بالسيطرة"): the clause describes, it does not report
            # "التي كانت قد تعرضت لقصف"، "التي كان احتلها التنظيم": the pluperfect's auxiliaries open the clause
            # before its verb, which still describes what the place went through
            lead = _relative_lead(tokens, c.end_tok, trig.start_tok)
            gap = trig.start_tok - lead
            # a bare word right after the pronoun is its verb ("التي خطف منها": the noun spelling of a
            # verb); "الذي مكنها من السيطرة": one verb and a preposition before the verbal noun
            # "الذين تم اختطافهم": a passive auxiliary and the verbal noun are the clause's verb
            if (gap == 0 and (tdef.pos == "verb" or not trig.prefix)) or (tdef.pos == "noun" and gap == 1 and trig.prefix) \
                    or (tdef.pos == "noun" and gap == 1 and tokens[lead].norm in words("passive_aux")) \
                    or (tdef.pos == "noun" and gap == 2 and tokens[lead + 1].norm in words("relative_link")) \
                    or (tdef.pos == "noun" and trig.prefix and _span_gap(tokens, lead, trig.start_tok)):
                return (cue.kind, cue.id)
            continue
        if cue.kind == "background" and (_since_span(tokens, c.start_tok, sent_lo) or _past_progressive(tokens, c, sent_lo)
                                         or _told_after(tokens, c, trig, tdef, sent_hi)
                                         or _toll_cause(tokens, c, tdef, sent_lo) or _answer_verb(tokens, c, trig, tdef)):
            continue
        # a "self" view cue ending in "أن" ("وافقوا على أن ينسحبوا") also agrees on an act when a verb follows
        if cue.kind == OPINION and cue.where in ("after", "self") and _act_agreed(tokens, c.end_tok, sent_hi):
            # "اتفاق على أن تنسحب الفصائل": agreeing on an act, not on a view: the agreement stands and the act
            # after the cue is one of its terms
            if 0 <= trig.start_tok - c.end_tok <= AGREED_ACT_WINDOW:
                return ("terms", cue.id)
            continue
        if cue.where == "self":
            # the trigger's own word in a form that tells another reading ("بالإعدام": sentenced to death)
            if c.start_tok <= trig.start_tok < c.end_tok:
                return (cue.kind, cue.id)
            continue
        if cue.where == AROUND:
            if _era_around(tokens, c, trig, sent_lo, sent_hi):
                return (cue.kind, cue.id)
            continue
        if cue.where == OPENING:
            # «وخلال سنوات النزاع، شهدت مناطق عدة عمليات إجلاء ...»: a span of years opening the sentence frames all it
            # tells, past its comma; the same words later in a sentence («بمنأى عن المعارك خلال سنوات النزاع») do not
            if c.start_tok == sent_lo and c.end_tok <= trig.start_tok:
                return (cue.kind, cue.id)
            continue
        if cue.kind == "background" and _present_wage(c):
            # «وتشن الطائرات غارات يومية»: the bare present is the weakest sign of a habit; a sharper cue of the same
            # trigger (a daily "general", a negation) goes first, so this one is only the fallback
            if fallback is None and 0 <= trig.start_tok - c.end_tok <= cue.window and c.start_tok >= sent_lo \
                    and not _between_has_break(tokens, c.end_tok, trig.start_tok):
                fallback = (cue.kind, cue.id)
            continue
        if cue.where == "before":
            told = _before_cue(tokens, c, trig, tdef, sent_lo)
            if told is not None and cue.kind in CESSATION_KINDS and c.start_tok >= sent_lo \
                    and (0 <= trig.start_tok - c.end_tok <= cue.window or _prevented_from(tokens, c, trig)) \
                    and _cessation_negated(tokens, c, trig, sent_lo):
                # «لم تهدأ المعارك»: the stopping is denied, so the act went on; the cue tells nothing of it (cited
                # only when no other cue makes the act unreal: see the end)
                negated = True
                continue
            if told is not None:
                return told
        else:
            gap = c.start_tok - trig.end_tok
            span = gap > cue.window and _share_spans(tokens, c, trig, tdef)
            if 0 <= gap and (gap <= cue.window or span) and c.end_tok <= sent_hi \
                    and not _between_has_break(tokens, trig.end_tok, c.start_tok):
                if cue.kind == "general" and (_waged_now(tokens, trig, sent_lo)
                                              or _share_taken_today(tokens, c, trig, sent_lo, sent_hi)):
                    continue
                return (cue.kind, SHARE_SPAN if span else cue.id)
    if negated and fallback is None and cancelled is not None and CESSATION_NEGATED not in cancelled:
        cancelled.append(CESSATION_NEGATED)
    if lifted and fallback is None and cancelled is not None and PRESUPPOSED not in cancelled:
        cancelled.append(PRESUPPOSED)
    return fallback


AROUND: Final = "around"  # modality.tsv where: the cue reads the act told right before it and the one right after it
OPENING: Final = "opening"  # modality.tsv where: the cue opens the sentence and reads every act told after it


def _era_around(tokens: Sequence[Token], c: Match, trig: Match, sent_lo: int, sent_hi: int) -> bool:
    """An era told by a phrase, not a year («اعتقل في الشهور الأولى من الاحتجاجات»، «قتل شقيقه في بداية الحرب»، «في بداية
    الثورة اعتقلته قوات الأمن»): the act told within the row's window on either side, in the same clause, is history.
    A clause break keeps the sentence's other acts as news («..., فيما قصفت الطائرات اليوم»). Cost: two compares and
    one scan of at most the window's tokens, only for such a cue."""
    window = c.payload.window
    if c.start_tok < sent_lo or c.end_tok > sent_hi:
        return False
    gap = c.start_tok - trig.end_tok
    if 0 <= gap <= window or (0 <= gap <= ERA_PLUPERFECT_REACH and _pluperfect_verb(tokens, trig, sent_lo)):
        # «وكانت السلطات قد اعتقلتهم مع عشرات آخرين من أبناء المدينة في الشهور الأولى من الاحتجاجات»: an act told in the
        # pluperfect is recalled, so the era anywhere after it in its clause dates it (g103e)
        return not _between_has_break(tokens, trig.end_tok, c.start_tok)
    if 0 <= trig.start_tok - c.end_tok <= window:
        return not _between_has_break(tokens, c.end_tok, trig.start_tok)
    return False


ERA_PLUPERFECT_REACH = 12  # tokens after a pluperfect act to the era phrase of its clause (_era_around)
PLUPERFECT_AUX_REACH = 6  # tokens back from «قد» to its «كان/كانت» ("وكانت قوات الأمن السورية قد اعتقلته")


def _pluperfect_verb(tokens: Sequence[Token], trig: Match, sent_lo: int) -> bool:
    """The trigger is a verb told in the pluperfect: «قد» right before it and «كان/كانت» a few words before that
    (function_words may_particle, past_aux): «وكانت السلطات الأمنية قد اعتقلتهم»."""
    k = trig.start_tok - 1
    if k <= sent_lo or tokens[k].norm not in words("may_particle"):
        return False
    aux = words("past_aux")
    return any(tokens[j].norm in aux for j in range(max(sent_lo, k - PLUPERFECT_AUX_REACH), k))


def _before_cue(tokens: Sequence[Token], c: Match, trig: Match, tdef: Trigger, sent_lo: int) -> tuple[str, str] | None:
    """The modality a cue ``c`` told before the trigger gives it, else None (find_modality's test of such a cue)."""
    cue: Cue = c.payload
    gap = trig.start_tok - c.end_tok
    window = _threat_reach(cue, tdef, trig, tokens, c)
    if cue.kind == "condition" and c.start_tok == sent_lo and gap >= 0:
        # a sentence opening on "إذا" is a conditional throughout: its answer ("فسيكون ...") is as
        # unreal as its condition
        return (cue.kind, cue.id)
    if cue.kind == "terms" and window < gap <= AGREED_ON_WINDOW and c.start_tok >= sent_lo \
            and _agreed_on(tokens, c, trig, tdef):
        return (cue.kind, cue.id)
    if cue.kind in ("negation", "call") and window < gap <= FAILED_OBJECT_WINDOW and c.start_tok >= sent_lo \
            and (_failed_at(tokens, c, trig, tdef) or _prevented_from(tokens, c, trig)):
        return (cue.kind, cue.id)
    if cue.kind == "denial" and window < gap and c.start_tok >= sent_lo and _denied_report(tokens, c, trig, window):
        return (cue.kind, cue.id)
    if 0 <= gap <= window and c.start_tok >= sent_lo:
        if cue.kind in SCOPING:
            # these scope over a clause and the reported content after it
            return (cue.kind, cue.id)
        elif not _between_has_break(tokens, _past_parenthesis(tokens, c, trig), trig.start_tok):
            return (cue.kind, cue.id)
    return None


def _denied_report(tokens: Sequence[Token], c: Match, trig: Match, window: int) -> bool:
    """«نفى، فجر الأحد، ...، التصريحات التي نسبتها رويترز إلى مسؤولين تركيين، عن أن خاشقجي قد قتل»: a denial whose
    object, within its row's window, is a report (function_words denied_report) reaches the act that report tells
    after «عن/بأن/حول» (denied_about), past the report's source and asides, up to DENIED_REPORT_WINDOW tokens after the
    report noun (g109h). Runs only for a denial cue the trigger lies beyond."""
    reports = with_conjunctions(words("denied_report"))
    # the last such noun (the object follows the denial's day and source: «نفى، ...، وفقا لوكالة الأنباء، التقارير»)
    r = next((k for k in range(min(trig.start_tok, c.end_tok + window + 1) - 1, c.end_tok - 1, -1)
              if tokens[k].norm in reports), -1)
    if r < 0 or trig.start_tok - r > DENIED_REPORT_WINDOW:
        return False
    about = words("denied_about")
    return any(tokens[k].norm in about for k in range(r + 1, trig.start_tok))


def _past_parenthesis(tokens: Sequence[Token], c: Match, trig: Match) -> int:
    """Where a side note's reach starts after its cue ``c``: past a parenthesis of at most PARENTHESIS words set off by
    two commas right after it, whatever it holds: a day («قالت لجنة التحقيق، الأربعاء، إن ...»: the statement's day,
    not a clause of its own; g102g) or an apposition («، التابعة للأمم المتحدة،»), else the cue's end. No test of the
    words inside: a parenthesis that short is no clause of its own either way (review s33, item 7). Only for note cues
    (the finders' statements); cost: at most PARENTHESIS + 2 set look-ups."""
    k = c.end_tok
    if c.payload.kind != "note" or k >= trig.start_tok or tokens[k].norm not in COMMAS:
        return k
    for j in range(k + 1, min(trig.start_tok, k + PARENTHESIS + 2)):
        if tokens[j].norm in COMMAS:
            return j + 1
    return k


IF_CLAUSE = "md-cond-58800"  # rule id: a bare «إن» + a finite verb opens a condition (or "whether") before the act
IF_AFTER = "md-cond-58801"  # rule id: «إذا» + a finite verb right after the act (not «ما إذا»): a condition told after it
IF_WINDOW: Final = 6  # tokens between that «إن» and the trigger (as the condition rows of modality.tsv)
IF_AFTER_WINDOW: Final = 4  # tokens between the trigger and a following «إذا» (its object and a place between)
IF_RAW = "إن"  # the raw hamza form: the normalised tokens fold it into «أن» (that), so the text is read
IF_NORM: Final = "اذا"  # «إذا» normalised
WHETHER_HEAD = "ما"  # «ما إذا كان»: "whether", often asking a detail of a real happening (g96c), not a condition


def if_clause(text: str, tokens: Sequence[Token], trig: Match, sent_lo: int, sent_hi: int) -> tuple[str, str] | None:
    """«إن حدث هجوم على قواتنا»، «سئل إن كان القصف سيستمر»: «إنّ» (that, indeed) takes a noun, so a bare «إن» followed by
    a finite verb (function_words if_verb) is «إنْ» "if"/"whether", and the act after it in the same clause is not told
    as done. «قال إن القوات قصفت» keeps «إن» + noun: no match. «رحب بدخول قواته إلى المدينة إذا كان الهدف ...»: a
    condition told right after the act makes it as unreal. Cost: set look-ups on at most IF_WINDOW tokens before and
    IF_AFTER_WINDOW after each trigger that has no modality yet; the raw text is sliced only when the next token is
    such a verb."""
    verbs = words("if_verb")
    breaks = words("clause_break")
    for k in range(trig.start_tok - 2, max(sent_lo, trig.start_tok - IF_WINDOW - 2) - 1, -1):
        if tokens[k + 1].norm in breaks:
            break  # the condition ends its clause before the act
        if tokens[k + 1].norm in verbs and text[tokens[k].start:tokens[k].end] == IF_RAW:
            return ("condition", IF_CLAUSE)
    for k in range(trig.end_tok, min(sent_hi - 1, trig.end_tok + IF_AFTER_WINDOW + 1)):
        if tokens[k].norm in breaks:
            return None
        if tokens[k].norm == IF_NORM and tokens[k + 1].norm in verbs and tokens[k - 1].norm != WHETHER_HEAD:
            return ("condition", IF_AFTER)
    return None


CAMPAIGN_NAMED = "md-campaign-41600"  # rule id: a battle noun in construct with a name is the campaign, no clash of a day


def campaign_named(tokens: Sequence[Token], trig: Match, tdef: Trigger, sent_hi: int, named_at: frozenset[int],
                   dated_at: frozenset[int]) -> bool:
    """«في معركة عفرين»، «دور الولايات المتحدة يتركز على قتال تنظيم داعش»، «حروب العصابات وقتال الشوارع»، «خلال
    معركة تحرير الجنوب»: the indefinite battle noun (function_words campaign_head) in construct with what follows it
    (a name, a definite word, another act's verbal noun) names a campaign or a kind of fighting, not one clash; a
    clash is told «معركة ضارية»، «قتال عنيف»، «القتال مع». ``named_at``: the first tokens of the sentence's place
    and actor mentions and of its other triggers; ``dated_at``: of its dates («قتال الأحد» is that day's fighting)."""
    k = trig.start_tok
    n = trig.end_tok
    if n != k + 1 or n >= sent_hi or n in dated_at or tdef.pos != "noun":
        return False
    if not campaign_phrase(trig.phrase) or has_article(tokens[k].norm):
        return False
    nxt = tokens[n]
    return not nxt.punct and (n in named_at or has_article(nxt.norm))


@lru_cache(maxsize=None)
def campaign_phrase(phrase: str) -> bool:
    """A trigger phrase that is one of the campaign heads (function_words campaign_head), read once per phrase."""
    return norm_key(phrase) in words("campaign_head")


WAGED_WINDOW = 12  # tokens before a clash noun where its present verb of waging is looked for (subject and asides between)


def _waged_now(tokens: Sequence[Token], trig: Match, sent_lo: int) -> bool:
    """"تخوض قوات النظام، مدعومة بغارات روسية، الثلاثاء معارك عنيفة ضد التنظيم في القصير": a fight that a present verb of
    waging (function_words wage_now) governs in the report's own clause goes on as it is reported, a happening of the
    day; the "against" cue after it (md-gen-2900) reads a standing campaign only where the noun is framed otherwise
    ("في القتال ضد"، "خلال المعارك ضد") or the noun is the side's own ("معاركها"). The verb opening a relative clause ("الذي يخوض معارك ضد") describes."""
    if not tokens[trig.end_tok - 1].norm.endswith(norm_key(trig.phrase.split()[-1])):
        return False  # "تخوض حاليا آخر معاركها ضد": a side's own battles (a pronoun suffix) are its campaign
    wage = with_conjunctions(words("wage_now"))
    rel = words("relative")
    for k in range(trig.start_tok - 1, max(sent_lo, trig.start_tok - WAGED_WINDOW) - 1, -1):
        if tokens[k].norm in wage:
            return not (k > sent_lo and tokens[k - 1].norm in rel)
    return False


SHARE_SPAN = "md-gen-61600"  # rule id: a share cue read past its window over a taking's clause (g98bb)


def _share_spans(tokens: Sequence[Token], c: Match, trig: Match, tdef: Trigger) -> bool:
    """«واستعادت القوات الحكومية مع حلفائها السيطرة على قرابة 70 في المئة من ريف حمص»: a share word (function_words
    share_span: a percent, a fraction, «معظم») told after a taking anywhere in its object names a campaign's running total,
    not one taking; the caller still stops at a clause break and the sentence end, and a relative clause between
    («على بلدة تلبيسة التي يقطنها 40% من سكان ...») tells of the place taken, not of the taking. Other triggers keep
    the row's window (a strike "that destroyed 50 في المئة of the homes" is a strike). Runs only for an "after" cue
    past its window: a set look-up, then one per token between (at most a clause)."""
    if tdef.sub_event_type != "TERRITORY" or norm_key(c.phrase).lower() not in words("share_span"):
        return False
    rel = words("relative")
    return not any(tokens[k].norm in rel for k in range(trig.end_tok, c.start_tok))


SHARE_DAY_WINDOW = 6  # tokens before a taking of a share where its own weekday is looked for (g95b)


def _share_taken_today(tokens: Sequence[Token], cue: Match, trig: Match, sent_lo: int, sent_hi: int) -> bool:
    """«وتمكنت قوات النظام بعد ساعات من استقدامها تعزيزات الأربعاء من استعادة السيطرة على أكثر من نصف مساحة الغوطة»: a
    taking of a share of a region (function_words share_cue) told with a weekday of its own just before it (share_day;
    no punctuation or «أن/إن» between, so «قال الجيش الجمعة إنه استعاد» stays the claim's day) is that day's advance,
    news; a sentence with a since or so-far word (share_summary: «منذ»، «حتى الآن»، «تمكنت بموجبه») sums up the campaign
    and keeps the share cue (md-gen-17410..17413). Runs only once a share cue has matched after a taking (rare): a look
    at six tokens back, then one pass over the sentence."""
    if norm_key(cue.phrase).lower() not in words("share_cue"):
        return False
    days, comp = words("share_day"), words("complementizer")
    day = -1
    for k in range(trig.start_tok - 1, max(sent_lo, trig.start_tok - SHARE_DAY_WINDOW) - 1, -1):
        w = tokens[k].norm
        if tokens[k].punct or w in comp:
            return False
        if w in days:
            day = k
            break
    if day < 0:
        return False
    return not holds_any(tokens, sent_lo, sent_hi, words("share_summary"))


def _told_after(tokens: Sequence[Token], cue: Match, trig: Match, tdef: Trigger, sent_hi: int) -> bool:
    """"بعد اشتباكات اندلعت بين ..."، "عقب غارات عنيفة استهدفت ليلا ...": an indefinite noun right after "بعد/عقب"
    (function_words told_after) told by a verb of its own right after it (one adjective between at most; told_verb) is
    reported, not only recalled as a frame. "ردا على هجوم ... استهدف" stays the reference a reaction answers."""
    if tdef.pos != "noun" or trig.definite() \
            or tokens[cue.end_tok - 1].norm not in words("told_after"):
        return False
    verbs = words("told_verb")
    return any(tokens[k].norm in verbs for k in range(trig.end_tok, min(trig.end_tok + 2, sent_hi)))


TOLL_CAUSE_WINDOW = 10  # tokens before "بعد/عقب/إثر" where the dead or wounded its clause reports are read
TOLL_CAUSE_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


def _answer_verb(tokens: Sequence[Token], cue: Match, trig: Match, tdef: Trigger) -> bool:
    """"إسرائيل ردا على القصف الصاروخي، هاجمت 20 هدفا"، "ردا على هذا الحادث شنت غارات": a verb trigger after the
    background cue's complement is closed (a comma, or every word of it definite: a definite noun takes no attributive verb without
    "الذي") is the clause's own predicate, the answer told as news, not the happening recalled. An indefinite noun's
    verb ("ردا على هجوم استهدف القاعدة") still describes the recalled happening. Runs only for a matched background
    cue before a verb trigger: a look at the (at most window = 3 or 4) complement tokens."""
    k = trig.start_tok
    if tdef.pos != "verb" or k - cue.end_tok < 1 or "ب" in trig.prefix \
            or tokens[cue.end_tok - 1].norm not in words("answer_cue_end"):
        return False  # a verb cue's subject and object ("يتهم الناشطون النظام بشن") close nothing
    if tokens[k - 1].punct:
        return tokens[k - 1].norm in COMMAS  # the comma closes the complement
    # every word of the complement definite: "وابل من الصواريخ استهدف" (an indefinite head) is described by its verb
    rel, dem = words("relative"), words("demonstrative")
    for j in range(cue.end_tok, k):
        w = tokens[j].norm
        if tokens[j].punct or in_words(w, rel) or not (has_article(w) or w in dem):
            return False
    return True


def _toll_cause(tokens: Sequence[Token], cue: Match, tdef: Trigger, sent_lo: int) -> bool:
    """"لقي شخص مصرعه بعد سقوط قذائف"، "مقتل ثلاثة مسلحين إثر اشتباك": a strike or a clash right after "بعد/عقب/إثر"
    (function_words told_after) whose own clause first tells the dead or wounded (function_words toll_before) is the
    cause of that toll, told with it as news, not a happening recalled to date another one."""
    if tdef.event_type not in TOLL_CAUSE_TYPES or tokens[cue.end_tok - 1].norm not in words("told_after"):
        return False
    toll = with_conjunctions(words("toll_before"))
    for k in range(cue.start_tok - 1, max(sent_lo, cue.start_tok - TOLL_CAUSE_WINDOW) - 1, -1):
        if tokens[k].norm in words("clause_break"):
            return False
        if tokens[k].norm in toll:
            return True
    return False


def _agreed_on(tokens: Sequence[Token], cue: Match, trig: Match, tdef: Trigger) -> bool:
    """"اتفاق مع الجيش على الانسحاب"، "وافقت الجماعة على إجلاء مقاتليها": a verbal noun right after "على" (function_words
    agreed_on) in the clause of a terms cue is the act agreed on. Not an agreement trigger: a truce agreed on is the
    deal itself."""
    if tdef.pos != "noun" or tdef.sub_event_type == AGREEMENT:
        return False
    if tokens[trig.start_tok - 1].norm not in words("agreed_on") and not _conjunct_term(tokens, cue, trig):
        return False
    return not _between_has_break(tokens, cue.end_tok, trig.start_tok)


CONJUNCT_TERM_REACH = 6  # "على تسليم أسلحتهم الثقيلة والخروج": the first term and its words before the conjunct


def _conjunct_term(tokens: Sequence[Token], cue: Match, trig: Match) -> bool:
    """"وافقوا على تسليم أسلحتهم الثقيلة والخروج من القرية": a verbal noun joined by "و" to a term agreed on after
    "على" (function_words agreed_on) a few words before is a second term of the same deal, not a departure told."""
    if not trig.prefix.startswith("و"):
        return False
    on = words("agreed_on")
    lo = max(cue.end_tok, trig.start_tok - CONJUNCT_TERM_REACH)
    return any(tokens[k].norm in on for k in range(lo, trig.start_tok - 1))


def _act_agreed(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """The word after an agreeing cue ("على أن") is an imperfect verb ("تنسحب"، "يتم"): an act agreed on, not a view
    ("على أن الهجوم ...")."""
    if k >= hi or tokens[k - 1].norm in words("that_pronoun"):
        return False  # "على أنه تلويح": a complementizer carrying its subject opens a view
    w = tokens[k].norm
    return w in words("passive_aux") or (len(w) >= 4 and w[0] in words("imperfect_prefix") and not w.startswith("ال"))


def _failed_at(tokens: Sequence[Token], c: Match, trig: Match, tdef: Trigger) -> bool:
    """«فشل قادة إيران وتركيا وروسيا، بعد اجتماعهم في طهران، في التوصل إلى اتفاق»: failing (function_words failed)
    governs what it failed at with «في» or «ب» («في التوصل»، «بالتوصل»), across its subject and an aside between
    commas, so its reach passes the row's window. Agreements only: a failed attack still happened."""
    if tdef.sub_event_type != AGREEMENT or tokens[c.start_tok].norm not in with_conjunctions(words("failed")):
        return False
    stem = trig.prefix.removesuffix("ال")
    return in_words(stem, words("failed_prefix")) or \
        (not stem and trig.start_tok > 0 and tokens[trig.start_tok - 1].norm in words("failed_link"))


def _prevented_from(tokens: Sequence[Token], c: Match, trig: Match) -> bool:
    """«منع الجيش التركي المهجرين من منطقة دوما في الغوطة من الدخول إلى جرابلس»: preventing (function_words prevented)
    governs what it prevented with «من» right before the verbal noun, past the prevented and their origin."""
    if tokens[c.start_tok].norm not in with_conjunctions(words("prevented")):
        return False
    return not trig.prefix.removesuffix("ال") and trig.start_tok > 0 \
        and tokens[trig.start_tok - 1].norm in words("prevented_link")


def _threat_reach(cue: Cue, tdef: Trigger, trig: Match, tokens: Sequence[Token], c: Match) -> int:
    """A threat reaches the verbal noun it governs with "ب" further than its row's window, and so does a warning the
    verbal noun it warns of after "من/مغبة" (function_words warned_of): the warned one and an aside stand between
    ("حذرت روسيا الولايات المتحدة، التي ...، من إسقاط أي صواريخ")."""
    if cue.kind != "threat" or tdef.pos != "noun":
        return cue.window
    if trig.prefix.removesuffix("ال").endswith("ب"):
        return max(cue.window, THREAT_OBJECT_WINDOW)
    opener = _warned_of(tokens, c, trig)
    if opener < 0:
        return cue.window
    # a joined noun is reached from the object it is joined to, as a threat's "ب" object is from the threat
    return max(cue.window, trig.start_tok - c.end_tok if opener + 1 == trig.start_tok
               else min(trig.start_tok - c.end_tok, opener - c.end_tok + THREAT_OBJECT_WINDOW))


def _warned_of(tokens: Sequence[Token], c: Match, trig: Match) -> int:
    """Where "من" or "مغبة" (function_words warned_of) opens what a warning (function_words warning) warns of, when
    the trigger, without a proclitic, follows it at once, or, joined by "و", follows such an object ("من إسقاط أي
    صواريخ ...، واستهداف مواقع إطلاقها"); -1 if not. The opener lies within WARNED_OF_WINDOW of the warning."""
    if trig.start_tok == 0 or tokens[c.start_tok].norm not in with_conjunctions(words("warning")):
        return -1
    warned_of = words("warned_of")
    last = min(trig.start_tok - 1, c.end_tok + WARNED_OF_WINDOW)
    if not trig.prefix:
        return trig.start_tok - 1 if trig.start_tok - 1 == last and tokens[last].norm in warned_of else -1
    if trig.prefix != "و":
        return -1
    return next((k for k in range(c.end_tok, last) if tokens[k].norm in warned_of), -1)


# modality rows of a bare present verb of waging («تشن»، «وينفذ»: g98jj): the weakest sign of a habit, read last
PRESENT_WAGE_CUES: Final = frozenset({"md-bg-62300", "md-bg-62301", "md-bg-62302", "md-bg-62303",
                               "md-bg-62304", "md-bg-62305", "md-bg-62306", "md-bg-62307"})


def _present_wage(c: Match) -> bool:
    """Cue ``c`` is one of the rows of a bare present verb of waging (PRESENT_WAGE_CUES): the cue row itself tells it,
    with no second list of its words to keep in step (g98zz). Cost: one set look-up."""
    return c.payload.id in PRESENT_WAGE_CUES


def _past_progressive(tokens: Sequence[Token], c: Match, sent_lo: int) -> bool:
    """«وكان الطيران يحلق فوق البلدة وينفذ غارات»: a present verb of waging (PRESENT_WAGE_CUES) after «كان»
    (past_aux) in the same clause is the past progressive, a happening told as it went on, not a habit; «وكانت ... قد نفذت
    في الماضي ...، وتنفذ غارات» has a comma between, and the bare present stays background. Cost: one set look-up, then
    a backward scan to the clause start only for such a cue."""
    if not _present_wage(c):
        return False
    return word_back_in_clause(tokens, c.start_tok, sent_lo, with_conjunctions(words("past_aux")), words("clause_break"))


def _since_span(tokens: Sequence[Token], cue_start: int, sent_lo: int) -> bool:
    """"للمرة الأولى منذ أكثر من ثلاثة أعوام من السيطرة": years counted back from now ("منذ") end the span;
    the "من" after them is the verb's ("تمكنت من"), no "years of" a recalled happening."""
    return tokens[cue_start].norm in time_units() and any(
        tokens[k].norm in words("since") for k in range(max(sent_lo, cue_start - SINCE_SPAN_WINDOW), cue_start))


def resolve_territory(sub: str, actor1: Actor | None, country: str | None) -> str:
    """Government regains territory: the state's own forces; anyone else overtakes it."""
    if sub != "TERRITORY":
        return sub
    if actor1 is not None and actor1.kind == "state" and (country is None or actor1.country == country):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


# Sub-event types whose subjects joined by "و" are the two sides, not one agent and its ally
JOINED_SIDES: Final = frozenset({"Agreement", "Armed clash"})
TARGET_ADJ_WINDOW = 8  # tokens after the trigger where "مواقع إيرانية" may name the target
OWN_DEAD_WINDOW = 6  # tokens before the trigger where "مقتل أحد جنوده إثر" may stand (g92c)
POSSESSED_WINDOW = 5  # tokens after the trigger where "على مواقعه" may stand ("أطلقت 20 صاروخا على مواقعه")
# event types whose possessed positions or forces hit name the target (g55c)
POSSESSOR_TARGET_TYPES = frozenset({"Explosions/Remote violence", "Battles"})
# Sub-event types whose counterpart is the side whose weapon was brought down ("أسقطت صاروخين إسرائيليين")
DOWNED_WEAPON: Final = frozenset({"Disrupted weapons use"})
UNKNOWN_AIRCRAFT = "umf"  # actors.tsv id of Unidentified Military Forces ("طائرات مجهولة")
WEAPON_WINDOW = 6  # tokens either side of an interception where the downed weapon's adjective is read
WEAPON_ADJ_GAP = 3  # tokens from a weapon noun to its nationality adjective ("طائرة بلا طيار إيرانية")


def _weapon_owners(tokens: Sequence[Token], trig: Match, named: Sequence[Mention]) -> list[Mention]:
    """Nationality adjectives of the weapons an interception names ("صاروخين إسرائيليين"، "طائرة سورية"; "إسرائيلي"
    is also read as a name), nearest the trigger first: they name whose weapon was brought down."""
    heads, mods = words("weapon_head"), words("weapon_modifier") | words("head_modifier")
    out = []
    for a in named:
        if a.value.kind not in ("state", "nonstate"):
            continue
        if not (0 <= a.tok_start - trig.end_tok <= WEAPON_WINDOW or 0 <= trig.start_tok - a.tok_end <= WEAPON_WINDOW):
            continue
        # "لصاروخين إسرائيليين" (the head may carry a preposition), "طائرة استطلاع روسية": only modifiers between
        for k in range(a.tok_start - 1, max(-1, a.tok_start - 1 - WEAPON_ADJ_GAP), -1):
            if not heads.isdisjoint(proclitic_stems(tokens[k].norm)):
                out.append(a)
                break
            if tokens[k].norm not in mods:
                break
    return sorted(out, key=lambda a: min(abs(a.tok_start - trig.end_tok), abs(trig.start_tok - a.tok_end)))


LAUNCHER_GAP = 1  # tokens (a comma, "قد") between a side and the launching verb it is the subject of


def _launchers(tokens: Sequence[Token], trig: Match, named: Sequence[Mention], sent_lo: int) -> list[Mention]:
    """"إيران أطلقت 20 صاروخا، أسقطها نظام القبة الحديدية": a side right before or after a launching verb
    (function_words launcher_verb) that stands before the interception in its sentence fired what was brought down,
    so it is the interception's actor2, not its downer (g88b). Not when the defender's own missile is named between
    the verb and the interception ("أطلق الجيش صاروخ باتريوت على طائرة ... وتم إسقاطها")."""
    verbs = with_conjunctions(words("launcher_verb"))
    own = with_conjunctions(words("own_interceptor"))
    stops = words("clause_break")
    out = []
    for a in named:
        if a.value.kind not in ("state", "nonstate") or a.tok_start < sent_lo or a.tok_end > trig.start_tok:
            continue
        # SVO: the verb just after the side; VSO: the verb just before it
        after = range(a.tok_end, min(trig.start_tok, a.tok_end + LAUNCHER_GAP + 1))
        before = range(max(sent_lo, a.tok_start - LAUNCHER_GAP - 1), a.tok_start)
        verb = next((k for k in (*after, *before) if tokens[k].norm in verbs), None)
        if verb is None:
            continue
        if _own_launch(tokens, verb + 1, trig.start_tok, own, stops):
            continue
        out.append(a)
    return out


BLAME_WINDOW = 5  # tokens before an interception where the responsibility word stands ("المسؤولية الكاملة عن حادث إسقاط")
BLAME_VERB_WINDOW = 8  # tokens before that word where the blaming verb stands ("حمّل الجيش دمشق وإيران وحزب الله المسؤولية")
BLAME_SUBJECT = 4  # tokens before the verb where its subject may stand ("إيران وسوريا وروسيا تحمل إسرائيل")


def _blame_span(tokens: Sequence[Token], trig: Match, sent_lo: int) -> tuple[int, int] | None:
    """Tokens of the blaming clause before an interception ("حمّلت موسكو إسرائيل مسؤولية إسقاط الطائرة"): from a
    few tokens before the blaming verb (function_words blame_verb) to the responsibility word (claim_head), whose
    sides blame and are blamed, or None. The downing is told as what the blame is about (g88b)."""
    resp = with_conjunctions(words("claim_head"))
    r = next((k for k in range(trig.start_tok - 1, max(sent_lo, trig.start_tok - BLAME_WINDOW) - 1, -1)
              if tokens[k].norm in resp), None)
    if r is None:
        return None
    verbs = with_conjunctions(words("blame_verb"))
    v = next((k for k in range(r - 1, max(sent_lo, r - BLAME_VERB_WINDOW) - 1, -1) if tokens[k].norm in verbs), None)
    return None if v is None else (max(sent_lo, v - BLAME_SUBJECT), r)


FIRED_BY_WINDOW = 4  # tokens after an interception where "بنيران X" may name who downed it


def _fired_by(tokens: Sequence[Token], trig: Match, actors: Sequence[Mention]) -> Mention | None:
    """An armed side right after a fire noun (function_words fire_of: "بنيران الدفاعات الجوية السورية") a few tokens
    after an interception: whose fire brought it down, its agent (g88b)."""
    fire = words("fire_of")
    for a in actors:
        if a.value.kind in ("state", "nonstate") and trig.end_tok < a.tok_start <= trig.end_tok + FIRED_BY_WINDOW \
                and tokens[a.tok_start - 1].norm in fire:
            return a
    return None


def _own_launch(tokens: Sequence[Token], lo: int, hi: int, own: frozenset[str], stops: frozenset[str]) -> bool:
    """A word for the defender's own missile in the launching verb's clause ("أطلق صاروخ باتريوت"), read up to a
    clause break: "أطلقتها الدول الغربية، لكن الدفاعات السورية أسقطت" names the defender in the next clause."""
    for k in range(lo, hi):
        if tokens[k].norm in stops:
            return False
        if tokens[k].norm in own:
            return True
    return False


def pick_actors(tokens: Sequence[Token], trig: Match, tdef: Trigger, actors: Sequence[Mention],
                adjectives: Sequence[Mention], sent_lo: int, trigs: Sequence[Match] = (),
                why: list[str] | None = None) -> tuple[Mention | None, Mention | None]:
    """Agent and target of a trigger; in an interception, the owner of the weapon brought down is the target.
    ``trigs``: the sentence's triggers (another act stops a by-phrase's reach, by_phrase_agent).
    ``why``, when given, gets WHY_BY_AGENT when "من قبل/على يد" decided the agent (the caller cites it; review s32,
    item 4: the citation reads what the reading read, no second scan)."""
    if tdef.sub_event_type not in DOWNED_WEAPON:
        # "أسقطها نظام القبة الحديدية ... ذكر أن الضربات أصابت أهدافا": an air-defence system only intercepts
        systems = words("defence_system")
        actors = [a for a in actors if tokens[a.tok_start].norm not in systems]
    else:
        blamed = _blame_span(tokens, trig, sent_lo)
        if blamed is not None:
            # "حمّلت موسكو إسرائيل مسؤولية إسقاط الطائرة": who blames and who is blamed are no sides of the downing
            actors = [a for a in actors if not blamed[0] <= a.tok_start < blamed[1]]
            adjectives = [a for a in adjectives if not blamed[0] <= a.tok_start < blamed[1]]
    owners = _weapon_owners(tokens, trig, [*actors, *adjectives]) if tdef.sub_event_type in DOWNED_WEAPON else []
    if tdef.sub_event_type in DOWNED_WEAPON:
        # "أسقط الجيش الروسي طائرات مجهولة": unknown aircraft named in an interception are what was brought down (g69b)
        owners += [a for a in actors if a.value.id == UNKNOWN_AIRCRAFT and not any(a is o for o in owners)]
        owners += [a for a in _launchers(tokens, trig, [*actors, *adjectives], sent_lo)
                   if not any(a is o for o in owners)]
    if tdef.sub_event_type in DOWNED_WEAPON:
        shooter = _fired_by(tokens, trig, actors)
        if shooter is not None:
            # "إسقاط الطائرة بنيران الدفاعات الجوية السورية": the side whose fire downed it is the agent
            rest = [o for o in owners if o.value.id != shooter.value.id]
            return shooter, (rest[0] if rest else None)
    if not owners:
        a1, a2 = _pick_actors(tokens, trig, tdef, actors, adjectives, sent_lo, trigs, why)
        if tdef.sub_event_type in DOWNED_WEAPON and a2 is not None and a2.value.kind == "civilian":
            # "تم حرف مسار الصواريخ ... وأدى انفجار أحدها إلى إصابة 3 مدنيين": the civilians hurt by a weapon brought
            # down fired none of it; the side met is left to the defaults (g109c)
            a2 = None
        return a1, a2
    a1, _ = _pick_actors(tokens, trig, tdef, [a for a in actors if not any(a is o for o in owners)],
                         [a for a in adjectives if not any(a is o for o in owners)], sent_lo, trigs, why)
    a2 = owners[0]
    # "اعترضت الدفاعات الإسرائيلية طائرة إسرائيلية"? never both sides: whose weapon fell is not who downed it
    return (None if a1 is not None and a1.value.id == a2.value.id else a1), a2


GIVE_WINDOW = 10  # tokens before a strike noun where the verb giving it ("وجهت الولايات المتحدة ضربة") may stand


def _strike_given(tokens: Sequence[Token], start: int, sent_lo: int) -> bool:
    """A verb that gives a strike ("وجه"، "شن"، "نفذ", function_words strike_give) within GIVE_WINDOW tokens before the
    strike noun at start, in its sentence and clause: the noun is its object, so li + a side after it is the target."""
    return word_back_in_clause(tokens, start, max(sent_lo, start - GIVE_WINDOW),
                               with_conjunctions(words("strike_give")), words("clause_break"))


def _members_firing(tokens: Sequence[Token], trig: Match, after: Sequence[Mention]) -> Mention | None:
    """"برصاص عناصر تابعة لميليشيا بدر"، "بنيران مسلحين من داعش"، "برصاص حراس مقر منظمة بدر": the group whose members
    (or whose office's guards) fired is the agent.

    Only gunfire nouns: after "مقتل عناصر من المعارضة" the group named is the dead's side, not who killed (g43c).
    """
    if not after or norm_key(trig.phrase).lower() not in words("fire_of"):
        return None
    return _fire_owner(tokens, trig.end_tok, after[0])


LEAVING_GAP = 6  # tokens at most from a departure noun to the group whose members it names ("خروج آخر دفعة من مسلحي فصيل X")
LEFT_GENERIC = "syr-reb"  # actors.tsv id of the generic rebels: a name of no group, not told by members_leaving


def members_leaving(tokens: Sequence[Token], trig: Match, tdef: Trigger, m: Mention | None) -> bool:
    """"خروج آخر مقاتلي تنظيم الدولة الإسلامية من الحي"، "إجلاء دفعة من مسلحي جيش الإسلام"، "خروج مئات المقاتلين من
    فصيل X": a departure noun (trigger_kinds departure_noun) whose members' noun, within a few words after it, is
    followed by a named non-state group ``m`` tells that group as the side that left (g103m). Between the noun and the
    members only words of count, batch or remainder (function_words leaving_lead, numbers, «من»); between the members
    and the name only «من», a kind word (leaving_kind) and a quote. Not the generic rebels (no group named), not a part
    of a force («قسم من عناصر»: moved elsewhere). Asked once per transfer frame with a counterpart and no agent."""
    if m is None or m.value.kind != "nonstate" or m.value.id == LEFT_GENERIC \
            or not 0 < m.tok_start - trig.end_tok <= LEAVING_GAP or tdef.id not in trigger_kind("departure_noun"):
        return False
    member, lead, part = words("member"), words("leaving_lead"), words("partitive")
    k = trig.end_tok
    while k < m.tok_start and (tokens[k].norm in lead or tokens[k].norm in part or tokens[k].norm.isdigit()):
        k += 1
    if k >= m.tok_start:
        return False
    w = tokens[k].norm
    if not any(w.startswith(x) or w.removeprefix("ال").startswith(x) for x in member):
        return False
    rest = [tokens[j].norm for j in range(k + 1, m.tok_start) if tokens[j].norm not in NAME_QUOTES]
    if rest and rest[0] in part:
        rest = rest[1:]
    if rest and rest[0] in words("leaving_kind"):
        rest = rest[1:]
    return not rest


FIRE_CHAIN_WINDOW = 8  # tokens after a killing verb where "برصاص حراس مقر X" may name who fired (g101w)


def _fire_after_verb(tokens: Sequence[Token], trig: Match, after: Sequence[Mention]) -> Mention | None:
    """"قتل متظاهر برصاص حراس مقر منظمة بدر": after a verb, a fire noun whose men-and-owner chain ends at the first
    side named after the verb tells who fired (the same chain as _members_firing), not whom it was done to (g101w)."""
    if not after or after[0].tok_start - trig.end_tok > FIRE_CHAIN_WINDOW:
        return None
    cand, fire = after[0], words("fire_of")
    for k in range(max(trig.end_tok, cand.tok_start - 4), cand.tok_start - 1):
        if tokens[k].norm in fire:
            return _fire_owner(tokens, k + 1, cand)
    return None


def _fire_owner(tokens: Sequence[Token], start: int, cand: Mention) -> Mention | None:
    """The side ``cand`` when the tokens from ``start`` to it are members (or guards) of it: "عناصر تابعة ل"، "مسلحين من"،
    "حراس مقر" (function_words member, fire_guard, fire_site, affiliated, partitive)."""
    gap = [tokens[k].norm for k in range(start, cand.tok_start)]
    if not gap or len(gap) > 3 or not (any(gap[0].startswith(w) for w in words("member"))
                                       or gap[0] in words("fire_guard")):
        return None
    link = gap[1:]
    if link and link[0] in words("fire_site"):
        # "برصاص حراس مقر منظمة X"، "برصاص عناصر مكتب X": the men of a group's office fire for the group (g101w)
        link = link[1:]
        if not link:
            return cand if cand.value.kind == "nonstate" else None
    if len(link) > 1:
        return None
    if link and link[0] not in words("affiliated") and link[0] not in words("partitive"):
        return None
    if not link and not tokens[cand.tok_start].norm.startswith("ل"):
        return None  # "برصاص عناصر الأمن": a genitive is read as the agent elsewhere
    return cand if cand.value.kind in ("state", "nonstate") else None


CHANGE_SUB: Final = "Change to group/activity"


def _owner_of_moved(tokens: Sequence[Token], tdef: Trigger, cand: Mention) -> bool:
    """«وصول تعزيزات عسكرية ضخمة لقوات النظام إلى ...»: a side in «ل» after a noun of forces moved (a Change to
    group/activity noun), past its adjectives, owns them: the agent, as a side right after the noun is (g111b)."""
    return tdef.pos == "noun" and tdef.sub_event_type == CHANGE_SUB and tokens[cand.tok_start].norm.startswith("ل")


def _pick_actors(tokens: Sequence[Token], trig: Match, tdef: Trigger, actors: Sequence[Mention],
                 adjectives: Sequence[Mention], sent_lo: int, trigs: Sequence[Match] = (),
                 why: list[str] | None = None) -> tuple[Mention | None, Mention | None]:
    """Agent and target of a trigger from Arabic word order.

    Verbs: the subject follows the verb (VSO) within a few tokens, else precedes it (SVO).
    Nouns: an adjective or a genitive right after the noun names the agent
    ("غارات روسية", "قصف قوات النظام"); else the nearest actor before the trigger.
    The target is the nearest other actor after the trigger.
    """
    # "واستهدف مسلحون مجهولون سيارة": a phrase holding its doer, wholly or in part (trigger_kinds agent_inside, g100l;
    # the caller keeps no other trigger's inner names) has that doer as its agent and the first side after it as target;
    # the kind is tested first, so other triggers scan no actors here (review 2, item 6)
    if tdef.id in trigger_kind(AGENT_INSIDE):
        inner = next((a for a in actors if a.tok_start < trig.end_tok and a.tok_end > trig.start_tok), None)
        if inner is not None:
            # "برصاص ميليشيات عصائب أهل الحق الموالية لإيران": the doer's patron after it is no target (g101c)
            named = [*actors, *adjectives]
            return inner, next((a for a in actors if a.tok_start >= max(trig.end_tok, inner.tok_end)
                                and not _ally_marked(tokens, a, named)), None)
    # "بقيادة واشنطن"، "المدعومة من روسيا": a side's ally or backer is no side of the act
    named = [*actors, *adjectives]
    backers = [a for a in actors if _ally_marked(tokens, a, named)]
    if backers:
        actors = [a for a in actors if not any(a is b for b in backers)]
    adjectives = [a for a in adjectives if not _ally_marked(tokens, a, named)]
    after = [a for a in actors if a.tok_start >= trig.end_tok]
    before = [a for a in actors if a.tok_end <= trig.start_tok]
    if tdef.event_type in HOLDER_NO_AGENT or tdef.sub_event_type == ARRESTS:
        # "قصفت الطائرات بلدة تسيطر عليها المعارضة": who holds the place hit is not who struck it; «هاجم التنظيم مخيما
        # تسيطر عليه قسد، واقتاد 100 عائلة»: nor who led its people away (g103e)
        before = [a for a in before if not _held_by(tokens, a)]
        adjectives = [a for a in adjectives if not _held_by(tokens, a)]
    reach = BETWEEN_REACH if tdef.event_type in BOTH_SIDES_TYPES else BETWEEN_NEAR
    pair = _between_pair(tokens, trig, after, reach)
    if pair is None and tdef.event_type in BOTH_SIDES_TYPES:
        pair = _both_sides_before(tokens, trig, before)
    if pair is not None:
        return pair
    if tdef.event_type in BOTH_SIDES_TYPES:
        lone = _between_lone(tokens, trig, after)
        if lone is not None:
            return lone, None
    # "مواقع عسكرية للنظام ... قد استهدفت": the owner of the positions a strike hit, named before it, is no agent
    owners = [a for a in before if _owns_positions(tokens, a)] if tdef.event_type in HOLDER_NO_AGENT else []
    before = [a for a in before if not any(a is o for o in owners)]
    killed: list[Mention] = []
    if tdef.sub_event_type == "TERRITORY":
        # "أعلن الجيش السوري تطهير الحجر الأسود من تنظيم داعش والسيطرة على المخيم": the side the ground is taken
        # from, or its holder ("معقل المعارضة"), named before the taking is the loser, never its agent (g74b)
        before = [a for a in before if not _taken_from(tokens, a)]
        # "تمكنت قوات النظام من القضاء على عشرات من مسلحي داعش ما أدى إلى السيطرة على الحي": the side whose members
        # were killed before the taking lost it; it is the taking's target, never its taker (g84a)
        # ("قتل 12 مقاتلا من قوات النظام ... خلال سيطرتهم": a taking word with a pronoun of possession is its own
        # referent's, who may be the dead's side)
        if not tokens[trig.start_tok].norm.endswith(_owner_suffixes()):
            killed = [a for a in before if _killed_object(tokens, a, sent_lo)]
        before = [a for a in before if not any(a is k for k in killed)]
    # "أخطرت إسرائيل روسيا قبل الضربة": the side told or warned of a strike is not who struck (g75b)
    before = [a for a in before if not _told_object(tokens, a, actors)]
    heads = words("target_head")
    # "القصف الذي ينفذه النظام", "الغارات التي شنتها الولايات المتحدة": the relative clause names the agent;
    # "غارة نسبت إلى إسرائيل": so does the one it is attributed to
    # "اتهمت دمشق إسرائيل بشن غارة": the side accused of the act, right before "ب" + its noun, is its agent (g74d)
    a1: Mention | None = (_attributed_agent(tokens, trig, actors, adjectives)
                          or _accused_agent(tokens, trig, actors, adjectives)
                          or _relative_agent(tokens, trig, actors, adjectives))
    if a1 is None:
        # "تم استهداف رتل للجيش التركي من قبل الوحدات الكردية": the agent named by "من قبل/على يد" beats the side
        # acted on, named first (g101d)
        a1 = by_phrase_agent(tokens, trig, tdef, after, sent_lo, trigs)
        if a1 is not None and why is not None:
            why.append(WHY_BY_AGENT)
    # "غارات روسية" names the agent; "غارات على مواقع إيرانية" the target (below)
    # "الضربات على سوريا": a name after "على/ضد" is what the act fell on, never its agent (below: the target)
    # (not when a side is named before "أن/إن" ahead of the act: "أعلن الجيش الروسي أن الدول الغربية أطلقت صواريخ على
    # سوريا" would give the act to the speaker, whom the speaker rules do not catch there)
    # ("وتحدث بوتين إلى نظيره الإيراني ... بعد أن وجهت الولايات المتحدة ... ضربات على سوريا": the «أن» of a time word
    # opens no speech, g103l)
    spoken = any(b.tok_end <= trig.start_tok and said_between(tokens, b.tok_end, trig.start_tok) for b in actors)
    struck = [] if spoken else [a for a in adjectives
                                if 0 < a.tok_start - trig.end_tok <= 2 and after_counterpart(tokens, a)]
    # "الضربات الجوية على أهداف في سوريا": the state whose country holds the positions hit, no owner named, is struck
    # (its forces, as ACLED codes it), even when a speaker is named before "إن" (g57d)
    struck += [a for a in adjectives if positions_in_country(tokens, a, trig.end_tok)]
    # "نفذت القوات الأميركية ضربات جوية في سوريا": a country after "في" is where the act fell, not its agent; so is
    # the nisba of a land noun ("نفذت إسرائيل ضربات داخل الأراضي السورية": the Syrian land, no Syrian striker; g102d)
    in_place = words("in_place")
    near = [a for a in adjectives if 0 <= a.tok_start - trig.end_tok <= 2 and not any(a is s for s in struck)
            and not (a.tok_start > 0 and tokens[a.tok_start - 1].norm in in_place)
            and not (a.tok_start > trig.end_tok and _after_head(tokens, a.tok_start, heads)
                     and not _subject_forces(tokens, trig, tdef, a, named))]
    adj = [a for a in near if not after_land_noun(tokens, a.tok_start)]
    # "المحتجون هاجموا مقر تلفزيون العراقية": a verb that carries its plural subject has none after it
    carried = tdef.pos == "verb" and _carries_subject(tokens[trig.start_tok].norm)
    if why is not None and a1 is None and not carried and near and near[0] is not (adj[0] if adj else None):
        why.append(WHY_LAND_NISBA)  # the land noun's nisba would have been the agent: refused (the caller cites it)
    if a1 is not None:
        pass
    elif adj and not carried:
        a1 = adj[0]
        if trig.start_tok > 0 and tokens[trig.start_tok - 1].norm in words("backed_by_strikes"):
            # "تقدمت القوات السورية مدعومة بغارات روسية": the side the strikes support leads them
            a1 = _supported_side(before, a1, sent_lo) or a1
    # "طرد مسلحي داعش": the genitive of an object noun is the one acted upon (the target, below)
    elif after and not carried and after[0].tok_start - trig.end_tok <= (3 if tdef.pos == "verb" or _owner_of_moved(
            tokens, tdef, after[0]) else 1) and not (
            tdef.pos == "noun" and norm_key(trig.phrase).lower() in words("object_noun")):
        cand = after[0]
        marked = cand.tok_start > 0 and (tokens[cand.tok_start - 1].norm in words("counterpart")
                                         or is_position(tokens[cand.tok_start - 1].norm) or (
            tdef.event_type in HOLDER_NO_AGENT and _held_by(tokens, cand)))
        # "أحرقوا مقر ميليشيات X": a trigger ending on the thing hit ("مقر") has X as its owner, the target
        marked = marked or tokens[trig.end_tok - 1].norm in words("counterpart")
        # "لاستعادتها من قبضة القوات الكردية": the side a place is taken back from is the loser (g74b)
        # ("سيطر عليها النظام"، "سيطرة النظام على": a holder word right before a side after the act names its agent)
        marked = marked or (tdef.sub_event_type == "TERRITORY" and _from_side(tokens, cand.tok_start))
        # "تمكن من استعادة معقل المعارضة"، "استعادت مناطق سيطرة داعش": a side named as the holder of the place taken,
        # by a holder word after the taking word, lost it (g93a); a holder word that is the trigger's own ("سيطر
        # عليها النظام") does not count: there the side after it is the taker
        marked = marked or (tdef.sub_event_type == "TERRITORY" and _held_by(tokens, cand, trig.end_tok))
        # "استهدفت موقعين للجيش السوري"، "ضربت مواقع لميليشيات حزب الله": a side named after the positions the act
        # fell on owns them (the target); the one who struck is named elsewhere
        marked = marked or (tdef.event_type in HOLDER_NO_AGENT and _positions_between(tokens, trig.end_tok, cand.tok_start))
        # "وجهت إسرائيل ضربة صاروخية للنظام"، "بتوجيه ضربة عسكرية للنظام السوري": li + a side right after a strike
        # noun given by a verb is who was struck; "غارات لقوات النظام" with no such verb stays the agent (g69b)
        marked = marked or (tdef.pos == "noun" and tdef.event_type in HOLDER_NO_AGENT and cand.tok_start == trig.end_tok
                            and tokens[cand.tok_start].norm.startswith("ل")
                            and _strike_given(tokens, trig.start_tok, sent_lo))
        # "تمكن الجيش من قتل 20 من عناصر تنظيم داعش": the side of the members counted right after a killing verb
        # is whose dead they are (the object, or the passive's subject), never the killer (g86e)
        # (only with an armed side named before the verb to be the killer: "قتل 5 مسلحين متشددين خلال تطهير القوات
        # العراقية" names its agent elsewhere, and the sentence's reading stands)
        marked = marked or (tdef.pos == "verb" and any(_armed(b) for b in before)
                            and _counted_dead_side(tokens, trig, cand))
        if not marked and (cand.value.kind != "civilian" or tdef.event_type in ("Protests", "Riots")):
            a1 = cand
    if a1 is None:
        # "قصف مكثف من قبل القوات الحكومية": the agent of a noun or a passive
        for a in after:
            if a.tok_start - trig.end_tok > 6:
                break
            if by_phrase_start(tokens, a) is not None:
                a1 = a
                break
    if a1 is None and tdef.event_type in BOTH_SIDES_TYPES:
        # "اشتباكات عنيفة ... في محاولة للقوات التركية لاقتحام المدينة": who attempts the assault attacks (g95c)
        a1 = _attempt_agent(tokens, trig, after)
        if a1 is not None:
            # "للقوات التركية والفصائل الموالية لها": the sides joined to the attacker by "و" attack with it
            after = _past_joined(a1, after)
    if a1 is None and tdef.pos == "noun":
        a1 = _members_firing(tokens, trig, after)
    if a1 is None and tdef.pos == "verb":
        a1 = _fire_after_verb(tokens, trig, after)
    if a1 is None and _subjected_before(tokens, trig.start_tok, sent_lo):
        # "تتعرض البلدة لقصف عنيف من الطائرات الحربية الروسية": "من" names the agent of what it was subjected to
        a1 = _from_agent(tokens, trig, actors, adjectives)
    if a1 is None and after and tdef.pos == "verb":
        cand = after[0]
        k = cand.tok_start
        if 0 < k - trig.end_tok <= 6 and k >= 2 and tokens[k - 1].norm in words("partitive") and any(
                tokens[k - 2].norm.startswith(w) for w in words("member")) and not (
                any(_armed(b) for b in before) and _counted_dead_side(tokens, trig, cand)):
            a1 = cand  # "استسلم نحو مئة مقاتل من تنظيم داعش" (not "قتل 20 مسلحا من داعش": the dead's side)
    if a1 is None:
        # "طائرات إسرائيلية شنت غارات" (and "شنت طائرات إسرائيلية غارات"): the adjective of the subject just
        # before the trigger, unless it qualifies positions or forces ("مواقع إيرانية" are hit, they do not hit)
        # (forces with a list of nationalities before the strike noun strike: "شنت قوات أميركية وبريطانية وفرنسية
        # ضربات"; several states' forces are rarely what is hit)
        # ("على أهداف في سوريا "ضربة واحدة"": the country of positions hit is struck, not the next act's agent; g57d)
        # ("شنت طائرات حربية سورية مدعومة من القوات الجوية الروسية غارات": the aircraft's nisba, its backer named
        # after it, is the subject's; the backer is no side, g103n)
        adj = [a for a in adjectives if _just_before(tokens, a, trig.start_tok, backers)
               and a.value.kind in ("state", "nonstate")
               and not (a.tok_start >= 2 and positions_in_country(tokens, a, a.tok_start - 2))
               and not (a.tok_start > 0 and _after_head(tokens, a.tok_start, heads)
                        and _past_joined_nationalities(tokens, a.tok_end, trig.start_tok) == a.tok_end)]
        if adj and not any(adj[-1].tok_end <= b.tok_start and b.tok_end <= trig.start_tok for b in before):
            # "نفذت القوات الأميركية والبريطانية والفرنسية ضربات": of adjectives joined by "و" the first named leads
            a1 = _first_adjective(adj[-1], named)
    if a1 is None and len(before) > 1:
        # "أبلغت واشنطن موسكو قبل الضربة"، "أخطرت إسرائيل روسيا مسبقا بالضربات": the party told beforehand is no
        # agent (who told it is, below)
        before = [b for b in before if not _notified(tokens, b, before)]
    if a1 is None and before and (dead := _dead_counted(tokens, before[-1], trig.start_tok)) >= 0:
        # "وسقط العشرات من القوات السورية الحكومية والقوات والميليشيات الإيرانية بين قتيل وجريح في غارات": the sides
        # whose dead and wounded are counted were hit, not the agent; so are the sides listed with them (g58c)
        before = [b for b in before if not _listed_before(tokens, b, dead)]
    if a1 is None and before:
        # nearest actor before, skipping civilians (they are targets, not agents)
        for a in reversed(before):
            if a.value.kind != "civilian" or tdef.event_type in ("Protests",):
                a1 = a
                break
        if a1 is before[-1] and tdef.pos == "verb" and tokens[trig.start_tok].norm.startswith("و"):
            # "دفع الجيش التركي وحدات حماية الشعب إلى التقهقر ... وتقدم نحو عفرين": a verb joined by "و" shares
            # the subject of the verb before it; the side named right after that subject is its object (g95c)
            a1 = _coordinated_subject(tokens, a1, before, sent_lo) or a1
        if a1 is not None and tdef.sub_event_type not in JOINED_SIDES:
            # "القوات التركية والفصائل الموالية لها سيطرت": of subjects joined by "و", the first named leads (the
            # second is its associate); two sides joined before a clash are read below
            a1 = _first_conjunct(tokens, a1, before)
    if a1 is not None and a1.value.kind == "unidentified":
        # "مسلحون من تنظيم داعش": the group named after "من" is the agent
        nxt = next((a for a in actors if a.tok_start == a1.tok_end + 1), None)
        if nxt is not None and tokens[a1.tok_end].norm in words("partitive") and nxt.value.kind in ("state", "nonstate"):
            a1 = nxt
    a2: Mention | None = None
    # "قتل 20 مدنيا في قصف على بلدة، معقل الفصائل": when the sentence names civilians, the holder of the place hit
    # is not whom the strike fell on
    civilian = next((a for a in actors if a.value.kind == "civilian"), None) if tdef.event_type in HOLDER_NO_AGENT else None
    for a in after:
        if a1 is not None and (a is a1 or a.value.id == a1.value.id):
            continue
        if _agent_fellow(tokens, a, a1, trig):
            # "قصف من تركيا أو الفصائل المدعومة منها"، "هجوم شنه مع متشددين آخرين": on the agent's side (g104i)
            continue
        if tdef.event_type in HOLDER_NO_AGENT and a.tok_start > 0 and not a.prefix \
                and tokens[a.tok_start - 1].norm in words("departing_noun"):
            # "حملة القصف على مخيم اليرموك ... وبدء انسحاب مقاتلي المعارضة من القلمون"، "هجوم على دوما بعد خروج
            # المعارضة": whose leaving is told, not whom the strike hit (g104i)
            continue
        if civilian is not None and civilian.tok_end <= trig.start_tok and _between_has_break(
                tokens, trig.end_tok, a.tok_start):
            # "قتل ستة مدنيين في قصف المعارضة، وهو ما نفى جيش الإسلام مسؤوليته": the civilians killed were hit,
            # not a side named in another clause
            break
        a2 = civilian if civilian is not None and _held_by(tokens, a) else a
        break
    if a2 is None and a1 is not None and a1.tok_start >= trig.end_tok and (
            tdef.id in trigger_kind(REPELLED_ATTACK) or tdef.id in trigger_kind(REPELLING_VERB)):
        # "تمكنت قوات النظام من صد هجوم لتنظيم داعش": the attack's genitive is the attacker (actor1); the subject
        # named before the verb is the defender, the clash's other side (g85d)
        a2 = _defender_before(tokens, trig, a1, before)
        defender_read = a2 is not None
    else:
        defender_read = False
    if a1 is not None and a2 is not None and tdef.sub_event_type == "Armed clash":
        a1, a2 = _clash_sides_before(tokens, trig, a1, a2, before, sent_lo)
        if tdef.id in trigger_kind(REPELLING_VERB) and not defender_read:
            # "تصدت الفصائل لهجوم القوات"، "قسد تتصدى لهجمات يشنها داعش": the verb's subject repelled, its object attacked;
            # actor1 is the attacker, as for "صد هجوم X" (g100d)
            a1, a2 = _repelling_sides(tokens, trig, a1, a2, [*actors, *adjectives])
    if a2 is None:
        for a in reversed(before):
            if a1 is not None and (a is a1 or a.value.id == a1.value.id):
                continue
            if a.value.kind == "civilian":
                a2 = a
                break
    if a1 is not None and a2 is None and tdef.sub_event_type in JOINED_SIDES:
        # "وكانت روسيا وتركيا توصلتا إلى اتفاق": the subjects joined by "و" are the two sides
        first = _joined_before(tokens, a1, before)
        if first is not None:
            a1, a2 = first, a1
    elif a1 is not None and a2 is not None and tdef.sub_event_type == AGREEMENT:
        # "توصلت تركيا والولايات المتحدة إلى اتفاق ... لسحب مقاتلين أكراد": two states joined before the deal are
        # its sides; a side named in its terms is not (g85c)
        first = _joined_states(tokens, trig, a1, a2, before)
        if first is not None:
            a2 = a1
            a1 = first
    if a2 is None:
        a2 = next((o for o in reversed(owners) if a1 is None or o.value.id != a1.value.id), None)
    if a1 is None and a2 is not None and a2.value.kind in ("protester", "rioter") \
            and tdef.event_type in ("Protests", "Riots"):
        # "تستمر المظاهرات، حيث اقتحم محتجون ...": the protesters named after a protest are who protests
        a1, a2 = a2, None
    if a2 is None:
        # "غارات على مواقع إيرانية", "استهدفت قوات تركية": the state or group of the positions or forces hit
        for a in adjectives:
            if 0 < a.tok_start - trig.end_tok <= TARGET_ADJ_WINDOW and _after_head(tokens, a.tok_start, heads) \
                    and a.value.kind in ("state", "nonstate") and (a1 is None or a.value.id != a1.value.id):
                a2 = a
                break
    if a2 is None and not any(a.tok_start > trig.end_tok and _after_head(tokens, a.tok_start, heads) for a in adjectives):
        # "الضربات على سوريا": the country struck, when the sentence names no positions or forces hit further on
        # ("الضربات على سوريا التي استهدفت مواقع إيرانية": the Iranian positions are the target)
        a2 = next((a for a in struck if a1 is None or a.value.id != a1.value.id), None)
    if a2 is None and tdef.event_type in POSSESSOR_TARGET_TYPES:
        a2 = possessor_hit(tokens, trig, before, a1, sent_lo)
    if a2 is None and killed:
        a2 = next((k for k in reversed(killed) if a1 is None or k.value.id != a1.value.id), None)
    if a1 is not None and a2 is None and _held_in_passive(tokens, trig, tdef, a1):
        # "4 قادة في داعش ألقي القبض عليهم"، "قيادات داعش التي تم اعتقالها": the group named before a passive
        # arrest is the one held; the arrester, unnamed, is left to the country's default (g91d)
        a2 = a1
        a1 = None
    return a1, a2


def counted_people(tokens: Sequence[Token], m: Mention | None) -> bool:
    """The one-word side ``m`` is a nationality right after a number ("14 إيرانيا"، "خمسة سوريين"): people counted."""
    if m is None or m.tok_end - m.tok_start != 1 or m.tok_start < 1:
        return False
    prev = tokens[m.tok_start - 1].norm
    return tokens[m.tok_start].norm.endswith(endings("nisba_plural_ending")) and (prev.isdigit() or number_word(prev) is not None)


HELD_PERSON: Final = "held-civilians-129500"  # rule id: an arrest's people held told by a person noun (g109q)
HELD_NATIONALS: Final = "held-nationals-129501"  # rule id: ... told by a counted nationality: its civilians (g109q)
HELD_REACH = 7  # tokens after an arrest trigger where its people held may be told ("اعتقلت السلطات الألمانية 4 سوريين")


def held_civilians(tokens: Sequence[Token], trig: Match, sent_hi: int) -> Mention | None:
    """The people an arrest holds, told within HELD_REACH tokens after its trigger with no clause break before them:
    a counted nationality ("4 سوريين"، "14 إيرانيا") -> that country's civilians, or a person noun (function_words
    held_person: "شخصا"، "زوجته") -> the civilians of the event's country; else None (g109q). Runs only for an
    arrest with no arrested side read: a few set look-ups."""
    nationals, persons, brk, stop = held_nationals(), words("held_person"), words("clause_break"), words("held_stop")
    if any(tokens[j].norm in stop for j in range(trig.start_tok, sent_hi)):
        # "القبض على أشخاص يشتبه بانتمائهم لشبكة ..."، "تم القبض عليه مع زوجته": the people held are a group's
        # men, or the one held is told by a pronoun (a member named before); not plain civilians
        return None
    for j in range(trig.end_tok, min(sent_hi, trig.end_tok + HELD_REACH)):
        t = tokens[j]
        if t.norm in brk:
            return None
        if t.norm in persons:
            return Mention("actor", j, j + 1, t.start, t.end, actor_table()["civ"], HELD_PERSON)
        if t.norm in nationals and (tokens[j - 1].norm.isdigit() or number_word(tokens[j - 1].norm) is not None):
            return Mention("actor", j, j + 1, t.start, t.end, nationals[t.norm], HELD_NATIONALS)
    return None


def _held_in_passive(tokens: Sequence[Token], trig: Match, tdef: Trigger, a1: Mention) -> bool:
    """An arrest told in the passive ("ألقي القبض"، "تم اعتقال") whose only side, a group, is named before it."""
    if tdef.sub_event_type != ARRESTS or a1.tok_end > trig.start_tok or a1.value.kind != "nonstate":
        return False
    k = trig.start_tok
    return tokens[k].norm in words("passive_verb") or (
        tdef.pos == "noun" and k > 0 and tokens[k - 1].norm in words("passive_aux"))


REPELLED_ATTACK = "repelled_attack"  # trigger_kinds.tsv: «صد هجوم»، «تصدى لهجوم» (g85d)
REPELLING_VERB = "repelling_verb"  # trigger_kinds.tsv: «تصدت»، «صدت» alone, subject the defender (g100d)
RELATIVE_GAP = 3  # tokens before a side where "التي/الذي" makes it a relative clause's agent ("التي تحتلها إسرائيل")
DEFENDER_WINDOW = 6  # tokens back from a repelling verb to its subject ("تمكنت قوات النظام من صد")


REPELLED_REACH = 14  # tokens after a repelling verb to its attack noun ("يتصدى المقاتلون الأكراد الذين … ، للهجوم")
ATTACKER_GAP = 4  # tokens after that noun to its side ("للهجوم التركي"، "لهجمات مضادة يشنها تنظيم داعش")


def _repelled_attacker(tokens: Sequence[Token], trig: Match, named: Sequence[Mention]) -> Mention | None:
    """The armed side named just after the attack noun a repelling verb takes (its adjective, genitive or the agent of
    "الذي تشنه"), or None when no such noun follows: "يتصدى المقاتلون الأكراد الذين … في قتال داعش، للهجوم التركي"
    names Turkey as the attacker, not the group of the relative clause. The noun is sought in the verb's clause: a
    comma (a day set off, a relative clause closed) does not end it, another clause break does ("تصدت الفصائل لقوات
    النظام، فيما شن تنظيم داعش هجمات"). A side after a target marker ("هجمات على مواقع قسد") was attacked."""
    heads, breaks, commas = words("repelled_head"), words("clause_break"), words("list_link")
    hi = min(len(tokens), trig.end_tok + REPELLED_REACH)
    k = -1
    for j in range(trig.end_tok, hi):
        w = tokens[j].norm
        if w in heads:
            k = j
            break
        if w in breaks and w not in commas:
            return None
    if k < 0:
        return None
    targets = words("rel_object")
    return min((a for a in named if k < a.tok_start <= k + ATTACKER_GAP and a.value.kind in ("state", "nonstate")
                and not any(tokens[n].norm in targets for n in range(k + 1, a.tok_start))),
               key=lambda a: a.tok_start, default=None)


def _repelling_sides(tokens: Sequence[Token], trig: Match, a1: Mention, a2: Mention,
                     named: Sequence[Mention]) -> tuple[Mention, Mention]:
    """(attacker, defender) of a finite repelling verb read with subject ``a1`` and object ``a2``: the side after its
    attack noun attacked when one is named, else the object; the subject, when it is not that side, defended."""
    atk = _repelled_attacker(tokens, trig, named)
    if atk is None:
        return a2, a1
    if atk.value.id == a1.value.id:
        return a1, a2
    return atk, a1


def _defender_before(tokens: Sequence[Token], trig: Match, a1: Mention, before: Sequence[Mention]) -> Mention | None:
    """The armed side named just before a repelling verb, in its clause: who repelled the attack of ``a1``."""
    for a in reversed(before):
        if trig.start_tok - a.tok_end > DEFENDER_WINDOW:
            return None
        if a.value.kind in ("state", "nonstate") and a.value.id != a1.value.id:
            # "الحدود مع هضبة الجولان التي تحتلها إسرائيل تصدت لهجوم": the agent of a relative clause is not the subject
            relative = any(tokens[k].norm in words("relative") for k in range(max(0, a.tok_start - RELATIVE_GAP), a.tok_start))
            # "أعلن الجيش الأردني، الخميس، أنه تصدى لمسلحين": the pronoun of "أنه" right before the verb is the
            # side who speaks, across the commas of its day (g100d)
            told = trig.start_tok > 0 and tokens[trig.start_tok - 1].norm in words("that_him")
            return None if relative or (_between_has_break(tokens, a.tok_end, trig.start_tok) and not told) else a
    return None


def _clash_sides_before(tokens: Sequence[Token], trig: Match, a1: Mention, a2: Mention, before: Sequence[Mention],
                        sent_lo: int) -> tuple[Mention, Mention]:
    """"يشن النظام عملية على مناطق تسيطر عليها قوات سوريا الديموقراطية، حيث اندلعت اشتباكات ...، وكانت قوات سوريا
    الديمقراطية قد سيطرت ... أخرجت تنظيم الدولة": when both sides are named before the clash, a side named after it
    in a later clause is no side of it (g57c). The clash then has the armed side named before the nearest one."""
    if a1.tok_end > trig.start_tok or a2.tok_start < trig.end_tok or not _between_has_break(
            tokens, trig.end_tok, a2.tok_start):
        return a1, a2
    for b in reversed(before):
        if b.tok_end <= a1.tok_start and b.tok_start >= sent_lo and b.value.id != a1.value.id \
                and b.value.kind in ("state", "nonstate"):
            # "مقتل 36 عنصرا من قوات النظام والمسلحين الموالين لها خلال اشتباكات": sides joined by "و" are one side
            return (a1, a2) if _joined_pair(tokens, b, a1) else (b, a1)
    return a1, a2


def _joined_pair(tokens: Sequence[Token], b: Mention, a: Mention) -> bool:
    """b and a, next to each other, joined by "و" ("قوات النظام والمسلحين"، "قوات النظام و الميليشيات")."""
    gap = a.tok_start - b.tok_end
    return (gap == 0 and a.prefix.startswith("و")) or (gap == 1 and tokens[b.tok_end].norm == "و")


def possessor_hit(tokens: Sequence[Token], trig: Match, before: Sequence[Mention], a1: Mention | None,
                   sent_lo: int) -> Mention | None:
    """"أكدت قسد أن النظام استهدف قواتها"، "أطلقت القوات الإيرانية صواريخ على مواقعه": positions or forces hit,
    told with a pronoun of possession, are the armed side's named earlier in the sentence (the target), not the
    agent's. Runs only when no target was read: a set look-up over a few tokens after the trigger."""
    owned = words("possessed_target")
    hi = min(len(tokens), trig.end_tok + POSSESSED_WINDOW)
    k = next((j for j in range(trig.end_tok, hi) if tokens[j].norm in owned), None)
    # right after the trigger (its object) or after "على/ضد"; never "من مواقعها" (where the strike came from)
    if k is None or (k > trig.end_tok and tokens[k - 1].norm not in words("counterpart_prep")):
        return None
    return next((b for b in reversed(before) if b.tok_start >= sent_lo and b.value.kind in ("state", "nonstate")
                 and (a1 is None or (b is not a1 and b.value.id != a1.value.id))), None)


def possessor_dead_before(tokens: Sequence[Token], trig: Match, before: Sequence[Mention], a1: Mention | None,
                          sent_lo: int) -> Mention | None:
    """"أعلن الجيش التركي مقتل أحد جنوده إثر هجوم شنه مسلحون": the men counted by a pronoun of possession just before
    the trigger ("أحد جنوده"، "اثنين من عناصرها") are the dead of the side named before them, its target (g92c).
    Runs for a battle or strike frame with no target read: a set look-up over a few tokens before the trigger."""
    owned = words("possessed_target")
    lo = max(sent_lo + 1, trig.start_tok - OWN_DEAD_WINDOW)
    k = next((j for j in range(trig.start_tok - 1, lo - 1, -1) if tokens[j].norm in owned), None)
    # counted ("أحد جنوده"، "8 من جنوده"), not the side's positions or forces as the subject or a place
    if k is None or tokens[k - 1].norm not in words("own_men_count"):
        return None
    return next((b for b in reversed(before) if sent_lo <= b.tok_start and b.tok_end <= k
                 and b.value.kind in ("state", "nonstate")
                 and (a1 is None or (b is not a1 and b.value.id != a1.value.id))), None)


def _first_conjunct(tokens: Sequence[Token], m: Mention, before: Sequence[Mention]) -> Mention:
    """The first of the subjects joined by "و" that ends on ``m`` ("القوات التركية والفصائل"), else ``m``; not the
    two sides of "بين X وY" ("مواجهات بين قوات الأمن ومتظاهرين"), which are no subject of a later act."""
    first = m
    while True:
        k = first.tok_start
        if first.prefix.startswith("و") or (k > 0 and tokens[k - 1].norm == "و"):
            prev = _joined_before(tokens, first, before)
        elif k > 0 and _joined_head(tokens[k - 1].norm):
            # "قوات النظام وميليشيات حزب الله ... نقلت": a group head with "و" before the second side joins it (g109q)
            prev = next((b for b in before if b.tok_end == k - 1 and b.value.id != first.value.id
                         and b.value.kind in ("state", "nonstate")), None)
        else:
            prev = None
        if prev is None:
            break
        first = prev
    if first is m and (ally := _ally_before(tokens, m, before)) is not None:
        # "نفذت قوات النظام وحليفتها روسيا ضربات": the ally named after "وحليفتها" is the first side's associate
        return ally
    # "بين مسلحي تنظيم داعش وقوات ...": a head word may stand between "بين" and the first side (as in _between_pair)
    if first is m or any(tokens[k].norm in words("between") for k in range(max(0, first.tok_start - 2), first.tok_start)):
        return m
    return first


ATTEMPT_REACH = 12  # tokens after a clash word within which "في محاولة لـX" names its attacker


def _attempt_agent(tokens: Sequence[Token], trig: Match, after: Sequence[Mention]) -> Mention | None:
    """The side named right after a noun of attempt ("محاولة للقوات التركية"، "محاولة من قوات النظام") within
    ATTEMPT_REACH tokens after the clash word, with no clause break but a comma in between; else None."""
    heads, brk, frm = words("attempt_head"), words("clause_break"), words("partitive")
    for a in after:
        k = a.tok_start
        if k - trig.end_tok > ATTEMPT_REACH:
            return None
        # "في محاولة من قوات النظام": "من" may stand between the noun and the side
        h = k - 1 - (k >= 2 and tokens[k - 1].norm in frm)
        if h >= trig.end_tok and tokens[h].norm in heads and (h < k - 1 or a.prefix.startswith("ل")) and not any(
                tokens[j].norm in brk and tokens[j].norm not in COMMAS for j in range(trig.end_tok, h)):
            return a
    return None


def _agent_fellow(tokens: Sequence[Token], a: Mention, a1: Mention | None, trig: Match) -> bool:
    """``a`` is on the agent's side, not its target: an alternative agent joined to it by "أو" right after it ("قصف
    من تركيا أو الفصائل المدعومة منها", function_words alternative_joiner), or companions told after "مع" and before
    "آخرين" ("هجوم شنه مع متشددين آخرين": companion_with, companions_tail), unless that "مع" is the trigger's own
    complement: right after it or after one word, and not after a verb telling the act (told_verb «شنه»): "اشتباكات
    عنيفة مع متشددين آخرين" names the foe (g104o). Two to four look-ups per candidate target (g104i)."""
    k = a.tok_start
    if k < 1 or a.prefix:
        return False
    w = tokens[k - 1].norm
    if a1 is not None and a1.tok_end == k - 1 and w in words("alternative_joiner"):
        return True
    if w not in words("companion_with") or a.tok_end >= len(tokens) \
            or tokens[a.tok_end].norm not in words("companions_tail"):
        return False
    return k - 1 - trig.end_tok > 1 or (k >= 2 and tokens[k - 2].norm in words("told_verb"))


def _past_joined(lead: Mention, after: Sequence[Mention]) -> list[Mention]:
    """``after`` without the mentions joined to ``lead`` by "و" right after it ("القوات التركية والفصائل")."""
    out: list[Mention] = []
    end = lead.tok_end
    for a in after:
        if a.tok_start == end and a.prefix.startswith("و"):
            end = a.tok_end
            continue
        out.append(a)
    return out


COORD_GAP = 4  # tokens at most between the subject of a first verb and its object ("من دفع"، "يوم الأحد من دفع")


def _coordinated_subject(tokens: Sequence[Token], obj: Mention, before: Sequence[Mention], sent_lo: int
                         ) -> Mention | None:
    """The subject of an earlier verb when ``obj`` is its object: a side named right after another side (VSO:
    "دفع الجيش التركي وحدات ...") or after it and a verb or verbal noun ("تمكن الجيش من دفع وحدات ..."), with no
    "و", preposition or clause break in between; else None. Only the two mentions before ``obj`` are looked at."""
    if obj.prefix or obj.tok_start <= sent_lo:
        return None
    brk, part = words("clause_break"), words("partitive")
    for s in before[-2::-1][:2]:
        if s.tok_end > obj.tok_start or s.tok_start < sent_lo or s.value.id == obj.value.id:
            continue
        gap = range(s.tok_end, obj.tok_start)
        if len(gap) > COORD_GAP or s.value.kind not in ("state", "nonstate"):
            return None
        # "مقاتلين من داعش": a partitive right before the side joins it to its group; "و" or a break starts another
        # clause or side ("يوم الأحد من دفع" may stand between: a date and the verbal noun the object follows)
        if any(tokens[k].norm in brk or tokens[k].norm.startswith("و") for k in gap) or (
                len(gap) > 0 and tokens[gap[-1]].norm in part):
            return None
        return s
    return None


def positions_in_country(tokens: Sequence[Token], m: Mention, lo: int) -> bool:
    """A state's country named after positions and "في" right after the trigger ending at token ``lo``: "على أهداف في
    سوريا"، "لأهداف عسكرية في سوريا" (g57d). A set look-up on at most four tokens; the caller passes adjectives only."""
    k = m.tok_start
    if m.value.kind != "state" or not lo + 2 <= k <= lo + 4 or tokens[k - 1].norm not in words("in_place"):
        return False
    nouns = owned_position_nouns()
    # the positions right before "في", or one qualifying word before it ("أهداف عسكرية في"); they open the object
    # (right after the trigger or after "على/ضد")
    for j in (k - 2, k - 3):
        if j < lo or not any(w in nouns for w in proclitic_stems(tokens[j].norm)):
            continue
        if j == k - 3 and tokens[k - 2].norm in words("not_qualifier"):
            return False
        return j == lo or (j == lo + 1 and tokens[lo].norm in words("counterpart_prep"))
    return False


def after_land_noun(tokens: Sequence[Token], k: int) -> bool:
    """The adjective at token ``k`` qualifies a noun of a country's land or sky (function_words `land_noun`:
    "الأراضي السورية"، "الأجواء اللبنانية"): it tells where, never who acts (g102d)."""
    return k > 0 and tokens[k - 1].norm in words("land_noun")


def after_counterpart(tokens: Sequence[Token], m: Mention) -> bool:
    """The mention follows a preposition of the one acted upon ("على سوريا"، "ضد إيران"; function_words
    counterpart_prep)."""
    return m.tok_start > 0 and tokens[m.tok_start - 1].norm in words("counterpart_prep")


def _carries_subject(verb: str) -> bool:
    """A perfect verb ending on its plural subject ("هاجموا"، "أحرقوا"; function_words subject_suffix)."""
    return verb.endswith(_as_tuple(words("subject_suffix")))


def endings(group: str) -> tuple[str, ...]:
    """The words of a function_words group as the tuple ``str.endswith`` takes («nisba_ending»...): one cached
    look-up."""
    return _as_tuple(words(group))


@lru_cache(maxsize=16)
def _as_tuple(group: frozenset[str]) -> tuple[str, ...]:
    """A word group as the tuple ``str.endswith`` takes, made once per group (keyed by its words, so a table
    read anew gives a new tuple)."""
    return tuple(group)


def _ally_marked(tokens: Sequence[Token], m: Mention, named: Sequence[Mention]) -> bool:
    """An ally word right before the actor, or before "من/مع" right before it ("بدعم من روسيا"، "بالتعاون مع الجيش
    التركي"); or an ally-of-actor word right after another named actor, a comma between at most ("التحالف الدولي
    بقيادة واشنطن")."""
    j = _ally_word_at(tokens, m.tok_start)
    if j < 0:
        # "المدعومة من روسيا وإيران": a backer joined by "و" to a backer is one too
        return m.prefix.startswith("و") and any(
            n.tok_end == m.tok_start and n.tok_start < m.tok_start and _ally_word_at(tokens, n.tok_start) >= 0
            and _ally_of_named(tokens, n, _ally_word_at(tokens, n.tok_start), named) for n in named)
    return _ally_of_named(tokens, m, j, named)


# how far back from an ally-of-actor word the side it qualifies may be named: an apposition or an adjective
# between ("قوات سوريا الديمقراطية، التحالف الكردي العربي المدعوم من واشنطن"، "حزب الله اللبناني المدعوم من إيران")
ALLY_SIDE_GAP = 5


def _ally_word_at(tokens: Sequence[Token], k: int) -> int:
    """The index of the ally word governing an actor starting at token ``k`` ("بدعم من"، "المدعومة من قبل"), or -1."""
    j = k - 1
    # "المدعومة من قبل أمريكا": "من قبل" links the backer as "من" does
    if j >= 1 and tokens[j].norm in words("by_noun") and tokens[j - 1].norm in words("ally_link"):
        j -= 2
    elif j >= 0 and tokens[j].norm in words("ally_link"):
        j -= 1
    if j < 0 or (tokens[j].norm not in _ally_cues() and not (j < k - 1 and _joined_ally(tokens[j].norm))):
        return -1  # most actors follow no ally word: one look-up
    return j


def _joined_ally(norm: str) -> bool:
    """A plain ally word joined by "و" ("شنت القوات السورية وبدعم من الطيران الروسي هجوما": the backer is no side
    of the act; g103n). Only with its link "من/مع" (_ally_word_at): "اتهمته ... وبدعم داعش" is a charge of backing."""
    return norm[:1] == "و" and norm[1:] in words("ally")


def _ally_of_named(tokens: Sequence[Token], m: Mention, j: int, named: Sequence[Mention]) -> bool:
    """The ally word at ``j`` makes ``m`` a backer: a plain ally word always; an ally-of-actor word when another
    named actor stands a few tokens before it, with no other actor between."""
    if tokens[j].norm in words("ally") or _joined_ally(tokens[j].norm):
        return True
    if tokens[j].norm in words("dominated_by"):
        return _relative_of_named(tokens, j, named, m)
    if tokens[j].norm in words("ally_of_client"):
        # "ميليشيات موالية لإيران": the indefinite loyal-to word marks a patron only after a client noun (g100aq)
        return _client_noun_before(tokens, j)
    if tokens[j].norm not in words("ally_of_actor"):
        return False
    if _client_noun_before(tokens, j):
        return True
    before = [n for n in named if n is not m and n.tok_end <= j]
    if not before:
        return False
    side = max(before, key=lambda n: n.tok_end)
    # punctuation only between ("عصائب أهل الحق"، الموالية لإيران: a closing quote and a comma; g101c)
    if j - side.tok_end <= ALLY_PUNCT_GAP and all(not tokens[i].is_word for i in range(side.tok_end, j)):
        return True
    return tokens[j].norm in words("ally_far") and j - side.tok_end <= ALLY_SIDE_GAP and not any(
        tokens[i].norm in SIDE_BREAKS or tokens[i].norm in words("that") for i in range(side.tok_end, j))


SIDE_BREAKS = frozenset({".", "؛", ":", "\"", "«", "»"})
ALLY_PUNCT_GAP = 2  # a closing quote and a comma at most between a named actor and its loyal-to word


def _client_noun_before(tokens: Sequence[Token], j: int) -> bool:
    """A noun of parties, militias or factions right before the ally-of-actor word at ``j``, or one nisba adjective
    before it ("مقار الأحزاب الموالية لإيران"، "الفصائل العراقية الموالية لإيران"): the
    patron after it is no side, the client is (g95a). Not "القوات الموالية للنظام": forces loyal to a government
    are its forces (function_words client_noun). Two look-ups, run only after an ally word was found."""
    clients = with_conjunctions(words("client_noun"))
    if j >= 1 and tokens[j - 1].norm in clients:
        return True
    return j >= 2 and tokens[j - 1].norm.endswith("يه") and tokens[j - 2].norm in clients


def _relative_of_named(tokens: Sequence[Token], j: int, named: Sequence[Mention], m: Mention) -> bool:
    """The verb of dominance at ``j`` opens a relative clause on the named actor right before it, a comma between at
    most ("قوات سوريا الديمقراطية، التي تهيمن عليها وحدات حماية الشعب"): the group after it is a part of that
    side, not the other side (g89b). After a place or a plain noun ("مناطق التي تهيمن عليها قسد") it names the
    holder, which stays a candidate."""
    k = j - 1
    if k < 1 or tokens[k].norm not in words("relative"):
        return False
    k -= 1
    if not tokens[k].is_word and k > 0:
        k -= 1
    return any(n is not m and n.tok_end == k + 1 for n in named)


@lru_cache(maxsize=1)
def _ally_cues() -> frozenset[str]:
    return words("ally") | words("ally_of_actor") | words("dominated_by") | words("ally_of_client")


def _positions_between(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A word for positions (scans.is_position) among tokens lo..hi."""
    return any(is_position(tokens[k].norm) for k in range(lo, hi))


def _notified(tokens: Sequence[Token], m: Mention, before: Sequence[Mention]) -> bool:
    """``m`` is the object of a verb of notice (function_words notify_verb) whose subject is the side right before it
    ("أبلغت واشنطن موسكو"), or whose subject is told before it ("إن إسرائيل أخطرت روسيا"): the notified party,
    not who acted (g57b)."""
    notify, k = words("notify_verb"), m.tok_start
    if k > 1 and tokens[k - 1].norm in notify:
        return any(b.tok_end == k - 1 for b in before)
    subj = next((b for b in before if b.tok_end == k), None)
    return subj is not None and subj.tok_start > 0 and tokens[subj.tok_start - 1].norm in notify


DEAD_LIST_SPAN = 6  # tokens from a side to the "بين" of its dead ("القوات السورية الحكومية والقوات والميليشيات الإيرانية بين")


def _dead_counted(tokens: Sequence[Token], m: Mention, trig_start: int) -> int:
    """The position of "بين" when ``m`` is followed (at most one word between) by "بين" and a casualty word ("بين قتيل
    وجريح"، "ما بين قتلى وجرحى") that ends at most four tokens before the trigger: ``m`` names whose dead are counted
    (g58c); else -1. At most two set look-ups on tokens near ``m``."""
    for k in (m.tok_end, m.tok_end + 1):
        if k + 1 < trig_start <= k + 6 and tokens[k].norm in words("between") \
                and tokens[k + 1].norm in words("toll_before"):
            return k
    return -1


def _listed_before(tokens: Sequence[Token], m: Mention, k: int) -> bool:
    """``m`` ends at most DEAD_LIST_SPAN tokens before position ``k`` with no clause break between: one of the list
    of sides whose dead are counted at ``k``."""
    if not 0 <= k - m.tok_end <= DEAD_LIST_SPAN:
        return False
    brk = words("clause_break")
    return not any(tokens[j].norm in brk for j in range(m.tok_end, k))


def _owns_positions(tokens: Sequence[Token], m: Mention) -> bool:
    """A word for positions (both counterpart and target_head: "مواقع"، "مقرات") right before the actor, or one and a
    plain adjective ("مواقع للنظام"، "مواقع عسكرية للنظام"، "مقرات تابعة لتنظيم"): the actor owns what was hit."""
    k = m.tok_start
    # a word of both groups: two look-ups, not the groups' intersection made at every call (g106c)
    counterpart, heads = words("counterpart"), words("target_head")
    if k > 0:
        w = tokens[k - 1].norm
        if w in counterpart and w in heads:
            return True
    if k > 1:
        w = tokens[k - 2].norm
        return w in counterpart and w in heads and tokens[k - 1].norm in words("head_modifier")
    return False


def _supported_side(before: Sequence[Mention], ally: Mention, sent_lo: int) -> Mention | None:
    """The armed side named last before strikes told as its support, in the sentence ("القوات السورية المدعومة
    بغارات روسية"), not the ally itself (g70e); reached only past a set look-up on the word before the strike noun."""
    return next((b for b in reversed(before) if b.tok_start >= sent_lo and b.value.kind in ("state", "nonstate")
                 and b.value.id != ally.value.id), None)


def _ally_before(tokens: Sequence[Token], m: Mention, before: Sequence[Mention]) -> Mention | None:
    """The armed side ending right before "وحليفتها" and ``m`` ("قوات النظام وحليفتها روسيا"), if any (g70e). One
    set look-up on the token before ``m``; the mentions are scanned only when it is an ally word."""
    k = m.tok_start
    if k < 2 or tokens[k - 1].norm not in words("ally_conjunct"):
        return None
    return next((b for b in before if b.tok_end == k - 1 and b.value.id != m.value.id
                 and b.value.kind in ("state", "nonstate")), None)


def _joined_head(norm: str) -> bool:
    """A group head word with a leading "و" ("وميليشيات"، "ومقاتلي"; function_words joined_head)."""
    return norm.startswith("و") and norm[1:] in words("joined_head")


def _joined_before(tokens: Sequence[Token], m: Mention, before: Sequence[Mention]) -> Mention | None:
    """The other actor joined to ``m`` by "و" right before it ("روسيا وتركيا"), or by "مع" ("توصلت الفصائل مع روسيا
    إلى اتفاق": the partner of a deal is its other side), if any."""
    k = m.tok_start
    if m.prefix.startswith("و"):
        lo = k
    elif k > 0 and tokens[k - 1].norm in words("joined_link"):
        lo = k - 1
    else:
        return None
    return next((b for b in before if b.tok_end == lo and b.value.id != m.value.id
                 and b.value.kind in ("state", "nonstate", "international")), None)


PARTNER_GAP = 3  # tokens after a deal trigger where "مع/بين" + a side names its other side ("اتفاق أولي مع روسيا")


def _joined_states(tokens: Sequence[Token], trig: Match, a1: Mention, a2: Mention,
                   before: Sequence[Mention]) -> Mention | None:
    """The state joined by "و"/"مع" before deal side ``a1`` ("روسيا وتركيا"), when both are states read before the
    trigger and ``a2`` is after it, not marked as a counterpart near the trigger ("إلى اتفاق مع الفصائل": then it is
    a side; "وينص على ... خطوط التماس بين قوات النظام والفصائل" further on tells the terms). Runs per deal with both
    sides read: two position checks, then one look-back of one token."""
    if not (a1.tok_end <= trig.start_tok <= a2.tok_start) or a1.value.kind != "state":
        return None
    if a2.tok_start - trig.end_tok <= PARTNER_GAP and a2.tok_start > 0 \
            and tokens[a2.tok_start - 1].norm in words("counterpart"):
        return None
    first = _joined_before(tokens, a1, before)
    return first if first is not None and first.value.kind == "state" else None


def joined_after(tokens: Sequence[Token], m: Mention | None, mentions: Sequence[Mention],
                 adjectives: Sequence[Mention] = ()) -> Mention | None:
    """The armed side joined to ``m`` by "و" right after it, past the adjectives that qualify it ("غارات روسية
    وسورية", "روسيا والنظام", "بين فصائل المعارضة السورية وقوات النظام"), if any."""
    if m is None:
        return None
    end = m.tok_end
    while (nxt := next((a for a in adjectives if a.tok_start == end and not a.prefix.startswith("و")), None)):
        end = nxt.tok_end
    for b in mentions:
        if b is m or b.value.id == m.value.id or b.value.kind not in ("state", "nonstate", "international"):
            continue
        if (b.tok_start == end and b.prefix.startswith("و")) or (
                b.tok_start == end + 1 and end < len(tokens) and _joins(tokens[end].norm)):
            return b
    return None


def _joins(norm: str) -> bool:
    """A token between two sides that joins them: a bare "و", or "و" with a second aircraft or "belonging to" noun
    ("الطائرات الروسية والمروحية السورية"، "الروسية والتابعة للنظام"; function_words `joined_craft`)."""
    return norm == "و" or norm in words("joined_craft")


SUBJECT_OBJECT_WINDOW = 3  # tokens from a subject's adjective to the side named in the object ("مقاتلي الوحدات")


DEPLOYED_SUB: Final = "Change to group/activity"  # its verbs deploy or send a force: the force named after one is the doer


def _subject_forces(tokens: Sequence[Token], trig: Match, tdef: Trigger, a: Mention, named: Sequence[Mention]) -> bool:
    """"قصفت قوات تركية مواقع الوحدات"، "طردت قوات تركية مقاتلي الوحدات": a force noun right after the verb, with its
    nationality adjective, is the subject when the object names another side after it; without one ("استهدفت قوات
    تركية بقذائف") the forces may be the ones hit (a passive is not written apart). A deploying or sending verb
    (DEPLOYED_SUB) hits no one: the force after it is always its doer ("انتشرت قوات تركية في عفرين")."""
    k = trig.end_tok
    if tdef.pos != "verb" or a.tok_start != k + 1 or tokens[k].norm not in words("own_forces"):
        return False
    if tdef.sub_event_type == DEPLOYED_SUB:
        return True  # "انتشرت قوات تركية في المدينة": a force deployed or sent is its own state's, no side is hit (g105n)
    return any(m.value.id != a.value.id and a.tok_end <= m.tok_start <= a.tok_end + SUBJECT_OBJECT_WINDOW
               and m.value.kind in ("state", "nonstate")
               and not any(tokens[j].norm in words("clause_break") for j in range(a.tok_end, m.tok_start))
               for m in named)


SUBJECT_ASIDE_MAX = 4  # tokens of a day aside ("، الجمعة،", "، فجر اليوم،") between a subject and its strike noun


def is_bloc_adjective(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a bloc adjective that is also a direction (function_words `bloc_adjective`, "والغربية" too)."""
    return tokens[k].norm.endswith(endings("bloc_adjective"))  # one C call, not a generator over the group


def after_person_noun(tokens: Sequence[Token], k: int) -> bool:
    """The adjective at token ``k`` qualifies a person told by role (function_words `person_noun`, a conjunction
    allowed before it): "الصحافي الروسي" is a Russian journalist, no Russian side."""
    if k < 1:
        return False
    return in_words(tokens[k - 1].norm, words("person_noun"))


def after_mission_noun(tokens: Sequence[Token], k: int) -> bool:
    """The adjective at token ``k`` qualifies a diplomatic mission (function_words `mission_noun`): "القنصلية
    الإيرانية" is the building of Iran's mission, which protesters storm or burn; Iran is no side there (g100am)."""
    return k > 0 and in_words(tokens[k - 1].norm, words("mission_noun"))


def names_nationality(tokens: Sequence[Token], start: int, end: int) -> bool:
    """The nationality at tokens ``start``..``end`` is a person's, told with the noun «الجنسية» (function_words
    `nationality_noun`) right after it ("سوري الجنسية") or right before it ("يحمل الجنسية الإيرانية"): the arrested
    man's citizenship, never the side that acts nor where (a Syrian held in Lebanon is held by Lebanon)."""
    nouns = words("nationality_noun")
    return (end < len(tokens) and in_words(tokens[end].norm, nouns)) \
        or (start > 0 and in_words(tokens[start - 1].norm, nouns))


def bloc_adjective_fits(tokens: Sequence[Token], trig_end: int, adj_start: int) -> bool:
    """A bloc adjective that is also a direction ("الغربية": Western or western; function_words `bloc_adjective`)
    at token ``adj_start`` names a side only when it qualifies the strike noun ending before ``trig_end`` itself:
    right after a definite trigger, past definite adjectives only ("الضربات الجوية الغربية"). "قصف المناطق الغربية"
    and "الأجزاء الجنوبية الغربية" are places, "التهديدات الغربية بتوجيه ضربة" names no striker. Other adjectives
    always fit."""
    if not is_bloc_adjective(tokens, adj_start):
        return True
    gap = adj_start - trig_end
    return 0 <= gap <= 2 and trig_end > 0 and has_article(tokens[trig_end - 1].norm) \
        and all(has_article(tokens[k].norm) for k in range(trig_end, adj_start))


def _first_adjective(m: Mention, named: Sequence[Mention]) -> Mention:
    """The first of the states joined by "و" that ends on the adjective ``m`` ("القوات الأميركية والبريطانية
    والفرنسية"; the first may be a name or an adjective), else ``m``: ACLED codes a joint strike to the first-named
    state, the others being its associates."""
    first = m
    # (only through "و": in "قوات النظام التركي" a name before a plain adjective is what the adjective qualifies)
    while first.prefix.startswith("و") and (
            prev := next((a for a in named if a.tok_end == first.tok_start and a.value.kind == m.value.kind),
                         None)) is not None:
        first = prev
    return first


def _past_joined_nationalities(tokens: Sequence[Token], k: int, hi: int) -> int:
    """The token after the states' nisbas that follow from ``k`` on, joined by "و" or in a bare chain ("وبريطانية
    وفرنسية" after "قوات أميركية"; "بريطاني فرنسي" after "هجوم أميركي": lexicons.chain_nisbas, g103l), below ``hi``;
    ``k`` itself when none follows."""
    nisbas = chain_nisbas()
    while k < hi and ((w := tokens[k].norm) in nisbas or (w[:1] == "و" and w[1:] in nisbas)):
        k += 1
    return k


def _member_at(tokens: Sequence[Token], k: int, named: Sequence[Mention], chain: bool, back: bool
               ) -> tuple[Actor | None, int, bool] | None:
    """The member of a list of agents that begins at token ``k`` (``back``: that ends there): a side named there
    (``named``) or a word of joined_actors.tsv (a nisba in a chain of nisbas, ``chain``; a country's name in a list of
    names). Returns its armed side (None for another kind: the list goes on past it, adding nothing), the token past
    it (before it, going back) and whether its own "و" joins it; None when no member stands there."""
    for b in named:
        if (b.tok_end == k if back else b.tok_start == k) and b.value.adjective == chain:
            return ((b.value if b.value.kind in ("state", "nonstate") else None), (b.tok_start if back else b.tok_end),
                    b.prefix.startswith("و"))
    j = k - 1 if back else k
    if not 0 <= j < len(tokens):
        return None
    forms, w, own_and = joined_forms(), tokens[j].norm, False
    row = forms.get(w)
    if row is None and w[:1] == "و":
        row, own_and = forms.get(w[1:]), True
    if row is None or (row[2] == "nisba") != chain:
        return None
    return row[1], (j if back else j + 1), own_and


LIST_HEAD_GAP = 3  # tokens before a list where "بين" makes its members two sides ("بين مقاتلي فصيل X وY")


def joined_agents(tokens: Sequence[Token], a1: Mention | None, named: Sequence[Mention]) -> tuple[Actor, ...]:
    """The armed sides of the list of agents that ``a1`` stands in, in the text's order, ``a1``'s own among them:
    states and groups joined to it by "و" ("الولايات المتحدة وبريطانيا وفرنسا"، "روسيا والنظام"، "القوات التركية
    والفصائل الموالية لها"), or nisbas in a chain with it, joined or bare ("غارات روسية وسورية"، "هجوم أميركي بريطاني
    فرنسي"); the UK's and France's nisbas and names, and the US's short names, count only here (joined_actors.tsv).
    Commas may stand before "و" ("الولايات المتحدة، وبريطانيا، وفرنسا"), never alone. Not the two sides of "بين X وY"
    (a clash's sides, not partners), nor those of the men counted («مقتل 20 عنصرا من قوات النظام والمسلحين»). () when
    ``a1`` is not an armed side. ACLED codes a joint act to its first-named state, the others as its associates
    (assoc_actor_1, g103l). (A distance to the act was tried to keep out lists of states condemned in commentary,
    «دانا الأسد وروسيا وإيران بسبب ... بما في ذلك قصف الغوطة»: it lost 10 right lists for 4.)"""
    if a1 is None or a1.value.kind not in ("state", "nonstate"):
        return ()
    chain, n = a1.value.adjective, len(tokens)
    out = [a1.value]
    k = a1.tok_end
    while k < n:  # forward: "و" + a member (a chain of nisbas may go bare)
        j, linked = k, False
        while j < n and tokens[j].norm in ("و", "،"):
            linked = linked or tokens[j].norm == "و"
            j += 1
        got = _member_at(tokens, j, named, chain, False)
        if got is None or not (linked or got[2] or (chain and j == k)):
            break
        if got[0] is not None:
            out.append(got[0])
        k = got[1]
    k = first = a1.tok_start
    joined = a1.prefix.startswith("و")
    while k > 0:  # back: a member before the "و" that joins the one after it
        j, linked = k, joined
        while j > 0 and tokens[j - 1].norm in ("و", "،"):
            linked = linked or tokens[j - 1].norm == "و"
            j -= 1
        got = _member_at(tokens, j, named, chain, True)
        if got is None or not (linked or (chain and j == k)):
            break
        if got[0] is not None:
            out.insert(0, got[0])
        k = first = got[1]
        joined = got[2]
    between = words("between")
    if any(tokens[i].norm in between for i in range(max(0, first - LIST_HEAD_GAP), first)):
        return ()  # "بين مقاتلي فصيل جيش الإسلام وقوات النظام": two sides
    members = words("member")
    counted = first > 0 and tokens[first - 1].norm in members
    if first > 1 and tokens[first - 1].norm in words("partitive"):
        counted = any(tokens[i].norm.isdigit() or tokens[i].norm.startswith(_as_tuple(members))
                      for i in range(max(0, first - 1 - LIST_HEAD_GAP), first - 1))
    if counted:
        # "مقتل 36 عنصرا على الأقل من قوات النظام والمسلحين الموالين لها"، "مقتل عدد من عناصر قوات النظام وقوات الأمن
        # الكردية": the sides of the men counted, not partners in an act
        return ()
    seen: set[str] = set()
    uniq: list[Actor] = []
    for a in out:
        if a.id not in seen:
            seen.add(a.id)
            uniq.append(a)
    return tuple(uniq)


def _just_before(tokens: Sequence[Token], adj: Mention, trig_start: int, backers: Sequence[Mention] = ()) -> bool:
    """The adjective ``adj`` ends at most one token before ``trig_start``, or it qualifies a force or aircraft noun
    and only a day set off by commas lies between ("شنت طائرات روسية، الجمعة، غارات"): the news style puts the day
    right after the subject. Other nouns are left out ("أطلقت السلطات العراقية، الاثنين، عملية" is no strike).
    The force noun's backer phrase after the adjective is passed over ("طائرات حربية سورية مدعومة من القوات الجوية
    الروسية غارات"، "مقاتلات سورية، بدعم من روسيا، غارات": ``backers``, the sides an ally word marks; g103n)."""
    end = _past_joined_nationalities(tokens, adj.tok_end, trig_start)
    gap = trig_start - end
    if 0 <= gap <= 1:
        return True
    forces = words("own_forces")
    if backers and gap > 0:
        past = _past_backer(tokens, end, trig_start, backers)
        if past > end and 0 <= trig_start - past <= 1 and any(
                tokens[k].norm.removeprefix("ال") in forces for k in range(max(0, adj.tok_start - 2), adj.tok_start)):
            return True
    if gap > SUBJECT_ASIDE_MAX or gap < 0:
        return False
    if not any(tokens[k].norm.removeprefix("ال") in forces for k in range(max(0, adj.tok_start - 2), adj.tok_start)):
        return False
    aside = words("subject_aside")
    mid = tokens[end:trig_start]
    return (mid[0].punct and mid[-1].punct and any(t.norm in aside for t in mid)
            and all(t.punct or t.norm in aside for t in mid))


def _past_backer(tokens: Sequence[Token], k: int, hi: int, backers: Sequence[Mention]) -> int:
    """The token after a backer phrase starting at ``k`` (a comma before it and after it at most): its ally word and
    link ("مدعومة من"، "بدعم من"، "بإسناد من") govern a backer starting right after them, and the backers joined to it
    by "و" follow ("مدعومة من روسيا وإيران"); ``k`` itself when no such phrase starts there, below ``hi``."""
    j = k + 1 if k < hi and tokens[k].punct else k
    first = next((b for b in backers if j < b.tok_start < hi and _ally_word_at(tokens, b.tok_start) == j), None)
    if first is None:
        return k
    end = first.tok_end
    while (nxt := next((b for b in backers if b.tok_start == end and b.tok_end <= hi), None)) is not None:
        end = nxt.tok_end
    return end + 1 if end < hi and tokens[end].punct else end


def _after_head(tokens: Sequence[Token], k: int, heads: frozenset[str]) -> bool:
    """The adjective at token ``k`` qualifies a head noun of positions or forces, right before it or before one
    plain adjective ("موقع سوري", "موقعا عسكريا سوريا": the positions are Syrian)."""
    if k > 0 and tokens[k - 1].norm in heads:
        return True
    return k > 1 and tokens[k - 2].norm in heads and tokens[k - 1].norm in words("head_modifier")


CASUALTY_SIDE_WINDOW = 5  # tokens from a casualty word to the side its dead belong to ("مقتل 5 من عناصر X")


def casualty_side(tokens: Sequence[Token], casualties: Sequence[Match], actors: Sequence[Mention],
                  adjectives: Sequence[Mention] = ()) -> Mention | None:
    """The armed side whose dead or wounded a sentence counts ("مقتل خمسة من عناصر الشرطة"، "قتلى في صفوف
    قوات النظام"، "قتل جندي سوري"، "القتلى الإيرانيين"): an actor right after a member word ("عناصر"، "جنود"),
    "من" or "صفوف" that follows a casualty word within CASUALTY_SIDE_WINDOW tokens of its clause, or a nationality
    adjective right after a member or casualty word. The side that suffered is the target; an actor right after
    the casualty word ("قتلت قوات النظام") is the killer, never read here."""
    member, partitive, ranks = words("member"), words("partitive"), words("casualty_side")
    breaks = words("clause_break")
    cands = sorted([(m, False) for m in actors] + [(m, True) for m in adjectives], key=lambda x: x[0].tok_start)
    # "أن 17 مقاتلا مواليا للنظام قتلوا في هجمات نفذها مسلحو داعش": the side counted right before the killed word
    # suffered; the members named after it ("مسلحو") are the killers
    told = _dead_told_before(tokens, casualties, cands)
    if told is not None:
        return told
    for c in casualties:
        if c.payload.kind not in ("killed", "wounded", "mixed"):
            continue
        # "قتل صباح اليوم الإثنين ثلاثة عناصر من الشرطة": the day, time and source words told right after the word
        # of killing (_past_toll_gap) do not count toward the window, as they do not for its number (g103o)
        k0 = _past_toll_gap(tokens, c.end_tok) if c.payload.kind == "killed" else c.end_tok
        for m, adj in cands:
            gap = m.tok_start - k0
            if not 0 <= gap <= CASUALTY_SIDE_WINDOW or m.value.kind not in ("state", "nonstate"):
                continue
            if any(tokens[k].norm in breaks for k in range(k0, m.tok_start)):
                break
            if gap == 0 and not adj and not _names_its_men(tokens, m, member):
                continue  # "قتلت قوات النظام": a side right after the killed word killed
            prev = tokens[m.tok_start - 1].norm.removeprefix("و")
            if gap == 0 or any(prev.startswith(w) for w in member) or (not adj and (prev in partitive or prev in ranks)):
                return m
            # "مقتل سبعة إيرانيين"، "مقتل 14 شخصا بينهم 7 إيرانيين": a plural nisba counted stands for the side's men;
            # so does a name that opens on the men counted ("مقتل 8 مسلحين موالين للنظام"، g37b)
            if prev.isdigit() or number_word(prev) is not None:
                return m
    return None


DEAD_SHARE: Final = "dead-share-143500"  # rule id: the side a strike's toll names as most of (or among) its dead (g111n)
DEAD_SHARE_AFTER = 8  # tokens from a casualty word to the share word of its toll ("مقتل 26 مقاتلا على الأقل غالبيتهم")
DEAD_SHARE_BEFORE = 6  # tokens from a share word back to the killed word told after it ("14 مقاتلا، بينهم X، قتلوا")
DEAD_SHARE_REACH = 3  # tokens from the share word to the side it names ("بينهم ثمانية مقاتلين X"، "غالبيتهم \"X\"")


def dead_share(tokens: Sequence[Token], casualties: Sequence[Match], actors: Sequence[Mention],
               adjectives: Sequence[Mention] = ()) -> tuple[Mention, bool] | None:
    """The side a toll names as the share of its dead ("مقتل 26 مقاتلا غالبيتهم إيرانيين"، "مقتل 14 شخصا بينهم سبعة
    إيرانيين"، "14 مقاتلا، من بينهم إيرانيون، قتلوا"): a side (state or non-state) at most DEAD_SHARE_REACH tokens
    after a share word (function_words dead_most, dead_among) told at most DEAD_SHARE_AFTER tokens after a killed or
    wounded word, or DEAD_SHARE_BEFORE tokens before one; with True when the share is the most of the dead
    ("غالبيتهم"، "معظمهم") and False when it is only among them ("بينهم"). Rule id dead-share-143500 (g111n). A set
    look-up per token near each casualty word; most sentences have none."""
    most, among = words("dead_most"), words("dead_among")
    between_and = tuple(words("between_and"))
    n = len(tokens)
    for c in casualties:
        if c.payload.kind not in ("killed", "wounded", "mixed"):
            continue
        for k in range(max(0, c.start_tok - DEAD_SHARE_BEFORE), min(n, c.end_tok + DEAD_SHARE_AFTER)):
            w = tokens[k].norm
            is_most = w in most
            if not is_most and w not in among:
                continue
            if k + 1 < n and tokens[k + 1].norm.startswith(between_and):
                continue  # "اشتباكات بينهم وبين قوات النظام": between two sides, not a share of the dead
            side = min((m for m in (*actors, *adjectives)
                        if k < m.tok_start <= k + DEAD_SHARE_REACH and m.value.kind in ("state", "nonstate")),
                       key=lambda m: m.tok_start, default=None)
            if side is not None:
                return side, is_most
    return None


def _names_its_men(tokens: Sequence[Token], m: Mention, member: frozenset[str]) -> bool:
    """"مقتل رجل أمن"، "قتل جنديا بريطانيا": a side whose name opens on its men (a member word or «رجل»، g90e) right
    after the killed word is the dead, not the killer; one look-up on the mention's first token."""
    w = tokens[m.tok_start].norm.removeprefix("و")
    return w in words("men_head") or any(w.startswith(x) for x in member)


def _indefinite_men(tokens: Sequence[Token], m: Mention, member: frozenset[str]) -> bool:
    """"إن جنديا بريطانيا قتل": an indefinite name of a side's men (no «ال» on its first or last word, "جنود أتراك")
    told before a killed word counts them as one counts a number; a definite one ("عناصر الشرطة قتلوا") may be the
    killers. Asked only for a side right before a killed word."""
    first, last = tokens[m.tok_start].norm, tokens[m.tok_end - 1].norm
    return (m.tok_end - m.tok_start >= 2 and not first.startswith("ال") and not last.startswith("ال")
            and _names_its_men(tokens, m, member))


DEAD_BEFORE_GAP = 1  # tokens between the counted side and its killed verb ("مقاتلا مواليا للنظام قتلوا"، "... الخميس قتلوا")


def _dead_told_before(tokens: Sequence[Token], casualties: Sequence[Match],
                      cands: Sequence[tuple[Mention, bool]]) -> Mention | None:
    """"أن 17 مقاتلا مواليا للنظام قتلوا في هجمات"، "21 من المقاتلين الموالين للحكومة قتلوا": an armed side counted
    (a number, or a member word and "من", right before it) and told at most DEAD_BEFORE_GAP words before a killed or
    wounded word is the side that suffered (g77c). A few comparisons per casualty word and side of the sentence."""
    member, partitive = words("member"), words("partitive")
    for c in casualties:
        if c.payload.kind not in ("killed", "wounded", "mixed"):
            continue
        for m, adj in cands:
            if adj or m.value.kind not in ("state", "nonstate") or m.tok_start < 1:
                continue
            if not 0 <= c.start_tok - m.tok_end <= DEAD_BEFORE_GAP:
                continue
            prev = tokens[m.tok_start - 1].norm
            if prev.isdigit() or number_word(prev) is not None or _indefinite_men(tokens, m, member):
                return m
            if m.tok_start < 2:
                continue
            # "10 عناصر من الميليشيات قتلوا" (a member word and "من")، "12 من عناصر قوات النظام قتلوا" (a count,
            # "من" and a member word): the side's counted men
            before = tokens[m.tok_start - 2].norm
            if prev in partitive and m.tok_start >= 4 and not (before.isdigit() or number_word(before) is not None):
                # "21 على الأقل من المقاتلين الموالين للنظام قتلوا": a post hedge between the count and "من" (g79c)
                before = _count_before_hedge(tokens, m.tok_start - 2, before)
            if prev in partitive and (before.isdigit() or number_word(before) is not None
                                      or any(before.startswith(w) for w in member)):
                return m
            if any(prev.startswith(w) for w in member) and (before in partitive or before.isdigit()
                                                            or number_word(before) is not None):
                return m
    return None


def _count_before_hedge(tokens: Sequence[Token], k: int, form: str) -> str:
    """The word before a post hedge of one or two words ending at token ``k`` ("21 على الأقل"، "30 تقريبا"), else
    ``form`` unchanged. Two tuple look-ups in a set built once (g79c)."""
    hedges = post_hedge_phrases()
    if (form,) in hedges:
        return tokens[k - 1].norm
    if k >= 2 and (tokens[k - 1].norm, form) in hedges:
        return tokens[k - 2].norm
    return form


def held_by(tokens: Sequence[Token], m: Mention | None) -> bool:
    """``m`` is named as the holder of a place ("الخاضعة لسيطرة X")."""
    return m is not None and _held_by(tokens, m)


def _held_by(tokens: Sequence[Token], m: Mention, lo: int = 0) -> bool:
    """The actor holds a place: "لسيطرة X", "معقل X", "تسيطر عليها X", by holder words lying wholly at or after token
    ``lo`` (past a taking's trigger: "استعادة معقل المعارضة", g93a)."""
    k = m.tok_start
    holder = words("holder")
    if k - 1 >= lo and tokens[k - 1].norm in holder:
        return True
    return k - 2 >= lo and f"{tokens[k - 2].norm} {tokens[k - 1].norm}" in holder


def _taken_from(tokens: Sequence[Token], m: Mention) -> bool:
    """The actor is named as the side ground is taken from ("من داعش") or as its holder ("مناطق سيطرة التنظيم")."""
    return _held_by(tokens, m) or _from_side(tokens, m.tok_start)


def _from_side(tokens: Sequence[Token], k: int) -> bool:
    """"من" opens the side at token ``k``, directly or through a holder word ("من قبضة القوات الكردية"); not the
    members of a side ("مقاتلون من المعارضة سيطروا": the partitive after a member noun names the agent)."""
    if k >= 2 and tokens[k - 1].norm in words("holder") and tokens[k - 2].norm in words("partitive"):
        return True
    if k == 0 or tokens[k - 1].norm not in words("partitive"):
        return False
    return not (k >= 2 and any(tokens[k - 2].norm.startswith(w) for w in words("member")))


KILLED_MEMBER_GAP = 3  # tokens from a member noun to its side ("مسلحي تنظيم 'داعش'"، "عناصر من داعش")
KILLED_LEAD_GAP = 6  # tokens from a word of killing to the member noun ("القضاء على أعداد كبيرة من مسلحي")


@lru_cache(maxsize=1)
def _that_forms() -> frozenset[str]:
    """«أن»، «إن»، «بأن», bare or with an object pronoun («إنه»، «أنها»): the words that open what a speaker said."""
    that = words("that")
    return that | {w + p for w in that for p in words("object_pronoun")}


def that_between(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A complementizer (_that_forms), bare or with a pronoun, among tokens ``lo`` .. ``hi``-1: what follows is what
    the side named before ``lo`` said, not its act. One set look-up per token (pick_actors' ``spoken``,
    step._said_before; review s33, item 8)."""
    return last_that(tokens, lo, hi) >= 0


def said_between(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """A complementizer among tokens ``lo`` .. ``hi``-1 that opens what was said: not the «أن» of a time word («بعد
    أن»، «قبل أن»، «منذ أن»: function_words `time_that`), which tells when, not what (g103l)."""
    k = last_that(tokens, lo, hi)
    when = words("time_that")
    while k > lo and tokens[k - 1].norm in when:
        k = last_that(tokens, lo, k - 1)
    return k >= 0


def last_that(tokens: Sequence[Token], lo: int, hi: int) -> int:
    """The last complementizer (_that_forms) among tokens ``lo`` .. ``hi``-1, or -1: where what a speaker said begins
    (step._answer_in_background, g102s). One set look-up per token, from ``hi`` back."""
    forms = _that_forms()
    for k in range(hi - 1, lo - 1, -1):
        if tokens[k].norm in forms:
            return k
    return -1


@lru_cache(maxsize=1)
def _owner_suffixes() -> tuple[str, ...]:
    """Pronouns of possession ending a taking noun ("سيطرتهم"), as a tuple for ``str.endswith``."""
    return tuple(words("owner_suffix"))


@lru_cache(maxsize=1)
def _killed_skip() -> frozenset[str]:
    """Words between a member noun and its side: "من"، "تنظيم"."""
    return words("partitive") | words("organization_head")


def _killed_object(tokens: Sequence[Token], m: Mention, sent_lo: int) -> bool:
    """The actor is the side of members named as the object of a killing or strike word before it ("القضاء على
    عشرات من مسلحي داعش"، "مقتل 13 من عناصر تنظيم داعش"). Runs only for actors before a taking: two short
    backward walks with set look-ups (g84a)."""
    member, skip = words("member"), _killed_skip()
    k = m.tok_start - 1
    lo = max(sent_lo, m.tok_start - KILLED_MEMBER_GAP)
    while k >= lo and (not tokens[k].is_word or tokens[k].norm in skip):
        k -= 1
    if k < lo or not any(tokens[k].norm.startswith(w) for w in member):
        return False
    lead, marks = words("killed_object"), words("clause_mark")
    for j in range(k - 1, max(sent_lo, k - KILLED_LEAD_GAP) - 1, -1):
        form = tokens[j].norm
        if form in marks:
            return False
        if form in lead or form.startswith("و") and form[1:] in lead \
                or (j + 1 < k and f"{form} {tokens[j + 1].norm}" in lead):
            return True
    return False


def _counted_dead_side(tokens: Sequence[Token], trig: Match, m: Mention) -> bool:
    """A count right after a killing verb ("قتل 20"، "قتلت عشرات"، "قتل عددا من"، "قتل عنصرين") and ``m`` the side of
    the members counted ("من عناصر تنظيم داعش"): ``m`` names the dead, not the killer (g86e, g105c). Asked only for an
    actor after a verb: one digit test or a few set look-ups, then _killed_object's short walks."""
    k = trig.end_tok
    if k >= len(tokens) or trig.end_tok - trig.start_tok != 1 \
            or tokens[trig.start_tok].norm.removeprefix(trig.prefix) not in words("killed_object"):
        return False  # ("وقتل 5 من عناصر الحوثيين" after «أسر 3»: the conjunction is the trigger's clitic, g105c)
    form = tokens[k].norm
    # "تمكن الجيش من قتل عنصرين/عنصر من الحوثيين"، "قتلت القوات عددا من مسلحي داعش": a member noun or a word of
    # quantity (function_words dead_quantity) opens the object as a count does (g105c)
    counted = form.isdigit() or number_word(form) is not None or form in words("dead_quantity") \
        or any(form.startswith(w) for w in words("member"))
    if not counted:
        return False
    # "قتلت 12 من مسلحي الحوثي": the members' noun opens the side's own name, «من» right before it (g105c)
    inside = m.tok_start - k <= 2 and all(tokens[j].norm in words("partitive") for j in range(k + 1, m.tok_start)) \
        and any(tokens[m.tok_start].norm.startswith(w) for w in words("member"))
    return inside or _killed_object(tokens, m, trig.start_tok)


BY_AGENT_WINDOW = 10  # tokens from a passive to "من قبل/على يد" ("قتلت في مدينة عفرين، بشمال سوريا، على يد")
PASSIVE_AUX_GAP = 3  # tokens from "تم/جرى" to its verbal noun ("وتم خلال العملية اعتقال")
WHY_BY_AGENT = "by-agent"  # pick_actors' ``why``: "من قبل/على يد" decided the agent
WHY_LAND_NISBA = "land-nisba-73800"  # pick_actors' ``why`` and the rule cited: a land noun's nisba is no agent (g102d)
VSO_SUBJECT_GAP = 3  # tokens from a verb to its subject after it (as _pick_actors reads the VSO subject)


def told_in_passive(tokens: Sequence[Token], trig: Match, tdef: Trigger, sent_lo: int) -> bool:
    """A trigger told in the passive: a verbal noun after "تم/جرى" (function_words passive_aux, a time or place
    phrase may stand between: "وتم خلال العملية اعتقال"; looked for in its own sentence only, from ``sent_lo``), or a
    verb (a verb with "من قبل/على يد" after it is one, unless a side stands as its subject: by_phrase_agent)."""
    if tdef.pos == "verb":
        return True
    aux = words("passive_aux")
    return any(tokens[k].norm in aux for k in range(max(sent_lo, trig.start_tok - PASSIVE_AUX_GAP), trig.start_tok))


@lru_cache(maxsize=1)
def _by_agent_stops() -> frozenset[str]:
    """The words that open another clause between an act and "من قبل/على يد" (a passive aux, a backer, a relative):
    built once, not per phrase found (review s32, item 10)."""
    return words("passive_aux") | words("ally_of_actor") | words("relative")


def _other_act(u: Match, tdef: Trigger) -> bool:
    """Trigger ``u`` tells an act other than ``tdef``'s: of another event type, or a verb. A noun of the same type with
    the «ب» proclitic is the act's means ("تم استهداف رتل بهجوم صاروخي من قبل الوحدات"), no act of its own (g101x)."""
    udef: Trigger = u.payload
    return udef.event_type != tdef.event_type or udef.pos == "verb" or not u.prefix.startswith("ب")


def by_phrase_agent(tokens: Sequence[Token], trig: Match, tdef: Trigger, after: Sequence[Mention], sent_lo: int,
                    trigs: Sequence[Match] = ()) -> Mention | None:
    """"تم استهداف رتل للجيش التركي من قبل الوحدات الكردية"، "قتلت في مدينة عفرين على يد القوات التركية": the side
    after "من قبل/على يد" (function_words by_agent) is the agent of the passive it follows, even when the side acted on
    is named first (that one is the target, g101d). Only a passive: after a plain noun the phrase may belong to another
    verb ("ضربة جوية جاءت بمعلومات من قبل خلية الصقور"). Not when another clause stands between, whose agent it is: a
    passive of its own ("مواقع يتم تشغيلها من قبل فيلق القدس"), a backer ("القوات المدعومة من قبل واشنطن"), a
    relative clause ("القرى التي احتلت من قبل داعش"), another act of the sentence (``trigs``: "قصفت القوات
    التركية قرى بعد مقتل جنديين على يد الوحدات"; _other_act). Nor after a verb whose subject slot (the first side within
    VSO_SUBJECT_GAP tokens) holds another side: "قصفت الطائرات الروسية مستشفى بني من قبل الحكومة" is active, its
    subject the agent (review s32, item 1)."""
    if not after or not told_in_passive(tokens, trig, tdef, sent_lo):
        return None
    for a in after:
        if a.tok_start - trig.end_tok > BY_AGENT_WINDOW:
            break
        k = by_phrase_start(tokens, a)
        if k is not None:
            if tdef.pos == "verb" and after[0] is not a and after[0].tok_start - trig.end_tok <= VSO_SUBJECT_GAP:
                return None
            if any(trig.end_tok < u.start_tok < k and _other_act(u, tdef) for u in trigs):
                return None
            stops = _by_agent_stops()
            return None if any(tokens[n].norm in stops for n in range(trig.end_tok, k)) else a
    return None


def by_phrase_start(tokens: Sequence[Token], a: Mention) -> int | None:
    """The token where "من قبل/على يد" (function_words by_agent) opens before the side ``a``, if it does: a quote mark
    may open the name ("على يد "داعش"") and the members' noun stand between ("على أيدي مسلحي داعش"), or the members'
    noun and its partitive «من» ("على يد عناصر من تنظيم داعش", g103c)."""
    k = a.tok_start
    k -= k >= 1 and tokens[k - 1].norm in NAME_QUOTES
    member = words("member")
    if k >= 4 and tokens[k - 1].norm in words("partitive") and any(tokens[k - 2].norm.startswith(w) for w in member):
        k -= 2
    else:
        k -= k >= 3 and any(tokens[k - 1].norm.startswith(w) for w in member)
    return k - 2 if k >= 2 and f"{tokens[k - 2].norm} {tokens[k - 1].norm}" in words("by_agent") else None


REL_WINDOW: Final = 4  # tokens from an act's noun to "الذي/التي" (adjectives, a comma)
REL_AGENT_WINDOW = 4  # tokens from the relative clause's verb to its subject (a time word may stand between)


def _armed(m: Mention) -> bool:
    return m.value.kind in ("state", "nonstate")


def _relative_agent(tokens: Sequence[Token], trig: Match, actors: Sequence[Mention],
                    adjectives: Sequence[Mention]) -> Mention | None:
    """"القصف الذي ينفذه النظام", "الغارات الجوية، التي شنتها طائرات روسية": the subject of the
    relative clause whose verb carries the act as its object pronoun is the act's agent."""
    rel, verbs = words("relative"), words("rel_agent_verb")
    hi = min(len(tokens) - 1, trig.end_tok + REL_WINDOW)
    k = next((k for k in range(trig.end_tok, hi) if tokens[k].norm in rel), None)
    if k is None:
        # an indefinite noun takes its relative clause without "الذي/التي" ("قصف كثيف نفذته القوات الحكومية",
        # "ضربات جوية شنتها الولايات المتحدة"): the verb follows the noun or its indefinite adjectives
        k = _unmarked_relative(tokens, trig, verbs)
        if k is None:
            return None
    elif tokens[k + 1].norm not in verbs:
        return None
    # only adjectives or a comma between ("القصف الجوي المكثف، الذي"): "احتجاج على الهجوم الذي ..." or "غارات
    # على مواقع النظام التي ..." qualify another noun
    elif any(tokens[n].is_word and not tokens[n].norm.startswith("ال") for n in range(trig.end_tok, k)):
        return None
    cands = [m for m in (*actors, *adjectives) if k + 2 <= m.tok_start <= k + 1 + REL_AGENT_WINDOW and _armed(m)]
    if not cands:
        return None
    m = min(cands, key=lambda m: m.tok_start)
    # a place after a preposition ("المعارك التي خاضها ضدهم في سوريا") is no subject
    if any(tokens[n].norm in words("locative") or tokens[n].norm in words("rel_object") for n in range(k + 2, m.tok_start)):
        return None
    return m


ATTRIBUTED_WINDOW: Final = 14  # tokens from an act to the word attributing it ("، فيما أشارت أصابع الاتهام إلى إسرائيل")
ATTRIBUTED_GAP = 2  # tokens from that word to the actor ("نسبت إلى إسرائيل")


def _attributed_agent(tokens: Sequence[Token], trig: Match, actors: Sequence[Mention],
                      adjectives: Sequence[Mention]) -> Mention | None:
    """The armed actor an act is attributed to after it: "ضربة ليلية نسبت إلى إسرائيل"، "غارة منسوبة لإسرائيل"."""
    att = with_conjunctions(words("attributed"))  # bare or after a conjunction
    for k in range(trig.end_tok, min(len(tokens), trig.end_tok + ATTRIBUTED_WINDOW)):
        if tokens[k].norm not in att:
            continue
        cands = [m for m in (*actors, *adjectives) if k < m.tok_start <= k + ATTRIBUTED_GAP and _armed(m)]
        if cands:
            return min(cands, key=lambda m: m.tok_start)
    return None


ACCUSED_WINDOW = 16  # tokens from "ب" + the act back to a verb of blame ("اتهم المتحدث باسم الجيش، أفيخاي أدرعي، ...")
_TELL: Final[dict[str, frozenset[str]]] = {}


def _told_object(tokens: Sequence[Token], m: Mention, actors: Sequence[Mention]) -> bool:
    """The side told or warned (function_words tell): before a passive verb with no side after it, or the object right
    after the verb with its subject, a side, before the verb ("إسرائيل أخطرت روسيا") or between the verb and it ("أخطرت واشنطن موسكو")."""
    tell = _TELL.get("tell")
    if tell is None:
        tell = _TELL["tell"] = with_conjunctions(words("tell"))  # built once per process, not per mention
    v = m.tok_end
    if v < len(tokens) and tokens[v].norm in tell:
        # "روسيا أخطرت قبل الضربات" (passive, no side told after the verb): the side named is the one told
        return not any(o.tok_start == v + 1 for o in actors)
    j = m.tok_start - 1
    if j >= 1 and tokens[j].norm in tell:
        return any(o.tok_end == j for o in actors)  # SVO: the subject ends right before the verb
    subj = next((o for o in actors if o.tok_end == m.tok_start and o is not m), None)
    k = subj.tok_start - 1 if subj is not None else -1
    return k >= 0 and tokens[k].norm in tell  # VSO: verb, subject, then the side told


ACCUSED_AFTER_WINDOW = 3  # words from «بعد/إثر/عقب» to the accusation it dates from («بعد ساعات من اتهامات»)


def _accused_of_done(tokens: Sequence[Token], cue: Match, sent_lo: int) -> bool:
    """Intention cue ``cue`` is «بشن/بتنفيذ» (function_words done_link) after a word of accusing (accused_of) within
    ACCUSED_WINDOW tokens in its sentence: «اتهمت دمشق إسرائيل بشن غارة»، «اتهامه بشن هجوم كيماوي»، «وجهت سوريا
    الاتهام إلى إسرائيل بتنفيذ هجمات» charge an act as done, where «هدد بشن» or «يستعد لتنفيذ» aim at one (g98m). Planning
    or trying («اتهمها بالتخطيط لشن») keeps its own cue, and so does an accusation recalled after «بعد/إثر/عقب»
    (function_words accused_after). Cost: one set look-up, and only for those two cues at most ACCUSED_WINDOW +
    ACCUSED_AFTER_WINDOW more.

    No clause stop, by decision (g98zz): the accused side is often set off by a comma-bounded aside before the act
    («اتهمت ... التحالف الدولي، بقيادة الولايات المتحدة، بشن الضربة»، «اتهم الجيش التنظيم، وعلى رأسه أميره، بتنفيذ
    هجوم»), which a stop at clause_break (scans.word_back_in_clause) would cut off, leaving a charged act an intention
    (tried: one corpus strike lost its accused side). A later clause's own intention or threat («، وهددت بشن») keeps
    its own cue, so the open window does not hide it (tests/extract/test_g98zz_accused_clause.py)."""
    if cue.end_tok - cue.start_tok != 1 or tokens[cue.start_tok].norm not in words("done_link"):
        return False
    accusing = with_conjunctions(words("accused_of"))
    at = next((j for j in range(cue.start_tok - 1, max(sent_lo, cue.start_tok - ACCUSED_WINDOW) - 1, -1)
               if tokens[j].norm in accusing), -1)
    if at < 0:
        return False
    # "بعد اتهامه بشن هجوم كيماوي في دوما": an accusation recalled as the background of the news names a happening
    # told again, which the report does not date; it keeps the intention cue as before
    after = with_conjunctions(words("accused_after"))
    return not any(tokens[j].norm in after for j in range(max(sent_lo, at - ACCUSED_AFTER_WINDOW), at))


def _accused_agent(tokens: Sequence[Token], trig: Match, actors: Sequence[Mention],
                   adjectives: Sequence[Mention]) -> Mention | None:
    """The armed side accused of an act told as "ب" + its noun after a verb of blame (function_words blame): the last
    side named before the act, or before an aside set off by commas right before it: "اتهمت دمشق إسرائيل بشن غارة"،
    "اتهمت إسرائيل فيلق القدس الإيراني، وعلى رأسه قائده، بإطلاق صواريخ"."""
    k = trig.start_tok
    if not tokens[k].norm.startswith("ب"):
        return None  # cheap first: only "ب" + verbal noun is the object of an accusation
    blame = with_conjunctions(words("blame"))
    verb = next((j for j in range(k - 1, max(-1, k - 1 - ACCUSED_WINDOW), -1)
                 if tokens[j].norm in blame or tokens[j].norm == "."), None)
    if verb is None or tokens[verb].norm == ".":
        return None
    end = k
    if tokens[k - 1].norm in COMMAS:
        # skip the aside back to its opening comma
        end = next((j for j in range(k - 2, verb, -1) if tokens[j].norm in COMMAS), k)
    cands = [m for m in (*actors, *adjectives) if verb < m.tok_start and m.tok_end <= end and _armed(m)]
    return max(cands, key=lambda m: (m.tok_end, m.tok_start)) if cands else None


UNMARKED_REL_WINDOW: Final = 2  # indefinite adjectives between an indefinite act's noun and its relative clause's verb


def _unmarked_relative(tokens: Sequence[Token], trig: Match, verbs: frozenset[str] | set[str]) -> int | None:
    """The position before the verb of a relative clause with no relative pronoun, after an indefinite noun
    ("قصف كثيف نفذته", "غارات جوية غير مسبوقة شنتها"), so that the verb is at the returned position + 1."""
    if trig.prefix.endswith("ال") or any(t.norm.startswith("ال") for t in tokens[trig.start_tok:trig.end_tok]):
        return None
    for n in range(trig.end_tok, min(len(tokens), trig.end_tok + UNMARKED_REL_WINDOW + 2)):
        w = tokens[n]
        if w.norm in verbs:
            return n - 1
        # only indefinite adjectives (and "غير") stand between: no article, preposition, comma or clause break
        if not w.is_word or w.norm.startswith(("ال", "وال")) or w.norm in words("locative") \
                or w.norm in words("relative_link") or w.norm in words("clause_break") or n - trig.end_tok >= UNMARKED_REL_WINDOW + 1:
            return None
    return None


def _from_agent(tokens: Sequence[Token], trig: Match, actors: Sequence[Mention],
                adjectives: Sequence[Mention]) -> Mention | None:
    """After "تعرض ل + noun": "من/من جانب" within a few words names the agent ("لقصف من الطائرات
    الروسية", "لقصف عنيف من جانب القوات الحكومية")."""
    frm = words("from_agent")
    for k in range(trig.end_tok, min(len(tokens), trig.end_tok + 3)):
        w = tokens[k].norm
        two = f"{w} {tokens[k + 1].norm}" if k + 1 < len(tokens) else ""
        if w in frm or two in frm:
            lo = k + (2 if two in frm else 1)
            cands = [m for m in (*actors, *adjectives) if lo <= m.tok_start <= lo + 3 and _armed(m)]
            return min(cands, key=lambda m: m.tok_start) if cands else None
        if w in words("clause_break"):
            return None
    return None


def _partitive_gap(tokens: Sequence[Token], k: int, start: int) -> int:
    """1 when "بين" at ``k`` is followed by a member word and "من" right before the side at ``start`` ("بين عناصر من
    قوات النظام وفصائل المعارضة"): the partitive names the first side one word further (g77c); else 0. Two set
    look-ups, only when a clash's "بين" is found.
    Also 1 when a member word and a group head stand there ("بين مقاتلي فصيل جيش الإسلام وقوات النظام", g84b):
    without it the clash had no sides of its own and borrowed the document's. A quote mark may open the name
    ("بين مقاتلي فصيل \"جيش الإسلام\""): it counts one more."""
    quoted = int(start - k == 4 and tokens[start - 1].norm in NAME_QUOTES)
    start -= quoted
    if start - k != 3:
        return 0
    if tokens[k + 2].norm not in words("partitive") and tokens[k + 2].norm not in words("between_head"):
        return 0
    return 1 + quoted if any(tokens[k + 1].norm.startswith(w) for w in words("member")) else 0


def _opens_side(tokens: Sequence[Token], k: int) -> bool:
    """"من جهة" at ``k`` opens the other side only when a side joined by "و" follows it ("بين X من جهة وY من جهة
    أخرى"); "من جهة حرستا" is a direction, not a side (g84b). Two look-ups, only at a "من جهة"."""
    j = k + 2
    if j < len(tokens) and tokens[j].norm in words("clause_break"):
        j += 1
    return j < len(tokens) and tokens[j].norm.startswith("و")


BETWEEN_REACH = 10  # tokens after a clash word where its «بين» is looked for ("اشتباكات لليوم الثاني على التوالي بين", g94g; was 4)
BETWEEN_NEAR: Final = 4  # the same for acts other than a clash
PUNCT_BREAKS = COMMAS | {"-", "–"}  # clause breaks that may only set off a date or place ("اندلعت، الثلاثاء، بين")


def _between_at(tokens: Sequence[Token], trig: Match, reach: int) -> int:
    """The position of the «بين» of a clash: the first one from the trigger's last token (a row may end on it:
    "قتالا عنيفا بين", g84b) up to BETWEEN_REACH tokens on, not past a clause break word ("فيما"، "بعد"، "حيث": the
    «بين» after it belongs to another clause); -1 if none. Commas may set off a date, so they do not stop it (g94g).
    ``reach`` is BETWEEN_REACH for a clash, BETWEEN_NEAR for other acts (a strike "وسط اشتباكات بين"، a deal "منطقة
    منزوعة السلاح بين X وY": a far «بين» is no pair of theirs). At most ten set look-ups per trigger."""
    limit = min(len(tokens), trig.end_tok + reach)
    between = words("between")
    breaks = words("clause_break")
    for k in range(max(0, trig.end_tok - 1), limit):
        w = tokens[k].norm
        if w in between:
            return k
        if k >= trig.end_tok and w in breaks and w not in PUNCT_BREAKS:
            return -1
    return -1


def _between_first(tokens: Sequence[Token], trig: Match, after: Sequence[Mention], reach: int) -> list[Mention]:
    """The sides after a clash word's «بين» (``_between_at``), the first of them right after it (a partitive between
    at most), or none: what _between_pair and _between_lone read."""
    k = _between_at(tokens, trig, reach)
    if k < 0:
        return []
    if k >= trig.end_tok + BETWEEN_NEAR:
        # a far «بين» pairs only sides named after it ("عملية للقضاء على خلايا لتنظيم داعش في وسط البلاد بين طريق
        # ديالى-كركوك والحدود" names no pair); a near one keeps its old reading (g94g: filtering it too moved a deal)
        after = [a for a in after if a.tok_start > k]
    if not after or after[0].tok_start - k > 2 + _partitive_gap(tokens, k, after[0].tok_start):
        return []
    return list(after)


def _between_pair(tokens: Sequence[Token], trig: Match, after: Sequence[Mention], reach: int = BETWEEN_NEAR) -> tuple[Mention, Mention] | None:
    """"اشتباكات بين X و Y": the two sides of a clash, in order. A trigger row may end on the "بين" itself
    ("قتالا عنيفا بين", g84b): the search starts at the trigger's last token."""
    after = _between_first(tokens, trig, after, reach)
    if not after:
        return None
    x = after[0]
    # "بين X و حلفائه من جهة و Y من جهة أخرى": the other side follows the first "من جهة"
    sides = words("side")
    side = next((k for k in range(x.tok_end, min(len(tokens) - 1, x.tok_end + 40))
                 if f"{tokens[k].norm} {tokens[k + 1].norm}" in sides and _opens_side(tokens, k)), None)
    for y in after[1:]:
        if side is not None and y.tok_start < side:
            continue
        if y.value.id != x.value.id and y.tok_start >= x.tok_end:
            return x, y
    return None


def _between_lone(tokens: Sequence[Token], trig: Match, after: Sequence[Mention], reach: int = BETWEEN_REACH) -> Mention | None:
    """"اشتباكات بين ميليشيات العصائب وأبناء العشائر": a clash between a named side and one the tables do not name has
    the named side as its first side (actor1), not as its target with the document's main actor put before it (g94a).
    Only when no second named side follows; runs only for a clash with no pair, over the few tokens _between_pair reads."""
    after = _between_first(tokens, trig, after, reach)
    if not after:
        return None
    x = after[0]
    # a one-word common noun ("بين الفصائل والجهاديين") names no particular side: the document's is a better guess
    if x.tok_end - x.tok_start < 2:
        return None
    return x if all(y.value.id == x.value.id for y in after[1:]) else None


BOTH_SIDES_TYPES: Final = frozenset({"Battles"})  # acts whose «بين الطرفين» refers back to the two sides named before it
BOTH_SIDES_REACH = 4  # tokens after a clash word where its «بين» is looked for (as _between_pair)


def _both_sides_before(tokens: Sequence[Token], trig: Match, before: Sequence[Mention]
                       ) -> tuple[Mention, Mention] | None:
    """"قصفت قوات النظام أحياء تحت سيطرة تنظيم الدولة، حيث اندلعت معارك بين الطرفين": «بين الطرفين/الجانبين» refers
    back to the two sides the sentence named before the clash; they are its sides, in their order (g86c). Only when
    exactly two distinct actors stand before it: with more the reference is unclear. A few look-ups on the tokens right
    after the clash word, only for a clash with no «بين X و Y» pair of its own."""
    both = words("both_sides")
    limit = min(len(tokens) - 1, trig.end_tok + BOTH_SIDES_REACH)
    k = trig.end_tok - 1
    while k < limit and tokens[k].norm not in words("between"):
        k += 1
    if k >= limit or tokens[k + 1].norm not in both:
        return None
    first = before[0] if before else None
    second = next((b for b in before if first is not None and b.value.id != first.value.id), None)
    if first is None or second is None or any(b.value.id not in (first.value.id, second.value.id) for b in before):
        return None
    return first, second


def _is_kind(actor: Actor, kind: str, country: str | None) -> bool:
    """``kind`` of actors.tsv, "home-state": a state force of the event's own country, "foreign-state": one of
    another country, or an actors.tsv id."""
    if kind == actor.id:
        return True
    if kind == "home-state":
        return actor.kind == "state" and country is not None and actor.country == country
    if kind == "foreign-state":
        return actor.kind == "state" and country is not None and actor.country != country
    return actor.kind == kind


def set_aside(event_type: str, sub_event_type: str, a1: Actor | None, a2: Actor | None, country: str | None
              ) -> tuple[Actor | None, Actor | None, list[str]]:
    """The sides after the "aside" rows of actor_roles.tsv: a kind told with the act that is no party to it (the
    civilians evacuated under a deal) is dropped once the mention's support is counted; returns the rows that acted."""
    fired: list[str] = []
    for r in role_rules(event_type, sub_event_type):
        if r.rule != "aside" or (r.countries and country not in r.countries):
            continue
        if a1 is not None and _is_kind(a1, r.kind, country):
            a1 = None
            fired.append(r.id)
        if a2 is not None and _is_kind(a2, r.kind, country):
            a2 = None
            fired.append(r.id)
    return a1, a2, fired


def retype_by_roles(event_type: str, sub_event_type: str, a1: Mention | None, a2: Mention | None,
                    country: str | None = None) -> tuple[str, str, Mention | None, Mention | None, list[str]]:
    """The "retype" rules of actor_roles.tsv: an event whose side is of the rule's kind is of another
    sub-type ("اشتباكات بين محتجين وقوات الأمن" is a violent demonstration, not a battle), with the rule's
    actor standing for that side as actor1. Returns (event type, sub-type, actor1, actor2, rules that acted)."""
    for r in role_rules(event_type, sub_event_type):
        if r.rule == "agent-retype":
            # "قصف إسرائيلي" in Syria: a force that fights there from the air only strikes from the air; "استهدف
            # المحتجون مباني حكومية": protesters who attack riot (the row's actor stands for them)
            if a1 is not None and _agent_row_holds(r, a1.value, country):
                agent = a1 if not r.actor else Mention(a1.kind, a1.tok_start, a1.tok_end, a1.start, a1.end,
                                                       actor_table()[r.actor], r.id)
                return event_types()[r.to][0], r.to, agent, a2, [r.id]
            continue
        if r.rule != "retype":
            continue
        side = next((a for a in (a1, a2) if a is not None and _is_kind(a.value, r.kind, country)), None)
        if side is None:
            continue
        other = a2 if side is a1 else a1
        stand_in = Mention(side.kind, side.tok_start, side.tok_end, side.start, side.end, actor_table()[r.actor], r.id)
        return event_types()[r.to][0], r.to, stand_in, other, [r.id]
    return event_type, sub_event_type, a1, a2, []


def retype_by_doer(event_type: str, sub_event_type: str, agent: Actor, country: str | None
                   ) -> tuple[str, str, list[str]]:
    """The "doer-retype" rows of actor_roles.tsv for the act's doer (the caller has found ``agent`` told as the one who
    did it, not as the people it was done to): an arrest made by an armed group or by unknown gunmen is an abduction
    («اعتقل عناصر من تنظيم داعش عشرة مدنيين»; ACLED: arrests are the state's, or a de facto authority's, and a non-state
    group's detentions are Abduction/forced disappearance). The first row that holds acts; a row whose ``to`` is the
    sub-type itself keeps it for its kind (the SDF's arrests in the land it runs). Returns (event type, sub-type, rules
    that acted)."""
    for r in doer_rows(event_type, sub_event_type):
        if (not r.countries or country in r.countries) and _is_kind(agent, r.kind, country):
            return event_types()[r.to][0], r.to, [r.id]
    return event_type, sub_event_type, []


def _agent_row_holds(r: Any, agent: Actor, country: str | None) -> bool:
    """An agent-retype row acts on this agent in this country."""
    return (ANY_COUNTRY in r.countries or country in r.countries) and _is_kind(agent, r.kind, country)


def retype_by_agent(event_type: str, sub_event_type: str, agent: Actor, country: str | None
                    ) -> tuple[str, str, Actor, list[str]]:
    """The "agent-retype" rows of actor_roles.tsv for an agent not read in the sentence (the document's, or the
    coder's default): "الغارات" told again in a report of Israeli strikes on Syria are air strikes as "غارات
    إسرائيلية" are. Returns (event type, sub-type, agent or the row's stand-in, rules that acted)."""
    for r in role_rules(event_type, sub_event_type):
        if r.rule == "agent-retype" and _agent_row_holds(r, agent, country):
            return event_types()[r.to][0], r.to, actor_table()[r.actor] if r.actor else agent, [r.id]
    return event_type, sub_event_type, agent, []


def unborrowed(event_type: str, sub_event_type: str, agent: Actor, country: str | None
               ) -> tuple[Actor, list[str]]:
    """The "unborrowed" rows of actor_roles.tsv for an agent borrowed from the document (none read in the
    sentence): the report's main state is not the unnamed hand of an attack on civilians ("تعرض فريق أممي لإطلاق
    نار" in a report of Washington's and Moscow's statements); the row's actor (an unidentified armed group)
    stands for it. Returns the agent or its stand-in and the rows that acted."""
    for r in role_rules(event_type, sub_event_type):
        if r.rule == "unborrowed" and (not r.countries or country in r.countries) and _is_kind(agent, r.kind, country):
            return actor_table()[r.actor], [r.id]
    return agent, []


def _set_aside(event_type: str, sub_event_type: str, actor: Actor, country: str | None) -> bool:
    """An "aside" row of these types drops this actor from the sides once its support is counted."""
    return any(r.rule == "aside" and _is_kind(actor, r.kind, country) for r in role_rules(event_type, sub_event_type))


def apply_roles(event_type: str, sub_event_type: str, a1: Mention | None, a2: Mention | None,
                country: str | None = None, joined: Mention | None = None, subject: bool = False
                ) -> tuple[Mention | None, Mention | None, list[str]]:
    """The agent and target after the role rules of actor_roles.tsv (``country``: the event's; ``joined``: a side
    joined to the agent by "و"; ``subject``: the agent is told as the trigger's doer, not as the people it was done
    to: step._told_as_doer); returns them and the ids of the rules that acted."""
    fired: list[str] = []
    for r in role_rules(event_type, sub_event_type):
        if r.countries and country not in r.countries:
            continue  # a row for some theatres only ("the government receives a town the rebels leave")
        if r.rule == "never":
            if a1 is not None and _is_kind(a1.value, r.kind, country):
                a1 = None
                fired.append(r.id)
            if a2 is not None and _is_kind(a2.value, r.kind, country):
                a2 = None
                fired.append(r.id)
        elif r.rule == "not-target":
            # the sub-type is one side's own doing ("أخلى الجيش مطاراته إثر تهديدات واشنطن"): a side of this kind
            # read near it is the cause or the audience, not a counterpart (ACLED codes no actor2)
            if a2 is not None and _is_kind(a2.value, r.kind, country):
                a2 = None
                fired.append(r.id)
        elif r.rule == "agentless-not-target":
            # "انفجار عبوة ناسفة خلال تشييع مقاتلين قتلوا بهجمات لتنظيم داعش": beside a bombing whose doer went unread,
            # the group named is its claimant, suspect or the sentence's background, not what the bomb hit (g100v)
            if a1 is None and a2 is not None and _is_kind(a2.value, r.kind, country):
                a2 = None
                fired.append(r.id)
        elif r.rule == "second":
            # the kind is never actor1 ("قوات الأمن" at a protest is the force that met it): it moves
            # to actor2, swapping with an actor2 of another kind
            if a1 is not None and _is_kind(a1.value, r.kind, country) \
                    and (a2 is None or not _is_kind(a2.value, r.kind, country)):
                a1, a2 = a2, a1
                fired.append(r.id)
        elif r.rule == "sole-object" and subject:
            continue  # "اعتقل تنظيم داعش شابين": the group told as the doer made the arrest
        elif r.rule in ("sole-second", "sole-object"):
            # the kind is never the only side ("وافقت الفصائل على تسليم السلاح": the deal was made with them); beside
            # another side read it keeps its place (a deal of the factions with Turkey). A side that an "aside" row
            # drops later (the civilians a deal moves) is no side: it takes actor1 and leaves it to the defaults.
            if a1 is not None and _is_kind(a1.value, r.kind, country) \
                    and (a2 is None or _set_aside(event_type, sub_event_type, a2.value, country)):
                sole = a1  # two statements, not a swapped tuple with None (mypyc)
                a1 = a2
                a2 = sole
                fired.append(r.id)
        elif r.rule == "joined-first":
            # "غارات روسية وسورية": of two agents named together, the one of this kind is coded actor1; the
            # other joined to it ("قصفت روسيا والنظام بلدة") is its associate, not the target
            if a1 is None or joined is None:
                continue
            first = _is_kind(joined.value, r.kind, country) and not _is_kind(a1.value, r.kind, country)
            if joined is a2 and sub_event_type in JOINED_SIDES:
                # "اشتباكات بين الفصائل وقوات النظام": two sides named together, the one of this kind first
                if first:
                    a1, a2 = a2, a1
                    fired.append(r.id)
                continue
            associate = joined is a2
            if associate:
                a2 = None
            if first:
                a1 = joined
            if first or associate:
                fired.append(r.id)
        elif (r.rule == "first" and a1 is not None and a2 is not None and _is_kind(a2.value, r.kind, country)
              and not _is_kind(a1.value, r.kind, country)):
            a1, a2 = a2, a1
            fired.append(r.id)
    return a1, a2, fired


def grounded(event_type: str, sub_event_type: str, actor: Actor, country: str | None) -> str | None:
    """The id of the "grounded" row of actor_roles.tsv that holds for this agent of this act (a side with no
    aircraft as the agent of an air strike), else None."""
    for r in role_rules(event_type, sub_event_type):
        if r.rule == "grounded" and (not r.countries or country in r.countries) and _is_kind(actor, r.kind, country):
            return r.id
    return None


def grounded_agent(event_type: str, sub_event_type: str, a1: Mention | None, a2: Mention | None,
                   country: str | None, drone: bool) -> tuple[Mention | None, Mention | None, list[str]]:
    """The "grounded" rows of actor_roles.tsv: a side of the row's kind has no aircraft, so it is not the agent of an
    air strike ("معارك مع الفصائل، وسط قصف جوي": the strike told in passing is not the factions'); a drone strike
    (``drone``: the trigger is told with a drone) may be theirs. The agent is left None (the caller looks for the
    state whose aircraft are named, else the coder's default gives it). The side becomes the target when none was
    read or a state was (a state is rarely a rebel's target in the same breath as aircraft: "رغم اعتراضات تركيا"),
    else it is dropped. Returns the sides and the rows that acted."""
    rid = None if a1 is None or drone else grounded(event_type, sub_event_type, a1.value, country)
    if rid is None:
        return a1, a2, []
    if a2 is None or a2.value.kind == "state":
        return None, a1, [rid]
    return None, a2, [rid]


SITE_AGENT_GUESSED = "site-agent-guessed"  # struck_own_site's agent is the report's most named force, not read
REBEL_INTER = 2  # ACLED's inter code of rebel groups (actors.tsv inter)


def broker_side(sub_event_type: str, a1: Actor | None, a2: Actor | None, country: str | None,
                groups: Sequence[Actor]) -> tuple[Actor | None, Actor | None, list[str]]:
    """"اتفاق أولي مع روسيا": of the home state (often only the coder's default agent) and a broker (actor_roles.tsv
    rule "broker") named as the two sides, the broker concluded it for the home state with the rebel group of the
    country (ACLED inter 2) the report names most (``groups``: the report's non-state armed groups, most named first):
    the broker is actor1, the group actor2. A report naming no rebel group of the country tells of a deal between the
    two states. Returns (actor1, actor2, rules that acted)."""
    rebels = next((g for g in groups if g.country == country and g.inter == REBEL_INTER), None)
    if a1 is None or a2 is None or rebels is None:
        return a1, a2, []
    for r in role_rules(event_types()[sub_event_type][0], sub_event_type):
        if r.rule != "broker" or country not in r.countries:
            continue
        if a1.id == r.kind:
            broker, other = a1, a2
        elif a2.id == r.kind:
            broker, other = a2, a1
        else:
            continue
        if _is_kind(other, "home-state", country):
            return broker, rebels, [r.id]
    return a1, a2, []


def lone_deal_side(sub_event_type: str, a1: Actor | None, a2: Actor | None, country: str | None,
                   groups: Sequence[Actor], home: Actor | None) -> tuple[Actor | None, Actor | None, list[str]]:
    """The "lone-deal" rows of actor_roles.tsv: a deal of the country told from one side («وافق المقاتلون على الخروج»,
    «أبرمت روسيا اتفاقات في بلدات الجنوب») was made with the other. An unnamed armed group (kind "unidentified":
    «مسلحون وافقوا على تسليم البلدة») is the row's actor (the generic rebels); a state side (the row's kind) left alone is given the rebels as
    actor2; the rebels left alone are given the home state (``home``: the coder's default agent) as actor1. The rebels
    given a state are the country's rebel group (ACLED inter 2) the report names most (``groups``, most named first), else the row's
    actor (the generic rebels). Returns (actor1, actor2, rules that acted)."""
    rows = [r for r in role_rules(event_types()[sub_event_type][0], sub_event_type)
            if r.rule == "lone-deal" and country in r.countries]
    if not rows or (a1 is not None and a2 is not None and a1.kind != "unidentified" and a2.kind != "unidentified"):
        return a1, a2, []  # (cheap exit: nearly every deal has two named sides)
    fired: list[str] = []
    for r in rows:
        generic = actor_table()[r.actor]
        if r.kind == "unidentified":
            # «مسلحون» unnamed are the town's rebels, not the report's most named group (the SDF in a Damascus report)
            if a1 is not None and _is_kind(a1, r.kind, country):
                a1 = generic
                fired.append(r.id)
            if a2 is not None and _is_kind(a2, r.kind, country):
                a2 = generic
                fired.append(r.id)
            continue
        rebels = next((g for g in groups if g.country == country and g.inter == REBEL_INTER), generic)
        if a1 is not None and a2 is None and _is_kind(a1, r.kind, country):
            a2 = rebels
            fired.append(r.id)
    if a1 is not None and a2 is None and home is not None and a1.inter == REBEL_INTER and a1.kind == "nonstate" \
            and a1.country in ("", country) and fired:
        # the rebels a stand-in gave, alone: the deal was the home state's with them
        a2 = a1
        a1 = home
    if a1 is not None and a2 is not None and a1.id == a2.id:
        a2 = None  # (an unnamed group beside the rebels named: one side)
    return a1, a2, fired


def struck_own_site(sub_event_type: str, a1: Actor | None, a2: Actor | None, country: str | None,
                    named: Sequence[Actor]) -> tuple[Actor | None, Actor | None, list[str]]:
    """"استهدفت صواريخ مطار التيفور العسكري": a strike on a military site whose agent the sentence does not name, given
    the home state by the coder's default (actor_roles.tsv rule "own-site"), fell on the home state's own base: the home
    state is its target, and its agent is the foreign force among the default row's lenders (default_actors.tsv
    borrow_from) that the report names most (``named``, most named first), else the row's actor (an unidentified armed
    group). A counterpart read as a foreign lender ("نفذتها إسرائيل") is the agent. A strike on the home country's rebels,
    IS or civilians stays the government's. Returns (actor1, actor2, rules that acted)."""
    if a1 is None:
        return a1, a2, []
    for r in role_rules(event_types()[sub_event_type][0], sub_event_type):
        if r.rule != "own-site" or country not in r.countries or not _is_kind(a1, r.kind, country):
            continue
        if a2 is not None and (a2.kind == "civilian" or (
                a2.kind == "nonstate" and a2.inter == REBEL_INTER and a2.country in ("", country))):
            return a1, a2, []  # the government's strike on the rebels' positions or depots
        if a2 is not None and any(a.id == a2.id for a in named):
            return a2, a1, [r.id]
        agent = named[0] if named else actor_table()[r.actor]
        return agent, (a2 if a2 is not None else a1), [r.id, SITE_AGENT_GUESSED]
    return a1, a2, []


def recast_actor(actor: Actor, country: str | None, admin1: str | None) -> tuple[Actor, str | None]:
    """The actor coded for ``actor`` in the event's country and province (actor_by_country.tsv) and the row id, else
    the actor itself and None; a row with excepted provinces needs the event's province."""
    hit = actor_by_country().get((actor.id, country)) if country is not None else None
    if hit is None or (hit[2] and (admin1 is None or admin1 in hit[2])):
        return actor, None
    return hit[1], hit[0]


def recast_by_country(a1: Mention | None, a2: Mention | None, country: str | None, admin1: str | None = None
                      ) -> tuple[Mention | None, Mention | None, list[str]]:
    """Actors that stand for another in the event's country (actor_by_country.tsv: "التحالف" in
    Yemen is the Saudi-led coalition), outside the row's excepted provinces (``admin1``: the event's; "الجيش الحر" is
    the Turkish-backed army in Aleppo's north only); a target that becomes the agent is dropped."""
    if country is None or not actor_by_country():
        return a1, a2, []
    fired: list[str] = []

    def one(m: Mention | None) -> Mention | None:
        if m is None or not isinstance(m.value, Actor):
            return m
        actor, rid = recast_actor(m.value, country, admin1)
        if rid is None:
            return m
        fired.append(rid)
        return replace(m, value=actor)

    a1, a2 = one(a1), one(a2)
    if a1 is not None and a2 is not None and a1.value.id == a2.value.id:
        a2 = None
    return a1, a2, fired


def subset_heads(numbers: Sequence[Any], tokens: Sequence[Token] | None, subset: frozenset[str]) -> dict[int, Any]:
    """id(number) -> the count it is part of: "21 عسكريا من بينهم 9 إيرانيين" (9 of the 21).

    A number right after a ``subset`` word (one word between at most), part of the nearest
    larger count told at most seven words before that word ("12 مدنيا من عائلة واحدة بينهم 4
    أطفال": the 4 are of the 12, not of the one family); and the numbers that go on its list
    ("بينهم 4 أطفال وامرأتان": the two women are of the 13 too)."""
    if tokens is None or len(numbers) < 2:
        return {}
    heads: dict[int, Any] = {}
    for k, n in enumerate(numbers):
        prev = numbers[k - 1] if k else None
        if prev is not None and id(prev) in heads and n.tok_start - prev.tok_end <= 1:
            heads[id(n)] = heads[id(prev)]
            continue
        for m in range(max(0, n.tok_start - 2), n.tok_start):
            if tokens[m].norm in subset:
                head = next((h for h in reversed(numbers[:k])
                             if h.tok_end <= m and m - h.tok_end <= SUBSET_HEAD_WINDOW and (h.value or 0) > (n.value or 0)), None)
                if head is not None:
                    heads[id(n)] = heads.get(id(head), head)
                break
    return heads


def _is_age(n: Any, tokens: Sequence[Token]) -> bool:
    """"في العشرين من العمر"، "الخامسة من عمره": a number followed by «من» and a word for age (function_words
    age_word) is an age, not a count of the dead (g84e: «متظاهرا في العشرين من العمر توفي» is one dead, not 20).
    Two token look-ups per number."""
    k = n.tok_end
    return k + 1 < len(tokens) and tokens[k].norm in words("age_of") and tokens[k + 1].norm in words("age_word")


def _is_time(n: Any, tokens: Sequence[Token], units: frozenset[str], year_before: frozenset[str]) -> bool:
    """"3 أيام", "عامين": a length of time; "في 1991": a year. Not counts of people."""
    if tokens[n.tok_end - 1].norm in units or (n.tok_end < len(tokens) and tokens[n.tok_end].norm in units):
        return True
    if _is_age(n, tokens):
        return True
    return (1900 <= n.value < 2100 and n.rule_id == "digits" and n.tok_start > 0
            and tokens[n.tok_start - 1].norm in year_before)


def pick_fatalities(numbers: Sequence[Any], casualties: Sequence[Match], tokens: Sequence[Token] | None = None,
                    subset: frozenset[str] = frozenset(), units: frozenset[str] = frozenset(),
                    year_before: frozenset[str] = frozenset(), heads: dict[int, Any] | None = None) -> tuple[Any, bool]:
    """(number mention or int, found) for the dead reported in a sentence.

    Each number goes with its nearest casualty word within 3 tokens (a word that is
    itself the number, like the dual "قتيلين", first; on a tie the noun after the
    number, as Arabic counts "ثلاثة قتلى"). Numbers of the wounded are not fatalities,
    nor lengths of time (``units``: "قبل عامين من مقتله") or years ("قتل في 1991"). Dual nouns ("قتيلان") alone
    give 2. A number counting part of an earlier count (``subset_heads``) stands for that
    count: the dead are the whole. Counts joined by "و" ("15 طفلا وامرأتان") add up. ``heads``, when given, are
    the sentence's (a clause's numbers may be part of a count told in another clause).
    """
    if not any(c.payload.kind in ("killed", "dual_killed") for c in casualties):
        # "اغتيال قيادي في الحشد": an assassination of one told with no word of killing is one dead (g83d)
        if tokens is not None and _assassinated_one(casualties, tokens):
            return ONE_DEAD, True
        return None, False
    if heads is None:
        heads = subset_heads(numbers, tokens, subset) if subset else {}
    if units and tokens is not None:
        numbers = [n for n in numbers if not _is_time(n, tokens, units, year_before)]
    if tokens is not None and (lead := _death_verb_subject(numbers, casualties, tokens)) is not None:
        return (heads[id(lead)] if id(lead) in heads else lead), True
    best, best_d = None, 99
    wounded: set[int] = set()
    shares: set[int] = set()
    for n in numbers:
        near = None
        near_key = (99, 1)
        for c in casualties:
            if c.start_tok < n.tok_end and n.tok_start < c.end_tok:
                key = (-1, 0)
            elif c.start_tok >= n.tok_end and tokens is not None and _joined_killing(tokens, c.start_tok):
                continue  # "اعتقال 3 وقتل 5": the verb joined by «و» opens its own clause, the 3 were captured (g105c)
            elif c.start_tok >= n.tok_end and c.payload.kind == "wounded" and c.prefix.startswith("و"):
                # "قتل 5 وجرح 4"، "مقتل 9 وإصابة 50"، "قتل أمس 5 أشخاص، وأصيب 4": the wounded joined by «و» open
                # their own clause; the count before them is the killing's, not a figure of theirs (g108s)
                continue
            elif c.start_tok >= n.tok_end:
                key = (c.start_tok - n.tok_end, 0)  # noun after the number
                if tokens is not None and c.start_tok > n.tok_end and tokens[c.start_tok - 1].norm in words("share_among"):
                    shares.add(id(n))  # "3 إيرانيين كانوا بين القتلى": the number counts a part of the dead (g111l)
            elif n.tok_start - c.end_tok > 3 and tokens is not None and _past_toll_gap(tokens, c.end_tok) == n.tok_start:
                key = (0, 1)  # "قتل الخميس، وفق المرصد، 8 مدنيين": only a day and a source stand between (g86b)
            elif n.tok_start - c.end_tok > 3 and tokens is not None and _risen_toll(tokens, c.end_tok, n.tok_start):
                key = (0, 1)  # "عدد القتلى المدنيين قد ارتفع إلى 12": the toll's new figure (g88a)
                if c.end_tok < len(tokens) and tokens[c.end_tok].norm in words("dead_side"):
                    shares.add(id(n))  # "عدد القتلى الإيرانيين ارتفع إلى 7": the dead of one nation, a part (g111l)
            elif n.tok_start - c.end_tok > 3 and tokens is not None \
                    and _rise_led_toll(tokens, c.start_tok, c.end_tok, n.tok_start):
                key = (0, 1)  # "ارتفاع أعداد قتلى الضربات، التي استهدفت الكسوة، إلى 15": the new figure (g105s)
            else:
                key = (n.tok_start - c.end_tok, 1)
                if tokens is not None and key[0] <= 3 and _share_among(tokens, c.start_tok, c.end_tok, n.tok_start):
                    shares.add(id(n))  # "من بين القتلى 8 من عناصر الحرس": part of a toll told elsewhere (g90a)
            if key < near_key:
                near, near_key = c, key
        if near is not None and near_key[0] <= 3 and (near.payload.kind in ("wounded", "mixed")
                                                      or tokens is not None and _mixed_after(tokens, near, casualties)):
            wounded.add(id(n))  # "أكثر من 100 قتيل وجريح": the dead and the wounded in one figure, no count of the dead
            continue
        if near is None or near_key[0] > 3 or near.payload.kind == "assassinated":
            continue
        if near_key[0] < best_d:
            best, best_d = n, near_key[0]
    if best is not None:
        if id(best) in heads and id(heads[id(best)]) not in wounded:  # "30 قتيلا وجريحا بينهم 12 قتيلا": 12
            return heads[id(best)], True
        whole = _with_joined(best, numbers, tokens, heads, wounded)
        return (_stand_in(best, whole) if id(best) in shares else whole), True
    for c in casualties:
        if c.payload.kind == "dual_killed":
            return 2, True
    if tokens is not None:
        named = _single_victim(casualties, tokens)
        if named > 1:
            return named, True  # "أدى إلى مقتله وسائقه"، "قتل أحد أفراد الأمن ومتظاهر": the one and his companions
        if named or _assassinated_one(casualties, tokens):
            return ONE_DEAD, True
    return None, False


def _joined_killing(tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is a killing verb or noun with the conjunction «و» (function_words killed_object): «وقتل»، «ومقتل»."""
    form = tokens[k].norm
    return form.startswith("و") and form[1:] in words("killed_object")


def _mixed_after(tokens: Sequence[Token], c: Match, casualties: Sequence[Match]) -> bool:
    """"40 ضحية بين قتيل وجريح"، "سقط 40 ضحية ما بين قتيل وجريح": a word of the dead followed by «بين/ما بين»
    (function_words toll_mixed_between) and a word of the dead and wounded together (casualties.tsv kind mixed): the
    figure counts both, no dead alone (g103j). One or two token look-ups, only for a number tied to a word of killing."""
    between, k = words("toll_mixed_between"), c.end_tok
    if k < len(tokens) and tokens[k].norm in between:
        k += 1
    elif k + 1 < len(tokens) and f"{tokens[k].norm} {tokens[k + 1].norm}" in between:
        k += 2
    else:
        return False
    return any(m.start_tok == k and m.payload.kind == "mixed" for m in casualties)


class OneDead:
    """The dead told by a singular noun ("قتل طفل"): one, a figure weaker than any number, which a merge with a
    counted report of the same happening does not lower (an event's dead keep the lowest figure reported)."""

    value = 1


ONE_DEAD = OneDead()


def _single_victim(casualties: Sequence[Match], tokens: Sequence[Token]) -> int:
    """"قتل طفل"، "طفلا قتل"، "مقتل مدني وإصابة أربعة": a singular noun of a person (function_words single_victim)
    right before or after a word of killing, or a word of death with a singular pronoun ("مصرعه"، "مقتلها":
    function_words one_dead), with no number told for the dead, counts one dead (1; 0 when none is told). The one
    joined by "و" to companions counts them too (g97a): "مقتله وسائقه" 2, "مقتلها وطفليها" 3, "قتل أحد أفراد
    القوات الأمنية ومتظاهر" 2."""
    one, part, own = words("single_victim"), words("subset"), words("one_dead")
    for c in casualties:
        if c.payload.kind != "killed":
            continue
        # "لقي متظاهر مصرعه"، "أدى إلى مقتلها": the word of death names its one dead by its pronoun
        for k in range(c.start_tok, min(c.end_tok, len(tokens))):
            if in_words(tokens[k].norm, own):
                return 1 + _companions(tokens, k + 1)
        if c.end_tok < len(tokens) and _one_person(tokens, _past_killers(tokens, _past_toll_gap(tokens, c.end_tok)), one):
            return 1
        if c.end_tok < len(tokens) and _one_of_group(tokens, k := _past_killers(tokens, c.end_tok)):
            return 1 + _other_victim(tokens, k + (1 if tokens[k].norm in words("one_of_them") else 2))
        # "ستة أشخاص من بينهم طفلة قتلوا": one of a count told before, not the dead
        k = _victim_before(tokens, c.start_tok - 1, one, c.prefix.startswith("و"))
        if k >= 0 and tokens[k].norm in one and not (k > 0 and in_words(tokens[k - 1].norm, part)):
            return 1
    return 0


def _one_person(tokens: Sequence[Token], k: int, one: frozenset[str]) -> bool:
    """Token ``k`` names one person: a singular person noun (function_words single_victim: «قتل طفل») or a man's
    given name with the next word of his name after it (function_words given_name: «مقتل صالح الصماد»، «وقتل حذيفة
    البدري»; g111r). Asked for a word of killing only: a word of assassination with a name is as often a retold
    murder in commentary («أسرار اغتيال عماد مغنية»), whose one dead would make it an attack on civilians. One set
    look-up when ``k`` is a person noun, two otherwise."""
    w = tokens[k].norm
    if w in one:
        return True
    return w in words("given_name") and k + 1 < len(tokens) and not tokens[k + 1].punct \
        and not tokens[k + 1].norm[:1].isdigit()


VICTIM_TAIL_MAX = 4  # tokens of «واحد»، «على الأقل» and commas stepped over back from a word of death


def _victim_before(tokens: Sequence[Token], k: int, one: frozenset[str], joined: bool = False) -> int:
    """The token of the person noun told before a word of death whose previous token is ``k``, past what the news
    puts between them (g99ak): «واحد/واحدا», «على الأقل» and a comma (function_words victim_tail: "رجلا واحدا على
    الأقل قتل"), then one indefinite nisba right after a singular person ("جنديا بريطانيا، قتل"; the noun must be a
    single_victim word, so "قصف تركي قتل" names no victim). ``k`` itself when nothing is stepped over. At most
    VICTIM_TAIL_MAX + 1 set look-ups, run only for a word of death with no number read for the dead. A comma is
    stepped over only after a tail word or a nisba of a person ("جنديا بريطانيا، قتل"), and never before a word of death that
    ``joined`` with «و» ("أصيب شرطي، وقتل مدنيون"): otherwise it closes the clause before, whose person is not the
    dead (g99an)."""
    tail = words("victim_tail")
    for _ in range(VICTIM_TAIL_MAX):
        if k < 1:
            break
        if tokens[k].norm in COMMAS and (joined or not (tokens[k - 1].norm in tail or _nisba_of_one(tokens, k - 1, one))):
            break  # the comma ends the clause before ("أصيب شرطي، قتل": «شرطي» is no nisba of a person before it)
        if tokens[k].norm in tail:
            k -= 1
        elif f"{tokens[k - 1].norm} {tokens[k].norm}" in tail:
            k -= 2
        else:
            break
    return k - 1 if _nisba_of_one(tokens, k, one) else k


def _nisba_of_one(tokens: Sequence[Token], k: int, one: frozenset[str]) -> bool:
    """Token ``k`` is an indefinite nisba right after a singular person noun ("جنديا بريطانيا")."""
    return k >= 1 and _indefinite_nisba(tokens[k].norm) and tokens[k - 1].norm in one


def _indefinite_nisba(w: str) -> bool:
    """"بريطانيا"، "سوري"، "كندية": an indefinite adjective of relation (ending «ي/يا/يه», no article). Only asked of
    the word between a singular person noun and a word of death."""
    return len(w) >= 4 and w.endswith(endings("nisba_indefinite_ending")) and not has_article(w)


def _companions(tokens: Sequence[Token], k: int) -> int:
    """The dead joined by "و" at token ``k`` to a word of death with a singular pronoun: "مقتله وسائقه" (function_words
    companion: 1), "مقتلها وطفليها" (companion_two: 2), or by «مع» ("مصرعه مع سائقه"), else 0. One or two tokens and
    two set look-ups, run only after a one_dead word matched."""
    if k >= len(tokens):
        return 0
    w = tokens[k].norm
    if w == "مع" and k + 1 < len(tokens):
        rest = tokens[k + 1].norm
    elif w.startswith("و"):
        rest = w[1:]
    else:
        return 0
    return 1 if rest in words("companion") else 2 if rest in words("companion_two") else 0


OTHER_VICTIM_SPAN = 4  # tokens after «أحد + noun» searched for "و" + a second singular person


def _other_victim(tokens: Sequence[Token], k: int) -> int:
    """1 when a singular person (function_words single_victim) joined by "و" follows «أحد ...» within
    OTHER_VICTIM_SPAN tokens from ``k`` in the same clause ("قتل أحد أفراد القوات الأمنية ومتظاهر"), else 0. Any
    other word with "و" ("وإصابة") or a clause mark ends the search. Runs only after a «أحد/إحدى» of a group matched."""
    one, marks = words("single_victim"), words("clause_mark")
    for j in range(k, min(len(tokens), k + OTHER_VICTIM_SPAN)):
        w = tokens[j].norm
        if w in marks:
            return 0
        if w.startswith("و") and len(w) > 1:
            return 1 if w[1:] in one else 0
    return 0


def _assassinated_one(casualties: Sequence[Match], tokens: Sequence[Token]) -> bool:
    """"اغتيال مرشح للانتخابات"، "اغتيال رئيس الدائرة المالية"، "اغتالوا القيادي": a word of assassination
    (casualties.tsv kind assassinated) with a singular person right after it (function_words single_victim, or
    «أحد + definite») is one dead, unless an attempt, an escape, a plan or a threat stands right before it
    (function_words not_done: «محاولة اغتيال»، «نجا من اغتيال»). No number is ever tied to the word: «محاولة اغتيال»
    may sit beside a count of the wounded. Runs only over the sentence's casualty matches (a few), on sentences whose
    dead no number gave: two or three set look-ups per word of assassination."""
    for c in casualties:
        if c.payload.kind != "assassinated" or c.end_tok >= len(tokens):
            continue
        k = _past_killers(tokens, c.end_tok)
        if tokens[k].norm not in words("single_victim") and not _one_of_group(tokens, k):
            continue
        if not _not_done(tokens, c.start_tok):
            return True
    return False


def _not_done(tokens: Sequence[Token], k: int) -> bool:
    """A word of attempt, escape, plan or threat (function_words not_done) right before token ``k``, or before a
    «من» right before it ("نجا من اغتيال")."""
    stop = words("not_done")
    j = k - 1
    if j >= 0 and tokens[j].norm in words("not_done_from"):
        j -= 1
    return j >= 0 and in_words(tokens[j].norm, stop)


def _one_of_group(tokens: Sequence[Token], k: int) -> bool:
    """"قتل أحد المحتجين"، "مقتل أحد عناصر الشرطة"، "مقتل إحدى النساء": «أحد/إحدى» (function_words one_of) at ``k``
    with a definite noun or a word for members (function_words member) right after it is one of a group, one dead
    (g80c). Not «أحد» alone ("لم يقتل أحد": nobody) nor «أحد عشر» (eleven, read as a number before this)."""
    if tokens[k].norm in words("one_of_them"):
        return True  # "أدى إلى مقتل أحدهم": one of them, with its pronoun (g103j)
    if tokens[k].norm not in words("one_of") or k + 1 >= len(tokens):
        return False
    head = tokens[k + 1].norm
    # "مقتل أحد جنوده"، "أحد عناصرها": a member word with its owner's pronoun is one of that side's men (g96b)
    return has_article(head) or head in words("member") or any(head.startswith(w) for w in words("member"))


TOLL_GAP_MAX = 10  # tokens of days, times and a source phrase skipped between a word of killing and its dead
SOURCE_PHRASE_MAX = 7  # tokens from «وفق/بحسب» to the comma closing its source phrase


def _past_toll_gap(tokens: Sequence[Token], k: int) -> int:
    """The token after the day, time and source words told from ``k`` ("قتل الخميس، وفق المرصد، 8 مدنيين"، "قتل
    أمس ثلاثة"، "قتل يوم الأربعاء طفل": function_words toll_gap_time, commas, and a toll_gap_source word with all
    up to its comma), up to TOLL_GAP_MAX tokens; ``k`` itself when none stands there. Any other word ends the run, so
    the count's window is widened for these words only. Costs one set look-up when the next token is none of them
    (the usual case), a few more over a short run when it is."""
    days, src, also, marks = words("toll_gap_time"), words("toll_gap_source"), words("toll_gap_also"), words("clause_mark")
    j, hi = k, min(len(tokens) - 1, k + TOLL_GAP_MAX)
    while j < hi:
        w = tokens[j].norm
        if w in days or (w in marks and j > k) or (w in also and tokens[j + 1].norm in src):
            j += 1  # «أيضا/كذلك» only right before a source word: "قتل الخميس، أيضا وفق المرصد، 8"
        elif w in src:
            end = next((m for m in range(j + 1, min(hi, j + 1 + SOURCE_PHRASE_MAX)) if tokens[m].norm in marks), -1)
            if end < 0:
                break
            j = end + 1
        else:
            break
    return j


RISE_GAP_MAX = 3  # tokens between a word of killing and the verb of its toll's rise ("القتلى الإيرانيين قد")


def _risen_toll(tokens: Sequence[Token], k: int, n: int) -> bool:
    """"عدد القتلى الإيرانيين قد ارتفع إلى 7": the number at ``n`` follows «إلى» right after a verb of rising
    (scans.rise_verb, function_words toll_rise, toll_rise_to), optionally after «قد» (toll_rise_skip), and that verb
    stands at most RISE_GAP_MAX tokens after the word of killing ending at ``k``: a running total's new figure, the
    toll of the same happening (a rise is no new event). Runs only for a number more than 3 tokens after a word of
    killing: two or three set look-ups."""
    v = n - 2 if rise_verb((tokens[n - 2].norm, tokens[n - 1].norm), 1, 1) == 0 else -1  # the verb right before «إلى»
    if v < k:
        return False
    if v > k and tokens[v - 1].norm in words("toll_rise_skip"):
        v -= 1
    return v - k <= RISE_GAP_MAX


RISE_LED_GAP_MAX = 20  # tokens from the word of the dead to the figure of a toll told rise first (its act and place)


def _rise_led_toll(tokens: Sequence[Token], c: int, e: int, n: int) -> bool:
    """"أعلن المرصد عن ارتفاع أعداد قتلى الضربات الصاروخية، التي استهدفت منطقة الكسوة، إلى 15": the word of the dead
    (tokens ``c``..``e``) right after a count noun (function_words lead_count) led by a rise (lead_rise) and right
    before the definite act they are the dead of (lead_act: not a side, a place or protests), and the number at ``n``
    right after the first «إلى» (toll_rise_to) past the dead, at most RISE_LED_GAP_MAX tokens on: the act and its
    place told between do not part the toll from its dead (g105s). Runs only for a number more than 3 tokens after a
    word of killing: three look-ups, then a scan of the gap for «إلى»."""
    if c < 2 or e >= len(tokens) or n - e > RISE_LED_GAP_MAX or tokens[c - 1].norm not in words("lead_count") \
            or tokens[c - 2].norm not in words("lead_rise") or tokens[e].norm not in words("lead_act"):
        return False
    to = words("toll_rise_to")
    return tokens[n - 1].norm in to and not any(tokens[j].norm in to for j in range(e, n - 1))


def _stand_in(n: Any, whole: Any) -> NumberMention:
    """A share of the dead ("من بين القتلى 6 سوريين"، with the counts joined to it, ``whole``) as the event's figure
    only until a told toll of the same happening is merged with it: marked like a vague word's stand-in ("العشرات"),
    which the merge replaces by the told figure instead of keeping the lowest (merge._told_over_vague)."""
    if isinstance(whole, int):  # "11 امرأة و6 أطفال" summed
        return NumberMention(n.start, n.end, n.text, whole, whole, whole, "vague", n.tok_start, n.tok_end, n.rule_id)
    return NumberMention(n.start, n.end, n.text, n.value, n.low, n.high, "vague", n.tok_start, n.tok_end, n.rule_id)


def _share_among(tokens: Sequence[Token], c: int, e: int, n: int) -> bool:
    """"من بين القتلى 8 من عناصر الحرس الثوري"، "ومن بين الضحايا 11 امرأة": the word of killing told right after «بين»
    (function_words share_among) names the dead of a toll told elsewhere, and the number after it counts a part of
    them: a stand-in until the toll is told (``_stand_in``). A definite number ("بين القتلى الـ 24"، "من بين القتلى الخمسة عشر") is the whole and stays.
    Runs only for a number within 3 tokens after a word of killing: one or two token look-ups."""
    if c < 1 or tokens[c - 1].norm not in words("share_among"):
        return False
    return not (tokens[n].norm.startswith("ال") or (n - 1 >= e and tokens[n - 1].norm.startswith("ال")))


def _past_killers(tokens: Sequence[Token], k: int) -> int:
    """The token after the unnamed killers told from ``k`` ("قتل مسلحون مجهولون طفلا": the victim), up to 3 of
    them (function_words killer_words); ``k`` itself when there are none or nothing follows them."""
    killers = words("killer_words")
    j = k
    while j < len(tokens) - 1 and j - k < 3 and tokens[j].norm in killers:
        j += 1
    return j


def clause_of(tokens: Sequence[Token], k: int, lo: int, hi: int, breaks: frozenset[str]) -> tuple[int, int]:
    """The clause around token ``k`` within ``[lo, hi)``: up to the nearest of ``breaks`` on each side."""
    a = k
    while a > lo and tokens[a - 1].norm not in breaks:
        a -= 1
    b = k + 1
    while b < hi and tokens[b].norm not in breaks:
        b += 1
    return a, b


def _death_verb_subject(numbers: Sequence[Any], casualties: Sequence[Match], tokens: Sequence[Token]) -> Any:
    """"لقي 15 عسكريا كانوا على متن الطائرة مصرعهم": the number right after "لقي/لقوا" (function_words death_lead)
    counts the dead its "مصرع/حتف" names further on, however long the subject between them."""
    lead = words("death_lead")
    for n in numbers:
        if n.tok_start == 0 or tokens[n.tok_start - 1].norm not in lead:
            continue
        if any(c.payload.kind == "killed" and n.tok_end <= c.start_tok <= n.tok_end + DEATH_SPAN for c in casualties):
            return n
    return _death_verb_before(numbers, casualties, tokens, lead)


def _death_verb_before(numbers: Sequence[Any], casualties: Sequence[Match], tokens: Sequence[Token],
                       lead: frozenset[str]) -> Any:
    """"14 من عناصر التنظيم لقوا مصرعهم، ودمرت ثلاث مضافات": the subject told before "لقوا مصرعهم" is the dead,
    however far from the verb (up to DEATH_SPAN tokens), not a number told after it (the three guesthouses). The
    nearest number before the verb, with no other casualty word between (that number counts those)."""
    after = words("death_verb_after")
    for c in casualties:
        if c.payload.kind != "killed":
            continue
        # a plural verb of death closing its subject ("ستة أشخاص من حلفاء النظام غير السوريين قتلوا في انفجار"):
        # the subject is the dead however long, but only within its clause (no mark between)
        closing = tokens[c.start_tok].norm in after
        # the verb opens the cue ("لقي مصرعه") or stands right before it ("لقوا مصرعهم")
        v = c.start_tok if closing or tokens[c.start_tok].norm in lead else c.start_tok - 1
        if v < 0 or not (closing or tokens[v].norm in lead):
            continue
        before = [n for n in numbers if n.tok_end <= v and v - n.tok_end <= DEATH_SPAN]
        if not before:
            continue
        n = before[-1]
        if closing and not _closed_subject(n, before, c, casualties, tokens, v):
            continue
        if not any(n.tok_end <= o.start_tok and o.end_tok <= v for o in casualties):
            return n
    return None


def _closed_subject(n: Any, before: Sequence[Any], verb: Match, casualties: Sequence[Match], tokens: Sequence[Token],
                    v: int) -> bool:
    """Number ``n`` is the whole subject a closing verb of death (``verb`` at token ``v``) counts: the only number
    before it within DEATH_SPAN ("39 من المعارضة و39 من الجيش قتلوا" is a sum the nearest-word rule reads), with no
    mark between, no other casualty word within 3 tokens of it ("قتل 16 وأصيب 14 آخرون ... مقاتلين قتلوا": the 14 are
    the wounded), and no "since" right after the verb ("56 عنصرا قتلوا منذ بدء الحملة": a total over a period)."""
    if len(before) != 1 or any(tokens[k].punct for k in range(n.tok_end, v)) and not _subset_aside(tokens, n.tok_end, v):
        return False
    if any(o is not verb and o.start_tok <= n.tok_end + 3 and o.end_tok >= n.tok_start - 3 for o in casualties):
        return False
    since = words("toll_since")
    for k in range(v + 1, min(v + 1 + SINCE_AFTER_VERB, len(tokens))):
        if tokens[k].punct:
            break
        if in_words(tokens[k].norm, since):
            return False
    return True


def _subset_aside(tokens: Sequence[Token], lo: int, v: int) -> bool:
    """The only marks in ``[lo, v)`` between a count and its closing verb of death fence a part told aside, with no
    figure: "14 مقاتلا على الأقل، بينهم إيرانيون، قتلوا" (function_words subset, «من بينهم»). Two marks, the first
    before a word of a part (or «من» and it), the second right before the verb (g106l)."""
    marks = [k for k in range(lo, v) if tokens[k].punct]
    if len(marks) != 2 or marks[1] != v - 1:
        return False
    k = marks[0] + 1
    if k < v and tokens[k].norm == "من":
        k += 1
    return k < marks[1] and tokens[k].norm in words("subset")


def _with_joined(best: Any, numbers: Sequence[Any], tokens: Sequence[Token] | None, heads: dict[int, Any],
                 wounded: set[int]) -> Any:
    """``best``, or the sum of the counts joined to it by "و" with one noun between at most
    ("15 طفلا وامرأتان" -> 17), leaving out counts of the wounded and parts of a count."""
    if tokens is None:
        return best
    total, last = None, best
    before = _side_count_before(best, numbers, tokens, heads, wounded)
    if before is not None:
        total = before.value + best.value
    for m in numbers:
        if m.tok_start < last.tok_end or id(m) in heads or id(m) in wounded:
            continue
        apart = tokens[m.tok_start - 1].norm == "و"  # "و 3" tokenised apart
        gap = m.tok_start - last.tok_end - apart
        if gap > 1 and not (gap <= TOLL_ADDED_GAP and _side_told(tokens, last.tok_end, m.tok_start - apart)):
            break
        if not (apart or tokens[m.tok_start].norm.startswith("و")):
            break
        total = (best.value if total is None else total) + m.value
        last = m
    added = _added_counts(last, numbers, tokens, heads, wounded)
    if added:
        total = (best.value if total is None else total) + added
    return best if total is None else total


def _side_count_before(best: Any, numbers: Sequence[Any], tokens: Sequence[Token], heads: dict[int, Any],
                       wounded: set[int]) -> Any:
    """The count of one side told right before ``best`` and joined to it by "و" ("39 من المعارضة و39 من الجيش
    قتلوا": the verb is nearest the second count, yet both sides' dead are told), or None."""
    apart = best.tok_start > 0 and tokens[best.tok_start - 1].norm == "و"
    if not (apart or tokens[best.tok_start].norm.startswith("و")):
        return None
    prev = [n for n in numbers if n.tok_end <= best.tok_start - apart]
    if not prev or id(prev[-1]) in heads or id(prev[-1]) in wounded:
        return None
    p = prev[-1]
    gap = best.tok_start - apart - p.tok_end
    return p if gap <= TOLL_ADDED_GAP and _side_told(tokens, p.tok_end, best.tok_start - apart) else None


def _side_told(tokens: Sequence[Token], lo: int, hi: int) -> bool:
    """Tokens ``[lo, hi)`` between a count of the dead and the next count joined by "و" name the count's side, as
    "من" and a group, right after the count or its noun ("16 قتيلا من مسلحي المعارضة و12 من المسلحين الجهاديين"):
    the dead of the two sides of one happening add up. No clause or count stands between (a comma, "في"، "بينهم")."""
    partitive, ranks = words("partitive"), words("side_ranks")
    if hi - lo < 2 or not any(tokens[k].norm in partitive or _in_ranks(tokens, k, hi, ranks)
                              for k in range(lo, min(lo + 2, hi))):
        return False
    joined = number_word(tokens[hi].norm)
    if joined is not None and not joined[0]:  # "من عائلة واحدة": the number word itself opens with "و", no joining;
        return False  # "وستة قتلى في صفوف": «و» and a number word, a count joined (g106l)
    stops = words("side_toll_stop")
    return not any(tokens[k].norm in stops and not _in_ranks(tokens, k, hi, ranks) for k in range(lo, hi))


def _in_ranks(tokens: Sequence[Token], k: int, hi: int, ranks: frozenset[str]) -> bool:
    """Token ``k`` is the «في» of "في صفوف X" (function_words side_ranks): the side whose dead are counted, no place
    (g106l: "تسعة قتلى في صفوف القوات الموالية للنظام وستة قتلى في صفوف قوات سوريا الديموقراطية")."""
    return k + 1 < hi and tokens[k].norm == "في" and tokens[k + 1].norm in ranks


def _added_counts(last: Any, numbers: Sequence[Any], tokens: Sequence[Token], heads: dict[int, Any],
                  wounded: set[int]) -> int:
    """The dead added to a count by a word of addition (function_words toll_added: "مقتل 26 من قوات النظام إضافة إلى
    تسعة مقاتلين روس" -> 35; "13 عنصرا من قوات النظام، مقابل ستة مقاتلين" -> 19): the other side's dead of one
    happening. The word stands a few words after the count (TOLL_ADDED_GAP), right before the number or before "إلى/عن"
    and the number; counts of the wounded and parts of a count are left out."""
    plus, link = words("toll_added"), words("toll_added_link")
    added = 0
    for m in numbers:
        if m.tok_start < last.tok_end or id(m) in heads or id(m) in wounded:
            continue
        k = m.tok_start - 1
        if k > 0 and tokens[k].norm in link:
            k -= 1
        if k < last.tok_end or tokens[k].norm not in plus or k - last.tok_end > TOLL_ADDED_GAP:
            break
        added += m.value
        last = m
    return added


def date_distance(tokens: Sequence[Token], trig: Match, d: Any) -> int:
    if d.tok_start >= trig.end_tok:
        return d.tok_start - trig.end_tok
    return (trig.start_tok - d.tok_end) + 1


def iso_day(iso: str | None) -> dt.date:
    """An event's day from its ISO text. Callers read an end only where the start is set, and an event's end is
    set with its start: None here is a broken event, an error (as ``fromisoformat(None)`` was)."""
    if iso is None:
        raise TypeError("no day: an event's end read where it has none")
    return dt.date.fromisoformat(iso)


def overlaps(a_start: dt.date, a_end: dt.date, b_start: dt.date, b_end: dt.date, slack: int = 0) -> bool:
    s = dt.timedelta(days=slack)
    return a_start <= b_end + s and b_start <= a_end + s
