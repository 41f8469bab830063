"""Matchers built once per process from the data tables (triggers, actors, cues)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from marsad.extract.records import Actor, Cue, RoleRule, Trigger
from marsad.lang.ar.matcher import MatcherSet, PhraseMatcher
from marsad.lang.ar.normalize import norm_key
from marsad.tables import load_table


def _year(s: str) -> int | None:
    return int(s) if s else None


@lru_cache(maxsize=None)
def _type_row(sub_event_type: str) -> Mapping[str, str] | None:
    """The event_types.tsv row of a sub-type (None if the table has none)."""
    for r in load_table("event_types.tsv", required=("event_type", "sub_event_type", "disorder_type")):
        if r["sub_event_type"] == sub_event_type:
            return r
    return None


@lru_cache(maxsize=None)
def day_span(sub_event_type: str) -> int | None:
    """The longest date span (days) a mention of this sub-type may be told by (event_types.tsv day_span; None = any)."""
    r = _type_row(sub_event_type) or {}
    return int(r["day_span"]) if r.get("day_span") else None


@lru_cache(maxsize=None)
def ago_span(sub_event_type: str) -> int | None:
    """The longest span (days) of a date told as so long ago ("قبل أسبوعين") a mention of this sub-type may be told by,
    over its day_span (event_types.tsv ago_span; None = day_span alone)."""
    r = _type_row(sub_event_type) or {}
    return int(r["ago_span"]) if r.get("ago_span") else None


@lru_cache(maxsize=None)
def week_gap(sub_event_type: str) -> int | None:
    """The most tokens between a mention's trigger and the week or month part that keeps it over its day_span
    (event_types.tsv week_gap; None = anywhere the date was read)."""
    r = _type_row(sub_event_type) or {}
    return int(r["week_gap"]) if r.get("week_gap") else None


@lru_cache(maxsize=None)
def month_gap(sub_event_type: str) -> int | None:
    """The most tokens between a mention's trigger and the past month or week that keeps it over its day_span with
    that range (event_types.tsv month_gap, g105b; None = such a mention is dropped)."""
    r = _type_row(sub_event_type) or {}
    return int(r["month_gap"]) if r.get("month_gap") else None


@lru_cache(maxsize=None)
def answer_span(sub_event_type: str) -> int:
    """The most days before publication an answer («ردا على ...») may be told with so that an act of this sub-type it
    answers, told with no day of its own, is taken as of the answer's night (event_types.tsv answer_span; else 1)."""
    r = _type_row(sub_event_type) or {}
    return int(r["answer_span"]) if r.get("answer_span") else 1


@lru_cache(maxsize=None)
def retold_rule(sub_event_type: str) -> str | None:
    """The rule id under which a happening of this sub-type told only as the reason or object of a reaction, with its
    own place after its noun, is kept (event_types.tsv retold, g102l; None: such a telling stays a reference)."""
    r = _type_row(sub_event_type) or {}
    return r.get("retold") or None


@lru_cache(maxsize=None)
def title_agent_rule(sub_event_type: str) -> str | None:
    """The rule id under which an agentless mention of this sub-type takes the agent the title names for an act of its
    merge family (event_types.tsv title_agent; None: the sub-type neither lends nor takes one)."""
    r = _type_row(sub_event_type) or {}
    return r.get("title_agent") or None


@lru_cache(maxsize=1)
def event_types() -> dict[str, tuple[str, str]]:
    """sub_event_type -> (event_type, disorder_type)."""
    return {r["sub_event_type"]: (r["event_type"], r["disorder_type"])
            for r in load_table("event_types.tsv", required=("event_type", "sub_event_type", "disorder_type"))}


@lru_cache(maxsize=None)
def merge_family(sub_event_type: str) -> str:
    """The family within which mentions of this sub-type may merge in a document (event_types.tsv)."""
    r = _type_row(sub_event_type)
    return sub_event_type if r is None else r.get("merge_family") or r["event_type"]


@lru_cache(maxsize=None)
def severity(sub_event_type: str) -> int:
    """How severe a sub-type is among those of its event type (event_types.tsv; 0 = not ranked)."""
    return int((_type_row(sub_event_type) or {}).get("severity") or 0)


@lru_cache(maxsize=None)
def per_day(sub_event_type: str) -> bool:
    """Whether mentions of this sub-type told on two different days are two happenings (event_types.tsv per_day)."""
    return (_type_row(sub_event_type) or {}).get("per_day") == "yes"


@lru_cache(maxsize=None)
def merge_km(sub_event_type: str) -> float | None:
    """Within a document, mentions of this rare sub-type this close are one happening (event_types.tsv merge_km)."""
    r = _type_row(sub_event_type) or {}
    return float(r["merge_km"]) if r.get("merge_km") else None


@lru_cache(maxsize=None)
def face_of(sub_event_type: str) -> str | None:
    """The merge family of which a mention of this sub-type may be the other face (event_types.tsv face_of)."""
    return (_type_row(sub_event_type) or {}).get("face_of") or None


@lru_cache(maxsize=None)
def needs_place(sub_event_type: str) -> bool:
    """A mention of this sub-type placed only at a country is no happening (event_types.tsv needs_place)."""
    return (_type_row(sub_event_type) or {}).get("needs_place") == "yes"


def one_place(sub_event_type: str) -> bool:
    """One happening wherever its list of places reaches: no event per listed town (event_types.tsv one_place)."""
    return (_type_row(sub_event_type) or {}).get("one_place") == "yes"


@lru_cache(maxsize=1)
def trigger_matcher() -> PhraseMatcher:
    known = event_types()
    entries = []
    for r in load_table("triggers.tsv", required=("id", "phrase", "event_type", "sub_event_type", "pos", "weight")):
        if r["sub_event_type"] != "TERRITORY" and r["sub_event_type"] not in known:
            raise ValueError(f"triggers.tsv {r['id']}: unknown sub_event_type {r['sub_event_type']!r}")
        entries.append((r["phrase"], Trigger(r["id"], r["event_type"], r["sub_event_type"], r["pos"],
                                             float(r["weight"]), r.get("needs", ""))))
    return PhraseMatcher(entries)


@lru_cache(maxsize=1)
def _triggers_by_phrase() -> dict[str, tuple[Trigger, ...]]:
    """Phrase -> the rows of triggers.tsv with that phrase, in the table's order (built once; shared by
    trigger_alternatives and head_word_rows)."""
    by_phrase: dict[str, list[Trigger]] = {}
    for r in load_table("triggers.tsv", required=("id", "phrase", "event_type", "sub_event_type", "pos", "weight")):
        by_phrase.setdefault(r["phrase"], []).append(
            Trigger(r["id"], r["event_type"], r["sub_event_type"], r["pos"], float(r["weight"]), r.get("needs", "")))
    return {p: tuple(rows) for p, rows in by_phrase.items()}


@lru_cache(maxsize=1)
def trigger_alternatives() -> dict[str, tuple[Trigger, ...]]:
    """Trigger row id -> the later rows of triggers.tsv with the same phrase: other readings of one word, each licensed
    by its own needs ("قتل*": civilians killed, or fighters killed by a named side). The matcher keeps a phrase's first
    row; a sentence that lacks its needs is read by the first alternative it licenses (step._licensed)."""
    return {rows[i].id: rows[i + 1:] for rows in _triggers_by_phrase().values() if len(rows) > 1
            for i in range(len(rows) - 1)}


@lru_cache(maxsize=1)
def head_word_rows() -> dict[str, tuple[Trigger, ...]]:
    """Row id of a phrase of several words barred by a cue group ("!group") -> the rows whose phrase is its first word
    alone ("خرج* مئات" -> "خرج*"), of another sub-type. The matcher keeps the longest phrase, so where the bar holds the phrase would hide
    the head word's own readings ("خرج مئات المقاتلين": fighters who went out); step._licensed reads them instead."""
    by_phrase = _triggers_by_phrase()
    # only readings of another sub-type: a bar says the phrase is no such happening here ("معركة بين" with the matter
    # agreed on), so the bare head of the same type ("معركة") must not read it as one after all
    # a phrase that holds its own doer (agent_inside, g100l) is there to keep its head word's reading away ("استهدف
    # المسلحون" is no shelling): barred, it reads nothing
    inside = trigger_kind(AGENT_INSIDE)
    heads = {r.id: tuple(h for h in by_phrase.get(phrase.split()[0], ()) if h.sub_event_type != r.sub_event_type)
             for phrase, rows in by_phrase.items() if " " in phrase for r in rows
             if "!" in r.needs and r.id not in inside}
    return {k: v for k, v in heads.items() if v}


@lru_cache(maxsize=1)
def trigger_pos() -> dict[str, str]:
    """Trigger row id -> its part of speech (verb|noun), from triggers.tsv."""
    return {r["id"]: r["pos"] for r in load_table("triggers.tsv", required=("id", "pos"))}


@lru_cache(maxsize=1)
def named_clash_triggers() -> frozenset[str]:
    """Armed clash noun rows whose phrase starts with a clash noun of function_words clash_named ("المعارك"،
    "الاشتباكات"): with the definite mark and no day of its own, such a mention names fighting already known."""
    heads = words("clash_named")
    return frozenset(r["id"] for r in load_table("triggers.tsv", required=("id", "phrase", "sub_event_type", "pos"))
                     if r["sub_event_type"] == "Armed clash" and r["pos"] == "noun"
                     and norm_key(r["phrase"].split()[0]).lower() in heads)


@lru_cache(maxsize=1)
def named_deal_triggers() -> frozenset[str]:
    """Agreement noun rows whose phrase starts with a definite deal noun (function_words deal_named): "الاتفاق الذي تم
    التوصل إليه" names a known deal, it tells no reaching of its own ("التوصل إلى اتفاق" does)."""
    heads = words("deal_named")
    return frozenset(r["id"] for r in load_table("triggers.tsv", required=("id", "phrase", "sub_event_type", "pos"))
                     if r["sub_event_type"] == "Agreement" and r["pos"] == "noun"
                     and norm_key(r["phrase"].split()[0]).lower() in heads)


@lru_cache(maxsize=1)
def trigger_sub() -> dict[str, str]:
    """Trigger row id -> its sub-event type, from triggers.tsv."""
    return {r["id"]: r["sub_event_type"] for r in load_table("triggers.tsv", required=("id", "sub_event_type"))}


ARRESTS_SUB = "Arrests"
GENERIC_ARMY = "army-55550"  # actors.tsv: "Military Forces of {country}", the army named without its country

# trigger_kinds.tsv: a phrase holding its doer («استهدف مسلحون»، «مسلحين استهدفوا», g100l): the name inside is a side
AGENT_INSIDE = "agent_inside"
TRIGGER_KINDS = ("bare_strike", "ground_fire", "shells_told", "repelled_attack", "bare_blast", "bare_attack",
                 "repelling_verb", "needs_town", AGENT_INSIDE, "advance_within", "advance_clash",
                 "bodies_found", "attack_launched", "killing_verb", "execution", "lone_attack",
                 "custody_death", "departure_noun", "execution_told", "device_named", "group_union",
                 "leaving_verb", "sites_each", "cut_off", "crowd_in_sentence")


@lru_cache(maxsize=1)
def act_tolls() -> dict[str, tuple[str, frozenset[str]]]:
    """act_tolls.tsv: a definite act noun (normalised) -> (its row id, the event types and sub-event types it may name)."""
    return {norm_key(r["noun"]).lower(): (r["id"], frozenset(k.strip() for k in r["kinds"].split("|") if k.strip()))
            for r in load_table("act_tolls.tsv", required=("id", "noun", "kinds"))}


@lru_cache(maxsize=None)
def trigger_kind(kind: str) -> frozenset[str]:
    """The triggers.tsv ids of one kind of trigger_kinds.tsv (bare_strike, ground_fire, shells_told, repelled_attack)."""
    if kind not in TRIGGER_KINDS:
        raise KeyError(f"trigger_kinds.tsv: unknown kind {kind!r}")
    known = trigger_sub()
    out = []
    for r in load_table("trigger_kinds.tsv", required=("trigger", "kind")):
        if r["trigger"] not in known:
            raise ValueError(f"trigger_kinds.tsv: unknown trigger id {r['trigger']!r}")
        if r["kind"] not in TRIGGER_KINDS:
            raise ValueError(f"trigger_kinds.tsv: unknown kind {r['kind']!r} for {r['trigger']}")
        if r["kind"] == kind:
            out.append(r["trigger"])
    return frozenset(out)


@lru_cache(maxsize=1)
def actor_table() -> dict[str, Actor]:
    out = {}
    for r in load_table("actors.tsv", required=("id", "name", "inter", "kind", "aliases")):
        out[r["id"]] = Actor(r["id"], r["name"], int(r["inter"]), r["country"], r["kind"],
                             _year(r["start"]), _year(r["end"]))
    # the generic state forces ("Police Forces of {country}") as each authorities.tsv country's own ("police:Bahrain"):
    # the authorities of a country name its forces whatever the event's place (g99al)
    generics = [a for a in out.values() if a.kind == "state" and "{country}" in a.name]
    for r in load_table("authorities.tsv", required=("id", "nisba", "country")):
        for a in generics:
            filled = _filled(a, r["country"])
            out[filled.id] = filled
    return out


@lru_cache(maxsize=1)
def leaders() -> dict[str, tuple[str, Actor]]:
    """leaders.tsv: a leader's one-word name (normalised) -> (row id, the state actor he stands for in a deal)."""
    actors = actor_table()
    out: dict[str, tuple[str, Actor]] = {}
    for r in load_table("leaders.tsv", required=("id", "name", "actor")):
        if r["actor"] not in actors:
            raise ValueError(f"leaders.tsv: unknown actor id {r['actor']!r} in {r['id']}")
        out[norm_key(r["name"])] = (r["id"], actors[r["actor"]])
    return out


@lru_cache(maxsize=1)
def actor_by_country() -> dict[tuple[str, str], tuple[str, Actor, frozenset[str]]]:
    """(actors.tsv id, event country) -> (row id, the actor coded instead, the country's admin1 units where the row
    does not hold), from actor_by_country.tsv."""
    actors = actor_table()
    return {(r["actor"], r["country"]): (r["id"], actors[r["becomes"]],
                                         frozenset(a for a in (r.get("except_admin1") or "").split("|") if a))
            for r in load_table("actor_by_country.tsv", required=("id", "actor", "country", "becomes"))}


@lru_cache(maxsize=1)
def dated_forces() -> dict[str, tuple[str, Actor]]:
    """A generic force's name filled with a country ("Police Forces of Iraq") -> (actor_by_country.tsv row id, that
    country's dated force: Police Forces of Iraq (2014-2018)), for the rows that recast a generic force in its own
    country everywhere (no excepted provinces). A force named by its country's authorities keeps the generic name up
    to the event's end (lexicons._filled), while the gold and ACLED name the dated one."""
    table = actor_table()
    out: dict[str, tuple[str, Actor]] = {}
    for (aid, country), (rid, becomes, excepts) in actor_by_country().items():
        generic = table.get(aid)
        if generic is not None and not excepts and "{country}" in generic.name and generic.kind == becomes.kind:
            out[generic.display(country)] = (rid, becomes)
    return out


@lru_cache(maxsize=1)
def actor_matcher() -> PhraseMatcher:
    entries = []
    for r in load_table("actors.tsv", required=("id", "aliases")):
        a = actor_table()[r["id"]]
        entries += [(al, a) for al in r["aliases"].split("|") if al.strip()]
    entries += [(phrase, a) for phrase, (a, _) in force_phrases().items()]
    return PhraseMatcher(entries)


@lru_cache(maxsize=1)
def force_generic_rows() -> dict[str, str]:
    """force_heads.tsv rows whose head is itself a generic force's actors.tsv alias («قوات الأمن») -> that generic
    actor's id (police): the document's tally of its sides counts such a mention as the general force, as it did
    before the nisba was read (g106o)."""
    generic = {norm_key(al): r["id"] for r in load_table("actors.tsv", required=("id", "name", "aliases"))
               if "{country}" in r["name"] for al in r["aliases"].split("|") if al.strip()}
    return {h["id"]: generic[norm_key(h["head"])] for h in load_table("force_heads.tsv", required=("id", "head"))
            if norm_key(h["head"]) in generic}


@lru_cache(maxsize=1)
def force_phrases() -> dict[str, tuple[Actor, str]]:
    """The force_entries phrases the actor matcher reads -> (actor, force_heads.tsv row id); an actors.tsv alias of
    the same words keeps its own actor («القوات الأمنية العراقية»: irq-mil). The mention cites the row (g106o)."""
    aliases = {norm_key(al) for r in load_table("actors.tsv", required=("id", "aliases"))
               for al in r["aliases"].split("|") if al.strip()}
    return {phrase: (a, fid) for phrase, a, fid in force_entries() if norm_key(phrase) not in aliases}


FORCES = ("police", "army")  # force_heads.tsv force column


@lru_cache(maxsize=1)
def force_entries() -> tuple[tuple[str, Actor, str], ...]:
    """force_heads.tsv: a general force word with a state's nisba right after it («قوات الأمن التركية»، «الأمن
    التركي»، «البحرية الأمريكية») -> that state's police or forces as authorities.tsv gives them (g106o); the nisba
    feminine as authorities.tsv writes it and masculine (its final ta marbuta dropped). An army head that is no
    generic alias («البحرية») before a nisba actors.tsv reads as an adjective («الأمريكية») is left to that reading
    (the adjective already names the state's forces, and weighs as an adjective where a full name would make it a
    side: «قاعدة القوات الخاصة البريطانية» is no side of a strike told near it)."""
    rows = authorities()
    generic: set[str] = set()
    adjectives: set[str] = set()
    for r in load_table("actors.tsv", required=("id", "name", "aliases")):
        if "{country}" in r["name"]:
            generic.update(norm_key(al) for al in r["aliases"].split("|") if al.strip())
        adjectives.update(norm_key(w) for w in (r.get("adjectives") or "").split("|") if w.strip())
    out: list[tuple[str, Actor, str]] = []
    for h in load_table("force_heads.tsv", required=("id", "head", "force")):
        if h["force"] not in FORCES:
            raise ValueError(f"force_heads.tsv: unknown force {h['force']!r} in {h['id']}")
        # a police word keeps its own reading: the adjective alone would name the state's army
        head_generic = norm_key(h["head"]) in generic or h["force"] == "police"
        for r in load_table("authorities.tsv", required=("id", "nisba")):
            au = rows[r["id"]]
            actor = au.police if h["force"] == "police" else au.state
            out += [(f"{h['head']} {nisba}", actor, h["id"]) for nisba in (r["nisba"], r["nisba"][:-1])
                    if head_generic or norm_key(nisba) not in adjectives]
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Authority:
    """An authorities.tsv row: «السلطات» + a state's nisba. ``state`` is coded for its acts, ``police`` for its arrests."""
    id: str
    country: str
    state: Actor
    police: Actor


def _filled(actor: Actor, country: str) -> Actor:
    """A generic "{country}" actor (the police, the army) as the named country's own, whatever the event's place."""
    if "{country}" not in actor.name:
        return actor
    return Actor(f"{actor.id}:{country}", actor.display(country), actor.inter, country, actor.kind, actor.start, actor.end)


@lru_cache(maxsize=1)
def authorities() -> dict[str, Authority]:
    """authorities.tsv rows by id; the police is default_actors.tsv's for Arrests in the country (recast by
    actor_by_country.tsv: the Jordanian police), the state its ``state`` column or the generic army."""
    table = actor_table()
    out: dict[str, Authority] = {}
    for r in load_table("authorities.tsv", required=("id", "nisba", "country")):
        if r.get("state") and r["state"] not in table:
            raise ValueError(f"authorities.tsv: unknown actor id {r['state']!r} in {r['id']}")
        country = r["country"]
        police = default_actor(country, ARRESTS_SUB)
        if police is None:
            raise ValueError("default_actors.tsv has no Arrests row for any country ('*')")
        hit = actor_by_country().get((police.id, country))
        police = hit[1] if hit is not None else police
        state = table[r["state"]] if r.get("state") else table[GENERIC_ARMY]
        # a generic force as this country's own: its actor_table row (built there for each row's country)
        out[r["id"]] = Authority(r["id"], country, table[_filled(state, country).id], table[_filled(police, country).id])
    return out


@lru_cache(maxsize=1)
def held_nationals() -> dict[str, Actor]:
    """A counted nationality noun an arrest holds («4 سوريين»، «14 إيرانيا», normalised) -> the civilians of that
    country, as the dev gold codes «اعتقلت السلطات الألمانية 4 سوريين» (Civilians (Syria)); from authorities.tsv's
    nisbas («السورية» -> the stem «سوري» + the plural endings «ين»، «ون» and the accusative «ا») (g109q)."""
    civ = actor_table()["civ"]
    out: dict[str, Actor] = {}
    for r in load_table("authorities.tsv", required=("id", "nisba", "country")):
        stem = norm_key(r["nisba"]).removeprefix("ال").removesuffix("ه")
        for ending in ("ين", "ون", "ا"):
            out.setdefault(stem + ending, _filled(civ, r["country"]))
    return out


@lru_cache(maxsize=1)
def authority_matcher() -> PhraseMatcher:
    """«السلطات التركية»: the authorities head (function_words authority_head) with a state's nisba right after it;
    the payload is the authorities.tsv row."""
    rows = authorities()
    entries = [(f"{head} {r['nisba']}", rows[r["id"]]) for r in load_table("authorities.tsv", required=("id", "nisba"))
               for head in sorted(words("authority_head"))]
    return PhraseMatcher(entries)


@lru_cache(maxsize=1)
def organization_ids() -> frozenset[str]:
    """Actors the table names as an organization ("تنظيم داعش"، "تنظيم حراس الدين"): the ones a later bare
    "التنظيم" can refer back to."""
    return _ids_headed_by(words("organization_head"))


@lru_cache(maxsize=1)
def front_ids() -> frozenset[str]:
    """Actors the table names as a front ("جبهة تحرير سوريا"، "الجبهة الوطنية للتحرير"): the ones a later bare
    "الجبهة" can refer back to (g94b)."""
    return _ids_headed_by(words("front_head") | words("front_bare"))


def _ids_headed_by(heads: frozenset[str]) -> frozenset[str]:
    """The actors.tsv ids with a name of two words or more whose first word is one of ``heads``."""
    return frozenset(r["id"] for r in load_table("actors.tsv", required=("id", "aliases"))
                     if any(len(w := al.split()) > 1 and norm_key(w[0]) in heads for al in r["aliases"].split("|")))


@lru_cache(maxsize=1)
def adjective_matcher() -> PhraseMatcher:
    """Nisba adjectives ("روسية") name an actor only right after a noun they qualify."""
    entries = []
    for r in load_table("actors.tsv", required=("id",)):
        a = actor_table()[r["id"]]
        adj = Actor(a.id, a.name, a.inter, a.country, a.kind, a.start, a.end, adjective=True)
        entries += [(w, adj) for w in r["adjectives"].split("|") if w.strip()]
    return PhraseMatcher(entries, enclitics=False)


@lru_cache(maxsize=1)
def joined_forms() -> dict[str, tuple[str, Actor, str]]:
    """joined_actors.tsv: a normalised word -> (row id, the state actor it names, its kind: "nisba" or "name"), read
    only as a later member of a list of agents (g103l)."""
    actors = actor_table()
    out: dict[str, tuple[str, Actor, str]] = {}
    for r in load_table("joined_actors.tsv", required=("id", "form", "actor", "kind")):
        if r["actor"] not in actors or r["kind"] not in ("nisba", "name"):
            raise ValueError(f"joined_actors.tsv: bad actor or kind in {r['id']}")
        out[norm_key(r["form"]).lower()] = (r["id"], actors[r["actor"]], r["kind"])
    return out


@lru_cache(maxsize=1)
def chain_nisbas() -> frozenset[str]:
    """The nisba adjectives of states (actors.tsv adjectives of state actors, not a bloc's «الغربية», and
    joined_actors.tsv's nisbas), normalised: the words a chain of nationalities after a strike noun is made of
    («هجوم أميركي بريطاني فرنسي»، «قوات أميركية وبريطانية»)."""
    bloc = words("bloc_adjective")
    out = {w for w, (_, _, kind) in joined_forms().items() if kind == "nisba"}
    for r in load_table("actors.tsv", required=("id",)):
        if actor_table()[r["id"]].kind == "state":
            out |= {k for w in r["adjectives"].split("|") if w.strip() and (k := norm_key(w).lower()) not in bloc}
    return frozenset(out)


@lru_cache(maxsize=1)
def cue_groups() -> dict[str, PhraseMatcher]:
    groups: dict[str, list[tuple[str, str]]] = {}
    for r in load_table("trigger_cues.tsv", required=("group", "phrase")):
        groups.setdefault(r["group"], []).append((r["phrase"], r["group"]))
    return {g: PhraseMatcher(v) for g, v in groups.items()}


@lru_cache(maxsize=1)
def refiners() -> tuple[tuple[str, str, str, str, str, int, str], ...]:
    """(id, from_sub, group, event_type, sub_event_type, window, unless): ``unless`` is a cue group that, within
    the window too, keeps the row from acting ("ضربات استهدفت برنامج الأسلحة الكيماوية" is no chemical attack)."""
    out = tuple((r["id"], r["from_sub"], r["group"], r["event_type"], r["sub_event_type"], int(r["window"]),
                 r.get("unless") or "")
                for r in load_table("trigger_refiners.tsv",
                                    required=("id", "from_sub", "group", "event_type", "sub_event_type", "window")))
    groups = {r["group"] for r in load_table("trigger_cues.tsv", required=("group", "phrase"))}
    for r in out:
        if r[6] and r[6] not in groups:
            raise ValueError(f"trigger_refiners.tsv {r[0]}: unknown cue group {r[6]!r} in unless")
    return out


@lru_cache(maxsize=1)
def refiners_by_sub() -> dict[str, tuple[tuple[str, str, str, str, str, int, str], ...]]:
    """``refiners()`` grouped by the sub-event type they refine, in table order."""
    out: dict[str, list] = {}
    for r in refiners():
        out.setdefault(r[1], []).append(r)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def modality_matcher() -> PhraseMatcher:
    rows = load_table("modality.tsv", required=("id", "kind", "cue", "where", "window"))
    seen: dict[str, dict[str, str]] = {}
    for r in rows:  # one phrase reads one way: a second reading would silently replace the first
        first = seen.setdefault(norm_key(r["cue"]), r)
        if tuple(first.get(k, "") for k in ("kind", "where", "window", "types")) != tuple(
                r.get(k, "") for k in ("kind", "where", "window", "types")):
            raise ValueError(f"modality.tsv: cue {r['cue']!r} of {r['id']} is already read by {first['id']}")
    return PhraseMatcher([(r["cue"], _cue(r)) for r in rows if not _is_mark(r["cue"])], enclitics=False)


def _cue(r: dict[str, str]) -> Cue:
    return Cue(r["id"], r["kind"], r["where"], int(r["window"]), _types(r.get("types", "")))


def _is_mark(cue: str) -> bool:
    """A cue that is one punctuation mark ("%"): the phrase matcher starts no match on a mark, so these are read
    apart (``mark_cues``)."""
    return len(cue) == 1 and not cue.isalnum()


@lru_cache(maxsize=1)
def mark_cues() -> dict[str, Cue]:
    """The modality cues that are one mark (g98k: "75%" reads as "75 بالمئة", a share, not one happening)."""
    return {r["cue"]: _cue(r) for r in load_table("modality.tsv", required=("id", "kind", "cue", "where", "window"))
            if _is_mark(r["cue"])}


def _types(cell: str) -> frozenset[str]:
    return frozenset(t.strip() for t in cell.split("|") if t.strip())


@dataclass(frozen=True, slots=True)
class Campaign:
    id: str
    ended: dt.date
    types: frozenset[str]
    # a happening of one day, not a campaign: kind "happening" and kind "struck-again" rows alike (a strike on a
    # site struck again is still a one-day happening: happening_days and the week reading hold it); recurrent tells
    # them apart
    happening: bool = False
    recurrent: bool = False  # kind "struck-again": a site struck again and again (an air base), never history (g98cc)
    # kind "craft": a state's craft downed, named by the craft ("مقاتلة إسرائيلية"): retold with no place named, and
    # history past the window however told (g106x)
    craft: bool = False


@lru_cache(maxsize=1)
def _campaign_rows() -> dict[str, tuple[Campaign, ...]]:
    """campaigns.tsv rows by place or name: one place may name several happenings (a battle, an attack)."""
    by_place: dict[str, list[Campaign]] = {}
    for r in load_table("campaigns.tsv", required=("id", "place", "ended", "types")):
        by_place.setdefault(r["place"], []).append(
            Campaign(r["id"], dt.date.fromisoformat(r["ended"]), _types(r["types"]),
                     r.get("kind") in ("happening", "struck-again", "craft"), r.get("kind") == "struck-again",
                     r.get("kind") == "craft"))
    return {k: tuple(v) for k, v in by_place.items()}


@lru_cache(maxsize=1)
def campaign_matcher() -> PhraseMatcher:
    """Places of named past campaigns and happenings (campaigns.tsv): "معركة الرقة" told months later recalls
    history; "الهجوم الكيميائي على دوما" told days later recalls the attack's day. Payload: the rows of the place."""
    return PhraseMatcher(list(_campaign_rows().items()), enclitics=False)


@lru_cache(maxsize=1)
def craft_matcher() -> PhraseMatcher:
    """The names of campaigns.tsv kind "craft" rows ("مقاتلة إسرائيلية"): a document naming one may retell its downing
    though it names no place with a row (step._retellable, g106x). Payload: the rows of the name."""
    return PhraseMatcher([(k, v) for k, v in _campaign_rows().items() if any(c.craft for c in v)], enclitics=False)


@lru_cache(maxsize=1)
def craft_ends() -> frozenset[dt.date]:
    """The days of the campaigns.tsv kind "craft" rows (g106x)."""
    return frozenset(c.ended for rows in _campaign_rows().values() for c in rows if c.craft)


@lru_cache(maxsize=1)
def campaign_ends() -> frozenset[dt.date]:
    """The days campaigns.tsv rows ended on (a document that tells none of them retells no row's happening)."""
    return frozenset(c.ended for rows in _campaign_rows().values() for c in rows)


@lru_cache(maxsize=1)
def happening_days() -> dict[str, str]:
    """The ISO day of each well-known happening of one day (campaigns.tsv kinds "happening" and "struck-again"), by
    row id: the day a retold happening is known to have taken place (merge.py keeps it against a statement's day,
    g86f)."""
    return {c.id: c.ended.isoformat() for rows in _campaign_rows().values() for c in rows if c.happening}


@lru_cache(maxsize=1)
def happening_agents() -> dict[str, str]:
    """The actors.tsv id of each campaigns.tsv happening whose attacker is a matter of public record (column agent),
    by row id: the T4 strike's is Israel's, whichever state a report names most (g100ai)."""
    return {r["id"]: r["agent"] for r in load_table("campaigns.tsv", required=("id", "place", "ended", "types"))
            if r.get("agent")}


@lru_cache(maxsize=1)
def campaigns_by_place() -> dict[str, tuple[Campaign, ...]]:
    """campaigns.tsv rows by the normalised key of their place, for a place inherited from the context."""
    out: dict[str, tuple[Campaign, ...]] = {}
    for place, rows in _campaign_rows().items():
        out[norm_key(place)] = out.get(norm_key(place), ()) + rows
    return out


@lru_cache(maxsize=1)
def reporting_matcher() -> PhraseMatcher:
    return PhraseMatcher([(r["cue"], Cue(r["id"], r["kind"]))
                          for r in load_table("reporting.tsv", required=("id", "kind", "cue"))])


@lru_cache(maxsize=1)
def state_speaker_matcher() -> PhraseMatcher:
    """state_speakers.tsv: country and capital names that stand for their state only right after a reporting verb
    («أكد الأردن»); the payload is the state's actor."""
    actors = actor_table()
    entries = []
    for r in load_table("state_speakers.tsv", required=("id", "name", "actor")):
        if r["actor"] not in actors:
            raise ValueError(f"state_speakers.tsv: unknown actor id {r['actor']!r} in {r['id']}")
        entries.append((r["name"], actors[r["actor"]]))
    return PhraseMatcher(entries, enclitics=False)


@lru_cache(maxsize=1)
def agency_matcher() -> PhraseMatcher:
    entries = []
    for r in load_table("agencies.tsv", required=("id", "name", "aliases")):
        entries += [(al, r["name"]) for al in r["aliases"].split("|") if al.strip()]
    return PhraseMatcher(entries)


@lru_cache(maxsize=1)
def casualty_matcher() -> PhraseMatcher:
    return PhraseMatcher([(r["cue"], Cue(r["id"], r["kind"]))
                          for r in load_table("casualties.tsv", required=("id", "kind", "cue"))])


@lru_cache(maxsize=1)
def totals_matcher() -> PhraseMatcher:
    return PhraseMatcher([(r["cue"], Cue(r["id"], r["kind"]))
                          for r in load_table("totals.tsv", required=("id", "cue", "kind"))], enclitics=False)


@lru_cache(maxsize=1)
def title_matcher() -> PhraseMatcher:
    return PhraseMatcher([(r["title"], Cue(r["id"], "title", "before", int(r["window"])))
                          for r in load_table("titles.tsv", required=("id", "title", "window"))], enclitics=False)


@dataclass(frozen=True, slots=True)
class DefaultActor:
    id: str
    actor: Actor
    borrow: bool  # the document's agent named for the same sub-type comes before this default
    accused: str  # yes: a counterpart read equal to this default is the accused agent (it becomes actor1);
    # stateless: the same when the document's main actors hold no other state; no: never
    borrow_from: frozenset[str] = frozenset()  # with borrow no: the agents (ids) the document names for the event
    # type whose strike, the nearest told, still comes before this default


@lru_cache(maxsize=1)
def default_actors() -> dict[tuple[str, str], DefaultActor]:
    table = actor_table()
    out = {}
    for r in load_table("default_actors.tsv", required=("id", "country", "sub_event_type", "actor", "borrow", "accused")):
        if r["actor"] not in table:
            raise ValueError(f"default_actors.tsv: unknown actor id {r['actor']!r} in {r['id']}")
        if r["sub_event_type"] not in event_types():
            raise ValueError(f"default_actors.tsv: unknown sub-event type {r['sub_event_type']!r} in {r['id']}")
        for col, allowed in (("borrow", ("yes", "no")), ("accused", ("yes", "no", "stateless"))):
            if r[col] not in allowed:
                raise ValueError(f"default_actors.tsv: {col} must be one of {allowed}, not {r[col]!r} in {r['id']}")
        borrow_from = frozenset(a for a in (r.get("borrow_from") or "").split("|") if a)
        if not borrow_from <= table.keys():
            raise ValueError(f"default_actors.tsv: unknown actor id in borrow_from of {r['id']}")
        out[(r["country"], r["sub_event_type"])] = DefaultActor(r["id"], table[r["actor"]], r["borrow"] == "yes",
                                                                r["accused"], borrow_from)
    return out


def default_row(country: str | None, sub_event_type: str) -> DefaultActor | None:
    """The default_actors.tsv row for the country and sub-type, else for any country ("*")."""
    table = default_actors()
    # the table's countries are never None: no country reads only the "*" rows
    row = table.get((country, sub_event_type)) if country is not None else None
    return row or table.get(("*", sub_event_type))


def default_actor(country: str | None, sub_event_type: str) -> Actor | None:
    """The coder's default agent for the country and sub-type, else for any country ("*")."""
    row = default_row(country, sub_event_type)
    return row.actor if row else None


@dataclass(frozen=True, slots=True)
class HeldPlace:
    id: str
    holder: Actor
    fired_by: Actor  # the side whose unattributed shells fell on the place


@lru_cache(maxsize=1)
def held_places() -> dict[tuple[str, str], HeldPlace]:
    """(country, location) -> the held_places.tsv row: who held the town, whose shells fell on it (g67c)."""
    table = actor_table()
    out: dict[tuple[str, str], HeldPlace] = {}
    for r in load_table("held_places.tsv", required=("id", "country", "location", "holder", "fired_by")):
        for col in ("holder", "fired_by"):
            if r[col] not in table:
                raise ValueError(f"held_places.tsv: unknown actor id {r[col]!r} in {r['id']}")
        if (r["country"], r["location"]) in out:
            raise ValueError(f"held_places.tsv: {r['location']!r} listed twice ({r['id']})")
        out[(r["country"], r["location"])] = HeldPlace(r["id"], table[r["holder"]], table[r["fired_by"]])
    return out


@dataclass(frozen=True, slots=True)
class SectorHolder:
    id: str
    holder: Actor
    start: str  # ISO date, inclusive
    end: str  # ISO date, inclusive


@lru_cache(maxsize=1)
def sector_holders() -> dict[tuple[str, str], SectorHolder]:
    """(country, location) -> the sector_holders.tsv row: the named group that held the town until a dated
    hand-over (g70b)."""
    table = actor_table()
    out: dict[tuple[str, str], SectorHolder] = {}
    for r in load_table("sector_holders.tsv", required=("id", "country", "location", "holder", "start", "end")):
        if r["holder"] not in table:
            raise ValueError(f"sector_holders.tsv: unknown actor id {r['holder']!r} in {r['id']}")
        if (r["country"], r["location"]) in out:
            raise ValueError(f"sector_holders.tsv: {r['location']!r} listed twice ({r['id']})")
        dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["end"])  # fail at load on a malformed date
        out[(r["country"], r["location"])] = SectorHolder(r["id"], table[r["holder"]], r["start"], r["end"])
    return out


@lru_cache(maxsize=1)
def front_actors() -> dict[tuple[str, str], tuple[SectorHolder, ...]]:
    """(country, admin1) -> the front_actors.tsv rows: whom the state media's unnamed enemy stood for in that
    province over each dated span (g99s); a SectorHolder each (the actor as ``holder``)."""
    table = actor_table()
    out: dict[tuple[str, str], tuple[SectorHolder, ...]] = {}
    for r in load_table("front_actors.tsv", required=("id", "country", "admin1", "start", "end", "actor")):
        if r["actor"] not in table:
            raise ValueError(f"front_actors.tsv: unknown actor id {r['actor']!r} in {r['id']}")
        dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["end"])  # fail at load on a malformed date
        key = (r["country"], r["admin1"])
        out[key] = out.get(key, ()) + (SectorHolder(r["id"], table[r["actor"]], r["start"], r["end"]),)
    return out


@dataclass(frozen=True, slots=True)
class AreaStriker:
    id: str
    actor: Actor
    start: dt.date  # inclusive
    end: dt.date  # inclusive


@lru_cache(maxsize=1)
def area_strikers() -> dict[tuple[str, str, str], tuple[AreaStriker, ...]]:
    """(country, location, sub_event_type) -> the area_strikers.tsv rows: the foreign force known to strike there in a
    period, for a strike with no named striker (g86g)."""
    table = actor_table()
    out: dict[tuple[str, str, str], tuple[AreaStriker, ...]] = {}
    for r in load_table("area_strikers.tsv", required=("id", "country", "location", "start", "end", "sub_event_types",
                                                       "actor")):
        if r["actor"] not in table:
            raise ValueError(f"area_strikers.tsv: unknown actor id {r['actor']!r} in {r['id']}")
        row = AreaStriker(r["id"], table[r["actor"]], dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["end"]))
        for st in r["sub_event_types"].split("|"):
            if st not in event_types():
                raise ValueError(f"area_strikers.tsv: unknown sub-event type {st!r} in {r['id']}")
            key = (r["country"], r["location"], st)
            out[key] = out.get(key, ()) + (row,)
    return out


@dataclass(frozen=True, slots=True)
class ForceReach:
    id: str
    admin1: frozenset[str]
    start: dt.date  # inclusive
    end: dt.date  # inclusive


@lru_cache(maxsize=1)
def force_reach() -> dict[tuple[str, str], tuple[ForceReach, ...]]:
    """(actor id, country) -> the force_reach.tsv rows: the provinces where a foreign state's forces acted in a
    period, for a state confined to a few of the country's provinces (g103f)."""
    table = actor_table()
    out: dict[tuple[str, str], tuple[ForceReach, ...]] = {}
    for r in load_table("force_reach.tsv", required=("id", "actor", "country", "admin1", "start", "end")):
        if r["actor"] not in table:
            raise ValueError(f"force_reach.tsv: unknown actor id {r['actor']!r} in {r['id']}")
        units = frozenset(u for u in r["admin1"].split("|") if u)
        if not units:
            raise ValueError(f"force_reach.tsv: no admin1 in {r['id']}")
        row = ForceReach(r["id"], units, dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["end"]))
        key = (r["actor"], r["country"])
        out[key] = out.get(key, ()) + (row,)
    return out


@lru_cache(maxsize=1)
def default_targets() -> dict[str, tuple[tuple[str, str, str, Actor, bool, bool, bool], ...]]:
    """sub_event_type -> (row id, country or "*", actor1 id or "*", counterpart, town only, only where the document
    reports civilians harmed, only where the act's evidence names its target by a label) of default_targets.tsv."""
    table = actor_table()
    out: dict[str, tuple[tuple[str, str, str, Actor, bool, bool, bool], ...]] = {}
    for r in load_table("default_targets.tsv", required=("id", "country", "sub_event_type", "actor1", "actor2")):
        for col in ("actor1", "actor2"):
            if r[col] != "*" and r[col] not in table:
                raise ValueError(f"default_targets.tsv: unknown actor id {r[col]!r} in {r['id']}")
        if r["sub_event_type"] not in event_types():
            raise ValueError(f"default_targets.tsv: unknown sub-event type {r['sub_event_type']!r} in {r['id']}")
        if r.get("where", "") not in ("", "town"):
            raise ValueError(f"default_targets.tsv: unknown where {r['where']!r} in {r['id']}")
        if r.get("when", "") not in ("", "civilians", "labelled"):
            raise ValueError(f"default_targets.tsv: unknown when {r['when']!r} in {r['id']}")
        row = (r["id"], r["country"], r["actor1"], table[r["actor2"]], r.get("where") == "town",
               r.get("when") == "civilians", r.get("when") == "labelled")
        out[r["sub_event_type"]] = out.get(r["sub_event_type"], ()) + (row,)
    return out


@lru_cache(maxsize=1)
def default_targets_named() -> frozenset[str]:
    """Ids of default_targets.tsv rows whose counterpart gives way to the armed group the report names (column
    named: yes): "the factions" a town is taken from are the group the report names."""
    return frozenset(r["id"] for r in load_table("default_targets.tsv") if r.get("named") == "yes")


@lru_cache(maxsize=1)
def default_targets_after_document() -> frozenset[str]:
    """Ids of default_targets.tsv rows that give way to the armed group the whole report names most (column named:
    document): a state force's clash in a report about one foe («مخيم اليرموك»: IS) is with that foe, the generic
    counterpart only where the report names none."""
    return frozenset(r["id"] for r in load_table("default_targets.tsv") if r.get("named") == "document")


def default_target(sub_event_type: str, country: str | None, actor1: str | None,
                   at_town: bool = False, civilians: bool = True, labelled: bool = False) -> tuple[str, Actor] | None:
    """(row id, counterpart) of the first default_targets.tsv row that fits an event of ``country``
    whose actor1 is displayed as ``actor1``, else None; a "town" row only for an event placed at a town
    (``at_town``), a "when: civilians" row only in a document reporting civilians harmed (``civilians``), a
    "when: labelled" row only where the act's evidence names its target by a label such as «الإرهابيين»
    (``labelled``: the striker's word for its usual foe)."""
    table = actor_table()
    for rid, c, a1, target, town, civ_only, label_only in default_targets().get(sub_event_type, ()):
        if (c in ("*", country) and (a1 == "*" or table[a1].display(country) == actor1)
                and target.display(country) != actor1 and (at_town or not town) and (civilians or not civ_only)
                and (labelled or not label_only)):
            return rid, target
    return None


@lru_cache(maxsize=1)
def actor_roles() -> dict[tuple[str, str], tuple[RoleRule, ...]]:
    """(event_type, sub_event_type or "*") -> the role rules of actor_roles.tsv."""
    out: dict[tuple[str, str], tuple[RoleRule, ...]] = {}
    for r in load_table("actor_roles.tsv", required=("id", "event_type", "sub_event_type", "kind", "rule")):
        if r["rule"] not in ("never", "first", "second", "sole-second", "sole-object", "joined-first", "retype", "agent-retype", "broker", "aside", "ally", "ally-default", "own-site", "unborrowed", "not-target", "agentless-not-target", "ally-struck", "grounded", "lone-deal", "owner-target", "doer-retype"):
            raise ValueError(f"actor_roles.tsv: unknown rule {r['rule']!r} in {r['id']}")
        to, actor = r.get("to") or "", r.get("actor") or ""
        if r["rule"] == "broker" and (r["kind"] not in actor_table() or not r.get("country")):
            raise ValueError(f"actor_roles.tsv: {r['id']} needs an actors.tsv id (kind) and the countries where it holds")
        if r["rule"] == "retype" and (to not in event_types() or actor not in actor_table()):
            raise ValueError(f"actor_roles.tsv: {r['id']} needs a known sub-event type (to) and actor id (actor)")
        if r["rule"] in ("ally", "ally-default") and (r["kind"] not in actor_table() or actor not in actor_table()):
            raise ValueError(f"actor_roles.tsv: {r['id']} needs two actors.tsv ids (kind, actor)")
        countries = frozenset(c for c in (r.get("country") or "").split("|") if c)
        if r["rule"] == "lone-deal" and (actor not in actor_table() or not countries):
            raise ValueError(f"actor_roles.tsv: {r['id']} needs the actors.tsv id of the other side (actor) and countries")
        if r["rule"] == "own-site" and (actor not in actor_table() or not countries):
            raise ValueError(f"actor_roles.tsv: {r['id']} needs the actors.tsv id of the unnamed agent (actor) and countries")
        if r["rule"] == "ally-struck" and (r["kind"] not in actor_table() or actor not in actor_table() or not countries):
            raise ValueError(f"actor_roles.tsv: {r['id']} needs two actors.tsv ids (kind, actor) and countries")
        if r["rule"] == "unborrowed" and actor not in actor_table():
            raise ValueError(f"actor_roles.tsv: {r['id']} needs the actors.tsv id of the unnamed agent (actor)")
        if r["rule"] == "agent-retype" and (to not in event_types() or not countries or (actor and actor not in actor_table())):
            raise ValueError(f"actor_roles.tsv: {r['id']} needs a known sub-event type (to) and the countries where it holds")
        if r["rule"] == "doer-retype" and to not in event_types():
            raise ValueError(f"actor_roles.tsv: {r['id']} needs a known sub-event type (to)")
        key = (r["event_type"], r["sub_event_type"])
        out[key] = out.get(key, ()) + (RoleRule(r["id"], r["kind"], r["rule"], to, actor, countries),)
    return out


def allied(event_type: str, sub_event_type: str, actor1: str | None, actor2: str | None, country: str | None,
           default_agent: bool = False) -> str | None:
    """The id of the "ally" row of actor_roles.tsv that makes the two displayed sides of an event of ``country``
    co-belligerents (none is the other's counterpart), else None; with ``default_agent`` (actor1 is a coder's
    default, not read), only an "ally-default" row."""
    if not actor1 or not actor2:
        return None
    table = actor_table()
    for r in role_rules(event_type, sub_event_type):
        if r.rule not in ("ally", "ally-default") or (r.countries and country not in r.countries):
            continue
        if default_agent and r.rule != "ally-default":
            continue
        pair = {table[r.kind].display(country), table[r.actor].display(country)}
        if {actor1, actor2} == pair:
            return r.id
    return None


@lru_cache(maxsize=1)
def struck_allies() -> dict[tuple[str, str, str, str], str]:
    """(sub_event_type, target id, default agent id, country) -> the id of the "ally-struck" row of actor_roles.tsv: a
    strike that fell on an ally of the coder's default agent («مواقع إيرانية», «مواقع حزب الله») is not that agent's."""
    return {(st, r.kind, r.actor, c): r.id for (_, st), rules in actor_roles().items() for r in rules
            if r.rule == "ally-struck" for c in r.countries}


@lru_cache(maxsize=1)
def not_target_ids() -> frozenset[str]:
    """The ids of the "not-target" and "agentless-not-target" rows of actor_roles.tsv: a side they drop from actor2 was
    still read with the act."""
    return frozenset(r.id for rules in actor_roles().values() for r in rules
                     if r.rule in ("not-target", "agentless-not-target"))


@lru_cache(maxsize=1)
def sole_second_ids() -> frozenset[str]:
    """The ids of the "sole-second" rows of actor_roles.tsv: the one side they move to actor2 was read once."""
    return frozenset(r.id for rules in actor_roles().values() for r in rules if r.rule == "sole-second")


def role_rules(event_type: str, sub_event_type: str) -> tuple[RoleRule, ...]:
    table = actor_roles()
    return table.get((event_type, "*"), ()) + table.get((event_type, sub_event_type), ())


def doer_rows(event_type: str, sub_event_type: str) -> tuple[RoleRule, ...]:
    """The "doer-retype" rows of actor_roles.tsv for an event of these types (most have none; a filter of the few role
    rows, not a cache of its own that would outlive a rebuilt actor_roles table)."""
    return tuple(r for r in role_rules(event_type, sub_event_type) if r.rule == "doer-retype")


def _around_country(name: str) -> tuple[str, str]:
    """("Civilians (", ")") of "Civilians ({country})": a pair, as the compiled code's declared type checks."""
    pre, _, post = name.partition("{country}")
    return pre, post


@lru_cache(maxsize=1)
def generic_templates() -> tuple[tuple[str, str], ...]:
    """(prefix, suffix) of the generic non-state actors' names around "{country}" ("Civilians (", ")");
    not the police, whose country is the force's own ("الشرطة العراقية" abroad)."""
    return tuple(_around_country(a.name) for a in actor_table().values()
                 if "{country}" in a.name and a.kind in ("civilian", "protester", "rioter", "unidentified"))


class _WordGroups(dict[str, frozenset[str]]):
    """Group -> its function words (function_words.tsv, normalised), a group made when first asked for.

    ``words`` is this dict's ``__getitem__``: the rules call it ~1,300 times an article, and from compiled code a
    bound dict method is a native look-up where an lru_cache wrapper was a generic call (an argument tuple, the
    cache's key and bookkeeping) on every hit. The table's words are sorted by group in one pass when a first group
    is asked for (each of its ~350 groups used to scan all ~3,300 rows when first asked for); a group is made from
    them as before, so the answers are the same sets."""

    def __init__(self) -> None:
        super().__init__()
        self._by_group: dict[str, list[str]] | None = None  # group -> its words as written, in table order

    def __missing__(self, group: str) -> frozenset[str]:
        by_group = self._by_group
        if by_group is None:
            by_group = {}
            for r in load_table("function_words.tsv", required=("group", "word")):
                by_group.setdefault(r["group"], []).append(r["word"])
            self._by_group = by_group
        out = frozenset(norm_key(w).lower() for w in by_group.get(group, ()))
        if not out:
            raise ValueError(f"function_words.tsv has no group {group!r}")
        self[group] = out
        return out

    def cache_clear(self) -> None:
        """Forget every group and the table read (as ``lru_cache``'s ``cache_clear`` did)."""
        self.clear()
        self._by_group = None


_WORD_GROUPS = _WordGroups()
#: ``words(group)``: a group of function words from function_words.tsv, normalised (``_WordGroups``); raises
#: ValueError for a group the table does not have.
words: Callable[[str], frozenset[str]] = _WORD_GROUPS.__getitem__


@lru_cache(maxsize=1)
def time_units() -> frozenset[str]:
    """Words that make a number a length of time ("3 أيام", "عامين"): the counted units of
    relative_dates.tsv and the dual nouns of dual_nouns.tsv whose lemma is one of them."""
    units = frozenset(norm_key(r["phrase"]).lower() for r in load_table("relative_dates.tsv", required=("phrase", "kind"))
                      if r["kind"] == "count_unit")
    duals = frozenset(norm_key(r["word"]).lower() for r in load_table("dual_nouns.tsv", required=("word", "lemma"))
                      if norm_key(r["lemma"]).lower() in units)
    return units | duals


@lru_cache(maxsize=1)
def day_units() -> frozenset[str]:
    """Counted units of a day or longer ("أيام", "شهرين", "عام"): a span of these back to a happening
    names an earlier one; hours ("بعد ساعات من") keep it within the day told."""
    rows = load_table("relative_dates.tsv", required=("phrase", "kind"))
    units = frozenset(norm_key(r["phrase"]).lower() for r in rows if r["kind"] == "count_unit" and r["unit"] != "hour")
    duals = frozenset(norm_key(r["word"]).lower() for r in load_table("dual_nouns.tsv", required=("word", "lemma"))
                      if norm_key(r["lemma"]).lower() in units)
    return units | duals


UNIT_DAYS = {"day": 1, "week": 7}  # units short enough for a span back to date a recent happening to the day


@lru_cache(maxsize=1)
def span_units() -> dict[str, tuple[int, int, bool]]:
    """Counted units of days or weeks (relative_dates.tsv count_unit): form -> (days per unit, the count meant
    with no number, vague). "يومين" is 2 days; "أيام" alone (vague) names no count."""
    return {norm_key(r["phrase"]).lower(): (UNIT_DAYS[r["unit"]], int(r["value"] or 1), r.get("vague") == "1")
            for r in load_table("relative_dates.tsv", required=("phrase", "kind")) if r["kind"] == "count_unit"
            and r["unit"] in UNIT_DAYS}


PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}  # every counted unit of a day or longer


@lru_cache(maxsize=1)
def period_units() -> dict[str, tuple[int, int, bool]]:
    """Counted units of a day or longer (relative_dates.tsv count_unit): form -> (days per unit, the count meant
    with no number, vague), as span_units but months and years too: the length of a period a toll is counted over."""
    return {norm_key(r["phrase"]).lower(): (PERIOD_DAYS[r["unit"]], int(r["value"] or 1), r.get("vague") == "1")
            for r in load_table("relative_dates.tsv", required=("phrase", "kind")) if r["kind"] == "count_unit"
            and r["unit"] in PERIOD_DAYS}


@lru_cache(maxsize=1)
def after_words() -> frozenset[str]:
    """"بعد": the ago words that count forward from a point (relative_dates.tsv kind ago, value +1)."""
    return frozenset(norm_key(r["phrase"]).lower() for r in load_table("relative_dates.tsv", required=("phrase", "kind"))
                     if r["kind"] == "ago" and int(r["value"] or 0) > 0)


@lru_cache(maxsize=1)
def ago_words() -> frozenset[str]:
    """"قبل", "منذ", "بعد": the words that count a span from a point (relative_dates.tsv kind ago)."""
    return frozenset(norm_key(r["phrase"]).lower() for r in load_table("relative_dates.tsv", required=("phrase", "kind"))
                     if r["kind"] == "ago")


@lru_cache(maxsize=1)
def all_matchers() -> MatcherSet:
    """Every extraction lexicon, matched in one pass over a document."""
    m = {
        "triggers": trigger_matcher(), "actors": actor_matcher(), "adjectives": adjective_matcher(),
        "agencies": agency_matcher(), "titles": title_matcher(), "modality": modality_matcher(),
        "reporting": reporting_matcher(), "state_speakers": state_speaker_matcher(),
        "authorities": authority_matcher(), "casualties": casualty_matcher(), "totals": totals_matcher(),
    }
    for g, pm in cue_groups().items():
        m["cue:" + g] = pm
    return MatcherSet(m)


@lru_cache(maxsize=1)
def cue_keys() -> tuple[tuple[str, str], ...]:
    """(matcher name, cue group) for every "cue:" lexicon of all_matchers(), in its order: found once, not by a
    prefix test over every name for every document (g99an: was a module global keyed on the names list)."""
    return tuple((k, k[4:]) for k in all_matchers().names if k.startswith("cue:"))


@lru_cache(maxsize=1)
def owned_position_nouns() -> dict[str, str]:
    """Position nouns («مواقع», «قواعد») by normalised form, bare and with «ال», to their row id (owned_positions.tsv)."""
    out: dict[str, str] = {}
    for r in load_table("owned_positions.tsv", required=("id", "noun")):
        out[norm_key(r["noun"])] = r["id"]
        out[norm_key("ال" + r["noun"])] = r["id"]
    return out
