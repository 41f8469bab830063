"""Merging the mentions of one happening within a document into one event (moved out of step.py).

Two mentions are one event when type, place, days and actors agree; the merged event keeps all evidence spans,
the most exact place and date, and the rule ids of both."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from marsad.dedup.rules import INFERRED_ACTOR, TITLE_AGENT, same_town_by_name, unlisted_town
from marsad.extract import lexicons as L
from marsad.extract.deals import ANNOUNCER_RULE
from marsad.extract.frames import DEAD_SHARE, HELD_NATIONALS, SITE_AGENT_GUESSED, grounded, iso_day, overlaps
from marsad.extract.places import PLACE_LIST, PROVINCE_LIST
from marsad.extract.scans import rise_verb, words
from marsad.geo import Geocoder
from marsad.geo.tables import enclaved_admin1, place_words
from marsad.geodesy import km
from marsad.lang.ar.dates import weekday_word
from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.numbers import number_word
from marsad.lang.ar.tokens import Token, proclitic_stems, tokenize
from marsad.model import OWN_COUNTRYSIDE_RULE, Event

REPORT_DAY: Final = "report-day"  # the mention's only date is the day its statement was made (merges as undated)
ERV: Final = "Explosions/Remote violence"
OWN_DAY: Final = 2  # date_rank of a date told with the happening (at least)
BEGUN_RANK = -1  # how a day told as when another happening began dates a merged happening: below any (_date_weight)
TOLD_MONTH: Final = "told-month-94000"  # rule id: a mention kept for a past month or week told at its act (step._kept_by_month)
TOLD_DAY: Final = 3  # date_rank of a day told in the happening's own words, not only as the day a statement about it was made
SAID_DAY: Final = "said-day"  # the mention's day is its statement's ("قال الجيش الأربعاء إن ضربة استهدفت"), news of that day
# g101o (step._said_today): an act told only by a statement made on the publication day is dated that day or the one
# before, as an undated report; as precise as the statement's day it was read from when mentions are weighed
SAID_TODAY = "said-today-72900"
NARROWER_WITHIN = "date-narrower-66200"  # rule id: of two equal ranges, the narrower one inside the other dates the merge
DAY_AFTER_ACT = "day-after-act"  # the mention's day is told right after the act ("الضربة التي نفذت الثلاثاء")
BEGUN_DAY = "day-begun"  # rule id: the mention's day is told as when another happening began (began_day words)
CAMPAIGN_DAY = "campaign-day"  # rule id: the mention names a military campaign ("عملية عسكرية") with its day
NAMED_DAY_BEFORE: Final = "day-before-clause"  # rule id (filters.DAY_BEFORE): a trigger named after «غداة», dated the day before
CLAUSE_TOLL = "toll-clause"  # rule id: a toll read in the trigger's own clause (as step.py)
VAGUE_TOLL = "toll-vague"  # rule id (step.py): the count is a vague word's stand-in ("العشرات" 10, "مئات" 100)
ANSWERED_ACT: Final = "answered-act"  # rule id: the act a reason clause names (as step.py)
ACTS_LISTED: Final = "acts-listed"  # rule id: an air strike and a named gun or rocket fire listed together (as step.py)
ACTS_HELD = "acts-listed-held"  # rule id: a listed fire an air refiner would have made an air strike (as step.py)
AIR_STRIKE, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"
ABDUCTION, CIVILIANS_ATTACKED = "Abduction/forced disappearance", "Attack"
EXECUTION = "execution"  # trigger_kinds.tsv: «إعدام»، «أعدم*», «تم إعدام»; read by step too (g103i)
CAPTIVE = "captive"  # trigger_cues.tsv: hostages, captives, the abducted («الرهائن»، «المخطوفين»، «خطفهم»)
TAKEN_APART = "taken-apart-99000"  # an abduction kept apart from a raid's killings carries none of their dead
ATTACK_WORDS = "tr-vac-"  # triggers.tsv: the attack words (killing, shooting, massacre), Violence against civilians / Attack
FOREIGN_STRIKES = frozenset({AIR_STRIKE, SHELLING})  # how a foreign force strikes (a blast's named side is mostly its victim)
AIRCRAFT_DOWNED = "aircraft-downed"  # rule id: an interception whose sentence names an aircraft or drone (as step.py)
PART_CAUGHT = "part-caught-141500"  # rule id: an interception of part of an attack, the rest landed (filters, g111g)
ALL_CAUGHT = "all-caught-141501"  # rule id: an interception that brought down all it met (filters, g111g): foiled
OTHER_DAY_PLACE: Final = "other-day-place-150500"  # rule id (step.py): an act of its own old day keeps only the country of a context place (g112j)
# a mention placed by the sentences around it or at "the city" told before refers back to a happening already told
PLACE_CONTEXT: Final = "place-context"  # rule id (step.py): a place inherited from the sentences before
ANAPHORIC_MENTION = frozenset({PLACE_CONTEXT, "place-refers-back"})
CHANGE_SUB: Final = "Change to group/activity"
GUESSED_ACTOR: Final = frozenset({"actor-fallback", "actor-document", TITLE_AGENT})  # the document's agent, for want of one
DEFAULT_READ = frozenset({"actor-accused", "actor-foreign-striker"})  # defaults chosen by what the report says (step.py)
# a side's own doings whose coder's default is a mere guess (deals and transfers have their sides set by
# actor_roles.tsv; an interception's default is the defender, which a named striker never replaces)
OWN_DOINGS = frozenset({"Arrests", "Change to group/activity", "Headquarters or base established"})
AGREEMENT = "Agreement"  # ACLED sub-type of a deal between sides
Sides = dict[int, set[tuple[str, str | None]]]  # id(merged event) -> its mentions' (attacker, target) pairs
GENERIC_REBELS = "syr-reb"  # actors.tsv id of the generic "Opposition Rebels (Syria)" (step.py imports it)
CIVILIANS = "civ"  # actors.tsv id of the generic civilian victims (as step.CIVILIANS)
UNIDENTIFIED_ID = "unid"  # actors.tsv id of the unnamed armed group («مسلحون مجهولون»)
NAMED_SIDE_DEALS = frozenset({AGREEMENT, "Non-violent transfer of territory"})  # their other side is the named group
# g81c: a taking's losing side too: "سيطرت قوات النظام على بلدتين" then "إثر معارك مع فصيل فيلق الرحمن"
NAMED_SIDE_TAKINGS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
NAMED_SIDE_SUBTYPES = NAMED_SIDE_DEALS | NAMED_SIDE_TAKINGS
FOE_KIND = "70800"  # rule id: a merged strike keeps the kind of the act whose attacker was read (_foe_kind)
MUTUAL_SIDE = "actor2-clash-pair"  # rule id: a merged clash mention's pair named the event's missing counterpart
NAMED_GROUP = "actor2-named-group"  # rule id: a mention named the group the merged deal held as the generic rebels
DEAL_ELSEWHERE = "place-other-clause"  # rule id (step.py): an agreement mention's sentence placed another happening
EXTERNAL = 8  # ACLED inter code of external/other forces (a foreign state's military)


def _same_place(a: Event, b: Event) -> bool:
    """Places that may name one happening: equal, or one coarser and around the other.

    Within a document a later mention often names the place less precisely ("the
    area", the province, the country) than the first; those merge. Two named towns
    stay apart (ACLED codes one event per location).
    """
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return True
    # a town the gazetteer lacks ("بلدة كحيل", placed at its province) is still a town of its own:
    # it stays apart from other towns, named or not, and takes in only coarser mentions
    named = same_town_by_name(a, b)
    if named is not None:
        return named
    if a.latitude is None or b.latitude is None:
        return a.location_text == b.location_text or a.location_text is None or b.location_text is None
    pa, pb = a.geo_precision or 3, b.geo_precision or 3
    if (a.gazetteer_id or "").startswith("c:") or (b.gazetteer_id or "").startswith("c:"):
        return a.country == b.country
    d = _apart_km(a, b)
    ga, gb = a.gazetteer_id or "", b.gazetteer_id or ""
    if pa == 1 and pb == 1 and ga != gb and _district_and_town(a, b):
        # "حي الشعلة" then "العاصمة بغداد": the district and the town around it name one place
        return True
    if pa == 1 and pb == 1 and ga != gb and _other_names(a, b):
        # two towns named apart ("زملكا" and "عربين", under 2 km) are two places: ACLED codes each town
        return False
    if (pa == 1 and pb == 1) or (ga.startswith("gn:") and gb.startswith("gn:")):
        return d <= 2.0  # two named towns ("قرب عفرين" and "جنديرس") are two places
    if max(pa, pb) == 3:
        if _provinces_apart(a, b):
            return False
        return a.admin1 == b.admin1 or d <= 60.0
    # the surroundings of a town ("ريف حمص", precision 2 at a town's point) may take in a base or
    # an area of its province that lies beyond 30 km ("قاعدة الشعيرات" then "في ريف حمص")
    if pa == pb == 2 and ga.startswith("gn:") != gb.startswith("gn:") and a.admin1 == b.admin1:
        # a base told as "near" its province's main town ("قاعدة جوية قرب مدينة حمص", the T4 base 86 km east of
        # Homs) reaches further: a strike on an unnamed base near the town and one on the named base are one (g106m)
        return d <= (BASE_NEAR_TOWN_KM if _at_base(a) or _at_base(b) else 60.0)
    return d <= 30.0


BASE_NEAR_TOWN_KM: Final = 100.0  # a base told as near a town of its province lies within this of the town's point


def _at_base(ev: Event) -> bool:
    """The event stands at a military base or airport of the gazetteer (kind "base")."""
    place = Geocoder.default().gazetteer.places.get(ev.gazetteer_id or "")
    return place is not None and place.kind == "base"


BASE_TARGET_BORROWED = "actor2-base-borrowed-108000"  # rule id: a base's strike drops a target read at another place
CIVILIANS_OVER_HOLDER = "actor2-civilians-114502"  # rule id: a strike's civilian dead told in one mention beat the
# generic rebels another read as the town's holder (_civilians_over_holder)


def _target_borrowed(m: Event, read: list[tuple[str, bool]]) -> bool:
    """Whether the merged strike's target was read only by mentions that stood at another happening's place
    (_borrowed_places_away, BORROWED_AWAY): "ووقع القصف وسط تحذيرات بشأن ضربة كيماوية في مدينة دوما التي تسيطر عليها
    المعارضة" reads the holder of the other happening's town, and "اتهمت سوريا الغرب بالوقوف وراء القصف، إذ كان كل من
    الولايات المتحدة وفرنسا هددتا" a side the report names around it. At a military base (the happening's own place,
    _at_base) the side struck is the base's, which no mention told elsewhere names (g106t)."""
    told = [away for side, away in read if side == m.actor2]
    return bool(told) and all(told)


def _civil_sentences(ev: Event) -> list[str]:
    """The sentences of a mention that reads civilians as its target at its own place (not BORROWED_AWAY)."""
    if ev.actor2 is None or BORROWED_AWAY in ev.rule_ids or ev.actor2 != L.actor_table()[CIVILIANS].display(ev.country):
        return []
    return [e.text for e in ev.evidence]


def _civilians_over_holder(m: Event, civil: list[str]) -> bool:
    """Whether a strike merged from several mentions holds the country's generic rebels as its target while one of its
    mentions read civilians as the target and counts dead or hurt (casualties.tsv) in its sentence (g108f): "قصف الجيش
    آخر معقل للمعارضة" then "أسفرت الضربات عن مقتل 13 مدنيا"; "غارات على مواقع للمعارضة" then "قتل فيها أربعة أشخاص
    بينهما طفلان". The side the town belongs to is where the strike fell; the victims the report counts are whom it
    struck (ACLED: Civilians). Residents who only took shelter («لجأ مع سكان البلدة إلى الملاجئ») count no victims."""
    if not civil or m.sub_event_type not in (AIR_STRIKE, SHELLING) or m.actor2 != generic_rebels(m.country):
        return False
    hurt = L.casualty_matcher()
    return any(hurt.find(_sentence_tokens(text)) for text in civil)


def _provinces_apart(a: Event, b: Event) -> bool:
    """Whether two battles are placed one at a province as a whole (a gazetteer province, "محافظة القنيطرة") and the other
    at a town or countryside of another province of the same country: "هجوما على مواقع ... في محافظة القنيطرة" and
    "في ريف درعا الجنوبي الغربي" name two places, although the province's point lies within 60 km of the other."""
    if a.event_type != BATTLES or b.event_type != BATTLES:
        # other kinds keep the 60 km reach: an agreement's province absorbs the shelling that led to it ("تم التوصل
        # فيها، إثر قصف عنيف، إلى اتفاق"), which coders leave uncoded
        return False
    if not a.admin1 or not b.admin1 or a.admin1 == b.admin1 or a.country != b.country:
        return False
    if frozenset((a.admin1, b.admin1)) in enclaved_admin1():
        return False  # "قرب دمشق" stands in the capital's province, but the place is in the one around it
    ga, gb = a.gazetteer_id or "", b.gazetteer_id or ""
    return ga.startswith("a1:") != gb.startswith("a1:")


def _district_of(a: Event, b: Event) -> bool:
    """Whether ``a`` is placed at a district (a gazetteer neighbourhood) of the town ``b`` is placed at."""
    return bool(a.gazetteer_id and b.gazetteer_id) and a.gazetteer_id != b.gazetteer_id and \
        Geocoder.default().gazetteer.town_of_district(a.gazetteer_id) == b.gazetteer_id


BASE_OVER_TOWN_KM = 60.0  # a base told with a town or province around it lies within this of its point


def _base_over_town(a: Event, b: Event) -> bool:
    """Whether ``a`` is placed at a military base or airport (a gazetteer "base") and ``b`` at a town, district or
    province of the same country near it: "هجوم صاروخي بالقرب من مدينة حمص" then "استهدف الهجوم قاعدة الشعيرات" tell
    one strike, and a coder codes the base (Shayrat lies some 30 km from Homs, beyond a match at the town)."""
    if not (a.gazetteer_id and b.gazetteer_id) or a.gazetteer_id == b.gazetteer_id or a.country != b.country:
        return False
    g = Geocoder.default().gazetteer
    pa, pb = g.places.get(a.gazetteer_id), g.places.get(b.gazetteer_id)
    if pa is None or pb is None or pa.kind != "base" or pb.kind not in ("city", "admin1", "admin2", "region"):
        return False
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        return False
    d = km(a.latitude, a.longitude, b.latitude, b.longitude)
    return d <= BASE_OVER_TOWN_KM or (a.admin1 == b.admin1 and d <= BASE_NEAR_TOWN_KM)


INTERCEPTED_OVER_KM = 40.0  # a place an interception names lies within this of the town whose side or outskirts it told
INTERCEPTED_OVER = "place-intercepted-124000"  # rule id: an interception's named place refines a town's surroundings


def _intercepted_over(a: Event, b: Event) -> bool:
    """Whether interception ``a`` is placed at a named town or base lying in the surroundings of the town interception
    ``b`` is placed at, which ``b`` read wider than the town itself (a compass or nearness word: "تصدت الدفاعات الجوية
    لهدف معاد غرب دمشق" then "اخترق الأجواء فوق منطقة دير العشائر في ريف دمشق"): the defences met the target over the
    place named, and a coder codes it (g109c). Both precisions 2, the first mention would keep the capital."""
    if a.sub_event_type != DWU or b.sub_event_type != DWU or not (a.gazetteer_id and b.gazetteer_id) \
            or a.gazetteer_id == b.gazetteer_id or a.country != b.country:
        return False
    g = Geocoder.default().gazetteer
    pa, pb = g.places.get(a.gazetteer_id), g.places.get(b.gazetteer_id)
    if pa is None or pb is None or pa.kind not in ("city", "base") or pb.kind != "city" \
            or (b.geo_precision or 0) <= pb.precision or (a.geo_precision or 9) > (b.geo_precision or 0) \
            or pa.population >= pb.population:  # the named place is the smaller: not the city over its own outskirts
        return False
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        return False
    return km(a.latitude, a.longitude, b.latitude, b.longitude) <= INTERCEPTED_OVER_KM


PROVINCE_OVER_COUNTRY = "place-province-69000"  # rule id: a province named by a mention refines the other's country


def _province_over_country(a: Event, b: Event) -> bool:
    """Whether ``a`` is placed, by a place named in its own sentence, at a province (precision 3, as a country is) of
    the country ``b`` is placed at as a whole: "احتجاز بريطاني في سوريا" then "ألقت القبض عليه ... في محافظة دير الزور"
    tell one arrest, and a coder codes the province. Both are precision 3, so the finer-place test by precision alone
    kept the country. A province is read by the admin1 field (a town kept at the province of the places named near it
    counts too). Not a place inherited from the sentences before (the province of another happening told earlier, or
    the document's own), nor a named region (the Golan, «شرقي سوريا»: often where a strike came from or was aimed)."""
    if ANAPHORIC_MENTION.intersection(a.rule_ids) or not a.admin1 or a.location != a.admin1 \
            or a.country != b.country or b.admin1 or not b.gazetteer_id:
        return False
    pb = Geocoder.default().gazetteer.places.get(b.gazetteer_id)
    return pb is not None and pb.kind == "country" and b.location == b.country


def _district_and_town(a: Event, b: Event) -> bool:
    """Whether one event is placed at a district and the other at the town it belongs to."""
    return _district_of(a, b) or _district_of(b, a)


def _other_names(a: Event, b: Event) -> bool:
    """Whether two events are placed at names the text spells differently (neither inside the other)."""
    na, nb = norm_key(a.location_text or "").lower(), norm_key(b.location_text or "").lower()
    return bool(na and nb) and na not in nb and nb not in na


def _compatible_actors(a: Event, b: Event) -> bool:
    if INFERRED_ACTOR & set(a.rule_ids) or INFERRED_ACTOR & set(b.rule_ids):
        return True
    if a.actor1 and b.actor1 and a.actor1 != b.actor1:
        return a.actor1 == b.actor2 and (a.actor2 == b.actor1 or not a.actor2 or not b.actor2)
    return True


OWN_SIDE_JOINED = "joined-own-side-102501"  # rule id: a mention with a guessed agent joins its agent's happening (g106g)


def _guess_joins_its_own(here: list[Event], ev: Event) -> Event | None:
    """Of the happenings a strike mention could join at its place and day, the one of its own attacker when that
    attacker was only guessed (the document's or the speaker's) and the first candidate is another state's fire:
    «كما ذكرت وزارة الدفاع الروسية أن 28 طائرة إسرائيلية شاركت في الضربات» joins the Israeli strikes told «في
    سوريا», not the Iranian salvo at the Golan told first (g106g). None when no candidate has its attacker."""
    if len(here) < 2 or ev.event_type != ERV or ev.actor1 is None or not INFERRED_ACTOR.intersection(ev.rule_ids) \
            or here[0].actor1 == ev.actor1 or here[0].inter1 not in STATE_INTERS:
        return None
    own = next((m for m in here if m.actor1 == ev.actor1 and m.sub_event_type == ev.sub_event_type), None)
    if own is not None:
        ev.rule_ids.append(OWN_SIDE_JOINED)
    return own


def _fire_exchanged(m: Event, ev: Event, m_actor_read: bool) -> bool:
    """Whether two remote-violence mentions are one side's fire and the other's answer, not one happening.

    Both attackers were read in their own sentences, each names the other as its target (or one names
    none), and the weapons differ: an Iranian rocket salvo at the Golan and the Israeli air strikes that
    answered it. Told by two sentences, one happening keeps its attacker; a clash names both sides
    either way, so only Explosions/Remote violence is split.
    """
    if m.event_type != ERV or ev.event_type != ERV or not _actor_read(ev):
        return False
    if INFERRED_ACTOR & set(ev.rule_ids):
        return False
    if not m.actor1 or not ev.actor1 or m.actor1 == ev.actor1 or m.sub_event_type == ev.sub_event_type:
        return False
    if _target_fires_back(m, ev):
        return True  # both sides named the other way round: whatever mention gave the event its sides
    if not m_actor_read or INFERRED_ACTOR & set(m.rule_ids):
        return False
    return m.actor1 == ev.actor2 and (m.actor2 is None or m.actor2 == ev.actor1)


def _states_at_odds(m: Event, ev: Event) -> bool:
    """Two states' forces (ACLED inter 1 or 8) that are no allies (actor_roles.tsv "ally") and name no other target
    than the other or the other's ally: «إيران أطلقت 20 صاروخا على قواعد في الجولان» and «كما ذكرت وزارة الدفاع
    الروسية أن 28 طائرة إسرائيلية شاركت في الضربات» are the salvo and its answer, even when neither names the other
    as its target (g106g). A third side as a target (two states striking one group) is no sign of foes."""
    if m.inter1 not in STATE_INTERS or ev.inter1 not in STATE_INTERS:
        return False
    a, b = _actor_by_name().get(m.actor1 or ""), _actor_by_name().get(ev.actor1 or "")
    if a is None or b is None or _targets_side(a.name, b, ev.country):
        return False  # one state, or allies
    return (m.actor2 is None or _targets_side(m.actor2, b, ev.country)) \
        and (ev.actor2 is None or _targets_side(ev.actor2, a, ev.country))


DWU: Final = "Disrupted weapons use"
MISSILE_STRIKE: Final = "Shelling/artillery/missile attack"
UNIDENTIFIED = "Unidentified"  # how ACLED names a side no report names ("Unidentified Armed Group (Syria)")
DOWNINGS_APART = "downings-apart-72200"  # rule id: an interception kept apart from the other side's (_downings_exchanged)


def _downings_exchanged(m: Event, ev: Event, m_actor_read: bool) -> bool:
    """Whether two interceptions are each side bringing down the other's weapon, not one happening told twice
    («أسقطت إسرائيل طائرة إيرانية مسيرة، بينما أسقطت الدفاعات السورية مقاتلة إسرائيلية»): both defenders were read
    in their own sentences and the sides are the other's (downings_of_each_other). Told at one place (a country), the
    gazetteer match alone would fold the second downing into the first and lose its sides (g101h).
    """
    if m.sub_event_type != DWU or ev.sub_event_type != DWU or not m_actor_read or not _actor_read(ev):
        return False
    if INFERRED_ACTOR & set(ev.rule_ids) or INFERRED_ACTOR & set(m.rule_ids):
        return False
    return downings_of_each_other(m, ev)


def downings_of_each_other(a: Event, b: Event) -> bool:
    """The defender of one interception owns what the other brought down, and three sides are named. A pair read
    both ways round, or a craft of no named owner, is one downing read twice ("أرسلت روسيا ... بعد إسقاط الطائرة ... من
    قبل الجيش السوري" gave Russia and Syria as downers of one aircraft)."""
    sides = (a.actor1, a.actor2, b.actor1, b.actor2)
    if any(s is None or s.startswith(UNIDENTIFIED) for s in sides) or len(set(sides)) < 3:
        return False
    return a.actor1 != b.actor1 and (b.actor2 == a.actor1 or a.actor2 == b.actor1)


ANSWER_KINDS: Final = frozenset({AIR_STRIKE, SHELLING})  # the strikes a side answers with (not a bomb or a grenade)


def _guess_meets_its_target(m: Event, ev: Event, m_read: bool, m_default: bool) -> bool:
    """One mention's attacker is only the coder's default (default_actors.tsv, "actor-default") and the other's,
    read in its own sentence with its own place, is the side the default strikes (its counterpart, or for want of
    one its usual target, default_targets.tsv): the government's strikes on Eastern Ghouta and "قذائف قصفتها
    المعارضة" on Bab Touma are two acts, not one told twice. Only air strikes and shelling (a blast's named side is
    mostly its victim); two mentions read in one sentence are left to the sentence's reading."""
    if m.sub_event_type not in ANSWER_KINDS or ev.sub_event_type not in ANSWER_KINDS:
        return False
    ev_read = _actor_read(ev) and not INFERRED_ACTOR.intersection(ev.rule_ids)
    if m_default and ev_read:
        read, guess = ev, m
    elif m_read and _defaulted(ev):
        read, guess = m, ev
    else:
        return False
    if read.actor1 is None or read.actor1 == guess.actor1 or PLACE_CONTEXT in read.rule_ids:
        return False
    if SITE_AGENT_GUESSED in guess.rule_ids:
        return False  # the site's holder, the guess's counterpart, read as an agent is mostly the accuser misread
    # a default told at a town inside the read act's wider place ("في ضواحي العاصمة دمشق" then "في حي كشكول")
    # narrows that act: the launcher the report names only by a label took the default
    if _district_of(guess, read) or (guess.geo_precision or 3) < (read.geo_precision or 3):
        return False
    # its counterpart, or the armed foe the default strikes at a town even when civilians are its counterpart
    return (read.actor1 == guess.actor2 or read.actor1 == _usual_target(guess.sub_event_type, guess.country,
                                                                         guess.actor1)) and not _one_sentence(m, ev)


@lru_cache(maxsize=256)
def _usual_target(sub_event_type: str, country: str | None, actor1: str | None) -> str | None:
    """The side a default striker is taken to strike at a town (default_targets.tsv), as displayed."""
    row = L.default_target(sub_event_type, country, actor1, at_town=True, civilians=False)
    return row[1].display(country) if row else None


def _target_fires_back(m: Event, ev: Event) -> bool:
    """The mention's attacker, read in its own sentence with its own place, is the event's target, and its target
    is the event's attacker ("إطلاق صواريخ من سوريا على قواعد عسكرية إسرائيلية في الجولان" beside the Israeli raids
    on Iranian sites): the target's fire, another happening, even when the event's sides came from a default or the
    document's agent in another of its mentions (its rule ids then mark it guessed). Both sides must be named the other way round: a mention naming no target of its own is
    mostly the target misread as the attacker ("ضربة ... استهدفت مستودع أسلحة للحرس الثوري"). Only air strikes and
    shelling (a bomb's agent is often a misread victim); a mention placed by the sentences around it refers back, and
    two read in one sentence ("الغارات في أعقاب إطلاق فيلق القدس صواريخ") are left to the sentence's own reading."""
    return (m.sub_event_type in ANSWER_KINDS and ev.sub_event_type in ANSWER_KINDS
            and ev.actor1 == m.actor2 and ev.actor2 == m.actor1
            and PLACE_CONTEXT not in ev.rule_ids and not _one_sentence(m, ev))


def _foe_kind(m: Event, ev: Event, m_read: bool, recast: bool) -> Event | None:
    """The mention whose kind of strike the merged event keeps when ``m`` and ``ev`` are two foes' acts (A on B, B on
    A) folded into one: the kind goes with the attacker the event keeps, not with the more severe or confident word.
    «أطلقت إيران صواريخ على الجولان» merged with the Israeli raids that answered it (their attacker read, or only the
    document's main actor) is Iran's shelling, not an Iranian air strike; an event recast to the read mention's sides
    ("recast": its attacker was the guessed event's target) is the read mention's act. ``m_read``: the event's
    attacker was read in a sentence (not guessed, not the coder's default). None when the kinds are not an air strike
    and a shelling (ANSWER_KINDS), when an air word meets a bare strike word naming no weapon («الغارات» and «القصف»
    on one town: one air strike), when the attackers are one side or allies (each names a target that is not the
    other), or when the event's attacker is not read."""
    if {m.sub_event_type, ev.sub_event_type} != ANSWER_KINDS or _air_over_bare_strike(m, ev) is not None:
        return None
    if recast:
        # the read mention names the guessed event's attacker as its own target: a read attacker with no target is
        # mostly the target misread as the attacker («مواقع للنظام ... استهدفت»), as in _target_fires_back
        return ev if ev.actor2 is not None and ev.actor2 == m.actor1 else None
    if not m_read or ev.actor1 is None or ev.actor1 == m.actor1 or (
            INFERRED_ACTOR.intersection(ev.rule_ids) and not GUESSED_ACTOR.intersection(ev.rule_ids)):
        return None  # a coder's default on the mention is mostly the event's own act without its named striker
    # each other's targets where told: A on B beside B on A (or on none named), not two allies on one target
    return m if m.actor2 in (None, ev.actor1) and ev.actor2 in (None, m.actor1) else None


def merge_within(events: list[Event], own: dict[int, tuple[bool, bool]] | None = None,
                 referred: set[int] | None = None, told: set[int] | None = None,
                 text: str | None = None, tokens: Sequence[Token] | None = None) -> list[Event]:
    """One happening mentioned several times in a document becomes one event.

    Same event type, same place, overlapping dates (±1 day), compatible actors.
    A mention whose sentence names no place ("place-context") refers back to a happening
    of its type already told, wherever it was; only when there is none does it stand at
    the last place named. The merged event keeps all evidence, the most confident
    sub-type and the most precise date; fatalities take the lowest credible figure
    (ACLED's rule). ``own``, when given, receives for each merged event whether its day and its
    place were told with one of its mentions; ``told`` receives the merged events with a mention
    not in ``referred`` (the ids of mentions read only as the object of a reaction, with no day).
    ``text`` and ``tokens``, when given, are the document's text and tokens: the evidence sentences cut from it are
    then not tokenized again (``_sentence_tokens``).
    """
    if text is None or tokens is None:
        return _merge_within(events, own, referred, told)
    spans = {e.text: (e.start, e.end) for ev in events for e in ev.evidence
             if e.end - e.start == len(e.text) and text.startswith(e.text, e.start)}
    _READING.append((text, tokens, spans))
    try:
        return _merge_within(events, own, referred, told)
    finally:
        _READING.pop()


def _merge_within(events: list[Event], own: dict[int, tuple[bool, bool]] | None,
                  referred: set[int] | None, told: set[int] | None) -> list[Event]:
    referred = referred or set()
    _borrowed_places_away(events)
    _unpaired_acts(events)
    _mark_air_twins(events)
    reported: set[int] = set()  # ids of merged events one of whose mentions reports the happening
    out: list[Event] = []
    listed = _listed_towns(events)
    own_date: dict[int, int] = {}  # id(merged event) -> how its date was read (date_rank)
    own_place: dict[int, bool] = {}  # id(merged event) -> its place was read in its own sentence
    own_actor: dict[int, bool] = {}  # id(merged event) -> its actor1 was read in a sentence, not inferred
    defaulted: dict[int, bool] = {}  # id(merged event) -> its actor1 is only the coder's default (actor-default)
    sides: Sides = {}  # id(merged event) -> its mentions' (attacker, target) pairs
    taking: dict[int, bool] = {}  # id(merged event) -> it holds a taking told as a happening (_real_taking)
    fight: dict[int, bool] = {}  # id(merged event) -> it holds a clash told as fighting of its own (_fight_told)
    # id(merged event) -> the targets its mentions read, each with whether that mention stood at another happening's place
    targets: dict[int, list[tuple[str, bool]]] = {}
    # id(merged event) -> the sentences of its mentions that read civilians as the target at its own place
    civil_told: dict[int, list[str]] = {}
    for ev in events:
        ev_taking, ev_fight = _real_taking(ev), _fight_told(ev)  # read once: the pairs below only look them up
        same = [m for m in out if m.event_type == ev.event_type
                and (_compatible_actors(m, ev) or m.gazetteer_id == ev.gazetteer_id)
                and dates_overlap(m, ev, own_date[id(m)] >= OWN_DAY)
                and not _other_days(m, ev, own_date[id(m)], date_rank(ev))
                and not _days_at_one_town(m, ev, own_date[id(m)], date_rank(ev), own_place[id(m)])
                and not _strike_days_apart(m, ev, own_date[id(m)], date_rank(ev), own_place[id(m)])
                and not _renewed_apart(m, ev, own_date[id(m)])
                and not _onset_apart(m, ev)
                and not _clause_tolls_apart(m, ev)
                and not _acts_listed_apart(m, ev)
                and not _ground_fire_apart(m, ev)
                and not _air_twin_apart(m, ev)
                and not _device_apart(m, ev)
                and not _fire_exchanged(m, ev, own_actor[id(m)])
                and not _downings_exchanged(m, ev, own_actor[id(m)])
                and not _guess_meets_its_target(m, ev, own_actor[id(m)] and not INFERRED_ACTOR.intersection(m.rule_ids),
                                              defaulted[id(m)])
                and not _answered_apart(m, ev)
                and not _tally_apart(m, ev, own_date[id(m)])
                and not _day_before_apart(m, ev, own_date[id(m)], date_rank(ev))
                and not _range_and_day_apart(m, ev, own_date[id(m)], date_rank(ev))
                and not _clash_apart_from_taking(m, ev, (taking[id(m)], fight[id(m)]), (ev_taking, ev_fight))
                and not _kept_apart(m, ev)
                and not _taken_apart(m, ev)
                and not _union_apart(m, ev)
                and not _other_day_apart(m, ev, own_date[id(m)])
                and L.merge_family(m.sub_event_type) == L.merge_family(ev.sub_event_type)]
        if ev.sub_event_type == DWU and any(m.gazetteer_id == ev.gazetteer_id and dates_overlap(m, ev, False)
                                            and _downings_exchanged(m, ev, own_actor[id(m)]) for m in out):
            ev.rule_ids.append(DOWNINGS_APART)  # kept apart from the other side's downing at its place (rare: DWU only)
        # an act over several unnamed towns ("place-province") is no mention of one town's happening, nor the reverse
        wide = "place-province" in ev.rule_ids
        tolled = {id(m) for m in same if _region_toll_apart(m, ev)} if ev.event_type == ERV and ev.fatalities \
            else set()
        gassed = {id(m) for m in same if _area_toll_beside_gas(m, ev)} if ev.event_type == ERV else set()
        here = [m for m in same if _same_place(m, ev) and ("place-province" in m.rule_ids) == wide
                and not _listed_apart(m, ev) and not own_countryside_apart(m, ev)
                and not _town_told_apart(m, ev, own_place[id(m)])
                and not _side_of_another_town(m, ev, own_place[id(m)])
                and not _region_over_list(m, ev, listed)
                and id(m) not in tolled and not _area_kept_whole(m, ev, bool(tolled)) and id(m) not in gassed]
        if tolled:
            _mark_region_toll(ev, [m for m in same if id(m) in tolled])
        for g in (g for g in same if id(g) in gassed):
            area = g if g.fatalities else ev
            if AREA_TOLL_NO_GAS not in area.rule_ids:
                area.rule_ids.append(AREA_TOLL_NO_GAS)
        # of two kinds of strike told as a list, a mention of one kind joins that one ("قصف مدفعي وغارات استهدفت")
        m = next((m for m in here if ACTS_LISTED in m.rule_ids and m.sub_event_type == ev.sub_event_type), None) \
            or _kind_kept_apart(here, ev) or _guess_joins_its_own(here, ev) or next(iter(here), None)
        if m is None and PLACE_CONTEXT in ev.rule_ids and not wide:
            near = [m for m in same if "place-province" not in m.rule_ids]
            m = _kind_kept_apart(near, ev) or next(iter(near), None)
        if m is not None:
            ev_place = PLACE_CONTEXT not in ev.rule_ids
            # a deal told with its own place names its sides there, when the first mention's sentence placed
            # another happening ("وفصائل وافقت مؤخرا على المصالحة، في تفجير ..."): that one read its sides from the
            # other happening too (g78b; a deal merely told with no place keeps the sides it named)
            deal_here = ev_place and not own_place[id(m)] and ev.sub_event_type == m.sub_event_type == AGREEMENT \
                and DEAL_ELSEWHERE in m.rule_ids
            if ev_place and not own_place[id(m)] and ev.latitude is not None and not _back_at_happening(m, ev):
                # a place named with the happening beats one inherited from the sentences around it,
                # even a coarser one ("الضربة على مواقع في سوريا" after a sentence that named Douma)
                _take_place(m, ev)
                own_place[id(m)] = True
            ev_actor = _actor_read(ev) and not INFERRED_ACTOR.intersection(ev.rule_ids)
            if deal_here and ev_actor and ev.actor1 is not None:
                if ev.actor2 is not None or m.actor2 == ev.actor1:
                    m.actor2, m.inter2 = ev.actor2, ev.inter2
                m.actor1, m.inter1 = ev.actor1, ev.inter1
                set_interaction(m)
                own_actor[id(m)] = True
                defaulted[id(m)] = False
                ev_actor = False  # the sides are set; the rules below would only refill them
            # an agent named with one of the mentions beats one inferred for another (a coder's default, the
            # document's main actor), also when the inferred event had it as its counterpart ("وضعت القوات
            # الحكومية استعادة الجنوب" took the rebels, the document's agent, against the government; "سيطرت
            # القوات الحكومية على البلدات" names the government as the agent). With no agent at all, the
            # target told in one mention is not made the agent by another.
            recast = ev_actor and not own_actor[id(m)] and m.actor1 is not None and m.actor2 == ev.actor1
            # the act whose kind the event keeps, judged on the sides before the rules below recast them
            foe = _foe_kind(m, ev, own_actor[id(m)] and not defaulted[id(m)], recast)
            foe_kind = (foe.sub_event_type, foe.disorder_type) if foe is not None else None  # _absorb changes m's
            # a coder's default ("actor-default") yields to a foreign force a later mention names as the agent in its
            # own sentence ("غارات على مطار" defaulted to the government, then "أعلن الجيش الإسرائيلي أنه استهدف المطار");
            # the default's counterpart is never recast as the agent
            entered = ev_actor and defaulted[id(m)] and _entered_over_default(ev, m)
            named_over_default = entered or ev_actor and defaulted[id(m)] and (_foreign_agent(ev, m) or _named_doer(ev, m))
            if named_over_default or (ev_actor and not own_actor[id(m)] and (recast or ev.actor1 != m.actor2)):
                m.actor1, m.inter1 = ev.actor1, ev.inter1
                if entered:
                    m.rule_ids.append(ENTERED_OVER_DEFAULT)
                if recast:
                    m.actor2, m.inter2 = ev.actor2, ev.inter2
                if ev.actor2 is not None and m.actor2 is None:
                    m.actor2, m.inter2 = ev.actor2, ev.inter2
                set_interaction(m)
                own_actor[id(m)] = True
                defaulted[id(m)] = False
            if _names_generic_side(m, ev):
                m.actor2, m.inter2 = ev.actor2, ev.inter2
                m.rule_ids.append(NAMED_GROUP)
            elif _names_generic_first(m, ev):
                # the announcing rebels named first (step deal-announcer-140500) are the group another mention names
                m.actor1, m.inter1 = ev.actor2, ev.inter2
                m.rule_ids.append(NAMED_GROUP)
            kept = m.sub_event_type
            taking[id(m)] = taking[id(m)] or ev_taking
            fight[id(m)] = fight[id(m)] or ev_fight
            if ev.actor1 is not None:
                sides[id(m)].add((ev.actor1, ev.actor2))
            if id(ev) not in referred:
                reported.add(id(m))
            if ev.actor2 is not None:
                targets[id(m)].append((ev.actor2, BORROWED_AWAY in ev.rule_ids))
                civil_told[id(m)].extend(_civil_sentences(ev))
            own_date[id(m)] = _absorb(m, ev, own_date[id(m)], _date_weight(ev))
            if foe_kind is not None and m.sub_event_type != foe_kind[0]:
                m.sub_event_type, m.disorder_type = foe_kind
                m.rule_ids.append(FOE_KIND)
            if not own_actor[id(m)] and not ev_actor and m.sub_event_type != kept \
                    and ev.actor1 is not None and ev.actor1 != m.actor2:
                # with no agent read in any mention, the agent inferred for the sub-type the event keeps
                # ("استهدف هجوم انتحاري": the suicide bombing's default, not the document's agent for "استهدف")
                m.actor1, m.inter1 = ev.actor1, ev.inter1
                set_interaction(m)
        else:
            out.append(ev)
            if id(ev) not in referred:
                reported.add(id(ev))
            own_date[id(ev)] = _date_weight(ev)
            own_place[id(ev)] = PLACE_CONTEXT not in ev.rule_ids
            own_actor[id(ev)] = _actor_read(ev)
            defaulted[id(ev)] = _defaulted(ev)
            sides[id(ev)] = {(ev.actor1, ev.actor2)} if ev.actor1 is not None else set()
            taking[id(ev)], fight[id(ev)] = ev_taking, ev_fight
            targets[id(ev)] = [(ev.actor2, BORROWED_AWAY in ev.rule_ids)] if ev.actor2 is not None else []
            civil_told[id(ev)] = _civil_sentences(ev)
            if ev.event_type == "Battles":
                # no copy of ``out``; the flags first: a pair is kept apart only when one of it holds a real
                # taking (_clash_apart_from_taking), so the place and day tests run for such pairs alone
                apart = [x for x in out if x is not ev and (ev_taking or taking[id(x)]) and x.event_type == "Battles"
                         and _same_place(x, ev) and dates_overlap(x, ev)
                         and _clash_apart_from_taking(x, ev, (taking[id(x)], fight[id(x)]), (ev_taking, ev_fight))]
                _cite_apart(ev, apart)
                # a clash with no day of its own told beside a dated taking («تدور حاليا معارك») is of the taking's day
                dated = next((x for x in apart if own_date[id(x)] >= OWN_DAY), None)
                if dated is not None and ev.sub_event_type == "Armed clash" and own_date[id(ev)] < OWN_DAY:
                    _take_date(ev, dated)
                    own_date[id(ev)] = own_date[id(dated)]
    for m in out:
        if m.actor2 is not None and _at_base(m) and _target_borrowed(m, targets[id(m)]):
            # the base's own side is then the coder's default (default_targets.tsv, after the merge)
            m.actor2 = m.inter2 = None
            set_interaction(m)
            m.rule_ids.append(BASE_TARGET_BORROWED)
        if _civilians_over_holder(m, civil_told[id(m)]):
            civilians = L.actor_table()[CIVILIANS]
            m.actor2, m.inter2 = civilians.display(m.country), civilians.inter
            set_interaction(m)
            m.rule_ids.append(CIVILIANS_OVER_HOLDER)
    # the folds carry their absorbed mentions' sides into ``sides`` too: _flier_over_read weighs them all (review s32,
    # item 3)
    _fold_detailed_regions(out, reported)
    out = _merge_refined(out, own_date, reported, own_place, sides)
    out = _fold_faces(out, own_date, reported, sides)
    out = _fold_rare_strikes(out, own_date, reported, sides)
    for m in out:
        if m.sub_event_type == ABDUCTION and m.fatalities:
            _toll_to_the_attack(m, out)
        _regained_by_state(m)  # after the folds: the sides are final
        if m.sub_event_type == AIR_STRIKE and m.actor1 is not None:
            _grounded_after_merge(m)
        if m.sub_event_type == AIR_STRIKE and m.actor1 is not None and own_actor.get(id(m)) \
                and not defaulted.get(id(m)) and GROUNDED_MERGED not in m.rule_ids and len(sides.get(id(m), ())) > 1:
            _flier_over_read(m, sides[id(m)])
        if m.sub_event_type == AIR_STRIKE and m.actor1 is not None and "actor-default" in m.rule_ids:
            _flier_after_merge(m)
    if told is not None:
        told.update(id(m) for m in out if id(m) in reported)
    if own is not None:  # id(merged event) -> (day told with one of its mentions, place told with one)
        own.update({id(m): (own_date[id(m)] >= OWN_DAY, own_place[id(m)]) for m in out})
    return out


TERRITORY_SUBS: Final = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                                    "Non-violent transfer of territory"})
UNLISTED_OVER_AREA: Final = "unlisted-over-area-139000"  # rule id: a town the gazetteer lacks narrowed a wider taking


def _unlisted_town_over_area(ev: Event, m: Event) -> bool:
    """A territory mention at a town the gazetteer lacks (placed at the area or province around it, so no finer by
    precision) narrows a taking told before at that wider place: «استعادت قرى شرق مدينة درعا» then «سيطرت على قرى
    البستان، والشومرية» is the villages' taking (ACLED codes the village, at its area's point when it has none of its
    own); merged, the event stayed at the wider place, and the next village stayed folded into it."""
    return ev.sub_event_type in TERRITORY_SUBS and m.sub_event_type in TERRITORY_SUBS \
        and PLACE_CONTEXT not in ev.rule_ids and bool(ev.location_text) and unlisted_town(ev) \
        and not unlisted_town(m) and (m.geo_precision or 3) >= max(2, ev.geo_precision or 3)


def _listed_towns(events: Sequence[Event]) -> set[int]:
    """The ids of mentions placed at a town of a list their sentence names ("استهدفت دوما وزملكا وبلدات أخرى"): the
    first town's mention and its copies at the other towns (place-list), which share its evidence. One pass per
    document, and a second only when it has a list."""
    spans = {(e.evidence[0].start, e.evidence[0].end) for e in events if PLACE_LIST in e.rule_ids and e.evidence}
    if not spans:
        return set()
    return {id(e) for e in events if e.evidence and (e.evidence[0].start, e.evidence[0].end) in spans}


def _region_over_list(m: Event, ev: Event, listed: set[int]) -> bool:
    """A mention at a wider area (precision 2: "الغوطة الشرقية") and a town of a list of its towns are two
    happenings: the area-wide strike with its toll is not the first (or any one) town's. ACLED codes each listed town
    apart, and the area's own event stays at the area. A town named alone is still the area's happening narrowed.
    Only strikes: a taking or a withdrawal told of an area is mostly the listed towns' own ("استعادت بلدتين في
    الغوطة" then "السيطرة على بلدتي سقبا وكفربطنا"), which split off as duplicates in the corpus trial."""
    if (id(m) not in listed and id(ev) not in listed) or ev.event_type != ERV:
        return False
    pm, pe = m.geo_precision or 3, ev.geo_precision or 3
    return (pm == 2 and pe == 1 and id(ev) in listed and _named_region(m)) or (
        pe == 2 and pm == 1 and id(m) in listed and _named_region(ev))


REGION_TOLL_APART = "region-toll-apart-130000"  # rule id: a town's strike kept apart from its area's, by their tolls
REGION_TOLL_AREA = "region-toll-area-130001"  # rule id: an area's strike told apart from a town's, by their tolls


def _region_toll_apart(m: Event, ev: Event) -> bool:
    """A strike on a named area told with its toll ("ارتفعت حصيلة القتلى جراء قصف الغوطة الشرقية الاثنين إلى 80") and
    a strike on one of its towns told at the town with another toll of its own ("وسجلت مدينة حمورية أعلى حصيلة إذ قتل
    فيها 20") are two happenings: the town's dead are a part of the area's, which fell in other towns too. ACLED codes
    the town, and the area with its own toll; merged, the area's event took the town's place and its smaller toll
    (g110a). A town told with no toll, or with the area's own figure, is still the area's happening narrowed."""
    if ev.event_type != ERV or not m.fatalities or not ev.fatalities or m.fatalities == ev.fatalities \
            or VAGUE_TOLL in m.rule_ids or VAGUE_TOLL in ev.rule_ids:  # "العشرات" is no figure to part
        return False
    return _area_and_town(m, ev) or _area_and_town(ev, m)


def _area_and_town(area: Event, town: Event) -> bool:
    """``area`` stands at a named region and ``town`` at a town named in its own sentence."""
    return area.geo_precision == 2 and town.geo_precision == 1 and PLACE_CONTEXT not in town.rule_ids \
        and _named_region(area)


def _area_kept_whole(m: Event, ev: Event, tolled: bool) -> bool:
    """An area's strike told apart from one of its towns' by their tolls (_region_toll_apart) is the area's own
    happening: it is no more narrowed to another town told at its own place ("وردت الفصائل باستهداف دمشق" after the
    area's toll), nor does the area's mention join such a town's event. ``tolled``: ``ev`` was just told apart so."""
    return (REGION_TOLL_AREA in m.rule_ids and _area_and_town(m, ev)) or (tolled and _area_and_town(ev, m))


AREA_TOLL_NO_GAS = "area-toll-no-gas-137500"  # rule id: an area's toll kept apart from a town's strike told by its gas


def _area_toll_beside_gas(m: Event, ev: Event) -> bool:
    """A named area's day toll told with no gas or suffocation in its sentences ("مقتل 80 مدنيا في الغوطة الشرقية مع
    استمرار القصف على مناطق عدة") and a strike on one of its towns told at the town by its gas and no toll ("18 حالة
    اختناق بعد صاروخ استهدف بلدة حمورية") are two happenings: the area's dead fell to the bombardment of its towns,
    the town's strike is a chemical attack told by its means (_fold_rare_strikes). Merged, the town took the area's
    toll and the chemical attack carried the bombardment's dead (g110s). A town told with no gas is still the area's
    strike narrowed."""
    if ev.event_type != ERV or bool(m.fatalities) == bool(ev.fatalities):
        return False
    area, town = (m, ev) if m.fatalities else (ev, m)
    return _area_and_town(area, town) and _same_place(area, town) and _tells_gas(town) and not _tells_gas(area)


REGION_DETAILED = "region-detailed-130002"  # rule id: an area's toll all fell in its towns told apart, folded into one


def _fold_detailed_regions(out: list[Event], reported: set[int]) -> None:
    """An area's strike told apart from its towns' by their tolls (_region_toll_apart) whose toll its towns' own
    tolls (those told apart and any other of its day) make up in full ("قتل 42 في الغوطة" then "31 في كفربطنا" and "11 في سقبا") told nothing beyond them: ACLED
    codes the towns alone, so the area's event folds into the first of them. One pass over the few area events."""
    for area in [e for e in out if REGION_TOLL_AREA in e.rule_ids and e.fatalities]:
        towns = [t for t in out if t.fatalities and t.event_type == area.event_type and _area_and_town(area, t)
                 and VAGUE_TOLL not in t.rule_ids and dates_overlap(area, t) and _same_place(area, t)]
        if towns and sum(t.fatalities or 0 for t in towns) >= (area.fatalities or 0):
            # the town keeps its own fields (its toll, day and kind); the area's sentences join its evidence
            towns[0].evidence = sorted({(e.start, e.end): e for e in towns[0].evidence + area.evidence}.values(),
                                       key=lambda e: e.start)
            _drop_folded(out, towns[0], area, REGION_DETAILED, reported)


def _mark_region_toll(ev: Event, apart: list[Event]) -> None:
    """Cite the town a strike's tolls told apart from its area's (_region_toll_apart), and the area when its toll is
    the larger, the town's dead a part of it (only such an area is kept whole and may fold: _fold_detailed_regions)."""
    for m in apart:
        area, town = (m, ev) if m.geo_precision == 2 else (ev, m)
        if REGION_TOLL_APART not in town.rule_ids:
            town.rule_ids.append(REGION_TOLL_APART)
        if (area.fatalities or 0) > (town.fatalities or 0) and REGION_TOLL_AREA not in area.rule_ids:
            area.rule_ids.append(REGION_TOLL_AREA)


def _named_region(ev: Event) -> bool:
    """The event stands at a named region of the gazetteer ("الغوطة الشرقية", "حوض اليرموك"), not at a town's
    surroundings or province ("محيط دمشق", "ريفي حماة وحلب"), which a list of its sites mostly details (g95d trial)."""
    place = Geocoder.default().gazetteer.places.get(ev.gazetteer_id or "")
    return place is not None and place.kind == "region"


TOWN_APART_CHARS = 800  # a town's own mention this far after every mention of a wider area's happening is its own


def _town_told_apart(m: Event, ev: Event, m_own_place: bool) -> bool:
    """A mention naming its own town ("اشتباكات عنيفة في حي القدم") told far down the body, after a happening placed at
    a wider area that contains it (the lead's "الغوطة الشرقية"), is that town's own happening, not a retelling of
    the area's: ACLED codes each town. Near the area's mentions it is mostly the same story narrowed. Only battles: a
    strike's or an agreement's later mention of a town is mostly the same act retold (a resident's account, the deal's
    town), which split off as a duplicate in the corpus trial."""
    if ev.event_type != "Battles" or not m_own_place or PLACE_CONTEXT in ev.rule_ids or not ev.evidence \
            or not m.evidence:
        return False
    if ev.geo_precision != 1 or m.geo_precision != 2 or ev.gazetteer_id == m.gazetteer_id:
        return False
    at = ev.evidence[0].start
    return all(at - e.start > TOWN_APART_CHARS for e in m.evidence)


SIDE_APART_KM: Final = 10.0  # a town's side or surroundings this far from another named town is a place of its own


def _told_by_side(ev: Event) -> bool:
    """The event's own sentence places it at a side or the surroundings of a town: a compass word or a near-town word
    before the name ("جنوب مدينة بصرى الشام"، "شمال شرق عفرين"، "محيط مدينة طفس"), not its wide countryside ("ريف درعا")."""
    if ev.geo_precision != 2 or not ev.location_text or not ev.gazetteer_id \
            or ev.gazetteer_id.startswith(("c:", "a1:")):
        return False
    pw = place_words()
    near = {w for w, (role, _) in pw.prefixes.items() if role == "rural"} - pw.countryside
    for e in ev.evidence:
        at = e.text.find(ev.location_text)
        if at <= 0:
            continue
        before = e.text[:at].split()[-3:]
        spans = [norm_key(" ".join(before[i:j])) for i in range(len(before)) for j in range(i + 1, len(before) + 1)]
        if any(x in pw.compass or x in near for x in spans):
            return True
    return False


def _side_of_another_town(m: Event, ev: Event, m_own_place: bool) -> bool:
    """A battle at a named town or at a side of it and one told in another sentence at a side or the surroundings of
    another town over SIDE_APART_KM away are two happenings (g109k): «تصدت الفصائل لهجوم بالقرب من بلدة كحيل» then «صد محاولات تقدم ... في
    محيط مدينة طفس» (29 km apart); «سيطرت على بلدة صيدا» then «تمكنت من السيطرة على نقطة ... جنوب مدينة بصرى الشام».
    ACLED codes each location; a town's side under 30 km from the other town merged them (_same_place). A mention placed
    only by the sentences around it, the wide countryside («ريف درعا») or one sentence naming both still join."""
    if ev.event_type != "Battles" or not m_own_place or PLACE_CONTEXT in ev.rule_ids \
            or 2 not in (m.geo_precision, ev.geo_precision) or m.gazetteer_id == ev.gazetteer_id:
        return False
    if m.latitude is None or ev.latitude is None or _apart_km(m, ev) <= SIDE_APART_KM:
        return False
    if not all(x.geo_precision == 1 or x.geo_precision == 2 and _told_by_side(x) for x in (m, ev)):
        return False
    told = {(e.start, e.end) for e in m.evidence}
    return not any((e.start, e.end) in told for e in ev.evidence)


BORROWED_AWAY = "place-of-another"  # rule id: a mention's inherited place is another happening's, it stands at the country


def _borrowed_places_away(events: list[Event]) -> None:
    """A mention whose sentence names no place inherits the last one named; when that is the own place of a rare
    happening of its type (event_types.tsv merge_km: a chemical attack) done by another agent ("هجوم كيماوي للنظام على دوما" then "وشنت الولايات المتحدة
    ضربات على مواقع للنظام"), the place is that happening's, not the mention's: it stands at the country, where its
    other mentions may place it ("ضربات على سوريا"). The agent may be the document's (the attack's own default agent is
    the same as the gas attack's, and such a strike stays)."""
    for ev in events:
        if PLACE_CONTEXT not in ev.rule_ids or not ev.gazetteer_id or ev.gazetteer_id.startswith("c:") \
                or ev.actor1 is None:
            continue
        if any(o.gazetteer_id == ev.gazetteer_id and PLACE_CONTEXT not in o.rule_ids
               and o.event_type == ev.event_type and L.merge_km(o.sub_event_type) is not None
               and L.merge_km(ev.sub_event_type) is None and o.actor1 != ev.actor1 for o in events):
            _at_country(ev)
        elif _known_happening_place(ev):
            _at_country(ev)
        elif _foes_place(ev, events):
            _at_country(ev)
            ev.rule_ids.append(FOES_PLACE)
    for ev in events:
        if PLACE_CONTEXT not in ev.rule_ids and _names_happening_at_place(ev):
            _at_country(ev)
            ev.rule_ids.append(HAPPENING_PLACE)
        elif PLACE_CONTEXT not in ev.rule_ids and _answers_at_happening(ev):
            _at_country(ev)
            ev.rule_ids.append(ANSWERED_PLACE)


FOES_PLACE = "place-foes-102500"  # rule id: a mention's inherited place is the own place of the other state's fire (g106g)


def _foes_place(ev: Event, events: Sequence[Event]) -> bool:
    """A state's strike whose sentence names no place inherited the own place of another state's fire told in the
    document with the sides the other way round: «أطلقت إيران 20 صاروخا على قواعد إسرائيلية في الجولان» then «وحسب
    مصادر سورية، فإن الرد الإسرائيلي تمثل بعشرات الضربات» — the Golan is where the rockets fell, not the answer's
    place. The other fire's attacker was read in its own sentence, both attackers are states' forces (ACLED inter 1 or
    8), and the two are no allies naming no third side as their target (_states_at_odds); the mention names its own
    target, not the other's (a victim misread as the attacker names none, or the same). It stands at the country when
    another mention of the same side and kind is told there with its own place («بإطلاق 60 صاروخ جو-أرض على مناطق
    عسكرية إيرانية عدة في سوريا»), so it joins that one. Cost: only mentions placed by context with a target, one or
    two passes over the document's mentions each."""
    if ev.event_type != ERV or ev.actor1 is None or ev.inter1 not in STATE_INTERS or ev.actor2 is None:
        return False
    if not any(x is not ev and x.actor1 == ev.actor1 and x.sub_event_type == ev.sub_event_type
               and PLACE_CONTEXT not in x.rule_ids and (x.gazetteer_id or "").startswith("c:") for x in events):
        return False  # no mention of its own placing the same side's act at a country: nowhere to stand
    return any(o is not ev and o.event_type == ERV and PLACE_CONTEXT not in o.rule_ids
               and o.gazetteer_id == ev.gazetteer_id and o.actor1 is not None and o.actor1 != ev.actor1
               and o.sub_event_type != ev.sub_event_type
               and _actor_read(o) and not INFERRED_ACTOR.intersection(o.rule_ids) and _states_at_odds(o, ev)
               and ev.actor2 != o.actor2
               for o in events)


def _targets_side(target: str | None, side: L.Actor, country: str | None) -> bool:
    """Whether ``target`` (a coded name) is ``side`` or an ally of it (actor_roles.tsv "ally" rows, either way)."""
    if target is None:
        return False
    if target == side.name:
        return True
    t = _actor_by_name().get(target)
    return t is not None and (_allies(t, side, country) or _allies(side, t, country))


AFTER_HAPPENING_DAYS = 2  # a strike told two or more days after a known rare happening at its inherited place
HAPPENING_REACH_DAYS = 30  # the weeks of reactions to a rare happening, when strikes answering it name its town
HAPPENING_PLACE = "place-happening-56100"  # rule id: a strike's own place is the rare happening's it answers (g89a)


def _names_happening_at_place(ev: Event) -> bool:
    """A strike whose own sentence names its place only as that of a well-known rare happening of another sub-type
    (campaigns.tsv kind happening, event_types.tsv merge_km: the Douma chemical attack), told with a word of that
    happening's kind (trigger_cues.tsv chemical) and dated days to weeks after it: "الهجوم الكيماوي في دوما الذي دفع
    الولايات المتحدة إلى شن غارات"، "ضربات على سوريا بعد هجوم بغازات سامة في دوما". The town is the attack's, not
    the strikes', which then stand at the country. Strikes at the town on the attack's day or the next stay (the
    assault there went on), and so do strikes months later (Khan Shaykhun struck again in 2018). Cost: a dict look-up
    per mention; the evidence is tokenized only for the few mentions dated in a happening's weeks at its town."""
    if PLACE_CONTEXT in ev.rule_ids or not ev.gazetteer_id or ev.gazetteer_id.startswith("c:"):
        return False
    if not _known_happening_place(ev, HAPPENING_REACH_DAYS):
        return False
    chemical = L.cue_groups().get("chemical")
    return chemical is not None and any(chemical.find(_sentence_tokens(e.text)) for e in ev.evidence)


STATE_INTERS = frozenset({1, 8})  # ACLED inter codes of a state's forces at home and abroad
MONTH_PRECISION = 3  # ACLED time_precision of a date told by its month only
ANSWERED_PLACE = "place-answered-93000"  # rule id: another agent's strike at a rare happening's town in its weeks (g105o)


def _answers_at_happening(ev: Event) -> bool:
    """A strike whose own sentence places it at the town of a well-known rare happening of another sub-type (the
    Douma chemical attack: campaigns.tsv kind happening, event_types.tsv merge_km) and whose agent is another than the
    happening's (campaigns.tsv agent), dated days to weeks after it: the town is the happening's, the strike answers
    it ("بعد الغارات الغربية، استهدف مقاتلون ... القافلة ... من مدينة دوما"، "صور البراميل المتفجرة في دوما" merged
    with the US strikes, "في دوما التي دخلتها قوات روسية بعد ساعات من الضربات الغربية"). The happening's own agent
    striking the town again stays (_names_happening_at_place needs a chemical word for that). Cost: a dict look-up per
    mention; only the few ERV mentions at such a town look further. Only a state's forces (ACLED inter 1 or 8)
    answer so: a group's rockets read at the town are mostly a misread word ("كما اعتادت دوما": "always")."""
    if ev.actor1 is None or ev.inter1 not in STATE_INTERS or not ev.gazetteer_id or ev.gazetteer_id.startswith("c:"):
        return False
    agents = L.happening_agents()
    for row in _happening_rows(ev, HAPPENING_REACH_DAYS):
        actor = L.actor_table().get(agents.get(row.id, ""))
        if actor is not None and actor.display(ev.country) != ev.actor1:
            return True
    return False


def _back_at_happening(m: Event, ev: Event) -> bool:
    """``m`` stands at the country because its town was a rare happening's (BORROWED_AWAY), and the mention ``ev``
    names that happening's town again ("صور البراميل المتفجرة في دوما" merged with the strikes that answered the
    attack): the town does not refine it back. One membership test for most merges."""
    if BORROWED_AWAY not in m.rule_ids or ev.event_type != ERV or not ev.location_text:
        return False
    return any(row.happening and ev.sub_event_type not in row.types
               and any(L.merge_km(t) is not None for t in row.types)
               for row in L.campaigns_by_place().get(norm_key(ev.location_text), ()))


def _happening_rows(ev: Event, reach: int | None = None) -> list[L.Campaign]:
    """The rare happenings (campaigns.tsv kind happening of a merge_km sub-type other than ``ev``'s) at ``ev``'s
    inherited or own place that ``ev`` is dated days after: its day at least AFTER_HAPPENING_DAYS after the
    happening, and with ``reach`` at most that many days after it. A date told by its month only ("في وقت سابق من
    هذا الشهر") spans the happening's weeks: its last day is the one at least days after, its first day the one
    within reach. A week-wide range up to the report stays dated by its first day (it may be the attack's own)."""
    if ev.event_type != ERV or not ev.location_text or not ev.event_date:
        return []
    month = ev.time_precision == MONTH_PRECISION
    # a retold well-known happening (the 14 April strikes told again, g106b) is on its known day, not the first day of
    # the week it was given
    known = _known_day(ev)
    try:
        first = dt.date.fromisoformat(known or ((ev.date_start if month else None) or ev.event_date)[:10])
        last = dt.date.fromisoformat(known or ((ev.date_end if month else None) or ev.event_date)[:10])
    except ValueError:
        return []
    return [row for row in L.campaigns_by_place().get(norm_key(ev.location_text), ())
            if row.happening and ev.sub_event_type not in row.types
            and any(L.merge_km(t) is not None for t in row.types)
            and (last - row.ended).days >= AFTER_HAPPENING_DAYS
            and (reach is None or (first - row.ended).days <= reach)]


def _known_happening_place(ev: Event, reach: int | None = None) -> bool:
    """The inherited place of ``ev`` (an Explosions mention whose sentence names none) is the own place of a
    well-known rare happening of another sub-type (campaigns.tsv kind happening, event_types.tsv merge_km: the Douma
    chemical attack), and ``ev`` is dated days after it: the place is that happening's, named all through the report,
    and the strikes told later in it ("وردا على الهجوم شنت الولايات المتحدة وبريطانيا وفرنسا غارات على منشآت") are
    not at that town even when the report never codes the attack itself (it was only named: a reference). A strike
    at the town on the attack's day or the next stays (the assault that went on there). With ``reach``, only a
    strike dated at most that many days after the happening (_happening_rows)."""
    return bool(_happening_rows(ev, reach))


def _at_country(ev: Event) -> None:
    """Place ``ev`` at the country of its place (precision 3)."""
    gaz = Geocoder.default().gazetteer
    here = gaz.places.get(ev.gazetteer_id or "")
    country = gaz.country_place(here.cc) if here is not None else None
    info = gaz.country_info(here.cc) if here is not None else None
    if country is None or info is None:
        return
    ev.latitude, ev.longitude = country.latitude, country.longitude
    ev.country, ev.iso, ev.region = info.country, info.iso, info.region
    ev.admin1 = ev.admin2 = None
    ev.location, ev.location_text, ev.geo_note = info.country, country.name_ar, None
    ev.geo_precision, ev.gazetteer_id = 3, country.gid
    ev.rule_ids.append(BORROWED_AWAY)


def set_interaction(m: Event) -> None:
    """ACLED's interaction code from the two inter codes, after a side changed."""
    if m.inter1:
        lo, hi = sorted(x for x in (m.inter1, m.inter2 or 0) if x is not None)
        m.interaction = int(f"{lo}{hi}") if lo else m.inter1 * 10


def _names_generic_side(m: Event, ev: Event) -> bool:
    """Whether a mention of a hand-over or deal names the group that the merged event holds only as the country's
    generic rebels (g80f): "اتفاق لإجلاء مقاتلي جيش الإسلام" after "اتفاق يخير مقاتلي المعارضة": the coder names
    Jaish al-Islam. Also takings (g81c): "سيطرت قوات النظام على بلدتين" merged with "إثر معارك مع فصيل فيلق
    الرحمن" names Faylaq al-Rahman. Runs per merge of a deal, transfer or taking; field tests, then one cached name."""
    if m.sub_event_type not in NAMED_SIDE_SUBTYPES or ev.inter2 != 2 or m.inter2 != 2 or ev.actor2 is None \
            or ev.actor2 == m.actor2 or ev.actor2 == m.actor1 or m.actor2 != generic_rebels(m.country):
        return False
    # a taking's mention must read its sides in its own sentence, not take the document's agent (g81c)
    return m.sub_event_type in NAMED_SIDE_DEALS or GUESSED_ACTOR.isdisjoint(ev.rule_ids)


def _names_generic_first(m: Event, ev: Event) -> bool:
    """As ``_names_generic_side`` for a deal whose generic rebels are actor1, the side that announced it («أعلنت
    الجماعات المسلحة التوصل إلى اتفاق مع روسيا», step deal-announcer-140500): another mention's named group, held as
    its actor2, names them (g111h). Field tests only."""
    return ANNOUNCER_RULE in m.rule_ids and m.inter1 == 2 and ev.inter2 == 2 and ev.actor2 is not None \
        and ev.actor2 != m.actor1 and ev.actor2 != m.actor2 and m.actor1 == generic_rebels(m.country)


@lru_cache(maxsize=64)
def generic_rebels(country: str | None) -> str:
    """The generic rebels' name in ``country`` (cached: asked per merge and per event)."""
    return L.actor_table()[GENERIC_REBELS].display(country)


def country_of_generics(ev: Event) -> None:
    """Generic actors ("Civilians (X)", "Unidentified Armed Group (X)") name the country of the merged
    event's place, not of the mention's place they were first read at ("صيدا" in a list of Daraa towns)."""
    if not ev.country:
        return
    for field in ("actor1", "actor2"):
        name = getattr(ev, field)
        if not name or (field == "actor2" and HELD_NATIONALS in ev.rule_ids):
            # "اعتقلت السلطات الألمانية 4 سوريين": the civilians held are of their nationality, not of the place (g109q)
            continue
        for pre, post in L.generic_templates():
            if name.startswith(pre) and name.endswith(post) and len(name) > len(pre) + len(post) \
                    and name[len(pre):len(name) - len(post)] != ev.country:
                setattr(ev, field, pre + ev.country + post)
                ev.rule_ids.append("actor-country")
                break


def _defaulted(ev: Event) -> bool:
    """The mention's actor1 is the coder's plain default for its kind and country, not an agent read in its
    sentence nor one the report accuses or names as the striker (both also cite "actor-default")."""
    return ev.actor1 is not None and "actor-default" in ev.rule_ids and not DEFAULT_READ.intersection(ev.rule_ids)


def _foreign_agent(ev: Event, m: Event) -> bool:
    """``ev`` names a foreign force (ACLED inter 8) as the agent of its own air strike or shelling, other than either
    side ``m`` already has. An interception's agent is the defender, whose default a named striker does not replace;
    a definite noun ("الضربة"، "القصف") refers back to the happening, and the force named in its sentence is mostly
    another clause's subject ("أمرت روسيا بوقف القصف"، "تلقينا إنذارا للضربة من الروس"), not its agent. A mention
    whose sentence names no place joined the event by context only ("ويأتي هذا الهجوم بعد ضربات شنتها الولايات
    المتحدة": an earlier happening), so its agent is not surely this event's."""
    return ev.sub_event_type in FOREIGN_STRIKES and ev.inter1 == EXTERNAL and "definite" not in ev.rule_ids \
        and ANAPHORIC_MENTION.isdisjoint(ev.rule_ids) and ev.actor1 is not None and ev.actor1 not in (m.actor1, m.actor2)


def _named_doer(ev: Event, m: Event) -> bool:
    """``ev`` names in its own sentence the doer of a side's own doing (an arrest, a force's move, a base: OWN_DOINGS)
    that ``m`` gave the coder's plain default: the default was a guess for want of a side («أفادت تقارير باحتجاز رجل»
    took the police of Syria), the later «قوات كردية ألقت القبض على» tells who. Not its counterpart, and not from a
    sentence placed by its context only (an earlier happening's side)."""
    return m.sub_event_type in OWN_DOINGS and ev.sub_event_type in OWN_DOINGS and ev.actor1 is not None \
        and ev.actor1 not in (m.actor1, m.actor2) and ANAPHORIC_MENTION.isdisjoint(ev.rule_ids)


TRANSFER = "Non-violent transfer of territory"
ENTERED_OVER_DEFAULT = "entered-over-default-76701"  # rule id: a force named entering beats a departure's default (g103m)


def _entered_over_default(ev: Event, m: Event) -> bool:
    """``ev`` names in its own sentence the force of the state that took over a place («ودخلتها وحدات من قوى الأمن
    الداخلي») which ``m``, the fighters' departure from it («غادر المسلحون البلدة»), gave the coder's plain default (the
    state's army): one hand-over, whose actor1 is the force that entered (g103m). Only a force of the default's own kind
    (ACLED inter: a state's police for its army, not a foreign force deployed beside it), not its counterpart, not a
    default itself, and not from a sentence placed by its context only."""
    return m.sub_event_type == TRANSFER and ev.sub_event_type == TRANSFER and ev.actor1 is not None \
        and ev.actor1 not in (m.actor1, m.actor2) and ev.inter1 == m.inter1 and not _defaulted(ev) \
        and ANAPHORIC_MENTION.isdisjoint(ev.rule_ids)


def _actor_read(ev: Event) -> bool:
    """The mention's actor1 was read in its sentence or is the coder's default, not the document's main
    actor taken for want of one ("actor-fallback", "actor-document")."""
    return ev.actor1 is not None and not GUESSED_ACTOR.intersection(ev.rule_ids)


def _merge_refined(out: list[Event], own_date: dict[int, int], reported: set[int] | None = None,
                   own_place: dict[int, bool] | None = None, sides: Sides | None = None) -> list[Event]:
    """Happenings that came to stand at one place join when their dates agree, whatever actors
    they name: a mention at a coarse place ("غارات روسية وسورية على الغوطة الشرقية", "ضربة في
    سوريا") takes the town a later mention names, and a mention of that town told with the other
    side ("بقصف سوري ... على دوما") was kept apart only because it came first. One place waives
    the actors in the main pass too; this applies it once places are refined. Mentions of a rare
    sub-type close to each other join as well (_rare_and_near)."""
    f = iso_day
    i = 0
    while i < len(out):
        m = out[i]
        j = i + 1
        while j < len(out):
            ev = out[j]
            if ((ev.gazetteer_id and ev.gazetteer_id == m.gazetteer_id) or _rare_and_near(m, ev)) and (
                    not _other_days(m, ev, own_date[id(m)], own_date[id(ev)])) and not (
                    own_place is not None
                    and _days_at_one_town(m, ev, own_date[id(m)], own_date[id(ev)],
                                          own_place[id(m)] and own_place[id(ev)])) and not (
                    own_place is not None
                    and _strike_days_apart(m, ev, own_date[id(m)], own_date[id(ev)],
                                           own_place[id(m)] and own_place[id(ev)])) and (
                    ev.event_type == m.event_type and L.merge_family(ev.sub_event_type) == L.merge_family(m.sub_event_type)
                    and not _acts_listed_apart(m, ev) and not own_countryside_apart(m, ev)
                    and not _ground_fire_apart(m, ev)
                    and not _air_twin_apart(m, ev) and not _air_twin_apart(ev, m)
                    and not _device_apart(m, ev)
                    and not _fire_exchanged(m, ev, _actor_read(m))
                    and not _downings_exchanged(m, ev, _actor_read(m))
                    and not _guess_meets_its_target(m, ev, _actor_read(m) and not INFERRED_ACTOR.intersection(m.rule_ids),
                                                  _defaulted(m))
                    and not _renewal_on_act_day(m, ev, own_date[id(m)])
                    and not _onset_apart(m, ev)
                    and not _day_before_apart(m, ev, own_date[id(m)], own_date[id(ev)])
                    and not _range_and_day_apart(m, ev, own_date[id(m)], own_date[id(ev)])
                    and not _answered_apart(m, ev)
                    and not _kept_apart(m, ev)
                    and not _taken_apart(m, ev)
                    and not _union_apart(m, ev)
                    and (((own_date[id(m)] < OWN_DAY or own_date[id(ev)] < OWN_DAY) and not _month_retold(m, ev)) or (
                        m.date_start and ev.date_start and overlaps(f(read_start(m)), f(m.date_end),
                                                                    f(read_start(ev)), f(ev.date_end), slack=1)))):
                own_date[id(m)] = _absorb(m, ev, own_date[id(m)], own_date[id(ev)])
                _carry_sides(sides, m, ev)
                if reported is not None and id(ev) in reported:
                    reported.add(id(m))
                del out[j]
            else:
                j += 1
        i += 1
    return out


def _carry_sides(sides: Sides | None, keep: Event, gone: Event) -> None:
    """The (attacker, target) pairs of the mentions ``gone`` held pass to ``keep``, which absorbed it: the pairs stay
    those of every mention an event holds (merge_within's ``sides``). One dict pop and set update per fold."""
    if sides is not None:
        sides.setdefault(id(keep), set()).update(sides.pop(id(gone), ()))


def _fold_faces(out: list[Event], own_date: dict[int, int], reported: set[int], sides: Sides | None = None) -> list[Event]:
    """A mention that is the other face of a happening of another family (event_types.tsv face_of: an interception
    told beside the strike it met, on the same place and day) joins it: the strike's type stays when its attacker was
    named, else the interception's (the projectiles of no named side that air defences "intercepted" did not land:
    ACLED codes a wholly foiled attack as the interception)."""
    for face in [e for e in out if L.face_of(e.sub_event_type)]:
        # an aircraft or drone brought down is a happening of its own beside a named side's strike; beside a strike
        # of no named side it is that attack ("أسقطت الدفاعات طائرتين مسيرتين" and "استهدفت طائرتان مسيرتان المطار")
        m = next((m for m in out if m is not face and face in out
                  and L.merge_family(m.sub_event_type) == L.face_of(face.sub_event_type)
                  and _same_place(m, face) and dates_overlap(m, face) and _defended(face, m)
                  and not (AIRCRAFT_DOWNED in face.rule_ids and _attacker_named(m))), None)
        if m is None:
            continue
        # an attack all of whose projectiles were brought down («ودمرتهما») was foiled: the interception, named or not
        # (g111g); one of no named side that the defences brought down only part of («أسقطت معظمها») is kept as the
        # interception here and becomes the strike below (_landed_strike: its sides are the interception's, swapped)
        keep, gone = (m, face) if _attacker_named(m) and ALL_CAUGHT not in face.rule_ids else (face, m)
        if SITE_AGENT_GUESSED in gone.rule_ids:
            gone.actor1, gone.actor2 = _read_sides(gone)  # the guessed sides fill no side of the interception
        m_type = (keep.event_type, keep.sub_event_type, keep.disorder_type)
        dead = (keep.fatalities, keep.fatalities_low, keep.fatalities_high)
        own_date[id(keep)] = _absorb(keep, gone, own_date[id(keep)], own_date[id(gone)])
        _carry_sides(sides, keep, gone)
        keep.event_type, keep.sub_event_type, keep.disorder_type = m_type
        if keep is face and PART_CAUGHT not in face.rule_ids:
            # a foiled attack killed no one: a toll read with the strike's mentions is another's
            keep.fatalities, keep.fatalities_low, keep.fatalities_high = dead
        _drop_folded(out, keep, gone, "face-of", reported)
    for e in [e for e in out if e.sub_event_type == DWU and PART_CAUGHT in e.rule_ids and ALL_CAUGHT not in e.rule_ids]:
        _landed_strike(e)
        # the launch told beside it («أطلقت الدول الغربية 30 صاروخا على سوريا، لكن الدفاعات اعترضت 20 منها») is the
        # same strike: one event, with the sides the interception told when the launch's attacker was only guessed
        # (a strike of another named side, or one on another target, is another happening: a reply, a raid elsewhere)
        m = next((m for m in out if m is not e and L.merge_family(m.sub_event_type) == L.merge_family(e.sub_event_type)
                  and _same_place(m, e) and dates_overlap(m, e) and (m.actor1 == e.actor1 or (
                      not _attacker_named(m) and m.actor2 in (None, e.actor2)))), None)
        if m is None:
            continue
        m_type = (m.event_type, m.sub_event_type, m.disorder_type)
        if m.actor1 != e.actor1:
            m.actor1, m.inter1, m.actor2, m.inter2 = e.actor1, e.inter1, e.actor2, e.inter2
            set_interaction(m)
        own_date[id(m)] = _absorb(m, e, own_date[id(m)], own_date[id(e)])
        _carry_sides(sides, m, e)
        m.event_type, m.sub_event_type, m.disorder_type = m_type
        _drop_folded(out, m, e, "face-of", reported)
    return out


def _landed_strike(e: Event) -> None:
    """An interception of only part of an attack, no strike told beside it («تصدت الدفاعات لصواريخ العدوان وأسقطت
    معظمها في حين تمكن بعضها من إصابة مبنى»): the attack landed, so the happening is the missile strike (ACLED's
    Disrupted weapons use is an attack prevented), by the side the interception met on the defender."""
    e.event_type, e.disorder_type = L.event_types()[MISSILE_STRIKE]
    e.sub_event_type = MISSILE_STRIKE
    e.actor1, e.actor2, e.inter1, e.inter2 = e.actor2, e.actor1, e.inter2, e.inter1
    if not _attacker_named(e):
        # no side met was read («لصواريخ العدوان»), or only the coder's default for the place (the host state read from
        # «في سوريا» beside a foreign interceptor): an unnamed attacker, not a side guessed
        unid = L.actor_table()[UNIDENTIFIED_ID]
        e.actor1, e.inter1 = unid.display(e.country), unid.inter
    set_interaction(e)


def _fold_rare_strikes(out: list[Event], own_date: dict[int, int], reported: set[int],
                       sides: Sides | None = None) -> list[Event]:
    """A strike told at the place and on the day of a rare sub-type's happening of its event type (event_types.tsv
    merge_km: a chemical attack), its sentence telling a gas or suffocation, is that happening told by its means:
    "حالات اختناق إثر قصف جوي على دوما السبت" beside "هجوم بالغاز على دوما السبت", "القصف أدى إلى مشكلات في التنفس
    ... هجوما بالغاز" in Afrin. The rare sub-type stays, with its own toll when it has one (the strike's figure is
    mostly an earlier or partial count). Another day stays apart ("غارات الجمعة" before the gas attack of Saturday),
    and so do a strike told with no gas, a strike on a province or a country, one by another named attacker and one
    told in another clause of the gas attack's sentence."""
    for rare in [e for e in out if L.merge_km(e.sub_event_type) is not None]:
        for ev in [e for e in out if e is not rare and e.event_type == rare.event_type
                   and L.merge_km(e.sub_event_type) is None and _days_hold(rare, e) and _one_town(rare, e)
                   and _tells_gas(e) and not _another_attacker(rare, e) and not _other_clause(rare, e)]:
            kept = (rare.sub_event_type, rare.disorder_type, rare.actor1, rare.inter1, rare.actor2, rare.inter2)
            dead = (rare.fatalities, rare.fatalities_low, rare.fatalities_high)
            own_date[id(rare)] = _absorb(rare, ev, own_date[id(rare)], own_date[id(ev)])
            _carry_sides(sides, rare, ev)
            rare.sub_event_type, rare.disorder_type = kept[0], kept[1]
            if kept[2] is not None:  # the gas attack's sides, read or defaulted for it, stay
                rare.actor1, rare.inter1 = kept[2], kept[3]
                if kept[4] is not None or rare.actor2 == kept[2]:
                    rare.actor2, rare.inter2 = kept[4], kept[5]
                set_interaction(rare)
            if dead[1] is not None:
                rare.fatalities, rare.fatalities_low, rare.fatalities_high = dead
            _drop_folded(out, rare, ev, "rare-by-means", reported)
    return out


def _drop_folded(out: list[Event], keep: Event, gone: Event, rule: str, reported: set[int]) -> None:
    """The end of a fold: the kept event cites the fold's rule and inherits a folded mention's reported status."""
    keep.rule_ids.append(rule)
    if id(gone) in reported:
        reported.add(id(keep))
    out.remove(gone)


def _tells_gas(strike: Event) -> bool:
    """A sentence of the strike tells a gas or suffocation (trigger_cues.tsv gas_told, chemical): "حالات اختناق إثر
    قصف جوي", "قصفا يعتقد أنه بغاز الكلور". A strike told alone ("قصفت طائرات حربية بلدة حرستا") may be another raid
    on the town that day."""
    groups = L.cue_groups()
    for e in strike.evidence:
        toks = _sentence_tokens(e.text)
        if groups["gas_told"].find(toks) or groups["chemical"].find(toks):
            return True
    return False


def _other_clause(rare: Event, strike: Event) -> bool:
    """The strike is told only in sentences that also tell the rare happening and open a second clause ("أصيبوا
    بالاختناق جراء غاز الكلور، بينما استمر القصف على البلدة": function_words clause_split): the sentence tells two
    happenings, each refined by its own clause (branch q33a), and they stay two."""
    told = {(e.start, e.end) for e in rare.evidence}
    splits = words("clause_split")
    return bool(strike.evidence) and all(
        (e.start, e.end) in told and any(w in splits for w in norm_key(e.text).lower().split()) for e in strike.evidence)


def _another_attacker(rare: Event, strike: Event) -> bool:
    """The strike's attacker is named in its own words and is not the rare happening's: a reprisal on the same day
    ("أطلقت طائرات بريطانية صواريخ على المنشأة" beside the gas its strike aimed at) is a happening of its own. The
    document's main agent, taken for want of one (actor-document), names no attacker."""
    return _attacker_named(strike) and strike.actor1 != rare.actor1 and not GUESSED_ACTOR.intersection(strike.rule_ids)


def _one_town(a: Event, b: Event) -> bool:
    """Both events stand at one town or its surroundings: a strike on a province or a country ("ضربات على سوريا")
    is not told as the attack on one of its towns."""
    return max(a.geo_precision or 3, b.geo_precision or 3) <= 2 and _same_place(a, b)


def _days_hold(rare: Event, strike: Event) -> bool:
    """The rare happening and the strike told with its gas stand on one exact day, or both are told only by a span of
    days ("الأسبوع الماضي"، "منذ أيام": more than a night's two days) and the spans meet: "يعتقد أن الغارات الجوية على
    دوما كانت بأسلحة كيميائية" beside "الهجوم الكيميائي على دوما الأسبوع الماضي" is that attack told by its means. A
    strike told by its own day or night ("بعد يومين من القصف العنيف"، "ليل الاثنين/الثلاثاء") stays apart."""
    if _same_day(rare, strike) or (strike.sub_event_type == IED and _same_span(rare, strike)):
        return True
    return _week_span(rare) and _week_span(strike) and overlaps(
        iso_day(rare.date_start), iso_day(rare.date_end), iso_day(strike.date_start), iso_day(strike.date_end))


def _same_span(a: Event, b: Event) -> bool:
    """Both events are dated by one and the same span of a day and a night ("الأحد" read as the night into Monday): the
    gas told in a mention of an explosion ("استنشقوا غاز الكلور بعد وقوع انفجار هائل في منطقة الشيفونية") and the
    chemical attack it tells are one happening, dated alike (g110s). Only a bare explosion (_days_hold): a strike by
    aircraft so dated beside the gas attack is mostly the reprisal it met ("ردت مقاتلات غربية بضربات على هجوم كيماوي")."""
    return bool(a.date_start) and bool(a.date_end) and (a.date_start, a.date_end) == (b.date_start, b.date_end)


def _week_span(ev: Event) -> bool:
    """The event is dated only by a span of more than two days."""
    if not (ev.date_start and ev.date_end):
        return False
    return (iso_day(ev.date_end) - iso_day(ev.date_start)).days > 2


def _same_day(a: Event, b: Event) -> bool:
    """Both events stand on one exact day."""
    return bool(a.date_start) and a.date_start == b.date_start and a.date_end == b.date_end == a.date_start


def _defended(face: Event, strike: Event) -> bool:
    """The interceptor is the strike's target or unnamed, and the side it met is the attacker or unnamed; an
    interceptor that is itself the striker ("إسرائيل أسقطت طائرة مسيرة" beside Israeli raids) tells another happening.
    A strike whose target is the side counted among its dead (frames.dead_share: Iranians killed at a Syrian base)
    was still met by the base's defences (g111n)."""
    s1, s2 = _read_sides(strike)
    if face.actor1 and (face.actor1 == s1 or (s2 and face.actor1 != s2 and DEAD_SHARE not in strike.rule_ids)):
        return False
    return not _named(face.actor2) or face.actor2 == s1 or not _named(s1)


def _read_sides(strike: Event) -> tuple[str | None, str | None]:
    """The strike's sides as the text gave them: a strike on a base whose agent and target were guessed
    (frames.struck_own_site) is the coder's default agent's with no target named, as it was before the guess."""
    if SITE_AGENT_GUESSED not in strike.rule_ids:
        return strike.actor1, strike.actor2
    default = L.default_actor(strike.country, strike.sub_event_type)
    return (default.display(strike.country) if default else None), None


def _named(actor: str | None) -> bool:
    """An actor other than a generic one ("Unidentified Armed Group (Syria)")."""
    if not actor:
        return False
    return not any(actor.startswith(pre) and actor.endswith(post) for pre, post in L.generic_templates())


def _attacker_named(ev: Event) -> bool:
    """The strike's attacker is a side of its own, not unidentified nor the coder's default for the place (a strike
    on a Syrian base read as the Syrian army's for want of a named attacker is only the interception's missiles)."""
    default = L.default_actor(ev.country, ev.sub_event_type)
    if SITE_AGENT_GUESSED in ev.rule_ids:
        return False  # the agent of a strike on a base guessed from the forces the report names (step.struck_own_site)
    return _named(ev.actor1) and (default is None or ev.actor1 != default.name)


def _apart_km(a: Event, b: Event) -> float:
    """km between two placed events; a placed event has both coordinates (callers test the latitudes)."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        raise TypeError("an event placed without both coordinates")  # what km(None, ...) raised
    return km(a.latitude, a.longitude, b.latitude, b.longitude)


def _rare_and_near(a: Event, b: Event) -> bool:
    """Two mentions of a rare sub-type (event_types.tsv merge_km) close enough to be one happening: a
    chemical attack told at "دوما" and at "قرب دمشق" is one attack; two in a day and 30 km by one side
    are not told apart by the towns each sentence names. Different sides named stay apart."""
    limit = L.merge_km(a.sub_event_type)
    return (limit is not None and a.sub_event_type == b.sub_event_type and _compatible_actors(a, b) and a.latitude is not None
            and b.latitude is not None and _apart_km(a, b) <= limit)


def date_rank(ev: Event) -> int:
    """How the mention's date was read: told in the happening's own words (TOLD_DAY), the day of a statement
    that tells it as news of that day ("said-day", OWN_DAY), the day of the statement that tells a known happening
    ("report-day", 1), inherited from the lead or the publication window ("date-context", 0)."""
    if "date-context" in ev.rule_ids:
        return 0
    if REPORT_DAY in ev.rule_ids:
        return 1
    return OWN_DAY if SAID_DAY in ev.rule_ids else TOLD_DAY


def _date_weight(ev: Event) -> int:
    """How far a mention's date may date the happening it is merged into: its date_rank, but none for a day told as
    when another happening began ("وكانت القوات قد بدأت في 19 يونيو عملية عسكرية" beside "وتدور اشتباكات عنيفة"):
    the campaign's first day is not the day of the clash the report tells. Below a date from the context: the
    publication's window is nearer the news than the first day of a campaign told as its background. So is the day a
    military campaign was launched ("وأطلقت القوات في 10 سبتمبر عملية عسكرية"، CAMPAIGN_DAY). So is a whole month or
    week a retold happening was kept for (TOLD_MONTH, g105b): folded into a happening of the document told with a
    day, or by the report's day, it takes that day and does not spread its month over it."""
    return BEGUN_RANK if BEGUN_DAY in ev.rule_ids or CAMPAIGN_DAY in ev.rule_ids or TOLD_MONTH in ev.rule_ids \
        else date_rank(ev)


def _month_retold(a: Event, b: Event) -> bool:
    """One of the two is a happening retold by its month or week (TOLD_MONTH, g105b): it folds only into one whose
    days fall within that month ("والشهر الماضي قتل 10 جنود" is another happening than the report's clash of its
    Saturday; "قصفت ... مصياف في يوليو الماضي" another than the bomb there the day before the report)."""
    return TOLD_MONTH in a.rule_ids or TOLD_MONTH in b.rule_ids


def dates_overlap(a: Event, b: Event, a_own: bool = False) -> bool:
    # a mention with no date of its own (or only its statement's day) refers back to the happening
    # already described; a merged happening whose date was told with one of its mentions keeps that
    # date ("date-context" among its rules only says that another mention had none); not one retold by its month
    if (date_rank(b) < OWN_DAY or (date_rank(a) < OWN_DAY and not a_own)) and not _month_retold(a, b):
        return True
    if not (a.date_start and b.date_start):
        return a.date_start == b.date_start
    f = iso_day
    return overlaps(f(read_start(a)), f(a.date_end), f(read_start(b)), f(b.date_end), slack=1)


def read_start(ev: Event) -> str | None:
    """The first day of the mention's date as it was read: a statement's day widened to the day before (SAID_TODAY)
    is that day alone, so that mentions are told apart or merged, and events shadowed (filters._same_days), as before
    the widening (a border clash told in Thursday's statement stays apart from a clash two days before). Callers check
    date_start first; an undated mention gives None (iso_day's "no day" error if read). Cost: a look in the rule ids
    per call."""
    return ev.date_end if _weighed_precision(ev) != ev.time_precision else ev.date_start


def _other_day_apart(m: Event, ev: Event, m_rank: int) -> bool:
    """An act told with its own old day at a site its sentence leaves unnamed (OTHER_DAY_PLACE: «وأدت ضربة في التاسع
    من أبريل إلى مقتل ... في قاعدة جوية») does not join a happening dated only by the report («الضربات التي استهدفت
    منطقة الكسوة»): the old day would date the report's act, and its toll count there (g112j). A happening placed only
    at the country is no act of a place of its own: the mention joins it as before."""
    return OTHER_DAY_PLACE in ev.rule_ids and m_rank < OWN_DAY and not (m.gazetteer_id or "c:").startswith("c:")


def _other_days(m: Event, ev: Event, m_rank: int, ev_rank: int) -> bool:
    """Two single days each told with its own mention ("تظاهر الآلاف الجمعة" then "شهدت بغداد السبت تظاهرة") are
    two happenings of a sub-type told day by day (event_types.tsv per_day: protests, riots, evacuations): ACLED codes
    one event a day. Strikes and battles keep the ±1 day slack: their statements' days are often read as theirs.
    A night told by its two days ("ليل الاثنين الثلاثاء") is one time too: apart from a day it does not touch."""
    return (L.per_day(ev.sub_event_type) and L.per_day(m.sub_event_type) and m_rank >= OWN_DAY and ev_rank >= OWN_DAY
            and _weighed_precision(m) == _weighed_precision(ev) == 1 and _one_time(m) and _one_time(ev)
            and not overlaps(iso_day(read_start(m)), iso_day(m.date_end), iso_day(read_start(ev)), iso_day(ev.date_end)))


def _one_time(ev: Event) -> bool:
    """A single day, or a night over two days ("ليل الاثنين الثلاثاء")."""
    if not ev.date_start:
        return False
    return ev.date_start == ev.date_end or (
        ev.date_end is not None and (iso_day(ev.date_end) - iso_day(ev.date_start)).days == 1)


def _days_at_one_town(m: Event, ev: Event, m_rank: int, ev_rank: int, m_place: bool) -> bool:
    """Two mentions naming one town in their own sentences, each told with its own single day and its own dead, the
    days differing ("قتل 12 مدنيا الجمعة في غارات على كفرنبل"، "قتل 5 مدنيين السبت في قصف جوي على كفرنبل"): the
    happenings of two days, not one told twice (ACLED codes one event a day and place, with that day's dead). A
    mention with no dead of its own, placed by the sentences around it, or told by a statement's day keeps the
    ±1 day slack ("وكانت الطائرات شنت غارات على البلدة الخميس" after Friday's dead may be the same raid). A mention
    placed by the sentences around it is another day's happening when both days are told in the acts' own words, not
    a statement's ("قتل 13 مدنيا الأربعاء في مدينة X ..." then "قتل أحد المسعفين في غارة استهدفت سيارات الإسعاف
    الخميس": the town is named once, the second day's raid refers back to it; g104q). So is one placed by the
    sentences around it at another place than the first, both days told in the acts' own words with their own dead
    ("قتل أربعة مدنيين السبت بغارات على ريف درعا" then "قتل 20 مدنيا بقصف استهدف الجمعة الجيب المحاصر"): not
    Saturday's raid retold (g108a)."""
    named = m_place and not ANAPHORIC_MENTION.intersection(ev.rule_ids)
    told = m_rank >= TOLD_DAY and ev_rank >= TOLD_DAY
    return ((named and m_rank >= OWN_DAY and ev_rank >= OWN_DAY or told)
            and bool(m.fatalities) and bool(ev.fatalities)
            and L.merge_km(ev.sub_event_type) is None and not _one_sentence(m, ev)
            and (told and PLACE_CONTEXT in ev.rule_ids
                 or bool(m.gazetteer_id) and m.gazetteer_id == ev.gazetteer_id and m.geo_precision == ev.geo_precision == 1)
            and _weighed_precision(m) == _weighed_precision(ev) == 1 and read_start(m) == m.date_end
            and read_start(ev) == ev.date_end and read_start(m) != read_start(ev))


STRIKE_DAYS_APART: Final = "strike-days-apart-152000"  # rule id: a strike kept apart from one told on another day


def _strike_days_apart(m: Event, ev: Event, m_rank: int, ev_rank: int, m_place: bool) -> bool:
    """A shelling and an air strike each told with its own single day (or night) in its own words and its own place,
    the days not touching ("استأنفت القوات الجمعة قصف المدينة" then "شنت الطائرات السبت غارات على المدينة"; "قصف
    صاروخي استهدف الكسوة ليل الثلاثاء الأربعاء" then "غارات ليل الأربعاء الخميس"): two acts, told apart by their
    days and their means, as ACLED codes one event a day and place. Two mentions of one kind keep the ±1 day slack
    (q26c: "وكانت الطائرات شنت غارات ... السبت" may be Friday's raid told with another day), and so does a day read
    from a statement or the context (g112m)."""
    if m.sub_event_type not in FOREIGN_STRIKES or ev.sub_event_type not in FOREIGN_STRIKES \
            or m.sub_event_type == ev.sub_event_type or (m.geo_precision or 3) == (ev.geo_precision or 3) == 3:
        return False  # two regions ("في سوريا", "الجولان") name no place of a day's strike
    apart = (m_rank >= TOLD_DAY and ev_rank >= TOLD_DAY and m_place and ANAPHORIC_MENTION.isdisjoint(ev.rule_ids)
             and _weighed_precision(m) == _weighed_precision(ev) == 1 and _one_time(m) and _one_time(ev)
             and not _one_sentence(m, ev)
             and not overlaps(iso_day(read_start(m)), iso_day(m.date_end), iso_day(read_start(ev)), iso_day(ev.date_end))
             and _one_weekday_told(m) and _one_weekday_told(ev))
    if apart and STRIKE_DAYS_APART not in ev.rule_ids:
        ev.rule_ids.append(STRIKE_DAYS_APART)
    return apart


def _one_weekday_told(ev: Event) -> bool:
    """No sentence of the mention names two days apart ("طوال ليل الثلاثاء وخلال نهار الأربعاء", "أعلن الأحد ... عن
    إطلاق الصواريخ ... السبت"): which of them is the act's is not sure, so the ±1 day slack stays. A night told by its
    two days ("ليل الثلاثاء الأربعاء") names one time."""
    for e in ev.evidence:
        toks = _sentence_tokens(e.text)
        days = [i for i, t in enumerate(toks) if weekday_word(t.norm)]
        if sum(1 for i in days if i - 1 not in days) > 1:
            return False
    return True


def _renewed_apart(m: Event, ev: Event, m_rank: int) -> bool:
    """Two mentions each dated to its own single day, the days differing, one told as a renewal ("وكرر التحالف
    غاراته مجددا الجمعة على البلدة ذاتها" after Thursday's raid, "قبل أن يستأنف القصف مساء الأحد" beside Monday's):
    a second happening, not the first one retold with the ±1 day slack (ACLED codes one event a day). A night told
    by its two days is one time as a day is ("قبيل منتصف ليل الخميس" then "وعاد الطيران لقصف البلدة مجددا الجمعة":
    Friday's renewal is not Thursday night's raid; g108a). Only the dates are compared first; the renewal words
    (function_words renewal) are looked up only when they differ."""
    if m_rank < OWN_DAY or date_rank(ev) < TOLD_DAY or m.time_precision != 1 or ev.time_precision != 1:
        return False
    if not (m.date_start and ev.date_start) or not _one_time(m) or not _one_time(ev) \
            or m.date_start == ev.date_start:
        return False
    renew = words("renewal")
    return any(t.norm in renew for e in (*m.evidence, *ev.evidence) for t in _sentence_tokens(e.text))


ONSET_APART = "onset-apart-121500"  # rule id: a wave's first day told as when it began stays its own happening


def _onset_apart(m: Event, ev: Event) -> bool:
    """A protest or riot told by the day the wave began («وكانت الاحتجاجات بدأت في 8 يوليو عندما فتحت قوات الأمن
    النار على متظاهرين في البصرة») is that first day's happening, not a mention of the day the report tells at the same
    town («خروج الآلاف إلى الشوارع ... كالبصرة» on the lead's Friday): ACLED codes one event a day (per_day sub-types).
    Battles and strikes keep folding a begun day into the report's happening (`_date_weight`, BEGUN_RANK). Only a
    single day told with the later mention, two or more days from the happening's (g108t)."""
    if BEGUN_DAY in m.rule_ids and BEGUN_DAY not in ev.rule_ids:
        m, ev = ev, m
    if BEGUN_DAY not in ev.rule_ids or not (L.per_day(ev.sub_event_type) and L.per_day(m.sub_event_type)):
        return False
    if ev.time_precision != 1 or not _one_time(ev) or not (m.date_start and ev.date_start):
        return False
    if overlaps(iso_day(read_start(m)), iso_day(m.date_end), iso_day(read_start(ev)), iso_day(ev.date_end), slack=1):
        return False
    if ONSET_APART not in ev.rule_ids:
        ev.rule_ids.append(ONSET_APART)
    return True


def _renewal_on_act_day(m: Event, ev: Event, m_rank: int) -> bool:
    """`_renewed_apart` for the folds after places are refined (`_merge_refined`), when ``ev``'s day was read as the
    act's own («عاودت المدفعية قصفها ... بعد موجة من القصف، الثلاثاء» beside Wednesday's shelling): Tuesday's wave and
    Wednesday's renewed shelling are two days' happenings (ACLED codes one event a day). Only a day marked as the act's
    (day-after-act, own-day:*): a day read with no such mark is often a statement's, or a day the act stopped («بعد
    توقفه منذ يوم الجمعة»), and keeps the ±1 day slack; two mentions of one sentence are left to it as well (g99e)."""
    return (any(r == DAY_AFTER_ACT or r.startswith("own-day:") for r in ev.rule_ids)
            and not _one_sentence(m, ev) and _renewed_apart(m, ev, m_rank))


SINCE_PROTEST: Final = "ps-111500"  # rule id (step.py): a protest told since a day of this week, with its dead (g106z)
PROTEST_TALLY: Final = "protest-tally"  # rule id (step.py): a protest wave's running toll, no one day's dead (g96b)


def _tally_apart(m: Event, ev: Event, m_rank: int) -> bool:
    """A protest wave's running toll («ثمانية قتلى خلال احتجاجات الأسبوع الماضي») and a protest told at its own place with
    no day of its own («وتجمع المتظاهرون أمام مبنى المحافظة») are two happenings: the undated one is the day's, not a
    mention of last week's dead (g98n). An undated mention otherwise refers back to any dated one."""
    if PROTEST_TALLY in ev.rule_ids and PROTEST_TALLY not in m.rule_ids:
        return _undated_own_place(m, m_rank)
    if PROTEST_TALLY in m.rule_ids and PROTEST_TALLY not in ev.rule_ids:
        return _undated_own_place(ev, date_rank(ev))
    return False


def _day_before_apart(m: Event, ev: Event, m_rank: int, ev_rank: int) -> bool:
    """One of two mentions is named after «غداة» with no day of its own (NAMED_DAY_BEFORE: dated the day before its
    clause's day, step._event), the other is told with its own single day, and the days differ: «قتل 25 مدنيا الخميس في
    غارات على درعا» then «وتأتي هذه الحصيلة غداة مقتل 21 مدنيا جراء الغارات» tells Wednesday's strikes beside
    Thursday's, not Thursday's retold. Undated, the «غداة» mention would refer back to the dated one and lend it the
    other day's toll (the lowest figure wins). Both at day precision; a mention of the day before that has a day of its
    own is left to the usual rules. The other may also take its day from context when it is told in the same sentence
    before «غداة» («وتأتي هذه الغارات غداة مقتل 20 مدنيا، بينهم أطفال، في غارة على القرية»: the clause's strikes and
    the day before's strike, g105h). Cost: a look in the rule ids of each pair."""
    if NAMED_DAY_BEFORE in ev.rule_ids and ev_rank < OWN_DAY and (m_rank >= OWN_DAY or _same_clause(ev, m, m_rank)):
        named, dated = ev, m
    elif NAMED_DAY_BEFORE in m.rule_ids and m_rank < OWN_DAY and (ev_rank >= OWN_DAY or _same_clause(m, ev, ev_rank)):
        named, dated = m, ev
    else:
        return False
    return (named.time_precision == dated.time_precision == 1 and bool(named.date_start) and bool(dated.date_start)
            and named.date_start == named.date_end and dated.date_start == dated.date_end
            and named.date_start != dated.date_start)


def _range_and_day_apart(m: Event, ev: Event, m_rank: int, ev_rank: int) -> bool:
    """A protest told over several days with its own days («حركة احتجاج، منذ الثلاثاء الماضي، أسفرت عن مقتل 12») and
    one day inside it told with its own day («وأدت احتجاجات الجمعة إلى مقتل 3») are two events for a coder: the range
    with its toll and that day's happening (ACLED codes one event a day). Merged, the day would be lost in the range.
    Both of sub-types told day by day (event_types.tsv per_day), each dated in its own words (g106z)."""
    if m_rank < OWN_DAY or ev_rank < OWN_DAY or not (L.per_day(m.sub_event_type) and L.per_day(ev.sub_event_type)):
        return False
    if SINCE_PROTEST in m.rule_ids and SINCE_PROTEST not in ev.rule_ids:
        rng, day = m, ev
    elif SINCE_PROTEST in ev.rule_ids and SINCE_PROTEST not in m.rule_ids:
        rng, day = ev, m
    else:
        return False
    lo, hi, first, last = rng.date_start, rng.date_end, day.date_start, day.date_end
    if not (lo and hi and first and last):
        return False
    return not _one_time(rng) and _one_time(day) and _weighed_precision(day) == 1 and lo <= first and last <= hi


def _same_clause(named: Event, dated: Event, dated_rank: int) -> bool:
    """``dated`` (no day of its own: rank 0, not itself named after «غداة») is a definite noun («هذه الغارات») told in
    the one sentence that names ``named`` after «غداة»: the clause's happening, referring back, whose day the named one
    is the day before of. A happening joined after the named one («غداة اقتحام القنصلية، وإضرام النار فيها») is not
    definite and stays with it."""
    return dated_rank == 0 and NAMED_DAY_BEFORE not in dated.rule_ids and "definite" in dated.rule_ids \
        and len(named.evidence) == 1 \
        and bool(dated.evidence) and (named.evidence[0].start, named.evidence[0].end) in {
            (e.start, e.end) for e in dated.evidence}


def _undated_own_place(e: Event, rank: int) -> bool:
    """Mention ``e`` (of date rank ``rank``) has no day of its own and a place of its own sentence."""
    return rank == 0 and PLACE_CONTEXT not in e.rule_ids


def _answered_apart(m: Event, ev: Event) -> bool:
    """One sentence tells an act and the act it answers («قصفت المدفعية مواقع ردا على إطلاق قذيفة سقطت في الجولان»,
    step.py ANSWERED_ACT): two happenings, each with its own attacker, not one told twice."""
    return (ANSWERED_ACT in m.rule_ids) != (ANSWERED_ACT in ev.rule_ids) and _one_sentence(m, ev)


def _clause_tolls_apart(m: Event, ev: Event) -> bool:
    """Two mentions of one sentence, each with the toll of its own clause, the tolls and places differing ("قتل 8 في
    قصف على خان شيخون، فيما قتل 3 في قصف على التح"): two happenings told side by side, not one told twice."""
    return (CLAUSE_TOLL in m.rule_ids and CLAUSE_TOLL in ev.rule_ids and m.fatalities != ev.fatalities
            and m.gazetteer_id != ev.gazetteer_id and _one_sentence(m, ev))


def _acts_listed_apart(m: Event, ev: Event) -> bool:
    """An air strike and a gun or rocket fire told as two items of one list ("غارات جوية وقصف صاروخي على المدينة",
    step.py ACTS_LISTED) are two events; and a strike of one kind told so stays apart from a mention that names the
    other kind itself ("غارات على دوما" beside "الغارات الجوية والقصف الصاروخي"). A mention whose kind was only
    read from the words around it (a refiner: «استهدفت» beside «غارات») may join the kind told in the list."""
    if m.sub_event_type == ev.sub_event_type:
        return False
    listed_m, listed_ev = ACTS_LISTED in m.rule_ids, ACTS_LISTED in ev.rule_ids
    if listed_m and listed_ev:
        return True
    return (listed_m and _own_kind(ev)) or (listed_ev and _own_kind(m))


GROUND_FIRE = "ground_fire"  # trigger_kinds.tsv: shelling words naming a ground weapon (g66a)
# fire told as exchanged between the sides («تبادل قصف مدفعي من الجهتين») is the fighting's, not a shelling of its own
FIRE_EXCHANGE = "fire_exchange"  # function_words.tsv group


def _ground_fire_apart(m: Event, ev: Event) -> bool:
    """An air strike and a shelling told by a word naming a ground weapon at one place and day are two events
    («غارات جوية على البلدة» and «قذائف الهاون على البلدة»; ACLED codes one event per sub-type): the shelling is not
    folded into the air strike as a retelling of it. A bare «القصف» (BARE_STRIKE) still joins the air strike
    (_air_over_bare_strike). Cheap: a set comparison, then rule-id lookups, only for pairs of these two sub-types."""
    if {m.sub_event_type, ev.sub_event_type} != {AIR_STRIKE, SHELLING}:
        return False
    air, fire = (m, ev) if m.sub_event_type == AIR_STRIKE else (ev, m)
    # a fire placed only by the sentences around it refers back to the happening told there (ANAPHORIC_MENTION)
    return (not L.trigger_kind(GROUND_FIRE).isdisjoint(fire.rule_ids) and _own_kind(air)
            and ANAPHORIC_MENTION.isdisjoint(fire.rule_ids)
            and not any(w in e.text for w in words(FIRE_EXCHANGE) for e in fire.evidence))


AIR_TWIN: Final = "air-twin-118001"  # rule id: an air strike read by a refiner from a sentence that names one itself


def _mark_air_twins(events: list[Event]) -> None:
    """An air strike read only by a refiner (its trigger another kind's word: «استهدفت» beside «غارة») in a sentence
    whose own air word gave an air-strike mention at the same place too («وبين قتلى الجمعة 16 مدنيا جراء غارة تركية
    استهدفت المستشفى»): the one air strike read twice. Marked (AIR_TWIN) so that `_air_twin_apart` keeps it from a
    strike of another kind its twin stands apart from. The place counts: the towns of a list are other mentions of one
    sentence (g108o). Cost: one pass for the sentences of own air words, one to mark."""
    own = {(e.evidence[0].start, e.evidence[0].end, e.gazetteer_id) for e in events
           if e.sub_event_type == AIR_STRIKE and e.evidence and _own_kind(e)}
    if not own:
        return
    for e in events:
        if e.sub_event_type == AIR_STRIKE and e.evidence and e.gazetteer_id is not None \
                and (e.evidence[0].start, e.evidence[0].end, e.gazetteer_id) in own and not _own_kind(e):
            e.rule_ids.append(AIR_TWIN)


def _air_twin_apart(m: Event, ev: Event) -> bool:
    """A refined air strike of a sentence that names an air strike itself (AIR_TWIN) does not join a strike of another
    kind («قتل 43 مدنيا في قصف مدفعي تركي» beside «16 مدنيا جراء غارة تركية استهدفت المستشفى»): it is its twin's air
    strike, which `_ground_fire_apart` keeps apart from the shelling, not the shelling retold; joined, it would give the
    shelling the air strike's toll (the lowest wins). Only a shelling told by a ground weapon's word (GROUND_FIRE, as
    `_ground_fire_apart` reads it): a bare «القصف» is the air strike's own (_air_over_bare_strike). It joins its
    twin's event or stands at its place (g108o)."""
    return AIR_TWIN in ev.rule_ids and m.sub_event_type == SHELLING \
        and not L.trigger_kind(GROUND_FIRE).isdisjoint(m.rule_ids)


# trigger_kinds.tsv: an IED word naming the device («عبوة ناسفة»، «سيارة مفخخة»; no mine), g104k
DEVICE_NAMED = "device_named"  # read by step too
IED = "Remote explosive/landmine/IED"  # read by step too (IED_SUB)


def _device_apart(m: Event, ev: Event) -> bool:
    """A bomb told by its device («انفجار عبوة ناسفة»، «سيارة مفخخة»; no mine: trigger_kinds device_named) and a shell
    or an air strike told by its own weapon word («سقوط قذيفة»، «غارات جوية») at one place and day are two events
    («انفجار عبوة ناسفة داخل سيارة وسقوط
    قذيفة في المدينة»; ACLED codes one event per sub-type): neither is a retelling of the other. A bare blast word
    («انفجار»، «التفجير») and a bare «القصف» still join either (g104k). Cheap: a set test on the sub-types first."""
    subs = {m.sub_event_type, ev.sub_event_type}
    if IED not in subs or subs.isdisjoint(FOREIGN_STRIKES):
        return False
    bomb, fire = (m, ev) if m.sub_event_type == IED else (ev, m)
    if L.trigger_kind(DEVICE_NAMED).isdisjoint(bomb.rule_ids):
        return False
    kinds, bare = L.trigger_sub(), L.trigger_kind(BARE_STRIKE)
    return any(kinds.get(r) == fire.sub_event_type and r not in bare for r in fire.rule_ids)


def _unpaired_acts(events: list[Event]) -> None:
    """A strike told as one kind of a list whose other kind was dropped (its modality, its day) is told alone: it no
    longer stands apart ("تعرضت لغارات وقصف صاروخي" with the air strikes read as background), and a fire held from
    the air refiner for the list is read as that refiner reads it, as without the list."""
    listed = [e for e in events if ACTS_LISTED in e.rule_ids]
    # all read before any is changed: a fire given back to the air strikes is no partner of the next
    alone = [e for e in listed
             if not any(o is not e and o.sub_event_type != e.sub_event_type and _one_sentence(o, e) for o in listed)]
    for e in alone:
        e.rule_ids.remove(ACTS_LISTED)
        if ACTS_HELD in e.rule_ids and e.sub_event_type == SHELLING:
            e.sub_event_type = AIR_STRIKE
    for e in listed:
        if e not in alone and e.sub_event_type == SHELLING:
            # one toll told over the two kinds stays with the air strike, as it stood before the split: not counted twice
            e.fatalities, e.fatalities_low, e.fatalities_high = 0, None, None


def _own_kind(ev: Event) -> bool:
    """One of the event's mentions has its sub-type by its trigger's own words (triggers.tsv), not by a refiner or a
    side read into it."""
    subs = L.trigger_sub()
    return any(subs.get(r) == ev.sub_event_type for r in ev.rule_ids)


def _listed_apart(m: Event, ev: Event) -> bool:
    """Two areas of one list its sentence names ("مناطق X وY وZ", split into one event each): two places, however
    near (two areas 20 km apart are no coarser mention of each other; two towns stay apart by their 2 km rule). A
    province of a list opened by «محافظات» after a town ("في العاصمة دمشق، ومحافظات ريف دمشق"، PROVINCE_LIST) is a
    place of its own too, not a coarser mention of the town inside it (g110g)."""
    return PLACE_LIST in m.rule_ids + ev.rule_ids and m.gazetteer_id != ev.gazetteer_id \
        and m.gazetteer_id is not None and ev.gazetteer_id is not None \
        and (m.geo_precision == ev.geo_precision == 2 or PROVINCE_LIST in m.rule_ids + ev.rule_ids) \
        and _one_sentence(m, ev)




def own_countryside_apart(m: Event, ev: Event) -> bool:
    """A town's own countryside told with it as one list ("قصفت مدينة درعا وريفيها الشرقي والغربي": a copy, rule
    OWN_COUNTRYSIDE_RULE) and another event: two places, unless both stand at one point (the same countryside told
    again). The countryside is no coarser mention of its town, nor of another town in it told apart ("غارات روسية
    على بلدة الطيبة"): ACLED codes the city, each side of its countryside and each town named apart (g109m)."""
    if OWN_COUNTRYSIDE_RULE not in m.rule_ids and OWN_COUNTRYSIDE_RULE not in ev.rule_ids:
        return False
    return m.gazetteer_id != ev.gazetteer_id or (m.longitude, m.latitude) != (ev.longitude, ev.latitude)


BATTLES = "Battles"


def _clash_tolls_apart(m: Event, ev: Event) -> bool:
    """Two counted tolls of one clash told in different sentences: the dead of each side are told apart ("قتل 17
    عنصرا من قوات النظام" then "كما قتل 9 من مسلحي التنظيم") or a later sentence tells the toll of both or its rise
    ("ارتفع إلى 27"), so the larger count is nearer the clash's dead than the lowest, which keeps one side's only.
    (A repeat gives the same count; conflicting sources on one strike keep the lowest credible figure.) A larger
    count told in a sentence of a running or earlier toll ("منذ تدخل موسكو", "قبل أيام قتل 45", "عقب أيام من
    تصعيد أسفر عن 500 قتيل": function_words toll_running) is another happening's, and the lowest stays."""
    if not (m.event_type == ev.event_type == BATTLES) or _one_sentence(m, ev):
        return False
    larger = ev if (ev.fatalities_low or 0) > (m.fatalities_low or 0) else m
    return not any(_running_toll(e.text) for e in larger.evidence)


def _toll_risen(m: Event, ev: Event) -> bool:
    """Two counted tolls of one happening where the larger is told as the toll's rise to it ("ارتفع عدد القتلى إلى
    7"، "عدد القتلى قد ارتفع إلى 7": function_words toll_rise, toll_rise_to; ``_rise_to``): the new total of the
    same happening, which replaces the earlier figure rather than rivalling it (the lowest-figure rule is for rival
    counts). Not when that sentence tells a running or earlier toll (toll_running: "منذ بدء الحملة"). Runs only
    when two counted mentions of one event merge with different figures; tokenizes the larger one's sentences."""
    a, b = _figure(m), _figure(ev)
    if a is None or b is None or a == b:
        return False
    larger = ev if b > a else m
    count = _figure(larger)
    if count is None:
        return False
    return any(_rise_to(e.text, count) and not _running_toll(e.text) for e in larger.evidence)


def _figure(e: Event) -> int | None:
    """The count an event's toll tells: its lowest figure, or the figure of a hedged one ("نحو 80": no lowest
    figure is set) when only that is told (g110j)."""
    return e.fatalities_low if e.fatalities_low is not None else (e.fatalities or None)


def _rise_to(text: str, count: int) -> bool:
    """The sentence tells a rise to ``count``: the count right after «إلى» with a verb of rising up to RISE_WINDOW
    tokens before it (scans.rise_verb; "ارتفع إلى 7"، "ارتفع عدد القتلى إلى 7"، with «قد» between or not)."""
    toks = _sentence_words(text)
    return any(_number_value(t) == count and rise_verb(toks, _before_hedge(toks, i), RISE_WINDOW) >= 0
               for i, t in enumerate(toks) if i >= 2)


RISE_HEDGE_MAX = 4  # hedge words between «إلى» and the figure ("إلى ما لا يقل عن 80")


def _before_hedge(toks: Sequence[str], i: int) -> int:
    """The index before the figure at ``i`` and the hedge words right before it (function_words rise_hedge: "لتصل
    إلى نحو 80"، "إلى أكثر من 80"), where «إلى» stands; ``i - 1`` when none (g110j). At most RISE_HEDGE_MAX set
    look-ups, run only for a token holding the figure."""
    hedge, k = words("rise_hedge"), i - 1
    while k > 0 and i - k <= RISE_HEDGE_MAX and toks[k] in hedge:
        k -= 1
    return k


RISE_WINDOW = 4  # tokens before «إلى» where the verb of rising stands ("ارتفع عدد القتلى المدنيين إلى")


def _running_toll(text: str) -> bool:
    """A sentence with a word of a running or earlier toll (function_words toll_running)."""
    return not words("toll_running").isdisjoint(norm_key(text).lower().split())


STATE_SIDE, ARMED_SIDE = "state", "armed"
SIDE_WINDOW = 7  # tokens after the count that name whose dead it counts ("25 قتيلا على الأقل من قوات النظام")


def _count_side(text: str, count: int) -> str | None:
    """Whose dead the count ``count`` of sentence ``text`` counts: STATE_SIDE, ARMED_SIDE, or None when the count is
    not found or no side word follows it before the next number. A pro-government word wins over an armed one
    ("45 مسلحا مواليا للنظام", "17 عنصرا من قوات النظام والمسلحين الموالين لها")."""
    toks = _sentence_words(text)
    state, armed = words("toll_side_state"), words("toll_side_armed")
    for i, t in enumerate(toks):
        if _number_value(t) != count:
            continue
        seen = None
        for w in toks[i + 1:i + 1 + SIDE_WINDOW]:
            if _number_value(w) is not None:
                break
            if w in state:
                return STATE_SIDE
            if w in armed:
                seen = ARMED_SIDE
        return seen
    return None


SENTENCE_CACHE = 1024  # evidence sentences kept tokenized: a document's merge reads a few dozen, each many times


@lru_cache(maxsize=SENTENCE_CACHE)
def _sentence_words(text: str) -> tuple[str, ...]:
    """The words of sentence ``text``, normalised as function_words are (norm_key, lower case), punctuation left
    out; the tokenizer sets digits apart ("18جهاديا"). Shared by the merge's sentence readers (``_rise_to``,
    ``_count_side``, ``_since_before_count``), which read one sentence for several pairs: made once per sentence."""
    return tuple(norm_key(t.norm).lower() for t in _sentence_tokens(text) if not t.punct)


@lru_cache(maxsize=SENTENCE_CACHE)
def _sentence_tokens(text: str) -> tuple[Token, ...]:
    """``tokenize(text)[1]`` of an evidence sentence, made once: the merge's readers (_renewed_apart, _tells_gas,
    the flier and drone readers, _sentence_words) tokenize the same sentences for every pair of mentions they
    weigh. A tuple: every caller shares the cached value, which none may change. While ``merge_within`` reads a
    document whose tokens it was given, a sentence of that document is cut from them (``_cut_tokens``), not
    tokenized again."""
    if _READING:
        doc_text, doc_tokens, spans = _READING[-1]
        span = spans.get(text)
        if span is not None and "\u03a3" not in text:
            toks = _cut_tokens(doc_tokens, span[0], span[1])
            if toks is not None:
                return toks
    return tuple(tokenize(text)[1])


# (text, tokens, {evidence text: its span}) of the document ``merge_within`` reads, when its caller gave the tokens
_READING: list[tuple[str, Sequence[Token], dict[str, tuple[int, int]]]] = []


def _cut_tokens(toks: Sequence[Token], s0: int, s1: int) -> tuple[Token, ...] | None:
    """``tokenize(text[s0:s1])[1]`` from ``toks`` = ``tokenize(text)[1]``, or None when a token of the text runs
    across s0 or s1 (g111m). Normalising and tokenising read each character with its neighbours only: a run of
    letters or digits (with "." or "," between two digits) or one mark. With no token across either end, the
    slice's runs are the text's runs inside it (a run at an end is ended by the end there as by the character
    beyond it in the text, which no token joins), their forms are their characters lower-cased one by one (not
    with a capital sigma, which lower() reads in context: the caller leaves those), and their offsets are the
    text's less s0; the index counts from the first token in the slice."""
    lo, hi = 0, len(toks)
    while lo < hi:  # the first token starting at or after s0
        mid = (lo + hi) // 2
        if toks[mid].start < s0:
            lo = mid + 1
        else:
            hi = mid
    a = lo
    if a > 0 and toks[a - 1].end > s0:
        return None
    b = a
    n = len(toks)
    while b < n and toks[b].start < s1:
        b += 1
    if b > a and toks[b - 1].end > s1:
        return None
    return tuple(Token(t.norm, t.start - s0, t.end - s0, k, t.punct) for k, t in enumerate(toks[a:b]))


def _number_value(tok: str) -> int | None:
    """The value of a token that is a count: digits or a number word ("تسعه")."""
    if tok.isdigit():
        return int(tok)
    hit = number_word(tok)
    return hit[2] if hit is not None else None


def _mention_side(ev: Event) -> str | None:
    """The one side the event's count counts over the evidence sentences that tell it, else None (a sum of both
    sides is found in no sentence; sentences that disagree leave it unknown)."""
    if ev.fatalities_low is None:
        return None
    sides: set[str] = set()
    for e in ev.evidence:
        side = _count_side(e.text, ev.fatalities_low)
        if side is None:
            continue
        if _running_toll(e.text):
            return None  # the count is a running or earlier toll's ("وقبل أيام قتل 45 مسلحا مواليا للنظام")
        sides.add(side)
    return sides.pop() if len(sides) == 1 else None


def _sides_added(m: Event, ev: Event) -> bool:
    """Two tolls of one clash told apart (``_clash_tolls_apart``) that count the dead of opposite sides ("قتل 26
    عنصرا من قوات النظام" then "كما قتل تسعة مسلحين"): ACLED's figure is their sum. Not when either is told with a
    running or earlier toll's word in a sentence telling its count (function_words toll_running; _mention_side) or the
    counts are equal (a repeat read twice)."""
    if m.fatalities_low == ev.fatalities_low:
        return False
    a = _mention_side(ev)
    if a is None:
        return False
    b = _mention_side(m)
    return b is not None and a != b


def _one_sentence(m: Event, ev: Event) -> bool:
    """Two mentions read in one sentence ("ليل الأحد وباكرا صباح الاثنين"): a night told by its two days."""
    return any((a.start, a.end) == (b.start, b.end) for a in m.evidence for b in ev.evidence)


RETOLD_WEEK_RULE: Final = "retold-week-75200"  # rule id: a retold happening with no day of its own, dated by the report's week (step._event)
TOLD_AGAIN = frozenset({"told-again", "told-again-week"})  # step.py: a mention retelling a campaigns.tsv happening


def _known_day(ev: Event) -> str | None:
    """The ISO day of the well-known happening (campaigns.tsv kind "happening") the mention retells, if any."""
    if TOLD_AGAIN.isdisjoint(ev.rule_ids):
        return None
    days = L.happening_days()
    return next((days[r] for r in ev.rule_ids if r in days), None)


def _one_day(ev: Event) -> bool:
    """The mention is dated to one day (precision 1, one day)."""
    return ev.time_precision == 1 and ev.date_start is not None and ev.date_start == ev.date_end


def _day_within(ev: Event, m: Event) -> bool:
    """``ev`` is dated to one day that lies inside ``m``'s wider span (ISO strings compare as dates)."""
    return (_one_day(ev) and m.time_precision > 1 and m.date_start is not None and m.date_end is not None
            and m.date_start <= str(ev.date_start) <= m.date_end)


def _take_date(m: Event, ev: Event) -> None:
    m.date_start, m.date_end, m.event_date, m.time_precision = ev.date_start, ev.date_end, ev.event_date, ev.time_precision


def _weighed_precision(ev: Event) -> int:
    """The date's precision as mentions are weighed: a statement's day widened to the day before (SAID_TODAY, step
    ``_said_today``) counts as the exact day it was read from, so that a day told elsewhere in passing (an earlier
    incident's "الأربعاء الماضي", yesterday's toll) does not take its place, as it did not before the widening."""
    if ev.time_precision == 2 and SAID_TODAY in ev.rule_ids and ev.date_start and ev.date_end \
            and (iso_day(ev.date_end) - iso_day(ev.date_start)).days == 1:
        return 1
    return ev.time_precision


def _date_wins(m_own: int, ev_own: int, m_prec: int, ev_prec: int, ev_after: bool) -> bool:
    """Whether a mention's date (rank ``ev_own``) replaces the merged event's (``m_own``): the better read, then the
    more precise. A statement's day (OWN_DAY) gives way to a later mention's day told right after its act
    (``ev_after``, TOLD_DAY) as precise ("قال الجيش الأربعاء إن ضربة ..." then "الضربة التي نفذت الثلاثاء"), not to a
    vague span ("قصف ... في الأيام الماضية" leaves the news its Friday) nor to a day told elsewhere in its sentence
    ("وتأتي المعارك غداة مقتل مدنيين الجمعة"); otherwise the two are equals."""
    if m_own == OWN_DAY and ev_own == TOLD_DAY and ev_after and ev_prec <= m_prec:
        return True
    m_rank, ev_rank = min(m_own, OWN_DAY), min(ev_own, OWN_DAY)
    return ev_rank > m_rank or (ev_rank == m_rank and ev_prec < m_prec)


def _reaction_day_over_retold(m: Event, ev: Event) -> bool:
    """A retold happening dated by the report's week (RETOLD_WEEK_RULE: «سيتخذ قرارا بشأن الهجوم الكيماوي الذي وقع قرب
    دمشق») keeps that week against a later mention dated by the report's own day, the week's last («إن الهجوم الكيماوي
    سيقابل بالقوة، مشيرا إلى أن القرار سيتخذ الليلة»): that day is the reaction's, not the happening's, and the week
    lets the attack told with its own day elsewhere in the report fold it in (g110i)."""
    return RETOLD_WEEK_RULE in m.rule_ids and ev.date_start is not None and m.date_end is not None \
        and ev.date_start >= m.date_end


def _narrower_within(m: Event, ev: Event, m_own: int, ev_own: int) -> bool:
    """Whether ``ev``'s range, read as well as ``m``'s (same rank, same precision, a span of days), is narrower and lies
    inside ``m``'s: an act told as going on or in the pluperfect gets the week up to publication as a guess
    («الغوطة التي تتعرض لقصف مستمر»), a later mention of the same happening with the report's two days
    («اضطرت القافلة للانسحاب بسبب القصف») narrows that guess, which the first mention's range would otherwise keep.
    Not for single-day precision: a told night or «منذ ليل الجمعة» is the happening's own span, and a day inside it is
    mostly another act's (corpus audit g99y)."""
    if min(m_own, OWN_DAY) != min(ev_own, OWN_DAY) or m.time_precision != ev.time_precision or m.time_precision < 2:
        return False
    if not (m.date_start and m.date_end and ev.date_start and ev.date_end):
        return False
    inside = m.date_start <= ev.date_start and ev.date_end <= m.date_end
    return inside and (ev.date_start, ev.date_end) != (m.date_start, m.date_end)


TAKING_DAY = "taking-day-97000"  # rule id: a taking's own day inside the span of the clash it was folded into dates it


def _taking_day(m_type: str | None, m: Event, ev: Event, m_own: int, ev_own: int) -> bool:
    """Whether the clash ``m`` (sub-type ``m_type`` before the fold) became the taking ``ev`` told with one day of its
    own, read as well, inside the clash's span of days: «المعارك المتواصلة منذ فجر الجمعة» then «وكان التنظيم سيطر،
    الجمعة، على أجزاء من المدينة» is Friday's taking, not the fighting's Friday-to-Saturday; the span was the clash's
    (ACLED codes a battle that changed who holds a place as the taking, on the day it was taken)."""
    if m_type != "Armed clash" or ev.sub_event_type not in TAKINGS or m.sub_event_type != ev.sub_event_type:
        return False
    if min(ev_own, OWN_DAY) < min(m_own, OWN_DAY) or not _one_day(ev):
        return False
    return bool(m.date_start and m.date_end and m.date_start != m.date_end
                and m.date_start <= str(ev.date_start) <= m.date_end)


FIGHT_BEFORE = "fight-before-result"  # step.py: "بعد اشتباكات" read as the fighting that brought the news's result
TAKINGS: Final = frozenset({"Government regains territory", "Non-state actor overtakes territory"})  # also filters, step
OVERTAKES = "Non-state actor overtakes territory"


TAKING_ACHIEVED = "tk-72300"  # step.py: a taking told as what its side achieved («تمكن بموجبه من السيطرة على الحي»)


def _fight_before_taking(taking: Event, fight: Event) -> bool:
    """Whether ``taking`` is a taking of territory and ``fight`` only the fighting told as what brought a result
    ("سيطرت القوات على القرية ... تقدمت بعد معارك عنيفة"), or ``taking`` was told as what the fighting achieved
    ("إثر هجوم شنه التنظيم، تمكن بموجبه من السيطرة على الحي", g101i): folded together, the taking's sub-type stays
    (ACLED codes a battle that changed who holds a place as the taking)."""
    return taking.sub_event_type in TAKINGS and fight.sub_event_type == "Armed clash" \
        and (FIGHT_BEFORE in fight.rule_ids or _group_achieved(taking))


def _group_achieved(taking: Event) -> bool:
    """A non-state group's taking told as what its fighting achieved (TAKING_ACHIEVED). A state's stays to the usual
    choice: its achieved gains are mostly a campaign's sum («تمكنت القوات التركية من السيطرة على ...» told beside the
    day's fighting at another front), and the side of «تمكنت» without a subject is often misread (g101i corpus)."""
    return TAKING_ACHIEVED in taking.rule_ids and taking.sub_event_type == OVERTAKES


def _taker_first(m: Event, taking: Event) -> None:
    """The sides of fighting ``m`` when ``taking``, told as what that fighting achieved, gives it its sub-type: the
    taker is actor1 and the side it fought actor2 ("مقتل 36 عنصرا من قوات النظام خلال اشتباكات ... إثر هجوم شنه
    التنظيم، تمكن بموجبه من السيطرة على الحي": the clash read the dead regime first; the taking is the group's, g101i)."""
    if not _group_achieved(taking) or taking.actor1 is None or m.actor1 == taking.actor1:
        return
    # the clash's side that is not the taker ("None" when the taker was its only side: never a side fighting itself)
    other = next(((a, i) for a, i in ((m.actor1, m.inter1), (m.actor2, m.inter2))
                  if a is not None and a != taking.actor1), (None, None))
    m.actor1, m.inter1 = taking.actor1, taking.inter1
    if taking.actor2 is not None:
        m.actor2, m.inter2 = taking.actor2, taking.inter2
    else:
        m.actor2, m.inter2 = other
    set_interaction(m)


TAKEN_OBJECT = "place-taken"  # step.py: the taking's place is the town named right after its trigger, as what was taken
TAKEN_OVER_CLASH = "taken-over-clash-71903"  # rule id: the taking's sub-type kept over a more confident clash (g101e)
ADVANCE_WITHIN = "advance_within"  # trigger_kinds.tsv: an advance told inside a named quarter or town (g101e)


def _taken_over_clash(taking: Event, fight: Event) -> bool:
    """Whether ``taking`` is a taking that names what it took as its place ("سيطرت على بلدة X"، "بعد سيطرتها على
    بلدة X") or an advance told inside a named quarter or town ("تقدمت القوات في منطقة X"، "أحرز تقدما داخل حي X",
    trigger_kinds advance_within) and ``fight`` an armed clash folded with it, whatever its confidence:
    the clash is the fighting at the place taken, and ACLED codes a battle that changed who holds a place as the
    taking. A taking read from a state, an aim or a place told only around it («يتقاسمان السيطرة عليها»، «لاستعادة
    المنشآت») has no taken object and leaves the more confident clash its sub-type (g101e; corpus, with
    tr-terr-71900/71901: 17 events changed, 15 right, 2 borderline)."""
    if taking.sub_event_type not in TAKINGS or fight.sub_event_type != "Armed clash":
        return False
    return TAKEN_OBJECT in taking.rule_ids or not L.trigger_kind(ADVANCE_WITHIN).isdisjoint(taking.rule_ids)


TAKEN_WIDER = "taken-wider-75301"  # rule id: the taking kept over a clash keeps its own, wider reading of the town


def _wider_taken(taking: Event, fight: Event) -> bool:
    """The taking kept over the clash (taken-over-clash) names the clash's town in a wider reading, its countryside or
    outskirts («وتقدمت في القطاع الغربي من ريف عفرين», precision 2) where the clash told the town itself (precision 1):
    what was taken is the area around the town, not the town (g102t)."""
    return bool(taking.gazetteer_id) and taking.gazetteer_id == fight.gazetteer_id \
        and taking.geo_precision == 2 and fight.geo_precision == 1 and PLACE_CONTEXT not in taking.rule_ids


CLASH_APART = "clash-apart-73100"  # rule id: a clash told as its own act kept apart from a taking of its place (g101q)
# a clash mention kept apart from a taking must stand as an event by itself (the step keeps events from 0.48):
# a weaker one («وخلف القتال الذي اندلع الأربعاء 28 قتيلا», 0.38) folds into the taking with its dead, as before
FIGHT_APART_CONFIDENCE = 0.5
ADVANCE_CLASH = "advance_clash"  # trigger_kinds.tsv: an advance read as a clash («تقدمت»، «تتقدم»), no fighting of its own


def _real_taking(ev: Event) -> bool:
    """A taking told as a happening: what it took named as its place («سيطرت على بلدة X»), an advance inside a named
    place, or its own day told with it; a state or an aim inherits the context's day («يتقاسمان السيطرة عليها»)."""
    return ev.sub_event_type in TAKINGS and (TAKEN_OBJECT in ev.rule_ids or date_rank(ev) >= OWN_DAY
                                            or not L.trigger_kind(ADVANCE_WITHIN).isdisjoint(ev.rule_ids))


def _fight_told(ev: Event) -> bool:
    """An armed clash told as fighting of its own, whatever it sits beside: a clash word (no advance read as a clash,
    no «بعد اشتباكات» told as what brought a result) with a counted toll of the day, from a verb or an indefinite noun
    («تدور معارك أوقعت 25 قتيلا») or a definite one whose day is told («القتال الذي اندلع الأربعاء خلف 28 قتيلا»).
    A definite noun with no day names the campaign («قتل 289 مدنيا في المعارك»); a count over a period is none."""
    if ev.sub_event_type != "Armed clash" or FIGHT_BEFORE in ev.rule_ids \
            or not L.trigger_kind(ADVANCE_CLASH).isdisjoint(ev.rule_ids):
        return False
    if not ev.fatalities_low or VAGUE_TOLL in ev.rule_ids or ("definite" in ev.rule_ids and date_rank(ev) < OWN_DAY):
        return False
    if ev.confidence < FIGHT_APART_CONFIDENCE:  # too weak to be kept alone: its dead would be lost with it
        return False
    return not _toll_over_period(ev)


def _day_apart(clash: Event, taking: Event) -> bool:
    """The clash's own day told, one day, outside the taking's days: fighting of another day at the place taken
    («اشتباكات تدور السبت» after «سيطر الجمعة»)."""
    if date_rank(clash) < OWN_DAY or FIGHT_BEFORE in clash.rule_ids or clash.sub_event_type != "Armed clash" \
            or not L.trigger_kind(ADVANCE_CLASH).isdisjoint(clash.rule_ids) or "definite" in clash.rule_ids:
        return False
    if not (clash.date_start and taking.date_start and taking.date_end):
        return False
    # the days as read: a statement's day widened to the day before (SAID_TODAY) is that day alone here
    day, taken_from = read_start(clash), read_start(taking)
    if day is None or taken_from is None or day != clash.date_end:  # (None only for an undated read: checked above)
        return False
    return not taken_from <= day <= str(taking.date_end)


def _other_sentences(a: Event, b: Event) -> bool:
    """No sentence of ``a`` is one of ``b``'s (a clause of the taking's own sentence is its background)."""
    return all((x.start, x.end) != (y.start, y.end) for x in a.evidence for y in b.evidence)


def _clash_apart_from_taking(m: Event, ev: Event, m_kinds: tuple[bool, bool], ev_kinds: tuple[bool, bool]) -> bool:
    """Whether mention ``ev`` and merged event ``m`` are a taking and a clash of one place told as two acts (g101q):
    the taking told as a happening (_real_taking) and the clash as fighting of its own (_fight_told, or a day apart),
    in other sentences. As the dev gold codes them, a taking and the fighting told with its own dead are two events
    (composed: «سيطرت على البلدة الجمعة. ودارت اشتباكات قتل فيها 20 منهم»: the taking, and the clash with the dead).
    ``m_kinds``/``ev_kinds``: (holds a real taking, holds such a clash). A taking told twice, or «المعارك» naming the
    campaign beside it, stays one."""
    (m_taking, m_fight), (ev_taking, ev_fight) = m_kinds, ev_kinds
    if ev.event_type != "Battles" or m.event_type != "Battles":
        return False
    if m_taking and not m_fight and ev.sub_event_type == "Armed clash":
        fight = ev_fight or _day_apart(ev, m)
    elif not m_taking and ev_taking and (m_fight or _day_apart(m, ev)):
        fight = True
    else:
        return False
    return fight and _other_sentences(m, ev)


def _cite_apart(ev: Event, apart: list[Event]) -> None:
    """Cite CLASH_APART on the clash of each pair kept apart (the new mention ``ev`` or the event it was kept from)."""
    for x in apart:
        clash = ev if ev.sub_event_type == "Armed clash" else x
        if CLASH_APART not in clash.rule_ids:
            clash.rule_ids.append(CLASH_APART)


def _kept_apart(a: Event, b: Event) -> bool:
    """A clash and a taking kept apart (CLASH_APART on the clash) stay apart: a later mention of either kind does not
    join the other («تسعى قسد إلى طرد» would lend the clash its sides), nor do they join once places are refined."""
    subs = {a.sub_event_type, b.sub_event_type}
    return "Armed clash" in subs and bool(subs & TAKINGS) and (CLASH_APART in a.rule_ids or CLASH_APART in b.rule_ids)


def _kind_kept_apart(here: list[Event], ev: Event) -> Event | None:
    """Of the events a Battles mention may join, one of its own kind when a clash was kept apart from a taking there
    (g101q): «وأسفرت المعارك عن مقتل 18» joins the clash told apart, a retold taking joins the taking. None when no
    clash at the place was kept apart (the usual first match)."""
    if ev.event_type != "Battles" or not any(CLASH_APART in m.rule_ids for m in here):
        return None
    clash = ev.sub_event_type == "Armed clash"
    return next((m for m in here if (m.sub_event_type == "Armed clash") == clash), None)


BARE_STRIKE = "bare_strike"  # trigger_kinds.tsv: shelling words naming no weapon («قصف»، «استهداف»)


def _air_over_bare_strike(m: Event, ev: Event) -> Event | None:
    """The air strike's mention when one of ``m`` and ``ev`` is an air strike and the other a shelling read only from a
    word naming no weapon, and no mention of either names a ground weapon (a shelling trigger outside BARE_STRIKE):
    «غارات جوية على دوما» then «القصف على دوما» is one air strike (ACLED: air words give Air/drone strike), whichever
    mention is the more confident. None otherwise (the usual severity and confidence choice)."""
    subs = {m.sub_event_type, ev.sub_event_type}
    if subs != {AIR_STRIKE, SHELLING}:
        return None
    bare = L.trigger_kind(BARE_STRIKE)
    said = [r for r in (*m.rule_ids, *ev.rule_ids) if r.startswith("tr-shell-") and r not in bare]
    if said:
        return None
    return m if m.sub_event_type == AIR_STRIKE else ev


def _taken_apart(m: Event, ev: Event) -> bool:
    """An abduction and an attack on civilians told in different sentences, the attack's naming no captive, are two
    happenings: «خطف التنظيم 36 سيدة وطفلا أثناء هجومه» beside «الهجوم استهدف القرى» (ACLED codes the abduction apart
    from the raid's killings). An execution («تم إطلاق النار على 10 أشخاص وإعدامهم» after «احتجزوا كرهائن»), an attack
    told of captives («أعدم أحد الرهائن الذين خطفهم»), or one sentence telling both («خطفوا وقتلوا») stays one
    happening: an abduction whose victims are killed is an attack (event_types.tsv severity)."""
    if {m.sub_event_type, ev.sub_event_type} != {ABDUCTION, CIVILIANS_ATTACKED}:
        return False
    told = {(e.start, e.end) for e in m.evidence}
    if any((e.start, e.end) in told for e in ev.evidence):
        return False
    attack = ev if ev.sub_event_type == CIVILIANS_ATTACKED else m
    if not L.trigger_kind(EXECUTION).isdisjoint(attack.rule_ids):
        return False  # an execution kills those held: «احتجزوا كرهائن ... تم إطلاق النار على 10 أشخاص وإعدامهم»
    captive = L.cue_groups()[CAPTIVE]
    return not any(captive.find(_sentence_tokens(e.text)) for e in attack.evidence)


GROUP_UNION = "group_union"  # trigger_kinds.tsv: groups merging or uniting under a new name (g106h)


def _union_apart(m: Event, ev: Event) -> bool:
    """Groups merging under a new name and another change of a group's activity (reinforcements sent, a deployment, a
    withdrawal) told in other sentences are two happenings: «أعلن 11 فصيلا في محافظة درعا، السبت، عن اندماجهم تحت
    مسمى ...» is not a mention of «أرسلت قوات النظام تعزيزات إلى معبر نصيب» (the factions, read without an actor, took
    the reinforcements' sender; g106h). A mention placed only by the sentences around it still joins (ANAPHORIC_MENTION)."""
    if m.sub_event_type != CHANGE_SUB or ev.sub_event_type != CHANGE_SUB:
        return False
    union = L.trigger_kind(GROUP_UNION)
    if union.isdisjoint(m.rule_ids) == union.isdisjoint(ev.rule_ids):
        return False
    other = m if union.isdisjoint(m.rule_ids) else ev
    if not union.isdisjoint(other.rule_ids) or not ANAPHORIC_MENTION.isdisjoint(m.rule_ids) \
            or not ANAPHORIC_MENTION.isdisjoint(ev.rule_ids):
        return False
    told = {(e.start, e.end) for e in m.evidence}
    return not any((e.start, e.end) in told for e in ev.evidence)


def _toll_to_the_attack(taken: Event, out: list[Event]) -> None:
    """The dead told with an abduction are the raid's it came with («خطف 36 مدنيا خلال الهجوم الذي أوقع 250 قتيلا»):
    an abduction whose victims were killed is coded an attack (event_types.tsv severity), so an abduction counts none.
    Its toll goes to an attack on civilians of its province and days that counted none, else it is left out."""
    attack = next((a for a in out if a.sub_event_type == CIVILIANS_ATTACKED and a.event_type == taken.event_type
                   and not a.fatalities and ((a.gazetteer_id is not None and a.gazetteer_id == taken.gazetteer_id)
                                             or (a.admin1 is not None and a.admin1 == taken.admin1))
                   and dates_overlap(a, taken)), None)
    if attack is not None:
        attack.fatalities, attack.fatalities_low, attack.fatalities_high = \
            taken.fatalities, taken.fatalities_low, taken.fatalities_high
        attack.rule_ids.append(TAKEN_APART)
    taken.fatalities, taken.fatalities_low, taken.fatalities_high = 0, None, None
    taken.rule_ids.append(TAKEN_APART)


def _taken_unharmed(m: Event, ev: Event) -> Event | None:
    """The abduction's mention when one of ``m`` and ``ev`` is an abduction and the other an attack on civilians, and
    neither tells a dead: «شن التنظيم هجوما ضد مخيم ... واقتاد أكثر من 100 عائلة» is one abduction (ACLED: an abduction
    with no reports of further violence; one whose victims are killed is an attack, event_types.tsv severity). None
    otherwise."""
    if {m.sub_event_type, ev.sub_event_type} != {ABDUCTION, CIVILIANS_ATTACKED} or m.fatalities or ev.fatalities:
        return None
    taken, attack = (m, ev) if m.sub_event_type == ABDUCTION else (ev, m)
    # only an attack told by an assault word («هجوم»، «هاجم»: a clash's word refined to an attack on a civilian site); a
    # killing, a shooting or a massacre (the attack words, tr-vac-) tells harm its toll may have left uncounted
    if any(r.startswith(ATTACK_WORDS) for r in attack.rule_ids):
        return None
    return taken


def _absorb(m: Event, ev: Event, m_own: int, ev_own: int) -> int:
    """Fold mention ``ev`` into ``m``; returns how ``m``'s date is now read (date_rank)."""
    # the most severe sub-type told wins (a protest met with live fire), else the most confident
    sev_m, sev_ev = L.severity(m.sub_event_type), L.severity(ev.sub_event_type)
    m_type = m.sub_event_type  # before the fold: a clash that the taking told after it turns into (_taking_day)
    fight_m, fight_ev = _fight_before_taking(m, ev), _fight_before_taking(ev, m)
    # the taking of a named place beats the more confident clash it was folded with; cited where it decided (g101e)
    taken_m = not fight_m and _taken_over_clash(m, ev) and ev.confidence > m.confidence
    taken_ev = not fight_ev and _taken_over_clash(ev, m) and ev.confidence <= m.confidence
    fight_m, fight_ev = fight_m or taken_m, fight_ev or taken_ev
    if (taken_m or taken_ev) and TAKEN_OVER_CLASH not in m.rule_ids:
        m.rule_ids.append(TAKEN_OVER_CLASH)
    # a kind of strike told apart from another in a list ("غارات جوية وقصف صاروخي") keeps the means it was told with
    # against a mention whose kind was only guessed (_acts_listed_apart)
    listed_m, listed_ev = ACTS_LISTED in m.rule_ids, ACTS_LISTED in ev.rule_ids
    air = _air_over_bare_strike(m, ev)
    taken = _taken_unharmed(m, ev) if air is None else None
    if listed_m != listed_ev and m.sub_event_type != ev.sub_event_type:
        if listed_ev:
            m.sub_event_type, m.disorder_type = ev.sub_event_type, ev.disorder_type
    elif air is not None:
        if air is ev:
            m.sub_event_type, m.disorder_type = ev.sub_event_type, ev.disorder_type
    elif taken is not None:
        if taken is ev:
            m.sub_event_type, m.disorder_type = ev.sub_event_type, ev.disorder_type
    elif fight_ev or (not fight_m and (sev_ev > sev_m or (sev_ev == sev_m and ev.confidence > m.confidence))):
        m.sub_event_type, m.disorder_type = ev.sub_event_type, ev.disorder_type
        if fight_ev:
            _taker_first(m, ev)
    if ev.confidence > m.confidence:
        m.confidence = ev.confidence
    # a date told with the happening beats a statement's day, which beats one inherited from context;
    # then the more precise;
    # between equals the first mention's (news tells the main report first; a later day nearby
    # is mostly a related or earlier happening told in passing), unless the later range of days lies inside the first
    # (_narrower_within: the week guessed for an ongoing or pluperfect act)
    known = _known_day(m) or _known_day(ev) if ev.date_start else None
    if known is not None and _one_day(ev):
        # a retold well-known happening keeps the day it is known to have taken place: a mention on that day
        # dates it, a mention on another day was dated by its statement ("قال ترامب يوم الأحد ... هجوم كيماوي")
        if ev.date_start == known and not (_one_day(m) and m.date_start == known):
            _take_date(m, ev)
            m_own = max(m_own, ev_own)
    elif ev.date_start and _date_wins(m_own, ev_own, _weighed_precision(m), _weighed_precision(ev),
                                      DAY_AFTER_ACT in ev.rule_ids) and not _reaction_day_over_retold(m, ev):
        _take_date(m, ev)
        m_own = ev_own
    elif _taking_day(m_type, m, ev, m_own, ev_own):
        _take_date(m, ev)
        if TAKING_DAY not in m.rule_ids:
            m.rule_ids.append(TAKING_DAY)
    elif _narrower_within(m, ev, m_own, ev_own):
        _take_date(m, ev)
        if NARROWER_WITHIN not in m.rule_ids:  # a merge that narrows twice cites it once
            m.rule_ids.append(NARROWER_WITHIN)
    elif ev_own == BEGUN_RANK and m_own == 0 and _day_within(ev, m):
        # the day the fighting broke out ("واندلعت أمس الجمعة اشتباكات") within the window the context gave the
        # happening narrows it to that day; read as the context's (rank 0), so a day told with the act still wins
        _take_date(m, ev)
    # a place inherited from context refines only a country-wide one; a district refines its town
    # a base named beats the town or province told around it in the first mention
    # a province named with the act refines a whole country though both are precision 3
    province = _province_over_country(ev, m)
    over = _intercepted_over(ev, m)
    unlisted = _unlisted_town_over_area(ev, m)
    finer = (ev.geo_precision or 9) < (m.geo_precision or 9) or _district_of(ev, m) or _base_over_town(ev, m) \
        or province or over or unlisted
    if taken_m and finer and _wider_taken(m, ev):
        finer = False  # the taking's own wider reading stays (below: the same when the taking is the mention)
        m.rule_ids.append(TAKEN_WIDER)
    if finer and _back_at_happening(m, ev):
        finer = False
    if finer and (
            PLACE_CONTEXT not in ev.rule_ids or m.latitude is None or _inherited_within(m, ev)):
        _take_place(m, ev)
        if province and PROVINCE_OVER_COUNTRY not in m.rule_ids:
            m.rule_ids.append(PROVINCE_OVER_COUNTRY)
        if over and INTERCEPTED_OVER not in m.rule_ids:
            m.rule_ids.append(INTERCEPTED_OVER)
        if unlisted and UNLISTED_OVER_AREA not in m.rule_ids:
            m.rule_ids.append(UNLISTED_OVER_AREA)
    elif taken_ev and _wider_taken(ev, m):
        _take_place(m, ev)
        m.rule_ids.append(TAKEN_WIDER)
    # a side the merged event already has on the other role is not its counterpart too
    # ("إسرائيل شنت غارات" then "غارات إسرائيلية على مواقع": Israel is actor1, never actor2 as well)
    fill_1 = m.actor1 is None and ev.actor1 is not None and ev.actor1 != m.actor2
    fill_2 = m.actor2 is None and ev.actor2 is not None and ev.actor2 != (m.actor1 if not fill_1 else ev.actor1)
    if not fill_1 and _mutual_side(m, ev):
        # "بين قوات النظام ... وتنظيم داعش" merged into "شن تنظيم داعش هجوما": the clash's other side (g86c)
        m.actor2, m.inter2 = ev.actor1, ev.inter1
        set_interaction(m)
        m.rule_ids.append(MUTUAL_SIDE)
    for k, fill in (("actor1", fill_1), ("inter1", fill_1), ("actor2", fill_2), ("inter2", fill_2),
                    ("interaction", fill_1 or fill_2), ("civilian_targeting", True)):
        if fill and getattr(m, k) is None and getattr(ev, k) is not None:
            setattr(m, k, getattr(ev, k))
    m_counted = _counted(m)  # before the tolls below: a vague stand-in m takes from ev keeps its mark
    if _toll_over_period(ev):
        pass  # a count over a week or a wave of protests is no toll of this happening (ACLED counts each day's own)
    elif _toll_read_again(m, ev):
        pass  # a second trigger of a sentence already folded in: its count is in m's already (added, or risen from)
    elif (m.fatalities_low is None or ev.fatalities_low is None) and m.fatalities and ev.fatalities \
            and _toll_risen(m, ev):
        # "لتصل إلى نحو 80" and "77 قتيلا" of the same day: the hedged figure told as the toll's rise is the new
        # total, not a rival the exact one outranks (g110j)
        larger = ev if (_figure(ev) or 0) > (_figure(m) or 0) else m
        m.fatalities, m.fatalities_low, m.fatalities_high = larger.fatalities, larger.fatalities_low, larger.fatalities_high
    elif ev.fatalities_low is None and ev.fatalities and not m.fatalities:
        m.fatalities = ev.fatalities  # one dead told by a singular noun ("قتل طفل"), where no figure was told
    elif ev.fatalities_low is not None:
        lows = [x for x in (m.fatalities_low, ev.fatalities_low) if x is not None]
        highs = [x for x in (m.fatalities_high, ev.fatalities_high) if x is not None]
        apart = _clash_tolls_apart(m, ev)
        told = _told_over_vague(m, ev)
        if apart and m.fatalities_low is not None and _sides_added(m, ev):
            # the dead of each side told in its own sentence: added (ACLED counts all the clash's dead)
            m.fatalities_high = (m.fatalities_high or m.fatalities_low) + (ev.fatalities_high or ev.fatalities_low)
            m.fatalities_low = m.fatalities_low + ev.fatalities_low
        elif told is not None and told.fatalities_low is not None:
            # "هجوم كيميائي أدى إلى مقتل العشرات" and "مقتل أكثر من 60 مدنيا": the figure told, not the stand-in for
            # "dozens" (the lowest-figure rule is for rival counts, and a vague word counts nothing)
            m.fatalities_low, m.fatalities_high = told.fatalities_low, told.fatalities_high
            if VAGUE_TOLL in m.rule_ids:
                m.rule_ids.remove(VAGUE_TOLL)
        else:
            m.fatalities_low = max(lows) if apart or _toll_risen(m, ev) else min(lows)
            m.fatalities_high = max(highs) if highs else None
        m.fatalities = m.fatalities_low
    for e in ev.evidence:
        if all((e.start, e.end) != (x.start, x.end) for x in m.evidence):
            m.evidence.append(e)
    guessed = (SITE_AGENT_GUESSED in m.rule_ids) + (SITE_AGENT_GUESSED in ev.rule_ids)
    m.rule_ids += [r for r in ev.rule_ids if r not in m.rule_ids and (r != VAGUE_TOLL or not m_counted)]
    if guessed == 1:  # one mention read the sides the other guessed (frames.struck_own_site): they are read
        m.rule_ids.remove(SITE_AGENT_GUESSED)
    m.claimed_by += [c for c in ev.claimed_by if c not in m.claimed_by]
    return m_own


def _mutual_side(m: Event, ev: Event) -> bool:
    """A clash mention that read both its sides names the merged clash's one side as its counterpart: its agent is the
    other side. The sides of a clash are mutual ("اشتباكات بين قوات النظام وتنظيم داعش" read the regime first, while
    "شن تنظيم داعش هجوما" gave the event IS with no counterpart), so the pair's first side fills the missing actor2.
    Only a pair told with "بين": a first corpus run also took sides misread elsewhere ("سوريا" of a place name, "في
    قتال تنظيم الدولة" of a past fight) as the counterpart. A few attribute compares per merged mention, then a
    substring search of its evidence only when they hold."""
    return m.event_type == BATTLES and m.actor2 is None and m.actor1 is not None and ev.actor2 == m.actor1 \
        and ev.actor1 is not None and ev.actor1 != m.actor1 and _actor_read(ev) \
        and any(w + " " in e.text for w in words("pair_between") for e in ev.evidence)


def _toll_read_again(m: Event, ev: Event) -> bool:
    """Every sentence of the absorbed mention ``ev`` is already one of ``m``'s, and ``m`` has a counted toll: ``ev`` is
    another trigger of a sentence folded in before («خلال الكمين والاشتباكات»), whose count ``m`` has already taken
    (added to the other side's dead, or replaced by a rise told later). Folding it again would undo that: the lowest
    figure would take the one side's dead back (21 + 8 -> 8, g108s). A few tuple compares per merged pair."""
    if m.fatalities_low is None or ev.fatalities_low is None or not ev.evidence:
        return False
    seen = {(x.start, x.end) for x in m.evidence}
    return all((e.start, e.end) in seen for e in ev.evidence)


def _counted(ev: Event) -> bool:
    """The event's dead are a told figure, not a vague word's stand-in."""
    return ev.fatalities_low is not None and VAGUE_TOLL not in ev.rule_ids


def _told_over_vague(m: Event, ev: Event) -> Event | None:
    """Of two counted mentions of one happening, the one whose figure was told when the other's is a vague word's
    stand-in ("العشرات"); None when both or neither are vague. Two set look-ups per merge of two counted mentions."""
    if m.fatalities_low is None or ev.fatalities_low is None:
        return None
    m_vague, ev_vague = VAGUE_TOLL in m.rule_ids, VAGUE_TOLL in ev.rule_ids
    if m_vague == ev_vague:
        return None
    return m if ev_vague else ev


SINCE_WINDOW = 4  # tokens before the count where a period's word makes it the period's toll ("تسبب منذ أسبوع بمقتل 28")


def _toll_over_period(ev: Event) -> bool:
    """Whether every sentence of the absorbed mention ``ev`` counts its dead over a period, the period's word just
    before the count ("تسبب منذ أسبوع بمقتل 28 مدنيا"), not within the day ("منذ صباح اليوم"). A period told after
    the count ("مقتل 8 ... في أحد أكثر الأيام دموية منذ بدء العملية") leaves the count the happening's. Run only
    for an absorbed mention with a counted toll; tokenizes only its own sentences."""
    if ev.fatalities_low is None or not ev.evidence:
        return False
    return all(_since_before_count(e.text, ev.fatalities_low) for e in ev.evidence)


def _since_before_count(text: str, count: int) -> bool:
    toks = _sentence_words(text)
    since, today = words("toll_since"), words("toll_since_today")
    for i, t in enumerate(toks):
        if _number_value(t) != count:
            continue
        lo = max(0, i - SINCE_WINDOW)
        return any(w in since and toks[j + 1] not in today for j, w in enumerate(toks[lo:i], lo))
    return False


def _inherited_within(m: Event, ev: Event) -> bool:
    """Whether ``ev``'s place, inherited from the sentences around it, may refine ``m``'s country-wide place: only
    within that country. A town of another country is the place of another happening told nearby ("ضربة جوية
    أميركية في أفغانستان" then a mention placed at the Syrian town named before; strikes on Syria placed at Riyadh,
    where the summit that discussed them met). Nor when ``m`` stands at the country because its town was another
    happening's (BORROWED_AWAY) and ``ev`` is a mention of another kind of act ("انفجار قنبلة" told of the chemical
    attack, placed at the airfield its helicopter took off from) or only names the happening again ("كرد فعل انتقامي
    على الضربات الغربية" after the convoy attacked "بين حمص والسلمية"): the sentences around them tell other acts'
    places (g105o). A mention of the same kind still refines it ("معمل أبحاث تعرض للقصف" after "بضرب برزة")."""
    if not (m.gazetteer_id or "").startswith("c:") or m.country != ev.country:
        return False
    return BORROWED_AWAY not in m.rule_ids or (
        ev.sub_event_type == m.sub_event_type and TOLD_AGAIN.isdisjoint(ev.rule_ids))


REGAINS = "Government regains territory"
HOME_STATE = 1  # ACLED inter code of a state's forces in their own country (8 is a state abroad)


def _regained_by_state(m: Event) -> None:
    """A taking whose merged agent is the state's own forces is the government's regaining: folding keeps the most
    confident mention's sub-type and the first read agent, so the taking's sub-type may come from a mention that read
    another agent ("تقدمت القوات الحكومية ... بعد تراجع مسلحي داعش، وسيطرت على
    الأحياء": the group named last before «وسيطرت»), while the merged sides are the clash's, read with the forces."""
    if m.sub_event_type in TAKINGS and m.inter1 == HOME_STATE and m.sub_event_type != REGAINS:
        m.sub_event_type = REGAINS
        m.rule_ids.append("taking-by-state")


GROUNDED_MERGED = "grounded-merged"  # rule id: a merged air strike's agent with no aircraft gave way (g78a)


@lru_cache(maxsize=1)
def _actor_by_name() -> dict[str, L.Actor]:
    """actors.tsv rows by their coded name (the fixed names only: a generic "{country}" one is no grounded side)."""
    return {a.name: a for a in L.actor_table().values() if "{country}" not in a.name}


def _grounded_after_merge(m: Event) -> None:
    """The "grounded" rows of actor_roles.tsv (g77b) on the merged event: a shelling mention's agent («القصف والقتال»
    with a faction named) carried into an event the merge typed as an air strike is no agent of it. The side becomes
    the target when none was read or a state was, and the coder's default (default_actors.tsv) is the agent. A drone
    told in any of its sentences keeps the group's strike. Runs only for merged air strikes with an agent; tokenizes
    their sentences only when the agent is grounded."""
    assert m.actor1 is not None
    side = _actor_by_name().get(m.actor1)
    if side is None:
        return
    rid = grounded(m.event_type, m.sub_event_type, side, m.country)
    if rid is None or _drone_in(m):
        return
    default = L.default_actor(m.country, m.sub_event_type)
    if default is not None and "{country}" in default.name:
        default = None  # (no generic agent: the strike's hand stays unnamed)
    if m.actor2 is None or m.inter2 == 1:
        m.actor2, m.inter2 = m.actor1, m.inter1
    if default is not None and (default.name == m.actor2 or _allies(default, side, m.country)):
        default = None  # "تعرض مطار الضمير للقصف" told by Hezbollah: the government does not strike its ally
    m.actor1 = default.name if default is not None else None
    m.inter1 = default.inter if default is not None else None
    m.interaction = None
    set_interaction(m)
    m.rule_ids += [rid, GROUNDED_MERGED]


FLIER_MERGED = "flier-merged"  # rule id: a merged air strike's default gives way to the one state whose aircraft it names
FLIER_OVER_READ = "71600"  # rule id: a merged air strike's read attacker gives way to the state whose aircraft it names
FLIER_NISBA_GAP = 3  # tokens after an aircraft or strike noun a state nisba may stand («غارات جوية روسية»)


@lru_cache(maxsize=1)
def _state_nisbas() -> dict[str, L.Actor]:
    """Normalised nisba adjective -> state actor (actors.tsv adjectives of state rows), built once."""
    actors = L.actor_table()
    return {norm_key(w): actors[r["id"]] for r in L.load_table("actors.tsv", required=("id",))
            if actors[r["id"]].kind == "state" for w in r["adjectives"].split("|") if w.strip()}


def _flier_after_merge(m: Event) -> None:
    """A merged air strike whose agent is the country's plain default, when its sentences name the aircraft or strikes
    of exactly one state by a nisba right after an aircraft or strike noun («غارات يرجح أن طائرات روسية نفذتها»,
    «هجمات جوية روسية»): that state flew it. Two states named («طائرات روسية وسورية») keep the default. Runs only
    on merged air strikes that took the default (a few hundred a corpus run); one tokenization per sentence."""
    default = L.default_actor(m.country, m.sub_event_type)
    if default is None or default.name != m.actor1:
        return
    named = _named_states(m, words("flier_noun"))
    if len(named) != 1:
        return
    state = next(iter(named.values()))
    if state.name in (m.actor1, m.actor2):
        return
    m.actor1, m.inter1 = state.name, state_inter(state, m.country)
    m.interaction = None
    set_interaction(m)
    m.rule_ids.append(FLIER_MERGED)


def state_inter(a: L.Actor, country: str | None) -> int:
    """ACLED inter code of a side acting in ``country``: a state's forces outside their own country are external (8;
    the actors table gives a state's forces 1, at home). The one rule: step.EventExtractor._inter calls it."""
    return EXTERNAL if a.kind == "state" and country and a.country and a.country != country else a.inter


def _named_states(m: Event, nouns: frozenset[str]) -> dict[str, L.Actor]:
    """The states the event's sentences name by a nisba within FLIER_NISBA_GAP tokens after one of ``nouns``
    («غارات جوية روسية»), by actor id; the key "" marks a nisba joined to another («روسية وسورية»: not one state's)."""
    nisbas = _state_nisbas()
    named: dict[str, L.Actor] = {}
    for e in m.evidence:
        toks = _sentence_tokens(e.text)
        for i, t in enumerate(toks):
            if nouns.isdisjoint(proclitic_stems(t.norm)):
                continue
            for j in range(i + 1, min(i + 1 + FLIER_NISBA_GAP, len(toks))):
                a = next((nisbas[s] for s in proclitic_stems(toks[j].norm) if s in nisbas), None)
                if a is not None:
                    named[a.id] = a
                    if _joined_after(toks, j):  # «روسية أو سورية»، «الروسية والتابعة للنظام»: not one state's
                        named[""] = a
                    break
    return named


@lru_cache(maxsize=1)
def _struck_nouns() -> frozenset[str]:
    """The aircraft, strike and shelling nouns whose nisba names a state that struck (_flier_over_read's kept test):
    the union built once, not per merged strike weighed (review s32, item 10)."""
    return words("flier_noun") | words("shelling_noun")


def _flier_over_read(m: Event, sides: set[tuple[str, str | None]]) -> None:
    """A merged air strike whose attacker was read in one of its sentences gives way to the one state whose aircraft
    or strikes its sentences name by a nisba («الضربات الإسرائيلية»، «28 طائرة إسرائيلية») when another of its
    mentions also gave that state as the attacker (``sides``: the (attacker, target) pairs of its mentions, read or
    the document's): the first read side that won the merge was then mostly the target or the answered fire («إيران
    أطلقت 20 صاروخا» beside «الرد الإسرائيلي تمثل بعشرات الضربات الصاروخية الإسرائيلية»), or a side of a quote
    («محاولة لإيران»). Kept: a read side the sentences name by its own strikes or shelling too («بقصف سوري ... وغارات
    روسية»), two states named, and allies on one target (a mention of each naming the same target: two states'
    strikes on one town, the merge kept the first). The event's target, when it had none or had the named state,
    becomes the one that state's mentions named. Runs only on merged air strikes with a read attacker whose mentions
    gave another attacker (about 140 of the corpus's 1,900 documents get past the first test): one tokenization per
    sentence, twice at most."""
    if all(a == m.actor1 for a, _ in sides):
        return  # no other attacker told: nothing to weigh the read one against (no tokenizing)
    named = _named_states(m, words("flier_noun"))
    if len(named) != 1:
        return
    state = next(iter(named.values()))
    if state.name == m.actor1 or all(a != state.name for a, _ in sides):
        return
    targets = {t for a, t in sides if a == state.name and t is not None and t != state.name}
    if any((m.actor1, t) in sides for t in targets):
        return  # allies on one target
    struck = _named_states(m, _struck_nouns())
    if any(a.name == m.actor1 for a in struck.values()):
        return
    if m.actor2 is None or m.actor2 == state.name:
        side = next((a for a in (_actor_by_name().get(t) for t in sorted(targets)) if a is not None), None)
        if m.actor1 in targets:  # the read side was the named state's target
            m.actor2 = m.actor1
            m.inter2 = m.inter1
        elif side is not None:
            m.actor2 = side.name
            m.inter2 = state_inter(side, m.country)
        else:
            m.actor2 = None
            m.inter2 = None
    m.actor1 = state.name
    m.inter1 = state_inter(state, m.country)
    m.interaction = None
    set_interaction(m)
    m.rule_ids.append(FLIER_OVER_READ)


def _joined_after(toks: Sequence[Token], j: int) -> bool:
    """The token after ``toks[j]`` joins another owner to it: «أو», or «و» with a definite word («والتابعة للنظام»)
    or a state's nisba («وسورية»), right after it or after a word for another («وأخرى سورية»). «و» with a verb
    («للطائرات الإسرائيلية ونجحت في إسقاط») opens a clause and joins no owner (g102d), nor does «و» with a relative, a
    preposition or «إلا» («والتي استهدفت»، «وإلى جانبها»: review s33, item 3). Set look-ups on two tokens."""
    if j + 1 >= len(toks):
        return False
    w = toks[j + 1].norm
    if w == "او":
        return True
    if len(w) <= 3 or not w.startswith("و") or w[1:] in _not_joining():
        return False
    nisbas = _state_nisbas()
    return w[1:].startswith("ال") or w[1:] in nisbas or (
        w[1:] in words("site_other") and j + 2 < len(toks)
        and any(s in nisbas for s in proclitic_stems(toks[j + 2].norm)))


@lru_cache(maxsize=1)
def _not_joining() -> frozenset[str]:
    """Function words that may follow «و» and begin like a definite word yet join no owner: relatives («التي»),
    the relative links' prepositions («إلى»، «على») and «إلا» (function_words relative, relative_link, exception)."""
    return words("relative") | words("relative_link") | words("exception")


def _allies(state: L.Actor, side: L.Actor, country: str | None) -> bool:
    """An "ally" row of actor_roles.tsv (Battles) pairs the state with the side in the country."""
    return any(r.rule == "ally" and r.kind == state.id and r.actor == side.id
               and (not r.countries or country in r.countries) for r in L.role_rules("Battles", "*"))


def _drone_in(m: Event) -> bool:
    """A drone word (function_words drone_word) in one of the merged event's sentences."""
    drone = words("drone_word")
    return any(t.norm in drone for e in m.evidence for t in _sentence_tokens(e.text))


def _take_place(m: Event, ev: Event) -> None:
    for k in ("country", "iso", "region", "admin1", "admin2", "location", "latitude", "longitude",
              "geo_precision", "gazetteer_id", "geo_note", "location_text"):
        setattr(m, k, getattr(ev, k))


def event_id_cnty(ev: Event) -> str:
    """ACLED-style id: country ISO numeric and a stable number from the event uid."""
    prefix = f"{ev.iso:03d}" if ev.iso else "000"
    return f"{prefix}-{int(ev.event_uid[1:9], 16) % 10_000_000}"


# Which of the events of one sentence keeps a toll the sentence tells once over them all (told_once below): the
# deadliest kind of act first, as the toll is most often told as its result ("قصف مدفعي على عفرين أسفر عن مقتل 18،
# مؤكدا أن معارك تدور"); a clash and a change of territory come last.
TOLL_KEEPER_RANK: dict[str, int] = {
    "Chemical weapon": 0, "Suicide bomb": 1, IED: 2, "Grenade": 3,
    SHELLING: 4, AIR_STRIKE: 5, "Attack": 6, "Armed clash": 7,
}
OTHER_RANK = 8
# A change of territory is the outcome of a fight and ACLED codes the fight's dead on it; whether a toll told with it
# and a strike ("أسفر القصف الجوي والمعارك عن سقوط 17") is its own or the strike's needs the cause words: left as it is.
TOLL_KEEPS_ALL = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def told_once(events: Sequence[Event]) -> None:
    """A toll told once in a sentence over events of several kinds ("مقتل 29 مدنيا جراء قصف مدفعي وغارات استهدفت
    دوما", "قصف مدفعي على عفرين أسفر عن مقتل 18 ... معارك تدور") is counted once, as ACLED puts a total it cannot
    split on one event and 0 on the others: the event of the highest TOLL_KEEPER_RANK keeps it. Two events of one
    kind sharing a toll keep it (the towns of a list are zeroed where they are copied, step.py; a repeat of one
    happening is no second count), and so do a change of territory (TOLL_KEEPS_ALL) and two tolls each read in its own clause (CLAUSE_TOLL: "قتل 3 في X، وقتل 3
    في Y"). Runs once per document over its few kept events with a toll: a sort and a dict of (toll, sentence)."""
    _taking_toll_of_act(events)
    tolled = [e for e in events if e.fatalities and e.sub_event_type not in TOLL_KEEPS_ALL]
    if len(tolled) < 2:
        return
    tolled.sort(key=lambda e: TOLL_KEEPER_RANK.get(e.sub_event_type or "", OTHER_RANK))  # stable: first told wins ties
    claimed: dict[tuple[int, int], tuple[str, bool]] = {}  # (toll, evidence start) -> its keeper's kind, clause toll
    for e in tolled:
        kind, own_clause = e.sub_event_type or "", CLAUSE_TOLL in e.rule_ids
        keys = [(int(e.fatalities), s.start) for s in e.evidence]
        if any(k in claimed and claimed[k][0] != kind and not (own_clause and claimed[k][1]) for k in keys):
            e.fatalities, e.fatalities_low, e.fatalities_high = 0, None, None
            continue
        for k in keys:
            claimed.setdefault(k, (kind, own_clause))
    _vague_of_other(tolled)


def _taking_toll_of_act(events: Sequence[Event]) -> None:
    """A change of territory counting the same toll from the same sentence as an event of another kind, where that
    sentence tells the dead as an act's result («قتل 12 مقاتلا جراء انفجار سيارة مفخخة خلال سيطرتهم على البلدة»،
    «قتلت مقاتلة ... إثر قصف تركي»: function_words taking_toll_cause), loses it to that event: the dead are the
    act's, and the dev gold codes no toll on such a taking (g109p). A fight noun right after the cause word («جراء
    المعارك») keeps the toll on the taking, which holds the fight folded into it (TOLL_KEEPS_ALL); so does a sentence
    with no cause word («أسفر القصف الجوي والمعارك عن سقوط 17»). Runs only when a taking has a toll: a dict of the
    other events' (toll, sentence) pairs and a token scan of the shared sentences."""
    takings = [e for e in events if e.fatalities and e.sub_event_type in TOLL_KEEPS_ALL]
    if not takings:
        return
    acts: dict[tuple[int, int], str] = {}  # (toll, evidence start) -> sentence, of the other kinds' events
    for e in events:
        if e.fatalities and e.sub_event_type not in TOLL_KEEPS_ALL:
            for s in e.evidence:
                acts[(int(e.fatalities), s.start)] = s.text
    if not acts:
        return
    for t in takings:
        shared = [acts[k] for k in ((int(t.fatalities), s.start) for s in t.evidence) if k in acts]
        if any(_dead_by_act(text) for text in shared):
            t.fatalities, t.fatalities_low, t.fatalities_high = 0, None, None


def _dead_by_act(text: str) -> bool:
    """The sentence tells its dead as caused by an act, not by the fighting: a taking_toll_cause word whose next word
    (its article set aside) is no fight_noun."""
    toks = _sentence_words(text)
    causes, fights = words("taking_toll_cause"), words("fight_noun")
    for i, t in enumerate(toks[:-1]):
        if t in causes:
            nxt = toks[i + 1]
            if (nxt[2:] if nxt.startswith("ال") else nxt) not in fights:
                return True
    return False


def _vague_of_other(tolled: Sequence[Event]) -> None:
    """A vague stand-in ("هجوم كيميائي أسفر عن مقتل العشرات في دوما" read for a strike on T4 too) told in a sentence
    whose happening another kind's event counts by a told figure is that event's: the merge put the figure in place
    of the stand-in there (_told_over_vague), so their (toll, sentence) keys no longer meet in told_once. Only for
    documents with a vague toll: a dict of the counted events' sentence starts."""
    vague = [e for e in tolled if e.fatalities and VAGUE_TOLL in e.rule_ids]
    if not vague:
        return
    kinds_at: dict[int, set[str]] = {}  # evidence start -> kinds of events counting a told figure there
    for e in tolled:
        if e.fatalities and VAGUE_TOLL not in e.rule_ids:
            for x in e.evidence:
                kinds_at.setdefault(x.start, set()).add(e.sub_event_type or "")
    for e in vague:
        kind = e.sub_event_type or ""
        if any(kinds_at.get(x.start, set()) - {kind} for x in e.evidence):
            e.fatalities, e.fatalities_low, e.fatalities_high = 0, None, None
