"""The extraction step: Arabic analysis, recognition, frames, events with evidence.

Reads a Document's clean text and fills ``doc.spans`` (every recognised mention),
``doc.events`` (factual events, merged within the document), ``doc.dropped`` (candidate
events rejected, with the reason: modality, tally, background, low confidence) and
``doc.totals`` (long-run reported tallies).
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any, Callable, Final, Iterator, Mapping, Sequence

from marsad.dedup.rules import INFERRED_ACTOR
from marsad.extract import lexicons as L
from marsad.extract.genre import commentary_cue, keeps_undated, private_story
from marsad.extract.frames import (ARRESTS, REBEL_INTER, endings,
    CAMPAIGN_NAMED, campaign_named, campaign_phrase,
    Frame, Mention, POSSESSOR_TARGET_TYPES, possessor_hit, possessor_dead_before, after_counterpart, positions_in_country, after_person_noun, after_mission_noun, names_nationality, counted_people, held_civilians, apply_roles, grounded, grounded_agent, bloc_adjective_fits, is_bloc_adjective, broker_side, lone_deal_side, struck_own_site, casualty_side, DEAD_SHARE, dead_share, date_distance, find_modality, if_clause, held_by, joined_after, joined_agents,
    DOWNED_WEAPON, HOLDER_NO_AGENT, SHARE_SPAN, future_verb, members_leaving,
    pick_actors, WHY_BY_AGENT, WHY_LAND_NISBA, by_phrase_start,
    OneDead, clause_of, pick_fatalities, recast_actor, recast_by_country, resolve_territory, retype_by_agent, retype_by_doer, retype_by_roles,
    set_aside, subset_heads, last_that, that_between, unborrowed, presupposed,
)
from marsad.extract.scans import (form_in_keys as _form_in_keys, forms_in as _forms_in, holds_any as _holds_any, is_position,
                                  may_hold_forms as _may_hold_forms, positions as _positions,
                                  word_back_in_clause as _word_back_in_clause, words)
from marsad.extract.claims import (
    ATTRIBUTED, SPEAKER_WINDOW, CLAIM_NEW as _CLAIM_NEW, CLAIM_TOLD as _CLAIM_TOLD, CLAIM_UNTOLD as _CLAIM_UNTOLD, claims as _claims, definite_noun as _definite_noun, lead_said_day as _lead_said_day, report_day as _report_day,
    reports as _reports, responsibility_claims as _responsibility_claims, said_day as _said_day, source_tokens as _source_tokens, speaker_tokens as _speaker_tokens,
    spokesman_body as _spokesman_body, statement_day as _statement_day, verb_day as _verb_day,
)
from marsad.extract.days import (
    since_span as _since_span, coming as _coming, lead_next_day as _lead_next_day, next_day_told as _next_day_told, coming_after as _coming_after, terms_day as _terms_day, later_clause_day as _later_clause_day, earlier_clause_day as _earlier_clause_day, year_of_other_relative as _year_of_other_relative, compared_period as _compared_period,
    counted_from as _counted_from, gap_since as _gap_since, superlative_since as _superlative_since, is_since as _is_since, long_since as _long_since,
    moments_after as _moments_after,
    made_on_a_day as _made_on_a_day,
    opens_since as _opens_since, since_marked as _since_marked, past_report_end as _past_report_end, since_date as _since_date,
    ANCHOR_LEAD, anchored_days as _anchored_days, outside_anchor as _outside_anchor,
)
from marsad.extract.filters import (
    ARMED_HIT, AIRCRAFT_DOWNED, DAY_BEFORE, DEFENDED, DWU, GATHERINGS, PROTESTERS_HELD, SHARED_SUBJECT, TAKINGS, VICTIM_NEEDS, WEAK,
    WITHDRAWAL,
    drop_event, suppress_intercepted as _suppress_intercepted, suppress_weak as _suppress_weak,
    attacks_on_people as _attacks_on_people, told_with as _told_with,
    without_arrests_of_protests as _without_arrests_of_protests, without_false_alarms as _without_false_alarms,
    without_interceptions_of_strikes as _without_interceptions_of_strikes,
    without_protests_of_riots as _without_protests_of_riots, without_withdrawn_sides as _without_withdrawn_sides,
    without_clashes_of_riots as _without_clashes_of_riots, without_owners_of_riots as _without_owners_of_riots, RIOT_NO_OWNER,
    without_countrywide_transfers as _without_countrywide_transfers, without_cut_off_twins as _without_cut_off_twins, NEEDS_TOWN, NO_DESTINATION,
    without_country_doubles as _without_country_doubles, without_exact_copies as _without_exact_copies,
)
from marsad.extract.places import (
    AGENT_HOME, PLACE_LIST, PROVINCE_LIST, TOWNS_LEFT_CUE, towns_left as _towns_left, acting_state as _acting_state, OWNED_COUNTRY as _OWNED_COUNTRY, owned_country as _owned_country, agent_home as _agent_home, destinations as _destinations, document_place as _document_place, enumerated as _enumerated, list_tail as _list_tail,
    exactness as _exactness, launch_site as _launch_site, over_after_origin as _over_after_origin,
    SECOND_OBJECT as _SECOND_OBJECT, SECOND_OBJECT_RULE as _SECOND_OBJECT_RULE,
    OVER_AFTER_ORIGIN as _OVER_AFTER_ORIGIN, listed_places as _listed_places, ORIGIN as _ORIGIN, origin_site as _origin_site, one_act as _one_act,
    ARRIVAL_ORIGIN as _ARRIVAL_ORIGIN, arrival_origin as _arrival_origin,
    REPORTER_SEAT as _REPORTER_SEAT, reporter_seat as _reporter_seat, REPORTER_FROM as _REPORTER_FROM,
    reporter_from as _reporter_from, OFFICE_SEAT as _OFFICE_SEAT, office_seat as _office_seat,
    TELLER_SEAT as _TELLER_SEAT, teller_seat as _teller_seat,
    POCKET_PLACE as _POCKET_PLACE, pocket_place as _pocket_place, pocket_back as _pocket_back, ARRIVAL_DEAL as _ARRIVAL_DEAL, arrived_after as _arrived_after,
    SETTING_CLAUSE as _SETTING_CLAUSE, setting_clause as _setting_clause,
    OWN_COUNTRY as _OWN_COUNTRY, abroad_after_country as _abroad_after_country,
    ADVANCE_TARGET as _ADVANCE_TARGET, advance_targets as _advance_targets,
    named_over_relative as _named_over_relative, near_town_over_side as _near_town_over_side,
    provinces_over_side as _provinces_over_side,
    own_clause as _own_clause, pick_place as _pick_place, reason_places as _reason_places, retold_place as _retold_place,
    seat_abroad as _seat_abroad, slogan_places as _slogan_places, SLOGAN as _SLOGAN, specified_place as _specified_place, told_place as _told_place,
    without_near_points as _without_near_points,
    without_reference_points as _without_reference_points,
    BORDER_SIDE as _BORDER_SIDE, border_side as _border_side,
    without_located_asides as _without_located_asides, deal_elsewhere as _deal_elsewhere,
)
from marsad.extract.merge import (
    BEGUN_DAY, CAMPAIGN_DAY, DAY_AFTER_ACT, DEAL_ELSEWHERE, GENERIC_REBELS, generic_rebels, REGAINS, REPORT_DAY, SAID_DAY, SAID_TODAY, TOLD_DAY, country_of_generics, date_rank,
    dates_overlap, event_id_cnty, PROTEST_TALLY, VAGUE_TOLL,
    merge_within, OVERTAKES, set_interaction, state_inter, TAKEN_OVER_CLASH, TAKING_ACHIEVED, TITLE_AGENT, told_once,
    DEFAULT_READ, ANAPHORIC_MENTION, DEVICE_NAMED, IED as IED_SUB, TOLD_MONTH, EXECUTION, RETOLD_WEEK_RULE, OTHER_DAY_PLACE,
)
from marsad.extract.frames import SITE_AGENT_GUESSED
from marsad.extract.deals import (
    ANNOUNCER_RULE as DEAL_ANNOUNCER, DEAL_UNDER, MADE as DEAL_MADE, announced_with as _announced_with, deal_between,
    deal_phrase, deal_sides, made_by_side as _made_by_side,
    sides_told_after as _sides_told_after,
)
from marsad.geo import Geocoder
from marsad.geodesy import km
from marsad.geo.model import OWN_COUNTRYSIDE, PROVINCE_MEMBER, STOP_AFTER_PLURAL, STOP_MEMBER, PlaceMention
from marsad.geo.resolve import SIDE_TOWN_RULE
from marsad.geo.tables import countries
from marsad.lang.ar.dates import WEEKDAY_RUN, DateMention, find_dates, told_ago, told_by_week, told_up_to_now
from marsad.lang.ar.numbers import NumberMention, number_word
from marsad.lang.ar.matcher import Match
from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.numbers import find_numbers
from marsad.lang.ar.tokens import (WORD_MEMO_MAX, Analysis, Token, analyze_text, has_article, in_words, proclitic_splits,
                                   proclitic_stems, stem_tails, tokenize, with_conjunctions)
from marsad.model import OWN_COUNTRYSIDE_RULE as _MODEL_OWN_COUNTRYSIDE_RULE, Document, Event, Evidence, Span

#: the lexicons' look-ups step calls most, bound once: compiled, a Final name is a C static, where ``L.name`` is a
#: module-dict read and a module attribute read on every call (the same cached functions: cache_clear still empties them)
trigger_kind: Final = L.trigger_kind
actor_table: Final = L.actor_table
merge_family: Final = L.merge_family
time_units: Final = L.time_units
default_row: Final = L.default_row
title_agent_rule: Final = L.title_agent_rule
campaigns_by_place: Final = L.campaigns_by_place
owned_position_nouns: Final = L.owned_position_nouns

_MAX_SENT_CHARS: Final = 1200
MAX_EVENTS: Final = 500  # candidate events per document (a news article has a few dozen at most)
MAX_UNIT: Final = 400
UNIT_WINDOW: Final = 200  # tokens: longer "sentences" are cut into windows
# An event with nothing of its own but the trigger refers back to one told elsewhere.
ANAPHORIC: Final = frozenset({"place-context", "date-context"})
# ("وتأتي هذه الغارات في وقت ..."): no happening of its own, though it subsumes its sentence's weak words (g105f)
# assassinations, abductions and rapes named by a definite verbal noun are mostly notorious past crimes ("اغتيال
# الحريري"); strikes and clashes named so are mostly the campaign the article reports, told with its context
NAMED_CRIMES: Final = "Violence against civilians"
# violent types a report may name as known ("الهجوم الكيميائي"، "الضربة"، "عملية الاغتيال") as the context of its news
NAMED_HAPPENINGS: Final = frozenset({NAMED_CRIMES, "Explosions/Remote violence", "Battles"})
TOLD_VERBALLY: Final = "told-verbally"  # a noun trigger whose verb stands beside it: "تم إعدامهم"، "أطلق مسلحون النار على"
ARMED_KINDS: Final = ("state", "nonstate")  # actor kinds that take territory (_subject_inside)
SUBJECT_INSIDE: Final = "subject-inside"  # rule id: the riot's crowd is named inside its verb phrase ("أحرق متظاهرون")
PAST_PERFECT: Final = "date-past-perfect"  # "كان قد" + a perfect verb, undated: the week up to publication
SAID_OLD_DAY: Final = "said-old-day-87000"  # an old day told after the act by «في» in what was said, not the statement's (g104l)
DATE_IN: Final = "date_in"  # function_words.tsv: «في» before such an old day
STATEMENT_DAY: Final = "date-not-statement"  # the statement's day set aside for the act's own day told after it
LEAD_SAID: Final = "lead-said-64300"  # an undated act under a lead day that is a statement's: that day or the one before
LEAD_SPAN_OUT: Final = "lead-span-69600"  # an undated act told apart from the lead's span up to now: the report's window
RUNNING_SPAN_DAYS: Final = 2  # a span up to now longer than this (past the 48 hours) is how long something has gone on
# ... also when the lead's own act took the statement's day: an undated act of a later sentence (g100e)
LEAD_SAID_LATER: Final = "lead-said-later-68100"
DAYPART_RULE: Final = "rd-dp"  # relative_dates.tsv: the rule ids of a part of the day ("فجر"، "مساء"), read into a date's rule id
UPTO_REPORT: Final = "date-upto-report"  # a range running past the report, cut at its day
# a definite noun told as escalated or going on ("كثفت قوات النظام القصف على"، "مع استمرار القصف"), with or without a
# day: told as news, not only named (q22a)
AS_NEWS: Final = "as-news"
# g98i: a clash noun right beside a present verb of fighting going on ("تدور اشتباكات"، "حيث يجري القتال"): the fighting
# is told as going on at the report's time, which supports it at the gates as a day told does (function_words
# going_on). Only at the gates (_gate_lift): the confidence merges compare stays as it was, so a taking it folds
# into keeps its sub-type.
GOING_ON: Final = "going-on"
GOING_ON_LIFT: Final = 0.08  # as much as a day told adds (_confidence)
GOING_ON_WINDOW: Final = 2  # tokens between the verb and the clash noun ("تدور حاليا اشتباكات"، "اشتباكات عنيفة تدور")
ARMED_CLASH: Final = "Armed clash"
TERRITORY_PREFIX: Final = "tr-terr-"  # territory triggers: a taking or a loss folded into a clash
ESCALATION_WINDOW: Final = 6  # words back from the noun to the verb of escalation (its subject may stand between)
# a definite noun told as going on, in the pluperfect or beside its verb is told, not only named (q22a)
ANAPHORA_TOLD: Final = frozenset({"date-ongoing", PAST_PERFECT, TOLD_VERBALLY, AS_NEWS, GOING_ON})
TOLD_AGAIN: Final = "told-again"  # a well-known happening dated by its campaigns.tsv row
TOLD_AGAIN_WEEK: Final = "told-again-week"  # the same, in a report that never tells its day: the report's week
PLACE_FIELDS: Final = ("country", "iso", "region", "admin1", "admin2", "location", "latitude", "longitude",
                "geo_precision", "gazetteer_id")
ACTOR_DOCUMENT: Final = "actor-document"  # the agent of the nearest mention of the same sub-type, for want of one
TITLE_AGENT_KINDS: Final = frozenset({"state", "nonstate", "international"})  # armed sides a title may lend as an act's agent
SMALL_ARMS: Final = "small_arms"  # trigger_cues.tsv: the gunfire a killing is told with stands for its unnamed agent
GUNMEN: Final = "agent-gunmen"  # rule id: a killing by gunfire with no agent named is an unidentified armed group's
SMALL_ARMS_WINDOW: Final = 12  # tokens between the killing and its gunfire ("قتل الناشط بإطلاق نار في البصرة")
PROTESTERS_SHOT: Final = "victims-protesters"  # rule id: protesters read as an attack's agent are its victims
MILITIA_FORCE: Final = "militia-force-117500"  # rule id: excessive force by a non-state armed group is its attack (g108n)
VAC_ATTACK: Final = "Attack"  # the sub-type of violence against civilians that a militia's fire on a crowd takes
UNIDENTIFIED: Final = "unid"  # actors.tsv id of the unidentified armed group
TERRITORY: Final = "TERRITORY"  # triggers.tsv: a taking whose side (government or not) is read from its agent
SINCE_ACT_GAP: Final = 2  # tokens at most between an act's trigger and a since-day a few days back that dates it (g98r)
SINCE_WEEK: Final = "since-week-60600"  # rule id: a since-day 4..7 days back, no dead counted, starts an ongoing act (g98r)
BEGAN_WITH: Final = "began-with-120500"  # rule id: «، بدأ بقصف» after a campaign since a past day tells its opening (g108v)
HELD_SINCE: Final = "held-since-114000"  # rule id: a taking told held since more than a month back is history (g108e)
SINCE_NESTED: Final = "ts-42800"  # rule id: a taking's since-phrase dates a phrase nested after it, no tally (g62c)
SINCE_GOING_ON: Final = "fo-72400"  # rule id: a clash told going on since a recent span, no dead counted, is no tally (g101j)
# rule id: a since-phrase inside a clause of «بعدما»/«بعد أن» after the trigger dates that clause's act, not the trigger's
SINCE_AFTER_CLAUSE: Final = "fo-127000"
FIGHT_BEFORE: Final = "fight-before-result"  # rule id: "بعد اشتباكات" right before the news's result is no background (merge.py)
TAKING_KINDS: Final = frozenset({TERRITORY, *TAKINGS})  # a taking's trigger sub-types, its side read or not
TAKING_ACHIEVED_REACH: Final = 5  # tokens before a taking's preposition in which «تمكن»، «أسفر» may stand (g101i)
ANSWERED_TOLD: Final = "answered-told"  # rule id: the act a reason clause answers, told by its own verb, kept as news
ANSWERED_DAY: Final = "answered-day-140010"  # rule id: that act's own recent day, told after it past its result clause (g111f)
SHARE_CUES: Final = frozenset({"md-gen-1", "md-gen-2", "md-gen-3", "md-gen-4",  # modality "في المئة" cues: a share of an area
                        "md-gen-59900", "md-gen-59901",  # the marks "%" and "٪", read as "في المئة" (g98k)
                        SHARE_SPAN})  # the same cues read past their window over a taking's clause (g98bb)
SHARE_PLACE_GAP: Final = 2  # tokens from the share's «من» to its area's name («من مساحة الغوطة»)
SHARE_SAID: Final = "share-said-44600"  # rule id: a share of an area taken, told with its statement's recent day
ANSWERED_NEAR: Final = "answered-near-day"  # rule id: the verb-less act answered by an act told within a day of publication
ANSWERED_SPAN: Final = "answered-span-65100"  # rule id: ... by an act told on an older day within its sub-type's answer_span
# rule id: a deal framed by a "ل" aim or as background but told made on its day (g100u; days.made_on_a_day)
FRAMED_MADE_DATED: Final = "made-dated-69400"
TERMS_MADE_DATED: Final = "terms-made-dated"  # rule id: a deal under terms made on the day told (g100u)
# the background cues of a reason or a time after (modality.tsv ids: «على خلفية»، «ردا على»، «بعد»، «عقب»، «بعد أيام من/على»)
# under which a weapon's attack with its own place is a retold happening, not history (g102l); years («سنوات من»، «عام
# على») stay history
RETOLD_CUES: Final = frozenset({"md-bg-5", "md-bg-6", "md-bg-7", "md-bg-8", "md-bg-52", "md-bg-53", "md-bg-56", "md-bg-57"})
RETOLD_PLACE_WINDOW: Final = 9  # tokens from the noun to its own place («هجوم كيماوي مفترض اتهم النظام بتنفيذه في دوما»)
RETOLD_OWN_CUE: Final = 3  # words right before a retold noun that open its own phrase («ردا على»، «بعد أيام من»)
RESULT_TOLD_GAP: Final = 3  # tokens from a retold noun to its verb of result («هجوم كيماوي مفترض أسفر»)
RETOLD_WEEK: Final = 7  # days before the report a retold happening with no day of its own is dated from (dev gold)
# RETOLD_WEEK_RULE (merge.py): ... so dated by the report's week, not a day told (review g102s)
DEAL_BETWEEN: Final = "deal-between-76102"  # rule id: a deal told under its cue with its two sides named after «بين» (g103g)
MEMBERS_LEFT: Final = "members-left-76700"  # rule id: a group named after its members' noun behind a departure noun left (g103m)
DEAL_MADE_SIDE: Final = "made-side-73700"  # rule id: a deal told made by a relative verb, an armed group its side (g102c)
DEAL_SIDES_AFTER: Final = "deal-sides-after-132500"  # rule id: a deal whose phrase names its sides has none before its noun (g110f)
DEAL_MADE_WEEK: Final = "made-side-week-73701"  # rule id: ... dated by the report's week, no day of its own (g102c)
# rule ids (g101f, deals.py): the Agreement behind a transfer told under a deal («بموجب اتفاق مع الحكومة»); its sides
# from a foreign broker or party («برعاية روسية»); its own day told after the verb that made it. Else it is dated by
# the week up to the transfer's day, as the dev gold dates a deal told only as recent.
DEAL_BEHIND: Final = "deal-behind-72000"
DEAL_BROKER: Final = "deal-broker-72001"
DEAL_DAY: Final = "deal-day-72002"
DEAL_WEEK: Final = 7  # days before the transfer's day the deal's range starts when its own day is not told
DEAL_CARRIED: Final = ("place-context", "date-context")  # the transfer's rule ids its deal keeps: how its place and day were read
# the frames a deal told with the verb that made it and its day right after it escapes (modality.tsv ids): any
# terms cue; the background cues that make the deal the earlier happening of the sentence's act («بعد»، «عقب») or
# the one it carries out («تطبيقا ل»، «وفق»، «في إطار»، md-bg-14..22); an aim read from its "ل" prefix only
# («لبحث التوصل إلى اتفاق» has its aim in a cue and stays one). Not a truce in force («تزامنا مع»، «خلال») nor the
# plural recalled («الاتفاقات التي», md-bg-21800): their day is the pause's start or one deal of many.
MADE_FRAMES: Final = frozenset({("terms", None), ("intention", "md-purpose-li"),
                         *(("background", f"md-bg-{n}") for n in (7, 8, *range(14, 23)))})
CLAIMED_HERE: Final = "claim-69900"  # rule id: the group that claimed the attack in its own sentence is its agent (g100z)
CLAIMED_AFTER: Final = "claim-69901"  # rule id: ... in one of the next CLAIM_REACH sentences («وأعلن تنظيم داعش مسؤوليته عن الهجوم»)
CLAIM_REACH: Final = 2  # sentences after an attack's own where a claim of it may follow
CLAIMABLE: Final = frozenset({"Explosions/Remote violence", "Violence against civilians"})  # acts a group claims
ANSWERED_ACT: Final = "answered-act"  # rule id: the act a reason clause names, answered by an earlier act of its sentence (merge.py)
ACTS_LISTED: Final = "acts-listed"  # rule id: an air strike and a named gun or rocket fire told as two items of one list (merge.py)
ACTS_HELD: Final = "acts-listed-held"  # rule id: a listed fire an air refiner would have made an air strike (merge.py)
AIR_SUB: Final = "Air/drone strike"
SHELL_SUB: Final = "Shelling/artillery/missile attack"
# a shelling trigger's own ground weapon (trigger_cues ground_weapon) inside it or within OWN_WEAPON_SPAN tokens after it,
# with no air word there: an air cue elsewhere in the sentence tells another strike (g98qq)
GROUND_WEAPON: Final = "ground_weapon"
AIR_CUE: Final = "air"
OWN_WEAPON_SPAN: Final = 3
OWN_GROUND: Final = "rf-own-62900"
WEAPON_UNIT: Final = "weapon_unit"  # «فوج المدفعية»: the ground weapon names the unit struck, not the strike's weapon
STATE_CAMPAIGN: Final = "actor-campaign"  # rule id: an air strike's agent is the state whose campaign its sentence names (g78a)
LISTED_RELATIVE: Final = "listed-relative-151500"  # rule id: a strike listed after one a relative clause describes
ACTS_GAP: Final = 3  # words between two listed acts: the first one's adjectives ("غارات جوية سورية روسية وقصف صاروخي")
# the bare nouns of fighting "بعد" may tell as the way to the news's result (not "بعد الاشتباكات", fighting told before,
# nor "بعد احتدام القتال", a turn of a fight going on)
DAY_OF_PLACE_TOLD: Final = "day-of-place-told"  # «في أبريل 2017 ... خان شيخون. ... تقصف البلدة»: the town referred back to was told on an old day (g109h)
OLD_PLACE_DAYS: Final = 31
UNNAMED_SITE: Final = "military_site"  # trigger_cues.tsv group: a base, airport or positions told by kind, not by name
OTHER_DAY_GAP: Final = 5  # days before publication from which an act's own day is another day than the report's
DAY_TOLD_BEFORE: Final = "day-told-before"  # «... ديسمبر 2015. فقد اختطف»: the explicit day closing the sentence before (g97b)
# DAY_BEFORE (filters.py) "day-before-clause": named after "غداة", the day before the day its clause is told on (g88g)
NEXT_DAY_AHEAD: Final = 40  # tokens after a trigger searched for "غداة" whose clause tells the day before's dead (g97c)
NEXT_DAY_WINDOW: Final = 6  # tokens from "غداة" to the trigger of the happening it names ("غداة إقدام مئات المتظاهرين على اقتحام")
ONGOING_CONTEXT_DAY: Final = "ongoing-day-141000"  # rule id: fighting going on, dated by the context's day (g111i)
LATEST_DAYS: Final = 7  # "آخرها" with no date of its own: the last week before publication
NOUN_SINCE_WINDOW: Final = 3  # tokens before an old happening's noun searched for «منذ» (a yardstick, _HistoryRun)
CARRY_SENTENCES: Final = 2  # sentences back an undated act takes the day of an act told with its own day (_carried_days)
CARRIED_DAY: Final = "md-carried-56550"  # rule id: the day carried from the act told just before (_carried_days)
CARRIED_MET: Final = "met-carried-98500"  # rule id: an interception's day carried from the strike it met (_carries_to)
# rule id: an undated act under a statement's lead day, told right after an act of its own day within that day or the
# one before, takes that day, not the statement's two days (_near_days, g107a)
SAID_NEAR_DAY: Final = "said-near-day-111000"
# days no undated act told after takes: a statement's or the report's day, a span's start, a retold happening's
CARRY_BLOCKERS: Final = frozenset({REPORT_DAY, SAID_DAY, "since-day", TOLD_AGAIN, TOLD_AGAIN_WEEK})
SINCE_BLOCKERS: Final = CARRY_BLOCKERS - {"since-day"}  # a since-day span carried on (_since_span_to_report, g109a)
CIVILIANS: Final = "civ"  # actors.tsv id of the generic civilian victims
INTERCEPT_ORIGIN: Final = "place-intercept-origin-57550"  # rule id: a craft stopped "قادمة من سوريا" is not stopped in Syria
CLAUSE_TOLL: Final = "toll-clause"  # rule id: the toll told in the trigger's own clause, another trigger's clause apart
BATTLES: Final = "Battles"
PLACE_CLAUSE_TYPES: Final = frozenset({"Battles", "Strategic developments"})  # one clause's place (places.own_clause, g76b)
COUNTED_IN_PROVINCE: Final = "place-counted-province-95510"  # rule id: towns counted "in" a seat are in its province
COUNTED_IN_WINDOW: Final = 4  # tokens back from «في X» to the count of towns («13 بلدة على الأقل وقرية في درعا»)
REASON_PLACE: Final = "place-reason"  # rule id: the sentence's only places were a reason clause's, the act's is the context's
STRUCK: Final = frozenset({"Explosions/Remote violence"})  # acts from afar: whose dead they count is what they hit
SIBLING: Final = "sibling-place"  # rule id: a weak mention kept as one more place of a happening reported with confidence
HEAD_LISTED: Final = "head-listed-121501"  # rule id: a protest list's first town kept beside its kept copy (g108t)
HEAD_LISTED_TYPES: Final = frozenset({"Protests", "Riots"})
CLOSING_DAY: Final = "closing-day-121502"  # rule id: a recalled happening dated by a comma-set day closing its sentence
LIST_SIBLING: Final = "list-sibling"  # rule id: a weak town of a list whose other town was kept from that sentence
LIST_SHARED: Final = ("sub_event_type", "disorder_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
               "inter2", "interaction", "civilian_targeting")
SIBLING_TYPES: Final = frozenset({"Explosions/Remote violence", "Protests", "Riots"})
SIBLING_MARGIN: Final = 0.05  # how far below the threshold such a mention may score
REACH: Final = "reach-told"  # rule id: a strike noun next to a verb of reaching a place (function_words.tsv reach_verb; g62a)
REACH_FLOOR: Final = 0.35  # such a mention may score this low and still be tried as one more place of the day's strikes
DATED: Final = "dated-at-place"  # rule id: a weak mention kept for the day and the town told in its own words
TOLD_AGO: Final = "told-ago-53300"  # rule id: a strategic development over its day_span kept for a date told as so long ago
TOLD_WEEK: Final = "told-week-54852"  # rule id: an arrest, interception (g84f) or hand-over (g101g) over its day_span kept for
# a date told by its week or a part of a month ("الأسبوع الماضي"، "أوائل مارس"), within the sub-type's ago_span
WEEK_NEAR: Final = "week-near-72100"  # rule id: a hand-over kept so, its week told right at the act (event_types week_gap; g101g)
# TOLD_MONTH (merge): a strike, taking, clash or interception over its day_span kept for a past month or week told
# right at the act ("قصفت ... الشهر الماضي"، "في وقت سابق من الشهر الجاري"), clipped at publication (month_gap; g105b)
MONTH_BACK: Final = 62  # days before publication a month told so may start at most: the current or the previous month
MONTH_LAUNCH_GAP: Final = 6  # tokens back from such an act to a word of beginning: a campaign launched ("بدأت ... هجوما")
SINCE_BEFORE_MONTH: Final = 3  # tokens back from such a month to «منذ»: a span since ("فمنذ انطلاقها في يناير الماضي")
MONTH_MODE_GAP: Final = 3  # tokens after such an act to a word of an offensive's mode ("هجوما جويا وبريا")
WEAPON_NOUN_WEIGHT: Final = 0.5  # a noun trigger weighing less (a bare weapon: «صواريخ») is kept by no month
BEGAN_OWN_KINDS: Final = frozenset({"Battles", "Explosions/Remote violence"})  # acts a since-span dates (_began_of_trigger)
BEGUN_WINDOW: Final = 12  # tokens back from a day to a word of beginning, within one clause
LAUNCH_GAP: Final = 3  # tokens at most between a launch verb and its campaign noun ("أطلق الجيش السوري حملة"، "الحملة التي أطلقها")
LAUNCH_DAY: Final = "launch-day-148500"  # rule id: a campaign noun told launched by a perfect verb on one named day (g112g)
LAUNCH_DAY_GAP: Final = 4  # tokens at most between that day and the campaign noun ("في 19 حزيران بدعم روسي عملية")
BEGUN_OBJECT_GAP: Final = 3  # tokens at most from a day to the act right after it that began that day ("بدأت السبت، عملية")
BEGUN_OLD_DAYS: Final = 7  # a campaign's start older than the report's week dates no fighting the report tells (g69c)
BEGUN_OLD_TYPES: Final = frozenset({BATTLES, "Explosions/Remote violence"})
SINCE_CAMPAIGN_DAYS: Final = 13  # "بدأت منذ أسبوعين عمليات قصف": a since-span this long is a campaign's, not a day's (g98ii)
SINCE_CAMPAIGN: Final = "since-campaign-62200"  # the drop rule of _since_campaign
COMMAS: Final = frozenset({"،", ","})
LIST_JOINS: Final = COMMAS | {"و"}  # what may stand between two members of a wave's list of places
DATED_TYPES: Final = frozenset({"Strategic developments", "Violence against civilians", "Protests", "Riots"})
STRUCK_NAMED: Final = "target-after-ala"  # actor2 a country named after "على/ضد" ("الضربات على سوريا"): struck, not accused
FOREIGN_STRIKER: Final = "actor-foreign-striker"  # a default row's borrow_from agent read as the target is the agent
DEFAULT_TARGET: Final = "dt-"  # default_targets.tsv row ids: a counterpart no mention named
POSSESSOR_DEAD: Final = "actor2-own-dead"  # rule id: the speaker's men counted by a pronoun before the act are its dead (g92c)
FORCE_PREFIX: Final = "fh-"  # force_heads.tsv row ids: a general force word with a state's nisba (g106o)
AUTHORITY_PREFIX: Final = "au-"  # authorities.tsv row ids: a mention citing one is the authorities named by a nisba (g99al)
COUNTED_HELD: Final = "held-66501"  # rule id: a nationality counted by a number is the people an arrest holds (g99z)
POSSESSOR_SPOKE: Final = "actor2-own-forces"  # rule id: the speaker whose own forces or positions were hit ("قواتها") is the target
KIN_COUNTERPART: Final = "actor2-kin"  # rule id: a DATED mention's default counterpart replaced by a kept kin event's named one
DATED_MARGIN: Final = 0.07  # how far below the threshold a mention told with its own day and town may score
COARSE_GIDS: Final = ("c:", "x:")  # gazetteer ids of a country or of a region across provinces ("x:kurdistan-iq")
NEXT_TOLD_PLACE: Final = "next-told-place-65400"  # rule id (g99n): a coarse kept event given the town of its next sentence
# modality.tsv kinds whose mention may still retell an act just told and name its town: a relative clause ("الطائرات
# التي نفذت الغارات على قرية X"), a reaction to it ("رفضهما للقصف الذي استهدف منطقة X"), a call about it ("دعا ...
# للتحقيق في هجوم كيميائي في بلدة X"); tried only as a coarse twin's town (_told_on)
OTHER_RELATIVE_YEAR: Final = "year-of-relative-67800"  # a bare year in a relative clause on another noun dates no act (g100b)
RETELLING_MODALITIES: Final = frozenset({"relative", "refusal", "intention", "call"})
NEXT_TOLD_FLOOR: Final = 0.35  # such a mention may score this low and still be tried as its twin's town (as REACH_FLOOR)
FINER_PLACE: Final = "finer-place"  # rule id (g91g): a kept event at a country or region given the town of a weak retelling
TAKEN_TOWN: Final = "taken-town"  # rule id: a weak taking kept for the force and the town named in its own sentence
TAKEN_OBJECT: Final = "place-taken"  # rule id: the place is named just after the taking's trigger, as what was taken
TAKEN_GAP: Final = 4  # tokens from a taking's trigger to the town it took ("السيطرة على بلدتي X"، "سيطرت القوات على قرية X")
TAKEN_TOWN_MARGIN: Final = 0.16  # how far below the threshold such a taking may score
DEAL_TOWN: Final = "deal-town"  # rule id: a weak transfer kept at the town of an agreement the document keeps (g63b)
STRUCK_DATED: Final = "struck-dated-76200"  # rule id: a weak strike kept for its own day, agent and town told at it (g103h)
DAY_AT_ACT: Final = "day-at-act-76201"  # rule id: a strike's day told right before its trigger in its clause (g103h)
DAY_AT_GAP: Final = 4  # words at most from such a day to the strike's trigger ("أطلقت في 13 أبريل أكثر من 100 صاروخ")
STRUCK_DATED_MARGIN: Final = 0.16  # how far below the threshold such a strike may score (as TAKEN_TOWN_MARGIN)
DEAL_TOWN_MARGIN: Final = 0.2  # how far below the threshold such a transfer may score (0.28: in effect every weak one)
AGREEMENT_SUB: Final = "Agreement"
RELATIVE_DEAL_OBJECT_GAP: Final = 6  # tokens from a relative deal verb to the deal nouns its object (g112p)
DEAL_TOWNS_REACH: Final = 18  # tokens from a deal's trigger to a count of the towns it covers, within its clause (g112p)
# «هدنة» alone: a truce one side declares («الهدنة الروسية»، «أعلنت روسيا عن هدنة لمدة 5 ساعات») has no other party,
# so lone_deal_side gives it none (g87a: 2 of 2 such lone-Russia truces in the corpus were unilateral pauses)
ONE_SIDED_TRUCE: Final = frozenset({"tr-agr-14"})
# triggers.tsv rows of a regaining («استعاد*»، «استعادة»، «تستعيد*»): a state force its sentence names is the regainer
REGAIN_TRIGGERS: Final = frozenset({"tr-terr-4", "tr-terr-5", "tr-terr-6"})
STATE_REGAINER: Final = "state-regainer"  # an agentless regaining's state force, read as the side, made its agent (g91a)
_OBJECT_WORDS: Final = 7  # words from a strike trigger to its object's owner («قصفت طائرات حربية يوم الأحد مقرات X») (g53c)
_STRIKE_TYPES: Final = frozenset(("Explosions/Remote violence", "Battles"))  # the owner-by-name guard's event types (g53c)
OWNER_NOT_AGENT: Final = "owner-not-agent"  # a borrowed attacker named as the owner of the positions hit (g49c)
LENDER_OTHER_DAY: Final = "lender-day-66900"  # rule id: a nearer mention of another day lent no agent (_other_day)
LENDER_OTHER_FRONT: Final = "lender-front-66901"  # rule id: mentions before a sentence opened «وعلى جبهة أخرى» lent none
LENDER_DAYS_APART: Final = 2  # days between a borrower's and a lender's own dates beyond which they are two happenings
FALLBACK_ASIDE: Final = "fallback-aside-66300"  # rule id: the document's agent counted without the dead, reactors, owners
NOT_SIDE_BACK: Final = 4  # words back from an actor mention to a word that makes it no side («بينهم 3 ضباط سوريين ومقاتلون X»)
OWNER_BACK: Final = 2  # words back from it to a positions word whose owner it names («مواقع تابعة للنظام»)
BORROWED_AGENT: Final = frozenset({ACTOR_DOCUMENT, TITLE_AGENT, "actor-default", "actor-fallback", CLAIMED_AFTER})  # agents not read in the sentence
ONGOING_WINDOW: Final = 8  # tokens back from a trigger to a word telling that it goes on
CAMPAIGN_GAIN_GAP: Final = 4  # tokens from «خلالها» on to the trigger ("تمكنت خلاله من السيطرة")
CAMPAIGN_GAIN_BACK: Final = 24  # tokens back from «خلالها» to the campaign word it refers to
SUMMED_TYPES: Final = frozenset({"Battles", "Explosions/Remote violence"})  # acts a campaign summary sums up
NEEDS_AGENT: Final = "agent"  # triggers.tsv needs: the trigger is a happening only with its agent named in its sentence
# triggers.tsv needs (g102f): the agent read is an armed group or unknown gunmen, not a state force: «قتلت الشرطة 3
# أشخاص» killed suspects as often as bystanders, «قتل مسلحون 3 أشخاص» is an attack on civilians (tr-vac-74000)
NEEDS_ARMED_AGENT: Final = "armed_agent"
NONSTATE_KINDS: Final = frozenset({"nonstate", "unidentified"})  # actors.tsv kinds of an armed_agent
BODIES_FOUND: Final = "bodies_found"  # trigger_kinds.tsv: bodies found; the armed group named after them killed them (g102f)
BODIES_KILLER: Final = "bodies-killer-74006"  # rule id: that group read as the killer
ABDUCTION_SUB: Final = "Abduction/forced disappearance"
FOUND_DEAD_ABDUCTED: Final = "found-dead-108552"  # rule id: a recalled abduction whose victims are found dead (g106u)
STATE_NOT_VICTIM: Final = "state-not-victim-108551"  # rule id: a state named in an attack on civilians, not its victims (g106u)
BODIES_KILLER_BEFORE: Final = "bodies-killer-108550"  # rule id: the group named before bodies with a pronoun (g106u)
# rule id: the armed side read beside unknown gunmen as their target is theirs (g102f)
GUNMEN_GROUP: Final = "gunmen-group-74001"
# rule id: the non-civilian side read as the target of a named group's armed_agent killing is dropped (review s33)
VICTIMS_NOT_SIDE: Final = "victims-not-side-74800"
# rule ids citing an actor1 that an earlier step picked; a later step that replaces that actor1 drops them
FINDER_NOT_KILLER: Final = "bodies-finder-75400"  # rule id: a killing told after bodies found lost the finder as its agent
ACTOR1_PICKS: Final = frozenset({"actor-spokesman", "actor1-dead", "actor1-attack-owner"})
# triggers.tsv needs: soldiers or fighters counted as the dead; marks the killing triggers («قتل»، «مقتل») whose attack's
# owner named after them is the killer (g53d)
TROOPS_COUNTED: Final = "troops_counted"
OWNER_WINDOW: Final = 10  # tokens after a killing trigger in which "هجوم لـ X" names who attacked ("قتل عنصر في قسد في هجوم آخر للتنظيم")
OWNER_GAP: Final = 3  # tokens at most between the attack noun and its owner ("هجوم آخر لعناصر X")
THIS_FORCE: Final = "agent-this-force"  # rule id: the agent is named by pointing back ("هذه القوات"), g44b
THIS_FORCE_WINDOW: Final = 6  # tokens back from a trigger to "هذه القوات" ("وتمكنت هذه القوات الاثنين من السيطرة")
NEEDS_FIGHTERS: Final = "fighters"  # triggers.tsv needs: the cue group of fighters, also met by an armed group named right after
VICTIMS_CUE: Final = "civilian"  # trigger_cues group of unarmed victims ("قتل" needs it: licensed by who was killed)
VICTIMS_CUES: Final = VICTIM_NEEDS  # groups of victims that license a killing (tr-vac-74000; filters.py: one constant)
# triggers.tsv bars whose cue in the speaker's phrase of a reporting verb («أفاد ضابط في الشرطة أنه ...») is the
# speaker's title, not the act's: the officer is no armed victim (step._outside_speaker, g103c)
SPEAKER_TITLE_BARS: Final = frozenset({"!armed_victims"})
# trigger_kinds.tsv: the rows of the killing verb «قتل*»; its subject counted as fighters is who killed (g103i)
KILLING_VERB: Final = "killing_verb"
# function_words.tsv: «إلى» before «جهة مجهولة»: the unknown place someone was led to, no side (g103i)
UNKNOWN_PLACE_TO: Final = "unknown_place_to"
UNKNOWN_PLACE: Final = "unknown_place"  # function_words.tsv: «جهة/جهات», the head of that unknown place (review g103p)
CUSTODY_DEATH: Final = "custody_death"  # trigger_kinds.tsv: a death under torture in a side's prison (tr-vac-76340, g103i)
PRISON_KEEPER: Final = "prison-keeper-76303"  # rule id: the side named after it, whose prison it was, is the killer
KEEPER_KINDS: Final = frozenset({"state", "nonstate", "unidentified"})  # actors.tsv kinds that keep prisons
LONE_ATTACK: Final = "lone_attack"  # trigger_kinds.tsv: a knife or vehicle attack (tr-vac-76310.., g103i)
LONE_ATTACKER: Final = "lone-attacker-76302"  # rule id: its attacker, no group named, is an unidentified armed group
LEGAL: Final = "legal"  # modality.tsv kind: a court's sentence or case
GROUP_EXECUTION: Final = "group-execution-76300"  # rule id: an armed group carried out the execution (no court's sentence)
EXECUTION_TOLD: Final = "execution_told"  # trigger_kinds.tsv: «تم/جرى إعدام»: an execution told done, a happening (g104j)
CHARGE_SIDE: Final = "charge-side-76301"  # rule id: the side named in the charge is no side of the execution
CHARGE_WINDOW: Final = 14  # tokens after an execution to the charge word: «أعدمت الهيئة شابين في مدينة إدلب يوم الخميس بتهمة»
CARRIED_GAP: Final = 3  # tokens from the group to the execution noun: «نفذ تنظيم داعش حكم الإعدام»
CARRIED_OUT: Final = "carried_out"  # function_words.tsv: «نفذ*» before the group that carried out a sentence
ABSORBED_TOLL: Final = ("general", "unless:toll_cause")  # a killing barred as an attack's toll (filters.ABSORBED)
# function_words.tsv: a complementizer's pronoun that agrees with a feminine or plural speaker: «قالت الشرطة إنها قتلت»
# tells its own act
SPEAKER_DID: Final = "speaker_did"
COUNTED_KILLER_CUES: Final = ("troops_counted", "armed_victims")  # trigger_cues.tsv groups such a subject may match
KILLING_HEADS: Final = "killing_head"  # function_words.tsv: an opening verb of killing («قتل»): its subject is the dead
KILLER_GAP: Final = 4  # tokens from the counted word to the killing verb: «عناصر من تنظيم داعش قتلوا»
SUBJECT_GUNMEN: Final = "subject_gunmen"  # function_words.tsv: a bare word of gunmen that is a verb's subject after «إن»
KILLED_MARKS: Final = "killed_marks"  # trigger_cues.tsv: a body found shot, bound or tortured (triggers.tsv tr-vac-75701..)
BODY_MARKED: Final = "body-marked-75705"  # rule id: a body found with the marks of its killing, its killer unnamed (g103c)
CIVILIANS_SPARED: Final = "civilians_spared"  # function_words.tsv: a word before civilians not harmed by the act (g66e)
ROUND_QUANTITY: Final = "round_quantity"  # function_words.tsv: "آلاف" between a head noun and the civilians it counts
CIVILIANS_SPARED_RULE: Final = "civilians-spared"  # a frame whose sentence names civilians only as spared (g66e)
CIVILIAN_CUE: Final = "civilian"  # trigger_cues.tsv group of unarmed victims (needs civilian)
# trigger_cues.tsv groups whose match anywhere in a document tells of civilians harmed (default_targets.tsv when)
HOLDER_CUE: Final = "holder_cue"  # function_words.tsv: a word naming an armed group as holding or fighting at a place (g67b)
HOLDER_BEFORE: Final = 3
HOLDER_AFTER: Final = 2  # tokens before / after the group's name where that word stands
HOLDER_TOLD: Final = "holder-told-45000"  # rule id: the strike's own evidence names the group holding the place (g67b)
FIGHTERS_TOLD: Final = "fighters-target-45600"  # rule id: the strike's own evidence names unnamed fighters' positions (g68c)
MILITARY_TARGET: Final = "military_target"
FIGHTERS_GENERIC: Final = "fighters_generic"  # function_words.tsv groups (g68c)
TERROR_LABEL: Final = "terror_label"  # function_words.tsv: a striker's label for its foe (g91f)
FIRE_ORIGIN: Final = "fire_origin"
FROM_IT: Final = "fire_origin_pronoun"  # function_words: "المناطق التي انطلقت منها القذائف" (g68c)
FIGHTERS_AFTER: Final = 2  # tokens after a military target noun where the unnamed fighters' word stands
CIVILIANS_REPORTED: Final = ("civilian", "civilian_site", "civilian_harm", "chemical")
UNSPOKEN_REPORTS: Final = frozenset({"rp-v-6"})  # reporting.tsv «نقل*»: also "carried" («نقل المدنيين»), not only "quoted"
VICTIMS_TOLD: Final = "victims-told"  # rule id: a trigger licensed by its victims' cue, with no other target read: they are it
NEEDS_NOT: Final = "!"  # triggers.tsv needs "!group": the trigger is no happening of its own in a sentence holding the group
BARRED_PREFIX: Final = "unless:"  # the modality cue of a frame barred by a "!group" (its group's name follows)
# triggers.tsv needs ">group" (g100g): a cue of the group is the verb's object, told right after its subject
# («نشرت فرنسا 50 جنديا»، «أرسلت الحكومة السورية قواتها»، «أرسلت تركيا، الخميس، مئات الجنود»): only the subject, a day,
# a count or words of function_words object_gap stand between; elsewhere the verb publishes or sends something else
NEEDS_OBJECT: Final = ">"
# triggers.tsv needs "^group" (g105n): a cue of the group is the verb's own subject, told after it with only a count, a day
# or object_gap words between («انضمت خمسة فصائل إلى الجبهة»، «انضمت فصائل معارضة»): read as ">group" is, except that
# the cue may start an actor's name (there it is the subject, not a subject before the object)
NEEDS_SUBJECT: Final = "^"
OBJECT_WINDOW: Final = 7  # tokens from the verb to its object: «أرسلت تركيا ، الخميس ، مئات الجنود»
# trigger_kinds.tsv needs_town (filters.NEEDS_TOWN): a force sent or deployed is placed by the place it went to, told
# after the verb with a preposition of place or direction (function_words sent_to); placed otherwise (from another
# sentence, a place told before it, «للدفاع عن عفرين») it is marked NO_DESTINATION and dropped before the merge (g100g)
# triggers.tsv "!ordinary_crime" (g48i, g92g): a crime cue bars an arrest or a rape unless the clause names an armed
# non-state group (g92g): «اعتقلت الشرطة رجلا بتهمة اغتصاب فتاة» is a crime, «اغتصب عناصر داعش فتاة» is not
CRIME_BAR: Final = "!ordinary_crime"
BUILDUP_BAR: Final = "!buildup_frame"  # triggers.tsv needs of build-ups (q20c): preparation, lasting course or frame
BUILDUP_AIM: Final = "buildup_aim"  # trigger_cues.tsv: the preparation words of buildup_frame («استعدادا/تمهيدا/تحضيرا»)
AIM_DEST: Final = "aim-dest-138500"  # rule id: a build-up sent to a named place, its aim told after it (_sent_to_place)
AIM_DEST_GAP: Final = 3  # tokens from «إلى» to the place it names («إلى محيط مدينة X»)
# g93f: what an ordinary crime story tells (its suspect's arrest, the murder, the rape); a review drops all its
# Violence against civilians scenes too
PRIVATE_SUBS: Final = frozenset({ARRESTS, "Attack", "Sexual violence"})
ARMED_INTERS: Final = frozenset({2, 3, 4})  # rebels, political and identity militias (actors.tsv inter)
# cue groups a Riots trigger may find in the sentence before its own (g51c): "توجه الآلاف منهم [المتظاهرون] إلى القصور
# ... وأحرقوا مقرا": the crowd named in one sentence burns in the next, told by a plural verb or "منهم"
CARRIED_BACK: Final = frozenset({"protesters"})
CARRIED_BACK_TYPES: Final = frozenset({"Riots"})
CAMPAIGN_WINDOW: Final = 7  # tokens from a trigger to the campaign place it names ("طرد تنظيم داعش من مدينة الرقة")
AGENT_ROW_BACK: Final = 3  # tokens before actor1 a happening's name told by its agents may open at ("كل من")


SPAN_BACK_DAYS: Final = 3  # the longest counted span back ("بعد ثلاثة أيام من الاحتجاجات") that dates a happening, not a campaign
SPAN_BACK_POINT: Final = "span-back-point-64800"  # rule id: "بعد يومين من سيطرة القوات على البلدة": a one-time act's noun after a
# counted span of days is dated that many days before its clause's day (g99h)
WEEK: Final = 2  # ACLED time precision of a week: the coarsest day a recalled happening may call its own
# Kinds of what has not happened (yet): the verbal noun they fall on passes them to its object trigger
UNREAL: Final = frozenset({"intention", "future", "condition", "expectation", "call", "threat", "possibility", "refusal"})
LIST_ITEM_GAP: Final = 4  # tokens between two listed verbal nouns: an object, a comma, or an item with no trigger of its own
MEANS_WORD_GAP: Final = 8  # tokens between an act and the means a means word names: its object and place ("إلى مواقع في حمص")
SAME_ACT_GAP: Final = 8  # tokens between two verbal nouns of one kind of act joined by "و": an object with its adjectives
OWN_DAY_KINDS: Final = frozenset({"relative", "background"})  # modality kinds a day of the happening's own overrides
MODALITY_OPEN: Final = OWN_DAY_KINDS | {"note"}  # modality kinds the frame builder may still clear (see _settled)
OWN_VERB_WINDOW: Final = 2  # adjectives between an indefinite noun trigger and the verb of its relative clause
BACKGROUND_LIFT: Final = "own-day:md-bg"  # a happening recalled by a background cue ("بعد"، "عقب") and kept by a day of its own
DAY_OF_RECALLED: Final = "day-of-recalled"  # the day told after a recalled happening, set aside by a trigger before it
OWN_DAY_AFTER: Final = "own-day-after"  # a recalled happening's own day told after it, the nearer day before it set aside
OWN_DAY_WEIGHT: Final = 0.45  # the weakest trigger words ("دخول", "سيطرة", "الاتفاق") name no recalled happening alone
PLUPERFECT_REACH: Final = 16  # tokens from a sentence-opening "وكان/وكانت" to the trigger its past verb tells (g81f)
PERFECT_WINDOW: Final = 6  # tokens from "قد" back to "كان", and from the trigger to "قد"
LI_RELATIVE_DAY: Final = "own-day:li-relative"  # rule id (g98w): "للهجوم الذي شهدته دوما مساء السبت" kept with its own day
LI_RELATIVE_REACH: Final = 3  # adjectives between a definite act noun after "ل" and the "الذي/التي" of its relative clause
OWN_DAY_WINDOW: Final = 12  # tokens from such a trigger to the day told with it ("الهجوم الذي استهدف ... يوم الجمعة")
TOLL_MEANS_GAP: Final = 8  # tokens from a killing noun to the attack it names with "في/ب" ("مقتل 27 عنصرا من قوات الحشد في كمين")
SPAN_WINDOW: Final = 3  # tokens between "بعد/قبل" and the unit of a span ("بعد نحو ثلاثة أشهر على")
TALLY_DEAD: Final = 1000  # dead counted in one mention from which it is a long-run toll: no single attack in the news kills as many
TALLY_SINCE_DEAD: Final = 100  # hundreds of dead told with a start point days back ("منذ 18 شباط") are a campaign's running toll
TALLY_OVER_DAYS: Final = "tally-over-days"  # a toll counted over a period of days ("خلال خمسة أيام") is no one day's
OVER_DAYS_GAP: Final = 4  # tokens from a count of the dead to the word of its period ("305 أشخاص على الأقل خلال")
UNRESOLVED_PLACE: Final = "geo.unresolved"  # rule id prefix of a place mention the gazetteer did not find
ACT_TOLD_WINDOW: Final = 16  # tokens back from a verb of result to its definite act noun ("الهجوم، الذي وقع قبل الفجر يوم الاثنين وأسفر")
ACT_TOLL_GAP: Final = 10  # tokens from the verb of result to the count it tells ("أدى في السابع من نيسان إلى مقتل أربعين")
NEXT_TOLD_TOLL: Final = "next-told-toll-67100"  # rule id (g99ag): the count of the dead its next, act-less sentence tells
SINCE_BEFORE_TOLL: Final = "tally-since-before-76000"  # hundreds dead, no day, right after a sentence counting from far back (g103f)
BARE_RISE: Final = "toll-bare-rise-66600"  # a toll's rise told with no act, place, side or cause: a running total (g99aa)
ACT_PART: Final = "toll-act-part-86000"  # «بينهم ثمانية قتلوا في انفجار سيارة مفخخة»: the act takes its share of the dead (g104k)
PLACE_PART: Final = "toll-place-part-66800"  # «قتل 20، بينهم 11 في مدينة درعا»: the town's event takes its part (g99ad)
RISE_CAUSE_GAP: Final = 4  # tokens after a risen figure where a cause binds it to its act ("إلى 7 جراء"، "إلى 8 أشخاص على الأقل جراء")
CAUSE_GAP: Final = 3  # tokens back from a hedged noun trigger to the word of cause it follows ("جراء الهجوم المفترض بغازات")
ALLEGED_DAY_GAP: Final = 3  # tokens after an alleged noun trigger its own day may stand ("مفترض استهدف السبت")
ALLEGED_GAP: Final = 2  # tokens after a noun trigger its "alleged" may stand in ("هجوم كيماوي سوري مزعوم")
REFERENCE_WINDOW: Final = 4  # tokens back from a noun trigger to the reaction it is the object of ("الرد على الهجوم")
SUSPECT_WINDOW: Final = 12  # tokens after a trigger within which a suspicion word names its agent ("غارة ... يعتقد أن إسرائيل نفذتها")
SUSPECT_REACH: Final = 4  # tokens from the suspicion word to the side suspected ("يشتبه في أن إسرائيل"، "نسبه أيضا إلى X")
REACTOR_WINDOW: Final = 8  # tokens back from a noun trigger to a condemning verb ("أدانت وزارة الخارجية العراقية، الجمعة، الضربات")
ASIDE_MAX: Final = 3  # tokens of an aside set off by two commas ("، الأحد،")
SAID_OWN_DAY: Final = 8  # tokens from an act to a day of its own told after it, past the statement's ("قتلوا ... الأسبوع الماضي");
# farther, the day is a nested clause's ("الدخول إلى دوما وجمع عينات من موقع الهجوم الذي وقع في 7 نيسان")
RUN_OWN_DAY: Final = 24  # tokens from an act to days in a row told after it ("تصدى ...، بعد محاولتهم ... يومي الثلاثاء
# والأربعاء"): a span of days is no statement's day and no nested clause's point in time, so it reaches past commas
HEADLINE_MAX_WORDS: Final = 16  # a line without a full stop up to this long is a heading or a related headline
# A strike verb with a second strike word in its sentence is told twice over (rule id "corroborated").
# Only strikes: in the corpus, two words of a battle, a transfer or an agreement in one sentence are as
# often an analyst's summary as a report.
CORROBORATED: Final = "corroborated"
CORROBORATING_TYPES: Final = frozenset({"Explosions/Remote violence"})
CIVILIAN_SITE_WINDOW: Final = 3  # tokens from a trigger to the civilian site it strikes ("قصف على سوق مدينة")
LEAD_CHARS: Final = 400  # the lead: where a report names its main day
QUOTE_RELATIVE: Final = "rd-"  # relative_dates.tsv day_offset rows ("اليوم", "أمس"): counted from when they were said
QUOTE_DAY: Final = "quote-day"  # a relative day in quoted speech counted from when it was said
# a mention's day read otherwise than as the nearest day of its sentence (prefixes of its rule ids)
OWN_READINGS: Final = (REPORT_DAY, SAID_DAY, "own-day", "span-back", TOLD_AGAIN, "latest-of", "since-day", QUOTE_DAY)
QUOTE_LAG_DAYS: Final = 2  # a lead day this close before publication is the day the quoted words were said
QUOTES: Final = ('"', "«", "»", "“", "”")
QUOTE_MIN_WORDS: Final = 3  # fewer quoted words are a name or a title, not speech
BOMBARDMENTS: Final = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})  # what "القصف" may name
EXCESSIVE_FORCE: Final = "Excessive force against protesters"  # the one protest kind whose dead are counted (g96b)
VIOLENT_DEMO: Final = "Violent demonstration"  # a riot of a crowd, not a mob's attack on people
RIOT_CROWDS: Final = frozenset({"protester", "rioter"})  # a crowd a riot may meet, besides the state's forces (g111q)
RIOTS: Final = "Riots"  # a riot's wave toll is guarded as a lethal-force one (g97e)
VIOLENT: Final = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})  # evidence text longer than this is cut around the trigger


def _at_province_building(toks: Sequence[Any], a: int, b: int, place: Any) -> bool:
    """Whether the sentence [a, b) names a governorate's building ("مبنى محافظة X", "مقر المحافظة") of ``place``:
    the building word right before the word for governorate, which opens the named province or stands alone
    for the province told (g38i)."""
    building, governorate = words("province_building"), words("governorate_word")
    for k in range(a, b - 1):
        if toks[k].norm in building and toks[k + 1].norm in governorate:
            named = k + 2 < b and place.tok_start == k + 1
            if named or toks[k + 1].norm.startswith("ال"):
                return True
    return False


def _drop_speaking_civilians(civ: _ByUnit, si: int, reports: Sequence[Match]) -> None:
    """"قال ناشطون، الثلاثاء، إن ضربات ... أسفرت عن سقوط قتلى": a civilian word right after a reporting cue (a verb, a
    preposition, a source noun: «مصادر إعلامية») is who tells the news (activists, residents, doctors as sources), not the victims a killing needs
    (g52d). «نقل» is left out: «نقل المدنيين» carries them, it is no speaker's verb there."""
    told_by = {r.tok_end for r in reports if r.payload.id not in UNSPOKEN_REPORTS}
    if told_by:
        civ[si] = [m for m in civ[si] if m.tok_start not in told_by]



def _drop_counted_killers(cue_s: Mapping[str, _ByUnit], si: int, toks: Sequence[Token], trigs: Sequence[Match],
                          actors: Sequence[Mention], a: int, reporting: Sequence[Match]) -> None:
    """"قال مصدر أمني إن مسلحين مجهولين قتلوا أربعة رعاة"، "داهم عناصر من داعش منزلا ... وقتلوا رجلا وزوجته": a word of
    fighters counted (troops_counted, armed_victims) that is the subject of a killing verb whose object is civilians or
    unarmed people told right after it is who killed, not the dead: it licenses no clash and bars no attack on
    civilians in sentence ``si`` (g103i). The subject stands right before the verb (only the words of its group's
    name, «من» or unknown-killer words between), or right after the sentence's opening verb when the killing verb is
    joined to it by «و/ف» in the plural («وقتلوا»). Read only for a killing verb (trigger_kinds killing_verb) in a
    sentence holding such a cue."""
    kill = trigger_kind(KILLING_VERB)
    # the victims' groups are the sentence's, read once (review g103p: not per killing verb)
    victims = [c for g in sorted(VICTIMS_CUES) for c in cue_s.get(g, _EMPTY)[si]]
    if not victims:
        return
    for t in trigs:
        if t.payload.id not in kill or t.payload.pos != "verb":
            continue
        groups = [g for g in COUNTED_KILLER_CUES if cue_s.get(g, _EMPTY)[si]]
        if not groups:
            return
        if not _object_after_subject(toks, t, victims, actors):
            continue
        for g in groups:
            cues = cue_s[g]
            kept = [c for c in cues[si] if not _killing_subject(toks, c, t, actors, a, reporting)]
            if len(kept) < len(cues[si]):
                cues[si] = kept


def _group_executes(toks: Sequence[Token], t: Match, actors: Sequence[Mention]) -> bool:
    """An armed non-state group carries out execution ``t``: the verb's subject right after it («أعدم تنظيم داعش»), or
    the subject of «نفذ» before the sentence's noun («نفذ تنظيم داعش حكم الإعدام»: function_words carried_out, the
    group then at most CARRIED_GAP tokens before the trigger). Read only for an execution the legal modality dropped."""
    for m in actors:
        if m.value.kind != "nonstate" or m.value.inter not in ARMED_INTERS:
            continue
        if t.payload.pos == "verb" and m.tok_start == t.end_tok:
            return True
        if m.tok_end <= t.start_tok <= m.tok_end + CARRIED_GAP and m.tok_start > 0 \
                and toks[m.tok_start - 1].norm in words(CARRIED_OUT):
            return True
    return False


def _charge_at(toks: Sequence[Token], t: Match, b: int) -> int:
    """The token of a charge word (function_words charge_word: «بتهمة»، «بتهم») within CHARGE_WINDOW tokens after
    execution ``t`` in its sentence (ending at ``b``), or -1."""
    charge = words("charge_word")
    return next((k for k in range(t.end_tok, min(t.end_tok + CHARGE_WINDOW, b)) if toks[k].norm in charge), -1)


def _killing_subject(toks: Sequence[Token], c: Match, t: Match, actors: Sequence[Mention], a: int,
                     reporting: Sequence[Match]) -> bool:
    """Cue ``c`` is the subject of killing verb ``t`` (_drop_counted_killers): right before it, or right after the
    sentence's opening verb (token ``a``) when ``t`` is a plural verb joined by «و/ف» («داهم عناصر من داعش ... وقتلوا»);
    not after a verb of killing (the dead) nor a reporting verb (the speaker, ``reporting``: «أفاد ضابط ...»)."""
    if c.end_tok > t.start_tok:
        return False
    if c.start_tok == a + 1 and t.prefix.startswith(SHARED_SUBJECT) \
            and toks[t.start_tok].norm.endswith(endings("subject_suffix")) \
            and toks[a].norm not in words(KILLING_HEADS) and not any(r.start_tok == a for r in reporting):
        return True
    gap = words("killer_words")
    return t.start_tok - c.end_tok <= KILLER_GAP and all(
        toks[j].norm == "من" or toks[j].norm in gap or any(m.tok_start <= j < m.tok_end for m in actors)
        for j in range(c.end_tok, t.start_tok))


def _subject_gunmen(toks: Sequence[Token], triggers: Sequence[Match], taken: set[int],
                    fire: Sequence[Match] = ()) -> list[Match]:
    """"قالت الشرطة إن مسلحين قتلوا ثلاثة مزارعين": a bare word of gunmen (function_words subject_gunmen) right after a
    complementizer and right before a violent verb (or first in a phrase holding its doer) is that verb's subject,
    unknown gunmen (actors.tsv unid), not a
    count of the dead nor of whom the speaker names (g98q's left item; g103i); so is one right after a verb of firing
    (``fire``: «أطلق مسلح النار»). Read per violent verb trigger and verb of firing: two token look-ups."""
    out: list[Match] = []
    gunmen = words(SUBJECT_GUNMEN)
    inside = trigger_kind(L.AGENT_INSIDE)
    for u in triggers:
        # a phrase holding its doer («مسلحين استهدفوا», trigger_kinds agent_inside) starts with the gunmen's word
        k = u.start_tok if u.payload.id in inside else u.start_tok - 1
        if k < 1 or u.prefix or u.payload.pos != "verb" or u.payload.event_type not in VIOLENT or k in taken:
            continue
        if toks[k].norm in gunmen and toks[k - 1].norm in words("that"):
            out.append(Match(k, k + 1, toks[k].start, toks[k].end, actor_table()[UNIDENTIFIED], toks[k].norm, ""))
    for c in fire:
        # «أطلق مسلح النار على مصلين»، «أطلق مسلحان مجهولان النار»: the gunman who fired (trigger_cues fire_verb)
        k = c.end_tok
        if k < len(toks) and k not in taken and toks[k].norm in gunmen and not any(m.start_tok == k for m in out):
            out.append(Match(k, k + 1, toks[k].start, toks[k].end, actor_table()[UNIDENTIFIED], toks[k].norm, ""))
    return sorted(out, key=attrgetter("start_tok")) if fire else out


def _civilians_spared(toks: Sequence[Token], m: Mention, reports: Sequence[Match]) -> bool:
    """"مصير المدنيين"، "نزوح آلاف السكان"، "ممرا آمنا للمدنيين"، "قال سكان": civilians named as displaced, evacuated,
    protected or as who tells the news are not whom the strike fell on (ACLED codes a strike on a town held by a side
    against that side unless civilians were its victims or targets). Reads the one or two words before the mention
    (a quantity word between: "آلاف"); runs only for a civilians mention in a sentence with a trigger (g66e)."""
    if _spared_word_before(toks, m.tok_start):
        return True
    return any(r.tok_end == m.tok_start and r.payload.id not in UNSPOKEN_REPORTS for r in reports)


def _spared_word_before(toks: Sequence[Token], start: int) -> bool:
    """A civilians_spared word (function_words.tsv) right before ``start``, or before a quantity word there."""
    k = start - 1
    if k >= 0 and toks[k].norm in words(ROUND_QUANTITY):
        k -= 1
    return k >= 0 and in_words(toks[k].norm, words(CIVILIANS_SPARED))


def _object_of_verb(f: Frame) -> bool:
    """actor2 stands right after the frame's strike verb, as its object ("استهدفت قوات تركية"): what it hit (g55d)."""
    m = f.actor2
    return m is not None and f.tdef.pos == "verb" and 0 <= m.tok_start - f.trigger.end_tok <= 1


class _ByUnit(dict):
    """Mentions by sentence index; a sentence with none reads as empty (most sentences
    hold none of most kinds: a list per sentence and kind cost more than the frames)."""

    __slots__ = ()

    def __missing__(self, si: int) -> tuple:
        return ()


_EMPTY: Final = _ByUnit()
# what makes a strike told without its agent a report of the day, not a loose mention: the military site it hit
# ("سقوط صواريخ على المطار") and the hour it struck ("عند الساعة العاشرة ليلا"); trigger_cues.tsv groups
STRIKE_CREDIBLE: Final = ("military_site", "time_of_day")
PROJECTILE: Final = "projectile"  # trigger_cues.tsv: a rocket or a shell
MEANS_TOLD: Final = "credible:projectile"  # a bare strike word told with what it fired (g89d)
FRONT_AXIS: Final = "front_axis"  # trigger_cues.tsv: «على محاور عدة»، «على جبهة أخرى» (a ground front told)
FRONT_TOLD: Final = "front-told-64700"  # rule id: a Battles mention told on its fronts, lifted at the gates (g99g)
DEAD_FRONT: Final = "dead_front"  # trigger_cues.tsv: «في جبهة»، «على محور» (where counted fighters fell, g105c)
FRONT_DEAD: Final = "front-dead-94500"  # rule id: fighters counted dead at a front with no killer named keep the clash
DEAD_FRONT_WINDOW: Final = 10  # tokens from the killing to its front ("قتل 4 من عناصر ميليشيا الحوثي قبل يومين في جبهة")
MEANS_MIN_WEIGHT: Final = 0.5  # triggers.tsv weight: tr-shell-18/19 (imperfect) are 0.45 and 0.4, the others 0.55 and more
MEANS_WINDOW: Final = 5  # tokens after the strike word: "استهداف الحوثيين المملكة بصواريخ" has the weapon 3 after
DEAL: Final = "agreement"  # trigger_cues.tsv: a deal a transfer is told under ("بموجب اتفاق"، "في إطار الاتفاق")
DEAL_WINDOW: Final = 12  # tokens of a transfer trigger where its deal is named
NVT_SUB: Final = "Non-violent transfer of territory"
# g66d: a departure of fighters told with the town they left right after it ("خروج مسلحين من الرحيبة"، "غادرت آخر
# مجموعة من المقاتلين جوبر") is a transfer even when its weak trigger reads below the floors: a candidate at the
# candidate floor, kept among the weak events
PLACE_LEFT: Final = "place-left"
LIST_STOP_MEMBER: Final = "place-list-64900"  # rule id: the town is a common word read as a member of its list (g99i)
PLURAL_STOP_TOWN: Final = "place-list-68700"  # rule id: a common word read as a town after "بلدات"/"قرى" (g100k)
# rule id: the copy at a town's own countryside told right after it ("مدينة درعا وريفيها الشرقي والغربي", g109m); the
# merge keeps it apart from the town's event (merge.own_countryside_apart)
OWN_COUNTRYSIDE_RULE: Final = _MODEL_OWN_COUNTRYSIDE_RULE
SIDE_TOWN: Final = "place-side-town-139521"  # rule id: the event's place is a side given the town told after it (g111e)
DEAL_AT_SIDE: Final = "place-deal-side-139520"  # rule id: a deal told at a side stays there, not at the town told after (g111e)
SIDE_BACK: Final = "place-side-back-135500"  # rule id: «الريف الشرقي»، «ريفها الشرقي» told back, a side of the countryside (g110o)
LIST_CARRIED: Final = "place-list-carried"  # rule id: a next sentence inherits the province or country of a list of towns
PLACE_SPREAD: Final = "place-spread"  # rule id: a list after a verb of spreading is not copied to (g82b)
SPREAD_KEPT: Final = frozenset({"Peaceful protest"})  # protests that spread to a list of places are protests at each
SPREAD_WINDOW: Final = 30  # tokens from a trigger to its list within which a verb of spreading is looked for
PROTEST_SPREAD: Final = "ps-71300"  # rule id: a protest placed only where the wave spread, with no day told first (g100ap)
SPREAD_REACHED: Final = "ps-80031"  # rule id: the towns a wave told from its origin reached, one protest each (g104e)
SPREAD_WEEK: Final = "ps-80030"  # rule id: that protest dated over the week up to publication (g104e)
SPREAD_FORCE_TOWNS: Final = "ps-109000"  # rule id: a force frame placed in the spread list: the towns, peaceful each (g106v)
SPREAD_MIXED: Final = "ps-109001"  # rule id: a wave's list mixing provinces and towns, a protest at each (g106v)
SINCE_PROTEST: Final = "ps-111500"  # rule id: a protest told since a day of this week, with its dead: one range (g106z)
PROVINCES_OVER_SIDE: Final = "pl-111501"  # rule id: provinces told before «في» + a side of a town are the place (g106z)
PROTEST_KINDS: Final = frozenset({"Protests", "Riots"})
SPREAD_ONSET: Final = "ps-95000"  # rule id: the towns a wave spread to after its onset's place, one protest each (g105d)
LIST_LEAST: Final = 2  # the fewest distinct towns that make a list a next sentence is about as a whole
LIST_WIDE: Final = 3  # the fewest towns, in several provinces, whose list a next sentence inherits as their country
PLACE_LEFT_WINDOW: Final = 8  # tokens from the departure's trigger to the place it left
PLACE_LEFT_NEEDS: Final = frozenset({"fighters", "buses"})  # the trigger rows whose departers are armed (triggers.tsv needs)
TOWARD: Final = "departure_toward"  # function_words.tsv: "إلى": a place after it is where they went, not the one left
# a departure noun told as begun ("بدء خروج الحافلات"): told done or going on, not as a term, an aim ("حريصة على
# إخراج") or a halted process ("تعليق عمليات إخراج"), which a bare noun often is; a verb tells it done
BEGUN: Final = "departure_begun"  # function_words.tsv group
# a deal or a handover concerns where the people leave, never where they go, even told before it
# ("خروج حافلات من دوما لنقلهم إلى جرابلس، غداة التوصل إلى اتفاق لإجلائهم": the agreement is Douma's)
MOVE_DEALS: Final = frozenset({"Agreement", NVT_SUB})
DEST_BEFORE: Final = "dest-before"  # rule id: a destination told before the deal or transfer set aside as its place
# trigger_cues.tsv crowd: tens, hundreds, thousands as a protest verb's subject ("تظاهر العشرات من الأهالي") name who
# protested: the sentence tells its agent, though the people read («الأهالي») are set aside as no protest's actor1
CROWD: Final = "crowd"
CROWD_AGENT: Final = "agent-crowd"
OWN_PLACE_FIRST: Final = "own-place-117502"  # rule id: a gathering told again by a trigger of its kind keeps the place before it
CROWD_RIOT: Final = "riot-crowd-117501"  # rule id: a counted crowd as a riot verb's subject (g108n)
CROWD_WINDOW: Final = 3  # tokens after the verb where its crowd stands ("تظاهر، الجمعة، المئات")
# trigger_cues.tsv leavers: fighters or a band of them («المقاتلون»، «مجموعة») as a leaving verb's subject, right after it
# or just before it («من المقاتلين وعائلاتهم غادروا»): the sentence tells who left, only not by a side's name (g106w)
LEAVERS: Final = "leavers"
LEAVING_VERB: Final = "leaving_verb"  # trigger_kinds.tsv
# trigger_kinds.tsv sites_evacuated: an evacuation verb of a side's own sites («أخلى»، «إخلاء»): each airport, base or
# province listed is a move of its own, not one act over the list as a surrender or an order is (g109g)
SITES_EACH: Final = "sites_each"
SITES_EACH_RULE: Final = "place-each-125500"
BUSES: Final = "buses"  # trigger_cues.tsv: buses carrying the departers («حافلات تقل مسلحين»)
LEFT_PLACE: Final = "place-left-109501"  # rule id: place_words back_left, the area a leaving verb takes, told before
LEAVERS_AGENT: Final = "agent-leavers-109500"
LEAVERS_AFTER: Final = 3  # tokens after the verb where its subject starts («غادر، الجمعة، المسلحون»)
LEAVERS_BEFORE: Final = 2  # tokens between the subject's end and the verb («المقاتلين وعائلاتهم غادروا»)
# trigger_cues.tsv protest_out / protest_with: a protest noun as the subject of a verb just before it ("خرجت الأحد
# احتجاجات"، "اندلعت تظاهرات") or with who took part just after it ("تظاهرات بمشاركة الآلاف") is told as happening, its
# crowd implied: it supports the protest as a crowd after a protest verb does (CROWD_AGENT)
PROTEST_OUT: Final = "protest_out"
PROTEST_WITH: Final = "protest_with"
NOUN_TOLD: Final = "agent-noun-told"
OUT_WINDOW: Final = 2  # tokens between the verb and its protest noun ("خرجت، الأحد، احتجاجات")
CONCEDED: Final = "denial_conceded"  # a denial conceded supports a violent act of its sentence, whoever its agent
SITE_TOLD: Final = "credible:military_site"
POSITIONS_HIT: Final = "target-positions"  # a strike told as falling on positions ("قصفت مواقع"): no town's people by default
NAMED_OVER_RELATIVE: Final = "nr-72800"  # rule id: a named area or town told as holding a side of a town (g101n)
NEAR_TOWN_OVER_SIDE: Final = "place-near-town-74202"  # rule id: "جنوب Y قرب بلدة X" is near X (g102h)
BY_AGENT: Final = "by-agent-71800"  # a passive's agent named by "من قبل/على يد" after the side acted on (g101d)
NEAR_GROUP_CHARS: Final = 200  # characters before an act's evidence where the group it was taken from may be named
POSITIONS_WINDOW: Final = 2  # tokens after a strike trigger where the positions it hit are named


def _share_of_place(toks, t: Match, cues: Sequence[Match], places: Sequence[Any]) -> bool:
    """The share cue after taking ``t`` is told of a named area: «65 في المئة من الغوطة»، «من مساحة الغوطة» (a place
    mention one or two tokens after its «من»); «من مساحتها»، «من الأراضي التي ...» name none of their own."""
    c = next((c for c in cues if c.start_tok >= t.end_tok and c.payload.id in SHARE_CUES), None)
    if c is None or c.end_tok >= len(toks) or toks[c.end_tok].norm != "من":
        return False
    return any(c.end_tok < p.tok_start <= c.end_tok + SHARE_PLACE_GAP for p in places)


def _settled(f: Frame) -> bool:
    """``f``'s modality stays to the end of ``frames``: only a relative, background or side-note reading gives way
    to a day of the happening's own, and only a weak trigger's is overwritten by ``suppress_weak`` (by its
    event type, which the roles may change)."""
    return f.modality is not None and f.modality[0] not in MODALITY_OPEN and f.tdef.weight >= WEAK


def _bucket(items: Sequence[Any], sent_of_tok: list[int]) -> _ByUnit:
    out = _ByUnit()
    last = len(sent_of_tok)
    for m in items:
        k: int = m.tok_start  # a native int (compiled): the bound test and the list read skip the generic paths
        if 0 <= k < last:
            si: int = sent_of_tok[k]
            got = out.get(si)
            if got is None:
                out[si] = [m]
            else:
                got.append(m)
    return out


def _leader_at(norm: str) -> tuple[str, Any] | None:
    """The leaders.tsv row (id, state actor) of a token's normalised form, read through its proclitics ("وبوتين"،
    "لأردوغان") by the Arabic layer's own splits."""
    table = L.leaders()
    for stem in proclitic_stems(norm):
        got = table.get(stem)
        if got is not None:
            return got
    return None


def _with_leaders(toks: Sequence[Token], lo: int, hi: int, sides: Sequence[Mention]) -> list[Mention]:
    """«اتفق بوتين مع أردوغان»: in a deal's sentence (tokens lo..hi) a leader named by his one-word name
    (leaders.tsv) is a side, his state. Runs only for Agreement triggers: one dict look-up per token of the
    sentence; elsewhere leaders are no actors («شعارات مناوئة لأردوغان»)."""
    taken = {m.tok_start for m in sides}
    extra: list[Mention] = []
    for k in range(lo, hi):
        if k in taken:
            continue
        row = _leader_at(toks[k].norm)
        if row is not None:
            extra.append(Mention("actor", k, k + 1, toks[k].start, toks[k].end, row[1], row[0]))
    if not extra:
        return list(sides)
    return sorted([*sides, *extra], key=attrgetter("tok_start"))


def _phrase_sides(f: Frame, sides: Sequence[Mention]) -> None:
    """The sides of a deal told in its phrase (DEAL_SIDES_AFTER: «بعد الاتفاق الذي وقعته الفصائل المسلحة مع روسيا
    والنظام السوري»), coded as a deal phrase's are (deals.deal_sides): the foreign state named, else the home state,
    actor1; the armed group actor2. The group's country is the home one. Left as read when the phrase names no armed
    group and state both (g110f)."""
    group = next((m for m in sides if m.value.kind == "nonstate"), None)
    if group is None:
        return
    pair = deal_sides([m.value for m in sides], group.value.country)
    state = next((m for m in sides if pair is not None and m.value is pair[0]), None)
    if state is not None:
        f.actor1, f.actor2 = state, group


def _without_brokers(toks: Sequence[Token], sides: Sequence[Mention]) -> list[Mention]:
    """«برعاية روسية»، «بوساطة الأمم المتحدة»: a side named right after a word of brokering (function_words
    broker_cue) mediated the deal and is no party to it. Runs only for Agreement triggers: one set look-up of the
    token before each side mention. A side joined by «و» right after a broker's is a broker too («برعاية روسية وإيرانية
    وتركية»: Iran is no party, g102u; one more comparison per side)."""
    cues = words("broker_cue")
    kept: list[Mention] = []
    broker_ends: set[int] = set()  # token ends of the brokers read so far: a «و» side right after one is joined
    for m in sorted(sides, key=lambda m: m.tok_start):
        if m.tok_start > 0 and (toks[m.tok_start - 1].norm in cues
                                or m.tok_start in broker_ends and toks[m.tok_start].norm.startswith("و")):
            broker_ends.add(m.tok_end)
        else:
            kept.append(m)
    return kept


_QUOTE_SET: Final = frozenset(QUOTES)


def _without_group_nationality(toks: Sequence[Token], sides: Sequence[Mention],
                               adjs: Sequence[Mention]) -> list[Mention]:
    """«قالت جماعة "جيش الإسلام" السورية إنها وافقت»: a state adjective right after a named armed group (a closing
    quote between them at most) tells the group's country, not a second party to the deal. Runs only for Agreement
    triggers: one comparison per adjective and group mention."""
    return [m for m in adjs if not _after_group(toks, m, sides)]


def _after_group(toks: Sequence[Token], m: Mention, sides: Sequence[Mention]) -> bool:
    """Mention ``m`` stands right after a non-state side of ``sides``, only closing quotes between."""
    k = m.tok_start
    while k > 0 and toks[k - 1].norm in _QUOTE_SET:
        k -= 1
    return any(g.tok_end == k and g.value.kind == "nonstate" for g in sides)


STATE_SPEAKER_GAP: Final = 3  # tokens from a state speaker's name to the "أنه/إنها" that tells its own act ("الأردن الأحد أنه")


def _state_speakers(names: Sequence[Match], reporting: Sequence[Match], taken: set[int],
                    toks: Sequence[Any]) -> list[Match]:
    """The state_speakers.tsv names told right after a reporting verb, with no proclitic ("أكد الأردن", not
    "أكد للأردن"), not inside a name already read, and telling its own act by a complementizer carrying the
    subject within STATE_SPEAKER_GAP tokens ("أكد الأردن الأحد أنه وافق"، "أعلنت بغداد أنها استهدفت"): without
    it the verb may tell a claim to a place or a power ("أكدت بغداد على استعادة سيطرتها على جوازات السفر"), not
    an act. Runs once a document; the names are rare, so the verb ends are gathered only when one is found."""
    if not names:
        return []
    verb_ends = _verb_ends(reporting)
    return [m for m in names if m.start_tok in verb_ends and not m.prefix and m.start_tok not in taken
            and _tells_own_act(toks, m.end_tok)]


def _verb_ends(reporting: Sequence[Match]) -> set[int]:
    """The token right after each reporting verb: where its speaker stands («أعلنت | السلطات»)."""
    return {r.end_tok for r in reporting if r.payload.kind == "verb"}


def _tells_own_act(toks: Sequence[Any], k: int) -> bool:
    """A complementizer carrying the subject (function_words that_pronoun: «أنه»، «أنها») within STATE_SPEAKER_GAP
    tokens from ``k``, the end of a speaker's name: the speaker tells its own act («أعلنت بغداد أنها استهدفت»)."""
    own = words("that_pronoun")
    return any(t.norm in own for t in toks[k:k + STATE_SPEAKER_GAP])


@cache
def _not_side_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The words before an actor mention that make it no side (the dead, a reaction), and the words for positions
    whose owner it then is; each with a one-letter conjunction or not (one look-up)."""
    return (with_conjunctions(words("not_side_before") | words("reactor_head")),
            with_conjunctions(words("positions")))


def _after_not_side(toks: Sequence[Token], at: int) -> bool:
    """A cue among the NOT_SIDE_BACK words before token ``at`` (a positions word among the OWNER_BACK nearest), no
    punctuation but quotes between («مواقع "إيرانية"»)."""
    cues, positions = _not_side_cues()
    for i in range(at - 1, max(-1, at - 1 - NOT_SIDE_BACK), -1):
        t = toks[i]
        if t.punct and t.norm not in QUOTES:
            return False
        if t.norm in cues or (at - i <= OWNER_BACK and t.norm in positions):
            return True
    return False


def _side_counts(actors: Sequence[Mention], toks: Sequence[Token]) -> Counter[str]:
    """How often the document names each armed actor as a possible side. A mention right after a word of the dead or
    of a reaction (function_words not_side_before, reactor_head), or naming the owner of positions, is no agent of its
    acts («بينهم ضباط سوريون ومقاتلون إيرانيون» in an Israeli strike, «مواقع إيرانية»), so it is not counted for the
    agent a sentence with none borrows (g99w). NOT_SIDE_BACK tokens back per mention at most, one set look-up each."""
    out: Counter[str] = Counter()
    generic = L.force_generic_rows()
    for m in actors:
        if m.value.kind not in ("state", "nonstate"):
            continue
        if not _after_not_side(toks, m.tok_start):
            # «قوات الأمن العراقية» (force_heads.tsv, g106o) counts as the general force its head names
            out[generic.get(m.rule_id, m.value.id)] += 1
    return out


def _by_agent_read(t: Match, actor1: Mention | None, sides: Sequence[Mention], why: Sequence[str]) -> bool:
    """The passive's agent named by "من قبل/على يد" decided ``actor1`` (pick_actors' ``why``) while another side is
    named before it, the side acted on that would have been read first: the rule decided (cited, g101d)."""
    if WHY_BY_AGENT not in why or actor1 is None or actor1.tok_start < t.end_tok:
        return False
    return any(m.tok_start < actor1.tok_start and m.value.id != actor1.value.id for m in sides)


def _cite_by_agent(f: Frame, t: Match, sides: Sequence[Mention], why: Sequence[str]) -> None:
    """Cite BY_AGENT (and land-nisba-73800, g102d) for the latest pick of ``f``'s sides alone (``sides`` and ``why``
    that pick's): a speaker's or reactor's re-pick that drops the by-phrase's agent drops its citation, one that reads
    it cites it (review s32 (2), item 5). Cost: a list look-up per pick."""
    if BY_AGENT in f.rule_ids:
        f.rule_ids.remove(BY_AGENT)
    if _by_agent_read(t, f.actor1, sides, why):
        f.rule_ids.append(BY_AGENT)
    # the land noun's nisba refused as the agent (g102d), cited for the latest pick alone, as BY_AGENT
    if WHY_LAND_NISBA in f.rule_ids:
        f.rule_ids.remove(WHY_LAND_NISBA)
    if WHY_LAND_NISBA in why and (f.actor1 is not None or f.actor2 is not None):
        f.rule_ids.append(WHY_LAND_NISBA)


def _authority_side(f: Frame, sub_event_type: str) -> None:
    """An act whose side is the authorities named by a nisba («اعتقلت السلطات التركية») cites the authorities.tsv row;
    in an arrest the authorities are the state's police (default_actors.tsv's Arrests row for that country), as ACLED
    codes a state's authorities arresting (g99al)."""
    for m in (f.actor1, f.actor2):
        if m is not None and m.rule_id.startswith(FORCE_PREFIX):
            f.rule_ids.append(m.rule_id)  # «قوات الأمن التركية»: the force_heads.tsv row that named the state (g106o)
        if m is None or not m.rule_id.startswith(AUTHORITY_PREFIX):
            continue
        row = L.authorities().get(m.rule_id)
        if row is None:
            continue
        f.rule_ids.append(row.id)
        if sub_event_type == ARRESTS and m is f.actor1:
            f.actor1 = Mention(m.kind, m.tok_start, m.tok_end, m.start, m.end, row.police, m.rule_id, m.prefix)


def _unspoken_authorities(toks: Sequence[Token], sides: list[Mention], ends: set[int]) -> list[Mention]:
    """``sides`` without the authorities.tsv mentions right after a reporting verb («أعلنت السلطات الأردنية مقتل»):
    the speaker, no side of the act it tells (g99al) — unless it tells its own act by a complementizer carrying the
    subject within STATE_SPEAKER_GAP tokens («أعلنت السلطات الإسرائيلية أنها استهدفت»), as _state_speakers reads
    (_tells_own_act). ``ends``: the sentence's reporting verb ends (_verb_ends), built once per sentence."""
    if not ends or not any(m.rule_id.startswith(AUTHORITY_PREFIX) for m in sides):
        return sides
    return [m for m in sides if not (m.rule_id.startswith(AUTHORITY_PREFIX) and m.tok_start in ends
                                     and not _tells_own_act(toks, m.tok_end))]


def _with_authorities(actors: Sequence[Match], found: Sequence[Match]) -> tuple[list[Match], dict[int, str]]:
    """``actors`` with the authorities.tsv mentions («السلطات التركية») as their state's actor, and the row id by the
    mention's first token; an actor match inside one («السعودية» of «السلطات السعودية») gives way to it."""
    inside = {k for a in found for k in range(a.start_tok, a.end_tok)}
    kept = [m for m in actors if not any(k in inside for k in range(m.start_tok, m.end_tok))]
    named = [a._replace(payload=a.payload.state) for a in found]
    return sorted(kept + named, key=attrgetter("start_tok")), {a.start_tok: a.payload.id for a in found}


def _authority_ids(mentions: list[Mention], authority_at: dict[int, str]) -> list[Mention]:
    """The authorities mentions cite their authorities.tsv row as their rule_id (read by ``_authority_side``)."""
    if authority_at:
        for m in mentions:
            if m.tok_start in authority_at:
                m.rule_id = authority_at[m.tok_start]
    return mentions


def _mentions(matches: Sequence[Match], kind: str) -> list[Mention]:
    return [Mention(kind, m.start_tok, m.end_tok, m.start, m.end, m.payload,
                    getattr(m.payload, "id", "") or "", m.prefix) for m in matches]



def _head_unreal(t: Match, tdef: L.Trigger, toks: Sequence[Any], sent_frames: Sequence[Frame]) -> tuple[str, str] | None:
    """The modality of a verbal-noun trigger right before ``t`` whose object ``t`` is ("لاستعادة السيطرة",
    "بانتظار إبرام الاتفاق"): what is aimed at, awaited or feared has not happened, nor has its object. So
    with a verbal noun listed after it ("طالبهم بتسليم السلاح وتسوية الوضع أو الخروج"): the demand, aim or
    threat covers each item of the list. A recalled taking's own object is as recalled ("بعد استعادة السيطرة على
    الغوطة، اتجهت العمليات ...": g102p): the object only, no list; a day of its own still keeps it (own-day)."""
    for g in reversed(sent_frames):
        if g.tdef.pos != "noun" or not g.modality:
            continue
        if g.modality[0] in UNREAL and (
                g.trigger.end_tok == t.start_tok or _listed_after(g.trigger.end_tok, t, tdef, toks)
                or _same_act_listed(g, t, tdef, toks) or _means_of(g, t, tdef, toks) or _gloss_of(g, t, tdef, toks)):
            return g.modality
        # (takings only: a recalled blast's «تفجير سيارة مفخخة» or a span's «القصف والغارات» name the act itself, or a
        # list, which other readings date)
        if g.modality[0] == "background" and g.trigger.end_tok == t.start_tok \
                and g.tdef.sub_event_type == TERRITORY == tdef.sub_event_type and not t.prefix.startswith("و"):
            return g.modality
    for g in sent_frames:
        # «روسيا التي أبرمت في الأيام الأخيرة اتفاقات مصالحة»: the deals a relative deal verb made are its object and
        # describe the maker as the verb does (deals only, in the verb's clause; g112p)
        if g.tdef.pos == "verb" and g.modality and g.modality[0] == "relative" \
                and g.tdef.sub_event_type == AGREEMENT_SUB == tdef.sub_event_type \
                and 0 <= t.start_tok - g.trigger.end_tok <= RELATIVE_DEAL_OBJECT_GAP \
                and not _holds_any(toks, g.trigger.end_tok, t.start_tok, words("clause_break")):
            return g.modality
    return None


def _means_of(g: Frame, t: Match, tdef: L.Trigger, toks: Sequence[Any]) -> bool:
    """``t`` names with "ب" the means of unreal frame ``g``'s act, its object at most between ("لمنع قصف العاصمة
    بقذائف الهاون"، "دعا إلى وقف استهداف المدنيين بالبراميل المتفجرة"): a means of an act not done is not used."""
    gap = t.start_tok - g.trigger.end_tok
    if not 0 <= gap <= MEANS_WORD_GAP or tdef.event_type != g.tdef.event_type:
        return False
    if not (t.prefix.startswith("ب") and gap <= LIST_ITEM_GAP) and not _means_word_before(g, t, toks):
        return False
    breaks = words("clause_break")
    return not any(toks[k].norm in breaks for k in range(g.trigger.end_tok, t.start_tok))




def _gloss_of(g: Frame, t: Match, tdef: L.Trigger, toks: Sequence[Any]) -> bool:
    """``t`` glosses frame ``g``'s trigger in brackets right after it ("طائرات مسيرة (درون)"), or follows that gloss at
    once ("(درون) مفخخة"): the same thing named again or described, as unreal as it (g109h)."""
    k = g.trigger.end_tok
    return t.start_tok == k + 1 and toks[k].norm in ("(", ")") and tdef.event_type == g.tdef.event_type


def _means_word_before(g: Frame, t: Match, toks: Sequence[Any]) -> bool:
    """A means word (function_words `means_word`) right before ``t``, after ``g``'s trigger, a quote mark at most
    between ("باستخدام \"صواريخ جديدة\""): it names ``t`` as the means of the act, as "ب" would."""
    k = t.start_tok - 1
    if k > g.trigger.end_tok and toks[k].norm in QUOTES:
        k -= 1
    return k >= g.trigger.end_tok and toks[k].norm in words("means_word")


def _same_act_listed(g: Frame, t: Match, tdef: L.Trigger, toks: Sequence[Any]) -> bool:
    """``t`` is a verbal noun of the same kind of act as unreal frame ``g``, joined by "و" after ``g``'s longer
    object in one clause ("لمنع القصف المروع للغوطة الشرقية المحاصرة وقصف العاصمة"): the call or condition
    covers both places; LIST_ITEM_GAP is too short for an object with its adjectives."""
    gap = t.start_tok - g.trigger.end_tok
    if tdef.pos != "noun" or not t.prefix.startswith("و") or not LIST_ITEM_GAP < gap <= SAME_ACT_GAP \
            or tdef.sub_event_type != g.tdef.sub_event_type:
        return False
    breaks = words("clause_break")
    return not any(toks[k].norm in breaks for k in range(g.trigger.end_tok, t.start_tok))


def _listed_after(end: int, t: Match, tdef: L.Trigger, toks: Sequence[Any]) -> bool:
    """``t`` is a verbal noun joined by "و" or "أو" to the list item that ends at token ``end`` (its object
    at most between them)."""
    gap = t.start_tok - end
    if tdef.pos != "noun" or not 0 <= gap <= LIST_ITEM_GAP:
        return False
    return t.prefix.startswith("و") or (t.start_tok > 0 and toks[t.start_tok - 1].norm in words("list_joiner"))


def _weapons_listed(toks: Sequence[Any], triggers: Sequence[Match]) -> frozenset[int]:
    """The start tokens of an air-strike noun and a gun or rocket fire noun told as two items of one list ("قصف مدفعي
    وغارات سورية"، "غارات جوية وقصف صاروخي"، "الغارات الجوية والقصف المدفعي"): two kinds of strike by two means,
    which ACLED codes as two events. The fire must name its gun or rocket itself (function_words shell_weapon), the
    air strike be no bare "ضربات" (a missile strike may be told so), and the second item open with "و" at most
    ACTS_GAP words after the first, no clause break between. One noun with two adjectives ("قصفا جويا ومدفعيا")
    is one act."""
    out: set[int] = set()
    breaks = words("clause_break")
    for x, y in zip(triggers, triggers[1:]):
        gap = y.start_tok - x.end_tok
        if not 0 <= gap <= ACTS_GAP or not y.prefix.startswith("و") \
                or any(toks[k].norm in breaks for k in range(x.end_tok, y.start_tok)):
            continue
        if x.payload.pos != "noun" or y.payload.pos != "noun":
            continue
        subs = {x.payload.sub_event_type: x, y.payload.sub_event_type: y}
        air, fire = subs.get(AIR_SUB), subs.get(SHELL_SUB)
        if air is None or fire is None or norm_key(air.phrase) in words("generic_air_strike"):
            continue
        if _weapon_named(toks, fire):
            out.update((x.start_tok, y.start_tok))
    return frozenset(out)


def _weapon_named(toks: Sequence[Any], t: Match) -> bool:
    """Trigger ``t`` or the word right after it names a gun or a rocket ("قصف صاروخي"، "القصف المدفعي"، "قذائف")."""
    weapons = words("shell_weapon")
    last = min(t.end_tok + 1, len(toks))
    return any(toks[k].norm in weapons for k in range(t.start_tok, last))


CAMPAIGN_TOLL: Final = "campaign-toll-98001"  # rule id: a day's toll of civilians is that day's strike of the campaign told before
CAMPAIGN_REACH: Final = 3  # sentences back the campaign's running total may be told before the day's toll


def _campaign_day_tolls(frames: list[Frame], rec: Mapping[str, Any], published: dt.date | None) -> None:
    """«نددت واشنطن بالقصف الذي يشنه النظام وأوقع أكثر من 400 قتيل منذ الأحد في الغوطة الشرقية ... وقتل ما لا يقل عن 46
    مدنيا الخميس»: civilians killed on a day of their own, told with no act, no place and no killer (set aside as
    casualties wanting an agent), a few sentences (CAMPAIGN_REACH) after a campaign of strikes told only by its running
    total (a strike with its agent and place, dropped as a tally), are that campaign's strike of that day, where the
    campaign struck: the tally has no day, the day's toll has no act. Only a single recent day (LATEST_DAYS), a count
    of the dead, and civilians as the dead; the last such campaign before the toll. One pass over the frames, only in
    documents with a strike's tally (g105k)."""
    if published is None:
        return
    tallies = [c for c in frames if c.total and c.event_type in STRUCK and c.place is not None
               and c.actor1 is not None and c.actor1.value.kind in ("state", "nonstate")]
    if not tallies:
        return
    bk = rec.get("buckets")
    for f in frames:
        if f.modality != ("casualties", "needs-agent") or f.fatalities is None or f.date is None \
                or f.actor2 is None or f.actor2.value.kind != "civilian":
            continue
        d = f.date
        if d.precision != 1 or d.date_start is None or d.date_start != d.date_end \
                or not 0 <= (published - d.date_start).days <= LATEST_DAYS:
            continue
        if bk is not None and (bk["places"][f.sentence] or _act_named(bk["triggers"][f.sentence],
                                                                        bk["casualties"][f.sentence])):
            continue
        c = next((c for c in reversed(tallies) if 0 < f.sentence - c.sentence <= CAMPAIGN_REACH), None)
        if c is None:
            continue
        f.event_type, f.sub_event_type = c.event_type, c.sub_event_type
        f.actor1, f.place, f.modality = c.actor1, c.place, None
        f.rule_ids.append(CAMPAIGN_TOLL)


def _finder_not_killer(frames: list[Frame]) -> None:
    """«عثرت الشرطة على جثث خمسة رجال أعدموا بالرصاص»: the killing verb told after the bodies reads the side named
    before them, the finder, as its agent, and lends it to the bodies (actor-document). The finder is never the killer:
    that agent is undone, so the document's killer or an unidentified group is read instead (g102n Left).
    One pass over the frames, and a second only in a document telling bodies found."""
    found = {f.sentence: f.trigger.start_tok for f in frames if f.tdef.id in trigger_kind(BODIES_FOUND)}
    if not found:
        return
    for f in frames:
        b = found.get(f.sentence)
        if b is not None and f.actor1 is not None and f.event_type == NAMED_CRIMES and f.trigger.start_tok > b \
                and f.actor1.tok_end <= b:
            f.actor1 = None
            f.rule_ids.append(FINDER_NOT_KILLER)


class _HistoryRun:
    """The sentences with a happening told by a verb and dropped as old (a date or a bare year before the
    background window) and none kept (read in document order): a sentence right after one, with no date of its
    own, goes on with that history."""

    def __init__(self, dates_by_sentence: Sequence[Sequence[Any]], toks: Sequence[Any] = ()) -> None:
        self.dates = dates_by_sentence
        self.toks = toks
        self.old: set[int] = set()  # sentences
        # sentence -> merge families of the happenings told there by a noun with an old day of their own (g108b)
        self.old_nouns: dict[int, set[str]] = {}
        self.news: set[int] = set()
        self.old_types: set[str] = set()  # event types of happenings dropped as old, none of that type kept before
        self.news_types: set[str] = set()

    def dropped(self, f: Frame, old: bool) -> None:
        # history is told by verbs ("سيطر التنظيم على المدينة عام 2014"); an old happening named by a noun is a
        # comparison or a reference ("الأكثر دموية منذ الاعتداء الذي وقع في يناير")
        if old and f.tdef.pos == "verb":
            self.old.add(f.sentence)
        elif old and self._noun_with_day(f):
            self.old_nouns.setdefault(f.sentence, set()).add(merge_family(f.sub_event_type))
        if old and (f.sentence > 0 or f.modality == ("background", "bare-year")) \
                and f.event_type not in self.news_types:
            # the lead tells the news: an old day read there is mostly a span it is compared with ("الأعنف منذ بدء
            # الصراع عام 2011"), not the happening its later nouns name; a bare year told with its verb is history
            self.old_types.add(f.event_type)

    def kept(self, f: Frame) -> None:
        self.news.add(f.sentence)
        self.news_types.add(f.event_type)

    def named_again(self, f: Frame) -> bool:
        """"اعترف الجيش بغارة استهدفت في 2007 منشأة ... ومع أن الأصابع أشارت إلى وقوفه خلف تلك الغارة": a definite
        noun with no day of its own, after a happening of its type dropped as old and before any of that type kept,
        names that old happening again (an explainer or a confession of history), not a happening of the news."""
        return (f.date is None and "definite" in f.rule_ids and f.event_type in self.old_types
                and f.event_type not in self.news_types)

    def _noun_with_day(self, f: Frame) -> bool:
        """A happening told by a noun with an old day of its own in its sentence («شنت الولايات المتحدة في 14 نيسان
        غارات»، «قتل مدني في 26 مارس جراء غارة»): history as a verb tells it, unless the noun is a yardstick («الأكثر
        دموية منذ الهجوم الذي ... في 16 يناير»: act_toll_since before it) or a campaign («أطلق الجيش في 19 حزيران
        عملية عسكرية»: what it began goes on into the news). A few token look-ups."""
        d, k = f.date, f.trigger.start_tok
        if d is None or d.precision != 1 or "date-context" in f.rule_ids or not self.toks:
            return False
        since, campaign = words("act_toll_since"), words("campaign_noun")
        return self.toks[k].norm not in campaign and not any(
            self.toks[j].norm in since for j in range(max(0, k - NOUN_SINCE_WINDOW), k))

    def goes_on(self, f: Frame) -> bool:
        # the lead tells the news: its happening dropped as old was misdated, not history to carry on
        prev = f.sentence - 1
        if prev <= 0 or prev in self.news or self.dates[f.sentence]:
            return False
        if prev in self.old:
            return True
        # a sentence right after one telling an old happening by a noun with its day goes on with it only for an act
        # of that happening's kind, or its other face («شنت ... في 14 نيسان غارات ... . واستهدفت غارات جوية مواقع»)
        fams = self.old_nouns.get(prev)
        return fams is not None and (merge_family(f.sub_event_type) in fams or L.face_of(f.sub_event_type) in fams)


RURAL_MODIFIER: Final = ("prefix", "rural")
SHELLS_TOLD: Final = "shells_told"  # trigger_kinds.tsv: projectiles told where they fell (g67c)
BARE_STRIKE: Final = "bare_strike"  # trigger_kinds.tsv: a shelling word naming no weapon («قصف»، «استهداف»)
AGENT_INSIDE: Final = L.AGENT_INSIDE  # one name for the kind, in lexicons.py (review 2, item 5)
BARE_ATTACK: Final = "bare_attack"  # trigger_kinds.tsv: «استهدف» with a bare attack noun as subject («الهجوم استهدف»), g99u
BARE_BLAST: Final = "bare_blast"  # trigger_kinds.tsv: an explosion word naming no bomb («انفجار»، «التفجير»), g91c
ACCIDENT: Final = "accident"  # modality.tsv kind: a store of arms blowing up («انفجار مستودع ذخيرة»), no attack
ACCIDENT_TOLD: Final = "md-acc-told"  # rule id: a bare explosion word in a report of such a blast


def _accident_told(frames: Sequence[Frame]) -> None:
    """A report that tells a store of arms blowing up («قتل 39 في انفجار مستودع أسلحة») says «الانفجار» of that blast
    all through («أسباب الانفجار غير واضحة»): its bare explosion words are no attack either. Words naming a bomb
    («سيارة مفخخة»، «عبوة ناسفة») are left to tell their own. Runs once per document, over its frames only when
    one was read as such a blast (a few documents a corpus)."""
    if not any(f.modality is not None and f.modality[0] == ACCIDENT for f in frames):
        return
    bare = trigger_kind(BARE_BLAST)
    for f in frames:
        # a word of another type refined into a bomb by «تفجيرات» beside it («عمليات اغتيال وتفجيرات») names none either
        if f.modality is None and (f.tdef.id in bare or (f.sub_event_type == IED_SUB and f.tdef.sub_event_type != IED_SUB)):
            f.modality = (ACCIDENT, ACCIDENT_TOLD)


HELD_SECTOR_TYPES: Final = frozenset({"Battles", "Explosions/Remote violence"})
# sub-types whose side stays the generic one at a held town: takings (the opposition lost it) and chemical attacks
# (the coder's target is civilians, default_targets dt-1, never the holding group)
GENERIC_SIDE_KEPT: Final = TAKINGS | {"Chemical weapon"}
# hand-overs and deals at a held town name the group that left it or signed (g80f): the coder's actor2 of the
# evacuation of Irbin in March 2018 is Faylaq al-Rahman (dev gold), of Douma's in April Jaish al-Islam
HANDOVER_SUBTYPES: Final = MOVE_DEALS
# holders that are no opposition rebel group: a taking of their pocket is their loss, never the generic rebels' (g83e;
# the army's retaking of Qadam and of the Yarmouk camp in April-May 2018 was from IS, told as «المسلحين»)
NON_REBEL_HOLDERS: Final = frozenset({"isis"})


def _held_sector_kind(ev: Event, holder_id: str) -> bool:
    """Whether the event's kind names the holder of a held town as actor2: a strike or clash there (not a taking or
    a chemical attack), a hand-over or deal (HANDOVER_SUBTYPES), or a taking of a pocket a non-rebel group held."""
    if ev.sub_event_type in HANDOVER_SUBTYPES:
        return True
    if ev.event_type not in HELD_SECTOR_TYPES:
        return False
    if ev.sub_event_type in TAKINGS:
        return holder_id in NON_REBEL_HOLDERS
    return ev.sub_event_type not in GENERIC_SIDE_KEPT


def _dated_forces(events: Sequence[Event]) -> None:
    """A side left with a generic force's country name ("Police Forces of Iraq": the police a riot met, an authority's
    police) takes that country's dated force where actor_by_country.tsv recasts the generic one there (abc-28400:
    Police Forces of Iraq (2014-2018)), within the dated force's years; the row id is cited."""
    rows = L.dated_forces()
    if not rows:
        return
    for ev in events:
        for attr in ("actor1", "actor2"):
            hit = rows.get(getattr(ev, attr) or "")
            if hit is None:
                continue
            rid, actor = hit
            if ev.year is not None and ((actor.start is not None and ev.year < actor.start)
                                        or (actor.end is not None and ev.year > actor.end)):
                continue
            setattr(ev, attr, actor.name)
            ev.rule_ids.append(rid)


def _sector_holder_as_target(events: Sequence[Event]) -> None:
    """A strike or clash at a town a named group held on the event's date (sector_holders.tsv), whose target was read
    only as the generic opposition, takes that group as actor2 (g70b): the coder names Douma's Jaish al-Islam, not
    "Opposition Rebels". Takings and chemical attacks keep the generic side (GENERIC_SIDE_KEPT; dev gold: the army's
    cutting off of Douma is the opposition's loss), except takings of a pocket IS held (NON_REBEL_HOLDERS, g83e);
    hand-overs and deals name the holder (g80f). Runs once per kept event; a dict look-up after cheap field tests."""
    rows = L.sector_holders()
    for ev in events:
        if ev.actor2 is None or ev.inter1 == 2 or not (ev.event_type in HELD_SECTOR_TYPES or ev.sub_event_type in HANDOVER_SUBTYPES) \
                or ev.event_date is None or ev.location is None or ev.country is None:
            continue
        row = rows.get((ev.country, ev.location))
        if row is None or not row.start <= ev.event_date <= row.end or not _held_sector_kind(ev, row.holder.id):
            continue
        if ev.actor2 == generic_rebels(ev.country):  # per event: the rows may name several countries
            ev.actor2 = row.holder.display(ev.country)
            ev.rule_ids.append(row.id)
        elif row.holder.id in NON_REBEL_HOLDERS and _armed_default_target(ev.rule_ids) \
                and ev.actor1 != row.holder.display(ev.country):
            # «طائرات أمريكية ضربت منطقة هجين» (September 2018): the coder's default target of a US strike (dt-10,
            # the Syrian army) gives way to the group that held the pocket struck (g111n)
            ev.actor2 = row.holder.display(ev.country)
            ev.rule_ids += [row.id, HOLDER_OVER_DEFAULT]


@cache
def _armed_default_ids() -> frozenset[str]:
    """Ids of default_targets.tsv rows whose counterpart is an armed side (not civilians)."""
    return frozenset(r[0] for rows in L.default_targets().values() for r in rows if r[3].inter not in (7,))


def _armed_default_target(rule_ids: Sequence[str]) -> bool:
    """The event's actor2 is a default_targets.tsv row's armed counterpart (a guess, not read in the text)."""
    ids = _armed_default_ids()
    return any(r in ids for r in rule_ids)


def _front_enemy(ev: Event, toks: Sequence[Token]) -> L.SectorHolder | None:
    """The front_actors.tsv row for a strike or clash in a province and on a day whose government enemy was one side,
    told with a label for the foe in its evidence (g91f's terror_label: «الإرهابيين»، «المجموعات الإرهابية»), else None."""
    if ev.event_type not in HELD_SECTOR_TYPES or ev.event_date is None or ev.country is None or ev.admin1 is None:
        return None
    rows = L.front_actors().get((ev.country, ev.admin1))
    row = next((r for r in rows or () if r.start <= ev.event_date <= r.end), None)
    return row if row is not None and _labelled_target(ev, toks) else None


@lru_cache(maxsize=64)
def _unidentified(country: str | None) -> str:
    """The unidentified armed group's name in ``country``."""
    return actor_table()[UNIDENTIFIED].display(country)


def _front_enemy_as_side(events: Sequence[Event], toks: Sequence[Token]) -> None:
    """The Syrian state media's «التنظيمات الإرهابية»/«الإرهابيين» name no group: on a front the government fought one
    enemy on (front_actors.tsv: IS in Deir ez-Zor, the rebels in Idlib), a side read only as the generic rebels or an
    unidentified group is that enemy, and a state force's strike or clash with no target has it as actor2 (g99s). A
    named group, read as the side, is never replaced. Runs once per kept event before the sector holders (a held
    town's named group still wins); the evidence's tokens are looked up only for events of a listed province."""
    if not L.front_actors():
        return
    for ev in events:
        row = _front_enemy(ev, toks)
        if row is None:
            continue
        # per event: the rows may name several countries (both names cached per country)
        generic = (generic_rebels(ev.country), _unidentified(ev.country))
        enemy = row.holder.display(ev.country)
        if ev.actor1 in generic and enemy not in (ev.actor1, ev.actor2):
            ev.actor1 = enemy
        elif ev.actor2 in generic and enemy not in (ev.actor1, ev.actor2):
            ev.actor2 = enemy
        elif ev.actor2 is None and ev.inter1 in (1, 8):
            ev.actor2, ev.inter2 = enemy, row.holder.inter
            set_interaction(ev)
        else:
            continue
        ev.rule_ids.append(row.id)


def _defender(f: Frame) -> Any:
    """The coder's default interceptor in the country of a strike ``f`` whose clause tells its interception
    (Frame.defended, set by filters.suppress_intercepted: "تصدت الدفاعات الجوية للصواريخ التي استهدفت المطار"), else
    None. An unnamed attacker of what the defences met is never that defender (g100j, 68601): in Syria the
    government's default for an air or missile strike is its interceptor. One attribute test for the other strikes."""
    if not f.defended:
        return None
    return L.default_actor(f.place.country if f.place else None, DWU)


def _fallback_agent(agents: Sequence[Any], a2: Any, et: str, st: str, country: str | None) -> Any:
    """The first of ``agents`` (the document's, or its most named) that is not the target ``a2`` and, for an air
    strike, has aircraft in ``country``; else None."""
    return next((a for a in agents if (a2 is None or a.id != a2.id) and not (st == AIR_SUB and grounded(et, st, a, country))),
                None)


def _beyond_reach(aid: str, st: str, country: str | None, where: tuple[str | None, dt.date | None]) -> str | None:
    """The id of the force_reach.tsv row of the actor ``aid`` in ``country`` whose period holds the day of ``where`` and whose
    provinces do not hold its admin1: a foreign force confined to a few provinces ("Turkey in Aleppo's north, Idlib
    ...") is no fallback or lent agent of an act elsewhere (a strike on Douma, a curfew in Basra), else None. A deal
    is concluded about places a state does not act in, and a place with no province is never beyond (g103f).
    One dict look-up for most agents."""
    admin1, day = where
    if admin1 is None or country is None or st == AGREEMENT_SUB:
        return None
    rows = L.force_reach().get((aid, country))
    if rows is None:
        return None
    held = [r for r in rows if day is None or r.start <= day <= r.end]  # no day read yet: any period
    return held[0].id if held and not any(admin1 in r.admin1 for r in held) else None


SUBJECT_CLAUSE_RULE: Final = "clause-61000"  # sides after the next clause's own verb and its subject are that clause's (g98v)
SUBJECT_GAP: Final = 1  # tokens at most between such a verb and its subject ("قصفت أمس طائرات")
ARRESTS_BACK: Final = "arrests-refer-back"  # rule id: a bare «الاعتقالات» typed as the armed group's abduction told before it
COUNTED_SUBJECT_GAP: Final = 3  # tokens from a verb to its subject counted out by «من» ("اعتقل عشرات العناصر من داعش")


def _next_subject_clause(toks: Sequence[Any], t: Any, triggers: Sequence[Any], named: Sequence[Any]) -> int:
    """The start of the first verb trigger after ``t`` that opens a clause of its own (a comma before it, or «و» on
    it) with a side named right after it (its subject, VSO), or -1. Only an act's own verb with its subject marks
    the clause: "، وقتل 5 من عناصر داعش" (a count before the side) does not. A few look-ups per later trigger."""
    for u in triggers:
        if u.start_tok < t.end_tok or u.payload.pos != "verb":
            continue
        k = u.start_tok
        if not (u.prefix.startswith(("و", "ف")) or (k > 0 and toks[k - 1].norm in COMMAS)):  # «وصلت» is no «و»
            continue
        if any(_subject_after(toks, u.end_tok, m) for m in named):
            return k
    return -1


def _told_as_doer(toks: Sequence[Any], t: Any, m: Any) -> bool:
    """``m`` is told as the doer of trigger ``t``, not as the people it was done to: a side counted out by «من»
    ("خمسة من قادة داعش اعتقلوا"، "احتجزت أربعة من قيادات داعش") or standing after the trigger as its object
    ("اعتقال عناصر داعش") was acted on; one before the trigger ("إن تنظيم داعش اعتقل"، "وداهمت قوات تابعة لدولة
    العراق والشام ... واعتقلت"), a verb's subject right after it ("اعتقل تنظيم داعش شابين") or a verbal noun's
    genitive right after it ("اعتقال داعش لشبان") did it. At most two token looks."""
    if m is None or any(toks[k].norm in words("partitive") for k in range(max(0, m.tok_start - 2), m.tok_start)):
        return False
    if m.tok_end <= t.start_tok:
        return True
    return _subject_after(toks, t.end_tok, m) if t.payload.pos == "verb" else m.tok_start == t.end_tok


def _arrests_refer_back(f: Frame, earlier: Sequence[Frame], sentence: Sequence[Frame]) -> None:
    """«اعتقلت فصائل معارضة العشرات في إدلب ... وبحسب المرصد، طالت الاعتقالات نحو مئة شخص»: the definite arrest noun
    with no agent of its own names the arrests told just before (the sentence's, then the document's last); made by an
    armed group they were an abduction (actor_roles doer-retype), and so are these: typed alike, the two join at the
    merge as they did while both were arrests. One look-back, only for such a noun."""
    if f.actor1 is not None or f.modality or f.tdef.sub_event_type != ARRESTS or f.sub_event_type != ARRESTS \
            or "definite" not in f.rule_ids:
        return
    prev = next((p for p in reversed(sentence) if p.tdef.sub_event_type == ARRESTS and not p.modality), None)
    if prev is None:
        prev = next((p for p in reversed(earlier) if p.tdef.sub_event_type == ARRESTS and not p.modality), None)
    if prev is None or prev.sub_event_type == ARRESTS or prev.actor1 is None:
        return
    f.event_type, f.sub_event_type = prev.event_type, prev.sub_event_type
    f.rule_ids.append(ARRESTS_BACK)


def _retyping_doer(toks: Sequence[Any], t: Any, m: Any, other: Any) -> bool:
    """``m`` is told as the doer of trigger ``t`` for the doer-retype rows of actor_roles.tsv (_told_as_doer, or counted out
    by «من» as a verb's subject before its object: _subject_before_object), and not as a counterpart of something else
    («بريطانيان يقاتلان ضد تنظيم الدولة ...، وألقي القبض على آخرين»: the group fought against made no arrest)."""
    if m.tok_start > 0 and toks[m.tok_start - 1].norm in words("counterpart"):
        return False
    return _told_as_doer(toks, t, m) or _subject_before_object(toks, t, m, other)


def _subject_before_object(toks: Sequence[Any], t: Any, m: Any, other: Any) -> bool:
    """``m``, counted out by «من» right after verb ``t`` («اعتقل عناصر من تنظيم داعش»: at most COUNTED_SUBJECT_GAP
    words between), is its subject when the other side is told after it as the object («... عشرة مدنيين»); alone it
    may be the passive's people held («اعتقل خمسة من عناصر داعش»)."""
    return (other is not None and t.payload.pos == "verb" and other.tok_start >= m.tok_end
            and 0 < m.tok_start - t.end_tok <= COUNTED_SUBJECT_GAP)


def _subject_after(toks: Sequence[Any], verb_end: int, m: Any) -> bool:
    """``m`` stands right after a verb (at most SUBJECT_GAP words between) as its subject: not the owner of positions
    hit ("يستهدف مواقع لجبهة النصرة"، "استهدفت مواقع إيرانية": a position word or li- before it marks the object)."""
    gap = m.tok_start - verb_end
    if not 0 <= gap <= SUBJECT_GAP or toks[m.tok_start].norm.startswith("ل"):
        return False
    return gap == 0 or not is_position(toks[verb_end].norm)


def _after_capital_word(toks: Sequence[Any], k: int) -> bool:
    """The token before ``k`` is a capital word ("العاصمة السورية"): an adjective at ``k`` is the capital's country."""
    # its proclitic readings (scans.form_in_keys: «العاصمة»، «للعاصمة»، «وبالعاصمة»), memoised per word, not a suffix
    # test that would also take any word merely ending in the letters
    return k >= 1 and _form_in_keys(toks[k - 1].norm, words("capital_word")) is not None


def _fell_on_held(f: Frame, st: str, default: Any) -> L.HeldPlace | None:
    """The held_places.tsv row when a shelling with the coder's default attacker tells shells that fell on a town
    the default's own side held: the shells were the other side's (g67c). A town's countryside («ريف دمشق») is not
    the held town itself."""
    p = f.place
    if st != "Shelling/artillery/missile attack" or p is None or p.location is None or p.country is None \
            or trigger_kind(SHELLS_TOLD).isdisjoint(f.rule_ids) or RURAL_MODIFIER in p.modifiers:
        return None
    row = L.held_places().get((p.country, p.location))
    return row if row is not None and default is not None and row.holder.id == default.id else None



def _with_mark_cues(text: str, toks: Sequence[Token], cues: list[Match]) -> list[Match]:
    """``cues`` with the one-mark modality cues (``L.mark_cues``: "%", "٪") added where such a mark stands as a token:
    "استعادة السيطرة على 75% من ..." is a share as "75 بالمئة" is (md-gen-3). Cost: one substring test per mark on
    the document's text; the tokens are walked only in a document that holds one (a few in a hundred)."""
    marks = L.mark_cues()
    if not any(k in text for k in marks):
        return cues
    extra = [Match(k, k + 1, t.start, t.end, marks[t.norm], t.norm, "") for k, t in enumerate(toks)
             if t.punct and t.norm in marks]
    return sorted(cues + extra, key=lambda m: m.start_tok) if extra else cues

def _area_striker(f: Frame, st: str, day: dt.date | None, a2: Any, side: Any = None) -> L.AreaStriker | None:
    """The area_strikers.tsv row for a strike with no named striker at a place and on a day a known foreign force struck
    there (Turkey over Afrin in Jan-Mar 2018, the coalition over the IS pocket east of the Euphrates), else None (g86g).
    ``side``: the country's side the place was told as before the town after it gave it (g111e), whose row also
    counts («غارات ... في شمال شرق سوريا» then «قرية في ريف الحسكة الجنوبي»). Runs only where the country's default
    would give the striker; one or two dict look-ups, then a date test."""
    p = f.place
    if day is None or p is None or p.location is None or p.country is None:
        return None
    rows = L.area_strikers().get((p.country, p.location, st))
    if rows is None and side is not None and side.location is not None:
        rows = L.area_strikers().get((p.country, side.location, st))
    if rows is None:
        return None
    return next((r for r in rows if r.start <= day <= r.end and (a2 is None or a2.id != r.actor.id)), None)


class EventExtractor:
    """Pipeline step: events from one document (see module doc)."""

    name = "extract"

    def __init__(self, min_confidence: float = 0.48, background_days: int = 30, geocoder: Geocoder | None = None,
                 fallback_actor: bool = True):
        self.min_confidence = min_confidence
        self.background_days = background_days
        self._geocoder = geocoder
        self.fallback_actor = fallback_actor
        self.max_span_days = 31
        self.candidate_floor = 0.45  # mentions below this never become events, even merged
        self.anaphora_confidence = 0.75

    @property
    def geocoder(self) -> Geocoder:
        if self._geocoder is None:
            self._geocoder = Geocoder.default()
        return self._geocoder

    # -- recognition ---------------------------------------------------------
    def recognize(self, doc: Document, an: Analysis | None = None) -> dict[str, Any]:
        """All mentions of the document, by kind (used by ``marsad analyze`` too); ``an``: its text's analysis, when
        the caller made it already."""
        if an is None:
            an = analyze_text(doc.text)
        toks = an.tokens
        published = dt.date.fromisoformat(doc.published) if doc.published else None
        places = self.geocoder.find_places(an)
        self.geocoder.resolve_document(places, doc.text, doc.site, context_places=places)
        matchers = L.all_matchers()
        found = matchers.find(toks, forms=an.forms())
        # "الصحافي الروسي": a one-word nationality right after a person told by role is the person's, no side
        actors = [m for m in found["actors"] if (m.payload.id != GENERIC_ARMY or not _bare_army_unsaid(m, toks))
                  and not (m.end_tok - m.start_tok == 1 and after_person_noun(toks, m.start_tok)
                                                     and toks[m.start_tok].norm.endswith(endings("nisba_ending")))
                  and not names_nationality(toks, m.start_tok, m.end_tok)  # "سوري الجنسية": a person's (g99z)
                  and not _definite_unnamed(m, toks)
                  and not (m.payload.id == UNIDENTIFIED and m.start_tok > 0
                           and toks[m.start_tok - 1].norm in words(UNKNOWN_PLACE_TO)
                           and toks[m.start_tok].norm in words(UNKNOWN_PLACE))]
        # only the regions told after a launch-target word can hold a state's name (_in_region_name): the few
        # such regions are picked once, not walked again for every actor (most documents have none)
        launched = [p for p in places if p.kind == "region" and p.tok_end - p.tok_start > 1 and p.tok_start > 0
                    and toks[p.tok_start - 1].norm in _LAUNCH_TARGET]
        if launched:
            actors = [m for m in actors if not _in_region_name(m, launched)]
        authority_at: dict[int, str] = {}
        if found["authorities"]:
            # «السلطات التركية»: the authorities named by a state's nisba are that state (g99al); the row's id stays
            # with the mention (rule_id below) for an arrest to take the state's police
            actors, authority_at = _with_authorities(actors, found["authorities"])
        # «قوات الأمن التركية»: a general force word with a state's nisba (force_heads.tsv) cites its row (g106o)
        forces = L.force_phrases()
        authority_at.update((m.start_tok, forces[m.phrase][1]) for m in actors if m.phrase in forces)
        agencies = found["agencies"]
        taken: set[int] = set()
        for m in actors + agencies:
            taken.update(range(m.start_tok, m.end_tok))
        back = _organization_back(toks, actors, taken) + _front_back(toks, actors, taken) \
            + _subject_gunmen(toks, found["triggers"], taken, found.get("cue:fire_verb", ()))
        actors = sorted(actors + back, key=attrgetter("start_tok")) if back else actors
        # a trigger word inside a name is not a trigger ("هيئة تحرير الشام", "الدفاعات الجوية السورية")
        # a lead's weekday of the day after publication is the report's own day; a quoted one is the speaker's
        dates = [_lead_next_day(toks, x, published) if x.start < LEAD_CHARS and not _in_quote(doc.text, 0, x.start)
                 else x for x in (_coming(toks, d, published) for d in find_dates(an, published))]
        in_date: set[int] = set()
        for d in dates:  # "فجر اليوم" is dawn, not a detonation
            in_date.update(range(d.tok_start, d.tok_end))
        trig = [m for m in found["triggers"]
                if not all(k in taken for k in range(m.start_tok, m.end_tok)) and m.start_tok not in in_date]
        containers = {id(places[p.container]): p for p in places if p.container is not None}  # container -> contained
        # a landmark ("X القريبة من Y") is passed over for the place it locates, as a container is
        containers.update((id(places[p.landmark]), p) for p in places if p.landmark is not None)
        containers.update(_listed_landmarks(places, toks))
        seat, seat_after = words("seat"), words("seat_after")
        # the word right after "قال"/"أعلنت"/"بحسب" is who speaks: a person named like a town
        # ("قال شيروان ...") or a capital standing for its government ("أعلنت أنقرة"), not where
        # a verb cue ending in ta marbuta is a participle or a noun ("مواقع تابعة للنظام": belonging to), never
        # the perfect verb ("وتابع": he went on)
        reporting = [r for r in found["reporting"] if not (r.payload.kind == "verb" and doc.text[r.end - 1:r.end] == "ة")]
        speaker_at = {r.end_tok for r in reporting if r.payload.kind in ("verb", "prep")}
        # "أكد الأردن أنه وافق": a country or capital that is no actors.tsv alias speaks for its state right after a
        # reporting verb (state_speakers.tsv); elsewhere it stays a place ("الحدود مع الأردن")
        spoken = _state_speakers(found["state_speakers"], reporting, taken, toks)
        if spoken:
            actors = sorted(actors + spoken, key=attrgetter("start_tok"))
            for m in spoken:
                taken.update(range(m.start_tok, m.end_tok))
        # «نشرت فرنسا 50 جنديا»: a country set aside as a reporting verb's speaker is still the subject a deploying
        # verb's object may follow (step._object_after_subject, g100g)
        country_said = frozenset(k for p in places if p.kind == "country" and p.tok_start in speaker_at
                                 for k in range(p.tok_start, p.tok_end))
        places = [p for p in places if p.kind != "word" and taken.isdisjoint(range(p.tok_start, p.tok_end))
                  and not (p.tok_start in speaker_at and not p.modifiers and not p.proclitic)
                  and not (p.tok_start > 0 and (toks[p.tok_start - 1].norm in seat
                                                or (p.tok_start > 1 and toks[p.tok_start - 2].norm in seat)))
                  and not (p.tok_end < len(toks) and toks[p.tok_end].norm in seat_after)]
        # a direction-like bloc adjective ("الغربية") names a side only right after a strike noun: elsewhere
        # ("التهديدات الغربية"، "المناطق الغربية") it is not counted among the sides a report names
        # a nationality right after a person told by role is the person's ("الصحافي الروسي"): no side
        # "شمالي سورية": a country spelt as its nationality after a side word is a place, no side (g83f)
        side_words = words("compass_side")
        adjectives = [m for m in found["adjectives"] if m.start_tok not in taken
                      and not after_person_noun(toks, m.start_tok)
                      and not after_mission_noun(toks, m.start_tok)
                      and not names_nationality(toks, m.start_tok, m.end_tok)
                      and not (m.start_tok > 0 and toks[m.start_tok - 1].norm in side_words)
                      and (not is_bloc_adjective(toks, m.start_tok)
                           or any(bloc_adjective_fits(toks, t.end_tok, m.start_tok) for t in trig))]
        # "طائرات يعتقد أنها إسرائيلية": a hedged nationality is still the agent's (coders code the
        # suspected actor), and "يرجح" there doubts who, not whether: the name stands where the hedge starts
        hedge = words("hedge")
        hedged = {m.start_tok for m in actors + adjectives if m.start_tok >= 2
                  and f"{toks[m.start_tok - 2].norm} {toks[m.start_tok - 1].norm}" in hedge}
        if hedged:
            actors = [m._replace(start_tok=m.start_tok - 2) if m.start_tok in hedged else m for m in actors]
            adjectives = [m._replace(start_tok=m.start_tok - 2) if m.start_tok in hedged else m for m in adjectives]
        modality = [m for m in found["modality"] if m.start_tok + 2 not in hedged] if hedged else found["modality"]
        modality = _with_mark_cues(doc.text, toks, modality)
        # «في بعقوبة»: a town's name read as a modality word («عقوبة», a penalty) is the place, no sentence (g103i)
        place_at = {p.tok_start for p in places if p.resolved}
        if place_at:
            modality = [m for m in modality if m.start_tok not in place_at]
        # a name after a person's title is an affiliation ("وزير الخارجية الروسي"), not an agent
        titled: set[int] = set()
        that = words("that")
        for t in found["titles"]:
            hi = t.end_tok + t.payload.window + 1
            # "قالت المصادر إن الجيش السوري ...": the side after "إن/أن" is what the title's bearer tells of, not its
            # affiliation (g85d)
            if t.end_tok < len(toks) and toks[t.end_tok].norm in that:
                continue
            titled.update(range(t.end_tok, hi))
        affiliations = [m for m in actors + adjectives if m.start_tok in titled]
        actors = [m for m in actors if m.start_tok not in titled]
        adjectives = [m for m in adjectives if m.start_tok not in titled]
        numbers = find_numbers(an)
        return {
            "analysis": an,
            "published": published,
            "places": places,
            "country_said": country_said,
            "containers": containers,
            "numbers": numbers,
            "dates": dates,
            # «بعد أسبوع من هجوم 10 فبراير»: the day an act outside the phrase takes from its anchor's (g102k)
            "anchored": _anchored_days(toks, dates, numbers, published),
            "triggers": trig,
            "actors": _authority_ids(_mentions(actors, "actor"), authority_at),
            "affiliations": _mentions(affiliations, "actor"),
            "adjectives": _mentions(adjectives, "actor"),
            "modality": modality,
            "reporting": reporting,
            "agencies": agencies,
            "casualties": found["casualties"],
            "totals": found["totals"],
            "cues": _quarter_camps_apart({name: found[k] for k, name in L.cue_keys()}, toks),
        }

    # -- frames --------------------------------------------------------------
    def frames(self, doc: Document, rec: dict[str, Any]) -> list[Frame]:
        an: Analysis = rec["analysis"]
        toks = an.tokens
        units = _units(an)
        rec["units"] = units
        sent_of_tok = [0] * len(toks)
        for si, (a, b) in enumerate(units):
            sent_of_tok[a:b] = [si] * (b - a)
        rec["sent_of_tok"] = sent_of_tok  # (read again by _claims_by_unit)
        # direct _bucket calls, no lambda closing over sent_of_tok: mypyc makes a lambda a generic callable object
        trig_s = _bucket(rec["triggers"], sent_of_tok)
        act_s = _bucket(rec["actors"], sent_of_tok)
        adj_s = _bucket(rec["adjectives"], sent_of_tok)
        aff_s = _bucket(rec["affiliations"], sent_of_tok)
        place_s = _bucket(rec["places"], sent_of_tok)
        num_s = _bucket(rec["numbers"], sent_of_tok)
        date_s = _bucket(rec["dates"], sent_of_tok)
        mod_s = _bucket(rec["modality"], sent_of_tok)
        rep_s = _bucket(rec["reporting"], sent_of_tok)
        ag_s = _bucket(rec["agencies"], sent_of_tok)
        cas_s = _bucket(rec["casualties"], sent_of_tok)
        tot_s = _bucket(rec["totals"], sent_of_tok)
        rec["buckets"] = {"totals": tot_s, "dates": date_s, "casualties": cas_s, "numbers": num_s, "places": place_s,
                          "triggers": trig_s, "actors": act_s, "adjectives": adj_s, "affiliations": aff_s}
        # most of the ~50 cue groups hold nothing in a document: those share the empty (read-only) _EMPTY
        cue_s = {g: _bucket(v, sent_of_tok) if v else _EMPTY for g, v in rec["cues"].items()}
        rec["cue_buckets"] = cue_s  # (read again by _deal_behind)
        marks = words("clause_mark")
        town_rows = trigger_kind(NEEDS_TOWN)
        # actor spans overlapping a trigger are not actors of it (e.g. "الدفاعات الجوية السورية")
        frames: list[Frame] = []
        # a mention whose sentence names no place stands at the last place named before it, else at
        # the lead sentence's place or the first country named so far; only when nothing was named
        # yet at the document's first place ("اعتقلت الشرطة ..." then "وقع الهجوم في مدينة X"): a
        # town the report goes on to list is not where an overview told after a country happened.
        # "انطلقت الصواريخ من مدينة X لتصل إلى أهدافها في مدينة Y": where a projectile was fired from is not the
        # document's place either (it is dropped as the act's own place below)
        fired_from = {id(p) for p in rec["places"] if _launch_site(p, toks, units[sent_of_tok[p.tok_start]][0])}
        # a prosecutor's seat ("مدعي عام باريس") names a jurisdiction: never the context of an act told with no place
        office = {id(p) for p in rec["places"] if _office_seat(p, toks)}
        # a health directorate's seat ("مديرية صحة إدلب") tells who counts the dead: never the act's place nor the
        # context of later sentences (g103d); it joins ``office`` for the context, and is set aside even alone below
        teller = {id(p) for p in rec["places"] if _teller_seat(p, toks)}
        if teller:
            office = office | teller
        lead = [p for p in place_s[0] if p.resolved and id(p) not in office]
        # "استهدافها مراكز في تركيا، ردا على عملية ... في عفرين" (g90g): the town of the happening the lead's act
        # answers is neither the context of the acts told after it nor the document's place
        lead_answered = _answered_places(toks, units[0], lead, trig_s[0]) if lead and trig_s[0] else frozenset()
        if lead_answered:
            lead = [p for p in lead if id(p) not in lead_answered]
        doc_place = _document_place([p for p in rec["places"]
                                     if id(p) not in fired_from and id(p) not in lead_answered and id(p) not in office])
        # a lead naming only countries stands at the one told after «في/على» ("الضربات التي شنتها الولايات المتحدة
        # وبريطانيا وفرنسا على سوريا"): the others are the acting states, no place of a later act
        last_place = next((p for p in lead if p.kind != "country"), next((
            p for p in lead if p.tok_start > 0 and toks[p.tok_start - 1].norm in words("lead_country_at")),
            lead[0]) if lead else None)
        dest_left = False  # the context place was carried past a destination (_carry_kept)
        headings = _heading_lines(doc.text)
        lead_day = self._lead_date(rec)
        retold = self._retellable(rec["published"], rec["dates"], rec["places"], toks)
        pocket: PlaceMention | None = None  # the place the last pocket told with one is at (places.pocket_place)
        # one scan of the document for a pocket word: most documents have none, and a scan per sentence also
        # displaced forms_in's last answer that the sentence's trigger scans reuse (forms_in calls 13,339 -> 7,800 on 800 articles)
        # the words' needles in the normalised text first (g109e): a scan of every token cost ~2% of the pipeline
        pockets = self.geocoder.recognizer.words.pockets
        told_pocket = _may_hold_forms(an.norm.text, pockets) and bool(_forms_in(toks, 0, len(toks), pockets))
        for si, (a, b) in enumerate(units):
            # every trigger word told, licensed or not: one after "ردا على" still names the happening answered
            worded: Sequence[Match] = trig_s.get(si, ())
            # the sentence's mentions are read once into locals (s_*): a read of a sentence with none of a kind calls
            # _ByUnit.__missing__, and the loop read them ~300,000 times over the corpus
            s_place: Any = place_s.get(si, ())
            # «جيب صغير في ريف درعا» then «استهدف الجيب»: the pocket told before, by its place (g108k)
            pocket_before, pocket_used = pocket, None
            if s_place and told_pocket:
                pocket = _pocket_place(self.geocoder, toks, a, b, s_place) or pocket
            rep_ends: set[int] | None = None  # the sentence's reporting verb ends, built when a trigger first asks
            if worded and rep_s[si] and cue_s.get(CIVILIAN_CUE, _EMPTY)[si]:
                _drop_speaking_civilians(cue_s[CIVILIAN_CUE], si, rep_s[si])
            if worded and any(cue_s.get(g, _EMPTY)[si] for g in COUNTED_KILLER_CUES):
                _drop_counted_killers(cue_s, si, toks, worded, act_s[si], a, rep_s[si])
            trigs: Any = worded
            if worded:
                trigs = _licensed(doc, worded, cue_s, si, (toks[a].start, toks[b - 1].end), act_s[si], toks,
                                  s_place, rec.get("country_said", frozenset()), (a, b), aff_s[si])
                trig_s[si] = trigs
            here = [p for p in s_place if p.resolved and p.kind != "country" and id(p) not in office]
            if last_place is None and not here:
                # «شنت الولايات المتحدة وبريطانيا وفرنسا هجمات»: a state named as a side is no context place of the
                # sentence's acts (g112a, 146500)
                last_place = next((p for p in s_place if p.resolved and id(p) not in office and p.tok_start < (
                    trigs[0].start_tok if trigs else b) and not _acting_state(p, toks)), None)
                dest_left = False  # a place of this sentence's own, not one carried past a destination
            _retold_place(toks, a, b, s_place, frames, dates=date_s.get(si, ()))
            if not trigs:
                if here:
                    last_place, dest_left = _carry_kept(self._carry, here, _destinations(toks, a, s_place),
                                                        doc_place, rec["containers"], toks)
                continue
            s_rep: Any = rep_s.get(si, ())
            s_act: Any = act_s.get(si, ())
            s_adj: Any = adj_s.get(si, ())
            adj_at = frozenset(m.tok_start for m in s_adj)  # the adjective mentions' starts (presupposed)
            s_aff: Any = aff_s.get(si, ())
            s_ag: Any = ag_s.get(si, ())
            s_cas: Any = cas_s.get(si, ())
            s_date: Any = date_s.get(si, ())
            s_mod: Any = mod_s.get(si, ())
            s_num: Any = num_s.get(si, ())
            s_tot: Any = tot_s.get(si, ())
            s0, s1 = toks[a].start, toks[b - 1].end
            question = doc.text[s0:s1].rstrip()[-1:] in words("question_end")
            heading = any(h0 <= s0 and s1 <= h1 for h0, h1 in headings)
            # a running total ("منذ بدء...", "منذ 18 شباط") only covers its own clause
            # "تقصف القوات البلدة منذ صباح اليوم": a day or two back is when an ongoing happening began, no tally's start
            spans = {id(d): _since_span(d, rec["published"]) for d in s_date if _is_since(toks, d)}
            # "تشهد البصرة حركة احتجاج، منذ الثلاثاء الماضي، أسفرت عن مقتل 12": protests going on since a day of
            # this week are one happening over those days, their dead its toll, no tally (g106z)
            protests = [t for t in trigs if t.payload.event_type in PROTEST_KINDS]
            protest_began = {d.tok_start for d in s_date if spans.get(id(d)) == "week" and s_cas
                             and _since_by_act(d, protests, s_place)}
            began = [d for d in s_date if spans.get(id(d)) == "day" or (
                spans.get(id(d)) == "week" and not s_cas and _since_by_act(d, trigs, s_place))
                or d.tok_start in protest_began]
            # "قصف عنيف منذ ظهر الأربعاء" a few days back, no dead counted: the bombardment going on (g98r)
            week_began = {d.tok_start for d in began if spans[id(d)] == "week"} - protest_began
            # "المعارك المستمرة منذ الأربعاء": a running-total phrase whose start is such a day tells the act going on
            began_at = {d.tok_start for d in began}
            # "طوال الليل" spans one night, unless a toll of the sentence grows over it ("واصلت الحصيلة الارتفاع طوال النهار")
            tolled = any(m.payload.kind == "toll" for m in s_tot)
            since_at = [m.start_tok for m in s_tot if m.payload.kind == "since" and m.end_tok not in began_at
                        and (tolled or not _one_day_spanned(toks, m.end_tok, b))
                        and not _moments_after(toks, m.end_tok, b)]
            since_at += [d.tok_start for d in s_date if _is_since(toks, d) and d not in began]
            own_dates = [d for d in s_date if not _is_since(toks, d) and not _counted_from(toks, d)
                         and not _gap_since(toks, d)
                         and not _compared_period(toks, d, rec["published"])] + began
            own_dates = [self._quote_day(doc.text, toks[a].start, d, s_date, lead_day, rec["published"])
                         for d in own_dates]
            clause_at = _positions(toks, a, b, marks) if since_at else []
            if clause_at and any(k <= a + 1 for k in since_at):
                # fronted ("ومنذ بدء الحملة قبل أسابيع، قتل ..."): it scopes over the clause after its comma
                clause_at = clause_at[1:]
            inside = trigger_kind(AGENT_INSIDE)
            actors = [m for m in s_act if not any(t.start_tok <= m.tok_start < t.end_tok and t.payload.id not in inside
                                                      for t in trigs)]
            # "مصير المدنيين"، "قال سكان": civilians displaced, protected or telling the news are no side of a strike
            # (read for the sentence's civilians only; other happenings keep every mention)
            spared = [m for m in actors if m.value.kind == "civilian" and _civilians_spared(toks, m, s_rep)]
            struck = [m for m in actors if m not in spared] if spared else actors
            claimed = _claims(doc.text, toks, s_rep, s_ag, trigs, b,
                                   {d.tok_start: d.tok_end for d in s_date})
            source_at = _source_tokens(toks, s_rep, b)
            latest_of = words("latest_of")
            latest_at = _positions(toks, a, b, latest_of)  # once per sentence, not per trigger
            trig_types: dict[int, str] | None = None  # made when a frame of the sentence first needs it
            moved_to = _destinations(toks, a, s_place)
            # once per sentence, as latest_at: a reason clause answers another happening even when it is told by
            # no trigger ("ردا على الهجمات الكيميائية في دوما"), so one trigger is enough
            reason_at = _reason_at(toks, a, b) if worded else []
            after_at = _after_heads(toks, a, b, trigs) if len(trigs) > 1 else []
            clauses = self._trigger_clauses(toks, trigs, a, b)  # two happenings told apart in one sentence
            # the tolls' clauses: as ``clauses``, or split at a «في وقت» that opens a clause (g95g)
            toll_clauses = clauses or _when_clauses(toks, trigs, a, b)
            # the clauses of violent acts only: an arrest told in a clause («في حين أوقف») tells no toll of its own
            acts_at = tuple((t.start_tok, toll_clauses[t.start_tok]) for t in trigs
                            if t.payload.event_type in VIOLENT) if toll_clauses else ()
            sent_frames: list[Frame] = []
            li_at = [t.start_tok for t in trigs if t.prefix.removesuffix("ال").endswith("ل")]  # find_modality
            listed_acts = _weapons_listed(toks, trigs) if len(trigs) > 1 else frozenset()
            for t in trigs:  # licensed by the cues they need (_licensed, at the top of the sentence)
                tdef: L.Trigger = t.payload
                needs = tdef.needs.split("+") if tdef.needs else ()
                barred = next((g for g in needs if g[0] == NEEDS_NOT
                               and _in_clause(_outside_speaker(g, cue_s.get(g[1:], _EMPTY)[si], toks, s_rep, t),
                                              clauses.get(t.start_tok))), None)
                if barred == CRIME_BAR and _armed_group_told(s_act, clauses.get(t.start_tok)):
                    barred = None  # (rare: only once a crime cue is in the clause) a rape by IS men is no crime story
                aimed = barred == BUILDUP_BAR and _sent_to_place(
                    toks, t, cue_s[barred[1:]][si], cue_s.get(BUILDUP_AIM, _EMPTY)[si], clauses.get(t.start_tok), s_place)
                if aimed:
                    barred = None  # «إرسال تعزيزات إلى محافظة X، استعدادا للهجوم»: sent there, its aim told after
                f = Frame(t, tdef, tdef.event_type, tdef.sub_event_type, si, (s0, s1), [tdef.id])
                if aimed:
                    f.rule_ids.append(AIM_DEST)
                if t.start_tok in listed_acts:
                    f.rule_ids.append(ACTS_LISTED)
                answered = _opens_reason(t, reason_at, trigs) if reason_at else None
                if answered is None and reason_at and tdef.pos == "noun":
                    # "ضربت ليل الأربعاء الخميس أهدافا ردا على إطلاق صواريخ": an answer told by no trigger, dated
                    answered = _bare_answer(t, reason_at, own_dates, rec["published"])
                if answered is not None:
                    f.rule_ids.append(ANSWERED_ACT)
                f.modality = ("headline", "line") if heading else find_modality(toks, t, tdef, s_mod, a, b, question, li_at,
                                                                                       f.rule_ids, adj_at)
                if f.modality is None and tdef.pos == "noun" and t.prefix.startswith("و") and (listed_head := next(
                        (h for h in reversed(sent_frames) if h.modality and h.modality[0] == "relative"
                         and id(t) in _own_day_list(h.trigger, trigs, t.end_tok)), None)) is not None:
                    # "التي تعرضت لغارات جوية وقصف صاروخي": the later items of a list of strikes the relative clause's
                    # verb governs describe the place as the first does (a day after the list lifts them all: _own_day)
                    f.modality = listed_head.modality
                    f.rule_ids.append(LISTED_RELATIVE)
                if f.modality is not None and f.modality[0] == LEGAL and tdef.id in trigger_kind(EXECUTION) \
                        and _group_executes(toks, t, s_act):
                    # "نفذ تنظيم داعش حكم الإعدام بحق ثلاثة شبان": an armed group's execution is its attack on
                    # civilians, not a court's sentence (ACLED; g103i)
                    f.modality = None
                    f.rule_ids.append(GROUP_EXECUTION)
                if f.modality is None:
                    f.modality = if_clause(doc.text, toks, t, a, b)  # «إن حدث»، «سئل إن كان»: an if/whether clause (g97d)
                if f.modality is None and barred:
                    # "وصول تعزيزات ... استعدادا لفتح محور"، "في الوقت الذي يدفع بتعزيزات": a build-up told as the
                    # preparation, the lasting course or the frame of another happening is no happening of its own
                    f.modality = ("general", BARRED_PREFIX + barred[1:])
                if f.modality is None and sent_frames and not presupposed(toks, t, tdef, b, adj_at):
                    # "في محاولة للسيطرة على الاحتجاجات التي امتدت إلى ...": an aimed act's object whose own relative
                    # clause tells it done is done, as under a cue (frames.presupposed, g104e)
                    f.modality = _head_unreal(t, tdef, toks, sent_frames)
                if f.modality is None and sent_frames and tdef.pos == "noun" \
                        and (recalled := self._toll_recalled(toks, t, sent_frames, a, s_date)) is not None:
                    # "بعد مرور أقل من شهر على مقتل 27 عنصرا في كمين"، "بعد مقتل 15 جنديا بغارة": the attack the dead
                    # fell in is the recalled killing itself, as recalled (a day of its own still keeps it: own-day)
                    f.modality = recalled
                if f.modality is None and tdef.pos == "noun" and t.end_tok == t.start_tok + 1 \
                        and campaign_phrase(t.phrase):
                    # (the cheap tests first: one noun word of the two campaign heads; the mention sets only then)
                    named_at = frozenset([*(m.tok_start for m in s_act), *(p.tok_start for p in s_place),
                                          *(o.start_tok for o in trigs if o is not t)])
                    if campaign_named(toks, t, tdef, b, named_at, frozenset(d.tok_start for d in s_date)):
                        f.modality = ("general", CAMPAIGN_NAMED)
                if f.modality is not None and f.modality[0] == "background" and _fight_before_result(toks, t, tdef, trigs):
                    # "أعلنت الشرطة مقتل مسلحين بعد اشتباكات مع وحدة خاصة": the fighting that brought the news's
                    # result is that happening, not an earlier one (a taking told with it is coded instead)
                    f.modality = None
                    f.rule_ids.append(FIGHT_BEFORE)
                if f.modality is None and tdef.sub_event_type in TAKING_KINDS \
                        and _taking_achieved(toks, t, act_s[si], a):
                    # «هجوم ... تمكن بموجبه من السيطرة على الحي»، «أسفر الهجوم عن سيطرة التنظيم على المنطقة»: the taking is
                    # what the fighting achieved; merged with that fighting, it gives the event its sub-type (merge.py)
                    f.rule_ids.append(TAKING_ACHIEVED)
                if f.modality and _made_frame(f.modality) and _made_on_a_day(
                        t, tdef, _made_cues(f.modality, cue_s, si), s_date, day_only=f.modality[0] != "terms"):
                    # "تطبيقا لاتفاق أعلن الخميس"، "بعد اتفاق تسليم أبرم يوم الجمعة": a deal framed as the aim ("ل")
                    # or the earlier happening of another act is, as under terms, one made on the day told (g100u)
                    f.rule_ids.append(TERMS_MADE_DATED if f.modality[0] == "terms" else FRAMED_MADE_DATED)
                    f.modality = None
                made_side: Any = None  # the armed group a deal told made names as its side (deals.made_by_side)
                # (a deal already lifted as made on its day above keeps that reading)
                if tdef.sub_event_type == AGREEMENT_SUB and tdef.pos == "noun" \
                        and (f.modality is None or _made_frame(f.modality)) \
                        and TERMS_MADE_DATED not in f.rule_ids and FRAMED_MADE_DATED not in f.rule_ids \
                        and (made_side := _made_by_side(toks, t, _made_cues_not_in_force(cue_s, si),
                                                        [*s_act, *s_aff], s_date, rec["published"], b)) is not None:
                    # "بعد الاتفاق الذي وقعته الفصائل مع روسيا"، "بموجب اتفاق أبرمته روسيا مع الفصائل": a deal told
                    # made by a relative verb and naming an armed group among its sides is the deal itself, though
                    # framed as the terms or the earlier happening of another act; not "only named" either (g102c)
                    f.rule_ids.append(DEAL_MADE_SIDE)
                    f.modality = None
                    f.deal_day = made_side.day
                elif f.modality and _made_frame(f.modality) \
                        and (made_side := _deal_between(t, tdef, cue_s, si, toks, [*s_act, *s_aff], (a, b))) is not None:
                    # "خرجت دفعة من المرضى من البلدة بموجب اتفاق بين جيش الإسلام وروسيا": the deal its two sides
                    # are named of is the deal made, though told as the terms of what was done under it; its armed
                    # group is its side as a made deal's is (below) (g103g)
                    f.rule_ids.append(DEAL_BETWEEN)
                    f.modality = None
                if f.modality and f.modality[1] in SHARE_CUES and tdef.sub_event_type == TERRITORY \
                        and _share_of_place(toks, t, s_mod, s_place) \
                        and self._share_said(toks, t, s_date, s_rep, a, rec["published"]):
                    # "أعلن الجيش الثلاثاء أن قواته استعادت 70 في المئة من الغوطة": a share of an area taken, told by
                    # a statement of a recent day, is news of that day (the day is read as the statement's below);
                    # told with no statement's day it stays a campaign's sum
                    f.modality = None
                    f.rule_ids.append(SHARE_SAID)
                # "للهجوم الكيماوي الذي شهدته دوما مساء السبت": a "ل" aim that may be a dated act reacted to stays
                # open until its day is read (the own-day readings below)
                li_rel = f.modality == ("intention", "md-purpose-li") and _told_relative(toks, t, trigs)
                if _settled(f) and not li_rel:
                    # dropped for its modality whatever else the sentence tells: its sides, place and day are
                    # read by nothing (the frames after it look only at frames without one)
                    sent_frames.append(f)
                    continue
                # after the trigger's id, as they are read
                f.rule_ids[1:1] = _trigger_marks(toks, t, tdef, cue_s, si, (a, b))
                ca, cb = _clause(clause_at, t.start_tok, a, b)
                owned = [k for k in since_at if ca <= k < cb]
                f.total = bool(owned) or _since_clause_after(clause_at, since_at, trigs, cb, a, b)
                if owned and all(_after_clause_between(toks, t.end_tok, k) for k in owned) and not s_cas:
                    # "تتواصل اشتباكات عنيفة بعدما تمكنت القوات خلال الأيام الماضية من ...": the span dates the act
                    # of the clause of «بعدما», told after the trigger; the trigger is no tally of it (g109j)
                    f.total = False
                    f.rule_ids.append(SINCE_AFTER_CLAUSE)
                if f.total and tdef.sub_event_type == TERRITORY and _since_nested(toks, t.end_tok, ca, cb, since_at):
                    # "سيطرت على معبر نصيب الذي كانت الفصائل تسيطر عليه منذ 2015": the since-phrase dates the
                    # nested phrase, the taking is one act (only takings: "قتل 5 في المعارك المستمرة منذ شهر" is a tally)
                    f.total = False
                    f.rule_ids.append(SINCE_NESTED)
                if f.total and not s_cas and _fight_going_on_since(toks, t, tdef, (ca, cb), (a, b)) \
                        and (self._ongoing(toks, t, a) or _going_on(toks, t, (a, b))):
                    # "وتدور منذ أسابيع معارك عنيفة في منطقة ..." with no dead counted: fighting still going on at the
                    # report, no tally (the report's days, as with no since-phrase)
                    f.total = False
                    f.rule_ids.append(SINCE_GOING_ON)
                if not f.total and tdef.sub_event_type == TERRITORY and tdef.pos == "verb" and not own_dates \
                        and _held_since(toks, t, trigs, s_date, rec["published"], self.background_days, b):
                    # "وسيطرت القوات على معظم المنطقة منذ العام الماضي": a taking told held since a start point more
                    # than a month back happened then; history, not the day's news (g108e)
                    f.modality = ("background", HELD_SINCE)
                    f.rule_ids.append(HELD_SINCE)
                if not f.total and _began_with(toks, t, s_date, rec["published"], a):
                    # "وتشن القوات منذ 18 فبراير هجوما على الغوطة، بدأ بقصف عنيف": a clause of «بدأ ب» with no subject,
                    # right after a clause telling a campaign running since a day a week or more back, tells how
                    # that campaign began: its opening over days, no one day's act (g108v)
                    f.total = True
                    f.rule_ids.append(BEGAN_WITH)
                # who reports after the trigger ("..., وفقا لما ذكرته الشرطة") is the source, not a side
                mentioned = struck if tdef.event_type in HOLDER_NO_AGENT else actors
                sides = [m for m in mentioned if m.tok_start < t.end_tok or m.tok_start not in source_at] \
                    if source_at else mentioned
                if tdef.sub_event_type != ARRESTS:
                    # "وقالت السلطات العراقية إن أفرادا من قوات الأمن أصيبوا": the authorities right after a reporting
                    # verb tell another's act; only an arrest is told by who made it ("أعلنت السلطات البحرينية اعتقال")
                    if rep_ends is None:
                        rep_ends = _verb_ends(s_rep)
                    sides = _unspoken_authorities(toks, sides, rep_ends)
                # "الشرطة التركية", "قوات الأمن العراقية": the nationality of a generic force is part of its
                # name (the force is the country's own), no second side
                adjs = [m for m in s_adj if not any(g.tok_end == m.tok_start and _generic_force(g) for g in sides)]
                # "مدينة عفرين السورية": an adjective right after a place names the place's country, not a side
                adjs = [m for m in adjs if not any(p.tok_end == m.tok_start for p in s_place)]
                # "سقوط قذائف على العاصمة السورية دمشق": an adjective right after the capital word names the capital's
                # country, not the side that fired (g98l); one endswith per adjective
                adjs = [m for m in adjs if not _after_capital_word(toks, m.tok_start)]
                # "قصف المناطق الغربية"، "التهديدات الغربية بتوجيه ضربة": a direction-like bloc adjective names no side
                adjs = [m for m in adjs if bloc_adjective_fits(toks, t.end_tok, m.tok_start)]
                if toll_clauses and toll_clauses[t.start_tok][1] < b and tdef.event_type != BATTLES:
                    # "سقطت قذائف على دمشق، بينما قصفت قوات النظام الغوطة": the sides named in a later happening's
                    # clause are its own (an earlier clause's subject may still carry over: "قصفت القوات X، كما قصفت Y");
                    # not a battle's, whose other side is often told in the next clause ("فيما تعمل قسد على صدها");
                    # so at a «في وقت» that opens a clause ("قتل متظاهر برصاص حراس مقر، في وقت فرقت القوى الأمنية
                    # مظاهرات": the police are the later act's, not the victim; g106e)
                    end = toll_clauses[t.start_tok][1]
                    sides = [m for m in sides if m.tok_start < end]
                    adjs = [m for m in adjs if m.tok_start < end]
                if tdef.event_type != BATTLES and (cut := _next_subject_clause(toks, t, trigs, [*sides, *adjs])) >= 0:
                    # "بالتزامن مع إسقاط المنشورات، قصفت طائرات حكومية": a side right after a verb that opens the next
                    # clause (after a comma or «و») is that verb's subject, not a side of this act (g98v)
                    sides = [m for m in sides if m.tok_start < cut]
                    adjs = [m for m in adjs if m.tok_start < cut]
                    f.rule_ids.append(SUBJECT_CLAUSE_RULE)
                if tdef.id in trigger_kind(EXECUTION) and (charged := _charge_at(toks, t, b)) >= 0:
                    # "أعدم تنظيم داعش رجلين بتهمة التعامل مع التحالف": the side named in the charge is whom the dead
                    # were accused of serving, no side of the execution (g103i)
                    sides = [m for m in sides if m.tok_start < charged]
                    adjs = [m for m in adjs if m.tok_start < charged]
                    f.rule_ids.append(CHARGE_SIDE)
                if answered is not None:
                    # the sides named before the word of reason are the answering act's, not the act it answers
                    sides = [m for m in sides if m.tok_start > answered]
                    adjs = [m for m in adjs if m.tok_start > answered]
                # "قالت إسرائيل إن إيران أطلقت ...": who speaks before "إن/أن" tells of the act, is not its side
                if tdef.sub_event_type == AGREEMENT_SUB:
                    sides = _with_leaders(toks, a, b, sides)
                    # "اتفاق ... برعاية روسية": the broker is no party to the deal (g90d)
                    sides = _without_brokers(toks, sides)
                    adjs = _without_brokers(toks, adjs)
                    adjs = _without_group_nationality(toks, sides, adjs)
                    if tdef.pos == "noun" and any(m.tok_start < t.start_tok for m in (*sides, *adjs)) and (
                            phrase_end := _sides_told_after(toks, t, _made_cues_not_in_force(cue_s, si),
                                                      [*sides, *adjs, *s_aff], b)) >= 0:
                        # "الجيب الذي يسيطر عليه تنظيم داعش غير مشمول في اتفاق ... أبرمته روسيا مع الفصائل": a deal
                        # whose phrase names its sides has none before its noun; a group read as a person's side in
                        # the phrase («بين الحكومة ومسلحي المعارضة») is one of them (deals.sides_told_after, g110f)
                        # (those after the phrase are another clause's: «...، بحسب الإعلام الحربي التابع لحزب الله»)
                        sides = _without_brokers(toks, [*(m for m in sides if t.end_tok <= m.tok_start < phrase_end),
                                                        *(m for m in s_aff if t.end_tok <= m.tok_start < phrase_end
                                                          and m not in sides)])
                        adjs = [m for m in adjs if t.end_tok <= m.tok_start < phrase_end]
                        f.rule_ids.append(DEAL_SIDES_AFTER)
                speakers = _speaker_tokens(toks, s_rep, t, a, [*sides, *adjs])
                why: list[str] = []
                f.actor1, f.actor2 = pick_actors(toks, t, tdef, sides, adjs, a, trigs, why)
                _cite_by_agent(f, t, sides, why)
                if made_side is not None and all(m is None or m.tok_start != made_side.side.tok_start
                                                 for m in (f.actor1, f.actor2)):
                    # «تنفيذا للاتفاق الذي تم التوصل إليه بين الحكومة والفصائل»: the group that made the deal is its
                    # side, whatever the sentence's other sides (a neighbour's side would be taken instead)
                    f.actor2 = made_side.side
                if DEAL_SIDES_AFTER in f.rule_ids:
                    _phrase_sides(f, sides)
                _authority_side(f, tdef.sub_event_type)
                if tdef.sub_event_type == ARRESTS and counted_people(toks, f.actor1):
                    # "اعتقال 14 إيرانيا": a nationality counted by a number is the people held, never the arrester;
                    # the arrester, unnamed, is left to the country's default (g99z)
                    f.actor1 = None
                    f.rule_ids.append(COUNTED_HELD)
                if spared and tdef.event_type in HOLDER_NO_AGENT:  # the civilians set aside still support the report (confidence) as a counterpart did
                    f.rule_ids.append(CIVILIANS_SPARED_RULE)
                if speakers and any(m.tok_start in speakers for m in (f.actor1, f.actor2) if m is not None):
                    # the speaker still supports the report (confidence), it is only no side of the act
                    heard = [m for m in sides if m.tok_start not in speakers]
                    why.clear()  # the re-pick's own reasons (review s32 (2), item 5)
                    f.actor1, f.actor2 = pick_actors(toks, t, tdef, heard,
                                                     [m for m in adjs if m.tok_start not in speakers], a, trigs, why)
                    _cite_by_agent(f, t, heard, why)
                    f.rule_ids.append("actor-speaker")
                    if f.actor2 is None and tdef.event_type in POSSESSOR_TARGET_TYPES:
                        # "أكدت قسد أن النظام استهدف قواتها": the speaker's own forces were hit, it is the target
                        own = possessor_hit(toks, t, [m for m in sides if m.tok_start in speakers], f.actor1, a)
                        if own is not None:
                            f.actor2 = own
                            f.rule_ids.append(POSSESSOR_SPOKE)
                if f.actor2 is None and tdef.event_type in POSSESSOR_TARGET_TYPES:
                    # "أعلن الجيش التركي مقتل أحد جنوده إثر هجوم شنه مسلحون": the side's men counted dead (g92c)
                    dead = possessor_dead_before(toks, t, sides, f.actor1, a)
                    if dead is not None:
                        f.actor2 = dead
                        f.rule_ids.append(POSSESSOR_DEAD)
                if f.actor2 is None and tdef.sub_event_type == ARRESTS:
                    # "اعتقلت السلطات الألمانية 4 سوريين"، "اعتقلت شخصا يشتبه": the people held, told by a counted
                    # nationality or a person noun, are civilians (of that nationality), as the dev gold codes them
                    held = held_civilians(toks, t, b)
                    if held is not None:
                        f.actor2 = held
                        f.rule_ids.append(held.rule_id)
                self._suspected_agent(f, toks, t, sides, adjs, b)
                inner = _subject_inside(s_act, t, tdef)
                if inner is not None and (f.actor1 is None or f.actor1.tok_start >= t.end_tok
                                          and f.actor1.value.kind not in ("protester", "rioter")):
                    # "أحرق المتظاهرون مبنى القنصلية الإيرانية": the crowd named inside the trigger is who riots,
                    # not the owner of the building after it, who is the target (not the crowd named again)
                    if f.actor1 is not None and (f.actor2 is None or f.actor2.value.kind in ("protester", "rioter")):
                        f.actor2 = f.actor1
                    f.actor1 = inner
                    f.rule_ids.append(SUBJECT_INSIDE)
                reactor = self._reactor_tokens(toks, t, a) if tdef.pos == "noun" else set()
                if reactor and any(m.tok_start in reactor for m in (f.actor1, f.actor2) if m is not None):
                    # "أدانت السعودية، الأحد، الهجوم": who condemns a happening is no side of it
                    acting = [m for m in sides if m.tok_start not in reactor]
                    why.clear()
                    f.actor1, f.actor2 = pick_actors(toks, t, tdef, acting,
                                                     [m for m in adjs if m.tok_start not in reactor], a, trigs, why)
                    _cite_by_agent(f, t, acting, why)
                    f.rule_ids.append("actor-reactor")
                if f.actor2 is not None and any(f.actor2 is m for m in adjs) and (
                        after_counterpart(toks, f.actor2) or positions_in_country(toks, f.actor2, t.end_tok)):
                    f.rule_ids.append(STRUCK_NAMED)  # "الضربات على سوريا": the country struck (g37b)
                if f.actor1 is None and tdef.event_type in VIOLENT:
                    body = _spokesman_body(toks, s_aff, s_rep, t)
                    if body is not None and (f.actor2 is None or f.actor2.value.id != body.value.id):
                        f.actor1 = body
                        f.rule_ids.append("actor-spokesman")
                if f.actor1 is not None and tdef.event_type in VIOLENT and NEEDS_ARMED_AGENT not in needs:
                    # an armed_agent row's dead are the unarmed people it needs: "أقدم مسلحون من داعش على قتل ثلاثة
                    # رعاة" counts no gunmen of the group among them
                    self._dead_side(f, toks, t, tdef, sides, adjs, s_cas)
                elif f.actor2 is None and tdef.event_type in STRUCK:
                    self._struck_side(f, toks, sides, adjs, s_cas)
                elif f.actor1 is None and tdef.event_type in STRUCK and s_cas:
                    # "14 مقاتلا، بينهم إيرانيون، قتلوا في الضربة التي استهدفت المطار التابع للنظام": no agent
                    # named, the owner read as the target
                    self._share_side(f, toks, sides, adjs, s_cas)
                if NEEDS_AGENT in needs and NEEDS_ARMED_AGENT not in needs and f.actor1 is not None \
                        and _counted_dead_side(toks, t, f.actor1):
                    # "قتل 14 عنصرا من قوات النظام": the group the dead are counted of is no agent of the killing
                    dead = f.actor1
                    # only the dead told as "N members ADJ": after "N عنصرا من قوات X" the sides named next are often
                    # more of the dead ("والمسلحين الموالين لها") or their owners ("التابعة لقسد")
                    counted = tdef.event_type == BATTLES and dead.tok_start >= 2 and (
                        _counted_members(toks, dead.tok_start) or _counted_part(toks, dead.tok_start))
                    killer = _killer_after(toks, sides, dead) if counted else _named_killer(toks, sides, dead)
                    if killer is not None:
                        f.actor1 = killer  # the dead's side is what the killer hit
                        f.actor2 = dead
                        f.rule_ids.append("actor1-dead")
                    else:
                        if f.actor2 is None:
                            f.actor2 = dead
                        f.actor1 = None
                        if counted and _near_cue(t, cue_s.get(DEAD_FRONT, _EMPTY)[si], DEAD_FRONT_WINDOW):
                            # "وقتل 4 من عناصر ميليشيا الحوثي في جبهة حرض": fighters counted dead at a front fell in
                            # fighting; the other side, unnamed, is the document's (g105c), not a toll to drop
                            f.rule_ids.append(FRONT_DEAD)
                if f.actor1 is not None and TROOPS_COUNTED in needs:
                    owner = _attack_owner(toks, sides, t, b)
                    if owner is not None and owner.value.id != f.actor1.value.id:
                        # "قتل عنصر في قسد في هجوم آخر للتنظيم": the side whose attack killed is the agent, the
                        # side read first (the dead's, or who announced them) is what the attack hit
                        f.actor2 = f.actor1
                        f.actor1 = owner
                        f.rule_ids.append("actor1-attack-owner")
                if tdef.id in trigger_kind(BODIES_FOUND):
                    # "عثرت القوات الأمنية على جثث 7 مخطوفين لدى داعش": the finder is no side; the armed group named
                    # after the bodies held and killed them, and the dead are the target (victims-told)
                    killer = next((m for m in sides if m.tok_start >= t.end_tok and m.value.kind in NONSTATE_KINDS),
                                  None)
                    if killer is None and _bodies_pronoun(toks[t.end_tok - 1].norm):
                        # "ردا على إعدام التنظيم ثمانية رهائن، عثر على جثثهم": the pronoun on the bodies points back at
                        # the victims named before, and the armed group told killing them there is the killer (g106u)
                        told = [m for m in sides if m.tok_end <= t.start_tok and m.value.kind in NONSTATE_KINDS]
                        killer = told[-1] if told else None
                        if killer is not None:
                            f.rule_ids.append(BODIES_KILLER_BEFORE)
                    # the sides picked above are undone, and so are the ids citing them (review s33, item 4)
                    f.actor1, f.actor2 = killer, None
                    f.rule_ids[:] = [r for r in f.rule_ids if r not in ACTOR1_PICKS]
                    if killer is not None:
                        f.rule_ids.append(BODIES_KILLER)
                if tdef.id in trigger_kind(CUSTODY_DEATH) and f.actor1 is None:
                    # "توفي شاب تحت التعذيب في سجون هيئة تحرير الشام": whose prison it was killed him (g103i)
                    keeper = next((m for m in sides if m.tok_start >= t.end_tok and m.value.kind in KEEPER_KINDS), None)
                    if keeper is not None:
                        f.actor1 = keeper
                        if f.actor2 is keeper:
                            f.actor2 = None
                        f.rule_ids.append(PRISON_KEEPER)
                if NEEDS_ARMED_AGENT in needs and f.actor1 is not None and f.modality == ABSORBED_TOLL \
                        and _said_before(toks, f.actor1, t) \
                        and not toks[last_that(toks, f.actor1.tok_end, t.start_tok)].norm.endswith(endings(SPEAKER_DID)):
                    # "أفاد ضابط في الشرطة أنه قتل خمسة أشخاص إثر هجوم شنه تنظيم داعش": the speaker before «أنه» named
                    # no killer; the killing barred as the attack's toll is left to that attack (filters.attacks_on_people, g103i)
                    f.actor1 = None
                    f.rule_ids[:] = [r for r in f.rule_ids if r not in ACTOR1_PICKS]
                if NEEDS_AGENT in needs and f.actor1 is None and not f.modality and FRONT_DEAD not in f.rule_ids:
                    if KILLED_MARKS in needs and tdef.id in trigger_kind(BODIES_FOUND):
                        # "عثرت الشرطة على جثة رجل مقتول بالرصاص": someone shot, bound or tortured the body found; its
                        # killer, unnamed, is left to the document's side or the coder's default (tr-vac-75701.., g103c)
                        f.rule_ids.append(BODY_MARKED)
                    elif _near_cue(t, cue_s.get(SMALL_ARMS, _EMPTY)[si], SMALL_ARMS_WINDOW):
                        # "قتل ناشط بإطلاق نار": someone fired; gunmen not named are still the agent
                        f.rule_ids.append(GUNMEN)
                    else:
                        # "قتل 46 مدنيا يوم الخميس": the dead of a strike or a battle told elsewhere, or a
                        # tally; a killing is an attack on civilians when its sentence names who killed
                        f.modality = ("casualties", "needs-agent")
                if NEEDS_ARMED_AGENT in needs and not f.modality and f.actor1 is not None \
                        and (f.actor1.value.kind not in NONSTATE_KINDS or _said_before(toks, f.actor1, t)):
                    # "قتلت القوات الأمنية 5 أشخاص": people a state force killed are suspects as often as bystanders;
                    # "قال نشطاء المعارضة إنه قتل 40 شخصا": who speaks before «إن» named no killer
                    f.modality = ("casualties", "needs-armed-agent")
                elif not VICTIMS_CUES.isdisjoint(needs) and f.actor2 is not None and f.actor2.value.kind != "civilian" \
                        and (NEEDS_ARMED_AGENT in needs or _gunmen_of(f.actor1, f.actor2)):
                    # "قتل مسلحون ينتمون لتنظيم داعش ستة أشخاص/مدنيين": the armed group named beside the gunmen is
                    # theirs; the people killed, not a side, are what the attack hit (victims-told below)
                    if _gunmen_of(f.actor1, f.actor2):
                        f.actor1 = f.actor2
                        f.rule_ids.append(GUNMEN_GROUP)
                    else:
                        # «قتل مقاتلو داعش عنصرين من الصحوات»: a named group's armed_agent killing keeps its agent;
                        # the side read as its target is dropped, the people killed are what it hit (review s33, item 5)
                        f.rule_ids.append(VICTIMS_NOT_SIDE)
                    f.actor2 = None
                if f.actor1 is None and tdef.event_type in VIOLENT and si > 0 and act_s[si - 1] \
                        and _this_force_before(toks, t.start_tok):
                    # "ويتعرض لهجوم من قوات النظام. وتمكنت هذه القوات من السيطرة على بلدة X": the forces pointed
                    # back at are the last side the sentence before named
                    f.actor1 = act_s[si - 1][-1]
                    f.rule_ids.append(THIS_FORCE)
                if f.actor1 is None and f.event_type == "Explosions/Remote violence":
                    # "استهدفت مواقع عسكرية ... ردا على هجوم صاروخي": the site struck before the word of reason is the
                    # answer's target; read as the answered act's, it made the answerer its attacker (own-site)
                    told = [g for g in STRIKE_CREDIBLE if cue_s.get(g, _EMPTY)[si] and (
                        answered is None or any(c.start_tok > answered for c in cue_s[g][si]))]
                    f.credible = len(told)
                    f.rule_ids += ["credible:" + g for g in told]
                if tdef.event_type == "Protests" and tdef.pos == "verb" \
                        and _crowd_after(t, cue_s.get(CROWD, _EMPTY)[si]):
                    f.rule_ids.append(CROWD_AGENT)
                elif tdef.event_type == "Protests" and tdef.pos == "noun" \
                        and _noun_told(t, cue_s.get(PROTEST_OUT, _EMPTY)[si], cue_s.get(PROTEST_WITH, _EMPTY)[si]):
                    f.rule_ids.append(NOUN_TOLD)
                if tdef.event_type in VIOLENT and cue_s.get(CONCEDED, _EMPTY)[si]:
                    # "رغم نفي دمشق وقوع هجوم، أشارت منظمات إلى وقوع هجوم": the report holds the act happened
                    f.credible += 1
                    f.rule_ids.append("credible:" + CONCEDED)
                if tdef.event_type == BATTLES and cue_s.get(FRONT_AXIS, _EMPTY)[si]:
                    # "أحرز الجيش تقدما على محاور عدة": ground fighting told on its fronts is a report of the day (g99g,
                    # _gate_lift); a remote strike is not fought on fronts, so Battles only
                    f.rule_ids.append(FRONT_TOLD)
                # the imperfect «يستهدف/تستهدف» rows (weight below MEANS_MIN_WEIGHT) tell a habit as often as an act
                # ("كان الأسبوع الماضي يستهدف يوميا بعشرات الغارات والصواريخ"): the weapon does not make them one
                if tdef.weight >= MEANS_MIN_WEIGHT and tdef.id in trigger_kind(BARE_STRIKE) and _means_after(t, cue_s.get(PROJECTILE, _EMPTY)[si]):
                    # "استهداف الحوثيين المملكة بصواريخ بالستية": a bare strike word told with the rockets or shells
                    # it fired is a strike carried out, as a site or an hour supports it (g89d)
                    f.credible += 1
                    f.rule_ids.append(MEANS_TOLD)
                if f.event_type == "Explosions/Remote violence" and f.actor2 is None and _positions_hit(toks, t):
                    f.rule_ids.append(POSITIONS_HIT)
                f.sub_event_type = resolve_territory(tdef.sub_event_type, f.actor1.value if f.actor1 else None,
                                                     self._place_country(s_place))
                # a gun or rocket fire listed beside an air strike is that fire, not more of the air strike
                not_to = AIR_SUB if t.start_tok in listed_acts and tdef.sub_event_type == SHELL_SUB else None
                _refine(f, t, cue_s, si, clauses.get(t.start_tok) if clauses else None, not_to, toks, s_rep)
                if f.event_type == "Riots" and tdef.event_type != "Protests" and tdef.pos == "verb" \
                        and f.actor1 is None and _crowd_after(t, cue_s.get(CROWD, _EMPTY)[si]):
                    # «واقتحم مئات العراقيين مطار النجف»: a counted crowd as the subject of the storming or burning a
                    # refiner read as a riot names who rioted, as «تظاهر المئات» names who protested (g108n)
                    f.rule_ids += [CROWD_AGENT, CROWD_RIOT]
                if f.sub_event_type == VIOLENT_DEMO and f.actor2 is not None and f.actor2.value.kind not in RIOT_CROWDS:
                    self._riot_met(f, t, sides, self._place_country(s_place))
                if f.modality is not None and f.modality[0] == "background" and f.modality[1].startswith("md-") \
                        and tdef.sub_event_type == ABDUCTION_SUB and f.sub_event_type != ABDUCTION_SUB:
                    # «عثرت الشرطة على خمس جثث، بينهم ثلاثة أشخاص خطفهم مسلحو التنظيم»: the abducted told found dead are
                    # an attack's victims; the clause recalling their abduction tells the killing the finding makes
                    # news (rf-vac-3403), not the old abduction its cue reads (g106u)
                    f.modality = None
                    f.rule_ids.append(FOUND_DEAD_ABDUCTED)
                if f.sub_event_type == TERRITORY:
                    # a refiner's taking ("تتقدم القوات ... بعد انسحاب المعارضة"): whose, as a taking trigger's
                    f.sub_event_type = resolve_territory(TERRITORY, f.actor1.value if f.actor1 else None,
                                                         self._place_country(s_place))
                if f.sub_event_type == NVT_SUB and _near_cue(t, cue_s.get(DEAL, _EMPTY)[si], DEAL_WINDOW):
                    # "يغادر المسلحون البلدة بموجب اتفاق": a leaving or a taking told under a deal is the deal's
                    # transfer, supported as a day or a place would support it
                    f.credible += 2
                    f.rule_ids.append("credible:" + DEAL)
                if f.event_type == NAMED_CRIMES and tdef.event_type == NAMED_CRIMES and f.actor1 is not None \
                        and f.actor1.value.kind == "protester":
                    # "قتل أحد المحتجين برصاص ميليشيا": protesters killed by no state force (rf-prox-2 unless) were
                    # shot, they shot no one: they are the attack's victims, its agent the gunmen if none is named
                    # two plain assignments: mypyc types a swapped pair by its first item (None)
                    f.actor2 = f.actor1
                    f.actor1 = None
                    if _near_cue(t, cue_s.get(SMALL_ARMS, _EMPTY)[si], SMALL_ARMS_WINDOW):
                        f.rule_ids.append(GUNMEN)
                    f.rule_ids.append(PROTESTERS_SHOT)
                # "غارات خلال الأشهر الماضية، آخرها في حماة وحلب": the latest of a series is the happening
                latest = next((k for k in latest_at if k >= t.end_tok), None)
                near = s_place if latest is None else [p for p in s_place if p.tok_start > latest] or s_place
                if speakers and doc_place is not None:
                    # "أما في باريس، فقد قال ماكرون إن ...": where a statement abroad was made is not the place
                    near = [p for p in near if not _seat_abroad(p, speakers, doc_place)]
                # "عدا عن قربها من دمشق": what a place told before is near is no place of the act
                near = _without_reference_points(near, toks)
                # "في محافظة القنيطرة حيث تقع هضبة الجولان": what lies in a place told before is not the place
                near = _without_located_asides(near, toks)
                # "على الغوطة الشرقية القريبة من دمشق"، "في سامراء على بعد 100 كلم من بغداد": what the place is near
                # is where only when the sentence names no other place
                near = _without_near_points(near, toks, speakers)
                # where people are moved to, where a projectile was fired from and where the happening of a reason
                # clause took place are no place of the act
                # ("ضربات ردا على هجوم أسفر عن مقتل العشرات في دوما": «مقتل», unlicensed, still opens the answered
                # happening, whose places are not the strikes')
                reason = _reason_places(t, near, toks, worded, b, reason_at, True) if reason_at else set()
                if after_at and f.event_type != "Strategic developments":
                    # a truce or a deal "بعد معارك في X" is about X, where the fighting it follows was
                    reason = _after_places(t, near, toks, trigs, b, after_at, reason)
                # (no set is made when the sentence tells no move, most of them; ``gone`` may be ``reason`` itself,
                # so it is never updated in place)
                # crowds: where people go ("خرج المتظاهرون إلى ساحة التحرير") is where they gather, no destination
                # of a move
                gone = reason if f.event_type in GATHERINGS or not moved_to else \
                    {i for i, k in moved_to.items() if k > t.start_tok} | reason
                if f.event_type in GATHERINGS:
                    # "تظاهرة في برلين احتجاجا على الهجوم على عفرين": the slogan's places are what the rally is about;
                    # left only when the sentence names another town or area for it (g81a)
                    slogan = _slogan_places(t, near, toks, b)
                    if slogan and any(p.resolved and p.kind != "country" and id(p) not in slogan
                                      and id(p) not in gone for p in near):
                        gone = gone | slogan
                        f.rule_ids.append(_SLOGAN)
                if moved_to and f.sub_event_type in MOVE_DEALS:
                    gone = _left_places(near, moved_to, gone, f.rule_ids)
                if f.event_type in STRUCK or f.sub_event_type == DWU:
                    sites = {id(p) for p in near if _launch_site(p, toks, a)}
                    # "أطلقتهما الفصائل من قطاع غزة فوق مدينة عسقلان": the place «فوق» after a launch origin is where
                    # the craft was, not a second launch site (g98af)
                    over = {id(p) for p in near if id(p) in sites and _over_after_origin(p, near, toks, a)}
                    if over:
                        sites -= over
                        f.rule_ids.append(_OVER_AFTER_ORIGIN)
                    gone = gone | sites
                    # "قتل طفل في شرق دمشق جراء قصف نفذته فصائل في الغوطة": where the agent is, when the sentence
                    # names another place, is no place of the act
                    home = {id(p) for p in near if id(p) not in gone and _agent_home(p, toks, t, s_act)}
                    gone = _aside_if_other(near, gone, home, AGENT_HOME, f.rule_ids)
                # "وصلت تعزيزات قادمة من مدينة الرقة إلى ...": where they came from is no place of the act, when the
                # sentence names another place for it (g83c)
                came = {id(p) for p in near if id(p) not in gone and _origin_site(p, toks, a)}
                if came and f.sub_event_type == DWU and not any(
                        p.resolved and id(p) not in gone and id(p) not in came for p in near):
                    # "اعترض طائرة مسيرة قادمة من سوريا": a craft is stopped on the side it comes to, never where it
                    # came from; with no other place named it stands in the interceptor's country (g93b)
                    stopped = _interceptor_home(self.geocoder, f.actor1, [p for p in near if id(p) in came])
                    if stopped is not None:
                        near = [p for p in near if id(p) not in came]
                        near.append(stopped)
                        gone = gone | came
                        f.rule_ids.append(INTERCEPT_ORIGIN)
                gone = _aside_if_other(near, gone, came, _ORIGIN, f.rule_ids)
                if f.sub_event_type not in MOVE_DEALS:
                    # "وصلت تعزيزات من ريف الحسكة إلى جبهات ... دير الزور": where forces set out from, told with no
                    # word of coming, is no place of their arrival when another is named (g84c); evacuations and
                    # deals stand where people left from, and keep it
                    came = {id(p) for p in near if id(p) not in gone and _arrival_origin(p, toks, a)}
                    gone = _aside_if_other(near, gone, came, _ARRIVAL_ORIGIN, f.rule_ids)
                # "وفق ما ذكر مراسل سكاي نيوز في القدس": the reporter's or the speaker's city is no place of the act
                # when the sentence names another (g87d)
                seated = {id(p) for p in near if id(p) not in gone and _reporter_seat(p, toks, a)}
                abroad = _seats_abroad(near, seated, doc_place)
                if abroad:
                    # "وفق ما ذكر مراسل سكاي نيوز في القدس" in a report on Syria: a reporter's or a speech's city in
                    # another country than the document's place is never the act's, even alone (g102v)
                    gone = gone | abroad
                    seated = seated - abroad
                    f.rule_ids.append(REPORTER_ABROAD)
                gone = _aside_if_other(near, gone, seated, _REPORTER_SEAT, f.rule_ids)
                # "قال مراسلنا من إسطنبول إن الطائرات قصفت سوقا": a city the news was sent from is never the act's
                # place; with no other place named the act falls back to the context place (g102v)
                sent = {id(p) for p in near if id(p) not in gone and _reporter_from(p, toks, a)}
                if sent:
                    gone = gone | sent
                    f.rule_ids.append(_REPORTER_FROM)
                # "قال مدعي عام باريس إن ... اعتقلت في X": a prosecutor's seat is no place of the act when the sentence
                # names another (g102h)
                told_by = {id(p) for p in near if id(p) in teller and id(p) not in gone} if teller else set()
                if told_by:
                    # "وقالت مديرية صحة إدلب إن الغارات قتلت ...": the office that counts the dead is never where the
                    # act was; with no other place the act takes the context place, else the seat's province (g103d)
                    gone = gone | told_by
                    f.rule_ids.append(_TELLER_SEAT)
                seated = {id(p) for p in near if id(p) in office and id(p) not in gone}
                gone = _aside_if_other(near, gone, seated, _OFFICE_SEAT, f.rule_ids)
                if f.sub_event_type == AGREEMENT_SUB:
                    # "الذين غادروا X في إطار اتفاق ... وصلوا إلى Y": where the people who left under the deal arrived
                    # is no place of the deal when the sentence names another (g103d)
                    came = {id(p) for p in near if id(p) not in gone and _arrived_after(p, toks, t.end_tok)}
                    gone = _aside_if_other(near, gone, came, _ARRIVAL_DEAL, f.rule_ids)
                # "قتل متظاهر في الديوانية ... وذلك خلال تظاهرات ... وفي العاصمة بغداد": a setting clause told after
                # the act names where the wider happening was, not the act, when the sentence names another (g95f)
                setting = {id(p) for p in near if id(p) not in gone and _setting_clause(p, toks, t.end_tok)}
                gone = _aside_if_other(near, gone, setting, _SETTING_CLAUSE, f.rule_ids)
                # "القصف الإسرائيلي لأهداف في سوريا مع تحليق ... في جنوب لبنان": a town or region of another country
                # told after the country the act is told in is another happening's place (g109i)
                abroad = _abroad_after_country(t, [p for p in near if id(p) not in gone], toks)
                gone = _aside_if_other(near, gone, abroad, _OWN_COUNTRY, f.rule_ids)
                if f.event_type in PLACE_CLAUSE_TYPES:
                    # "تقدمت القوات باتجاه حرستا وسيطرت على أوتايا": where forces head is no place of the battle or
                    # the taking when the sentence names another (g88e)
                    ahead = _advance_targets(near, toks, a, gone)
                    gone = _aside_if_other(near, gone, ahead, _ADVANCE_TARGET, f.rule_ids)
                if f.sub_event_type == AGREEMENT_SUB and near:
                    # a deal's side told in another happening's clause, or a deal in a second reported clause:
                    # the other clause's places are not the deal's (g78b)
                    elsewhere = _deal_elsewhere(t, near, toks, trigs)
                    if elsewhere:
                        gone = gone | elsewhere
                        f.rule_ids.append(DEAL_ELSEWHERE)
                if gone:
                    near = [p for p in near if id(p) not in gone]
                if f.event_type in GATHERINGS:
                    kept_near = _before_next_of_kind(t, near, trigs)
                    if len(kept_near) < len(near):
                        near = kept_near
                        f.rule_ids.append(OWN_PLACE_FIRST)
                if clauses:
                    near = _within_clause(near, clauses[t.start_tok][1], _tolls_apart(clauses[t.start_tok], s_cas))
                elif f.event_type in PLACE_CLAUSE_TYPES:
                    # one trigger's sentence: a later clause's places are not a taking's or a battle's (g76b)
                    near = _own_clause(t, near, toks)
                if AIM_DEST in f.rule_ids:
                    # «وصول تعزيزات إلى محيط مدينة X استعدادا لفتح محور باتجاه Y»: the place reached, not the aim's
                    aim_at = min(c.start_tok for c in cue_s[BUILDUP_AIM][si] if c.start_tok >= t.end_tok)
                    near = [p for p in near if p.tok_start < aim_at] or near
                f.place = _pick_place(t, near, toks, rec["containers"])
                if f.place is not None and f.sub_event_type == AGREEMENT_SUB and f.place.rule_id == SIDE_TOWN_RULE:
                    # "وقف لإطلاق النار في جنوب سوريا. وقال ... إن الجيش سيطر على بلدة X": a deal told at a side is
                    # the side's; the town told after it is an act under it, or another (g111e)
                    side = self.geocoder.side_of(f.place)
                    if side is not None:
                        f.place = side
                        f.rule_ids.append(DEAL_AT_SIDE)
                if f.place is not None and _named_over_relative(f.place, near, rec["containers"]):
                    f.rule_ids.append(NAMED_OVER_RELATIVE)
                elif f.place is not None and _near_town_over_side(f.place, near, rec["containers"]):
                    f.rule_ids.append(NEAR_TOWN_OVER_SIDE)
                elif f.place is not None and _provinces_over_side(f.place, t, near, toks):
                    f.rule_ids.append(PROVINCES_OVER_SIDE)
                if f.place is not None:
                    # "أبرمت فصائل في المحافظة اتفاقا ينص على ... في إدلب": a back word told before the named place
                    # is where the act is; a noun after a verb of its type names the verb's act and reads from it
                    lo = t.end_tok if tdef.pos != "noun" else min(
                        o.end_tok for o in trigs if o.payload.event_type == tdef.event_type
                        and o.start_tok <= t.start_tok)
                    # its own name: "told" is a list above, and compiled code would check this Any against it
                    specified = _specified_place(self.geocoder, toks, a, b, t, lo, f.place, rec["places"], doc.text)
                    if specified is not None:
                        f.place = specified
                        f.rule_ids.append("place-specified")
                f.extra_places = _listed_places(t, f.place, near, rec["containers"], toks)
                if not f.extra_places and f.place is not None and f.place.geo_precision == 1:
                    # "انضمت 13 بلدة في درعا إلى اتفاقات المصالحة": towns counted "in" a province's seat are in
                    # the province; the bare name is the province's, not the city's (g105e)
                    wider = self._counted_in_seat(toks, f.place, s_num)
                    if wider is not None:
                        f.place = wider
                        f.rule_ids.append(COUNTED_IN_PROVINCE)
                if f.extra_places and f.sub_event_type not in SPREAD_KEPT and _spread_before(toks, t.end_tok, f.extra_places[0]):
                    if f.event_type == "Protests" and not f.modality and _spread_before(toks, t.end_tok, f.place):
                        # "بعد مقتل متظاهر ... خلال تفريق التظاهرة، وامتدت لتشمل محافظات أخرى، بما فيها النجف وكربلاء":
                        # the act's own town is the list's first, after the verb: the force was at the onset, told
                        # before; the towns the wave spread to are a peaceful protest each over the week (g106v)
                        f.sub_event_type, f.actor2 = "Peaceful protest", None
                        f.rule_ids.append(SPREAD_FORCE_TOWNS)
                        f.extra_places = _spread_list(toks, f.place, near, rec["containers"])
                    else:
                        # "مقتل متظاهر ... وامتدت لتشمل محافظات النجف وكربلاء": the list tells where the protests
                        # spread; the act of force told before it stands at one place, not at each of them
                        f.extra_places = []
                        f.rule_ids.append(PLACE_SPREAD)
                if f.event_type == "Protests" and not f.modality and _spread_untimed(toks, t, f.place, s_date, a, date_s[si - 1] if si else ()):
                    # "امتدت التظاهرات إلى محافظتي ذي قار والنجف": a place the wave reached, told with no day, has
                    # no day of the report's own (g100ap); coders enter a protest at each place over the reported
                    # period, so it is one over the week up to publication (SPREAD_WEEK, in the dating below; g104e)
                    f.rule_ids.append(PROTEST_SPREAD)
                    if not f.extra_places:
                        # "امتدت من البصرة إلى مدن العمارة والناصرية": the wave's origin is told first; the towns
                        # it reached are protests too, one at each (g104e)
                        reached = _spread_reached(toks, f.place, near)
                        if reached:
                            f.extra_places = [reached, *_listed_places(t, reached, near, rec["containers"], toks)]
                            f.rule_ids.append(SPREAD_REACHED)
                        elif (regrouped := _spread_regroup(toks, t, a, f.place, near, rec["containers"])) is not None:
                            # "امتدت التظاهرات إلى محافظتي ذي قار والنجف": a list mixing a province and a town is the
                            # towns the wave reached, each a protest, not only the most exact one (g106v); a name of
                            # its own, as mypyc types a local once (the onset's ``spread`` below is one place)
                            f.place, f.extra_places = regrouped[0], regrouped[1:]
                            f.rule_ids.append(SPREAD_MIXED)
                if f.sub_event_type in SPREAD_KEPT and not f.modality and not f.extra_places \
                        and PROTEST_SPREAD not in f.rule_ids:
                    # "المظاهرات التي انطلقت الأحد في البصرة وامتدت إلى محافظات أخرى كالعمارة والناصرية": the onset
                    # is at its place on its day; the towns it spread to are protests too, one at each, over the week
                    # up to publication (dated where the copies are made; g105d)
                    spread = _spread_towns(toks, f.place, near, rec["containers"])
                    if spread is not None:
                        # a wave's list mixes towns and provinces («ذي قار وميسان والنجف وبابل»): each is a town it
                        # reached, which a strike's list of one precision would cut short (g106v)
                        f.extra_places = [spread, *_spread_list(toks, spread, near, rec["containers"])]
                        f.rule_ids.append(SPREAD_ONSET)
                if f.extra_places and L.one_place(f.sub_event_type) and tdef.id in trigger_kind(SITES_EACH):
                    # «أخلت قوات النظام مطاراتها مثل التيفور والسين والضمير»: the dev gold enters each site or
                    # province emptied as its own Change to group/activity
                    f.rule_ids.append(SITES_EACH_RULE)
                elif f.extra_places and L.one_place(f.sub_event_type) and _one_act(toks, t):
                    # "اتفاق يقضي بإخراج المسلحين من X وY": the towns one agreement covers are one agreement
                    f.extra_places = []
                    f.rule_ids.append("place-one")
                # a list told as where protests spread, or the towns one agreement covers, stays no place of the
                # act: the rules above emptied it on purpose (g93e: the list may now open at the act's own place)
                listed = [] if PLACE_SPREAD in f.rule_ids or "place-one" in f.rule_ids \
                    else _enumerated(t, f.place, near, toks)
                if listed:
                    # "غارات على بلدات في محيط درعا، بينها X وY": the towns enumerated are where it happened; a
                    # coarser place told before them only gathers them
                    if _exactness(f.place) > min(_exactness(p) for p in listed) \
                            or ("prefix", "rural") in f.place.modifiers:
                        f.place, f.extra_places = listed[0], listed[1:]
                    else:
                        f.extra_places = f.extra_places + [p for p in listed if p not in f.extra_places and p is not f.place]
                    f.rule_ids.append("place-enumerated")
                if f.place is None:
                    # "وتعرضت المدينة لقصف": a word for a place told before is the sentence's own place
                    # "وقالت مديرة صحة حماة إن المستشفى كان يخدم البلدة": a back word never refers to the seat
                    # of a health directorate (g103d)
                    f.place = _told_place(self.geocoder, toks, a, b, t, rec["places"] if not teller else [
                        p for p in rec["places"] if id(p) not in teller], doc.text)
                    if f.place is not None:
                        f.rule_ids.append("place-refers-back")
                        if any(k == "compass_adj" for k, _ in f.place.modifiers):
                            # "وفي الريف الشرقي، تتواصل اشتباكات": a side of the countryside of the town told before
                            # is a place of its own beside the town, as "مدينة درعا وريفيها الشرقي والغربي" (g110o)
                            f.rule_ids += [SIDE_BACK, OWN_COUNTRYSIDE_RULE]
                if tdef.id in trigger_kind(LEAVING_VERB):
                    # «غادر المقاتلون المنطقة»، «مجموعة سابقة غادرت الجيب بالفعل»: the area or pocket a leaving verb
                    # takes as its object is the place told before, not a destination told beside it (g106w)
                    left = _left_place(self.geocoder, toks, t, b, rec["places"], doc.text)
                    # a place told after the verb is its own («غادرت المنطقة الخاضعة لفيلق الرحمن في الغوطة»)
                    if left is not None and (f.place is None or f.place.tok_end <= t.start_tok
                                             and _exactness(left) < _exactness(f.place)):
                        f.place, f.extra_places = left, []
                        f.rule_ids.append(LEFT_PLACE)
                if f.place is None and f.event_type in STRUCK and (last_place or doc_place) is not None:
                    # «شن الجيش الإسرائيلي قصفا على مناطق سورية»: a strike on a state's own positions, no town told,
                    # is in that state's country, not at a town another sentence told (g112a, 146501)
                    ctx = last_place or doc_place
                    if ctx.country and _owned_country(toks, t, b, s_adj) == ctx.country:
                        f.place = self.geocoder.named_country(ctx, ctx.country)
                        if f.place is not None:
                            # named as the country, not as the town it was moved from («سوريا», as the gold)
                            entry = self.geocoder.gazetteer.places.get(f.place.gazetteer_id or "")
                            f.place.name = entry.name_ar if entry is not None else f.place.name
                            # still no town of its own: a definite strike noun so told refers back as before
                            f.rule_ids += [_OWNED_COUNTRY, "place-context"]
                if f.place is None:
                    f.place = last_place or doc_place
                    if pocket_before is not None and (f.place is None or (f.place.gazetteer_id, f.place.location) != (pocket_before.gazetteer_id, pocket_before.location)):
                        # «قتلوا بقصف استهدف الجمعة الجيب الخاضع لسيطرة الجهاديين» after «جيب صغير في ريف درعا»:
                        # the pocket, not the province named since («بعد إجلائهم من محافظة القنيطرة»)
                        pocketed = _pocket_back(self.geocoder, toks, a, b, pocket_before, doc.text)
                        if pocketed is not None:
                            f.place = pocket_used = pocketed
                            f.rule_ids.append(_POCKET_PLACE)
                    if f.place is not None and f.sub_event_type == AGREEMENT_SUB \
                            and f.place.rule_id == SIDE_TOWN_RULE:
                        # a deal told back at a side is the side's too (g111e)
                        f.place = self.geocoder.side_of(f.place) or f.place
                    if f.place is None and _TELLER_SEAT in f.rule_ids:
                        # only a health directorate's seat was told: its province, not the seat's town (g103d)
                        f.place = self._teller_province(s_place, teller)
                    if f.place is None and office:
                        # only a prosecutor's seat was told: its country, not the seat (g102h)
                        f.place = self._office_country(rec["places"], office)
                        if f.place is not None:
                            f.rule_ids.append(_OFFICE_SEAT)
                    f.rule_ids.append("place-context")
                    if dest_left:
                        f.rule_ids.append(DESTINATION_CARRIED)
                    if f.place is not None and f.place.rule_id == LIST_CARRIED:
                        f.rule_ids.append(LIST_CARRIED)
                    if reason:
                        # the sentence's places are a reason clause's: the act has none of its own there
                        f.rule_ids.append(REASON_PLACE)
                    if f.place is not None and self._over_unnamed_places(
                            toks, t, b, s_num, reach=DEAL_TOWNS_REACH if f.sub_event_type == AGREEMENT_SUB else 0):
                        # "استعادت ثماني بلدات": several towns left unnamed lie in the report's province, not at
                        # its last town
                        wider = self.geocoder.province_of(f.place)
                        if wider is not None:
                            f.place = wider
                            f.rule_ids.append("place-province")
                if f.event_type not in STRUCK and f.place is not None and (
                        "place-context" in f.rule_ids or f.place.geo_precision == 3):
                    # "قتل الحرس الثوري مسلحين قرب الحدود مع العراق": the neighbour after «مع» is no place of
                    # the act; a state force of the bordering country tells which side it is on (air and
                    # artillery strikes cross borders: left as read)
                    side = _border_side(self.geocoder, f.place, s_place, toks,
                                        [x.value if x is not None else None for x in (f.actor1, f.actor2)])
                    if side is not None:
                        f.place = side
                        f.rule_ids.append(_BORDER_SIDE)
                if tdef.id in town_rows and not _sent_to(toks, t, f.place, "place-context" in f.rule_ids):
                    f.rule_ids.append(NO_DESTINATION)
                if f.place is not None and f.place.kind == "admin1" and _at_province_building(toks, a, b, f.place):
                    # "اقتحموا مبنى محافظة البصرة": the governorate's building stands in its seat city
                    seat = self.geocoder.seat_of(f.place)
                    if seat is not None:
                        f.place = seat
                        f.rule_ids.append("place-seat")
                country = f.place.country if f.place else None
                f.event_type, f.sub_event_type, f.actor1, f.actor2, fired = retype_by_roles(
                    f.event_type, f.sub_event_type, f.actor1, f.actor2, country)
                if fired and t.start_tok in listed_acts and tdef.sub_event_type == SHELL_SUB \
                        and f.sub_event_type == AIR_SUB:
                    # "قصف مدفعي وغارات جوية روسية": the air force read is the listed air strike's, not the fire's
                    f.sub_event_type = SHELL_SUB
                    fired = []
                    f.actor1 = None
                f.rule_ids += fired
                read = f.actor1
                f.holder_target = held_by(toks, f.actor2)
                f.joined = joined_after(toks, f.actor1, [*sides, *adjs], adjs)
                # "شنت الولايات المتحدة وبريطانيا وفرنسا ضربات"، "هجوم أميركي بريطاني فرنسي": the list of agents the
                # one read stands in; those not coded as a side are its associates (assoc_actor_1, g103l)
                f.associates = joined_agents(toks, f.actor1, [*sides, *adjs])
                f.actor1, f.actor2, fired = apply_roles(f.event_type, f.sub_event_type, f.actor1, f.actor2, country,
                                                        f.joined, _told_as_doer(toks, t, f.actor1))
                if f.actor1 is not None and L.doer_rows(f.event_type, f.sub_event_type) \
                        and _retyping_doer(toks, t, f.actor1, f.actor2):
                    # «اعتقل عناصر من تنظيم داعش عشرة مدنيين»: an armed group's arrest is an abduction (actor_roles
                    # doer-retype); «اعتقلت الشرطة خمسة من عناصر الهيئة»: the group counted out was held, no doer
                    f.event_type, f.sub_event_type, moved = retype_by_doer(f.event_type, f.sub_event_type,
                                                                           f.actor1.value, country)
                    fired += moved
                # "أسقطت صاروخين إسرائيليين": an interception that names whose weapon fell names a side as its agent does
                f.side_moved = f.actor1 is None and f.actor2 is not None and (
                    f.actor2 is read or f.sub_event_type in DOWNED_WEAPON)
                if f.actor1 is None and not f.side_moved and members_leaving(toks, t, tdef, f.actor2):
                    # «خروج آخر مقاتلي تنظيم الدولة من الحي»: the group named behind its members' noun left, as one read
                    # as the doer and moved to actor2 did (the noun's genitive reach of one word missed it; g103m)
                    f.side_moved = True
                    fired.append(MEMBERS_LEFT)
                if f.actor1 is None and not f.side_moved and tdef.id in trigger_kind(LEAVING_VERB) \
                        and _leavers_told(t, cue_s.get(LEAVERS, _EMPTY)[si], cue_s.get(BUSES, _EMPTY)[si]):
                    # «غادر المقاتلون المنطقة»، «عدد من المسلحين وعائلاتهم غادروا»، «مجموعة سابقة غادرت الجيب»: fighters
                    # told as the leaving verb's subject are who left, a side unnamed as a crowd is a protest's (g106w)
                    fired.append(LEAVERS_AGENT)
                f.rule_ids += fired
                if f.sub_event_type == AIR_SUB and f.actor1 is not None:
                    # only for a strike a side was read for: a side with no aircraft is not its agent (g77b)
                    f.actor1, f.actor2, fired = grounded_agent(f.event_type, f.sub_event_type, f.actor1, f.actor2,
                                                               country, _drone_told(toks, t))
                    if fired:
                        # "وشاركت طائرات روسية في قصف المسلحين": the state whose aircraft are named before it flew it
                        f.actor1 = _flier_before(toks, t, sorted([*sides, *adjs], key=attrgetter("tok_start")))
                    f.side_moved = f.side_moved or bool(fired)  # the side read still names one of the strike
                    f.rule_ids += fired
                if (f.actor1 is not None and f.actor1.value.id == GENERIC_ARMY) \
                        or (f.actor2 is not None and f.actor2.value.id == GENERIC_ARMY):
                    # «قال مكتب حاكم هاتاي التركي إن الجيش قتل»، «بحسب مصادر تركية، فإن الجيش ...»: the army named
                    # without its country after a state's speaker or source is that state's (g110q)
                    f.actor1, f.actor2, fired = _spoken_army(toks, t, f.actor1, f.actor2, [*s_act, *s_adj, *s_aff], s_rep)
                    f.rule_ids += fired
                f.actor1, f.actor2, fired = recast_by_country(f.actor1, f.actor2, country,
                                                              f.place.admin1 if f.place else None)
                f.rule_ids += fired
                if fired and tdef.sub_event_type == TERRITORY and f.actor1 is not None:
                    # "سيطرت قوات الجيش الوطني" in Yemen: the government's army regains what it takes
                    f.sub_event_type = resolve_territory(TERRITORY, f.actor1.value, country)
                if tdef.sub_event_type == TERRITORY and _place_taken(t, f.place, b):
                    f.rule_ids.append(TAKEN_OBJECT)
                head = self._referred(toks, t, a) if tdef.pos == "noun" else None
                # a claim of responsibility reports the happening; blame and inquiries react to one told elsewhere
                f.referred = head is not None and head not in words("claim_head")
                alleged = not f.referred and tdef.pos == "noun" and (_alleged(toks, t) or _alleged_near(toks, t)) \
                    and not _told_as_cause(toks, t)
                if alleged:
                    # "الهجوم الكيميائي المزعوم": an alleged happening is named as what a debate is about; with no day
                    # of its own it is told elsewhere (or nowhere), as the object of a reaction is
                    f.referred = True
                    f.rule_ids.append("alleged")
                if latest is not None:
                    f.total = False  # a tally over the span, then its latest: the latest is one happening
                    f.date = next((d for d in own_dates if d.tok_start > latest), None) \
                        or _series_span(own_dates, latest, rec["published"]) or self._recent(toks[latest], rec["published"])
                    f.rule_ids.append("latest-of")
                elif own_dates:
                    dated = own_dates
                    # "أعلن الثلاثاء فتح تحقيق في الهجوم": a day told outside a reaction's object is the
                    # reaction's; the happening keeps only a day told after it in its clause ("الهجوم الذي وقع السبت")
                    if alleged:
                        # "ناقش المجلس الأربعاء الهجوم المزعوم": an alleged happening takes no recent day of the
                        # statement around it (it is named as known); an old day still dates it, and so does a day
                        # told right after it by its own verb ("هجوم كيميائي مفترض استهدف السبت مدينة دوما")
                        breaks = words("clause_break")
                        dated = [d for d in own_dates if not self._recent_day(d, rec["published"]) or (
                            t.end_tok <= d.tok_start <= t.end_tok + ALLEGED_DAY_GAP
                            and not any(toks[k].norm in breaks for k in range(t.end_tok, d.tok_start)))]
                        if len(dated) < len(own_dates):
                            f.rule_ids.append("reference")
                    elif head is not None:
                        # an old day before it still dates the sentence ("عام 1992، تورط النظام في تفجير")
                        breaks = words("clause_break")
                        dated = [d for d in own_dates if not self._recent_day(d, rec["published"]) or (
                            d.tok_start >= t.end_tok and not any(toks[k].norm in breaks for k in range(t.end_tok, d.tok_start)))]
                        if len(dated) < len(own_dates):
                            f.rule_ids.append("reference")
                            closing = [d for d in own_dates if d not in dated and _closing_day(toks, d, t, own_dates, b)]
                            if closing:
                                # «وصل الوزير، اليوم، ... على خلفية مقتل شخص في تظاهرة ضد البطالة، الأحد الماضي.»: the
                                # main clause has its day; one set off by a comma closing the sentence is the recalled
                                # happening's own (g108t)
                                dated = dated + closing
                                f.rule_ids.append(CLOSING_DAY)
                                # the since-phrase of the main clause («الاحتجاجات القائمة منذ بداية الأسبوع») sums
                                # the wave, not the one happening its own single day closes the sentence with
                                f.total = f.total and not any(d.precision == 1 for d in closing)
                    if tdef.pos == "verb" and not _definite_head(toks, t):
                        # "تظاهر المئات ... وسط هتافات ضد الفساد الذي يدعون لمحاربته منذ سنوات": a year of a relative
                        # clause on the act's object or agent is that noun's history, not the act's day
                        other = [d for d in dated if _other_relative_apart(toks, d, t, f.place)]
                        if other:
                            dated = [d for d in dated if d not in other]
                            f.rule_ids.append(OTHER_RELATIVE_YEAR)
                    # "التوصل إلى اتفاق يبدأ تنفيذه صباح السبت": the coming day is the verb's after the trigger
                    terms_day = tdef.sub_event_type == AGREEMENT_SUB
                    dated = [d for d in dated if not _coming_after(toks, d, t, terms_day)
                             and not (terms_day and _terms_day(toks, d, t)) and not _later_clause_day(toks, d, t)]
                    if terms_day and len(dated) > 1:
                        dated = _without_begun_days(toks, dated, t)
                    if len(dated) > 1:
                        # "أحكمت الطوق أمس، وأسفرت الغارات صباح اليوم الأربعاء عن ...": the day of the trigger's own clause
                        dated = [d for d in dated if not _earlier_clause_day(toks, d, t, dated)]
                    if len(dated) > 1:
                        dated = self._past_statement_day(toks, t, dated, _reports(s_rep), trigs, f)
                    if len(dated) > 1:
                        dated = self._lead_statement_day(toks, t, dated, _reports(s_rep), a, rec["published"], f)
                    if SINCE_GOING_ON in f.rule_ids:
                        # «منذ أسابيع» read as a span of weeks is when the fighting began, not its day: the report's day stands
                        dated = [d for d in dated if not _since_marked(toks, d)]
                    if SINCE_AFTER_CLAUSE in f.rule_ids:
                        # "تتواصل اشتباكات بعدما تمكنت القوات خلال الأيام الماضية من ...": the span is the «بعدما»
                        # clause's, not the going-on fighting's day (g110o)
                        dated = [d for d in dated if not (d.tok_start >= t.end_tok
                                                          and _after_clause_between(toks, t.end_tok, d.tok_start))]
                    if dated:
                        f.date = min(dated, key=lambda d: date_distance(toks, t, d))
                        anchored = rec["anchored"].get(f.date.tok_start)
                        if anchored is not None and _outside_anchor(toks, t, anchored, a):
                            # "بعد أسبوع من هجوم 10 فبراير، سيطرت القوات على البلدة": the day told is the anchor's;
                            # the act's is counted from it (days.anchored_day)
                            f.date = anchored.day
                            f.rule_ids.append(anchored.day.rule_id.rsplit("+", 1)[1])
                        if f.date.rule_id.endswith(QUOTE_DAY):
                            f.rule_ids.append(QUOTE_DAY)
                        if f.date in began:
                            f.rule_ids.append("since-day")
                            if f.date.tok_start in week_began:
                                f.rule_ids.append(SINCE_WEEK)
                            if f.date.tok_start in protest_began and tdef.event_type in PROTEST_KINDS:
                                f.rule_ids.append(SINCE_PROTEST)
                            elif f.date.tok_start in protest_began:
                                # another act told since the protests' day, its dead counted: still a tally
                                f.total = True
                            if rec["published"] is not None and f.date.date_end is not None \
                                    and f.date.date_end < rec["published"] and tdef.sub_event_type != AGREEMENT_SUB:
                                # "أخلت القوات مواقعها منذ مساء الثلاثاء": from that day up to the report; a deal
                                # is made on one day ("بالهدوء منذ يوم الجمعة في أعقاب توقيع اتفاق", g105p)
                                f.date = replace(f.date, date_end=rec["published"])
                        if not _made_dated(f.rule_ids) and _report_day(toks, f.date, t, _reports(s_rep), trigs):
                            f.rule_ids.append(REPORT_DAY)
                        elif f.date.tok_end <= t.start_tok and _said_day(toks, f.date, t, _reports(s_rep), a):
                            # news told on its statement's day: a day told with the happening elsewhere wins at merge
                            old = self._old_day_told_after(toks, t, dated, rec["published"])
                            if old is None:
                                f.rule_ids.append(SAID_DAY)
                            else:
                                # "قالت المنظمة الأربعاء إن الغاز استخدم في هجوم على البلدة في فبراير": the act's
                                # own old month, told after it in what was said, dates it, not the statement
                                f.date = old
                                f.rule_ids.append(SAID_OLD_DAY)
                        elif _day_right_after(toks, f.date, t, trigs):
                            f.rule_ids.append(DAY_AFTER_ACT)
                        elif tdef.event_type in STRUCK and _day_right_before(toks, f.date, t, trigs):
                            f.rule_ids.append(DAY_AT_ACT)
                        if tdef.event_type in BEGAN_OWN_KINDS and rec["published"] is not None \
                                and f.date.date_end is not None and f.date.date_end < rec["published"] \
                                and (k_began := _began_before(toks, f.date)) is not None \
                                and _began_of_trigger(toks, k_began, t):
                            # "القصف المكثف، الذي بدأ الثلاثاء": from the day the act began up to the report, as
                            # a since-day (dev: «أخلت القوات منذ مساء الثلاثاء» Tuesday to the report's day)
                            f.date = replace(f.date, date_end=rec["published"])
                            f.rule_ids.append(BEGAN_OWN)
                        if _begun_other_day(toks, f.date, t):
                            f.rule_ids.append(BEGUN_DAY)
                        elif _campaign_noun(toks, t):
                            # "وأطلقت القوات في 10 سبتمبر عملية عسكرية": the day a campaign was launched, not one
                            # of its clashes' (merge._date_weight)
                            f.rule_ids.append(CAMPAIGN_DAY)
                        if _launch_own_day(toks, f.date, t):
                            f.rule_ids.append(LAUNCH_DAY)
                if f.modality and f.modality[0] in OWN_DAY_KINDS and f.modality[1].startswith("md-") \
                        and f.date is not None and f.date.tok_end <= t.start_tok:
                    # "ضربات فجر السبت ردا على هجوم وقع في 7 نيسان": the nearest day, told before the recalled
                    # happening, is the main clause's; a recent day told right after it is its own
                    after = self._day_told_after(toks, t, own_dates, trigs, rec["published"])
                    if after is not None:
                        saved, saved_rules = f.date, f.rule_ids
                        f.date, f.rule_ids = after, [r for r in f.rule_ids if r not in (REPORT_DAY, SAID_DAY)]
                        if self._told_with_own_day(toks, t, f, tdef.weight, trigs, rec["published"]):
                            f.rule_ids.append(OWN_DAY_AFTER)
                        else:
                            f.date, f.rule_ids = saved, saved_rules
                if li_rel and self._told_with_own_day(toks, t, f, tdef.weight, trigs, rec["published"]):
                    # "سيدفع ثمنا باهظا للهجوم الكيماوي الذي شهدته دوما مساء السبت": a definite act after "ل" whose
                    # relative clause tells it done on a recent day is the object of a reaction, not an aim
                    f.rule_ids.append(LI_RELATIVE_DAY)
                    f.modality = None
                if f.modality and f.modality[0] in OWN_DAY_KINDS and f.modality[1].startswith("md-") \
                        and self._told_with_own_day(toks, t, f, tdef.weight, trigs, rec["published"]):
                    # "الهجوم الذي استهدف حاجزا يوم الجمعة"، "بعد غارات على مواقع عسكرية، ليل الاثنين": a relative
                    # or recalled happening told with a recent day of its own is a happening of the news
                    f.rule_ids.append(f"own-day:{f.modality[1]}")
                    f.modality = None
                if answered is not None and f.modality and f.modality[0] == "background" \
                        and _answered_told(toks, t, tdef, b):
                    # "ردا على إطلاق قذيفة هاون سقطت في المنطقة العازلة"، "ردا على قصف صاروخي وقع قبل ساعات": the act
                    # answered, told by a verb of its own, is news of the same days with its own attacker and place
                    # (after the own-day readings above: one told with an older day of its own keeps that day)
                    f.rule_ids.append(ANSWERED_TOLD)
                    f.modality = None
                    if f.date is not None and f.date.tok_end <= t.start_tok \
                            and (later := self._answered_day(toks, t, own_dates, b, rec["published"])) is not None:
                        # "ضربات فجر السبت ردا على هجوم ...، أسفر عن مقتل العشرات في دوما قبل أيام": the day told
                        # before the act answered is the reaction's; a recent past day told after it, in its
                        # sentence, is the act's own even past its result clause (g111f)
                        f.date = later
                        f.rule_ids.append(ANSWERED_DAY)
                if answered is not None and f.modality and f.modality[0] == "background" \
                        and (near := self._answered_same_night(toks, t, tdef, b, answered, f, sent_frames, own_dates,
                                                               rec["published"])) is not None:
                    # "ضربت ليلاً أهدافا ... ردا على إطلاق صواريخ على الجولان": an answered act with no verb and no
                    # day of its own is news when the answer is told with a day within one day of publication, or
                    # (a salvo answered by fire the same night) within its sub-type's answer_span
                    f.rule_ids.append(near)
                    f.modality = None
                if (rt := L.retold_rule(tdef.sub_event_type)) is not None \
                        and (f.referred and not f.modality or f.modality is not None and f.modality[1] in RETOLD_CUES) \
                        and _retold_own_place(f, t, b) \
                        and (not _answer_in_background(toks, t, a, sent_frames) or _result_told(toks, t, b)) \
                        and not self._known_old(f, rec["published"]):
                    # «شنت الدول الثلاث ضربات ردا على هجوم كيماوي مفترض في بلدة X»، «التحقيق في الهجوم الكيماوي على X»: a
                    # weapon's attack named with its own place as what a reaction answers or is about happened there;
                    # told elsewhere in the document it folds into that telling (merge), else it stands (g102l)
                    f.rule_ids.append(rt)
                    f.modality = None
                    f.referred = True
                if f.modality and f.modality[0] == "note":
                    # "يذكر أن ..."، "يشار إلى أن ...": a side note recalls what happened before, unless it tells the
                    # happening with a recent day of its own ("يذكر أن العقيد اغتيل السبت الماضي"); the day a
                    # statement was made is not the act's («قالت لجنة التحقيق الخميس إن قوات النظام قصفت ...», g102g)
                    if f.date is not None and REPORT_DAY not in f.rule_ids and SAID_DAY not in f.rule_ids \
                            and self._recent_day(f.date, rec["published"]):
                        f.rule_ids.append(f"own-day:{f.modality[1]}")
                        f.modality = None
                    else:
                        f.modality = ("background", f.modality[1])
                if not f.modality and (self._span_from(toks, t, a) or self._span_from_noun(toks, t, a, trigs)):
                    # "بعد نحو ثلاثة أشهر على اختطافهن": the point a span is counted from, days or more back;
                    # so is the verb of its noun's relative clause ("بعد 10 أيام من هجوم كيماوي استهدف دوما")
                    f.modality = ("background", "span-from")
                if f.modality and f.modality[0] == "background" and (f.date is None or self._recent_day(
                        f.date, rec["published"])):
                    back = self._span_back(toks, t, a, s_num, own_dates, rec["published"])
                    if back is not None and back.rule_id == SPAN_BACK_POINT and (
                            f.place is None or f.place.tok_start < t.end_tok or "place-context" in f.rule_ids
                            or self._told_with_own_day(toks, t, f, tdef.weight, trigs, rec["published"])):
                        # "قصف مطار الضمير، الذي يأتي بعد 3 أيام على الغارات الأمريكية": a one-time act with no place
                        # told after its noun would take the later act's place, where it did not happen; one told
                        # with a day of its own ("غارات شنتها الطائرات فجر الاثنين") keeps that day (below)
                        back = None
                    if back is not None:
                        # "أعلنت الأحد بعد يومين من القصف": a counted span of days back from a day told is that
                        # happening's own day, within the month: news, not background
                        f.rule_ids = [r for r in f.rule_ids if r != SAID_DAY] + [f"span-back:{f.modality[1]}"] + (
                            [SPAN_BACK_POINT] if back.rule_id == SPAN_BACK_POINT else [])
                        f.modality, f.date = None, back
                    elif f.modality[1] == "span-from" and self._told_with_own_day(toks, t, f, tdef.weight, trigs,
                                                                                 rec["published"]):
                        # "بعد يومين على ضربات نفذتها واشنطن فجر السبت": the happening a span is counted from,
                        # told with a recent day of its own, is a happening of the news on that day
                        f.rule_ids.append("own-day:span-from")
                        f.modality = None
                if not f.modality and self._old_year(toks, t, f.date, s_num, rec["published"]):
                    # "وفي 2015، سيطر ...", "غارة استهدفت في 2007": a bare year, nearer than any day, older
                    # than the publication's: history told in the past tense, not a happening of the news
                    f.modality = ("background", "bare-year")
                if not f.modality and not f.total:  # a tally is dropped as such
                    if trig_types is None:
                        trig_types = {u.start_tok: u.payload.event_type for u in trigs}
                    past = self._past_campaign(toks, t, f, b, rec["published"], trig_types, a)
                    if past is not None:
                        # "إبان معركة الرقة", "بعد طرد التنظيم من الرقة" months after it ended: history
                        f.modality = ("background", past)
                if not f.modality and not f.total and latest is None and f.event_type in SUMMED_TYPES \
                        and self._campaign_gain(toks, t, a) \
                        and not self._told_with_own_day(toks, t, f, tdef.weight, trigs, rec["published"]):
                    # "حملة عسكرية سيطر خلالها الجيش على الغوطة"، "تشن منذ أسبوعين هجوما تمكنت خلاله من التقدم":
                    # the gains of a long campaign summed up, not a happening of the report's day
                    f.modality = ("general", "campaign-gain")
                if not f.modality and not f.total and latest is None and retold:
                    known = self._told_again(toks, t, f, (a, b), rec["published"], trig_types or {}, trigs,
                                             s_place, rec["dates"])
                    day = None if known is None else self._retold_day(t, known, rec["dates"], rec["published"])
                    if day and not day[1] and _holds_day(f.date, known.ended):
                        day = None  # "الهجوم على مطار التيفور" told on its day or the next: the report's own range
                        # already holds the row's day, narrower than the week (g98cc)
                    if day and (day[1] or not self._has_own_day(t, f, known)
                                or _lead_day_after_row(f.date, known, rec["published"])):
                        # "اهتمت الصحف اليوم بالهجوم الكيميائي على دوما": a well-known happening told again keeps
                        # its own day, not the day of the reaction or of the report
                        f.date = day[0]
                        f.rule_ids = [r for r in f.rule_ids if r not in (REPORT_DAY, SAID_DAY)] + [
                            known.id, TOLD_AGAIN if day[1] else TOLD_AGAIN_WEEK]
                if _named_after_next_day(toks, t, f, a) or _named_after_next_day_toll(toks, t, f, a):
                    # "وجاءت القذائف غداة اقتحام متظاهرين القنصلية": the happening "غداة" names took place the day
                    # before the day its clause is told on; shifted in _event, once the context's day is known
                    f.rule_ids.append(DAY_BEFORE)
                if f.date is None and not f.modality and si > 0 and date_s[si - 1]:
                    day_before_told = _day_told_before(toks, t, a, units[si - 1], date_s[si - 1])
                    if day_before_told is not None:
                        # "صبيحة 16 كانون الأول 2015. فقد اختطف مسلحون ...": the act the next sentence opens on
                        # «فقد/وقد» with no day of its own is told as that day's (g97b)
                        f.date = day_before_told
                        f.rule_ids.append(DAY_TOLD_BEFORE)
                if f.date is None and not f.modality and si > 0 and f.place is not None \
                        and "place-refers-back" in f.rule_ids:
                    old_day = _day_of_place_told(f.place, rec["places"], sent_of_tok, date_s, si, rec["published"])
                    if old_day is not None:
                        # "في أبريل 2017، وقع هجوم على خان شيخون. وقال شهود إنهم شاهدوا طائرات تقصف البلدة": the
                        # town referred back to was told with an old day, and so is what happened there (g109h;
                        # dropped below unless a day is found for it, after the history-told-on test)
                        f.rule_ids.append(DAY_OF_PLACE_TOLD)
                if "place-context" in f.rule_ids and f.place is not None and f.place.kind != "country" \
                        and cue_s.get(UNNAMED_SITE, _EMPTY)[si] \
                        and _place_of_other_day(f, a, b, sent_of_tok, date_s, si, rec["published"]):
                    # "وأدت ضربة في التاسع من أبريل إلى مقتل ... في قاعدة جوية سورية" after the report's strike at
                    # al-Kiswah: an act told with its own old day at a site its sentence leaves unnamed is not at the
                    # place the report's act of another day was told at; only its country is known (g112j)
                    wider = self.geocoder.named_country(f.place, f.place.country) if f.place.country else None
                    if wider is not None:
                        f.place, f.extra_places = wider, []
                        f.rule_ids.append(OTHER_DAY_PLACE)
                if _no_day_told(f):
                    if f.date is None:
                        f.rule_ids.append("date-context")
                    if self._ongoing(toks, t, a):
                        f.rule_ids.append("date-ongoing")
                    elif PROTEST_SPREAD in f.rule_ids:
                        # a protest the wave spread to, with no day told: the week up to publication (g104e)
                        f.rule_ids += ["date-ongoing", SPREAD_WEEK]
                    elif self._past_perfect(toks, t, a) or _pluperfect_opening(toks, t, a):
                        # "وكانت الطائرات قد قصفت البلدة": before the news, on a day the report does not tell
                        f.rule_ids.append(PAST_PERFECT)
                    elif not f.modality and self._present_claim(toks, t, a, b):
                        f.modality = ("general", "present-claim")
                # the dead of a series are not its latest's; lethal force on protesters («مقتل متظاهر») counts its
                # dead as a violent act does (ACLED codes them on the event), other protests none (g96b)
                if (f.event_type in VIOLENT or f.sub_event_type == EXCESSIVE_FORCE) and latest is None:
                    self._count_dead(f, toks, (a, b), s_num, s_cas, s_date, rec["published"],
                                     toll_clauses.get(t.start_tok) if toll_clauses else None, after_at,
                                     acts_at, (units[si - 1], date_s[si - 1]) if si > 0 else None)
                    # a riot's sentence telling the wave's toll («منذ تفجرت موجة الاحتجاجات»، «خلال الأيام
                    # الماضية») holds no one day's dead either (g97e)
                    # (a protest told since a day of this week is that range's happening: its dead are its own, g106z)
                    if (f.sub_event_type == EXCESSIVE_FORCE or f.event_type == RIOTS) \
                            and f.fatalities is not None and SINCE_PROTEST not in f.rule_ids and _protest_tally(toks, a, b):
                        f.fatalities = None
                        f.rule_ids.append(PROTEST_TALLY)
                f.civilian_target = (any(m.value.kind == "civilian" for m in struck)
                                     or bool(cue_s.get("civilian") and cue_s["civilian"][si] and f.fatalities)
                                     or self._hits_civilian_site(t, cue_s.get("civilian_site"), si))
                if not VICTIMS_CUES.isdisjoint(needs) and f.actor2 is None:
                    # "قتل مسلحون المرشح": the victims whose cue licensed the killing are its target, even one
                    # told by role with no count (no civilians' actor is named)
                    f.civilian_target = True
                    f.rule_ids.append(VICTIMS_TOLD)
                f.claimed_by = claimed
                self._refer_back(f, frames, sent_frames)  # not their sum: a copy per frame was quadratic
                _arrests_refer_back(f, frames, sent_frames)
                sent_frames.append(f)
            for f in sent_frames:
                if not f.modality and not f.total and (past := _campaign_of_sentence(
                        toks, f, sent_frames, rec["published"], self.background_days)) is not None:
                    # "عندما ساعدت روسيا في استعادة السيطرة على تدمر ... كان رجال فاغنر أول من دخلها": what the
                    # sentence of a recalled campaign tells at its place with no day of its own is that history
                    f.modality = ("background", past)
            self._corroborate(sent_frames)
            # the ARMED_HIT cue groups are read only in a sentence with an attack of attack_launched (review g103k);
            # an officer who speaks is no armed side hit (g103i: _outside_speaker)
            frames.extend(_suppress_intercepted(_suppress_weak(_attacks_on_people(sent_frames, lambda: any(
                _outside_speaker(NEEDS_NOT + g, cue_s.get(g, _EMPTY)[si], toks, s_rep, trigs[-1]) if trigs
                else cue_s.get(g, _EMPTY)[si] for g in ARMED_HIT))), toks))
            if pocket_used is not None and not here:
                # «معارك السبت في هذه المنطقة» after the pocket's sentence: the pocket is the place told last
                last_place, dest_left = pocket_before, False
            if here:
                kept = _before_reason(here, reason_at, worded[0].start_tok)
                if kept:
                    last_place, dest_left = _carry_kept(self._carry, kept, moved_to, doc_place, rec["containers"],
                                                        toks)
        return frames

    def _teller_province(self, places: Sequence[Any], teller: set[int]) -> Any:
        """The province of the first health directorate's seat of ``places`` (ids in ``teller``), as a place
        (precision 3): the directorate speaks for its province; None when it has none."""
        seat = next((p for p in places if id(p) in teller and p.resolved), None)
        return self.geocoder.province_of(seat) if seat is not None else None

    def _office_country(self, places: Sequence[Any], office: set[int]) -> Any:
        """The country of the first prosecutor's seat of ``places`` (ids in ``office``), as a place (precision 3):
        the jurisdiction's country holds the act it reports, its seat need not; None when it has none."""
        seat = next((p for p in places if id(p) in office and p.resolved and p.country), None)
        return self.geocoder.named_country(seat, seat.country) if seat is not None else None

    def _carry(self, here: Sequence[Any], containers: Mapping[int, Any], toks: Sequence[Any]) -> Any:
        """The place a next sentence naming none inherits from this one: its last place, or, when the sentence
        ends on a list of towns ("في البصرة والنجف والسماوة وكربلاء"), the province or country holding them all
        (g80b: the next sentence is about the list, not its last town). Runs once per sentence with places; the
        list is only looked at when two or more places were named and the last has "و"."""
        listed: Sequence[Any] = _list_tail(here, toks) if len(here) >= LIST_LEAST else ()
        if listed:
            wide = self._list_cover(listed)
            if wide is not None:
                return wide
        return _carried_place(here, containers)

    def _list_cover(self, listed: Sequence[Any]) -> Any:
        """The province of a list of towns all in one province, else their country when they share one; None when
        they lie in several countries."""
        last = listed[-1]
        if any(p.country != last.country for p in listed):
            return None
        if last.admin1 and all(p.admin1 == last.admin1 and p.kind != "admin1" for p in listed):
            wide = self.geocoder.province_of(last)
        elif len(listed) >= LIST_WIDE:
            wide = self.geocoder.country_of(last)
        else:
            # two towns in two provinces ("في بغداد وأربيل"): the coder codes each; the last stays
            return None
        if wide is not None:
            wide.rule_id = LIST_CARRIED
        return wide

    @classmethod
    def _count_dead(cls, f: Frame, toks, span: tuple[int, int], numbers: Sequence[Any], casualties: Sequence[Any],
                    dates: Sequence[DateMention], published: dt.date | None,
                    clause: tuple[int, int] | None = None, after_at: Sequence[int] = (),
                    trigger_clauses: Sequence[tuple[int, tuple[int, int]]] = (),
                    before: tuple[tuple[int, int], Sequence[DateMention]] | None = None) -> None:
        """The frame's fatalities from its sentence's numbers, or its own clause's (``clause``, when the sentence tells
        two happenings apart); a war's or a campaign's toll makes it a tally. ``after_at``: the sentence's words of
        "after" that a trigger follows at once (_after_heads), which open a clause of the earlier happening.
        ``trigger_clauses``: (trigger start, its clause) of the sentence's triggers; when the frame's own clause tells
        no toll, a toll told in a later clause with a trigger of its own is that clause's happening's (g95g).
        ``before``: the span and dates of the sentence before, whose since-phrase a toll with no day of its own
        goes on counting from ("ومنذ بدء هجومها، سيطرت القوات على 80 قرية. وقتل 533 خلال المعارك", g103f)."""
        # "قتلت في 25 من الشهر الجاري": a day of the month is no count of the dead
        counted = [n for n in numbers if not any(d.tok_start <= n.tok_start < d.tok_end for d in dates)] if dates \
            else numbers
        cut = _reason_clause(toks, f.trigger, span[1], after_at)
        if cut is not None:  # the toll of the happening answered is not the answer's
            counted = [n for n in counted if not cut[0] <= n.tok_start < cut[1]]
            casualties = [c for c in casualties if not cut[0] <= c.start_tok < cut[1]]
        prior = _next_day_clause(toks, f.trigger, span[1]) if counted or casualties else None
        if prior is not None:  # "قصفت القوات البلدة الأحد غداة مقتل 5 مدنيين": the 5 died the day before, elsewhere
            counted = [n for n in counted if not prior[0] <= n.tok_start < prior[1]]
            casualties = [c for c in casualties if not prior[0] <= c.start_tok < prior[1]]
        num, found = cls._clause_toll(f, toks, clause, counted, casualties)
        if found:
            f.rule_ids.append(CLAUSE_TOLL)
        else:
            num, found = pick_fatalities(counted, casualties, toks, words("subset"), time_units(),
                                         words("year_before"))
            if found and clause is not None and trigger_clauses and _dead_of(num) < TALLY_DEAD:
                # "استعادت القوات البلدة، في وقت تسببت غارات بمقتل 62 مدنيا": the 62 are the strikes' dead. A war's
                # toll (TALLY_DEAD) stays read: it makes the sentence a campaign's summary, whichever clause tells it
                own_n, own_c = _outside_clauses(counted, casualties, clause, trigger_clauses)
                if len(own_n) < len(counted) or len(own_c) < len(casualties):
                    num, found = pick_fatalities(own_n, own_c, toks, words("subset"), time_units(),
                                                 words("year_before"))
        f.fatalities = num if found else None
        dead = num if isinstance(num, int) or num is None else num.value
        since_before = False
        if found and dead is not None and TALLY_SINCE_DEAD <= dead < TALLY_DEAD and not dates and before is not None \
                and not _long_since(toks, span[0], span[1], dates, published):
            # "ومنذ بدء العملية في 20 يناير قتل 1500 مقاتل. ووثق المرصد مقتل 289 مدنيا": hundreds of dead told on no
            # day of their own, right after a sentence that counts from a start point days back, go on with its count
            (pa, pb), pdates = before
            since_before = _long_since(toks, pa, pb, pdates, published)
        if found and dead is not None and (dead >= TALLY_DEAD or since_before or (
                dead >= TALLY_SINCE_DEAD and _long_since(toks, span[0], span[1], dates, published))):
            # "قتل أكثر من 1700 مدني في القصف": a war's or a campaign's toll, not one happening's dead;
            # a taking told with the toll of its campaign ("استعاد ... إثر هجوم أدى إلى مقتل 1700") stays
            if f.sub_event_type in TAKINGS or f.sub_event_type == TERRITORY:
                f.fatalities = None
            else:
                f.total = True
            f.rule_ids.append("tally-dead")
            if since_before:
                f.rule_ids.append(SINCE_BEFORE_TOLL)
        elif found and dead is not None and dead > 1 and hasattr(num, "tok_end") \
                and _over_days(toks, num.tok_end, span[1], counted):
            # "قتل أكثر من 400 مدني خلال خمسة أيام"، "رفعت عدد القتلى إلى 204 خلال 23 يوما": dead summed over a
            # period, no one day's: hundreds make the sentence a tally (as a running total since a day back);
            # fewer leave the act (it may be one of the days) without the period's toll
            if dead >= TALLY_SINCE_DEAD and f.sub_event_type not in TAKINGS and f.sub_event_type != TERRITORY:
                f.total = True
            else:
                f.fatalities = None
            f.rule_ids.append(TALLY_OVER_DAYS)
        elif found and dead is not None and hasattr(num, "tok_start") and _bare_rise(toks, num.tok_start, span[1]):
            # "وارتفع عدد القتلى المدنيين إلى 32": the offensive's or the region's running total, shared by its many
            # acts; ACLED leaves each act's dead empty rather than give one of them the whole (g99aa)
            f.fatalities = None
            f.rule_ids.append(BARE_RISE)
        elif found and dead is not None and dead > 1 and f.place is not None and not f.extra_places and hasattr(num, "tok_end"):
            part = _place_part(f.place, toks, counted, num)
            if part is not None:
                # "قتل القصف 20 شخصا، بينهم 11 شخصا في مدينة درعا": the event placed at the part's town takes the
                # town's dead; the whole is the region's, over several places (ACLED: each event its own place's)
                f.fatalities = part
                f.rule_ids.append(PLACE_PART)
        if found and dead is not None and dead > 1 and hasattr(num, "tok_end") and PLACE_PART not in f.rule_ids:
            part = _act_part(f.trigger, toks, counted, casualties, num)
            if part is not None:
                # "أوقعت المعارك 13 قتيلا، بينهم ثمانية قتلوا في انفجار سيارة مفخخة": the bomb's event takes its own
                # share of the dead; the whole stays with the fighting (merge.told_once keys the two apart, g104k)
                f.fatalities = part
                f.rule_ids.append(ACT_PART)

    @staticmethod
    def _trigger_clauses(toks, triggers: Sequence[Match], a: int, b: int) -> dict[int, tuple[int, int]]:
        """trigger start -> its clause, when the sentence's triggers stand in two clauses or more, opened by
        "بينما/فيما/في حين/كما" (function_words clause_split). Empty when one clause holds them all (most sentences):
        the sentence is read as one."""
        if len(triggers) < 2:
            return {}
        split = _with_conjunctions_once(words("clause_split"))
        clauses = {t.start_tok: clause_of(toks, t.start_tok, a, b, split) for t in triggers}
        return clauses if len(set(clauses.values())) > 1 else {}

    @staticmethod
    def _clause_toll(f: Frame, toks, clause: tuple[int, int] | None, numbers: Sequence[Any],
                     casualties: Sequence[Any]) -> tuple[Any, bool]:
        """The toll told in the trigger's own clause when another trigger of the sentence stands in another
        clause ("قذائف على دمشق أدت إلى مقتل 2، فيما قصفت القوات الغوطة ما أسفر عن مقتل 20"): each happening
        its own dead. (None, False) when the clause tells none: the sentence's toll is read then."""
        if clause is None or not numbers:
            return None, False
        ca, cb = clause
        cas = [c for c in casualties if ca <= c.start_tok and c.end_tok <= cb]
        if not cas:
            return None, False
        own = [n for n in numbers if ca <= n.tok_start and n.tok_end <= cb]
        subset = words("subset")
        return pick_fatalities(own, cas, toks, subset, time_units(), words("year_before"),
                               heads=subset_heads(numbers, toks, subset))

    def _lead_date(self, rec: dict[str, Any], recalled: frozenset[int] = frozenset()) -> DateMention | None:
        """The first day told in the lead (the first 400 characters), within the background window; not a day told
        after a recalled happening as its own (``recalled``: start offsets): that day is not the news's."""
        published, toks = rec["published"], rec["analysis"].tokens
        lead = next((d for d in rec["dates"] if d.date_start is not None and d.start < LEAD_CHARS
                     and d.start not in recalled
                     and (published is None or ((d.date_end <= published or _next_day_told(d, published))
                                                and (published - d.date_end).days <= self.background_days))
                     and not _is_since(toks, d) and not _opens_since(toks, d)
                     # "في إطار عملية بدأتها تركيا في يناير": when a campaign began, not the day of the news
                     and _began_before(toks, d) is None and _launch_phrase(toks, d) is None
                     and not _background_sentence(rec["analysis"], d)
                     # "قبل سنوات" spans years: no day for the document's undated happenings
                     and (d.date_end - d.date_start).days <= self.max_span_days), None)
        anchored = rec["anchored"].get(lead.tok_start) if lead is not None else None
        if anchored is not None:
            # "بعد أيام معدودة من إعلان ... في 18 فبراير، بدأت المعارك": the lead's news is counted from its anchor's
            # day, and so are the document's undated acts (g102k)
            return replace(anchored.day, rule_id=f"{anchored.day.rule_id}+{ANCHOR_LEAD}")
        return lead

    @staticmethod
    def _quote_day(text: str, s0: int, d: DateMention, dates: Sequence[DateMention], lead: DateMention | None,
                   published: dt.date | None) -> DateMention:
        """"وقال مدير المرصد: \"تم اليوم التوصل إلى اتفاق\"": a day told relative to now ("اليوم"، "أمس") inside
        quoted speech counts from the day the words were said: a day told in the sentence before the quote
        opens ("وأضاف البيان الجمعة \"بعد لقائنا اليوم\""), else the lead's day when the report dates its news
        a day or two before publication (news published the morning after); else publication, as outside."""
        if published is None or d.date_start is None or not d.rule_id.startswith(QUOTE_RELATIVE) \
                or "+" in d.rule_id or not _in_quote(text, s0, d.start):
            return d
        said = [x for x in dates if x is not d and x.end <= d.start and x.precision == 1 and x.date_start == x.date_end
                and not _in_quote(text, s0, x.start)]
        anchor = said[-1].date_start if said else None
        if anchor is None and lead is not None and lead.precision == 1 and lead.date_start == lead.date_end \
                and lead.date_start is not None and 1 <= (published - lead.date_start).days <= QUOTE_LAG_DAYS:
            anchor = lead.date_start
        if anchor is None or anchor >= published:
            return d
        shift = anchor - published
        assert d.date_end is not None  # a mention has both days or neither
        return replace(d, date_start=d.date_start + shift, date_end=d.date_end + shift, rule_id=f"{d.rule_id}+{QUOTE_DAY}")

    def _counted_in_seat(self, toks: Sequence[Any], place: Any, numbers: Sequence[Any]) -> Any:
        """The province of town ``place`` when the town is that province's seat and is told right after "في" following
        a count of unnamed places ("13 بلدة على الأقل في درعا"، "ثماني بلدات في درعا"، "عشرات القرى في إدلب"): the towns
        counted lie in the province, whose name the seat shares (ACLED precision 3). None otherwise."""
        k = place.tok_start
        if k < 2 or toks[k - 1].norm not in words("counted_in"):
            return None
        unnamed, qty, single = words("unnamed_places"), words("place_quantity"), words("counted_place")
        counted = {n.tok_end for n in numbers}
        found = False
        for j in range(k - 2, max(-1, k - 2 - COUNTED_IN_WINDOW), -1):
            norm = toks[j].norm
            if (norm in unnamed and (j in counted or (j > 0 and toks[j - 1].norm in qty) or toks[j + 1].norm in qty)) \
                    or (norm in single and j in counted):
                found = True
                break
        if not found:
            return None
        wider = self.geocoder.province_of(place)
        seat = self.geocoder.seat_of(wider) if wider is not None else None
        return wider if seat is not None and seat.gazetteer_id == place.gazetteer_id else None

    @staticmethod
    def _over_unnamed_places(toks: Sequence[Any], t: Match, end: int, numbers: Sequence[Any], window: int = 10,
                             reach: int = 0) -> bool:
        """A counted plural noun of places right after the trigger ("على ثماني بلدات"، "بلدات عدة"): the act covers
        several places; a plural before names ("بلدات الحارة وسملين") is a list of towns, not a count. From eleven up
        Arabic counts with the singular ("في أكثر من ثلاثين قرية وبلدة"): a singular settlement noun right after a
        number (function_words counted_place) is the same count (g112p)."""
        unnamed, qty, single = words("unnamed_places"), words("place_quantity"), words("counted_place")
        counted = {n.tok_end for n in numbers}
        for k in range(t.end_tok, min(end, t.end_tok + window)):
            if toks[k].norm in unnamed and (k in counted or toks[k - 1].norm in qty
                                          or (k + 1 < end and toks[k + 1].norm in qty)):
                return True
            if toks[k].norm in single and k in counted:
                return True
        if reach > window:
            # a deal's sides come between its verb and its towns («أبرمت روسيا في الأيام الأخيرة اتفاقات مع الفصائل
            # في أكثر من ثلاثين قرية»): the count further on, in the same clause, is still the deals' extent
            breaks = words("clause_break")
            for k in range(t.end_tok, min(end, t.end_tok + reach)):
                if toks[k].norm in breaks:
                    break
                if k >= t.end_tok + window and (toks[k].norm in single or toks[k].norm in unnamed) and k in counted:
                    return True
        return False

    @staticmethod
    def _old_year(toks, t: Match, date: DateMention | None, numbers: Sequence[Any], published: dt.date | None) -> bool:
        """A year in digits after a year word ("في 2015", "صيف 2014") that dates trigger ``t`` (nearer
        than its own date, if any) and lies before the year of publication."""
        if published is None or (date is not None and date.date_end is not None and date.date_end < published.replace(month=1, day=1)):
            return False  # already dated before the year of publication: history by its date
        first = words("first_since")
        years = [n for n in numbers if 1900 <= (n.value or 0) < published.year and n.rule_id == "digits"
                 and n.tok_start > 0 and in_words(toks[n.tok_start - 1].norm, words("year_before"))
                 # "أول مرة منذ 2014": the first since then is a happening of now
                 and not (in_words(toks[n.tok_start - 1].norm, words("since"))
                          and any(toks[k].norm in first for k in range(max(0, n.tok_start - 12), n.tok_start)))
                 # "أعنف الضربات منذ بدء الصراع السوري في 2011": the year closes a superlative's since-phrase (g108h)
                 and not _superlative_since(toks, n.tok_start)]
        if not years:
            return False
        near = min(date_distance(toks, t, n) for n in years)
        return date is None or near <= date_distance(toks, t, date)

    def _past_campaign(self, toks, t: Match, f: Frame, end: int, published: dt.date | None,
                       triggers: Mapping[int, str], lo: int = -1) -> str | None:
        """The id of a campaigns.tsv place or person right after trigger ``t`` in its clause, before any other
        trigger of another type ("معركة الرقة"، "استعادة السيطرة على تلعفر"، "اغتيال رفيق الحريري"), of the frame's type, when the campaign
        ended more than the background window before publication and the frame has no day of its own: the
        campaign recalled, not a happening of the news. A happening named by its agents before the trigger
        (``_agent_rows``, from sentence start ``lo``: "شنت الولايات المتحدة وبريطانيا وفرنسا ضربات") is named as
        plainly as by a definite noun: history too (g106b); so is a state's downed craft however told ("أسقطت
        مقاتلة حربية إسرائيلية" months on: kind craft, g106x)."""
        if published is None or f.date is not None:
            return None  # a day of its own dates it: news, or history by that day
        c = self._fitting(f, self._named_rows(toks, t, f, end, triggers))
        by_agents = False
        if c is None and lo >= 0:
            c = self._fitting(f, self._agent_rows(toks, t, f, lo))
            by_agents = c is not None
        if c is not None and (published - c.ended).days > self.background_days \
                and (not c.happening or _definite_noun(t) or by_agents or c.craft) \
                and not c.recurrent:  # "قصف صاروخي على مطار ..." months later: struck again; "القصف على مطار
            # التيفور" too, a base struck again and again (g98cc)
            return c.id
        return None

    def _named_rows(self, toks, t: Match, f: Frame, end: int, triggers: Mapping[int, str],
                    places: Sequence[Any] = ()) -> tuple:
        """The campaigns.tsv rows of the place or name right after trigger ``t`` in its clause, before any
        other trigger of another type, a destination word or a wider word ("ريف حلب"): () when none. A name
        word inside or right after another place qualifies that place ("حمص الغربية"، "الضفة الغربية")."""
        breaks, wider, matcher = words("clause_break"), words("campaign_wider"), L.campaign_matcher()
        for k in range(t.end_tok, min(end, t.end_tok + CAMPAIGN_WINDOW)):
            if toks[k].norm in breaks or triggers.get(k, f.event_type) != f.event_type:
                return ()  # "اعتقال المتورطين في اغتيال الحريري": the name is the nearer trigger's
            m = matcher.match_at(toks, k, end)
            if m is None:
                continue
            before = toks[k - 1].norm if k > 0 else ""
            if in_words(before, words("destination")):
                continue  # "نقل المقاتلين إلى جرابلس": where a move goes, not a campaign's city
            if any(p.tok_end == k or (p.tok_start < k < p.tok_end and norm_key(p.name) != norm_key(m.phrase))
                   for p in places):
                continue  # "هجوم صاروخي فوق مدينة حمص الغربية": the word is the city's, not a happening's name
            return () if in_words(before, wider) else m.payload
        return ()

    @staticmethod
    def _agent_rows(toks, t: Match, f: Frame, lo: int) -> tuple:
        """The campaigns.tsv happening rows named by the frame's agents before trigger ``t`` in its sentence (from
        ``lo``): a row's name that holds the token actor1 was read at, the row's attacker (column agent) being that
        actor ("وشنت الولايات المتحدة وبريطانيا وفرنسا ضربات"، "ووجهت كل من الولايات المتحدة وبريطانيا وفرنسا
        ضربة": the three states' strikes of 14 April told by their agents, g106b). () when none."""
        a1 = f.actor1
        if a1 is None or a1.tok_start < lo or a1.tok_start >= t.start_tok:
            return ()
        agents, matcher = L.happening_agents(), L.campaign_matcher()
        for k in range(max(lo, a1.tok_start - AGENT_ROW_BACK), a1.tok_start + 1):
            m = matcher.match_at(toks, k, t.start_tok)
            if m is None or not k <= a1.tok_start < m.end_tok:
                continue
            rows = tuple(c for c in m.payload if c.happening and agents.get(c.id) == a1.value.id)
            if rows:
                return rows
        return ()

    @staticmethod
    def _fitting(f: Frame, rows: Sequence[Any]) -> Any:
        """The first row whose types include the frame's event or sub-event type."""
        return next((c for c in rows if f.event_type in c.types or f.sub_event_type in c.types), None)

    def _retellable(self, published: dt.date | None, dates: Sequence[DateMention], places: Sequence[Any],
                    toks: Sequence[Any] = ()) -> bool:
        """Whether ``_told_again`` may find a row in the document: it needs a row that ended within the background
        window before publication, and the report telling its day, naming a place that has a row, or naming a
        downed craft's row ("مقاتلة إسرائيلية", kind craft: g106x) (most documents do none, and need no scan)."""
        if published is None:
            return False
        ends = L.campaign_ends()
        if not any(0 <= (published - e).days <= self.background_days for e in ends):
            return False
        if any(d.precision == 1 and d.date_start in ends and 0 <= (published - d.date_start).days <= self.background_days
               for d in dates):
            return True
        rows = campaigns_by_place()
        if any(p.resolved and norm_key(p.name) in rows for p in places):
            return True
        return bool(toks) and any(0 <= (published - e).days <= self.background_days for e in L.craft_ends()) \
            and bool(L.craft_matcher().find(toks))

    def _told_again(self, toks, t: Match, f: Frame, span: tuple[int, int], published: dt.date | None,
                    triggers: Mapping[int, str], trig_s: Sequence[Match], places: Sequence[Any],
                    dates: Sequence[DateMention] = ()) -> Any:
        """The campaigns.tsv row of a well-known happening that trigger ``t`` tells again within the background
        window after its day, with no day of its own: named right after the trigger ("الهجوم الكيميائي على
        دوما"), or a definite noun at the row's place taken from the context ("الهجوم الكيميائي" in a report on
        Douma). A day told after the trigger in its clause is the trigger's own: a fresh happening, not moved.
        Which day the mention takes is ``_retold_day``'s."""
        lo, end = span
        if published is None:
            return None
        c = self._fitting(f, self._named_rows(toks, t, f, end, triggers, places))
        if c is None:
            c = self._fitting(f, self._agent_rows(toks, t, f, lo))
        if c is None and f.place is not None and (_definite_noun(t) or _alleged(toks, t)):
            c = self._fitting(f, campaigns_by_place().get(norm_key(f.place.name), ()))
        elif c is None and f.place is not None and _undated_noun(t, f):
            # "رغم نفي دمشق وقوع هجوم كيماوي في المدينة": an undated noun at the place of a one-day happening, or
            # of a campaign whose day the report tells, names it again ("الأراضي" regained, told by no day, do not)
            c = self._fitting(f, campaigns_by_place().get(norm_key(f.place.name), ()))
            if c is not None and not c.happening and not any(
                    d.precision == 1 and d.date_start == c.ended for d in dates):
                c = None
        if c is None or not 0 <= (published - c.ended).days <= self.background_days or self._ongoing(toks, t, lo):
            return None  # "لا تزال تحترق بنار القصف الكيماوي": told as going on, not the one day
        if c.recurrent and not _definite_noun(t):
            return None  # "استهدفت صواريخ مطار التيفور": a base struck again and again; only "الغارة على ..." retells (g98cc)
        d = f.date
        if d is not None and d.date_start is not None and REPORT_DAY not in f.rule_ids and not _week_by_row(d, c) and (
                d.date_start < c.ended - dt.timedelta(days=1) or (
                    self._day_after(toks, t, d, trig_s) and not _lead_day_after_row(d, c, published))):
            return None  # an earlier day is another happening; a day told right after it is its own
        return c

    def _known_old(self, f: Frame, published: dt.date | None) -> bool:
        """The well-known happening of frame ``f``'s place and sub-type (campaigns.tsv) ended more than the background
        window before publication: a retelling with no day of its own is that history («تجري المنظمة تحقيقا حول هجوم
        كيميائي مفترض في X» half a year on), not a fresh attack there (g102l)."""
        c = self._fitting(f, campaigns_by_place().get(norm_key(f.place.name), ())) if f.place is not None else None
        return c is not None and published is not None and (published - c.ended).days > self.background_days

    @staticmethod
    def _retold_day(t: Match, c: Any, dates: Sequence[DateMention], published: dt.date) -> tuple[DateMention, bool]:
        """The day of well-known happening ``c`` told again by trigger ``t``, and whether the report tells it
        somewhere ("الهجوم الذي وقع السبت"). A report that never tells the day dates what it retells as the report
        lets one know: the week up to the report, reaching back to the row's day when that is older (not the day
        of the reaction or of the report, which the happening is not on)."""
        if any(d.precision == 1 and d.date_start == c.ended for d in dates):
            return DateMention(t.start, t.end, "", c.ended, c.ended, 1, c.id, t.start_tok, t.end_tok, "past"), True
        start = min(published - dt.timedelta(days=LATEST_DAYS), c.ended)
        return DateMention(t.start, t.end, "", start, published, WEEK, c.id, t.start_tok, t.end_tok, "past"), False

    @staticmethod
    def _has_own_day(t: Match, f: Frame, known: Any) -> bool:
        """Frame ``f`` of trigger ``t`` has a day of its own, which a report that never tells the known row's day
        leaves it (not the report's week): a day told after the trigger ("هجوم كيميائي استهدف السبت دوما"), or any
        day for a campaign's row ("بدأ المقاتلون، السبت، في الانسحاب": a campaign's place is often struck or left
        again). A day told before a one-day happening's noun is the statement's ("اتهمت الوزارة، الجمعة، ... بفبركة
        هجوم كيماوي في دوما"), as is a report-day. For a one-day happening the day must come within OWN_DAY_WINDOW
        tokens after its noun: a day told farther on is a later clause's ("... تعرض دوما لهجوم كيماوي ...، خلال الجلسة
        التي عقدت، الاثنين": the session's day, not the attack's; g62f)."""
        if f.date is None or REPORT_DAY in f.rule_ids or _week_by_row(f.date, known):
            return False
        if not known.happening:
            return True
        return t.end_tok <= f.date.tok_start <= t.end_tok + OWN_DAY_WINDOW

    @staticmethod
    def _day_after(toks, t: Match, d: DateMention, triggers: Sequence[Match]) -> bool:
        """Day ``d`` told after trigger ``t`` in its clause, no other trigger between ("هجوم كيميائي على دوما
        يوم الثلاثاء")."""
        if d.tok_start < t.end_tok or d.tok_start - t.end_tok > OWN_DAY_WINDOW:
            return False
        if _clause_broken(toks, t.end_tok, d.tok_start):
            return False
        return not any(t.end_tok <= o.start_tok < d.tok_start for o in triggers if o is not t)

    def _day_told_after(self, toks, t: Match, dates: Sequence[DateMention], triggers: Sequence[Match],
                        published: dt.date | None) -> DateMention | None:
        """The nearest recent day told after trigger ``t`` in its clause that is its own (``_own_day``), not a
        coming one, within SAID_OWN_DAY tokens: farther, it is a nested clause's ("هجوم اتهمت الدول دمشق بشنه في
        دوما ... في 7 نيسان"), as q24b found for a statement's day."""
        return next((d for d in sorted(dates, key=lambda x: x.tok_start)
                     if t.end_tok <= d.tok_start <= t.end_tok + SAID_OWN_DAY
                     and not _coming_after(toks, d, t) and self._own_day(toks, t, d, triggers, published)), None)

    def _share_said(self, toks, t: Match, dates: Sequence[DateMention], reporting: Sequence[Match], sent_lo: int,
                    published: dt.date | None) -> bool:
        """A recent day (or week) of a statement told before taking ``t`` («أعلن الجيش الثلاثاء أن ...»). Asked only
        of a taking a share cue made general: a few look-ups over the sentence's dates."""
        rel = words("relative")
        return any(d.tok_end <= t.start_tok and d.precision <= WEEK and self._recent_day(d, published)
                   and _said_day(toks, d, t, _reports(reporting), sent_lo)
                   # "زار الأحد الغوطة، التي استعادت قواته 80 في المئة منها": the day is the visit's, not the taking's
                   and not any(toks[k].norm in rel for k in range(d.tok_end, t.start_tok)) for d in dates)

    def _told_with_own_day(self, toks, t: Match, f: Frame, weight: float, triggers: Sequence[Match],
                           published: dt.date | None) -> bool:
        """Trigger ``t`` (frame ``f``) is told with a recent day of its own ("الهجوم الذي استهدف حاجزا يوم
        الجمعة"): a word strong enough to name a happening alone, the day not the report's, and its place not
        another trigger's or a reason clause's."""
        return (weight >= OWN_DAY_WEIGHT and REPORT_DAY not in f.rule_ids
                and self._own_day(toks, t, f.date, triggers, published)
                and not self._place_of_another(t, f.place, triggers, "place-context" in f.rule_ids)
                and REASON_PLACE not in f.rule_ids
                and not any(_own_verb(o, t) for o in triggers))

    def _own_day(self, toks, t: Match, d: DateMention | None, triggers: Sequence[Match],
                 published: dt.date | None) -> bool:
        """A day or a week ("الأسبوع الماضي"; not a month) within the month before publication, told after trigger ``t`` in
        its clause (a comma may set the day off: "على مواقع عسكرية، ليل الاثنين") with no other trigger
        between them to claim it."""
        if d is None or d.precision > WEEK or not self._recent_day(d, published) or d.tok_start < t.end_tok \
                or _words_between(toks, t.end_tok, d.tok_start) > OWN_DAY_WINDOW \
                or told_up_to_now(d) and not told_by_week(d):
            # "روسيا التي أبرمت في الأيام الأخيرة اتفاقات": a stretch up to now sums its days, it is no day of
            # the happening's own (g106p); a week told as such ("خلال الأسبوع الماضي") is one
            return False
        if _clause_broken(toks, t.end_tok, d.tok_start):
            return False
        listed = _own_day_list(t, triggers, d.tok_start)
        return not any(t.end_tok <= o.start_tok < d.tok_start and not _own_verb(t, o) and id(o) not in listed
                       for o in triggers if o is not t)

    @staticmethod
    def _place_of_another(t: Match, place: Any, triggers: Sequence[Match], inherited: bool) -> bool:
        """The place found for trigger ``t`` in its sentence lies beyond another trigger ("بعد ضربات ... ردا على
        هجوم كيميائي في دوما"): it is that happening's place, and what is told of ``t`` is only its context."""
        if inherited or place is None:
            return False
        return any(t.end_tok <= o.start_tok < place.tok_start and not _own_verb(t, o) for o in triggers if o is not t)

    @classmethod
    def _toll_recalled(cls, toks, t: Match, sent_frames: Sequence[Frame], lo: int,
                       dates: Sequence[DateMention]) -> tuple[str, str] | None:
        """The recall of a killing noun before noun trigger ``t`` that ``t`` tells the means or occasion of, after
        "في" or "ب" within TOLL_MEANS_GAP tokens, no clause break or other trigger between ("بعد مقتل 15 جنديا في
        كمين"، "بعد أسابيع على مقتل 3 مدنيين بغارة"): the killing's background cue, or the span it is counted from
        when it was barred as the attack's toll (ABSORBED_TOLL); None when none. A day told after the killing ("بعد
        مقتل 18 عنصرا يوم الخميس في غارات"، "... في قصف روسي الأسبوع الماضي") is the attack's own: it is left to the
        own-day readings, and no undated act of the sentence loses it to a recalled happening (g106x)."""
        heads, into = words("toll_before"), words("toll_means_link")
        for g in reversed(sent_frames):
            k = g.trigger.end_tok
            if g.tdef.pos != "noun" or not k <= t.start_tok <= k + TOLL_MEANS_GAP or g.modality is None \
                    or toks[g.trigger.start_tok].norm not in heads:
                continue
            if not (t.prefix.startswith("ب") or (t.start_tok > 0 and toks[t.start_tok - 1].norm in into)) \
                    or _clause_broken(toks, k, t.start_tok) \
                    or any(o is not g and k <= o.trigger.start_tok < t.start_tok for o in sent_frames) \
                    or any(k <= d.tok_start for d in dates):
                return None
            if g.modality[0] == "background":
                return g.modality
            if g.modality == ABSORBED_TOLL and cls._span_from(toks, g.trigger, lo):
                return ("background", "span-from")
            return None
        return None

    @staticmethod
    def _span_from(toks, t: Match, lo: int) -> bool:
        """A trigger right after "بعد/قبل/منذ + (number) + unit of a day or more + من/على" ("بعد أسبوع من إسقاط
        الطائرة", "بعد مرور عام على سيطرة التنظيم"): the happening a span is counted from, not the one told."""
        k = t.start_tok - 1
        if k - 1 < lo or toks[k].norm not in words("span_link") or toks[k - 1].norm not in L.day_units():
            return False
        ago = L.ago_words()
        return any(in_words(toks[j].norm, ago) for j in range(max(lo, k - 2 - SPAN_WINDOW), k - 1))

    @classmethod
    def _span_from_noun(cls, toks, t: Match, lo: int, triggers: Sequence[Match]) -> bool:
        """``t`` opens the relative clause of an indefinite noun a span is counted from ("بعد 10 أيام من هجوم
        كيماوي استهدف الغوطة"): the verb tells that earlier happening, which the span's day does not date."""
        return any(o is not t and _own_verb(o, t) and cls._span_from(toks, o, lo) for o in triggers)

    def _span_back(self, toks, t: Match, lo: int, numbers: Sequence[Any], dates: Sequence[DateMention],
                   published: dt.date | None) -> DateMention | None:
        """The days of a lasting activity named right after "بعد + a counted span of days + من/على" ("بعد ثلاثة
        أيام من الاحتجاجات"، "بعد يومين من القصف"): the span counted back from the day told before it in the
        sentence, else from publication. Any other happening noun ("بعد يومين من سيطرة القوات على البلدة") is a
        one-time act: the day that many days before the clause's day (g99h). A span with no count ("بعد أيام من") or
        longer than SPAN_BACK_DAYS dates nothing."""
        k = t.start_tok - 1
        if published is None or k - 1 < lo or toks[k].norm not in words("span_link"):
            return None
        # a lasting activity ("القصف") fills the span; any other happening noun ("سيطرة"، "دخول") is its one-day start
        lasting = toks[t.start_tok].norm.removeprefix(t.prefix) in words("activity_noun")
        if not lasting and t.payload.pos != "noun":
            return None
        unit = L.span_units().get(toks[k - 1].norm)
        if unit is None:
            return None
        per, count, vague = unit
        num = next((n for n in numbers if n.tok_end == k - 1 and isinstance(n.value, int)), None)
        if num is not None:
            count = num.value
        elif vague:
            return None
        first = num.tok_start if num is not None else k - 1
        if first - 1 < lo or not in_words(toks[first - 1].norm, L.after_words()):  # "وبعد يومين من"
            return None
        days = count * per
        told = [d for d in dates if d.tok_end <= first - 1]
        if not 1 <= days <= SPAN_BACK_DAYS or (told and not (told[-1].precision == 1
                                                              and self._recent_day(told[-1], published))):
            return None  # "بعد أسبوع من القصف" sums up a campaign; "في 2017، بعد 3 أيام من هجوم" is history
        ref = told[-1].date_end if told else published
        assert ref is not None  # published is set, and _recent_day read the day told
        if lasting:
            # "after N days of X" (X lasted up to the day told) or "N days after X": X lies in the N days before
            start, end = ref - dt.timedelta(days=days), ref - dt.timedelta(days=1)
        else:
            # "N days after X": X is N days before the clause's day; a clause with no day told is the report's
            # (publication or the day before), so X is N days before either
            first_ref = told[-1].date_start if told else published - dt.timedelta(days=1)
            assert first_ref is not None
            start, end = first_ref - dt.timedelta(days=days), ref - dt.timedelta(days=days)
        return DateMention(toks[first - 1].start, t.end, "", start, end, 1 if start == end else WEEK,
                           "span-back" if lasting else SPAN_BACK_POINT,
                           first - 1, t.end_tok, "past")

    @staticmethod
    def _answered_same_night(toks: Sequence[Any], t: Match, tdef: L.Trigger, b: int, reason: int, f: Frame,
                             sent_frames: Sequence[Frame], own_dates: Sequence[DateMention],
                             published: dt.date | None) -> str | None:
        """Noun trigger ``t`` opens the reason clause at ``reason`` («ردا على إطلاق صواريخ»): indefinite, not alleged
        («هجوم مزعوم/مفترض») and dated by no day of its own after the word of reason, while the act answering it (the
        last frame of the sentence before the word of reason) is kept and told with a day of its own, not the
        report's, at most one day before publication («ليلاً»، «فجر اليوم»، «ليل الأربعاء الخميس»، «أمس»). A same-night
        report tells the answered act as news; a later one retells both with an older day. A salvo is answered by fire
        within hours, so one answered by an act told on an older day within its sub-type's answer_span (event_types.tsv:
        «استهدفت ليلة التاسع والعاشر من أيار ... ردا على هجوم صاروخي» in a report of the 18th) happened that night
        too; a chemical attack or a killing is answered by a decision days later, and its answer does not date it.
        Returns the rule id that kept it, else None."""
        if published is None or tdef.pos != "noun" or t.definite():
            return None
        if any(d.tok_start > reason for d in own_dates) or (f.date is not None and f.date.tok_start > reason):
            return None
        alleged = words("alleged")
        if any(in_words(toks[k].norm, alleged) for k in range(t.start_tok, min(t.end_tok + 3, b))):
            return None
        g = next((g for g in reversed(sent_frames) if g.trigger.end_tok <= reason), None)
        if g is None:  # the answer is told by no trigger: its day is the last told before the word of reason
            d = next((d for d in reversed(own_dates) if d.tok_end <= reason), None)
            near = d is not None and d.date_end is not None and 0 <= (published - d.date_end).days <= 1
            return ANSWERED_NEAR if near else None
        if g.modality or g.date is None or g.date.date_end is None or g.date.tok_end > reason \
                or REPORT_DAY in g.rule_ids or SAID_DAY in g.rule_ids \
                or TOLD_AGAIN in g.rule_ids or TOLD_AGAIN_WEEK in g.rule_ids:
            # a well-known happening told again (the 14 April strikes told by their three states, g106b) has the
            # report's week or its known day, not a day the report tells it by: no same-night answer
            return None
        days = (published - g.date.date_end).days
        if 0 <= days <= 1:
            return ANSWERED_NEAR
        return ANSWERED_SPAN if 1 < days <= L.answer_span(tdef.sub_event_type) else None

    def _old_day_told_after(self, toks, t: Match, dated: Sequence[DateMention],
                            published: dt.date | None) -> DateMention | None:
        """"أكدت المنظمة، الأربعاء، أن الكلور استخدم في هجوم استهدف البلدة في فبراير"، "قال الوزير، الخميس، إن
        السلطات ألقت القبض على فلان، المعروف بكنيته، في فبراير": a day told after the act in its sentence by «في»,
        older than the background window before publication, is the act's own, past commas and a noun of its story;
        the statement's day told before the act is not (g104l, 87000). Not past a relative pronoun: "سيطرت على
        البلدة التي سقطت في فبراير" tells the town's history."""
        if published is None:
            return None
        rel = words("relative")
        for d in dated:
            if d.tok_start < t.end_tok or d.date_end is None or d.tok_start == 0 \
                    or toks[d.tok_start - 1].norm not in words(DATE_IN) \
                    or (published - d.date_end).days <= self.background_days:
                continue
            if not any(toks[k].norm in rel for k in range(t.end_tok, d.tok_start)):
                return d
        return None

    def _answered_day(self, toks, t: Match, dates: Sequence[DateMention], end: int,
                      published: dt.date | None) -> DateMention | None:
        """The first recent past day told after the answered act ``t`` in its sentence (up to ``end``), not a coming
        one: «ردا على هجوم ...، أسفر عن مقتل العشرات في دوما قبل أيام». A pass over the sentence's few dates."""
        return next((d for d in sorted(dates, key=lambda x: x.tok_start)
                     if t.end_tok <= d.tok_start < end and d.relation == "past" and d.precision <= WEEK
                     and self._recent_day(d, published) and not _coming_after(toks, d, t)), None)

    def _recent_day(self, d: DateMention, published: dt.date | None) -> bool:
        """A day within the background window before publication."""
        return (published is not None and d.date_end is not None
                and 0 <= (published - d.date_end).days <= self.background_days)

    @classmethod
    def _past_statement_day(cls, toks, t: Match, dated: list[DateMention], reports: Sequence[Match],
                            triggers: Sequence[Match], f: Frame) -> list[DateMention]:
        """"قالت الشرطة الاثنين إن مسلحين قتلوا ... الأسبوع الماضي": the day between a reporting verb and the
        complementizer is the statement's; a day told close after the act in what was said (no other act and no
        clause break between) is the act's own, even when farther in tokens; so are days in a row told after it
        farther and past commas ("أعلن الجيش، الخميس، أنه تصدى ...، بعد محاولتهم ... يومي الثلاثاء والأربعاء")."""
        breaks = words("clause_break")
        own = [d for d in dated if t.end_tok <= d.tok_start
               and not any(t.end_tok <= u.start_tok < d.tok_start for u in triggers if u is not t)
               and (d.tok_start <= t.end_tok + SAID_OWN_DAY
                    and not any(toks[k].norm in breaks for k in range(t.end_tok, d.tok_start))
                    or d.tok_start <= t.end_tok + RUN_OWN_DAY and WEEKDAY_RUN in d.rule_id.split("+"))]
        if not own and not cls._earlier_day_set_off(toks, t, dated, reports, triggers, breaks):
            return dated
        # the verb's day is set aside with or without "أن" after it: the act told close after has its own day
        kept = [d for d in dated if not (d.tok_end <= t.start_tok and (_said_day(toks, d, t, reports)
                                                                       or _verb_day(d, t, reports)))]
        if len(kept) < len(dated):
            f.rule_ids.append(STATEMENT_DAY)
        return kept

    @staticmethod
    def _earlier_day_set_off(toks, t: Match, dated: Sequence[DateMention], reports: Sequence[Match],
                             triggers: Sequence[Match], breaks: frozenset[str]) -> bool:
        """"قالت الوزارة، الأحد، إن طائرات قصفت بلدة في ريف دير الزور، السبت، ...": a day set off by a comma after
        the act's place, earlier than the statement's day told between the reporting verb and "إن/أن", is the act's
        own day; only a day known to be earlier (a fresh report keeps its statement's day)."""
        said = [d for d in dated if d.tok_end <= t.start_tok and d.date_start is not None
                and (_said_day(toks, d, t, reports) or _verb_day(d, t, reports))]
        if not said:
            return False
        ends = words("line_end")
        for d in dated:
            # g107a: a day closing the sentence reaches as far as days in a row do ("أعلن الإعلام، الثلاثاء، خروج
            # أكبر موكب ... من الغوطة الشرقية قرب دمشق، ليل الاثنين الثلاثاء.")
            closes = d.tok_end >= len(toks) or toks[d.tok_end].norm in ends
            reach = RUN_OWN_DAY if closes and d.tok_start > 0 and toks[d.tok_start - 1].norm in breaks \
                else SAID_OWN_DAY
            if not t.end_tok <= d.tok_start <= t.end_tok + reach or d.date_end is None \
                    or any(t.end_tok <= u.start_tok < d.tok_start for u in triggers if u is not t):
                continue
            # the only break allowed is the comma that sets the day off ("..., السبت،")
            if any(toks[k].norm in breaks for k in range(t.end_tok, d.tok_start - 1)):
                continue
            # earlier than the statement's day; a night told by its two days ("ليل الاثنين الثلاثاء") begins earlier
            if any(d.date_end < s.date_start or d.precision == 1 and d.date_start is not None
                   and d.date_start < s.date_start for s in said if s.date_start is not None):
                return True
        return False

    def _lead_statement_day(self, toks, t: Match, dated: list[DateMention], reports: Sequence[Match], sent_lo: int,
                            published: dt.date | None, f: Frame) -> list[DateMention]:
        """"وقبل يومين، أعلن الإعلام خروج المقاتلين ...، ليل الاثنين الثلاثاء": a day opening the sentence before its
        reporting verb is the statement's; a recent day told later in the sentence is the act's, even past a comma."""
        lead = [d for d in dated if _lead_said_day(toks, d, t, reports, sent_lo)]
        rest = [d for d in dated if d not in lead]
        if lead and any(d.tok_start >= lead[0].tok_end and self._recent_day(d, published) for d in rest):
            f.rule_ids.append(STATEMENT_DAY)
            return rest
        return dated

    @staticmethod
    def _named_only(f: Frame) -> bool:
        """"قال جيش الإسلام الخميس إن الهجوم الكيميائي هو ما دفعنا": a violent happening named by a definite noun,
        with no day of its own (none, or only one told before it: the statement's), no dead counted and no verb
        of its own (not told as going on, in the pluperfect or as escalated) is named as known to the reader: a
        reference when the lead tells no happening of its type (``_lead_types``). The report's week a well-known
        happening takes when the report never tells its day is no day of its own."""
        return (f.event_type in NAMED_HAPPENINGS and (_no_day_told(f) or f.date.tok_end <= f.trigger.start_tok)
                and not f.fatalities
                and _definite_noun(f.trigger) and not ANAPHORA_TOLD & set(f.rule_ids))

    def _lead_types(self, frames: Sequence[Frame], rec: dict[str, Any], lead: int) -> set[str]:
        """The event types of the happenings the lead (up to char ``lead``) tells, kept or not, other than those under
        a modality or only named: a definite noun of such a type further on names that happening or part of its
        course ("وأسفر القصف عن ..."، "ووقعت التفجيرات في ..."), not one known from before."""
        told = {f.event_type for f in frames if f.trigger.start < lead and not f.referred and not f.modality
                and not self._named_only(f)}
        return told | NAMED_HAPPENINGS if self._lead_casualties(rec, lead) else told

    @staticmethod
    def _lead_casualties(rec: dict[str, Any], lead: int) -> bool:
        """"قتلت متطوعة بريطانية ... قتلت في 15 مارس" then "قتلت في القصف التركي": dead or wounded told in a lead that
        names a day are that day's news, and the strike or battle named further on tells how they fell, whatever its
        type (casualties.tsv). The day follows the casualty word (its own): without one, or with only the statement's
        told before it ("اتهمت المنظمة الثلاثاء ... بقتل"), a lead's dead are as often a campaign's or history's toll."""
        toks = rec["analysis"].tokens
        first = min((toks[c.start_tok].start for c in rec["casualties"]), default=lead)
        return any(first < d.start < lead and d.precision == 1 and d.relation != "future" for d in rec["dates"])

    @staticmethod
    def _refer_back(f: Frame, earlier: Sequence[Frame], sentence: Sequence[Frame]) -> None:
        """"قصفت طائرات حربية البلدة ... وطال القصف قرى عدة": the definite generic word for a bombardment
        (function_words generic_strike), with no day or agent of its own and no refining word, names the
        bombardment told just before: it keeps its kind (from the air or by artillery, which "القصف" leaves
        open) and whether it hit civilians. Its agent is still read as any mention's (merging, defaults)."""
        if (f.date is not None or f.actor1 is not None or f.modality or "definite" not in f.rule_ids
                or f.sub_event_type != f.tdef.sub_event_type
                or norm_key(f.trigger.phrase).lower() not in words("generic_strike")):
            return
        # the sentence's own frames first, then the document's earlier ones (the order of the two lists joined)
        prev = next((p for p in reversed(sentence) if p.event_type == f.event_type and not p.modality), None)
        if prev is None:
            prev = next((p for p in reversed(earlier) if p.event_type == f.event_type and not p.modality), None)
        if prev is None or prev.sub_event_type not in BOMBARDMENTS:
            return
        f.sub_event_type = prev.sub_event_type
        if f.sub_event_type == SHELL_SUB and _air_joined_before(prev, sentence if prev in sentence else earlier):
            # «لقصف جوي وصاروخي مكثف ... وقالت مصادر إن القصف تركز على ...»: a bombardment told from the air and by
            # missiles or guns at once is coded an air strike (dev: «قصفا جويا ومدفعيا» is one Air/drone strike)
            f.sub_event_type = AIR_SUB
            f.rule_ids.append(AIR_JOINED)
        f.civilian_target = f.civilian_target or prev.civilian_target
        f.rule_ids.append("refers-back")

    @staticmethod
    def _referred(toks, t: Match, sent_lo: int) -> str | None:
        """A happening named as the object of a reaction ("التحقيق في الهجوم", "عقابا للنظام على
        الهجوم"): the reference head (function_words reference_head) up to REFERENCE_WINDOW tokens
        before the trigger, in the same clause; not the means of one ("الرد عليه بضربات جوية")."""
        reactor = _reactor_head_at(toks, t, sent_lo)
        if reactor is not None:
            # "وصف الرئيس الأمريكي دونالد ترامب الاثنين الهجوم"، "ندد الاتحاد الأوروبي الثلاثاء بالقصف": a condemning or
            # describing verb governs the happening over its subject and day (REACTOR_WINDOW), with "بـ" too
            w = toks[reactor].norm
            return w if w in words("reactor_head") else w[1:]
        if t.prefix.endswith("ب"):
            return None
        heads, breaks = words("reference_head"), words("clause_break")
        any_heads = with_conjunctions(heads)  # in_words as one look-up
        k, lo = t.start_tok - 1, max(sent_lo, t.start_tok - REFERENCE_WINDOW)
        while k >= lo:
            w = toks[k].norm
            if w in breaks:
                # "أدانت السعودية، الأحد، الهجوم": a day set off by commas stays inside the clause
                aside = _before_aside(toks, k, sent_lo, breaks)
                if aside is None:  # a name of its own: k stays an int, as compiled code (mypyc) checks
                    return None
                k = aside
                lo = max(sent_lo, lo - 2)
            elif w in any_heads:  # "وأدانت الحكومة ... الهجوم": also after a conjunction
                return w[1:] if w not in heads else w
            elif w in QUOTES:
                # "إن بلادها \"سترد\" على هجوم": marks quoting the reaction's word take no room of the window
                lo = max(sent_lo, lo - 1)
            k -= 1
        return None

    @staticmethod
    def _dead_side(f, toks, t, tdef, sides, adjs, cas) -> None:
        """Whose dead an act counts is what it hit (rule ids actor1-dead, actor2-dead, dead-over-holder-123501,
        dead-share-143500)."""
        if tdef.event_type in STRUCK and EventExtractor._share_side(f, toks, sides, adjs, cas):
            return
        if f.actor2 is not None and f.actor1.tok_end > t.start_tok:
            if tdef.event_type in STRUCK and held_by(toks, f.actor2):
                # "قتل عشرة مقاتلين موالين لدمشق جراء غارات تركية ... باتجاه مناطق سيطرة قوات النظام": the holder of a
                # place named after the strike is no better target than the side counted dead before it (g109b)
                dead = casualty_side(toks, cas, sides, adjs)
                if dead is not None and dead.tok_end <= t.start_tok \
                        and dead.value.id not in (f.actor1.value.id, f.actor2.value.id):
                    f.actor2 = dead
                    f.rule_ids.append(DEAD_OVER_HOLDER)
            return  # neither rule can apply: no need to look for the dead's side
        dead = casualty_side(toks, cas, sides, adjs)
        if dead is None:
            return
        # «مقتل 14 من قوات النظام، وفصائل معارضة ... في تفجير»: a side joined to the dead's is more of the dead (g100a)
        more = dead.tok_start != f.actor1.tok_start and _more_dead(toks, dead, f.actor1)
        before = (dead.tok_start == f.actor1.tok_start or more) and f.actor1.tok_end <= t.start_tok
        if before and (tdef.event_type in STRUCK or (f.actor2 is None and f.sub_event_type not in TAKINGS
                                                      and f.sub_event_type != TERRITORY)):
            # "أعلن الجيش العراقي مقتل 45 عنصرا من داعش في غارات شنها": whose dead are counted before the act
            # is no agent; another armed side before it is, else the coder's default (a taking keeps its agent:
            # "قتل 12 من قوات النظام خلال سيطرتهم على البلدة")
            other = [m for m in sides if _armed_side(m) and m.value.id not in (dead.value.id, f.actor1.value.id)
                     and m.tok_start < t.start_tok and m is not f.actor2]
            f.actor1, f.actor2 = (other[-1] if other else None), f.actor2 or dead
            f.rule_ids.append("actor1-dead")
            if more:
                f.rule_ids.append(MORE_DEAD)
        elif f.actor2 is None and dead.value.id != f.actor1.value.id:
            # "كمين لتنظيم داعش ... مقتل خمسة من عناصر الشرطة": whose dead are counted was hit
            f.actor2 = dead
            f.rule_ids.append("actor2-dead")

    @staticmethod
    def _share_side(f: Frame, toks: Sequence[Any], sides: Sequence[Mention], adjs: Sequence[Mention],
                    cas: Sequence[Match]) -> bool:
        """"مقتل 26 مقاتلا غالبيتهم إيرانيين في ضربات إسرائيلية على مواقع عسكرية للجيش السوري": the side a strike's toll
        names as the most of its dead is what it hit, over the owner of the positions struck; a side named only
        among the dead ("قصفت مطار التيفور موقعة 14 قتيلا بينهم إيرانيون") when the sentence names no target and
        the toll counts no side of its own (dev AL-931: «14 شخصا بينهم سبعة إيرانيين» is Iran's; «المطار التابع
        للنظام السوري» and «14 عنصرا من قوات النظام ... بينهم مقاتلون إيرانيون» stay the regime's). The agent's own
        side is left to actor1-dead. Rule id dead-share-143500 (g111n). True when it set actor2."""
        share = dead_share(toks, cas, sides, adjs)
        if share is None:
            return False
        side, most = share
        if f.actor1 is not None and side.value.id == f.actor1.value.id:
            return False
        if f.actor2 is not None and f.actor2.value.id == side.value.id:
            return False
        if not most:
            # a part of the dead gives way to the target the sentence names (the owner in «المطار التابع للنظام
            # السوري»: audit C and F coders) and to the side its toll counts («14 عنصرا من قوات النظام ... بينهم»)
            if f.actor2 is not None:
                return False
            dead = casualty_side(toks, cas, sides, adjs)
            if dead is not None and dead.value.id != side.value.id:
                return False
        f.actor2 = side
        f.rule_ids.append(DEAD_SHARE)
        return True

    @staticmethod
    def _struck_side(f: Frame, toks: Sequence[Any], sides: Sequence[Mention], adjs: Sequence[Mention],
                     cas: Sequence[Match]) -> None:
        """"غارة على المطار أسفرت عن مقتل سبعة عسكريين إيرانيين": a strike told without its agent that counts a
        side's dead hit that side (rule id actor2-dead); the agent is left to the document or the coder's default."""
        if EventExtractor._share_side(f, toks, sides, adjs, cas):
            return
        dead = casualty_side(toks, cas, sides, adjs)
        if dead is not None:
            f.actor2 = dead
            f.rule_ids.append("actor2-dead")

    @staticmethod
    def _suspected_agent(f: Frame, toks, t: Match, sides: Sequence[Mention], adjs: Sequence[Mention],
                         sent_hi: int) -> None:
        """"غارة على مطار التيفور يشتبه في أن إسرائيل نفذتها": a side named right after a suspicion word
        (function_words suspect_head) after the trigger is the suspected agent, not a target; it becomes actor1
        when no agent was read or it was read as actor2; a nisba adjective ("يشتبه بأنه هجوم أميركي") only stops
        being the target (rule id actor-suspected)."""
        heads = with_conjunctions(words("suspect_head"))  # in_words as one look-up
        hi = min(sent_hi, t.end_tok + SUSPECT_WINDOW)
        if not _holds_any(toks, t.end_tok, hi, heads):
            return  # most acts are told with no suspicion word
        mentions = [*sides, *adjs]
        for n in range(t.end_tok, hi):
            if toks[n].norm not in heads:
                continue
            m = min((m for m in mentions if n < m.tok_start <= n + SUSPECT_REACH), key=lambda m: m.tok_start,
                    default=None)
            if m is None or m.value.kind not in ("state", "nonstate", "international", "unidentified"):
                return
            # "مواقع يشتبه بأنها لداعش"، "مناطق يشتبه في خضوعها لسيطرة التنظيم": the suspicion is whose place was hit
            if toks[n - 1].norm in words("target_head") or "ل" in m.prefix \
                    or any(in_words(toks[k].norm, words("holder")) for k in range(n + 1, m.tok_start)):
                return
            if f.actor2 is not None and f.actor2.value.id == m.value.id:
                f.actor2 = None
            elif f.actor1 is not None:
                return
            # "يشتبه بأنه هجوم أميركي" only qualifies the act: no target, but an agent the document may name better
            if not any(m is x for x in adjs):
                f.actor1 = m
            f.rule_ids.append("actor-suspected")
            return

    @staticmethod
    def _reactor_tokens(toks, t: Match, sent_lo: int) -> set[int]:
        """Token positions between a condemning verb (function_words reactor_head) and the noun trigger it
        governs, up to REACTOR_WINDOW tokens back in the same clause: the side that reacts ("أدانت الخارجية
        العراقية، الجمعة، الضربات التركية"). A day set off by commas does not end the clause."""
        k = _reactor_head_at(toks, t, sent_lo)
        return set() if k is None else set(range(k + 1, t.start_tok))

    @staticmethod
    def _corroborate(frames: list[Frame]) -> None:
        """A strike verb told with a second strike word in its sentence ("استهدفت الفصائل بالمدفعية
        تجمعات ...", "استهدفت صواريخ إسرائيلية قاعدة ...") is told twice over: the second word confirms
        the first's sense, as a second sentence would. Only a verb reports the act; two nouns
        ("الصواريخ ... استهداف") are as often commentary about weapons."""
        fam = [f for f in frames if f.event_type in CORROBORATING_TYPES and not f.modality]
        if len({f.tdef.id for f in fam}) >= 2 and any(f.tdef.pos == "verb" for f in fam):
            for f in fam:
                f.rule_ids.append(CORROBORATED)

    @staticmethod
    def _past_perfect(toks, t: Match, lo: int) -> bool:
        """"كان/كانت" + "قد" + a perfect verb in the trigger's clause, the trigger at most a few tokens from "قد"
        ("وكانت الطائرات قد قصفت"، "وكان الهجوم قد أوقع عشرات القتلى")."""
        may, aux, brk = words("may_particle"), words("past_aux"), words("clause_break")
        prefixes, perfect = tuple(words("imperfect_prefix")), tuple(words("perfect_suffix"))
        for j in range(max(lo, t.start_tok - PERFECT_WINDOW), min(len(toks) - 1, t.end_tok + PERFECT_WINDOW)):
            if toks[j].norm not in may:
                continue
            v = toks[j + 1].norm
            if v.startswith(prefixes) and not v.endswith(perfect):
                continue  # "قد تستهدف": may, not had
            if any(toks[k].norm in brk for k in range(min(j, t.start_tok), max(j, t.start_tok))):
                continue
            if any(toks[k].norm in aux for k in range(max(lo, j - PERFECT_WINDOW), j)):
                return True
        return False

    @staticmethod
    def _ongoing(toks, t: Match, lo: int) -> bool:
        """A word in the trigger's clause telling that the act goes on ("يستمر القصف", "لا تزال تتعرض")."""
        # bare and after a conjunction: «وتتواصل الاشتباكات»، «ولا تزال المعارك»، «ومازالت» open most sentences that
        # tell fighting going on (g100i); the bigram «ولا تزال» is «لا تزال» with the conjunction on its first word.
        # with_conjunctions keeps the set made once
        ongoing, brk = with_conjunctions(words("ongoing")), words("clause_break")
        k = t.start_tok - 1
        while k >= lo and toks[k].norm not in brk and t.start_tok - k <= ONGOING_WINDOW:
            w = toks[k].norm
            if w in ongoing or (k > lo and f"{toks[k - 1].norm} {w}" in ongoing):
                return True
            k -= 1
        return any(toks[k].norm in ongoing for k in range(t.end_tok, min(len(toks), t.end_tok + 2)))

    @staticmethod
    def _campaign_gain(toks, t: Match, lo: int) -> bool:
        """«خلالها/خلاله» right after or a few tokens before trigger ``t`` referring back to a campaign noun or a span word
        ("حملة"، "منذ"، "بدأها") earlier in its sentence: the act is summed up from a long campaign. A bare
        "عملية أمنية ... تمكنت خلالها من قتل" is one operation of the day and is not read."""
        during = words("during_it")
        stop = max(lo, t.start_tok - 1 - CAMPAIGN_GAIN_GAP)
        # right after a verb ("سيطر خلالها الجيش") or a few tokens before a noun ("تمكن خلاله من السيطرة")
        k = t.end_tok if t.end_tok < len(toks) and toks[t.end_tok].norm in during else t.start_tok - 1
        while k >= stop and toks[k].norm not in during:
            k -= 1
        if k < stop:
            return False
        camp = words("campaign_word")
        return any(toks[j].norm in camp for j in range(max(lo, k - CAMPAIGN_GAIN_BACK), k))

    @staticmethod
    def _present_claim(toks, t: Match, lo: int, hi: int) -> bool:
        """"تقول أنقرة إنها تستهدف الوحدات الكردية": an imperfect verb trigger right after a complementizer with its
        subject pronoun, in a sentence with no word of the present moment, says what a side does or aims at."""
        if t.payload.pos != "verb" or t.start_tok <= lo or toks[t.start_tok - 1].norm not in words("that_pronoun"):
            return False
        verb = toks[t.start_tok].norm[len(t.prefix):]
        if len(verb) < 4 or not verb.startswith(tuple(words("imperfect_prefix"))) \
                or verb.endswith(tuple(words("perfect_suffix"))):
            return False
        if verb[0] == "ت" and toks[t.start_tok - 1].norm in _with_conjunctions_once(words("that_him")):
            # "أعلن جيش الإسلام أنه توصل إلى اتفاق": after a masculine pronoun the present would be "يتوصل"; a
            # verb in "ت" there is the past of the forms تفعّل/تفاعل (توصل، تمكن، تقدم), told of the speaker itself
            return False
        now = words("now")
        return not any(toks[k].norm in now for k in range(lo, hi))

    @staticmethod
    def _recent(tok: Any, published: dt.date | None) -> DateMention | None:
        """The latest of a series told without its own date: the week up to publication (as a
        plural "in recent days" is read)."""
        if published is None:
            return None
        return DateMention(tok.start, tok.end, "", published - dt.timedelta(days=LATEST_DAYS), published, 2,
                           "latest-of", tok.i, tok.i + 1, "past")

    def _title_agents(self, doc: Document) -> dict[str, L.Actor]:
        """Merge family -> the one agent the title names right at an act of a title_agent sub-type (event_types.tsv):
        the subject just before its verb («إسرائيل تقصف»، «المقاتلات الروسية تقصف») or the nationality just after its
        noun, one word apart at most («غارة روسية»، «غارات جوية روسية»). The title is read as a sentence of its own, so
        its modality cues hold («إسرائيل تتوقع ضربات إيرانية»); a side a word or more before the act is a reaction's
        speaker («روسيا تدين الغارات»، «إيران تعلن قائمة قتلاها بضربة»); two agents of a family lend none."""
        title = (doc.title or "").strip()
        if not title:
            return {}
        tdoc = Document(text=title if title[-1] in ".?!؟" else title + ".", published=doc.published)
        an = analyze_text(tdoc.text)
        # a frame is a trigger's: a title with no word that starts a trigger phrase (most of those read) has none, and
        # needs neither the places, dates and numbers of ``recognize`` nor ``frames`` (g103a)
        if not L.all_matchers().may_find(an.forms(), "triggers"):
            return {}
        rec = self.recognize(tdoc, an)
        if not rec["triggers"]:
            return {}
        found: dict[str, L.Actor | None] = {}
        for f in self.frames(tdoc, rec):
            m = f.actor1
            if m is None or f.modality or f.total or not title_agent_rule(f.sub_event_type) \
                    or ACTOR_DOCUMENT in f.rule_ids or f.side_moved:
                continue
            t = f.trigger
            if not (m.tok_end == t.start_tok and f.tdef.pos == "verb" or 0 <= m.tok_start - t.end_tok <= 1):
                continue  # not at the act
            fam = merge_family(f.sub_event_type)
            a = m.value
            ok = a.kind in TITLE_AGENT_KINDS and f.joined is None  # «غارات روسية وسورية»: several attackers
            prev = found.get(fam, a)
            found[fam] = a if ok and prev is not None and prev.id == a.id else None
        return {k: v for k, v in found.items() if v is not None}

    @staticmethod
    def _document_agents(frames: list[Frame], toks: Sequence[Token], units: Sequence[tuple[int, int]],
                         floor: float) -> None:
        """A mention with no agent in its sentence ("تواصلت الاشتباكات في ...") takes the agent of
        the nearest factual mention of the same sub-event type that names one, before it, else
        after it: news names the perpetrator once and then refers back to "the clashes".
        A lender below the candidate floor (scored before this runs) is dropped later and lends nothing:
        "طالبت ... دمشق وموسكو بإيقاف القتال" gave Moscow to the report's clash (g83a). One comparison per frame.
        A lender dropped as background still lends: the sentences that go on telling its history are history too."""
        named = [f for f in frames if f.actor1 is not None and not f.modality and not f.total
                 and f.confidence >= floor]
        if not named:
            return
        for f in frames:
            # a coder's default for the country and sub-type (default_actors.tsv) is the better guess,
            # unless its row lets the document's agent for the sub-type come first (borrow)
            default = default_row(f.place.country if f.place else None, f.sub_event_type)
            if f.actor1 is not None or ANSWERED_ACT in f.rule_ids or DEAL_SIDES_AFTER in f.rule_ids:
                # the act a reason clause answers is not the answerer's, the document's agent; nor is a deal's whose
                # phrase names its sides («اتفاق مصالحة بين الحكومة ومسلحي المعارضة»: the unread government is the
                # coder's default, g110f)
                continue
            # a row that lends way to some agents only (borrow_from): the strike nearest of the type the
            # document names, if it is one of theirs ("غارات إسرائيلية على حمص ... الضربة الصاروخية على المطار")
            # strict: only the agents of borrow_from (lenders) come before the default
            lenders = default.borrow_from if default is not None and not default.borrow else None
            strict = lenders is not None
            if strict and not lenders:
                continue
            same = [g for g in named if (g.event_type == f.event_type if strict else g.sub_event_type == f.sub_event_type)
                    and (f.actor2 is None or _agent_id(g) != f.actor2.value.id)
                    and not _same_camp_deal(f, g)]
            # a lender of another day, or told before a sentence opened as another front («وعلى جبهة أخرى»), is
            # another happening: it lends nothing, and the next nearest (or the default, the fallback) is taken
            separate = bool(same) and _separate_opener(f, toks, units[f.sentence][0])
            if same and f.place is not None and f.place.admin1 is not None:
                # "وفي الغوطة، نفذت طائرات غارات على دوما" in a report on Turkey's Afrin campaign: a force confined
                # to other provinces lends no agent here (force_reach.tsv, g103f)
                where = (f.place.admin1, f.date.date_start if f.date is not None else None)
                # (a lender of another day stays for the rule that sets it aside, below; the dict look-up of
                # force_reach first: most lenders have no row, and _other_day is read only for one that has)
                beyond: dict[int, str] = {}
                for g in same:
                    row = _beyond_reach(_agent_id(g), f.sub_event_type, f.place.country, where)
                    if row is not None and not _other_day(f, g):
                        beyond[id(g)] = row
                if beyond:
                    same = [g for g in same if id(g) not in beyond]
                    f.rule_ids.append(next(iter(beyond.values())))
            kept = [g for g in same if not (separate and g.sentence < f.sentence) and not _other_day(f, g)]
            src = _nearest_lender(f, kept)
            # the rule is cited when it set aside the lender taken before it (src0), whether or not another lends
            src0 = _nearest_lender(f, same)
            if src0 is not None and src0 is not src and (lenders is None or _agent_id(src0) in lenders):
                f.rule_ids.append(LENDER_OTHER_DAY if _other_day(f, src0) else LENDER_OTHER_FRONT)
            if src is not None and (lenders is None or _agent_id(src) in lenders):
                if _army_takes(f, toks, src):
                    f.sub_event_type = REGAINS  # the country's army (default_actors.tsv) takes it, below
                    f.rule_ids.append(ARMY_TAKES)
                    continue
                f.actor1 = src.actor1
                f.rule_ids.append(ACTOR_DOCUMENT)

    def _document_counterpart(self, ev: Event, mentions: Sequence[Mention]) -> bool:
        """"حاولت قوات النظام اقتحام الغوطة": a state force's clash with no other side named is with the armed
        group the report names most (of two named as often, the one named nearest before the clash). Whether it
        gave one."""
        table = actor_table()
        a1 = next((a for a in table.values() if ev.actor1 and a.display(ev.country) == ev.actor1), None)
        if a1 is None or a1.kind != "state" or not (ev.sub_event_type == "Armed clash" or _positions_struck(ev, a1)):
            return False
        at = ev.evidence[0].start if ev.evidence else 0
        groups = [m for m in mentions if m.value.kind == "nonstate" and m.value.id != a1.id]
        counts = Counter(m.value.id for m in groups)
        if not counts:
            return False
        last = {m.value.id: m.start for m in groups if m.start <= at}
        best = max(counts, key=lambda k: (counts[k], last.get(k, -1)))
        other, rid = recast_actor(table[best], ev.country, ev.admin1)  # "الجيش الحر" in Dar'a: the factions
        if other.display(ev.country) == ev.actor1:  # a group recast as the clash's own side is no counterpart (g101q)
            return False
        ev.rule_ids += [rid] if rid else []
        ev.actor2 = other.display(ev.country)
        ev.inter2 = self._inter(other, ev.country)
        set_interaction(ev)
        ev.rule_ids.append("actor2-document")
        return True

    @staticmethod
    def _near_group(ev: Event, mentions: Sequence[Mention]) -> L.Actor | None:
        """The rebel group of the event's country (or of none: IS) named in the event's evidence or just before
        it (NEAR_GROUP_CHARS), the nearest to the act; None when none is named there."""
        spans = [(e.start - NEAR_GROUP_CHARS, e.end) for e in ev.evidence]
        best: Mention | None = None
        for m in mentions:
            a = m.value
            if a.kind != "nonstate" or a.inter != 2 or a.country not in ("", ev.country):
                continue
            if any(lo <= m.start < hi for lo, hi in spans) and (best is None or m.start > best.start):
                best = m
        return best.value if best is not None else None

    @staticmethod
    def _ally_aside(ev: Event) -> None:
        """"تقدم القوات التركية والفصائل الموالية لها", "غارات النظام وحليفته روسيا": an ally read as the counterpart of
        an agent read from the text (actor_roles.tsv rule ally) fights beside it; the counterpart is left to the
        defaults. An agent given by a default keeps the side the text names (that side is the one hit) unless the row
        says the ally is never hit there (rule ally-default)."""
        rid = L.allied(ev.event_type, ev.sub_event_type, ev.actor1, ev.actor2, ev.country, "actor-default" in ev.rule_ids)
        if rid is None:
            return
        if ev.actor2 is not None and GUESSED_AGENT.isdisjoint(ev.rule_ids) \
                and ev.actor2 not in (ev.assoc_actor_1 or "").split("; "):
            # the ally fights beside an agent read from the text: its associate (assoc_actor_1, g103l); not beside a
            # guessed agent (the 7 February strike at Khasham gave Russia the regime it hit as its partner)
            ev.assoc_actor_1 = "; ".join(x for x in (ev.assoc_actor_1, ev.actor2) if x)
        ev.actor2 = None
        ev.inter2 = None
        ev.interaction = ev.inter1 * 10 if ev.inter1 else None
        ev.rule_ids.append(rid)

    @staticmethod
    def _victims_by_default(sub_event_type: str, country: str | None, a1: L.Actor | None) -> bool:
        """The coder's default counterpart of the sub-type (default_targets.tsv) is civilians."""
        hit = L.default_target(sub_event_type, country, a1.display(country) if a1 else None)
        return hit is not None and hit[1].kind == "civilian"

    def _default_target(self, ev: Event, mentions: Sequence[Mention] = (), civilians: bool = True,
                        labelled: bool = False) -> bool:
        """The counterpart a coder assumes when no mention names one (default_targets.tsv); a "town" row holds
        for a strike on a town, not one placed at the country or at a military site; a "when: civilians" row only
        when the document reports civilians harmed (``civilians``, see _reports_civilians). Whether it gave one."""
        at_town = ev.location != ev.country and not ({SITE_TOLD, POSITIONS_HIT} & set(ev.rule_ids))
        hit = L.default_target(ev.sub_event_type, ev.country, ev.actor1, at_town, civilians, labelled)
        if hit is None:
            return False
        rid, target = hit
        if rid in L.default_targets_after_document() and self._document_counterpart(ev, mentions):
            return True  # the foe the report names most, before the generic one (dt-67900)
        named = self._near_group(ev, mentions) if rid in L.default_targets_named() else None
        if named is not None:
            # "سيطرت القوات على البلدة بعد انسحاب مقاتلي فيلق الرحمن": the factions are the group named there
            target, recast = recast_actor(named, ev.country, ev.admin1)
            ev.rule_ids += [recast] if recast else []
            ev.rule_ids.append("actor2-near")
        ev.actor2 = target.display(ev.country)
        ev.inter2 = self._inter(target, ev.country)
        if ev.inter1:
            lo, hi = sorted((ev.inter1, ev.inter2))
            ev.interaction = int(f"{lo}{hi}")
        if target.kind == "civilian" and ev.event_type in ("Violence against civilians", "Explosions/Remote violence"):
            ev.civilian_targeting = "Civilian targeting"
        ev.rule_ids.append(rid)
        return True

    @staticmethod
    def _hits_civilian_site(t: Match, sites: dict[int, Sequence[Match]] | None, si: int) -> bool:
        """A strike named on a hospital, market, school, camp or homes just after its trigger
        ("قصف مستشفى", "غارة على سوق") falls on civilians."""
        return sites is not None and bool(sites) and \
            any(0 <= c.start_tok - t.end_tok <= CIVILIAN_SITE_WINDOW for c in sites[si])

    @staticmethod
    def _place_country(places) -> str | None:
        return next((p.country for p in places if p.resolved and p.country), None)

    # -- events --------------------------------------------------------------
    @staticmethod
    def _salience(ev: Event, lead_end: int) -> float:
        """Event confidence after merging: the best mention's support, raised by what makes a
        report a report of a happening: told again in the document, attributed to a source,
        told in the lead sentence (news puts the main event first), with its dead counted."""
        c = 0.7 * ev.confidence
        c += 0.1 if len(ev.evidence) >= 2 or CORROBORATED in ev.rule_ids else 0.0
        c += 0.1 if ev.claimed_by else 0.0
        c += 0.1 if any(e.start < lead_end for e in ev.evidence) else 0.0
        c += 0.05 if ev.fatalities else 0.0
        c += 0.05 if _projectiles_met_by_defences(ev) else 0.0
        return round(min(c, 1.0), 3)

    def _confidence(self, f: Frame) -> float:
        """Trigger reliability plus support found in the sentence itself.

        Arguments inherited from context (the document's place or actor) support less
        than arguments in the sentence: a lone generic noun should not become an event.
        """
        c = 0.55 * f.tdef.weight
        spoke = "actor-speaker" in f.rule_ids  # a speaker named with the act supports it as an actor did
        # a side the codebook moved to actor2 (the factions that leave a town) still names who acted, but a
        # state that "protests" is no party to a protest: its protest is diplomatic
        moved = f.side_moved and f.event_type != "Protests"
        # gunfire told with a killing ("برصاص"، "بإطلاق نار") says someone acted as an agent named does
        # forces pointed back at ("هذه القوات") were named in the sentence before: an agent told, only not read here
        # a crowd as a protest verb's subject ("تظاهر المئات") names who protested (CROWD_AGENT)
        c += 0.15 if f.actor1 or spoke or moved or GUNMEN in f.rule_ids or THIS_FORCE in f.rule_ids \
            or CROWD_AGENT in f.rule_ids or LEAVERS_AGENT in f.rule_ids or _noun_told_dated(f.rule_ids) \
            or DEAL_SIDES_AFTER in f.rule_ids else 0.0  # (a deal's sides read in its phrase, g110f)
        # a side read with the act but not its counterpart (actor_roles.tsv "not-target") supports it as actor2 did
        dropped2 = not L.not_target_ids().isdisjoint(f.rule_ids) or CIVILIANS_SPARED_RULE in f.rule_ids
        # the one side a "sole-second" row moved to actor2 (the factions of a deal) counts once, as who acted did
        once = moved and not L.sole_second_ids().isdisjoint(f.rule_ids)
        c += 0.05 if (f.actor2 and not once) or spoke or VICTIMS_TOLD in f.rule_ids or dropped2 else 0.0
        if f.place is not None:
            c += 0.04 if "place-context" in f.rule_ids else 0.12
        c += 0.08 if f.date is not None else 0.0
        c += 0.08 if f.fatalities else 0.0
        c += 0.03 if f.claimed_by else 0.0
        c += 0.08 * f.credible  # an unattributed strike's site or hour supports it as a day or a place does
        return round(min(c, 1.0), 3)

    @staticmethod
    def _typed_by_borrowed_agent(f: Frame, et: str, st: str, a1: Any, country: str | None) -> tuple[str, str, Any]:
        """An agent taken from the document or a coder's default types the act as one read in the sentence does:
        a taking is the government's regaining when the agent is a state's forces ("السيطرة على البلدة" in a
        report of the army's advance), and the agent-retype rows of actor_roles.tsv hold ("الغارات" told again in
        a report of Israeli strikes on Syria)."""
        if f.tdef.sub_event_type == TERRITORY and st in TAKINGS:
            st = resolve_territory(TERRITORY, a1, country)
        et, st, a1, fired = retype_by_agent(et, st, a1, country)
        if not fired:  # a borrowed agent is the act's doer: an armed group's arrest is an abduction (doer-retype)
            et, st, fired = retype_by_doer(et, st, a1, country)
        f.rule_ids += fired
        return et, st, a1

    @staticmethod
    def _claimed_agent(f: Frame, rec: dict[str, Any], a2: Any) -> Any:
        """The group that claimed an agentless attack (g100z): named by a claim (claims.responsibility_claims) in the
        attack's sentence or in one of the next CLAIM_REACH sentences, which tell of it after the news («وأعلن
        تنظيم داعش مسؤوليته عن الهجوم»); not its target. The document's claims are found once, on the first
        agentless attack (a pass over its actor mentions); then a look-up per frame."""
        claimed = rec.get("claimed")
        if claimed is None:
            claimed = rec["claimed"] = _claims_by_unit(rec)
        for unit, actor, told in claimed:
            # a later sentence's claim must name a happening told («مسؤوليته عن الهجوم»), not others («عن اثنين منها»);
            # a claim of a new act («تبنى هجوما آخر») is not of its own sentence's attack either (review 3, item 2)
            if (unit == f.sentence and told != _CLAIM_NEW
                    or told == _CLAIM_TOLD and f.sentence < unit <= f.sentence + CLAIM_REACH) \
                    and (a2 is None or actor.id != a2.id):
                f.rule_ids.append(CLAIMED_HERE if unit == f.sentence else CLAIMED_AFTER)
                return actor
        return None

    def _event(self, doc: Document, f: Frame, rec: dict[str, Any], doc_actor: Any, doc_date: Any) -> Event | None:
        published: dt.date | None = rec["published"]
        d = f.date or doc_date
        ds: dt.date | None  # None: no day at all (no publication date)
        de: dt.date | None
        if f.date is None and published is not None and GOING_ON in f.rule_ids and "date-ongoing" in f.rule_ids \
                and PAST_PERFECT not in f.rule_ids and SPREAD_WEEK not in f.rule_ids and _context_day(doc_date, published):
            # "المعارك مستمرة في المدينة"، "تتواصل اشتباكات عنيفة" after a report of one recent day: the fighting goes
            # on at the report's time, the day the context tells (dev seed-raqqa, g111i), not the week before it
            ds, de, prec = doc_date.date_start, doc_date.date_end, doc_date.precision
            f.rule_ids.append(ONGOING_CONTEXT_DAY)
        elif f.date is None and published is not None and ("date-ongoing" in f.rule_ids or PAST_PERFECT in f.rule_ids):
            # an act told as going on, with no day of its own: the week up to publication
            ds, de, prec = published - dt.timedelta(days=LATEST_DAYS), published, 2
        elif d is not None and d.date_start is not None and not _stale_lead_handover(f, d, published):
            ds, de, prec = d.date_start, d.date_end, d.precision
        elif published is not None:
            ds, de, prec = published - dt.timedelta(days=1), published, 2
        else:
            ds = de = None
            prec = 3
        if DAY_BEFORE in f.rule_ids and prec == 1 and ds is not None and ds == de:
            ds = de = ds - dt.timedelta(days=1)  # the day before its clause's (_named_after_next_day)
        if DEAL_MADE_SIDE in f.rule_ids and published is not None \
                and (f.date is None or f.deal_day is None or f.date.tok_start != f.deal_day.tok_start):
            # a deal told made with no day of its own, after its made verb in its phrase («الاتفاق الذي وقعته الفصائل
            # مع روسيا»): the day of the sentence's other act, before or after it («...، خرج المسلحون يوم الخميس»), or
            # the report's is not its own; the week up to the report, as the dev gold dates a deal told only as recent
            # (g102c, g102n; FR-2219: [published-7, published])
            ds, de, prec = published - dt.timedelta(days=DEAL_WEEK), published, 2
            f.rule_ids.append(DEAL_MADE_WEEK)
        if DEAL_BETWEEN in f.rule_ids and de is not None:
            # a deal told under its cue with its sides named (g103g) has no day of its own: the day told is that of
            # what was done under it; the week up to that day, as the deal behind a transfer (_deal_behind)
            ds, prec = de - dt.timedelta(days=DEAL_WEEK), 2
        if published is not None and _retold(f.sub_event_type, f.rule_ids) \
                and TOLD_AGAIN not in f.rule_ids and TOLD_AGAIN_WEEK not in f.rule_ids \
                and (f.date is None or f.date.tok_start < f.trigger.start_tok
                     or REPORT_DAY in f.rule_ids or SAID_DAY in f.rule_ids):
            # a retold happening with no day of its own (g102l): the day told before it is the reaction's («شنت الدول
            # الثلاث فجر السبت ضربات ردا على هجوم ...»); the week up to the report, as the dev gold dates one
            ds, de, prec = published - dt.timedelta(days=RETOLD_WEEK), published, 2
            f.rule_ids.append(RETOLD_WEEK_RULE)  # the date's own reading is no longer what dates it
        if ds is not None and prec == 1 and _said_today(f, ds, de, published, rec["analysis"].tokens):
            ds, prec = ds - dt.timedelta(days=1), 2
            f.rule_ids.append(SAID_TODAY)
        if _past_report_end(ds, de, published):
            # "هذا الأسبوع"، "مطلع الشهر الجاري": a happening the news tells is over by the report; a night of
            # two days keeps its second (the page's day may be the evening before the local one)
            de = published
            f.rule_ids.append(UPTO_REPORT)
        et, st = f.event_type, f.sub_event_type
        disorder = L.event_types()[st][1]
        a1: L.Actor | None = f.actor1.value if f.actor1 else None
        a2: L.Actor | None = f.actor2.value if f.actor2 else None
        owner = self._read_owner(doc.text, f, et, st, rec) if a1 is not None else None
        owner_id = a1.id if owner is not None and a1 is not None else None  # (filtered from the lenders below)
        if owner is not None:
            # «حيث يتواجد حزب الله، كما استهدفت مواقع يعتقد أنها تابعة لحزب الله»: the side read before the strike
            # owns the positions it hit; the striker is left to the defaults below, as for a sentence with none
            # one target per statement: mypyc types a tuple of None and a Mention as the first item's
            f.actor2 = f.actor2 or f.actor1
            f.actor1 = None
            a2 = a2 or a1
            a1 = None
            f.rule_ids += owner
        if a1 is None and et in CLAIMABLE:
            # «هجوم انتحاري تبناه تنظيم داعش»، «وأعلن تنظيم داعش مسؤوليته عن الهجوم»: ACLED codes the claimant (g100z)
            a1 = self._claimed_agent(f, rec, a2)
        # «غارات روسية على ...» over a body that tells only «الغارات»: the title's agent before any default (g99r); the
        # act a reason clause answers is not the answerer's («إسرائيل تقصف ...» over «ردا على إطلاق قذيفة»)
        lent = rec.get("title_agents", {}).get(merge_family(st)) if a1 is None and self.fallback_actor \
            and ANSWERED_ACT not in f.rule_ids and title_agent_rule(st) else None
        if lent is not None and (a2 is None or a2.id != lent.id and not _foreign_striker_read(f, st, a2)):
            a1 = lent
            f.rule_ids += [TITLE_AGENT, title_agent_rule(st) or ""]
        # «واستهدف الهجوم سوقا»: a bare attack noun names no weapon, so a weapon's coder default is no reading of it (g99u)
        row = default_row(f.place.country if f.place else None, st) \
            if a1 is None and self.fallback_actor and trigger_kind(BARE_ATTACK).isdisjoint(f.rule_ids) else None
        defender = _defender(f)
        if row is not None and defender is not None and row.actor.id == defender.id:
            row = None  # "تعرض المطار لقصف صاروخي تصدت له الدفاعات الجوية": the defender is not the attacker (g100j)
            if DEFENDED not in f.rule_ids:  # cited once, only where it changed the reading (review 2, item 2)
                f.rule_ids.append(DEFENDED)
        # "الضربات على سوريا": a side named after "على/ضد" is what the act fell on, never the accused agent
        if row is not None and a2 is not None and STRUCK_NAMED not in f.rule_ids and row.actor.id == a2.id and (row.accused == "yes" or (
                row.accused == "stateless" and not any(a.kind in ("state", "international") and a.id != a2.id
                                                       for a in doc_actor))):
            # "الهجوم الكيميائي الذي تتهم الحكومة السورية بشنه", "الغارات الجوية لقوات النظام" in a report on the
            # rebels: the government read after the act is the accused agent, not its target
            a1, a2 = row.actor, None
            f.rule_ids += ["actor-default", row.id, "actor-accused"]
        if row is not None and a1 is None and a2 is not None and a2.id in row.borrow_from and STRUCK_NAMED not in f.rule_ids \
                and not _object_of_verb(f):
            # "ورد عليه التحالف بضربة جوية"، "الضربات التي شنتها بريطانيا بالتعاون مع الولايات المتحدة": a foreign
            # air force read as the only side of a strike in Syria struck; it is not the government's target (g55d)
            # ("استهدفت قوات تركية بقذائف": the object right after a strike verb was hit, and stays the target)
            a1, a2 = a2, None
            f.rule_ids += ["actor-default", row.id, FOREIGN_STRIKER]
        if et == NAMED_CRIMES and a2 is not None and a2.kind == "state" and f.actor2 is not None \
                and not _state_victims(rec["analysis"].tokens, f.trigger, f.actor2):
            # «اختطف التنظيم المئات في هجوم على قوات تدعمها الولايات المتحدة»، «أعدم أحد الرهائن ... بعد تعثر المفاوضات
            # مع النظام»: a state named in an attack on civilians is its target only as the members told as its
            # victims («9 رجال من الشرطة»); else the people it fell on are, civilians (ACLED; g106u)
            a2 = None
            f.actor2 = None
            f.rule_ids.append(STATE_NOT_VICTIM)
        if a2 is None and f.civilian_target and et in ("Explosions/Remote violence", "Violence against civilians"):
            a2 = actor_table()[CIVILIANS]  # victims named only as "مدنيين/أطفال"
        a1, a2, aside = set_aside(et, st, a1, a2, f.place.country if f.place else None)
        f.rule_ids += aside
        if a1 is None and GUNMEN in f.rule_ids and et == NAMED_CRIMES:  # (refined to excessive force: the protesters')
            a1 = actor_table()[UNIDENTIFIED]  # not the document's main actor: the report did not say whose gunfire
        elif a1 is None and f.tdef.id in trigger_kind(LONE_ATTACK):
            # «طعن رجل ثلاثة أشخاص بسكين»: a knife or vehicle attacker no group is named for is an unidentified
            # armed group (ACLED), not the country's army by the coder's default (g103i)
            a1 = actor_table()[UNIDENTIFIED]
            f.rule_ids.append(LONE_ATTACKER)
        if a1 is None and self.fallback_actor:
            default = row.actor if row else None
            # «سقوط قذائف على العاصمة دمشق»: shells that fell on a town the default's side held came from the other
            # side (held_places.tsv), also when the holder was read as the target («العاصمة السورية»)
            held = _fell_on_held(f, st, default) if row else None
            if row and held is not None and (a2 is None or a2.id != held.fired_by.id):
                a1 = held.fired_by
                f.rule_ids += ["actor-default", row.id, held.id]
            elif row and default is not None and (a2 is None or default.id != a2.id):  # (row: default is its)
                # "التصدي للهجوم التركي ... تترافق مع قصف جوي": the state whose campaign the sentence names flew the
                # strike, before the country's default (g78a)
                waged = self._campaign_state(doc.text, f, rec["adjectives"], a2) if st == AIR_SUB else None
                # Afrin in Jan-Mar 2018, the IS pocket east of the Euphrates: the force known to strike there (g86g)
                side = self.geocoder.side_of(f.place) if f.place is not None and f.place.rule_id == SIDE_TOWN_RULE \
                    else None
                area = _area_striker(f, st, ds, a2, side) if waged is None else None
                a1 = waged or (area.actor if area is not None else default)
                if waged is not None:
                    f.rule_ids.append(STATE_CAMPAIGN)
                else:
                    f.rule_ids += ["actor-default", row.id] if area is None else ["actor-default", row.id, area.id]
            elif a2 is not None and _state_regainer(f, a2, rec["analysis"].tokens):
                # "ويأتي الإعلان عن استعادة السيطرة على القلمون الشرقي، في وقت تشن قوات النظام": the state force
                # named with an agentless regaining is the regainer, not the side that lost (g91a)
                a1 = a2
                a2 = None
                f.rule_ids.append(STATE_REGAINER)
            elif et not in ("Protests", "Riots"):  # a protest is not the document's main actor's
                # (the report's main armed group has no aircraft: it is not the unnamed hand of an air strike, g77b)
                country = f.place.country if f.place else None
                a1 = _fallback_agent(doc_actor, a2, et, st, country)
                if a1 is not None and defender is not None and a1.id == defender.id:
                    a1 = None  # (nor is the document's main actor when it is the defender)
                if a1 is not None:
                    f.rule_ids.append("actor-fallback")
                    # (the most named actor only decides the citation: looked up once an agent is found)
                    if a1 is not _fallback_agent(rec["named_most"], a2, et, st, country):
                        f.rule_ids.append(FALLBACK_ASIDE)
                    a1, fired = unborrowed(et, st, a1, f.place.country if f.place else None)
                    f.rule_ids += fired
                    beyond = None if fired or a1 is None else _beyond_reach(
                        a1.id, st, country, (f.place.admin1 if f.place else None, ds))
                    if beyond is not None:
                        # "أعلنت السلطات حظر التجول في البصرة" in a report on Iran: the report's main actor, a force
                        # confined to other provinces, did not act here; the next named is no better a guess
                        a1 = None
                        f.rule_ids[f.rule_ids.index("actor-fallback")] = beyond
        if a1 is not None and (f.actor1 is None or ACTOR_DOCUMENT in f.rule_ids):
            owned = self._owns_positions_hit(doc.text, f, rec["adjectives"], a1)
            if owned is None and et in _STRIKE_TYPES:
                owned = self._owns_by_name(doc.text, f, rec["actors"], a1, rec["triggers"])
            if owned is not None:
                # "ضربة استهدفت قواعد إيرانية": a borrowed attacker is never the owner of the positions hit
                a2 = a1 if a2 is None else a2
                a1 = None
                f.rule_ids += [OWNER_NOT_AGENT, owned]
        if a1 is not None and f.place is not None:
            # a borrowed generic force ("Police Forces of {country}") is the country's own, as the read one was made
            # (actor_by_country.tsv); then it is not its own counterpart
            a1, rid = recast_actor(a1, f.place.country, f.place.admin1)
            f.rule_ids += [rid] if rid else []
            if a2 is not None and a2.id == a1.id:
                a2 = None
        place = f.place
        country = place.country if place else None
        a1, a2, fired = broker_side(st, a1, a2, country, rec["groups"])
        if fired and a2 is not None:
            a2, rid = recast_actor(a2, country, place.admin1)  # "الجيش الحر" in Dar'a: the factions
            fired += [rid] if rid else []
        f.rule_ids += fired
        if st == AGREEMENT_SUB and (a1 is None or a2 is None or "unidentified" in (a1.kind, a2.kind)) \
                and not (f.rule_ids and f.rule_ids[0] in ONE_SIDED_TRUCE):
            a1, a2, fired = lone_deal_side(st, a1, a2, country, rec["groups"], L.default_actor(country, st))
            if fired and a2 is not None and place is not None:
                a2, rid = recast_actor(a2, country, place.admin1)  # "الجيش الحر" in Dar'a: the factions
                fired += [rid] if rid else []
            f.rule_ids += fired
        # the ally-struck row is cited only where it acted, with no military site told (that case is own-site's)
        ally_hit = _ally_struck(st, a1, a2, country) if SITE_TOLD not in f.rule_ids else None
        lent_ally = _lent_ally(f, st, a1, a2, country, rec) if f.actor1 is None or ACTOR_DOCUMENT in f.rule_ids else None
        home = default_row(country, st) if lent_ally is not None else None
        if home is not None:
            # «صواريخ سقطت على مواقع لقوات النظام» after a lead on Iranian militias hit: the borrowed ally of the
            # target stands where the home state's default would, and the strike is one on the home side's own site
            a1, ally_hit = home.actor, lent_ally
        # an answered act's attacker is never guessed from the forces the report names most: that is the answerer
        # ("قصفت إسرائيل عشرات الأهداف ... ردا على هجوم صاروخي قالت إنه إيراني")
        if (SITE_TOLD in f.rule_ids or ally_hit is not None) and "actor-accused" not in f.rule_ids and (
                f.actor1 is None or ACTOR_DOCUMENT in f.rule_ids) and ANSWERED_ACT not in f.rule_ids:
            # "استهدفت صواريخ مطار التيفور العسكري": the government default does not strike its own bases
            lenders = _lenders_named(rec, default_row(country, st))
            if owner_id is not None:  # the owner of the positions hit is no lender of the strike, whoever the target
                lenders = [a for a in lenders if a.id != owner_id]
            a1, a2, fired = struck_own_site(st, a1, a2, country, lenders)
            f.rule_ids += fired + ([ally_hit] if fired and ally_hit is not None else [])
        if a1 is not None and (f.actor1 is None or ACTOR_DOCUMENT in f.rule_ids):
            et, st, a1 = self._typed_by_borrowed_agent(f, et, st, a1, country)
            disorder = L.event_types()[st][1]
        if st == EXCESSIVE_FORCE and a2 is not None and self._inter(a2, country) in ARMED_INTERS:
            # «سارعت إيران، عبر ميليشيات عصائب أهل الحق، إلى إطلاق النار على المتظاهرين»، «لقي متظاهر مصرعه خلال
            # مظاهرة أمام مقر لمنظمة بدر»: excessive force is a state's; a militia's or rebels' fire on the crowd is
            # their attack on it (ACLED: violence against civilians, the protesters its victims), as rf-prox-2's
            # militia cue and the nonstate refiner test say for the other shapes (g108n)
            et, st = NAMED_CRIMES, VAC_ATTACK
            disorder = L.event_types()[st][1]
            a1, a2 = a2, a1
            if "actor-default" in f.rule_ids:  # the default was the crowd's, now the victims: the agent was read
                f.rule_ids.remove("actor-default")
            f.rule_ids.append(MILITIA_FORCE)
        if st == AGREEMENT_SUB and a1 is not None and a2 is not None and a1.id != a2.id and _announced_with(
                rec["analysis"].tokens, f.trigger, rec["units"][f.sentence][0], rec["buckets"]["actors"][f.sentence],
                rec["buckets"]["affiliations"][f.sentence], a1):
            # «أعلن جيش الإسلام أنه توصل إلى اتفاق مع روسيا»: the side that announced the deal is named first, the side
            # it was made «مع» second, whichever the role rows put first (g111h)
            a1, a2 = a2, a1
            f.rule_ids.append(DEAL_ANNOUNCER)
        if f.holder_target and a2 is not None and (self._victims_by_default(st, country, a1) or (
                f.civilian_target and et in ("Explosions/Remote violence", "Violence against civilians"))):
            # "هجوم كيميائي على دوما الخاضعة لسيطرة المعارضة", "هجوم على مخيم للنازحين تسيطر عليه قسد": who holds the
            # place is not whom the attack fell on
            a2 = actor_table()[CIVILIANS] if f.civilian_target else None
            f.rule_ids.append("target-holder")
        ev = Event(event_type=et, sub_event_type=st, disorder_type=disorder)
        ev.date_start = ds.isoformat() if ds else None
        ev.date_end = de.isoformat() if de else None
        ev.event_date = ev.date_start
        ev.year = ds.year if ds else None
        ev.time_precision = prec
        if a1 is not None:
            ev.actor1 = a1.display(country)
            ev.inter1 = self._inter(a1, country)
            ev.assoc_actor_1 = _associates(f, a1, a2, country)
        if a2 is not None:
            ev.actor2 = a2.display(country)
            ev.inter2 = self._inter(a2, country)
        if ev.inter1:
            lo, hi = sorted(x for x in (ev.inter1, ev.inter2 or 0) if x is not None)
            ev.interaction = int(f"{lo}{hi}") if lo else ev.inter1 * 10
        if place is not None:
            _set_place(ev, place, place.note, place.name)
        else:
            ev.geo_note = "no place found in the sentence or the document"
        if f.civilian_target and et in ("Violence against civilians", "Explosions/Remote violence"):
            ev.civilian_targeting = "Civilian targeting"
        if f.fatalities is not None:
            if isinstance(f.fatalities, int):
                ev.fatalities = ev.fatalities_low = ev.fatalities_high = f.fatalities
            elif isinstance(f.fatalities, OneDead):
                ev.fatalities = 1  # no low or high: a counted report merged with it gives the figure
            else:
                ev.fatalities = f.fatalities.value
                ev.fatalities_low = f.fatalities.low if f.fatalities.low is not None else f.fatalities.value
                ev.fatalities_high = f.fatalities.high if f.fatalities.high is not None else f.fatalities.value
        ev.source = doc.source or doc.site
        ev.claimed_by = list(f.claimed_by)
        ev.rule_ids = list(f.rule_ids)
        if place is not None and place.rule_id == SIDE_TOWN_RULE:
            ev.rule_ids.append(SIDE_TOWN)
        if isinstance(f.fatalities, NumberMention) and f.fatalities.hedge == "vague":
            ev.rule_ids.append(VAGUE_TOLL)  # "مقتل العشرات": a stand-in figure, which a told count of the happening beats
        ev.confidence = f.confidence
        ev.doc_ids = [doc.doc_id]
        ev.lang = doc.lang
        ev.timestamp = None
        s0, s1 = f.sent_span
        if s1 - s0 > _MAX_SENT_CHARS:
            s0 = max(s0, f.trigger.start - _MAX_SENT_CHARS // 2)
            s1 = min(s1, f.trigger.end + _MAX_SENT_CHARS // 2)
        ev.evidence = [Evidence(doc.doc_id, s0, s1, doc.text[s0:s1])]
        ev.notes = self._notes(doc, f)
        return ev

    @staticmethod
    def _campaign_state(text: str, f: Frame, adjectives: Sequence[Any], a2: L.Actor | None) -> L.Actor | None:
        """The state a nisba adjective of the frame's sentence names right after a campaign noun (function_words
        state_campaign: «الهجوم التركي»، «العملية العسكرية التركية»، «للعدوان الإسرائيلي»), one qualifier between at
        most; not the target read, not a campaign told as what the act answers («ردا على الهجوم»). Looks only at
        the sentence's adjective mentions and the two words before each."""
        heads, quals = words("state_campaign"), words("campaign_qualifier")
        s0, s1 = f.sent_span
        for m in adjectives:
            if not s0 <= m.start < s1 or m.value.kind != "state" or (a2 is not None and m.value.id == a2.id):
                continue
            before = [norm_key(w.strip("«»\"(،,")) for w in text[s0:m.start].split()[-3:]]
            if before and before[-1] in quals:
                before.pop()
            if before and not heads.isdisjoint(proclitic_stems(before[-1])) and not (
                    len(before) > 1 and before[-2] in words("answer_before")):
                return m.value
        return None

    @staticmethod
    def _owns_positions_hit(text: str, f: Frame, adjectives: Sequence[Any], a1: L.Actor) -> str | None:
        """The owned_positions.tsv row id when the frame's sentence names ``a1`` by a nisba adjective right after a
        position noun, or one word after it («قواعد إيرانية», «مواقع عسكرية إسرائيلية»): those positions are the
        target's, not the attacker's. None otherwise."""
        nouns = owned_position_nouns()
        s0, s1 = f.sent_span
        for m in adjectives:
            # the positions the act hit are told after its trigger («ضربت ... أهداف سورية ردا على هجوم كيميائي» is
            # no owner for the chemical attack)
            if m.value.id != a1.id or not max(s0, f.trigger.end) <= m.start < s1:
                continue
            before = [norm_key(w.strip("«»\"(،,")) for w in text[s0:m.start].split()[-2:]]
            if before and before[-1] in nouns:
                return nouns[before[-1]]
            # one qualifying word between («مواقع عسكرية إسرائيلية»), never a preposition («أهداف في سوريا»)
            if len(before) == 2 and before[0] in nouns and before[1] not in words("not_qualifier"):
                return nouns[before[0]]
        return None

    def _read_owner(self, text: str, f: Frame, et: str, st: str, rec: Mapping[str, Any]) -> list[str] | None:
        """The actor_roles.tsv "owner-target" row and owned_positions.tsv row ids when the agent read for a strike stands
        before its trigger (another clause's subject or a place's holder) and the sentence names that side by name after
        the trigger as the owner of the positions hit (g100aa); else None. Reached for read agents only; the owner look-ups
        scan the sentence's actor mentions and triggers (its buckets), and only where a row holds."""
        m = f.actor1
        if m is None or ACTOR_DOCUMENT in f.rule_ids or m.end > f.trigger.start:
            return None
        row = next((r.id for r in L.role_rules(et, st) if r.rule == "owner-target" and r.kind == m.value.kind), None)
        if row is None:
            return None
        # by name only («لـ X», «تابعة لـ X», «مقرات X»): a nisba after the positions («مواقع إسرائيلية») is often the
        # target of another act of the sentence whose agent was misread, and a default is no better there
        # the sentence's own mentions (review 3, item 9: not the document's, per strike frame)
        actors, triggers = rec["buckets"]["actors"][f.sentence], rec["buckets"]["triggers"][f.sentence]
        owned = self._owns_by_name(text, f, actors, m.value, triggers)
        if owned is None or _launched_from_owned(text, f, actors, m.value):
            return None
        return [row, owned]

    @staticmethod
    def _owns_by_name(text: str, f: Frame, actors: Sequence[Any], a1: L.Actor, triggers: Sequence[Any]) -> str | None:
        """The owned_positions.tsv row id when the frame's sentence names ``a1`` by name as the owner of a position
        noun after the trigger (g53c): in construct («مقرات قوات النظام»), with «لـ» («مواقع عسكرية للنظام السوري»,
        one qualifying word allowed) or after «تابعة لـ» («غرفة عمليات تابعة لتنظيم داعش»). None otherwise, and None
        when the owner stands more than _OBJECT_WORDS words after the trigger or another trigger stands between:
        «الغارات ... إثر إطلاق صواريخ باتجاه المواقع التابعة لـ X» names the target of the other act, not of this one."""
        nouns = owned_position_nouns()
        s0, s1 = f.sent_span
        lo = max(s0, f.trigger.end)
        # a trigger standing as the strike verb's subject («استهدفت غارات مواقع») tells this act, not another (review 3)
        subj = f.trigger.end_tok + SUBJECT_GAP if f.trigger.payload.pos == "verb" else -1
        for m in actors:
            if m.value.id != a1.id or not lo <= m.start < s1 \
                    or any(lo <= t.start < m.start and t.start_tok > subj for t in triggers):
                continue
            raw = text[lo:m.start].split()
            if not raw or len(raw) > _OBJECT_WORDS:  # far from the trigger: another clause's object
                continue
            before = [norm_key(w.strip("«»\"(،,")) for w in raw[-3:]]
            if before[-1] in words("affiliated"):  # «تابعة لـ X»: the noun it qualifies may stand two words back
                if text[m.start] == "ل" and any(w in nouns for w in before[:-1]):
                    return nouns[next(w for w in before[:-1] if w in nouns)]
                # or before a hedge («مواقع يعتقد أنها تابعة لـ X»: function_words hedge; g100aa)
                back = [norm_key(w.strip("«»\"(،,")) for w in raw[-4:-1]]
                if text[m.start] == "ل" and len(back) == 3 and back[0] in nouns \
                        and f"{back[1]} {back[2]}" in words("hedge"):
                    return nouns[back[0]]
                continue
            if before[-1] in nouns:  # «مقرات النظام», «مواقع للنظام»
                return nouns[before[-1]]
            # one qualifying word between, and then only with «لـ» («مواقع عسكرية للنظام»; «مواقع في سوريا» is no owner)
            if text[m.start] == "ل" and len(before) >= 2 and before[-2] in nouns and before[-1] not in words("not_qualifier"):
                return nouns[before[-2]]
        return None

    @staticmethod
    def _relocated(ev: Event, place: Any) -> Event:
        """A copy of ``ev`` at another listed place (same evidence and arguments)."""
        e = ev.copy()  # as Event.from_dict(ev.to_dict()), without asdict's walk
        _set_place(e, place, place.note, place.name)
        e.rule_ids = e.rule_ids + [PLACE_LIST]
        if STOP_MEMBER in getattr(place, "modifiers", ()):  # a common word read as a town by its place in the list
            e.rule_ids.append(LIST_STOP_MEMBER)
        if STOP_AFTER_PLURAL in getattr(place, "modifiers", ()):
            e.rule_ids.append(PLURAL_STOP_TOWN)
        if _SECOND_OBJECT in getattr(place, "modifiers", ()):  # "موقعا في X، فضلا عن موقعين قرب Y" (g102e)
            e.rule_ids.append(_SECOND_OBJECT_RULE)
        if OWN_COUNTRYSIDE in getattr(place, "modifiers", ()):  # "مدينة درعا وريفيها الشرقي والغربي" (g109m)
            e.rule_ids.append(OWN_COUNTRYSIDE_RULE)
        if PROVINCE_MEMBER in getattr(place, "modifiers", ()):  # "في العاصمة دمشق، ومحافظات ريف دمشق ..." (g110g)
            e.rule_ids.append(PROVINCE_LIST)
        return e

    def _deal_behind(self, f: Frame, ev: Event, rec: dict[str, Any]) -> Event | None:
        """The Agreement behind the transfer ``ev`` read from ``f`` when its sentence tells it under a deal a coder
        codes (deals.deal_phrase): at the transfer's place, its sides from the phrase or the transfer's, dated by the
        deal's own day when told, else by the week up to the transfer's day. Added after the merge, never merged: dropped
        when the document keeps an Agreement of that province and time (_deal_known), one per province
        (_one_deal_a_place) (review s32, item 5)."""
        if ev.date_end is None:
            return None
        # the sentence's own mentions from the buckets, not a filter of the document's (review s32, item 9)
        si, cue_s, by = f.sentence, rec["cue_buckets"], rec["buckets"]
        cues = cue_s.get(DEAL_UNDER, _EMPTY)[si]
        if not cues:
            return None
        made = cue_s.get(DEAL_MADE, _EMPTY)[si]
        named = [*by["actors"][si], *by["adjectives"][si], *by["affiliations"][si]]
        until = dt.date.fromisoformat(ev.date_end)
        # the phrase is read up to its sentence's end (review s32, item 7)
        deal = deal_phrase(rec["analysis"].tokens, f.trigger, cues, named, by["dates"][si], made, until,
                           rec["units"][si][1])
        sides = deal_sides(deal.parties, ev.country) if deal is not None else None
        if deal is None or sides is None:
            return None
        a1, a2, brokered = sides
        out = ev.copy()
        out.sub_event_type = AGREEMENT_SUB
        out.disorder_type = L.event_types()[AGREEMENT_SUB][1]
        out.rule_ids = [DEAL_BEHIND] + [r for r in ev.rule_ids if r in DEAL_CARRIED]
        if a1 is not None:
            out.actor1, out.inter1 = a1.display(ev.country), self._inter(a1, ev.country)
        if a2 is not None and a2 is not a1:
            out.actor2, out.inter2 = a2.display(ev.country), self._inter(a2, ev.country)
        if out.actor2 == out.actor1:
            out.actor2, out.inter2 = None, None
        if out.actor2 is None and out.inter1 != REBEL_INTER:
            # "بموجب اتفاق مع روسيا" of fighters named nowhere: the fighters leaving are the country's rebels, as
            # the transfer's own side defaults to them later (_default_target)
            out.actor2, out.inter2 = generic_rebels(ev.country), REBEL_INTER
        if brokered:
            out.rule_ids.append(DEAL_BROKER)
        set_interaction(out)
        if deal.day is not None:
            start, end, out.time_precision = deal.day.date_start, deal.day.date_end, deal.day.precision
            out.rule_ids.append(DEAL_DAY)
        else:
            start, end, out.time_precision = until - dt.timedelta(days=DEAL_WEEK), until, 2
        out.date_start, out.date_end = start.isoformat(), end.isoformat()
        out.event_date, out.year = out.date_start, start.year
        out.fatalities, out.fatalities_low, out.fatalities_high = 0, None, None
        out.civilian_targeting = None
        out.claimed_by = []
        out.notes = f"deal behind the transfer: {ev.notes}"
        return out

    @staticmethod
    def _riot_met(f: Frame, t: Match, sides: Sequence[Mention], country: str | None) -> None:
        """«هاجم متظاهرون مقر منظمة بدر ... ما أدى إلى صدام بينهم وبين القوات الأمنية»: a riot's other side is the force
        that met the crowd, the state's own forces named after its trigger, not the owner of what it stormed or burned
        (read as the storming's target); with no such force named, the owner is dropped later with the rest
        (filters.without_owners_of_riots, g111q)."""
        if f.actor2 is None or f.actor2.value.kind == "state" and state_inter(f.actor2.value, country) == 1:
            return
        met = next((m for m in sides if m.tok_start >= t.end_tok and m is not f.actor2 and m.value.kind == "state"
                    and state_inter(m.value, country) == 1), None)
        if met is not None:
            f.actor2 = met
            f.rule_ids.append(RIOT_NO_OWNER)

    @staticmethod
    def _inter(a: L.Actor, country: str | None) -> int:
        return state_inter(a, country)  # merge's rule, one copy (review s32, item 13)

    @staticmethod
    def _notes(doc: Document, f: Frame) -> str:
        t = f.trigger
        return f"trigger «{doc.text[t.start:t.end]}» ({f.tdef.id})"

    def _drop(self, doc: Document, f: Frame, reason: str) -> None:
        s0, s1 = f.sent_span
        doc.dropped.append({"start": f.trigger.start, "end": f.trigger.end,
                            "text": doc.text[f.trigger.start:f.trigger.end], "reason": reason, "rule_id": f.tdef.id,
                            "sentence": [s0, s1]})

    def __call__(self, doc: Document) -> Document:
        self.extract(doc)
        return doc

    def extract(self, doc: Document) -> dict[str, Any]:
        """Fill ``doc`` (spans, events, dropped, totals) and return the recognition record
        (``marsad analyze`` shows its analysis without reading the text twice)."""
        rec = self.recognize(doc)
        frames = self.frames(doc, rec)
        # an evacuation told at an area stands at each town a next sentence lists as left (g112o)
        _towns_left(frames, rec["buckets"]["places"], rec["cue_buckets"].get(TOWNS_LEFT_CUE, {}), rec["analysis"].tokens, km)
        published: dt.date | None = rec["published"]
        # document-level fallbacks: the lead sentence's date, the most named armed actor
        _drop_borrowed_days(frames, lambda d: self._recent_day(d, published))
        doc_date = self._lead_date(rec, _recalled_days(frames))
        generic = L.force_generic_rows()
        counts = Counter(generic.get(m.rule_id, m.value.id) for m in rec["actors"]
                         if m.value.kind in ("state", "nonstate"))
        table = actor_table()
        # the agent a sentence with none borrows: the most named, the dead, reactors and owners of positions aside
        doc_actor = [table[k] for k, _ in _side_counts(rec["actors"], rec["analysis"].tokens).most_common(2)]
        rec["named_most"] = [table[k] for k, _ in counts.most_common(2)]  # (to cite FALLBACK_ASIDE where it differs)
        rec["groups"] = [table[k] for k, _ in counts.most_common() if table[k].kind == "nonstate"]
        events: list[Event] = []
        deals: list[Event] = []  # the deals behind transfers told under one (_deal_behind), after the merge
        referred: set[int] = set()  # ids of events read only as the object of a reaction, with no day of their own
        named: set[int] = set()  # ids of events read only as a definite noun, no day of their own (_named_only)
        toks = rec["analysis"].tokens
        fighters = rec["cues"].get(NEEDS_FIGHTERS) or ()
        _finder_not_killer(frames)
        _campaign_day_tolls(frames, rec, published)
        for f in frames:
            if LAUNCH_DAY in f.rule_ids and (f.actor1 is None or f.actor2 is None):
                # a launch told with no side it met («أطلقت السلطات، الاثنين، عملية عسكرية في ديالى»): no fight told
                # (g38m, g108e's doubtful Iraqi operations); only one with both sides named is that day's clash
                f.rule_ids.remove(LAUNCH_DAY)
            f.confidence = self._confidence(f)
            if f.actor1 is None and _place_left(f, toks, fighters):
                # a candidate at the floor, not above, and kept among the weak events (below): a departure read
                # this way never outranks a better-read one in the merge (its place or counterpart)
                f.rule_ids.append(PLACE_LEFT)
                f.confidence = max(f.confidence, self.candidate_floor)
        self._document_agents(frames, toks, rec["units"], self.candidate_floor)
        # g99r: only documents with an agentless mention of a title_agent sub-type read their title (a few in ten),
        # and only when an event first asks for the title's agent (_event; g103a)
        rec["title_agents"] = _TitleRead(self, doc, _agents_told(frames)) if doc.title and any(
            f.actor1 is None and not f.modality and title_agent_rule(f.sub_event_type) for f in frames) else {}
        _accident_told(frames)
        run = _HistoryRun(rec["buckets"]["dates"], toks)
        tallied = _arrest_tally_sentences(frames)
        carried = _carried_days(frames, doc_date, published)
        # said_lead: the sentence of the lead's act that took the statement's day, whose mentions keep it
        said_span, said_lead = _lead_said_span(doc_date, frames, toks, rec["reporting"])
        near_days = _near_days(frames, published) if said_span is not None else {}
        # the event types told in the sentence of a lead's span up to now: a later act of one of them tells that
        # happening again over the span (_span_not_day); built only when the lead's day is such a span
        running = _running_lead(doc_date)  # once per document (review 3, item 10)
        span_types = _span_sentence_types(doc_date, frames) if running else frozenset()
        candidates: dict[str, set[int]] = {}  # sub-event type -> sentences of the candidates so far (_told_on)
        # mentions let through by _told_on: only a coarse twin's town, after the merge; the drop reason of each
        # frame let through, logged when it lends nothing
        told_on: list[tuple[Event, Frame, str]] = []
        unlent: dict[int, str] = {}
        for f in frames:
            if f.modality:
                run.dropped(f, f.modality == ("background", "bare-year"))
                if f.modality[0] in RETELLING_MODALITIES and _told_on(f, candidates):
                    unlent[id(f)] = f"modality:{f.modality[0]}"  # its own drop, if it lends nothing
                else:
                    self._drop(doc, f, f"modality:{f.modality[0]}")
                    continue
            if (f.total or f.sentence in tallied and f.tdef.sub_event_type == ARRESTS) and (
                    f.event_type != "Strategic developments" or f.sub_event_type == ARRESTS):
                # "اعتقل التنظيم 53 شخصا خلال نفس الفترة": arrests counted over a span are a report's tally, no
                # one day's arrest (other strategic acts keep theirs: a span of a campaign may end in a taking)
                self._drop(doc, f, "reported total")
                continue
            d = f.date
            if d is not None and d.relation == "future":
                self._drop(doc, f, "modality:future date")
                continue
            if (d is not None and published is not None and d.date_end is not None
                    and (published - d.date_end).days > self.background_days):
                run.dropped(f, True)
                self._drop(doc, f, "background (older than a month before publication)")
                continue
            if d is None and run.goes_on(f):
                # "وفي 2014 سيطر التنظيم على المدينة. وأعدم عشرات من سكانها": a sentence with no time of its own
                # right after one whose happenings were all history goes on with that history
                self._drop(doc, f, "background (history told on)")
                continue
            if d is None and DAY_OF_PLACE_TOLD in f.rule_ids:
                # «في أبريل 2017، وقع هجوم على خان شيخون. ... تقصف البلدة»: no day of its own, at a town told on an
                # old day: that old happening told on (g109h)
                self._drop(doc, f, "background (its town told on an old day)")
                continue
            if run.named_again(f):
                self._drop(doc, f, "background (an old happening named again)")
                continue
            if NO_DESTINATION in f.rule_ids:
                # dropped here, before the merge: folded into a mention that names where the force went
                # ("ونشرت تركيا الجنود في مدينة منبج"), its mark would drop that event too; and before run.kept and
                # the candidates: a sending dropped is no news of its sentence (review 2, item 3)
                self._drop(doc, f, "a force sent, told with no place it went to")
                continue
            if id(f) not in unlent:  # a retelling let through by _told_on stays dropped for the history run
                run.kept(f)
            if d is not None and published is not None and d.date_start is not None and d.date_start > published:
                self._drop(doc, f, "modality:future date")
                continue
            if d is not None and d.date_start is not None and (d.date_end - d.date_start).days > self.max_span_days:
                self._drop(doc, f, "general statement (date span longer than a month)")
                continue
            span = L.day_span(f.sub_event_type)
            if span is not None and d is not None and d.date_start is not None and (d.date_end - d.date_start).days > span:
                if not _kept_as_ago(f, d) and not _kept_by_month(f, d, published, rec["analysis"].tokens):
                    self._drop(doc, f, "told by its week or month only, not by its day")
                    continue
            if f.confidence + _gate_lift(f.rule_ids) < self.candidate_floor and not _reach_told(f, rec["analysis"].tokens) \
                    and not _told_on(f, candidates):
                self._drop(doc, f, f"low confidence {f.confidence}")
                continue
            if NEXT_TOLD_PLACE in f.rule_ids:
                unlent.setdefault(id(f), f"low confidence {f.confidence}")
            else:
                candidates.setdefault(f.sub_event_type, set()).add(f.sentence)
            # "وتشن القوات هجوما على ريف درعا خلال الأيام الخمسة الماضية. ... وسيطرت على قرية جدل": how long the
            # campaign has run is not the day of an act told apart from it; that act is the report's (g100w). A carried
            # day wins over it, and a statement's day may still stand in (cited below only when neither did: review 3)
            span_out = running and id(f) not in carried and _span_not_day(doc_date, f, span_types)
            default = None if span_out else doc_date
            if said_span is not None and f.date is None and id(f) not in carried \
                    and "date-ongoing" not in f.rule_ids and PAST_PERFECT not in f.rule_ids \
                    and GOING_ON not in f.rule_ids \
                    and (said_lead is None or f.sent_span[0] > said_lead[0] and not _names_back(f)) \
                    and not _stale_lead_handover(f, said_span, published):  # _event would not use it: no citation
                default = said_span
                f.rule_ids.append(LEAD_SAID if said_lead is None else LEAD_SAID_LATER)
                near = near_days.get(id(f))
                if near is not None and near.date_start is not None and said_span.date_start is not None \
                        and said_span.date_end is not None \
                        and said_span.date_start <= near.date_start <= said_span.date_end:
                    default = near
                    f.rule_ids.append(SAID_NEAR_DAY)
            if span_out and default is None:
                f.rule_ids.append(LEAD_SPAN_OUT)
            ev = self._event(doc, f, rec, doc_actor, carried.get(id(f), default))
            if ev is not None and NEXT_TOLD_PLACE in f.rule_ids:
                # kept out of the merge: it may only lend its town to its twin, never its sides, day or toll
                if not f.extra_places:
                    told_on.append((ev, f, unlent[id(f)]))
                else:  # a list of towns: which one the act was at is not told
                    self._drop(doc, f, unlent[id(f)])
            elif ev is not None:
                copies = [ev] + [self._relocated(ev, p) for p in f.extra_places]
                if SPREAD_ONSET in f.rule_ids and rec["published"] is not None:
                    for e in copies[1:]:  # the towns the wave reached: not on the onset's day (g105d)
                        _spread_week(e, rec["published"])
                elif SPREAD_FORCE_TOWNS in f.rule_ids and rec["published"] is not None:
                    for e in copies:  # each town the wave spread to, the first too: not the onset's day (g106v)
                        _spread_week(e, rec["published"])
                if STOP_AFTER_PLURAL in getattr(f.place, "modifiers", ()):  # "بلدات الحارة ...": the first is the event's
                    ev.rule_ids.append(PLURAL_STOP_TOWN)
                if len(copies) > 1:
                    # one toll told over the towns of a list is no town's own: none carries it (not split either)
                    for e in copies:
                        e.fatalities, e.fatalities_low, e.fatalities_high = 0, None, None
                events += copies
                if ev.sub_event_type == NVT_SUB and rec["cues"].get(DEAL_UNDER) \
                        and ANAPHORIC_MENTION.isdisjoint(ev.rule_ids):
                    # "بدأ المسلحون الانسحاب بموجب اتفاق مع الحكومة": the deal behind it, at its first place, when
                    # the sentence names that place (g101f); weighed after the document's own mentions (below)
                    deal = self._deal_behind(f, ev, rec)
                    if deal is not None:
                        deals.append(deal)
                if f.referred and _no_day_told(f):
                    referred.update(id(e) for e in copies)
                elif self._named_only(f) or _pluperfect_recall(f):
                    named.update(id(e) for e in copies)
        if named:
            lead = max(rec["analysis"].sentences[0][1] if rec["analysis"].sentences else 0, LEAD_CHARS)
            lead_types = self._lead_types(frames, rec, lead)
            # the report's news is something else (a reaction, an inquiry, a deal): what it only names is known
            referred |= {id(e) for e in events if id(e) in named and e.event_type not in lead_types
                         and all(s.start >= lead for s in e.evidence)}
        if len(events) > MAX_EVENTS:  # not an article: keep merging linear-bounded, say what was cut
            doc.dropped.append({"start": 0, "end": 0, "text": "", "rule_id": "limit",
                                "reason": f"{len(events) - MAX_EVENTS} candidate events beyond {MAX_EVENTS} per document"})
            events = events[:MAX_EVENTS]
        own: dict[int, tuple[bool, bool]] = {}
        told: set[int] = set()
        doc_an = rec["analysis"]  # the evidence sentences are cut from its tokens, not tokenized again (g111m)
        merged = merge_within(events, own, referred, told, doc_an.norm.orig, doc_an.tokens)
        for d in _one_deal_a_place(deals):  # last: a deal the document's own mentions keep is not added (below)
            # a deal carrying its transfer's place from another sentence has no place of its own (review s32, item 6)
            own[id(d)] = (DEAL_DAY in d.rule_ids, "place-context" not in d.rule_ids)
            told.add(id(d))
            merged.append(d)
        own.update((id(ev), (False, True)) for ev, _f, _r in told_on)  # _told_on: no day, a place of its own sentence
        lead_end = rec["analysis"].sentences[0][1] if rec["analysis"].sentences else 0
        # once per document: default_targets.tsv when
        civilians_told = _reports_civilians(rec["cues"], rec["analysis"].tokens, rec["reporting"])
        home = _document_place(rec["places"])
        # read when an event is first kept: most documents keep none
        pub_year = rec["published"].year if rec["published"] is not None else None
        genre = cache(lambda: commentary_cue(doc.title, doc.text,
                                             any(d.start < lead_end and d.precision == 1 for d in rec["dates"]),
                                             pub_year, _lead_opens_with_act(frames)))
        # g93f: read only when a crime-prone event is first kept (a few documents); the actors were found already
        private = cache(lambda: private_story(doc.title, doc.text,
                                              any(m.value.kind == "nonstate" for m in rec["actors"])))
        doc.events = []
        weak: list[Event] = []  # below the confidence threshold: kept only as another place of a reported happening
        # happenings dropped as only referred to, with a toll: their toll stays theirs (told_once), not the strike's
        # answering them ("الضربة بعد تعهد برد على هجوم كيماوي مفترض أسفر عن مقتل العشرات")
        referred_tolls: list[Event] = []
        behind: list[Event] = []  # the deals behind transfers (DEAL_BEHIND), weighed last
        for ev in merged:
            rules = set(ev.rule_ids)
            own_actor = not (INFERRED_ACTOR & rules)
            definite = "definite" in rules  # "عملية الخطف": a definite noun names a happening told before
            # "سقوط صواريخ على مطار المدينة": the military site hit is a place of its own, even one not geocoded
            # "عثر على جثث مدنيين تم إعدامهم داخل منازلهم": an execution told done is the act reported, not a known
            # one named, though its place and day are the context's (trigger_kinds execution_told, g104j)
            if len(ev.evidence) == 1 and ANAPHORIC <= rules and (not own_actor or definite) \
                    and ev.confidence < self.anaphora_confidence and SITE_TOLD not in rules \
                    and trigger_kind(EXECUTION_TOLD).isdisjoint(rules):
                drop_event(doc, ev, "mention without its own place or date, matching no event", ev.rule_ids[0])
                continue
            if ev.event_type == NAMED_CRIMES and _only_named(rules, ev.actor1 is None):
                drop_event(doc, ev, "a known happening only named: definite nouns, no actor, place or day of its own",
                           "named-only")
                continue
            # a taking kept over the clash it was folded with (g101e) is still that named fighting when nothing else
            # tells it as news of a day («خلال سيطرة داعش عليها والمعارك التي تلت ذلك» + a retold taking); so is a
            # group's taking that won its sub-type over a named war («خاضت المعارك الأقسى ... وتمكنت من طرده», g101i)
            if (ev.sub_event_type == ARMED_CLASH or TAKEN_OVER_CLASH in rules
                    or ev.sub_event_type == OVERTAKES and TAKING_ACHIEVED in rules) \
                    and _named_clash(rules, bool(ev.fatalities)):
                drop_event(doc, ev, "fighting only named (definite clash nouns, no verb or day of its own): a war or "
                           "campaign in general, not a clash of a day", "named-clash")
                continue
            if ev.event_type in BEGUN_OLD_TYPES and BEGUN_DAY in rules and _begun_day_old(ev, rec["published"]) \
                    and not (LAUNCH_DAY in rules and ev.sub_event_type == ARMED_CLASH):
                # a campaign's own launch told with its day (LAUNCH_DAY) is the clash of that day, not fighting it dates
                drop_event(doc, ev, "dated only by the day an older campaign began: the campaign retold, not "
                           "fighting of that day", "begun-day-old")
                continue
            if ev.event_type in BEGUN_OLD_TYPES and _since_campaign(ev, rec["published"]):
                drop_event(doc, ev, "fighting or strikes told as going on for weeks up to the report: a campaign's "
                           "summary, not a happening of a day", SINCE_CAMPAIGN)
                continue
            if ev.sub_event_type == AGREEMENT_SUB and _council_truce(ev):
                drop_event(doc, ev, "a Security Council resolution (a truce it voted), no deal between parties on the "
                           "ground", COUNCIL_TRUCE)
                continue
            if DEAL_BEHIND in rules:
                # weighed once the transfers and agreements kept are final (below, after the weak loop and filters)
                behind.append(ev)
                continue
            if ev.sub_event_type == AGREEMENT_SUB and _named_deal(rules):
                drop_event(doc, ev, "a deal only named (definite, no verb of reaching, no day of its own): reached "
                           "before, retold", "named-deal")
                continue
            if ev.event_type == NAMED_CRIMES and {PAST_PERFECT, "date-context"} <= rules:
                # "كانوا قد اختطفوا أثناء رحلة صيد": a crime in the pluperfect with no day of its own is the background
                # of the news (a ransom, a trial), mostly years old
                drop_event(doc, ev, "a crime recalled in the pluperfect, no day of its own", "recalled-crime")
                continue
            if id(ev) not in told and not _retold(ev.sub_event_type, rules):
                # "فتح تحقيق في الهجوم الكيماوي", "الرد على الضربة": only named as what a reaction is about,
                # with no day of its own; the happening is reported elsewhere, on its day (a weapon's attack retold
                # with its own place stands: a happening of its own, g102l)
                drop_event(doc, ev, "reference: a happening reacted to, no day of its own", ev.rule_ids[0])
                if ev.fatalities:
                    referred_tolls.append(ev)
                continue
            if not own[id(ev)][1] and _world_country(ev.iso) and home is not None and home.iso != ev.iso:
                # a place abroad named in another sentence of a report from elsewhere is mostly where a statement was
                # made or whose forces took part ("ضربات شاركت فيها فرنسا"), not where a mention naming no place happened
                drop_event(doc, ev, "place abroad read from another sentence", "place-context")
                continue
            if ev.sub_event_type == ARRESTS and not own[id(ev)][1] and (_state_abroad(ev) or COUNTED_HELD in rules):
                # a state's forces arrest on their own soil, or the report says where ("اعتقلت السلطات البحرينية 14
                # إيرانيا"): a place in another country taken from another sentence is not where the arrest was made;
                # nor is it for foreigners held by an unnamed arrester (COUNTED_HELD: the host country is not known)
                drop_event(doc, ev, "arrest by a state placed in another country from another sentence", "place-context")
                continue
            _known_agent(ev)
            _retyped_by_final_agent(ev)
            country_of_generics(ev)
            self._ally_aside(ev)
            if ev.actor2 is None and self.fallback_actor:
                struck = civilians_told and ev.event_type in STRUCK
                holder = struck and _holder_in_evidence(ev, rec["actors"], rec["cues"], rec["analysis"].tokens)
                # no holder named: a military target of unnamed fighters ("مواقع المسلحين") is the holder's too
                fighters = struck and not holder and _fighters_target_in_evidence(ev, rec["cues"], rec["analysis"].tokens)
                # whether a target was given is returned, not read back from ev.actor2: inside this block the
                # compiled build (mypyc) keeps the test above's narrowing of ev.actor2 to None
                # g70a: civilians told only in other sentences of the report leave the strike on the area's holder
                unharmed = struck and not (holder or fighters) and not _civilians_beside(
                    ev, rec["cues"], rec["analysis"].tokens, rec["analysis"].sentences)
                given = self._default_target(ev, rec["actors"], civilians_told and not (holder or fighters or unharmed),
                                             _labelled_target(ev, rec["analysis"].tokens))
                if holder and given:
                    ev.rule_ids.append(HOLDER_TOLD)
                # cited only where the fighters' side was given (a rebels' shelling keeps its own civilians row)
                if fighters and given and ev.civilian_targeting != "Civilian targeting":
                    ev.rule_ids.append(FIGHTERS_TOLD)
            if ev.actor2 is None and self.fallback_actor:
                self._document_counterpart(ev, rec["actors"])
            _assoc_apart(ev)
            ev.confidence = self._salience(ev, lead_end)
            if ev.confidence + _gate_lift(ev.rule_ids) < self.min_confidence:
                weak.append(ev)
                continue
            self._keep(doc, ev, own, genre, private)
        kept = list(doc.events)
        for ev in sorted(weak, key=lambda e: -e.confidence):
            if self._sibling_place(ev, kept, own) and not _told_with(ev, doc.events):
                ev.rule_ids.append(SIBLING)
                self._keep(doc, ev, own, genre, private)
            elif (head := _listed_with(ev, kept)) is not None:
                # a town a protest wave reached is a protest of its own: force told at the origin stays there (g104e);
                # so is any town of a protest list: what the kept town's event holds beyond the list's own frame (its
                # sub-type and sides from a merge with the force told there) was at that town ("خرج الآلاف الجمعة في
                # مدن البصرة والناصرية وكربلاء" beside Basra's dead: g105d)
                for k in () if SPREAD_REACHED in ev.rule_ids or ev.event_type == "Protests" else LIST_SHARED:
                    # one report: the taking and its sides as the kept town's event tells them
                    setattr(ev, k, getattr(head, k))
                ev.rule_ids.append(LIST_SIBLING)
                self._keep(doc, ev, own, genre, private)
            elif self._dated_at_place(ev, own, doc.events):
                ev.rule_ids.append(DATED)
                _kin_counterpart(ev, doc.events)
                self._keep(doc, ev, own, genre, private)
            elif self._struck_dated(ev, own, doc.events):
                ev.rule_ids.append(STRUCK_DATED)
                self._keep(doc, ev, own, genre, private)
            elif self._taken_town(ev, own, doc.events):
                ev.rule_ids.append(TAKEN_TOWN)
                self._keep(doc, ev, own, genre, private)
            elif self._deal_town(ev, own, doc.events):
                ev.rule_ids.append(DEAL_TOWN)
                self._keep(doc, ev, own, genre, private)
            elif PLACE_LEFT in ev.rule_ids:  # fighters told leaving this town (g66d, _place_left)
                self._keep(doc, ev, own, genre, private)
            elif (coarse := self._coarse_twin(ev, own, doc.events)) is not None:
                _take_finer_place(coarse, ev)
                drop_event(doc, ev, "same happening as a kept event: its town given to it", FINER_PLACE)
            else:
                drop_event(doc, ev, f"low confidence {ev.confidence}", ev.rule_ids[0])
        for ev, f, reason in told_on:  # a mention let through only as its twin's town (_told_on): that or nothing
            if (coarse := self._next_sentence_twin(ev, doc.events, rec["analysis"].sentences)) is not None:
                _take_finer_place(coarse, ev, NEXT_TOLD_PLACE)
                drop_event(doc, ev, "same happening as a kept event told just before: its town given to it",
                           NEXT_TOLD_PLACE)
            else:
                self._drop(doc, f, reason)  # as it was dropped before it was let through
        doc.events = _without_country_doubles(doc, _without_countrywide_transfers(doc, doc.events))
        doc.events = _without_cut_off_twins(doc, doc.events)
        doc.events = _without_protests_of_riots(doc, _without_withdrawn_sides(doc, doc.events))
        doc.events = _without_owners_of_riots(_without_clashes_of_riots(doc, doc.events))
        doc.events = _without_arrests_of_protests(doc, _without_interceptions_of_strikes(doc, doc.events))
        doc.events = _without_false_alarms(doc, doc.events, rec["analysis"].sentences)
        doc.events = _without_known_week_deals(doc, doc.events)
        for ev in behind:
            # a deal behind a transfer only with its transfer: weighed once the weak loop kept its transfers and
            # agreements and the filters dropped theirs (review s32, item 2: a countrywide transfer dropped late left
            # its deal alone), before the sides are given (the sector's holder is the deal's other party)
            transfer = _transfer_of(ev, doc.events)
            week = _week_deal_of(ev, doc.events) if transfer is not None else None
            if week is not None and len(week.evidence) == 1:
                # the same deal read from its made verb, dated only by the report's week: the transfer's dates it
                doc.events = [k for k in doc.events if k is not week]
                drop_event(doc, week, "a deal told made by its side, read again behind its transfer", DEAL_MADE_WEEK)
            if transfer is None or _deal_known(ev, doc.events):
                drop_event(doc, ev, "the deal behind a transfer: the transfer is not kept, or the document keeps an "
                           "agreement of that province and time", DEAL_BEHIND)
                continue
            # as sure as the transfer told under it: kept with it, whatever its own salience
            ev.confidence = transfer.confidence
            self._keep(doc, ev, own, genre, private)
        _front_enemy_as_side(doc.events, rec["analysis"].tokens)  # the places and dates are final here
        _sector_holder_as_target(doc.events)
        _dated_forces(doc.events)
        doc.events = _without_exact_copies(doc.events)  # last: the places and sides are final
        _next_told_toll(doc.events, rec)  # before told_once: the figure lent is this event's alone
        _act_told_toll(doc.events, rec)  # after it: a figure it lent makes the event counted
        told_once([*doc.events, *referred_tolls])  # one toll told over several kept events of a sentence is counted once
        uids: set[str] = set()
        for ev in doc.events:
            if ev.assign_id() in uids:  # another event of its sentence, type, place and day: its sides tell it apart
                ev.assign_id(with_sides=True)
            uids.add(ev.event_uid)
            ev.event_id_cnty = event_id_cnty(ev)
            if ATTRIBUTED in ev.claimed_by:  # it only held the report's support up to here (claims.claims)
                ev.claimed_by = [c for c in ev.claimed_by if c != ATTRIBUTED]
        for m in rec["triggers"]:
            doc.spans.append(Span("trigger", m.start, m.end, doc.text[m.start:m.end],
                                  {"event_type": m.payload.event_type, "sub_event_type": m.payload.sub_event_type},
                                  m.payload.id))
        for m in rec["actors"] + rec["adjectives"] + rec["affiliations"]:
            doc.spans.append(Span("actor", m.start, m.end, doc.text[m.start:m.end], m.value.name, m.value.id))
        for p in rec["places"]:
            doc.spans.append(Span("place", p.start, p.end, p.text,
                                  {"location": p.location, "lat": p.latitude, "lon": p.longitude,
                                   "precision": p.geo_precision, "gid": p.gazetteer_id}, p.rule_id))
        for d in rec["dates"]:
            doc.spans.append(Span("date", d.start, d.end, d.text,
                                  {"start": d.date_start.isoformat() if d.date_start else None,
                                   "end": d.date_end.isoformat() if d.date_end else None,
                                   "precision": d.precision}, d.rule_id))
        for n in rec["numbers"]:
            doc.spans.append(Span("number", n.start, n.end, n.text,
                                  {"value": n.value, "low": n.low, "high": n.high, "hedge": n.hedge}, n.rule_id))
        for m in rec["agencies"]:
            doc.spans.append(Span("speaker", m.start, m.end, doc.text[m.start:m.end], m.payload, None))
        # the sentences whose toll goes on with the since-phrase of the sentence before (_count_dead, g103f)
        doc.totals = self._totals(doc, rec, frozenset(f.sentence for f in frames if SINCE_BEFORE_TOLL in f.rule_ids))
        return rec

    def _keep(self, doc: Document, ev: Event, own: Mapping[int, tuple[bool, bool]],
              genre_of: Callable[[], str | None], private_of: Callable[[], tuple[str, str] | None]) -> None:
        """Store ``ev`` unless the document is commentary (``genre_of()``, a genre.tsv id) and the event lacks its
        own day or place, or the document is a review or an ordinary crime story (``private_of()``) and the event
        one of its scenes or the crime's arrest."""
        if ev.sub_event_type in PRIVATE_SUBS or ev.event_type == NAMED_CRIMES:
            private = private_of()
            if private is not None and (private[0] == "review" or ev.sub_event_type in PRIVATE_SUBS):
                drop_event(doc, ev, f"{private[0]} story", private[1])
                return
        genre = genre_of()
        if genre is not None:
            # commentary names happenings in passing; only one told with its day and a place is reported
            own_day, own_place = own[id(ev)]
            # a well-known happening dated by the report's week (told-again-week) was told with no day at all:
            # the column or explainer only names it ("استعادة السيطرة على كامل الغوطة" in an opinion piece)
            own_day = own_day and not (TOLD_AGAIN_WEEK in ev.rule_ids and TOLD_AGAIN not in ev.rule_ids)
            lack = ("day" if not own_day and not keeps_undated(genre, ev.event_type) else
                    "place" if not own_place or ev.latitude is None or (ev.gazetteer_id or "").startswith("c:")
                    else None)
            if lack is not None:
                drop_event(doc, ev, f"commentary: no {lack} of its own", genre)
                return
        doc.events.append(ev)

    def _dated_at_place(self, ev: Event, own: Mapping[int, tuple[bool, bool]], kept: Sequence[Event]) -> bool:
        """A weak mention told with a day and a town (or province) of its own words ("وافقت الفصائل في محافظة درعا
        الجمعة على التسوية"، "قتلت في 25 من الشهر الجاري ... في مدينة البصرة") is a report of a happening, not a
        state of affairs: its low score is the trigger's (a noun, a verb of several senses) or its place in the
        article (far from the lead, told once), which the day and the town make up for."""
        if ev.event_type not in DATED_TYPES or BEGUN_DAY in ev.rule_ids or PLACE_LIST in ev.rule_ids:
            # a weak battle or strike beside the day's news is mostly a reference or a state of affairs ("تقترب
            # معركة عفرين من الحسم"); a development, an attack on a person or a protest is told once, by its day.
            # A weak mention over a list of towns ("وافقت الفصائل المسيطرة على X و Y و Z على تسليم المنطقة") is one
            # happening told of an area: its first town only
            return False
        own_day, own_place = own[id(ev)]
        # who acted too: a happening only named with a day and a place ("وصف ما يجري في دوما الأربعاء بأنه مجزرة") is
        # a judgement of it
        return (own_day and own_place and ev.actor1 is not None and date_rank(ev) == TOLD_DAY and ev.time_precision == 1
                and ev.latitude is not None and not (ev.gazetteer_id or "").startswith("c:")
                and ev.confidence >= self.min_confidence - DATED_MARGIN and not _told_with(ev, kept)
                # the same type at the same place on those days is kept already: the mention adds no happening
                and not any(k.event_type == ev.event_type and k.gazetteer_id == ev.gazetteer_id and dates_overlap(k, ev)
                            for k in kept))

    def _coarse_twin(self, ev: Event, own: Mapping[int, tuple[bool, bool]], kept: Sequence[Event]) -> Event | None:
        """The one kept event that a weak mention told with its own day and town tells again, placed only at a
        country or region ("أوقف الجمعة في شمال العراق" kept; "وأوقف الشاب الجمعة ... في قضاء زاخو" weak): same
        type and sub-type, overlapping days, the same country, and its place coarse (precision 3) of the whole
        country or of the town's province. The weak mention adds no happening but says where it was. Runs only
        for weak mentions that no other rule kept, over the document's kept events."""
        if ev.time_precision != 1 or ev.geo_precision not in (1, 2) or ev.latitude is None \
                or (ev.gazetteer_id or "c:").startswith(COARSE_GIDS) or not all(own[id(ev)]) \
                or ev.confidence < self.min_confidence - TAKEN_TOWN_MARGIN:
            return None
        twins = [k for k in kept if k.event_type == ev.event_type and k.sub_event_type == ev.sub_event_type
                 and k.country == ev.country and dates_overlap(k, ev)]
        coarse = [k for k in twins if k.geo_precision == 3
                  and ((k.gazetteer_id or "").startswith(COARSE_GIDS) or (k.admin1 is not None and k.admin1 == ev.admin1))]
        # two coarse twins, or one at a town already: which one the town belongs to is not told
        return coarse[0] if len(coarse) == 1 and len(twins) == 1 else None

    def _next_sentence_twin(self, ev: Event, kept: Sequence[Event],
                            sentences: Sequence[tuple[int, int]]) -> Event | None:
        """The one coarse kept event (as ``_coarse_twin``) whose act a weak mention with its own town but no day of
        its own tells again in the very next sentence ("قصفت طائرات ... موقعا في شرق البلاد." then "وقالت إن الضربات
        وقعت في بلدة X"): a mention told right after, of the same sub-type and naming no other day, goes on with the
        act just told. The one kept event of its type, country and days must be that twin, told in the sentence
        before. Runs only for the mentions ``_told_on`` let through (a few per corpus)."""
        # precision 1-2 and not a country: places_extra towns have "x:" ids too ("x:pl-4102"), a part of a province
        # ("ريف الحسكة الجنوبي") none
        # (a _told_on mention is always read with no day and a place of its own sentence: own (False, True))
        if ev.geo_precision not in (1, 2) or ev.latitude is None or (ev.gazetteer_id or "").startswith("c:") \
                or not ev.evidence or not sentences:
            return None
        twins = [k for k in kept if k.event_type == ev.event_type and k.country == ev.country and dates_overlap(k, ev)]
        # a side given the town told after it (SIDE_TOWN, g111e) is as coarse: the next sentence's own town is finer
        if len(twins) != 1 or twins[0].sub_event_type != ev.sub_event_type \
                or not (twins[0].geo_precision == 3 or SIDE_TOWN in twins[0].rule_ids):
            return None
        twin = twins[0]
        if not ((twin.gazetteer_id or "").startswith(COARSE_GIDS) or (twin.admin1 is not None and twin.admin1 == ev.admin1)):
            return None
        ends = [b for _a, b in sentences]
        told = max(bisect_left(ends, e.start) for e in twin.evidence)
        here = min(bisect_left(ends, e.start) for e in ev.evidence)
        return twin if here == told + 1 else None

    def _struck_dated(self, ev: Event, own: Mapping[int, tuple[bool, bool]], kept: Sequence[Event]) -> bool:
        """A weak strike told with its own day right at the act (DAY_AFTER_ACT, DAY_AT_ACT), the side that struck and
        a town of its own sentence ("وكانت الولايات المتحدة وفرنسا وبريطانيا أطلقت في 13 أبريل الحالي أكثر من 100
        صاروخ على مواقع في دمشق") is a recent strike retold in a later report: its low score is its place in the
        article (far from the lead, told once, in the pluperfect) and a missile noun's weight, which the day, the
        agent and the town make up for. A side taken from the document or a coder's default is no agent told (a
        retold strike's doer is mostly another), nor is a country or a region a town; a strike the document keeps in
        that country on those days is mostly the one retold."""
        if ev.event_type not in STRUCK or not (DAY_AFTER_ACT in ev.rule_ids or DAY_AT_ACT in ev.rule_ids) \
                or BEGUN_DAY in ev.rule_ids or CAMPAIGN_DAY in ev.rule_ids or PLACE_LIST in ev.rule_ids:
            return False
        own_day, own_place = own[id(ev)]
        return (own_day and own_place and ev.actor1 is not None and INFERRED_ACTOR.isdisjoint(ev.rule_ids)
                and date_rank(ev) == TOLD_DAY and ev.time_precision == 1 and ev.latitude is not None
                and not (ev.gazetteer_id or "c:").startswith(COARSE_GIDS)
                and ev.confidence >= self.min_confidence - STRUCK_DATED_MARGIN and not _told_with(ev, kept)
                and not any(k.event_type == ev.event_type and k.country == ev.country and dates_overlap(k, ev)
                            for k in kept))

    def _taken_town(self, ev: Event, own: Mapping[int, tuple[bool, bool]], kept: Sequence[Event]) -> bool:
        """A weak taking whose own sentence names both the force and the town it took ("تمكنت قوات النظام من
        السيطرة على بلدتي X و Y") reports a happening even without a day, far from the lead: its low score is the
        missing day and its place in the article. A taking of areas, a province or a region ("سيطر التنظيم على
        مناطق في شمال العراق") stays a summary of the war."""
        if ev.sub_event_type not in TAKINGS or TAKEN_OBJECT not in ev.rule_ids or ev.geo_precision != 1:
            return False
        # "وتمكنت هذه القوات من السيطرة على بلدة X": the force pointed back at is the document's, named before
        return (ev.actor1 is not None and (BORROWED_AGENT.isdisjoint(ev.rule_ids) or THIS_FORCE in ev.rule_ids)
                and ev.confidence >= self.min_confidence - TAKEN_TOWN_MARGIN and not _told_with(ev, kept)
                and not any(k.sub_event_type in TAKINGS and k.gazetteer_id == ev.gazetteer_id for k in kept))

    def _deal_town(self, ev: Event, own: Mapping[int, tuple[bool, bool]], kept: Sequence[Event]) -> bool:
        """A weak leaving or handover at a town of its own sentence ("غادر 3600 مسلح دوما خلال الساعات الماضية"),
        in a report that keeps an agreement made at that same town on or before its day, is that deal carried
        out: its low score is its place in the article (far from the lead, told once, its day only "the last
        hours"), not doubt that it happened. A transfer at a town with no kept deal, or one kept already there
        on those days, is left weak."""
        if ev.sub_event_type != NVT_SUB or not own[id(ev)][1] or ev.geo_precision != 1 \
                or ev.confidence < self.min_confidence - DEAL_TOWN_MARGIN or not ev.gazetteer_id \
                or ev.gazetteer_id.startswith("c:") or ev.date_end is None:
            return False
        gid, end = ev.gazetteer_id, ev.date_end
        deal = any(k.sub_event_type == AGREEMENT_SUB and k.gazetteer_id == gid and k.date_start is not None
                   and k.date_start <= end for k in kept)
        return deal and not _told_with(ev, kept) and not any(
            k.sub_event_type == NVT_SUB and k.gazetteer_id == gid and dates_overlap(k, ev) for k in kept)

    def _sibling_place(self, ev: Event, kept: Sequence[Event], own: Mapping[int, tuple[bool, bool]]) -> bool:
        """A weak mention that names a place of its own ("واستهدفت الغارات أيضا مطار X") is one more place of a
        happening the document reports with confidence: the same sub-type family on overlapping days, in the same
        country. Its low score came from what it shares with that report (the agent, the day, the source), not
        from doubt about it. Only strikes and demonstrations, which reports tell place by place ("واستهدفت الغارات
        أيضا"، "وامتدت التظاهرات إلى"); a weak battle or strategic development beside the day's happening is mostly
        a state of affairs, an attempt or a term."""
        if ev.event_type not in SIBLING_TYPES or not own[id(ev)][1] or ev.latitude is None \
                or (ev.gazetteer_id or "").startswith(("c:", "a1:")) \
                or (ev.confidence < self.min_confidence - SIBLING_MARGIN and REACH not in ev.rule_ids):
            return False
        fam = merge_family(ev.sub_event_type)
        return any(
            k.event_type == ev.event_type and merge_family(k.sub_event_type) == fam and k.country == ev.country
            and k.gazetteer_id != ev.gazetteer_id and dates_overlap(k, ev) for k in kept)

    def _totals(self, doc: Document, rec: dict[str, Any], tallied: frozenset[int] = frozenset()) -> list[dict[str, Any]]:
        """Killed-counts in tally sentences, kept as reported totals; ``tallied``: sentences read as a tally by the
        since-phrase of the sentence before."""
        an: Analysis = rec["analysis"]
        out: list[dict[str, Any]] = []
        bk = rec.get("buckets")
        if bk is None:  # frames() fills the buckets; without it there is nothing to total
            return out
        totals_s: _ByUnit = bk["totals"]
        dates_s: _ByUnit = bk["dates"]
        n = len(rec["units"])
        # only a sentence holding a total or a date can pass the test below: the others (most) are not visited
        for si in sorted(totals_s.keys() | dates_s.keys() | tallied):
            if not 0 <= si < n or not totals_s[si] and not _since_date(an.tokens, dates_s[si]) and si not in tallied:
                continue
            num, found = pick_fatalities(bk["numbers"][si], bk["casualties"][si], an.tokens, words("subset"), time_units(), words("year_before"))
            if found and not isinstance(num, (int, OneDead)):
                out.append({"start": num.start, "end": num.end, "text": doc.text[num.start:num.end],
                            "value": num.value, "kind": "killed"})
        return out


def _told_on(f: Frame, candidates: Mapping[str, set[int]]) -> bool:
    """A mention below the candidate floor, or dropped for a RETELLING_MODALITIES kind, with a place of its own
    sentence after its trigger and no day, right after a sentence holding a candidate of its sub-type ("قصفت طائرات
    موقعا في شرق البلاد." then "وقالت إن الضربات وقعت في بلدة X" or "الطائرات التي نفذت الغارات على قرية X") may go
    on telling that act: it is tried only as the place of a coarse kept twin (``_next_sentence_twin``), never kept
    alone, and dropped as before when it lends nothing. Runs only for such mentions: two set look-ups."""
    if NEXT_TOLD_PLACE in f.rule_ids:
        return True
    # the place after the trigger: one named before it is the speaker's or a side's ("حليفة دمشق ... للضربات")
    if f.place is None or f.place.start < f.trigger.end or f.date is not None or f.confidence < NEXT_TOLD_FLOOR \
            or "place-context" in f.rule_ids or f.sentence - 1 not in candidates.get(f.sub_event_type, ()):
        return False
    f.rule_ids.append(NEXT_TOLD_PLACE)
    return True


def _reach_told(f: Frame, tokens: Sequence[Token]) -> bool:
    """A strike noun with a verb of reaching next to it and a place of its own sentence ("كما طالت بعض الضربات مدينة
    X"، "الصواريخ طالت مواقع في X"، "سقطت قذائف على X") tells one more place struck: its low score comes from the
    agent and day it shares with the report's other places, so it is tried as a sibling place (never kept alone).
    Runs only for Explosions mentions already below the candidate floor: three token look-ups."""
    if f.event_type not in STRUCK or f.place is None or f.confidence < REACH_FLOOR or "place-context" in f.rule_ids:
        return False
    verbs = words("reach_verb")
    k, e = f.trigger.start_tok, f.trigger.end_tok
    lo = max(k - 2, 0)
    near = list(range(lo, k)) + ([e] if e < len(tokens) else [])
    if not any(in_words(tokens[t].norm, verbs) for t in near):
        return False
    f.rule_ids.append(REACH)
    return True


DENIAL: Final = "denial"  # modality.tsv kind of the cues of denial
DENIER_GAP: Final = 4  # tokens between a denial cue and the force it names as denying ("مسؤولين أمريكيين نفوا")


def _ally_struck(sub_event_type: str, a1: L.Actor | None, a2: L.Actor | None, country: str | None) -> str | None:
    """«سقوط صواريخ على المركز الإيراني»: the counterpart is an ally of the default agent (actor_roles.tsv ally-struck),
    so the strike fell on the agent's own side, as on its own base (g68d): the row id, else None. One dict look-up."""
    if a1 is None or a2 is None or country is None:
        return None
    return L.struck_allies().get((sub_event_type, a2.id, a1.id, country))


def _lent_ally(f: Frame, sub_event_type: str, a1: L.Actor | None, a2: L.Actor | None, country: str | None,
               rec: Mapping[str, Any]) -> str | None:
    """The ally-struck row id (actor_roles.tsv) when the agent was borrowed from the report (actor-fallback,
    actor-document) and is a foreign or militia ally of the target (Iran of the government's positions): a strike is
    not its own side's doing (g100m). None for the home state (_ally_struck's own case) and when the frame's sentence
    names the ally right before the act (AGENT_BEFORE_GAP; «إيران أطلقت صواريخ على الجولان»: read there, kept). A look-up, then one pass over
    the document's actor mentions only when a row matched."""
    if a1 is None or (a1.kind == "state" and a1.country == country) or not BORROWED_AGENT.intersection(f.rule_ids):
        return None
    rid = _ally_struck(sub_event_type, a1, a2, country)
    if rid is None:
        return None
    k, s0 = f.trigger.start_tok, f.sent_span[0]
    if any(m.value.id == a1.id and s0 <= m.start < f.trigger.start and k - m.tok_end <= AGENT_BEFORE_GAP
           for m in rec["actors"] + rec["adjectives"]):
        return None
    return rid


AGENT_BEFORE_GAP: Final = 3  # tokens from a force named before the act to the act: its subject («إيران أطلقت»), not «مع إيران، وذلك بعد»


def _claims_by_unit(rec: Mapping[str, Any]) -> list[tuple[int, Any, int]]:
    """(sentence, claimant, what it names: claims._claims_told) of each claim of responsibility in the document. A
    claim told after an attack trigger of its own sentence («قتل مدنيان في هجوم انتحاري تبناه داعش») is of that
    attack, never of one told before (review 3, item 3). Once per document with an agentless attack; a pass over
    the claims (few) and the triggers."""
    sent_of_tok: list[int] = rec["sent_of_tok"]
    units = rec["units"]
    days = frozenset(k for d in rec["dates"] for k in range(d.tok_start, d.tok_end))
    triggers = rec["triggers"]
    acts = {t.start_tok: t.end_tok for t in triggers}
    out: list[tuple[int, Any, int]] = []
    for k, m, told in _responsibility_claims(rec["analysis"].tokens, rec["actors"], days, acts):
        unit = sent_of_tok[k]
        # a new act told before the claim in its sentence (not «الهجوم» told again: «وبعد الهجوم، أعلن داعش مسؤوليته»)
        if told == _CLAIM_TOLD and any(units[unit][0] <= t.start_tok < k and not _definite_noun(t) for t in triggers):
            told = _CLAIM_UNTOLD
        out.append((unit, m.value, told))
    return out


def _launched_from_owned(text: str, f: Frame, actors: Sequence[Any], owner: L.Actor) -> bool:
    """A positions noun right after a launch preposition (function_words launch_from: «من», «عبر») between the trigger
    and the owner's first mention after it: «قصفت البلدة انطلاقا من قاعدة تابعة للقوات الروسية» tells where the
    strike came from, so the owner may well be its agent (g100aa). A few words, once per matching frame."""
    lo, hi = f.trigger.end, f.sent_span[1]
    at = next((m.start for m in actors if m.value.id == owner.id and lo <= m.start < hi), None)
    if at is None:
        return False
    nouns, src = owned_position_nouns(), words("launch_from")
    ws = [norm_key(w.strip("«»\"(،,")) for w in text[lo:at].split()]
    return any(w in src and ws[i + 1] in nouns and not (i > 0 and _quantity_word(ws[i - 1]))
               for i, w in enumerate(ws[:-1]))


def _quantity_word(norm: str) -> bool:
    """A count or quantity before «من» (function_words place_quantity, a number): «عددا من المواقع» is partitive, not
    where a strike was launched from (review 3, item 6)."""
    return norm[:1].isdigit() or norm in words("place_quantity") or norm.removesuffix("ا") in words("place_quantity")


def _lenders_named(rec: Mapping[str, Any], row: Any) -> list[L.Actor]:
    """The forces of the default row's borrow_from (default_actors.tsv) the report names, most named first (of two named
    as often, the first named): «اتهمت دمشق إسرائيل» in a report on a strike whose agent the sentence leaves unnamed."""
    lenders = row.borrow_from if row is not None and row.borrow_from else ()
    named = rec["actors"] + rec["adjectives"]
    # "نفت الولايات المتحدة شن غارات": a force the report names with a denial says it did not strike; it is no guess
    denials = [c.start_tok for c in rec["modality"] if c.payload.kind == DENIAL]
    deniers = {m.value.id for m in named if any(-DENIER_GAP <= d - m.tok_start <= DENIER_GAP for d in denials)}
    counts = Counter(m.value.id for m in named if m.value.id in lenders and m.value.id not in deniers)
    # "نسبتها دمشق وطهران وموسكو إلى إسرائيل"، "اتهمت سوريا إسرائيل": the force a report blames outweighs one it names
    # for other things (threats, statements)
    for m in _blamed(rec["analysis"].tokens, named):
        if m.value.id in counts:
            counts[m.value.id] += BLAMED_WEIGHT
    table = actor_table()
    return [table[k] for k, _ in counts.most_common()]


BLAME_GAP: Final = 6  # tokens after a word of blame within which the blamed are named ("نسبتها دمشق وطهران وموسكو إلى إسرائيل")
BLAMED_WEIGHT: Final = 3  # a blamed force counts as if named this many more times


def _blamed(toks: Sequence[Any], named: Sequence[Any]) -> list[Any]:
    """The actors a word of blame names as blamed (function_words.tsv blame, attributed): those within a few tokens
    after it, but the one right after it, which is its subject ("اتهمت سوريا إسرائيل": Syria blames)."""
    out = []
    for b in _blame_words(toks):
        after = sorted((m for m in named if b < m.tok_start <= b + BLAME_GAP), key=lambda m: m.tok_start)
        out += after[1:] if after and after[0].tok_start == b + 1 else after
    return out


# the last document's tokens and their words of blame: _blamed is asked once per event that borrows a lender, two
# or more times in a document that asks at all, and the words depend on the tokens alone (g106c)
_BLAME_AT: Final[list[Any]] = [None, []]


def _blame_words(toks: Sequence[Any]) -> list[int]:
    """The indexes of the words of blame (function_words.tsv blame, attributed) among ``toks``, read through their
    proclitics; the last document's answer is kept (the same token list: the same answer)."""
    if _BLAME_AT[0] is toks:
        kept: list[int] = _BLAME_AT[1]
        return kept
    cues = words("blame") | words("attributed")
    at = [k for k, t in enumerate(toks) if not cues.isdisjoint(proclitic_stems(t.norm))]
    _BLAME_AT[0] = toks
    _BLAME_AT[1] = at
    return at


ARMY_TAKES: Final = "army-takes"  # a taking's bare army subject ("أن الجيش سيطر") made it the country's army's (g75a)
ARMY_TAKES_SPAN: Final = 3  # tokens before a taking's verb that may hold its bare subject ("أن الجيش سيطر")


def _state_regainer(f: Frame, a2: Any, toks: Sequence[Token]) -> bool:
    """An agentless regaining («استعادة السيطرة»، «وباستعادة مخيم اليرموك يكون النظام السوري قد ...») whose sentence
    names a state force, read as its other side: the state regained it, and borrowing another of the document's
    agents would give the taking to a side that lost it (g91a). Not when a word of "from" stands right before the
    force («استعادة ... من قوات النظام»، «من قبضة الجيش»): that force lost it. Runs only in the fallback for a frame
    with no agent: a set look-up and one token."""
    if f.tdef.id not in REGAIN_TRIGGERS or a2.kind != "state" or f.actor2 is None:
        return False
    if f.place is not None and a2.country != f.place.country:
        return False  # a foreign state named with it («رحب وزير الدفاع الإسرائيلي باستعادة»): no regainer of its own
    k = f.actor2.tok_start
    return k == 0 or toks[k - 1].norm not in words("regained_from")


def _army_takes(f: Frame, toks: Sequence[Token], src: Frame) -> bool:
    """"وأضاف المرصد أن الجيش سيطر على حي القدم": a taking whose own clause names a bare army just before its verb
    is a state's, so a non-state agent of another sentence (actor-document) is not its taker (g75a). Runs only for
    an agentless taking about to borrow a non-state agent: a look at three tokens."""
    if (f.sub_event_type not in TAKINGS and f.sub_event_type != TERRITORY) or src.actor1 is None \
            or src.actor1.value.kind != "nonstate":
        return False
    if default_row(f.place.country if f.place else None, REGAINS) is None:
        return False  # no country's army to name: the borrowed agent stays
    army = words("army_bare")
    k = f.trigger.start_tok
    return any(toks[j].norm in army for j in range(max(0, k - ARMY_TAKES_SPAN), k))


def _other_day(f: Frame, g: Frame) -> bool:
    """Borrower ``f`` and lender ``g``, each dated in its own sentence, more than LENDER_DAYS_APART days apart: two
    happenings, not one retold (a strike "last week" after one of "last year", an alert on Tuesday after the strikes
    of Saturday), so ``g``'s agent is not ``f``'s. A day or two apart is kept: a statement's day against its act's
    («قال الجيش الثلاثاء إن ضرباته يومي الأحد والاثنين»). An undated borrower is not compared: it is as often the
    lender's story told on (a background paragraph) as a new happening of the publication's day (g99ae: compared with
    the publication's day, 7 events changed, 3 wrong)."""
    a, b = f.date, g.date
    if a is None or b is None or a.date_start is None or b.date_start is None:
        return False
    gap = max((a.date_start - (b.date_end or b.date_start)).days, (b.date_start - (a.date_end or a.date_start)).days)
    return gap > LENDER_DAYS_APART


SEPARATE_OPENER_WORDS: Final = 5  # the words at a sentence's opening read for «وعلى جبهة أخرى»


def _nearest_lender(f: Frame, cands: Sequence[Frame]) -> Frame | None:
    """Of ``cands``, the last before ``f``'s trigger, else the first, else None: the lender _document_agents takes."""
    before = [g for g in cands if g.trigger.start_tok < f.trigger.start_tok]
    return before[-1] if before else next(iter(cands), None)


def _separate_opener(f: Frame, toks: Sequence[Token], k: int) -> bool:
    """``f``'s sentence opens, within its first SEPARATE_OPENER_WORDS words, with a separate_head noun right before a
    separate_mod word («وعلى جبهة أخرى في عفرين»، «وفي حادث منفصل الثلاثاء»): it tells another front or incident than
    the sentences before it. ``k``: the sentence's first token (its unit's). At most SEPARATE_OPENER_WORDS pairs of
    set look-ups, once per agentless frame."""
    heads, mods = _with_conjunctions_once(words("separate_head")), words("separate_mod")
    end = min(k + SEPARATE_OPENER_WORDS, f.trigger.start_tok + 1, len(toks) - 1)
    return any(toks[j].norm in heads and toks[j + 1].norm in mods for j in range(k, end))


def _same_camp_deal(f: Frame, g: Frame) -> bool:
    """«اتفاق ... لإجلاء المسلحين» then «اتفق مقاتلو أحرار الشام»: a deal whose other side is the generic rebels
    does not borrow a rebel group (ACLED inter 2) of the same country as its agent: it is a part of the same side,
    and the coder's default (the state) is the better guess (g90d). Two named groups may deal with each other
    («وافق جيش الإسلام على إخراج مقاتلي الهيئة»), so only the generic rebels count. A few attribute reads per pair."""
    if f.sub_event_type != AGREEMENT_SUB or f.actor2 is None or g.actor1 is None:
        return False
    other, agent = f.actor2.value, g.actor1.value
    return other.id == GENERIC_REBELS and agent.inter == REBEL_INTER and other.country == agent.country


def _agent_id(f: Frame) -> str:
    """The id of the agent of a frame that names one."""
    assert f.actor1 is not None
    return f.actor1.value.id


def _opens_reason(t: Match, reason_at: Sequence[int], triggers: Sequence[Match]) -> int | None:
    """The word of reason whose clause trigger ``t`` opens («ردا على إطلاق صواريخ»: at most two words after it), told
    after another trigger of its sentence, the act that answers it («شنت الطائرات غارات ردا على ...»); else None."""
    r = next((k for k in reason_at if 0 < t.start_tok - k <= 3), None)
    return r if r is not None and any(o.end_tok <= r for o in triggers) else None


def _bare_answer(t: Match, reason_at: Sequence[int], dates: Sequence[DateMention], published: dt.date | None) -> int | None:
    """The word of reason whose clause noun trigger ``t`` opens (as _opens_reason) when no trigger tells the answer
    before it but a day within one day of publication does («ضربت ليلاً ... ردا على إطلاق صواريخ»); else None."""
    r = next((k for k in reason_at if 0 < t.start_tok - k <= 3), None)
    if r is None or published is None:
        return None
    d = next((d for d in reversed(dates) if d.tok_end <= r), None)
    return r if d is not None and d.date_end is not None and 0 <= (published - d.date_end).days <= 1 else None


def _answered_told(toks: Sequence[Any], t: Match, tdef: L.Trigger, b: int) -> bool:
    """Noun trigger ``t`` of a reason clause is indefinite, no alleged act ("هجوم كيميائي مزعوم": the accusation
    answered) and told by a verb of its own right after its head, one word between at most (function_words told_verb:
    "قذيفة هاون سقطت"، "قصف صاروخي وقع"، the verb inside a trigger phrase: "صاروخ سقط")."""
    if tdef.pos != "noun" or t.definite():
        return False
    if t.end_tok < b and in_words(toks[t.end_tok].norm, words("alleged")):
        return False
    verbs = words("told_verb")
    return any(toks[k].norm in verbs for k in range(t.start_tok + 1, min(t.end_tok + 2, b)))


def _protest_tally(toks, a: int, b: int) -> bool:
    """"ارتفع عدد قتلى التظاهرات إلى ثلاثة"، "سقوط ثمانية قتلى خلال احتجاجات الأسبوع الماضي": a protest sentence
    telling a toll total or a week's or a month's dead (function_words protest_tally) counts the wave's dead, not
    one day's. Runs only on lethal-force protest frames that found a count (a few dozen per corpus run): one set
    look-up per token of the sentence."""
    return _holds_any(toks, a, b, words("protest_tally"))


def _reason_clause(toks, t: Match, b: int, after_at: Sequence[int] = ()) -> tuple[int, int] | None:
    """The reason clause after trigger ``t`` ("ضربات ردا على الهجمات الكيماوية والتي قتل فيها 40"): from a word of
    reason (function_words reason_head), or a word of "after" a trigger follows at once (``after_at``: "ضربات بعد
    الهجوم الكيماوي"), to the end of its clause (clause_break); None when the sentence has none after the trigger.
    The clause runs on over a break that a relative pronoun follows ("بعد الهجوم الكيماوي في دوما في السابع من أبريل،
    الذي أسفر عن مقتل 75"): the relative clause describes the earlier happening. The dead told there are its own."""
    openers, inquiry = _reason_openers(), _inquiry_heads()
    r = next((k for k in range(t.end_tok, b)
              if k in after_at or (toks[k].norm in openers and _reason_word(toks, k, b))
              or (toks[k].norm in inquiry and k + 1 < b and toks[k + 1].norm == "في")), None)
    if r is None:
        return None
    breaks = _with_conjunctions_once(words("clause_break"))
    relatives = words("relative")
    end = next((k for k in range(r + 1, b) if toks[k].norm in breaks), b)
    while end + 1 < b and toks[end + 1].norm in relatives:
        end = next((k for k in range(end + 2, b) if toks[k].norm in breaks), b)
    return r, end


@lru_cache(maxsize=1)
def _inquiry_heads() -> frozenset[str]:
    """function_words inquiry_head with a conjunction: "للتحقيق في الهجوم الذي أسفر عن مقتل 40" opens the clause of
    the act inquired into, whose dead are its own (g106l)."""
    return with_conjunctions(words("inquiry_head"))


@lru_cache(maxsize=1)
def _reason_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """function_words reason_head and reason_on_head (with a conjunction), reason_on and reason_on_between."""
    return (with_conjunctions(words("reason_head")), with_conjunctions(words("reason_on_head")),
            words("reason_on"), words("reason_on_between"))


@lru_cache(maxsize=1)
def _doer_words() -> tuple[frozenset[str], frozenset[str]]:
    """function_words doer_head (with a conjunction) and doer_of (g108r)."""
    return with_conjunctions(words("doer_head")), words("doer_of")


@lru_cache(maxsize=1)
def _reason_openers() -> frozenset[str]:
    """Every form ``_reason_word`` can take at all (reason_head and reason_on_head, with a conjunction): the scans
    ask this set first and call ``_reason_word`` only for its few tokens (it ran on every token after a trigger)."""
    heads, on_heads, _on, _between = _reason_words()
    return heads | on_heads | _doer_words()[0]


def _reason_word(toks: Sequence[Any], k: int, b: int) -> bool:
    """Token ``k`` opens a reason clause: a word of reason (reason_head: "ردا"، "انتقاما"), or a noun of answering
    that is one only when "على" follows it (reason_on_head: "كرد على"، "للرد على"; "كرد" is also "Kurds"), at once
    or after one word of reason_on_between ("كرد قوي على"), quotes skipped, or a noun of doers when an attack noun
    follows it (doer_head, doer_of: "قادة هجوم"، "منفذي الهجوم"). Set look-ups only; the look-ahead runs for the few
    reason_on_head and doer_head tokens."""
    heads, on_heads, on, between = _reason_words()
    w = toks[k].norm
    if w in heads:
        return True
    doers, doer_of = _doer_words()
    if w in doers:
        # "منفذي الهجوم"، "قادة هجوم": the doers of another happening, whose places are its own (g108r)
        j = _past_punct(toks, k + 1, b)
        return j < b and toks[j].norm in doer_of
    if w not in on_heads:
        return False
    j = _past_punct(toks, k + 1, b)
    if j < b and toks[j].norm in between:
        j = _past_punct(toks, j + 1, b)
    return j < b and toks[j].norm in on


def _past_punct(toks: Sequence[Any], j: int, b: int) -> int:
    """The first token from ``j`` (before ``b``) that is no quote mark: «"كرد قوي" على»."""
    while j < b and toks[j].punct and toks[j].norm in _QUOTE_SET:
        j += 1
    return j


def _reason_at(toks: Sequence[Any], a: int, b: int) -> list[int]:
    """The positions in [a, b) of the words that open a reason clause (``_reason_word``); one pass per sentence."""
    openers = _reason_openers()
    return [k for k in range(a, b) if toks[k].norm in openers and _reason_word(toks, k, b)]


def _next_day_clause(toks: Sequence[Any], t: Match, b: int) -> tuple[int, int] | None:
    """The clause of "the day after" (function_words next_day_of, "غداة") told after trigger ``t`` ("تأتي هذه الغارات
    غداة مقتل 20 مدنيا في غارة"): from that word to the end of its clause (clause_break) or the sentence end ``b``.
    The dead told there are the earlier day's happening's, not the trigger's (g97c). None when there is none: a
    forward scan of at most NEXT_DAY_AHEAD tokens with set look-ups, over commas ("ما تسبب الجمعة بمقتل مدني،
    غداة مقتل أربعة الخميس")."""
    next_day = _next_day_words()
    k = next((j for j in range(t.end_tok, min(b, t.end_tok + NEXT_DAY_AHEAD)) if toks[j].norm in next_day), None)
    if k is None:
        return None
    breaks = _next_day_breaks()
    return k, next((j for j in range(k + 1, b) if toks[j].norm in breaks), b)


@lru_cache(maxsize=1)
def _next_day_breaks() -> frozenset[str]:
    """clause_break without the comma: "غداة مقتل 20 مدنيا، بينهم 16 طفلا" goes on over it; "فيما/بينما" end it."""
    return frozenset(_with_conjunctions_once(words("clause_break")) - {"،", ","})


def _lead_opens_with_act(frames: Sequence[Frame]) -> bool:
    """The document's first sentence opens with an act verb ("استهدف الجيش الإسرائيلي مواقع عدة ..."): a
    hard-news lead, so a question headline over it asks about that happening ("ما هي الأهداف التي تم قصفها؟"),
    as a report's would, not an explainer's. Read once per document, and only when an event is kept."""
    for f in frames:
        if f.sentence == 0 and f.trigger.start <= f.sent_span[0] and f.tdef.pos == "verb" and f.tdef.weight >= WEAK \
                and not f.modality:
            return True
    return False


def _when_clauses(toks: Sequence[Any], triggers: Sequence[Match], a: int, b: int) -> dict[int, tuple[int, int]]:
    """trigger start -> its clause, split at «في وقت» opening a clause ("استعادت القوات البلدة، في وقت تسببت غارات
    بمقتل 62"), not at a time ("في وقت سابق/لاحق": function_words when_time), when the triggers then stand in two
    clauses or more; else empty. Read for the tolls only (g95g): a sentence with two triggers or more, one walk over
    its tokens with set look-ups."""
    if len(triggers) < 2:
        return {}
    when, time_after = words("when_split"), words("when_time")
    prep = _with_conjunctions_once(words("when_split_prep"))
    cuts = [k for k in range(a + 1, b - 1) if toks[k].norm in when and toks[k - 1].norm in prep
            and toks[k + 1].norm not in time_after]
    if not cuts:
        return {}
    clauses: dict[int, tuple[int, int]] = {}
    for t in triggers:
        lo = max((k for k in cuts if k <= t.start_tok), default=a)
        hi = min((k - 1 for k in cuts if k > t.start_tok), default=b)
        clauses[t.start_tok] = (lo, hi)
    return clauses if len(set(clauses.values())) > 1 else {}


def _dead_of(num: Any) -> int:
    """The figure of a toll read by pick_fatalities (an int, a number mention or ONE_DEAD); 0 for none."""
    value = num if isinstance(num, int) or num is None else num.value
    return value or 0


def _outside_clauses(numbers: Sequence[Any], casualties: Sequence[Any], own: tuple[int, int],
                     clauses: Sequence[tuple[int, tuple[int, int]]]) -> tuple[list[Any], list[Any]]:
    """The numbers and casualty words not inside a clause told after ``own`` (opened by «فيما/بينما/في حين/في وقت»)
    that holds a trigger of its own: a toll told there is the dead of that clause's happening (g95g). A trigger that
    is itself a word of killing ("فيما قتل 3") is no happening of its own: its toll may be the earlier act's; a toll
    told before the frame's clause ("15 قتلوا فيما أصيب العشرات بغارات") is the later act's. Runs only when the
    frame's own clause tells no toll and the sentence has two clauses with triggers (rare): a few comparisons."""
    others = {c for k, c in clauses if c[0] >= own[1]
              and not any(w.start_tok <= k < w.end_tok for w in casualties)}
    return ([n for n in numbers if not _inside_any(n.tok_start, others)],
            [c for c in casualties if not _inside_any(c.start_tok, others)])


def _inside_any(k: int, spans: set[tuple[int, int]]) -> bool:
    """Token ``k`` lies inside one of ``spans`` (lo, hi), hi excluded."""
    return any(lo <= k < hi for lo, hi in spans)


@lru_cache(maxsize=8)
def _with_conjunctions_once(group: frozenset[str]) -> frozenset[str]:
    """``with_conjunctions`` made once per word group, for look-ups made per frame."""
    return with_conjunctions(group)


def _armed_group_told(actors: Sequence[Mention], clause: tuple[int, int] | None) -> bool:
    """An armed non-state group named in the trigger's own clause (the whole sentence when ``clause`` is None): the
    killing, rape or arrest it tells is political, not an ordinary crime. State forces do not count: the police are
    who arrest a murderer and who tell of the crime («حسب الشرطة»)."""
    return any(m.value.kind == "nonstate" and m.value.inter in ARMED_INTERS
               and (clause is None or clause[0] <= m.tok_start < clause[1]) for m in actors)


def _outside_speaker(bar: str, cues: Sequence[Match], toks: Sequence[Token], reporting: Sequence[Match],
                     t: Match) -> Sequence[Match]:
    """The cues of ``bar`` but those in the speaker's phrase of a reporting verb before the trigger, up to its
    «أن/إن» or the mark that opens the quote (SPEAKER_TITLE_BARS only): "أفاد ضابط في الشرطة أنه قتل 5 أشخاص"، "قال
    ضابط برتبة عقيد في الشرطة: «قامت عصابات داعش بقتل 15 شخصا»" — the officer who speaks is no armed victim of the
    killing he reports (g103c). Nothing is scanned when the bar has no cue or the sentence no reporting verb."""
    if bar not in SPEAKER_TITLE_BARS or not cues or not reporting:
        return cues
    # the speaker's phrase ends at «أن/إن» or at a mark (a colon, a quote) of speaker_end; not at its words («في»،
    # «اليوم»: inside the title «ضابط في الشرطة») nor at a comma (an aside)
    marks = words("speaker_end") - words("clause_mark")
    spans = []
    for r in reporting:
        if r.payload.kind != "verb" or r.end_tok > t.start_tok:
            continue
        # «أن/إن» bare or with a pronoun («أفاد ضابط في الشرطة أنه قتل ...», g103i), or a mark (a colon, a quote)
        k = next((k for k in range(r.end_tok, min(r.end_tok + SPEAKER_WINDOW, t.start_tok))
                  if (not toks[k].is_word and toks[k].norm in marks) or that_between(toks, k, k + 1)), None)
        if k is not None:
            spans.append((r.end_tok, k))
    return [c for c in cues if not any(lo <= c.start_tok and c.end_tok <= hi for lo, hi in spans)] if spans else cues


def _sent_to_place(toks: Sequence[Token], t: Match, frame: Sequence[Match], aim: Sequence[Match],
                   clause: tuple[int, int] | None, places: Sequence[Any]) -> bool:
    """«يستمر النظام في إرسال تعزيزات إلى محافظة إدلب، استعدادا للهجوم»، «وصول تعزيزات ضخمة إلى محيط مدينة X استعدادا
    لفتح محور»: a build-up whose only barring words in its clause are words of preparation (BUILDUP_AIM) told after
    it, with «إلى» and a named place between, is a force sent or arrived there; the aim tells why, not that it did not
    happen (g111b). A lasting course («منذ أسابيع»، «ما زال») or a frame («بالتزامن») still bars it, and so does an aim
    with no place reached («هذه التعزيزات تأتي تحضيرا للعملية»)."""
    ca, cb = clause if clause is not None else (-1, 1 << 30)
    inside = [c for c in frame if ca <= c.start_tok and c.end_tok <= cb]
    if not inside or not aim or not places:
        return False
    aims = {c.start_tok for c in aim}
    first = min(c.start_tok for c in inside)
    if first < t.end_tok or any(c.start_tok not in aims for c in inside):
        return False
    to = words("buildup_dest")
    return any(t.end_tok <= p.tok_start - 1 and p.tok_end <= first and any(
        in_words(toks[k].norm, to) for k in range(max(t.end_tok, p.tok_start - AIM_DEST_GAP), p.tok_start))
        for p in places)


def _in_clause(cues: Sequence[Match], clause: tuple[int, int] | None) -> bool:
    """A barring cue of the trigger's own clause (``clause``: None when the sentence is one clause): "قال إن الجيش قتل
    11 مسلحا الليلة الماضية، فيما قال الجيش إن اثنين من جنوده قتلا في انفجار" tells a killing and, after "فيما", an
    explosion apart; the explosion bars the second killing (its cause), not the first."""
    if clause is None:
        return bool(cues)
    ca, cb = clause
    return any(ca <= c.start_tok and c.end_tok <= cb for c in cues)


def _holder_in_evidence(ev: Event, mentions: Sequence[Mention], cues: Mapping[str, Sequence[Any]],
                        toks: Sequence[Token]) -> bool:
    """The strike's own evidence names an armed group of its country (or IS) as holding or fighting there (a
    function_words holder_cue word beside it) and no civilians, civilian site or harm ("بلدات تحت سيطرة فيلق الرحمن"،
    "اشتباكات بين مقاتلي جيش الإسلام وقوات النظام تترافق مع قصف"): the strike is against that group, not the civilians
    the report names elsewhere (g67b). The document-wide "when: civilians" default (dt-1802..1804) then gives way to the
    holder's (dt-41800..41802, the group named). Read only for a strike the civilians' default may reach, in a report
    telling of civilians: a scan of the document's actor mentions, then (rarely) of its civilians' cues."""
    spans = [(e.start, e.end) for e in ev.evidence]
    if not any(_rebel_of(m.value, ev.country) and any(lo <= m.start < hi for lo, hi in spans)
               and _holder_word_beside(toks, m) for m in mentions):
        return False
    return not any(lo <= c.start < hi for g in CIVILIANS_REPORTED for c in cues.get(g, ()) for lo, hi in spans)


def _labelled_target(ev: Event, toks: Sequence[Token]) -> bool:
    """The act's evidence names its foe only by a label («الإرهابيين»، «المجموعات الإرهابية»، «التكفيريين»;
    function_words.tsv terror_label), which default_targets.tsv rows "when: labelled" read per striker (Iran and
    Iraq mean IS). One set look-up per evidence token, run only for events left with no actor2 (g91f)."""
    labels = words(TERROR_LABEL)
    return any(toks[i].norm in labels for e in ev.evidence
               for i in range(bisect_left(toks, e.start, key=_tok_start), bisect_left(toks, e.end, key=_tok_start)))


def _fighters_target_in_evidence(ev: Event, cues: Mapping[str, Sequence[Any]], toks: Sequence[Token]) -> bool:
    """The strike's own evidence names an unnamed armed side's military target ("تحصينات وأوكار التنظيمات
    الإرهابية"، "مواقع المسلحين"، "تجمعات الجماعات المسلحة") or the places its fire came from ("المناطق التي انطلقت
    منها القذائف") and no civilians, civilian site or harm: the strike is against the armed side holding the area,
    not the civilians the report names elsewhere (g68c, the policy of g67b). A target of the government's side
    ("مواقع الجيش السوري"، "مواقع للقوات الحكومية") has no fighters' word after it and is left alone. One pass over
    the evidence's tokens with set look-ups; read only where _holder_in_evidence found no named holder."""
    spans = [(e.start, e.end) for e in ev.evidence]
    if not any(_fighters_target_at(toks, i) for lo, hi in spans
               for i in range(bisect_left(toks, lo, key=_tok_start), bisect_left(toks, hi, key=_tok_start))):
        return False
    # civilians only spared or feared for ("قلقها إزاء مصير المدنيين") are not the strike's victims (g66e)
    return not any(lo <= c.start < hi and not (g == CIVILIAN_CUE and _spared_word_before(toks, c.tok_start))
                   for g in CIVILIANS_REPORTED for c in cues.get(g, ()) for lo, hi in spans)


def _civilians_beside(ev: Event, cues: Mapping[str, Sequence[Any]], toks: Sequence[Token],
                     sents: Sequence[tuple[int, int]]) -> bool:
    """A cue of the civilians' groups (civilians, a civilian site, harm, chemical) in the event's own evidence or the
    sentence just before or after it (the toll told next: "... تتعرض إلى قصف مكثف. وارتفع عدد القتلى"), civilians
    only spared or feared for aside (g70a). Two bisects per evidence span, then one pass over the document's
    civilians' cue matches."""
    spans = [(e.start, e.end) for e in ev.evidence]
    if sents:
        spans = [(sents[max(0, bisect_right(sents, lo, key=_first) - 2)][0],
                  sents[min(len(sents) - 1, bisect_left(sents, hi, key=_first))][1]) for lo, hi in spans]
    return any(lo <= c.start < hi and not (g == CIVILIAN_CUE and _spared_word_before(toks, c.tok_start))
               for g in CIVILIANS_REPORTED for c in cues.get(g, ()) for lo, hi in spans)


def _first(span: tuple[int, int]) -> int:
    return span[0]


def _tok_start(t: Token) -> int:
    return t.start


def _fighters_target_at(toks: Sequence[Token], i: int) -> bool:
    """Token ``i`` is a military target noun with a generic fighters' word within FIGHTERS_AFTER tokens after it
    (other target nouns joined by "و" may stand between; "و" or "ل" may lead it), or a verb of fire's origin followed by "منها"."""
    n = toks[i].norm
    if n in words(FIRE_ORIGIN):
        return i + 1 < len(toks) and toks[i + 1].norm in words(FROM_IT)
    targets = words(MILITARY_TARGET)
    if n not in targets and not (n.startswith(("و", "ل")) and n[1:] in targets):  # "ومواقع"، "قصفها لمواقع"
        return False
    fighters = words(FIGHTERS_GENERIC)
    return any(toks[j].norm in fighters for j in range(i + 1, min(len(toks), i + 1 + FIGHTERS_AFTER)))


QUARTER_CAMP: Final = "quarter_camp"  # function_words group: the camps that are quarters of a town (g104d)
CAMP_WORD: Final = "camp_word"  # function_words group: the civilian_site cue heading such a camp's name («مخيم»)


@lru_cache(maxsize=1)
def _quarter_camp_words() -> int:
    """The longest name of such a camp, in words («خان الشيح»، «برج البراجنة»: 2), read from the table, not written
    here: a longer name added there is read whole (g104o)."""
    return max((len(n.split()) for n in words(QUARTER_CAMP)), default=0)


def _quarter_camps_apart(cues: dict[str, Any], toks: Sequence[Token]) -> dict[str, Any]:
    """«مخيم اليرموك»، «مخيم خان الشيح»، «مخيم عين الحلوة»: the Palestinian camps of Syria, Lebanon and Palestine are
    built-up quarters of their towns, held and fought over as any other; «مخيم» heading one of their names
    (function_words quarter_camp) is the quarter's name, not a civilian site a strike fell on (civilian_site). Who
    the strike hit is then read as for a quarter: the civilians it killed, else the side holding it (g104d). Only the
    camp word (function_words camp_word): «مستشفى اليرموك» is a hospital (g104o). A look-up of the one or two words
    after each camp cue of the document: a few a report."""
    sites = cues.get("civilian_site")
    if not sites:
        return cues
    names, camp = words(QUARTER_CAMP), words(CAMP_WORD)
    kept = [c for c in sites if c.phrase not in camp or not any(
        " ".join(toks[k].norm for k in range(c.end_tok, min(len(toks), c.end_tok + n))) in names
        for n in range(1, _quarter_camp_words() + 1))]
    if len(kept) != len(sites):
        cues = {**cues, "civilian_site": kept}
    return cues


def _positions_struck(ev: Event, a1: Any) -> bool:
    """A state force's strike on its own country's ground told as falling on positions or front lines ("غارات على
    محاور الحجر الأسود"، POSITIONS_HIT) with no target named: the positions are those of the armed group the report
    names most, as a clash's foe (g104i). Not a foreign force's (US, Iranian strikes: their foes are states), nor a
    strike whose agent the report only suspects ("يشتبه بأنه هجوم أميركي": its foe is as unsure). A generic force
    (actors.tsv "{country}", no home country of its own: «وحدات الجيش» in Libya) is the event country's own (g104o)."""
    return ev.event_type in STRUCK and POSITIONS_HIT in ev.rule_ids and a1.country in ("", ev.country) \
        and "actor-suspected" not in ev.rule_ids


def _holder_word_beside(toks: Sequence[Token], m: Mention) -> bool:
    """A holder_cue word within HOLDER_BEFORE tokens before the mention or HOLDER_AFTER after it."""
    held = words(HOLDER_CUE)
    lo, hi = max(0, m.tok_start - HOLDER_BEFORE), min(len(toks), m.tok_end + HOLDER_AFTER)
    return any(toks[i].norm in held for i in range(lo, hi))


def _rebel_of(a: Any, country: str | None) -> bool:
    """A rebel group of ``country`` or of none (IS), as _near_group reads them."""
    return a.kind == "nonstate" and a.inter == 2 and a.country in ("", country)


def _reports_civilians(cues: Mapping[str, Sequence[Any]], toks: Sequence[Token], reports: Sequence[Match]) -> bool:
    """The document tells of civilians harmed or targeted somewhere (a civilian, a civilian site, victims, a
    massacre, a chemical attack): ACLED codes an unnamed target of a strike on a town as civilians only then.
    Civilians told only as displaced, evacuated, protected or as who tells the news ("مصير المدنيين"، "قال سكان")
    are not harmed (g66e). Four look-ups in the cue matches already found, once per document; the civilians'
    words are read one by one only when no other group answers."""
    if any(cues.get(g) for g in CIVILIANS_REPORTED if g != CIVILIAN_CUE):
        return True
    civ = cues.get(CIVILIAN_CUE)
    if not civ:
        return False
    told_by = {r.tok_end for r in reports if r.payload.id not in UNSPOKEN_REPORTS}
    return any(m.tok_start not in told_by and not _spared_word_before(toks, m.tok_start) for m in civ)


def _trigger_marks(toks: Sequence[Any], t: Match, tdef: L.Trigger, cue_s: Mapping[str, _ByUnit], si: int,
                   sent: tuple[int, int]) -> list[str]:
    """The rule ids read from the trigger's own words and its sentence's cue groups, which later rules and the
    document filters look for (a side's withdrawal, a definite noun, an aircraft downed, protesters held, a crime
    told with its verb)."""
    marks = []
    if toks[t.start_tok].norm.removeprefix(t.prefix) in words("withdrawal"):
        marks.append(WITHDRAWAL)
    if tdef.pos == "noun" and (t.prefix.endswith(("ال", "لل")) or t.phrase.startswith("ال")):
        marks.append("definite")
    if tdef.sub_event_type == DWU and cue_s.get("aircraft", _EMPTY)[si]:
        marks.append(AIRCRAFT_DOWNED)
    if tdef.sub_event_type == ARRESTS and cue_s.get("protesters", _EMPTY)[si]:
        marks.append(PROTESTERS_HELD)
    if tdef.event_type == NAMED_CRIMES and _told_verbally(toks, t):
        marks.append(TOLD_VERBALLY)
    if tdef.event_type in NAMED_HAPPENINGS and _definite_noun(t) and (
            _escalated(toks, t) or EventExtractor._ongoing(toks, t, max(0, t.start_tok - ONGOING_WINDOW))):
        marks.append(AS_NEWS)
    if tdef.sub_event_type == ARMED_CLASH and tdef.pos == "noun" and _going_on(toks, t, sent):
        marks.append(GOING_ON)
    return marks


def _gate_lift(rule_ids: Sequence[str]) -> float:
    """What a clash told going on with no day of its own ("تدور اشتباكات حاليا") adds at the confidence gates: the
    report's time is its day, as a day told would add (GOING_ON). Fighting told on its fronts ("على محاور عدة"، "على
    جبهة أخرى", FRONT_TOLD) adds as much (g99g). Only at the gates: the confidence merges compare stays, so a taking
    told beside fighting on several axes keeps its sub-type (a lift of the frame's confidence turned one into a clash)."""
    lift = GOING_ON_LIFT if GOING_ON in rule_ids and "date-context" in rule_ids else 0.0
    # a bare deal noun told with the verb that made it and that verb's day ("لاتفاق أعلن الخميس") is told as done
    # as a verb of reaching tells it: the day read once more at the gates, as for a clash going on (g100u)
    # as does one told made by a relative verb naming an armed group among its sides («الذي وقعته الفصائل مع», g102c)
    lift += GOING_ON_LIFT if FRAMED_MADE_DATED in rule_ids or TERMS_MADE_DATED in rule_ids \
        or DEAL_MADE_SIDE in rule_ids else 0.0
    # a day's toll read as the strike of the campaign told before (_campaign_day_tolls): the act is the campaign's
    # trigger, told in its own sentence, as a strike word in the toll's sentence would add (g105k)
    lift += GOING_ON_LIFT if CAMPAIGN_TOLL in rule_ids else 0.0
    # a campaign told launched on its named day («أطلقت في 19 حزيران عملية عسكرية», g112g): the launch verb tells the
    # weak campaign noun as an act done that day, as a clash verb would
    lift += GOING_ON_LIFT if LAUNCH_DAY in rule_ids else 0.0
    return lift + (GOING_ON_LIFT if FRONT_TOLD in rule_ids else 0.0)


def _going_on(toks: Sequence[Any], t: Match, sent: tuple[int, int]) -> bool:
    """A present verb of fighting going on (function_words going_on: "تدور"، "يجري") up to GOING_ON_WINDOW words
    before the clash noun or after it, within its sentence ``sent`` and no clause break between ("تدور اشتباكات
    حاليا"، "اشتباكات عنيفة تدور في"); the next sentence's «ويجري الحديث» is not this clash's."""
    verbs, breaks = words("going_on"), words("clause_break")
    # before: the shared backward scan, with_conjunctions(verbs) being in_words' set
    if _word_back_in_clause(toks, t.start_tok, max(sent[0], t.start_tok - 1 - GOING_ON_WINDOW),
                            with_conjunctions(verbs), breaks):
        return True
    for k in range(t.end_tok, min(sent[1], t.end_tok + 1 + GOING_ON_WINDOW)):
        if toks[k].norm in breaks:
            break
        if in_words(toks[k].norm, verbs):
            return True
    return False


def _licensed(doc: Document, trigs: Sequence[Match], cue_s: Mapping[str, _ByUnit], si: int,
              sent: tuple[int, int], actors: Sequence[Mention] = (), toks: Sequence[Token] = (),
              places: Sequence[Any] = (), said: frozenset[int] = frozenset(),
              tok_span: tuple[int, int] | None = None, affiliations: Sequence[Any] = ()) -> list[Match]:
    """The triggers of sentence ``si`` whose cue groups (triggers.tsv "needs") it holds; the others are logged as
    dropped and read as no trigger at all: "هجوم كيميائي أسفر عن مقتل العشرات في دوما" counts no soldiers, so its
    «مقتل» splits no clause and stops no name the chemical attack is told with. A verb's subject before its object
    (NEEDS_OBJECT) is an actor or a country («نشرت فرنسا 50 جنديا»; ``said``: the tokens of one set aside as a
    speaker). ``tok_span``: the sentence's tokens, to read a barred phrase's bar in its own clause (_head_reading);
    None reads the whole sentence as its clause (review 2, item 4: a (0, 0) default ended each clause at its trigger).
    ``affiliations``: the sentence's group mentions read as a person's side, also a deal's sides («بين الحكومة وجيش
    الإسلام», _deal_between)."""
    out: list[Match] = []
    named: Sequence[Any] = actors
    clauses: dict[int, tuple[int, int]] | None = None  # built when a phrase with a head word's row asks
    for t in trigs:
        tdef: L.Trigger = t.payload
        if NEEDS_OBJECT in tdef.needs and named is actors:
            named = [*actors, *(p for p in places if p.kind == "country")]
        lacking = _lacking(tdef, cue_s, si, t=t, actors=named, toks=toks, said=said)
        if lacking == NEEDS_FIGHTERS and _group_named_after(t, actors):
            lacking = _lacking(tdef, cue_s, si, met=NEEDS_FIGHTERS, t=t, actors=named, toks=toks, said=said)
        if lacking == DEAL_MADE \
                and _deal_between(t, tdef, cue_s, si, toks, [*actors, *affiliations], tok_span) is not None:
            # «بموجب اتفاق بين جيش الإسلام وروسيا»: a deal whose two sides are named is one made (g103g)
            lacking = _lacking(tdef, cue_s, si, met=DEAL_MADE, t=t, actors=named, toks=toks, said=said)
        if lacking is None:
            if toks and tdef.id in L.head_word_rows():
                if clauses is None:
                    clauses = {} if tok_span is None else EventExtractor._trigger_clauses(toks, trigs, *tok_span)
                # a head row needing its object reads the countries as subjects, as a row needing one does above
                subjects = [*actors, *(p for p in places if p.kind == "country")]
                t = _head_reading(t, tdef, cue_s, si, toks, clauses.get(t.start_tok), subjects, said)
            out.append(t)
            continue
        # another reading of the same word that the sentence licenses ("قتل الجيش 11 مسلحا": no civilian, fighters)
        alt = next((a for a in L.trigger_alternatives().get(tdef.id, ())
                    if _lacking(a, cue_s, si, t=t, actors=named, toks=toks, said=said) is None), None)
        if alt is not None:
            out.append(t._replace(payload=alt))
        else:
            _drop_unlicensed(doc, t, tdef, lacking, sent)
    return out


def _deal_between(t: Match, tdef: L.Trigger, cue_s: Mapping[str, _ByUnit], si: int, toks: Sequence[Token],
                  actors: Sequence[Any], tok_span: tuple[int, int] | None) -> Any:
    """The armed group named as a side when Agreement noun ``t`` ends a deal_under cue of sentence ``si`` and names
    its two sides after «بين» (deals.deal_between, g103g), else None; only an Agreement noun in a sentence with such a
    cue is read further."""
    if tdef.sub_event_type != AGREEMENT_SUB or tdef.pos != "noun" or not toks:
        return None
    cues = cue_s.get(DEAL_UNDER, _EMPTY)[si]
    if not cues:
        return None
    return deal_between(toks, t, cues, actors, tok_span[1] if tok_span is not None else len(toks))


def _held(tdef: L.Trigger, cue_s: Mapping[str, _ByUnit], si: int, clause: tuple[int, int] | None = None) -> bool:
    """Whether sentence ``si`` holds one of the cue groups that bar the trigger row ("!group" in its needs), in the
    trigger's own ``clause`` when the sentence tells happenings in two (None: the whole sentence), as the frames read
    the bar (_in_clause)."""
    return any(g[0] == NEEDS_NOT and _in_clause(cue_s.get(g[1:], _EMPTY)[si], clause)
               for g in tdef.needs.split("+")) if tdef.needs else False


def _head_reading(t: Match, tdef: L.Trigger, cue_s: Mapping[str, _ByUnit], si: int, toks: Sequence[Token],
                  clause: tuple[int, int] | None = None, actors: Sequence[Any] = (),
                  said: frozenset[int] = frozenset()) -> Match:
    """``t``, or its first word read by the head word's own row when a bar of the phrase holds in its clause (``clause``,
    None for the whole sentence) and that row is licensed there: "خرج* مئات" (a crowd's protest) barred by fighters
    leaves "خرج مئات المقاتلين والمدنيين" to "خرج*", fighters who went out (g100h); fighters of a «فيما» clause bar
    neither. The head row is licensed as _licensed reads a row (``actors``, ``said``: a ">group" it needs is the
    head word's object). A dict look-up per licensed trigger; the rest only for phrases with a head word's row."""
    heads = L.head_word_rows().get(tdef.id)
    if not heads or not _held(tdef, cue_s, si, clause):
        return t
    word = t._replace(end_tok=t.start_tok + 1, end=toks[t.start_tok].end, phrase=t.phrase.split()[0])
    head = next((h for h in heads if _lacking(h, cue_s, si, t=word, actors=actors, toks=toks, said=said) is None
                 and not _held(h, cue_s, si, clause)), None)
    if head is None:
        return t
    return word._replace(payload=head)


def _kin_counterpart(ev: Event, kept: Sequence[Event]) -> None:
    """A weak mention kept for its day and town (DATED) whose counterpart is only the coder's default
    (default_targets.tsv "dt-") takes the one the document names for a kept event of the same sub-type and agent:
    the factions that left one town of a report are mostly the group its other departures name ("فيلق الرحمن")."""
    if not any(r.startswith(DEFAULT_TARGET) for r in ev.rule_ids):
        return
    kin = next((k for k in kept if k.sub_event_type == ev.sub_event_type and k.actor1 == ev.actor1 and k.actor2
                and k.actor2 != ev.actor2 and not any(r.startswith(DEFAULT_TARGET) for r in k.rule_ids)), None)
    if kin is not None:
        ev.actor2, ev.inter2, ev.interaction = kin.actor2, kin.inter2, kin.interaction
        ev.rule_ids.append(KIN_COUNTERPART)


def _counted_dead_side(toks: Sequence[Any], t: Match, a: Any) -> bool:
    """The actor is named as the group the dead are counted of, right after a killing verb ("قتل فيها 14 عنصرا من
    قوات النظام"، "قتل 370 مقاتلا كرديا"): frames read "N مقاتل من X" as X's members acting ("استسلم مئة مقاتل من داعش"), but killed they
    are its losses."""
    k = a.tok_start
    if not (0 < k - t.end_tok <= 6 and k >= 2):
        return False
    if toks[k - 1].norm.isdigit():  # "قتل أكثر من 370 مقاتلا كرديا": the actor's name is the counted noun itself
        return True
    if k >= 3 and toks[k - 3].norm in words("fire_of"):
        return False  # "برصاص عناصر من قوات X": the members fired the bullets, they are not the dead (g43c)
    if by_phrase_start(toks, a) is not None:
        return False  # "قتل ثلاثة مدنيين على يد عناصر من تنظيم داعش": the passive's agent, not the dead (g103c)
    if _counted_members(toks, k):
        return True  # "قتل 5 مسلحين متشددين"، "قتل ثلاثة جنود أتراك": the side qualifies the counted dead (g52a)
    return toks[k - 1].norm in words("partitive") and any(toks[k - 2].norm.startswith(w) for w in words("member")) \
        or _counted_part(toks, k)


def _state_victims(toks: Sequence[Any], t: Match, a: Mention) -> bool:
    """State actor ``a`` is named as the victims of attack ``t`` on people: its members counted («قتل 14 عنصرا من قوات
    النظام»، «9 رجال من الشرطة»: a number or a member word before the partitive «من»), or its members' own name
    («عناصر الشرطة»), or the trigger's object right after it («استهدف مسلحون الشرطة»)."""
    k = a.tok_start
    if _counted_dead_side(toks, t, a) or any(toks[k].norm.startswith(w) for w in words("member")):
        return True
    if k >= 2 and toks[k - 1].norm in words("partitive") and (
            any(toks[k - 2].norm.startswith(w) for w in words("member")) or k >= 3 and toks[k - 3].norm.isdigit()):
        return True
    return 0 <= k - t.end_tok <= 1


def _bodies_pronoun(w: str) -> bool:
    """Word ``w`` is a noun of bodies carrying a pronoun (function_words body_stem + object_pronoun): "جثثهم"،
    "جثتها"، "جثامينهم" point back at victims named before."""
    return any(w.endswith(p) and w[:-len(p)] in words("body_stem") for p in words("object_pronoun"))


def _killer_after(toks: Sequence[Any], sides: Sequence[Mention], dead: Mention) -> Mention | None:
    """"قتل 5 مسلحين خلال تطهير القوات العراقية مناطق": an armed side named after the counted dead, in the
    killing's sentence, is who killed them (g52a); the first such side, else None (the killing stays a toll). A side
    joined by "و" or owning ("التابعة لـ") is more of the dead, not who killed them."""
    for m in sides:
        if m.tok_start < dead.tok_end or not _armed_side(m) or m.value.id == dead.value.id:
            continue
        k = m.tok_start
        if toks[k].norm.startswith("و") or toks[k - 1].norm in words("affiliated"):
            return None
        return m
    return None


def _named_killer(toks: Sequence[Any], sides: Sequence[Mention], dead: Mention) -> Mention | None:
    """"قتل 17 مقاتلا من قوات النظام على يد مسلحي داعش"، "... برصاص عناصر من الحوثيين": an armed side after the dead
    that "على يد/من قبل" or "برصاص/بنيران" (function_words by_agent, fire_of) names is who killed them, even where the
    dead are told as "N عنصرا من X" and the sides named next are mostly more of the dead (g105c); else None."""
    fire = words("fire_of")
    for m in sides:
        if m.tok_start < dead.tok_end or not _armed_side(m) or m.value.id == dead.value.id:
            continue
        k = m.tok_start
        if by_phrase_start(toks, m) is not None:
            return m
        # the fire word right before the side, or before its members' noun (and «من»): "برصاص عناصر من قوات X"
        j = k - 1
        if j > dead.tok_end and toks[j].norm in words("partitive"):
            j -= 1
        if j > dead.tok_end and any(toks[j].norm.startswith(w) for w in words("member")):
            j -= 1
        return m if j >= dead.tok_end and toks[j].norm in fire else None
    return None


def _attack_owner(toks: Sequence[Any], sides: Sequence[Mention], t: Match, sent_hi: int) -> Mention | None:
    """The armed side owning an attack named after killing trigger ``t`` (g53d): "في هجوم للتنظيم"، "في هجوم آخر
    لعناصر حزب العمال"، "في هجوم شنه التنظيم" (function_words attack_owned, attack_owner_gap), else None. The side
    takes the attack with "لـ" or after a launching verb; only the words of attack_owner_gap stand between them."""
    hi = min(sent_hi, t.end_tok + OWNER_WINDOW)
    nouns = words("attack_owned")
    if not _holds_any(toks, t.end_tok, hi, nouns):
        return None  # most killings are told with no attack noun after them
    gap, launch = words("attack_owner_gap"), words("campaign_launch")
    for m in sides:
        k = m.tok_start
        if k <= t.end_tok or k >= hi or not _armed_side(m):
            continue
        launched = False
        for j in range(k - 1, max(t.end_tok, k - 1 - OWNER_GAP) - 1, -1):
            w = toks[j].norm
            if w in nouns:
                if "ل" in m.prefix or launched or toks[k - 1].norm.startswith("ل"):
                    return m
                break
            if w in launch:
                launched = True
            elif w not in gap:
                break
    return None


HOLDER_OVER_DEFAULT: Final = "holder-over-default-143501"  # an IS pocket's holder over a strike's default target (g111n)
DEAD_OVER_HOLDER: Final = "dead-over-holder-123501"  # the dead counted before a strike outrank a place's holder (g109b)
MORE_DEAD: Final = "more-dead-67700"  # a side joined to the side whose dead are counted is more of the dead (g100a)
MORE_DEAD_GAP: Final = 4  # tokens between the two sides: «، و» and a members' noun with «من» («وعناصر من المعارضة»)


def _more_dead(toks: Sequence[Any], dead: Mention, m: Mention) -> bool:
    """«مقتل 14 من قوات النظام، وفصائل معارضة ... في تفجير»، «مقتل 14 من الجيش وعناصر من المعارضة في هجوم»: a side
    joined by «و» right after the side whose dead are counted (only a comma, a members' noun and «من» between) is
    counted with it, not the act's agent. A few look-ups over at most MORE_DEAD_GAP tokens, asked once per act with a
    counted side."""
    gap = m.tok_start - dead.tok_end
    if not 0 <= gap <= MORE_DEAD_GAP:
        return False
    member, partitive = words("member"), words("partitive")
    joined = m.prefix.startswith("و")
    for k in range(dead.tok_end, m.tok_start):
        w = toks[k].norm
        if w in (",", "،"):
            continue
        joined = joined or w.startswith("و")
        base = w.removeprefix("و")
        if not (w == "و" or base in partitive or any(base.startswith(x) for x in member)):
            return False
    return joined


def _counted_members(toks: Sequence[Any], k: int) -> bool:
    """A count (digits or a number word) and a members' noun right before token ``k``: "5 مسلحين [متشددين]"."""
    prev = toks[k - 2].norm
    if not (prev.isdigit() or number_word(prev) is not None):
        return False
    return any(toks[k - 1].norm.startswith(w) for w in words("member"))


def _counted_part(toks: Sequence[Any], k: int) -> bool:
    """A count (digits, a number word or a word of quantity: function_words dead_quantity), «من» and a members' noun
    right before token ``k``: "قتل 7 من مسلحي داعش بنيران الجيش"، "قتل العشرات من عناصر الحوثي": the side names the
    counted dead as "5 مسلحين" does (g105c). Three look-ups, asked only for a side right after a killing."""
    member = words("member")
    if k >= 2 and toks[k - 1].norm in words("partitive") and any(toks[k].norm.startswith(w) for w in member):
        count = toks[k - 2].norm  # "قتلت 12 من مسلحي الحوثي": the members' noun opens the side's own name
    elif k >= 3 and toks[k - 2].norm in words("partitive") and any(toks[k - 1].norm.startswith(w) for w in member):
        count = toks[k - 3].norm
    else:
        return False
    return count.isdigit() or number_word(count) is not None or count in words("dead_quantity")


def _foreign_striker_read(f: Frame, st: str, a2: L.Actor) -> bool:
    """The only side read with the act is a foreign force the default row takes for the striker (borrow_from, g55d):
    a second attacker beside the title's, whose reading stands («... الموت لإسرائيل» read as Israel under an Iranian
    salvo's title is no target either)."""
    row = default_row(f.place.country if f.place else None, st)
    return row is not None and a2.id in row.borrow_from

def _agents_told(frames: Sequence[Frame]) -> dict[str, set[str]]:
    """Merge family -> the ids of the agents (actor1, or a side joined to it) the body reads in its sentence for the
    factual acts of a title_agent sub-type that took no document's agent; taken when ``extract`` asks for the title,
    before the events change the frames."""
    told: dict[str, set[str]] = {}
    for f in frames:
        if f.modality or not title_agent_rule(f.sub_event_type) or ACTOR_DOCUMENT in f.rule_ids:
            continue
        ids = told.setdefault(merge_family(f.sub_event_type), set())
        for m in (f.actor1, f.joined):
            if m is not None:
                ids.add(m.value.id)
    return told


def _body_agrees(told: dict[str, set[str]], agents: dict[str, L.Actor]) -> dict[str, L.Actor]:
    """The title's agents of ``agents`` whose family's acts the body tells with no other agent read in their sentence
    (``told``: _agents_told): a report of several attackers («غارات روسية ...» over «طائرات روسية وسورية») keeps each
    mention's own reading."""
    return {k: v for k, v in agents.items() if not told.get(k, set()) - {v.id}}


class _TitleRead:
    """The title's agents the body agrees with (``_title_agents``, ``_body_agrees``), read when the first event asks for
    one: of the documents whose body tells an agentless act of a title_agent sub-type, about three in ten end with no
    such event, and their titles need no reading (g103a). ``get`` as a dict's."""

    def __init__(self, extractor: "EventExtractor", doc: Document, told: dict[str, set[str]]) -> None:
        self.extractor = extractor
        self.doc = doc
        self.told = told
        self.agents: dict[str, L.Actor] | None = None

    def get(self, family: str) -> L.Actor | None:
        if self.agents is None:
            self.agents = _body_agrees(self.told, self.extractor._title_agents(self.doc))
        return self.agents.get(family)


def _place_left(f: Frame, toks: Sequence[Token], fighters: Sequence[Any]) -> bool:
    """An armed departure (a transfer row needing fighters or buses) is told with the fighters who left and then
    the place they left, both right after the trigger: "من" + the place, or a departure verb's object ("غادرت آخر
    مجموعة من المقاتلين جوبر"), with no "إلى" between (a place after it is the destination: "خروج المقاتلين إلى
    إدلب"). People who left a town with no fighters told between ("غادر 30 ألف شخص مدينة عفرين") flee; it is no
    transfer. A noun only when told as begun or going on ("بدء خروج الحافلات ... من الرحيبة", BEGUN) and with "من"
    before the place. Checked only for a transfer frame with no agent read (a few hundred a corpus run), over at most
    PLACE_LEFT_WINDOW tokens and the sentence's fighters cues (``fighters``: the document's, a handful)."""
    p = f.place
    # a town (geo precision 1): fighters leaving a region ("منطقة شرق القلمون") leave from its towns, which the
    # report names elsewhere and a better-read mention of the same departure places
    if f.sub_event_type != NVT_SUB or p is None or p.geo_precision != 1 or "place-context" in f.rule_ids \
            or not f.tdef.needs:
        return False
    if PLACE_LEFT_NEEDS.isdisjoint(f.tdef.needs.split("+")):
        return False
    lo, hi = f.trigger.end_tok, p.tok_start
    if not 0 < hi - lo <= PLACE_LEFT_WINDOW or any(toks[k].norm in words(TOWARD) for k in range(lo, hi)):
        return False
    if not any(lo <= c.start_tok < hi for c in fighters):
        return False
    if f.tdef.pos != "verb":
        k = f.trigger.start_tok
        if k == 0 or toks[k - 1].norm not in words(BEGUN) or toks[hi - 1].norm != "من":
            return False
    return True


def _gunmen_of(actor1: Mention | None, actor2: Mention) -> bool:
    """Unknown gunmen (actor1) read beside an armed group (actor2) that a killing of civilians took for its target: the
    group is the gunmen's own («مسلحون ينتمون لتنظيم داعش»)."""
    return actor1 is not None and actor1.value.kind == "unidentified" and actor2.value.kind in NONSTATE_KINDS


def _said_before(toks: Sequence[Token], actor: Mention, t: Match) -> bool:
    """A complementizer («إن»، «أن»، «بأن», bare or with a pronoun: «إنه») stands between ``actor``, named before
    trigger ``t``, and the trigger: the actor said or announced the killing, the sentence names no killer of its own
    (tr-vac-74000's armed_agent). Reads the few tokens between the two (frames.that_between)."""
    return actor.tok_end <= t.start_tok and that_between(toks, actor.tok_end, t.start_tok)


def _lacking(tdef: L.Trigger, cue_s: Mapping[str, _ByUnit], si: int, met: str = "", t: Match | None = None,
             actors: Sequence[Any] = (), toks: Sequence[Token] = (),
             said: frozenset[int] = frozenset()) -> str | None:
    """The first cue group the trigger row needs that sentence ``si`` does not hold (``met`` is held), or None. A
    ">group" is held only as the object of trigger ``t`` (_object_after_subject)."""
    needs = tdef.needs.split("+") if tdef.needs else ()
    for g in needs:
        if g in (NEEDS_AGENT, NEEDS_ARMED_AGENT) or g[0] == NEEDS_NOT or g == met:
            continue
        if g[0] in (NEEDS_OBJECT, NEEDS_SUBJECT):
            if t is None or not _object_after_subject(toks, t, cue_s.get(g[1:], _EMPTY)[si], actors, said,
                                                      subject=g[0] == NEEDS_SUBJECT):
                return g
        elif not cue_s.get(g, _EMPTY)[si] and not _carried_back(tdef, g, cue_s, si):
            return g
    return None


def _sent_to(toks: Sequence[Token], t: Match, place: Any, from_context: bool) -> bool:
    """``place`` is where the force sent or deployed by verb ``t`` went: a place of its sentence told after the verb,
    right after a word of function_words sent_to («إلى منطقة عفرين»، «في مدينة منبج») or with «ب» («بإدلب»), or after
    such a word and one sent_area noun, the fronts or edges of that place («إلى جبهات الغوطة الشرقية»، «إلى محيط دوما»)."""
    if place is None or from_context or place.tok_start < t.end_tok:
        return False
    k = place.tok_start
    sent_to = words("sent_to")
    return "ب" in (place.proclitic or "") or toks[k - 1].norm in sent_to or (
        k - 2 >= t.end_tok and toks[k - 1].norm in words("sent_area") and toks[k - 2].norm in sent_to)


def _object_after_subject(toks: Sequence[Token], t: Match, cues: Sequence[Match], actors: Sequence[Any],
                          said: frozenset[int] = frozenset(), subject: bool = False) -> bool:
    """A cue of ``cues`` is the object of verb ``t``, told right after its subject (NEEDS_OBJECT, g100g): within
    OBJECT_WINDOW tokens after it, with only actor mentions (``actors``, countries among them), the tokens ``said``,
    digits, number words, commas and function_words object_gap words (a day, a quantity: «مئات»، «مزيدا من») between
    (a colon or a quote opens what was published). A cue right after the verb that starts an actor's name is that
    subject («نشرت قوات النظام ... عناصر»); one after «ل» names whose picture or report was published («صورا لجنود»).
    Read only for a verb row that needs it (a few a document), over its cues in the sentence. ``subject``
    (NEEDS_SUBJECT): the cue is the verb's own subject, so one that starts an actor's name right after it counts."""
    verb = toks[t.start_tok].norm
    if not subject and len(verb) > len(t.prefix) + 3 and verb.endswith(tuple(words("object_pronoun"))):
        return False  # «خبر نشرته الأحد»، «نشرها»: the verb has its object, a pronoun
    gap, commas = words("object_gap"), words("aside_comma")
    hi = t.end_tok + OBJECT_WINDOW
    for c in cues:
        k = c.start_tok
        if k < t.end_tok or k > hi or c.prefix.removesuffix("ال").endswith("ل"):
            continue
        if k == t.end_tok and not subject and any(m.tok_start == k for m in actors):
            continue
        if all(toks[j].norm in commas or toks[j].norm[:1].isdigit() or toks[j].norm in gap or j in said
               or number_word(toks[j].norm) or any(m.tok_start <= j < m.tok_end for m in actors)
               for j in range(t.end_tok, k)):
            return True
    return False


def _carried_back(tdef: L.Trigger, g: str, cue_s: Mapping[str, _ByUnit], si: int) -> bool:
    """The group ``g`` a Riots trigger needs is held by the sentence right before ``si`` (CARRIED_BACK): rioters
    named once are the subject of the next sentence's burning. Checked only after the own sentence lacked it. A clash
    noun (trigger_kinds crowd_in_sentence) names its own sides: the crowd must be in its sentence (g112h)."""
    return g in CARRIED_BACK and si > 0 and tdef.event_type in CARRIED_BACK_TYPES and bool(cue_s.get(g, _EMPTY)[si - 1]) \
        and tdef.id not in trigger_kind("crowd_in_sentence")


GENERIC_ARMY: Final = L.GENERIC_ARMY  # actors.tsv army-55550, the army named without its country


def _bare_army_unsaid(m: Match, toks: Sequence[Token]) -> bool:
    """A bare «الجيش» (actors.tsv army-55550's one-word alias) not right after «إن/أن/بأن/فإن»: the army only as the
    subject of a reported clause is read («قال الحاكم إن الجيش قتل»); as a speaker («قال الجيش إن»), an owner
    («مستودعات للجيش») or a relative clause's subject («هجوم بدأه الجيش») it names no side (g110q)."""
    if m.payload.id != GENERIC_ARMY or m.end_tok - m.start_tok != 1:
        return False
    k = m.start_tok
    return toks[k].norm not in words("bare_army") or k == 0 or not _after_that(toks[k - 1].norm)


def _after_that(norm: str) -> bool:
    """Whether a token is «إن/أن/بأن», also with a leading «ف» («فإن»: function_words that_clitic)."""
    that = words("that")
    return norm in that or any(norm.startswith(c) and norm[len(c):] in that for c in words("that_clitic"))


SPOKEN_ARMY: Final = "army-spoken"  # rule id: the bare army after a state's speaker or source is its army (g110q)


def _spoken_army(toks: Sequence[Token], t: Match, a1: Mention | None, a2: Mention | None,
                 mentions: Sequence[Mention], reporting: Sequence[Match]
                 ) -> tuple[Mention | None, Mention | None, list[str]]:
    """The army named without its country (actors.tsv army-55550) right after «إن/أن/بأن» is the army of the state
    the speaker or source before that word belongs to: «قال مكتب حاكم إقليم هاتاي التركي إن الجيش قتل»، «بحسب مصادر
    تركية، فإن الجيش سيطر» (Turkey's, though the place lies in Syria). Only when every state named there is of one
    country and actor_by_country.tsv recasts the generic army in it; else the event's country decides. A bare army
    before another reporting verb that tells the act («إن الجيش قتل ...، فيما قال الجيش إن اثنين من جنوده قتلا في
    انفجار») is no side of it."""
    fired: list[str] = []

    def one(m: Mention | None) -> Mention | None:
        if m is None or m.value.id != GENERIC_ARMY or m.tok_start == 0:
            return m
        if not _after_that(toks[m.tok_start - 1].norm):
            return m
        if m.tok_end <= t.start_tok and any(r.payload.kind == "verb" and m.tok_end <= r.start_tok
                                            and r.end_tok <= t.start_tok for r in reporting):
            return None
        said = {s.value.country for s in mentions
                if s.tok_end < m.tok_start and isinstance(s.value, L.Actor) and s.value.kind == "state"}
        if len(said) != 1 or None in said or "" in said:
            return m
        actor, rid = recast_actor(m.value, next(iter(said)), None)
        if rid is None:
            return m
        fired.extend((SPOKEN_ARMY, rid))
        return replace(m, value=actor)

    return one(a1), one(a2), fired


def _organization_back(toks: Sequence[Token], actors: Sequence[Match], taken: set[int]) -> list[Match]:
    """"هاجم التنظيم الإرهابي قرى السويداء": a bare "التنظيم" refers back to the organization the report named
    last ("تنظيم داعش" ... "التنظيم"), so the act is that organization's and not the document's main army's
    (actor-document). Only when the last organization named before it is one of the table's (L.organization_ids):
    after "تنظيم القاعدة", which the table lacks, it refers to no known actor."""
    orgs = L.organization_ids()
    out: list[Match] = []
    if not any(m.payload.id in orgs for m in actors):
        return out  # nothing named to refer back to: the per-token look-up below would find no reference
    memo = _BARE_ORG
    for t in toks:
        # the memo read inline (a dict look-up per token), the function only for a word not seen yet: this runs on
        # every token of every document naming an organization (~260,000 tokens over the corpus)
        norm = t.norm
        prefix = memo[norm] if norm in memo else _bare_organization(norm)
        if prefix is None or t.i in taken:
            continue
        ref = _organization_before(toks, actors, orgs, t.i)
        if ref is not None:
            out.append(Match(t.i, t.i + 1, t.start, t.end, ref.payload, ref.phrase, prefix))
    return out


def _front_back(toks: Sequence[Token], actors: Sequence[Match], taken: set[int]) -> list[Match]:
    """"تمكنت خلالها الجبهة من السيطرة": a bare "الجبهة" refers back to the front the report named last ("جبهة
    تحرير سوريا" ... "الجبهة"), as "التنظيم" does to an organization (g94b). Not before a definite nisba adjective
    ("الجبهة الشمالية"، "الجبهة التركمانية": another front or a battlefront) nor after "على" ("على الجبهة": the front line),
    and not when a front the table lacks ("جبهة ...") was named in between."""
    fronts = L.front_ids()
    out: list[Match] = []
    if not any(m.payload.id in fronts for m in actors):
        return out  # the usual case: no front named, so no per-token look-up
    not_after = words("front_not_after")
    # named as a front: "هيئة تحرير الشام" is a name of the row that also holds "جبهة النصرة", but "الجبهة" after it
    # is another group ("معارك بين الجبهة و«هيئة تحرير الشام»")
    named = [m for m in actors if m.payload.id in fronts and _front_named(toks[m.start_tok].norm)]
    memo = _BARE_FRONT
    for t in toks:
        # the memo read inline, as in _organization_back: this runs on every token of a document naming a front
        norm = t.norm
        prefix = memo[norm] if norm in memo else _bare_front(norm)
        if prefix is None or t.i in taken or (prefix == "" and t.i > 0 and toks[t.i - 1].norm in not_after):
            continue
        if t.i + 1 < len(toks) and toks[t.i + 1].norm.startswith("ال") and toks[t.i + 1].norm.endswith(endings("nisba_ending")):
            continue  # "الجبهة الجنوبية"، "الجبهة التركمانية"; not "الجبهة الثلاثاء" (a weekday)
        ref = _named_before(toks, actors, fronts, t.i, _indefinite_front, named)
        if ref is not None:
            out.append(Match(t.i, t.i + 1, t.start, t.end, ref.payload, ref.phrase, prefix))
    return out


# norm -> its proclitics before "الجبهة", None for another word (asked of every token of a document naming a front)
_BARE_FRONT: Final[dict[str, str | None]] = {}


def _bare_front(norm: str) -> str | None:
    """The proclitics before "الجبهة" in ``norm`` ("والجبهة": "و"), None if it is not that word."""
    return _bare_head(norm, "front_bare", _BARE_FRONT)


def _bare_head(norm: str, group: str, memo: dict[str, str | None]) -> str | None:
    """The proclitics before a word of function_words ``group`` ("التنظيم"، "الجبهة") that ``norm`` is, None if it is
    no such word; remembered in ``memo``."""
    if norm in memo:
        return memo[norm]
    bare = words(group)
    # the ending first (stem_tails): the splits of a word that cannot end on the group's word are not worked out
    hit = next((prefix for prefix, stem in proclitic_splits(norm) if stem in bare), None) \
        if norm.endswith(stem_tails(bare)) else None
    if len(memo) >= WORD_MEMO_MAX:
        memo.clear()
    memo[norm] = hit
    return hit


def _front_named(norm: str) -> bool:
    """``norm`` opens a front's name: "جبهة" or "الجبهة" ("الجبهة الوطنية للتحرير")."""
    return _indefinite_front(norm) or _bare_front(norm) is not None


def _indefinite_front(norm: str) -> bool:
    """``norm`` is "جبهة" without the article ("جبهة النصرة"، "وجبهة"): the head of a front's name."""
    return not words("front_head").isdisjoint(proclitic_stems(norm)) and _bare_front(norm) is None


# norm -> its proclitics before "التنظيم", None for another word (asked of every token of a document naming an organization)
_BARE_ORG: Final[dict[str, str | None]] = {}


def _bare_organization(norm: str) -> str | None:
    """The proclitics before "التنظيم" in ``norm`` ("والتنظيم": "و", "للتنظيم": "ل"), None if it is not that word."""
    return _bare_head(norm, "organization_bare", _BARE_ORG)


def _indefinite_organization(norm: str) -> bool:
    """``norm`` is "تنظيم" without the article ("تنظيم القاعدة"، "وتنظيم"): the head of an organization's name."""
    return not words("organization_head").isdisjoint(proclitic_stems(norm)) and _bare_organization(norm) is None


def _organization_before(toks: Sequence[Token], actors: Sequence[Match], orgs: frozenset[str], i: int) -> Match | None:
    """The latest mention before token ``i`` of an organization of the table, unless a "تنظيم ..." that is not
    one of its names (an organization the table lacks) comes after it."""
    return _named_before(toks, actors, orgs, i, _indefinite_organization)


def _named_before(toks: Sequence[Token], actors: Sequence[Match], ids: frozenset[str], i: int,
                  indefinite: Callable[[str], bool], named: Sequence[Match] | None = None) -> Match | None:
    """The latest mention before token ``i`` of an actor in ``ids`` (among ``named`` if given, else ``actors``),
    unless a head word the table does not cover (``indefinite``: "تنظيم القاعدة"، "جبهة ...") comes after it: the
    report moved to a group the table lacks."""
    best: Match | None = None
    for m in (actors if named is None else named):
        if m.end_tok <= i and m.payload.id in ids and (best is None or m.start_tok > best.start_tok):
            best = m
    lo = best.end_tok if best is not None else 0
    covered = {k for m in actors for k in range(m.start_tok, m.end_tok)}
    for k in range(lo, i):
        if k not in covered and indefinite(toks[k].norm):
            return None
    return best


def _in_region_name(m: Match, launched: Sequence[Any]) -> bool:
    """"أطلقوا صواريخ على جنوب إسرائيل": a state's name after the head word of a curated region's name
    (places_extra.tsv, g98pp) told as the target of a launch (على، باتجاه، نحو، تجاه) is part of the place, not the
    state acting. Elsewhere ("تهدد شمال إسرائيل"، "ردا على هجوم استهدف شمالي إسرائيل") the region is seldom where
    the sentence's act happened, and the name stays the state's (a corpus trial of the wider reading: 8 of 12 wrong).
    ``launched``: the document's regions of more than one token told right after a launch-target word (recognize
    picks them once)."""
    for p in launched:
        if p.tok_start < m.start_tok and m.end_tok <= p.tok_end:
            return True
    return False


_LAUNCH_TARGET: Final = frozenset({"علي", "على", "باتجاه", "نحو", "تجاه"})  # token norms (ى -> ي)


def _definite_unnamed(m: Match, toks: Sequence[Token]) -> bool:
    """"المتشددين": an unidentified group's alias that names one only without the article (function_words
    indefinite_only) refers back, with it, to a side the report named before (IS, the rebels): no mention."""
    return m.payload.kind == "unidentified" and has_article(toks[m.start_tok].norm) \
        and m.phrase.split()[0] in words("indefinite_only")


def _group_named_after(t: Match, actors: Sequence[Mention]) -> bool:
    """A non-state armed group named right after a departure noun is who left ("انتهت عملية إجلاء فيلق الرحمن"،
    "خروج جيش الإسلام من دوما"): its fighters are named by their group. A group named further off is often only a
    party to the deal under which civilians or the sick left ("إجلاء حالات طبية ... بموجب اتفاق بين جيش الإسلام")."""
    return any(m.tok_start == t.end_tok and m.value.kind == "nonstate" and m.value.inter == 2 for m in actors)


def _drop_unlicensed(doc: Document, t: Match, tdef: L.Trigger, group: str, sent: tuple[int, int]) -> None:
    """Log a trigger whose sentence lacks the cue group ``group`` it needs (no frame was made of it)."""
    doc.dropped.append({"start": t.start, "end": t.end, "text": doc.text[t.start:t.end],
                        "reason": f"needs:{group} (no such cue in the sentence)", "rule_id": tdef.id,
                        "sentence": [sent[0], sent[1]]})


def _closing_day(toks: Sequence[Token], d: DateMention, t: Match, own_dates: Sequence[DateMention], b: int) -> bool:
    """Day ``d`` closes the sentence after trigger ``t``, set off by a comma alone (clause_mark right before it, no
    other break between), and another day stands before ``t`` for the main clause («وصل الوزير، اليوم، إلى البصرة
    على خلفية مقتل شخص في تظاهرة ضد البطالة، الأحد الماضي.»): the recalled happening's own day (g108t). Only
    punctuation may follow it to the sentence's end ``b``."""
    if d.tok_start < t.end_tok or not any(o.tok_end <= t.start_tok for o in own_dates if o is not d):
        return False
    if any(not toks[k].punct for k in range(d.tok_end, b)):
        return False
    return not _clause_broken(toks, t.end_tok, d.tok_start) \
        and d.tok_start > t.end_tok and toks[d.tok_start - 1].norm in words("clause_mark")


def _clause_broken(toks: Sequence[Token], a: int, b: int) -> bool:
    """A clause break (function_words clause_break) among the tokens [a, b) between a trigger and a day told after
    it, so the day is another clause's. A comma (clause_mark) right before the day sets it off without breaking
    ("على مواقع عسكرية، ليل الاثنين"), unless a relative clause was set off before it: a day set off by a comma
    after a relative clause ("اتفاق الإجلاء، الذي توسطت فيه روسيا، صباح اليوم") tells the main verb's day, not the
    noun's. Shared by EventExtractor._day_after and _own_day; a look-up or two per token between."""
    breaks, marks = words("clause_break"), words("clause_mark")
    rel = any(_comma_before_relative(toks, k, marks) for k in range(a, b))
    return any(toks[k].norm in breaks and not (k == b - 1 and toks[k].norm in marks and not rel)
               and not _comma_before_relative(toks, k, marks) for k in range(a, b))


def _definite_head(toks, t: Match) -> bool:
    """A verb-phrase trigger opening on a definite noun ("الهجوم شنه"): an act named again as known, its day told
    elsewhere in the report."""
    return has_article(toks[t.start_tok].norm)


def _other_relative_apart(toks, d: Any, t: Match, place: Any) -> bool:
    """``d`` is a year of a relative clause on another noun (days.year_of_other_relative) and the place read for the
    act lies outside that clause. A place inside it is the other happening's ("أوقفت المخابرات المشتبه به في الاعتداء
    الذي استهدف مدينة الريحانية في عام 2013"): freed of the year, the act would be dated at that old town, so the
    year stays and the act stays history (g100b)."""
    k = _year_of_other_relative(toks, d, t)
    if k < 0:
        return False
    at = getattr(place, "tok_start", None)
    return at is None or not k < at < d.tok_start


def _comma_before_relative(toks, k: int, marks: frozenset[str]) -> bool:
    """Token ``k`` is a comma setting off a relative clause ("بعد أيام من القصف المكثف، الذي بدأ الثلاثاء"): the
    clause still tells the noun before the comma, so a day in it is that happening's own (g46e)."""
    return toks[k].norm in marks and k + 1 < len(toks) and toks[k + 1].norm in words("relative")


def _place_taken(t: Match, place: Any, sent_end: int) -> bool:
    """The place is named just after a taking's trigger, inside its sentence: what was taken ("السيطرة على بلدتي X"),
    not where a summary or a plea was told ("أن تعود المنطقة إلى سيطرة الحكومة"، "في زيارته إلى دمشق")."""
    return place is not None and t.end_tok <= place.tok_start < sent_end and place.tok_start - t.end_tok <= TAKEN_GAP


def _refine(f: Frame, t: Match, cue_s: Mapping[str, _ByUnit], si: int, clause: tuple[int, int] | None = None,
            not_to: str | None = None, toks: Sequence[Token] = (), reporting: Sequence[Match] = ()) -> None:
    """The sub-type refiners (trigger_refiners.tsv) whose cue group stands near the trigger, each once, up to three in a row
    (a refined sub-type may be refined again). When the sentence tells happenings in two clauses (``clause``, the
    trigger's own), a cue of another clause tells the other happening ("غارات في أنحاء دوما في حين استهدفت مدفعية
    النظام حقولا": the artillery's strike stays shelling). No row refines to ``not_to``. A cue in the speaker's phrase
    of a reporting verb (``reporting``, SPEAKER_TITLE_BARS: «أفاد ضابط في الشرطة أنه قتل») is the speaker's title (g103i)."""
    ca, cb = clause if clause is not None else (-1, 1 << 30)
    for _ in range(3):
        for rid, from_sub, group, et, st, window, unless in L.refiners_by_sub().get(f.sub_event_type, ()):
            if rid not in f.rule_ids and cue_s.get(group) and any(
                    _within(t, c, window) and ca <= c.start_tok < cb
                    for c in _outside_speaker(NEEDS_NOT + group, cue_s[group][si], toks, reporting, t)) and not (
                    # the thing named before its chemical word ("برنامج الأسلحة الكيماوية"): two words more
                    unless and any(-window - 2 <= c.start_tok - t.end_tok <= window
                                   or -window <= t.start_tok - c.end_tok <= window + 2
                                   for c in cue_s.get(unless, _EMPTY)[si])):
                if from_sub == IED_SUB and st == SHELL_SUB and t.payload.id in trigger_kind(DEVICE_NAMED):
                    # «انفجار عبوة ناسفة داخل سيارة وسقوط قذيفة»: a bomb named by its device is no shell told near it (g104k)
                    continue
                if from_sub == SHELL_SUB and st == AIR_SUB and _own_ground_weapon(t, cue_s, si):
                    # «شنت الطائرات غارات على A، واستهدف قصف مدفعي B»: the artillery's strike stays shelling
                    if OWN_GROUND not in f.rule_ids:
                        f.rule_ids.append(OWN_GROUND)
                    continue
                if st == EXCESSIVE_FORCE and f.actor1 is not None and f.actor1.value.kind == "nonstate":
                    # "برصاص حراس مقر منظمة بدر": a non-state group's men shooting protesters attack them; excessive
                    # force is the state's (ACLED), as rf-prox-2's militia cue already says for «ميليشيا» (g101w)
                    continue
                if st == not_to:  # held for the list; merge.py gives it back if the other kind is dropped
                    if ACTS_HELD not in f.rule_ids:
                        f.rule_ids.append(ACTS_HELD)
                    continue
                f.event_type, f.sub_event_type = et, st
                f.rule_ids.append(rid)
                break
        else:
            break


def _own_ground_weapon(t: Match, cue_s: Mapping[str, _ByUnit], si: int) -> bool:
    """A ground weapon (artillery, mortar, shells, launchers) inside the trigger or within OWN_WEAPON_SPAN tokens
    after it ("قصف مدفعي"، "استهدف قصف مدفعي"), and no air word in that span ("قصف مدفعي وجوي" stays mixed): the
    trigger names its own weapon; not one named as the unit or site struck ("استهدفت فوج المدفعية"). Three short cue
    scans of the sentence, only when an air row would refine a shelling trigger."""
    def _in_span(c: Match) -> bool:
        return t.start_tok <= c.start_tok <= t.end_tok + OWN_WEAPON_SPAN - 1
    units = {c.end_tok for c in cue_s.get(WEAPON_UNIT, _EMPTY)[si]}
    if not any(_in_span(c) and c.start_tok not in units for c in cue_s.get(GROUND_WEAPON, _EMPTY)[si]):
        return False
    return not any(_in_span(c) for c in cue_s.get(AIR_CUE, _EMPTY)[si])


def _within(t: Match, c: Match, window: int) -> bool:
    """Cue ``c`` stands within ``window`` tokens of trigger ``t``, either side, or overlaps it."""
    return -window <= c.start_tok - t.end_tok <= window or -window <= t.start_tok - c.end_tok <= window


def _crowd_after(t: Match, cues: Sequence[Match]) -> bool:
    """A crowd cue starting within CROWD_WINDOW tokens after the trigger: the verb's subject ("تظاهر العشرات"), not a
    count elsewhere in the sentence ("أكثر من 350 ألف قتيل")."""
    return any(0 <= c.start_tok - t.end_tok < CROWD_WINDOW for c in cues)


def _left_place(geocoder: Geocoder, toks: Sequence[Token], t: Match, b: int, places: Sequence[Any], text: str) -> Any:
    """The place told before that a back_left word right after the leaving verb ``t`` refers to, its object directly
    or after «من» («غادروا المنطقة»، «خرجوا من الجيب»); None without one. [t.end_tok, b) is the rest of the sentence."""
    lo = t.end_tok
    hi = min(b, lo + (2 if lo < b and toks[lo].norm == "من" else 1))
    if lo >= hi or hi < b and toks[hi].norm.startswith("ال"):
        # «المنطقة الخاضعة لـ...»، «الجيب الشرقي»: a back word qualified after it says itself which area it is
        return None
    # a destination told before («وتوجهوا إلى إدلب») is where fighters went, not the area they leave
    dest = with_conjunctions(words("destination"))
    told = [p for p in places if not any(toks[k].norm in dest for k in range(max(0, p.tok_start - 2), p.tok_start))]
    return _told_place(geocoder, toks, lo, hi, t, told, text, left=True)


def _leavers_told(t: Match, cues: Sequence[Match], buses: Sequence[Match]) -> bool:
    """Fighters or a band of them as the leaving verb's subject (trigger_cues.tsv leavers): starting within
    LEAVERS_AFTER tokens after the verb («غادر المسلحون»), or ending at most LEAVERS_BEFORE tokens before it («عدد من
    المقاتلين وعائلاتهم غادروا») and not carried by buses told just before them («حافلات تقل مسلحين غادرت»: the buses
    left, a weak leaving kept only by its town's deal, g63b)."""
    return any(0 <= c.start_tok - t.end_tok < LEAVERS_AFTER or 0 <= t.start_tok - c.end_tok <= LEAVERS_BEFORE
               and not any(0 <= c.start_tok - b.end_tok <= LEAVERS_BEFORE for b in buses) for c in cues)


def _made_dated(rule_ids: Sequence[str]) -> bool:
    """A deal framed as an aim or background but told made on the day after its made verb (days.made_on_a_day):
    "لاتفاق أعلن الخميس" is announced on the day it was made, so that day is the deal's own, not a statement's about
    an older one (g100u). Not yet for "terms-made-dated": tried, its one corpus change was a right day on a deal
    merged with a «آخرها محافظة درعا» mention that placed it in the wrong province."""
    return FRAMED_MADE_DATED in rule_ids


def _made_cues(modality: tuple[str, str], cue_s: Mapping[str, Any], si: int) -> Sequence[Match]:
    """The sentence's agreement_made cues that may date a framed deal: for an aim or a background (g100u) not those
    of a deal begun or in force (trigger_cues deal_in_force: «بناء على اتفاق الإجلاء، بدأت الشرطة الخميس»), whose
    day is another act's; terms keep them all (q15a, unchanged). A set of the few in-force cues' tokens, once."""
    if modality[0] == "terms":
        return cue_s.get("agreement_made", _EMPTY)[si]
    return _made_cues_not_in_force(cue_s, si)


def _made_cues_not_in_force(cue_s: Mapping[str, Any], si: int) -> Sequence[Match]:
    """The sentence's agreement_made cues but those of a deal begun or in force (trigger_cues deal_in_force): for a
    framed deal (_made_cues) and for deals.made_by_side. A set of the few in-force cues' tokens, once."""
    made = cue_s.get("agreement_made", _EMPTY)[si]
    if not made:
        return made
    begun = {c.start_tok for c in cue_s.get("deal_in_force", _EMPTY)[si]}
    return [c for c in made if c.start_tok not in begun] if begun else made


def _made_frame(modality: tuple[str, str]) -> bool:
    """A frame a deal told made on its day escapes (MADE_FRAMES): any terms cue, some background cues, the "ل" aim."""
    return (modality[0], None) in MADE_FRAMES or modality in MADE_FRAMES


def _noun_told_dated(rule_ids: Sequence[str]) -> bool:
    """A protest noun told as happening supports the protest only with a day of its own: one dated from context
    ("اندلعت احتجاجات عارمة في بغداد" in an opinion piece) is a wave recalled, not the day's happening."""
    return NOUN_TOLD in rule_ids and "date-context" not in rule_ids


def _noun_told(t: Match, outs: Sequence[Match], withs: Sequence[Match]) -> bool:
    """A protest noun told as happening: the subject of a verb ending within OUT_WINDOW tokens before it ("خرجت الأحد
    احتجاجات") or followed at once by who took part ("تظاهرات بمشاركة الآلاف")."""
    return any(0 <= t.start_tok - c.end_tok <= OUT_WINDOW for c in outs) \
        or any(c.start_tok == t.end_tok for c in withs)


def _means_after(t: Match, cues: Sequence[Match]) -> bool:
    """A rocket or shell named within MEANS_WINDOW tokens after a bare strike word ("استهدف البلدة بقذائف"): what
    was fired. Before the word it is another act's ("سقطت صواريخ ... واستهدف")."""
    return any(0 <= c.start_tok - t.end_tok <= MEANS_WINDOW for c in cues)


def _without_known_week_deals(doc: Document, events: list[Event]) -> list[Event]:
    """Without a deal told made by its side (DEAL_MADE_SIDE) and told once, placed only from another sentence («وغادر
    المسلحون البلدة بموجب اتفاق أبرمته روسيا مع الفصائل»: as g101f's deal, only at its own sentence's place; a merged
    one's rule ids are its mentions' together), nor one told with no day
    of its own (DEAL_MADE_WEEK: the report's week) where the document keeps another Agreement of that province and time
    (_deal_known): the same deal told with its day elsewhere in the report («تم التوصل فيها الخميس إلى اتفاق» beside
    «بموجب اتفاق أبرمته روسيا مع الفصائل»), one event (g102c)."""
    if not any(DEAL_MADE_SIDE in ev.rule_ids for ev in events):
        return events
    kept: list[Event] = []
    for ev in events:
        if DEAL_MADE_SIDE in ev.rule_ids and len(ev.evidence) == 1 \
                and ("place-context" in ev.rule_ids or ev.location is None):
            drop_event(doc, ev, "a deal told made by its side, with no place of its own sentence", DEAL_MADE_SIDE)
        else:
            kept.append(ev)
    # the dated deals are the survivors of the drop above: a deal dropped there stands behind no week deal (review s33)
    dated = [k for k in kept if DEAL_MADE_WEEK not in k.rule_ids]
    out: list[Event] = []
    for ev in kept:
        if DEAL_MADE_WEEK in ev.rule_ids and _deal_known(ev, dated):
            drop_event(doc, ev, "a deal told made with no day of its own: the document keeps that province's deal",
                       DEAL_MADE_WEEK)
        else:
            out.append(ev)
    return out


def _week_deal_of(deal: Event, kept: Sequence[Event]) -> Event | None:
    """The kept deal told made by its side and dated by the report's week (DEAL_MADE_WEEK) in the sentence a deal
    behind a transfer was read from (g101f): the same deal, which the transfer's day dates better (its week up to the
    withdrawal), with g101f's sides (g102c)."""
    told = deal.evidence[0]
    return next((k for k in kept if k.sub_event_type == AGREEMENT_SUB and DEAL_MADE_WEEK in k.rule_ids
                 and any(e.start == told.start and e.end == told.end for e in k.evidence)), None)


def _deal_known(deal: Event, kept: Sequence[Event]) -> bool:
    """A kept Agreement of the same province whose dates meet the deal behind a transfer (g101f): the same deal told
    by its own mention, often at the province or the area («اتفاق درعا»، «الغوطة الشرقية»), which the added one would
    only repeat. Wider than the merge's place test on purpose: a second deal of the province in the same days is rarer
    than the one deal placed at the town and at the province."""
    return any(k.sub_event_type == AGREEMENT_SUB and k.country == deal.country and k.admin1 == deal.admin1
               and dates_overlap(k, deal) and not _other_group(k, deal) for k in kept)


def _other_group(a: Event, b: Event) -> bool:
    """Deals ``a`` and ``b`` are each made with an armed group named by name, not the same one: two deals of one
    province and week («بموجب اتفاق بين فيلق الرحمن والحكومة» beside the kept Douma deal of Jaish al-Islam), not one
    deal told twice (g103g). The generic rebels name no group of their own."""
    rebels = generic_rebels(a.country)
    return bool(a.actor2 and b.actor2) and a.actor2 != b.actor2 and rebels not in (a.actor2, b.actor2)


def _transfer_of(deal: Event, kept: Sequence[Event]) -> Event | None:
    """The kept transfer of territory a deal behind a transfer was read from (g101f): one with its sentence among
    its evidence (merged or not, a kept event keeps every mention's sentence)."""
    told = deal.evidence[0]
    return next((k for k in kept if k.sub_event_type == NVT_SUB
                 and any(e.start == told.start and e.end == told.end for e in k.evidence)), None)


def _one_deal_a_place(deals: list[Event]) -> list[Event]:
    """One deal behind transfers per document and province (admin1, the first told; not per place): the transfers of
    one evacuation told over several sentences, often at several towns of the province, are one deal."""
    out: list[Event] = []
    for d in deals:
        if not any(o.country == d.country and o.admin1 == d.admin1 for o in out):
            out.append(d)
    return out


def _near_cue(t: Match, cues: Sequence[Match], window: int) -> bool:
    """A cue of the group within window tokens of the trigger, either side, or the trigger itself."""
    return any(_within(t, c, window) for c in cues)


def _subject_inside(mentions: Sequence[Mention], t: Match, tdef: Any) -> Mention | None:
    """The crowd named inside a riot's verb phrase ("أحرق متظاهرون"، "أحرق المحتجون"): its subject. The forces named
    inside a taking's noun phrase ("سيطرة الجيش السوري على"، triggers.tsv tr-terr-49600..): the genitive is who took."""
    if tdef.event_type == "Battles" and tdef.sub_event_type == TERRITORY and tdef.pos == "noun":
        kinds: tuple[str, ...] = ARMED_KINDS
    elif tdef.event_type == "Riots" and tdef.pos == "verb":
        kinds = ("protester", "rioter")
    else:
        return None
    return next((m for m in mentions if t.start_tok < m.tok_start < t.end_tok and m.value.kind in kinds), None)


def _after_heads(toks: Sequence[Any], a: int, b: int, triggers: Sequence[Match]) -> list[int]:
    """The words of "after" (function_words after_head) that a trigger follows at once: "ضربات على سوريا إثر هجوم
    كيماوي في دوما" tells the strikes' cause. A word of "after" before anything else ("على بعد 60 كيلومترا"، "بعد
    يومين") opens no happening."""
    starts = {u.start_tok for u in triggers}
    return [k for k in _positions(toks, a, b, with_conjunctions(words("after_head"))) if k + 1 in starts]


def _after_places(t: Match, near: Sequence[Any], toks: Sequence[Any], triggers: Sequence[Match], b: int,
                  after_at: list[int], reason: set[int]) -> set[int]:
    """``reason`` with the places of the clause an "after" word opens after ``t``, when the act keeps a place of its
    own without them ("ضربات على مواقع في سوريا بعد هجوم على دوما"); an act that would keep none shares the earlier
    happening's place ("عملية الاقتحام تأتي بعد السيطرة على بلدة X"، "اعتقل بعد دخوله إلى لبنان")."""
    after = _reason_places(t, near, toks, triggers, b, after_at)
    if after and any(id(p) not in after and id(p) not in reason for p in near):
        return reason | after
    return reason


def _interceptor_home(geocoder: Any, actor1: Any, came: Sequence[Any]) -> Any:
    """The interceptor's country as a place (a copy of the first origin moved there), when the sentence names no
    place but the origins of the craft and the interceptor is a state force of another country ("أطلق الجيش
    الإسرائيلي صاروخا على طائرة مسيرة قادمة من سوريا": Israel); None otherwise."""
    if actor1 is None or not came:
        return None
    actor = actor1.value
    if actor.kind != "state" or not actor.country or any(p.country == actor.country for p in came):
        return None
    return geocoder.named_country(came[0], actor.country)


REPORTER_ABROAD: Final = "place-reporter-abroad-75501"  # rule id: a reporter's or a speech's city abroad is no place of the act


def _seats_abroad(near: Sequence[Any], seated: set[int], home: Any) -> set[int]:
    """The places of ``seated`` (a reporter's or a speech's city after «في») lying in another country than the
    document's place ``home``: where the news was told from abroad. Empty for most sentences (no seat told)."""
    if not seated or home is None or home.country is None:
        return set()
    return {id(p) for p in near if id(p) in seated and p.country is not None and p.country != home.country}


def _aside_if_other(near: Sequence[Any], gone: set[int], marked: set[int], rule: str, rule_ids: list[str]) -> set[int]:
    """``gone`` with ``marked``, places of ``near`` told as no place of the act (where the agent is, where forces came
    from, the reporter's city), when a resolved place other than these is left to the act; ``rule`` is then cited.
    A new set is returned: ``gone`` may be another rule's set and is never updated in place."""
    if marked and any(p.resolved and id(p) not in gone and id(p) not in marked for p in near):
        rule_ids.append(rule)
        return gone | marked
    return gone


def _left_places(near: Sequence[Any], moved_to: Mapping[int, int], gone: set[int], rule_ids: list[str]) -> set[int]:
    """``gone`` with every destination of the sentence, those told before the deal or transfer too, when a resolved
    place other than these is left to it: people go to where they are moved, the deal is about where they leave
    ("خروج حافلتين من دوما تمهيدا لنقلهم إلى جرابلس، غداة التوصل إلى اتفاق لإجلائهم من المدينة")."""
    before = {id(p) for p in near if id(p) in moved_to and id(p) not in gone}
    if before and any(p.resolved and id(p) not in gone and id(p) not in before for p in near):
        rule_ids.append(DEST_BEFORE)
        return gone | before
    return gone


def _before_next_of_kind(t: Match, near: list[Any], trigs: Sequence[Match]) -> list[Any]:
    """«تم إحراق مكتب الحزب في محافظة البصرة، وإحراق مكاتب أحزاب في مدينة العمارة»: a protest or riot told again by a
    trigger of its type later in the sentence, with a resolved place of its own between the two, stands there; the
    places after the second trigger are the second's, though more exact (g108n, own-place-117502). One pass over the
    sentence's triggers; ``near`` itself when no such trigger follows."""
    nxt = next((u for u in trigs if u.start_tok >= t.end_tok and u.payload.event_type == t.payload.event_type), None)
    if nxt is None or not any(p.resolved and t.end_tok <= p.tok_start and p.tok_end <= nxt.start_tok for p in near):
        return near
    return [p for p in near if p.tok_start < nxt.start_tok]


def _within_clause(near: list[Any], end: int, apart: bool = False) -> list[Any]:
    """"تعرضت بلدة X لقصف، في حين شهدت مدينة Y قصفا": the places a later clause of the sentence opens (clause_split)
    are its own happening's; a trigger whose clause or the words before it name a resolved place is not placed
    there. One naming none, or only a countryside or province around the later places ("استهدفت منطقة في ريف
    القنيطرة، فيما استهدفت ... بلدة جبا"), keeps the sentence's places: the later clause may tell where in it.
    ``apart``: each clause tells its own dead ("عشرة جراء غارات على ريف درعا، بينما قتل سبعة جراء غارات على بلدة
    الطيبة"): two happenings, so the countryside is this one's own place, not an area the town's strike refines (g87c)."""
    own = [p for p in near if p.tok_start < end]
    if apart and any(p.resolved for p in own):
        return own
    later = {p.admin1 for p in near if p.tok_start >= end and p.resolved}
    return own if any(p.resolved and (p.geo_precision == 1 or p.admin1 not in later) for p in own) else near


def _tolls_apart(clause: tuple[int, int], casualties: Sequence[Any]) -> bool:
    """Whether the trigger's clause and a later clause of its sentence each tell a casualty (the sentence's
    casualty cues only, read when the sentence has two clauses: rare)."""
    ca, cb = clause
    return any(ca <= c.start_tok < cb for c in casualties) and any(c.start_tok >= cb for c in casualties)


def _positions_hit(toks, t: Match) -> bool:
    """"قصفت طائرات حربية مواقع قرب ...": positions (function_words positions) right after a strike are what it hit."""
    return _holds_any(toks, t.end_tok, t.end_tok + POSITIONS_WINDOW + 1, words("positions"))


def _listed_with(ev: Event, kept: Sequence[Event]) -> Event | None:
    """A town copied from a list ("استعادة السيطرة على بلدة X وقرى Y وZ") whose sentence also gave a kept event of
    the same sub-type at another town: the towns of one list share one report, so the copy stands as that event
    does (its own score lacks only what the kept event got from being told again)."""
    copy = PLACE_LIST in ev.rule_ids
    # the list's first town of a protest wave stands as a kept copy of its list does («خروج الآلاف في مدن كالبصرة
    # والناصرية»: Basra, the head, kept with Nasiriyah; g108t, head-listed-121501), as a copy stands by its kept head
    if not copy and ev.event_type not in HEAD_LISTED_TYPES:
        return None
    told = ev.evidence[0]
    fam = merge_family(ev.sub_event_type)  # a taking read before its taker was known ("overtakes") is still one
    head = next((k for k in kept if k.event_type == ev.event_type and merge_family(k.sub_event_type) == fam
                 and k.location != ev.location and (copy or PLACE_LIST in k.rule_ids)
                 and any(e.start == told.start and e.end == told.end for e in k.evidence)), None)
    if head is not None and not copy:
        ev.rule_ids.append(HEAD_LISTED)
    return head


def _in_quote(text: str, lo: int, at: int) -> bool:
    """Offset ``at`` lies inside quoted speech opened after ``lo`` (the sentence's start); a short quoted
    name ("قناة "روسيا اليوم"") is no speech."""
    before = text[lo:at]
    opened = max(before.rfind(q) for q in QUOTES)
    if not (before.count('"') % 2 == 1 or before.count("«") > before.count("»")
            or before.count("“") > before.count("”")):
        return False
    ends = [k for k in (text.find(q, at) for q in QUOTES) if k >= 0]
    quoted = text[lo + opened + 1:min(ends) if ends else len(text)]
    return len(quoted.split()) >= QUOTE_MIN_WORDS


def _generic_force(m: Mention) -> bool:
    """A state force named without its country ("الشرطة", "قوات الأمن": Police Forces of {country})."""
    return m.value.kind == "state" and "{country}" in m.value.name


DRONE_AFTER: Final = 3  # tokens after a strike noun where its weapon may be named ("غارة بطائرة مسيرة")
DRONE_BEFORE: Final = 2  # tokens before a strike word where its drone may be named ("صورا لطائرات مسيرة ناسفة")
FLIER_GAP: Final = 3  # most tokens between "طائرات روسية" and the strike they flew ("شاركت طائرات روسية في قصف")


def _drone_told(toks: Sequence[Token], t: Match) -> bool:
    """The strike trigger at t is, or is told with, a drone ("طائرة مسيرة"، "درون"، "غارة بطائرة مسيرة"): a drone
    strike may be a non-state group's. Looks only at the trigger and a few tokens around it."""
    drone = words("drone_word")
    return any(toks[k].norm in drone
               for k in range(max(0, t.start_tok - DRONE_BEFORE), min(len(toks), t.end_tok + DRONE_AFTER)))


def _flier_before(toks: Sequence[Token], t: Match, named: Sequence[Mention]) -> Mention | None:
    """The state whose aircraft the sentence names just before the strike at t ("وشاركت طائرات روسية في قصف
    المسلحين"، "الطيران الروسي"): a state nisba right after an aircraft noun, or a state's name that opens with
    one, ending at most FLIER_GAP tokens before the trigger."""
    planes = words("aircraft_noun")
    for a in reversed(named):
        if a.tok_end > t.start_tok or t.start_tok - a.tok_end > FLIER_GAP or a.value.kind != "state":
            continue
        if not planes.isdisjoint(proclitic_stems(toks[a.tok_start].norm)) or (
                a.tok_start > 0 and not planes.isdisjoint(proclitic_stems(toks[a.tok_start - 1].norm))):
            return a
    return None


def _only_named(rules: set[str], no_actor: bool) -> bool:
    """"وسيتناول الادعاء ظروف الاغتيال": every mention a verbal noun, one of them definite, with the actor (if any)
    and the day read from elsewhere, names a happening the reader knows (often years old); it reports none. A place
    in the sentence does not make it news ("سابقة لحادثة الاختطاف" in a report on a ransom)."""
    pos = L.trigger_pos()
    triggers = [r for r in rules if r in pos]
    return bool(triggers) and "definite" in rules and TOLD_VERBALLY not in rules and "date-context" in rules \
        and (no_actor or bool(INFERRED_ACTOR & rules)) and all(pos[r] == "noun" for r in triggers)


def _named_clash(rules: set[str], toll: bool) -> bool:
    """"تسبب بوقفة عملانية في المعارك"، "جزء من الاقتتال الداخلي": every clash mention a definite clash noun
    (lexicons.named_clash_triggers; other triggers only territory ones), the day only the context's and nothing telling
    it as news going on ("تتواصل الاشتباكات" stays): the war or campaign named, which ACLED codes on no day. A toll
    told with sides of the sentence's own ("قتلوا ... في الاشتباكات العنيفة مع الفصائل") is the clash's news: kept."""
    if "definite" not in rules or "date-context" not in rules or ANAPHORA_TOLD & rules:
        return False
    if toll and not INFERRED_ACTOR & rules:
        return False
    named = L.named_clash_triggers()
    triggers = [r for r in rules if r.startswith("tr-")]
    return any(r in named for r in triggers) and all(r in named or r.startswith(TERRITORY_PREFIX) for r in triggers)


def _begun_day_old(ev: Event, published: dt.date | None) -> bool:
    """"حملة عسكرية بدأها النظام في 18 فبراير"، "وبدأ الجيش عملياته في الغوطة 18 فبراير ... وسيطرت على معظمها" a
    month later: a battle or strike told in one sentence whose day is only the day a campaign began (day-begun), that
    day older than the report's week, is the campaign retold as background: the start was coded from its own reports,
    and the gains or fighting it sums up have no day of their own. A span "منذ 19 يونيو" up to the report stays."""
    if published is None or len(ev.evidence) != 1:
        return False
    end = ev.date_end or ev.date_start
    return end is not None and end < (published - dt.timedelta(days=BEGUN_OLD_DAYS)).isoformat()


def _since_campaign(ev: Event, published: dt.date | None) -> bool:
    """"وبدأت منذ أسبوعين عمليات قصف عنيفة ... قبل أن تدخل في معارك"، "نتيجة تصاعد القتال منذ أسبوعين": a battle or
    strike told in one sentence with a since-word, whose day is a span of two weeks or more running up to the report,
    is a campaign summed up as background; ACLED codes its days from their own reports. "منذ أيام"، "منذ أسبوع" (a
    week's span) stay: in the 2018 corpus they were mostly the battle the article is about (g98ii). Cost: two date
    comparisons per event; the evidence is split only for such a long span."""
    if published is None or len(ev.evidence) != 1 or ev.date_start is None or ev.date_end is None:
        return False
    start, end = dt.date.fromisoformat(ev.date_start), dt.date.fromisoformat(ev.date_end)
    if (end - start).days < SINCE_CAMPAIGN_DAYS or (published - end).days > 1:
        return False
    return not words("since").isdisjoint(norm_key(ev.evidence[0].text).split())


COUNCIL_TRUCE: Final = "council-truce"  # the drop rule of _council_truce
UN_ID: Final = "un"  # actors.tsv: the United Nations


def _council_truce(ev: Event) -> bool:
    """«أعلن مجلس الأمن عن قراره بهدنة لمدة 30 يوما»، «قالت هيلي أمام مجلس الأمن: اتفقنا على وقف إطلاق النار»: a deal
    coded to the UN whose evidence names the Security Council is its resolution; ACLED codes no Agreement between the
    UN and a party for it (g87a). Runs only for Agreement events, and reads the evidence only when the UN is a side."""
    un = actor_table()[UN_ID].name
    if ev.actor1 != un and ev.actor2 != un:
        return False
    return any(c in norm_key(e.text) for e in ev.evidence for c in words("security_council"))


def _named_deal(rules: set[str]) -> bool:
    """"والاتفاق الذي توصل له النظام مع فيلق الرحمن تضمن ..."، "يواجه الاتفاق التركي الروسي": every mention a definite
    deal noun (lexicons.named_deal_triggers), none telling the reaching ("التوصل إلى اتفاق"), and the day only the
    context's or the report's: a deal reached before and retold, which ACLED codes once on its own day."""
    if "date-context" not in rules and "report-day" not in rules or DEAL_MADE_SIDE in rules:
        return False
    pos = L.trigger_pos()
    named = L.named_deal_triggers()
    triggers = [r for r in rules if r in pos]
    return bool(triggers) and all(r in named for r in triggers)


def _recalled(f: Frame) -> bool:
    """Frame ``f`` is a happening recalled by a background cue ("بعد"، "عقب"، "ردا على"), kept or not."""
    return (f.modality is not None and f.modality[0] == "background") or any(
        r.startswith(BACKGROUND_LIFT) for r in f.rule_ids)


def _lead_said_span(d: DateMention | None, frames: Sequence[Frame], toks: Sequence[Any],
                    reporting: Sequence[Match]) -> tuple[DateMention | None, tuple[int, int] | None]:
    """"قال أردوغان، الاثنين، إن ... وأكد قيام طائرات تركية بشن غارات": a lead day that is a statement's (after its
    reporting verb, before the complementizer) tells when the act was said, not done: an act told elsewhere with no
    day of its own took place by then, the day before or that day, as the dev gold dates an undated report
    ([published-1, published]). None when the lead day is no single statement's day, or is an evening's that an act
    took (evening_daypart). (g99c) Cost: once per document, a pass over the frames and the reporting cues.

    Returned with the sentence span (char offsets) of the act that took the day as its own, else None: that act and
    the mentions of its sentence keep the day, but an undated act told in a later sentence is dated as above
    ("قالت الوكالة، الأربعاء، إن الطائرات قصفت ... وكانت القوات قد ..."، "وقال الدفاع المدني إن الطيران شن 18 غارة"):
    the dev gold dates such acts by the statement ([day-1, day]); one that retells the lead's act merges with it and
    keeps its day (merge.date_rank: the context's day ranks below a statement's). (g100e)"""
    if d is None or d.date_start is None or d.precision != 1 or d.date_start != d.date_end \
            or not _statement_day(toks, d, reporting):
        return None, None
    took = next((f for f in frames if f.date is not None and f.date.start == d.start and not f.modality), None)
    if took is not None and toks[d.tok_start].norm in words("evening_daypart"):
        return None, None  # "ذكرت مصادر، مساء الأحد، أن": an evening's report tells that day's acts (lead, s31)
    span = replace(d, date_start=d.date_start - dt.timedelta(days=1), precision=2,
                   rule_id=f"{d.rule_id}+{LEAD_SAID if took is None else LEAD_SAID_LATER}")
    return span, (None if took is None else took.sent_span)


def _names_back(f: Frame) -> bool:
    """"ووقع القصف وسط تحذيرات ..."، "وأسفر القصف عن ...": a definite noun with no place and no day of its own names
    the happening told before, the lead's act whose day is the statement's: it keeps that day, as its merge with
    that act would (g100e)."""
    return "definite" in f.rule_ids and "place-context" in f.rule_ids


def _said_today(f: Frame, ds: dt.date, de: dt.date | None, published: dt.date | None, toks: Sequence[Any]) -> bool:
    """"قال المرصد، الجمعة، إن طائرات قصفت ..." in Friday's report: the act's only day is that of the statement telling
    it (said-day, or report-day for a known happening told so), and that is the publication day: the statement tells
    when the news was given, not when the act was done, which the dev gold dates as an undated report, [day-1, day]
    ("قال مسؤولان ...، الاثنين، إن إسرائيل نفذت ضربات" in Monday's report). An earlier statement's day stays the
    act's (dev: "وقالت الوحدات والمرصد الجمعة إن ضربة جوية" in Sunday's report is Friday), and so does an evening's
    ("ذكرت مصادر، مساء الأحد، أن": that day's acts, as _lead_said_span). (g101o) Cost: a few compares per event."""
    return f.date is not None and ds == de == published \
        and (SAID_DAY in f.rule_ids or REPORT_DAY in f.rule_ids) and not _told_late(toks, f.date)


def _told_late(toks: Sequence[Any], d: DateMention) -> bool:
    """A statement's day told with a part of the day (relative_dates rd-dp: "فجر السبت"، "مساء الأحد") or after "في وقت
    متأخر" (function_words evening_daypart): a late report, or the act's own hour told after its source ("وفقا لما قاله
    ترامب، فجر السبت"); either way the day is the act's. Cost: a split of the day's rule id."""
    return any(p.startswith(DAYPART_RULE) for p in d.rule_id.split("+")) \
        or (d.tok_start > 0 and toks[d.tok_start - 1].norm in words("evening_daypart"))


def _context_day(d: DateMention | None, published: dt.date) -> bool:
    """The context's day an act told going on keeps (g111i): one day, told within a day of publication (the report's
    day or the day before it). Cost: a few comparisons, only for an undated going-on frame."""
    return d is not None and d.precision == 1 and d.date_start is not None and d.date_start == d.date_end \
        and 0 <= (published - d.date_start).days <= 1


def _stale_lead_handover(f: Frame, d: DateMention, published: dt.date | None) -> bool:
    """A handover or departure with no day of its own does not borrow a lead day more than a week before
    publication: such a lead day belongs to a happening the report recalls ("شنت هجمات كيماوية في 7 أبريل"،
    "القرار 2401 الصادر الشهر الماضي"), while "أعلنت سانا خروج أكبر موكب من المسلحين" is the news of its days.
    (g89g) Cost: a few comparisons, only for an undated transfer frame."""
    return f.date is None and f.sub_event_type == NVT_SUB and published is not None and d.date_end is not None \
        and (published - d.date_end).days > LATEST_DAYS


def _drop_borrowed_days(frames: Sequence[Frame], recent: Callable[[DateMention], bool]) -> None:
    """"تردد دوي انفجارات ... ردا على تقارير عن هجوم كيميائي في دوما قبل أسبوع": a day told after a recalled
    happening that stands between a trigger and the day is that happening's own, not the trigger's: the trigger keeps
    no day of the sentence (rule id day-of-recalled) and falls back as an undated mention does. Only a day read as
    the nearest (no statement's, report's, own-day or told-again reading), and only a recent one: a trigger before an
    old happening's day ("ضربة على الشعيرات ردا على هجوم خان شيخون في نيسان 2017") mostly shares its history."""
    for u in frames:
        if u.date is None or u.date.tok_start < u.trigger.end_tok or not _recalled(u) or not recent(u.date):
            continue
        for f in frames:
            if f is u or f.date is None or f.date.start != u.date.start or f.sent_span != u.sent_span \
                    or f.trigger.end_tok > u.trigger.start_tok or f.modality is not None \
                    or any(r.startswith(OWN_READINGS) for r in f.rule_ids):
                continue
            f.date = None
            f.rule_ids = [r for r in f.rule_ids if r != DAY_AFTER_ACT] + [DAY_OF_RECALLED, "date-context"]


def _carried_days(frames: Sequence[Frame], lead: DateMention | None,
                  published: dt.date | None) -> dict[int, DateMention]:
    """Days carried to undated acts (by ``id`` of the frame) from an act told with a day of its own in the
    CARRY_SENTENCES sentences before: "قتلت اثنين ... أثناء عملية نفذتها السبت. ... وتابع، إن القوات داهمت
    المنزلين": the act told on goes on with the day just told, not the lead's (the statement's) day. Only a single
    recent day that is no statement's or report's day and differs from the lead's, lent by an act of the sentence last
    told with a day that fits the undated one (_carries_to; not only that sentence's last dated act: «أطلق الجيش،
    الأربعاء، صاروخا على طائرة انطلقت من سوريا ودخلت ...» lends Wednesday to the downing told next, g105l); a later
    sentence told with a day stops the carry. One pass over the frames, in text order."""
    out: dict[int, DateMention] = {}
    if lead is None or published is None:
        return out
    for f, told in _told_after_dated(frames):
        if PAST_PERFECT in f.rule_ids or "date-ongoing" in f.rule_ids:
            continue
        # the act of its own kind told with that day, or the strike an interception met (event_types face_of)
        last = next((t for t in reversed(told) if _carries_to(t, f) and (
            _own_recent_day(t, t.date, published) or _since_span_to_report(t, published))), None)
        if last is None:
            continue  # an act of another kind told after a dated one is often the lead's news again
        if last.date.date_start != lead.date_start or last.date.date_end != lead.date_end:
            out[id(f)] = last.date
            f.rule_ids.append(CARRIED_DAY if last.sub_event_type == f.sub_event_type else CARRIED_MET)
    return out


def _told_after_dated(frames: Sequence[Frame]) -> Iterator[tuple[Frame, list[Frame]]]:
    """Each undated act with no modality and no day of its sentence (date-context) told within CARRY_SENTENCES
    sentences after the last sentence told with a day, with that sentence's dated frames; a later sentence told
    with a day takes over. One pass over the frames, in text order (_carried_days, _near_days)."""
    told: list[Frame] = []  # the dated frames of the last sentence told with a day
    for f in frames:
        if f.date is not None:
            if told and told[0].sentence != f.sentence:
                told = []
            told.append(f)
        elif told and 0 < f.sentence - told[0].sentence <= CARRY_SENTENCES and not f.modality \
                and "date-context" in f.rule_ids:
            yield f, told


def _near_days(frames: Sequence[Frame], published: dt.date | None) -> dict[int, DateMention]:
    """Days of the acts told just before, for undated acts (by ``id`` of the frame) under a statement's lead day
    ("قالت الوكالة، السبت، إن ..."): «وأشار المرصد إلى أن قوات النظام تمكنت السبت من تقسيم الغوطة. وقد استهدف قصف جوي
    المدينة»: the act told on, of any kind, in the CARRY_SENTENCES sentences after an act told with its own single
    recent day, is that day's, not the statement's [day-1, day] (the caller keeps the day only when it lies in that
    span: it narrows the span to the day the article tells, never moves it). Unlike _carried_days, any sub-type lends
    and the statement's own day counts too; a later sentence told with a day stops the carry. (g107a) Cost: one pass
    over the frames, only in documents whose lead day is a statement's."""
    out: dict[int, DateMention] = {}
    if published is None:
        return out
    for f, told in _told_after_dated(frames):
        last = next((t for t in reversed(told) if _own_recent_day(t, t.date, published)), None)
        if last is not None:
            out[id(f)] = last.date
    return out


def _carries_to(last: Frame, f: Frame) -> bool:
    """Frame ``last``, told with its day, lends it to the undated ``f`` told after it: the same sub-type, or the
    strike an interception met ("شنت طائرات غارات ... فجر الخميس. وقالت الوكالة إن الدفاعات الجوية تصدت لعدد من
    الصواريخ": event_types face_of), whose day is the interception's. (g105l)"""
    return last.sub_event_type == f.sub_event_type or (
        L.face_of(f.sub_event_type) is not None and merge_family(last.sub_event_type) == L.face_of(f.sub_event_type))


def _own_recent_day(f: Frame, d: DateMention, published: dt.date) -> bool:
    """Day ``d`` of frame ``f`` is an act's own single recent day: told with the act, not a statement's or the
    report's, within LATEST_DAYS before publication."""
    return (d.precision == 1 and d.date_start is not None and d.date_start == d.date_end
            and 0 <= (published - d.date_start).days <= LATEST_DAYS and not f.modality
            and not CARRY_BLOCKERS.intersection(f.rule_ids))


def _since_span_to_report(f: Frame, published: dt.date) -> bool:
    """Frame ``f`` is an act told from a recent day up to the report («أكثر من 600 ضربة جوية منذ ليل الأربعاء» read on
    the Thursday: [Wed, Thu], step's since-day): the same kind of act told just after it with no day of its own («واستهدفت
    الغارات بلدات بينها ...») goes on over that span, as the dev coders date each base evacuated «منذ مساء الثلاثاء».
    Only a since-day at most ONGOING_SINCE_DAYS back (not a week's, SINCE_WEEK), told with the act, no statement's,
    report's or retold happening's day (g109a)."""
    d = f.date
    return (d is not None and d.precision == 1 and d.date_start is not None and d.date_end == published
            and d.date_start < published and "since-day" in f.rule_ids and SINCE_WEEK not in f.rule_ids
            and not f.modality and not SINCE_BLOCKERS.intersection(f.rule_ids))


def _recalled_days(frames: Sequence[Frame]) -> frozenset[int]:
    """Start offsets of the days told right after a happening recalled as background ("عقب هجوم في 13 من مارس"،
    "الرهائن الذين خطفهم الشهر الماضي") as its own: that day is the old happening's, no day for the report's undated
    happenings, also when it lifts the recalled happening into the news (q17's own-day): the day is that
    happening's, not the undated ones'."""
    return frozenset(f.date.start for f in frames
                     if f.date is not None and f.date.tok_start >= f.trigger.end_tok and _recalled(f))


def _campaign_of_sentence(toks, f: Frame, before: Sequence[Frame], published: dt.date | None,
                          window: int) -> str | None:
    """The campaigns.tsv id of a happening told in frame ``f``'s sentence and dropped as background, at the place
    ``f`` is read at, when that happening recalls a campaign ended more than ``window`` days before publication
    (dropped as recalling it, or by another cue but of the campaign's types: "بعد اشتداد المعارك في تلعفر") and
    ``f`` has no day of its own. What a sentence tells after "بعد + the campaign" is later, mostly news ("بعد طرد
    التنظيم من الرقة، تخفى ... ثم تم القبض عليه"), not the campaign's time ("عندما استعاد الجيش تدمر ... دخلها")."""
    if f.date is not None or f.place is None or published is None:
        return None
    for p in before:
        if p is f or not (p.modality and p.modality[0] == "background" and p.place is not None
                          and p.place.location == f.place.location):
            continue
        k = p.trigger.start_tok
        if f.trigger.start_tok > k and any(in_words(toks[j].norm, words("after_head"))
                                           for j in range(max(0, k - 2), k)):
            continue
        rows = campaigns_by_place().get(norm_key(p.place.name), ())
        if p.modality[1].startswith("cp-"):
            # a city's campaign ("استعادة تدمر"), not a person's killing told at the town of an arrest
            if any(c.id == p.modality[1] for c in rows):
                return p.modality[1]
            continue
        c = EventExtractor._fitting(p, rows)
        if c is not None and not c.happening and (published - c.ended).days > window \
                and not any((published - r.ended).days <= window for r in rows):
            return c.id
    return None


def _place_of_other_day(f: Any, a: int, b: int, sent_of_tok: Sequence[int], date_s: _ByUnit, si: int,
                        published: dt.date | None) -> bool:
    """Whether a context place was told in another sentence that does not tell the act's own old day: the act's
    day (a day, not a vague «قبل بضعة أسابيع») is told in its sentence, OTHER_DAY_GAP days or more before
    publication, and the place came from a sentence telling no day or other days (the report's act's, g112j)."""
    d = f.date
    if published is None or d is None or d.date_end is None or d.precision != 1 or not a <= d.tok_start < b \
            or (published - d.date_end).days < OTHER_DAY_GAP or f.place.tok_start is None:
        return False
    if not 0 <= f.place.tok_start < len(sent_of_tok):
        return False
    sj = sent_of_tok[f.place.tok_start]
    if sj == si:
        return False
    return not any(x.date_start is not None and x.date_end is not None and x.date_start <= d.date_end
                   and d.date_start <= x.date_end for x in date_s.get(sj, ()))


def _day_of_place_told(place: Any, places: Sequence[Any], sent_of_tok: Sequence[int],
                       date_s: _ByUnit, si: int, published: dt.date | None) -> DateMention | None:
    """The old day (a year told, more than OLD_PLACE_DAYS before publication, and no recent day beside it) of the
    earlier sentence that told the place a back word («البلدة»، «المنطقة») refers to: an act told with no day of its
    own at that place is that place's old happening told on, not the news (g109h). One bucket read, for
    place-refers-back frames only."""
    if published is None:
        return None
    # the back word's referent: the last place of the same gazetteer row told before it (places.told_place)
    ref = next((p for p in reversed(places) if p.tok_end <= place.tok_start and p.resolved
                and p.gazetteer_id == place.gazetteer_id), None)
    if ref is None:
        return None
    sj = sent_of_tok[ref.tok_start]
    if sj >= si:
        return None
    old = None
    for d in date_s[sj]:
        if d.date_end is None or d.relation == "future":
            continue
        if (published - d.date_end).days <= OLD_PLACE_DAYS:
            return None  # a recent day told there too («عام 2015، فيما أرسلت تركيا أمس ...»): that sentence is news
        if old is None and "year" in d.rule_id.split("+"):
            old = d
    return old


def _day_told_before(toks: Sequence[Any], t: Match, lo: int, prev: tuple[int, int],
                     dates: Sequence[DateMention]) -> DateMention | None:
    """The explicit day (one with a year) that closes the sentence before, when the trigger's sentence opens on
    «فقد/وقد» (recall_opener, g97b). Not the pluperfect «وكان ... قد»: it tells an act before that day, which the
    past-perfect and recalled-crime rules already date or drop. Runs only for a trigger with no day of its own after
    a sentence with a date: one set look-up at the opening token, then the last date of the sentence before."""
    if toks[lo].norm not in _recall_openers():
        return None
    if t.start_tok - lo > PLUPERFECT_REACH:
        return None
    d = dates[-1]
    if d.tok_end < prev[1] - 1 or d.relation == "future" or _is_since(toks, d) \
            or "year" not in d.rule_id.split("+"):
        return None  # not the sentence's close, or no year told: the report's own time, not an old day
    return d


@lru_cache(maxsize=1)
def _recall_openers() -> frozenset[str]:
    """«فقد/وقد» opening a sentence that tells what happened on the day told just before (function_words)."""
    return words("recall_opener")


def _pluperfect_opening(toks: Sequence[Any], t: Match, lo: int) -> bool:
    """A sentence opening on "وكان/وكانت" whose past verb follows its subject with no "قد" ("وكانت قوات سوريا
    الديمقراطية استعادت الرقة"، "وكانت وسائل إعلام أفادت بالتوصل إلى اتفاق"): the pluperfect too, a happening
    recalled from before the news (g81f). The verb is the trigger itself, a perfect (not "يقصف"). Runs only for a trigger with no day of its own, after the cheaper
    "قد" check: one look-up at the sentence's first token, then a few at most."""
    if t.start_tok - lo > PLUPERFECT_REACH or t.start_tok <= lo + 1 or toks[lo].norm not in _opening_aux():
        return False
    if t.payload.pos != "verb":
        return False
    stops = _opening_stops()
    if any(toks[k].norm in stops for k in range(lo + 1, t.start_tok)):
        return False  # the verb is a reported or a time clause's ("ذكر أن الهجمات استهدفت"، "عندما سيطر"), not the aux's
    v = toks[t.start_tok].norm[len(t.prefix):]
    imperfect, perfect = _verb_affixes()
    return not (v.startswith(imperfect) and not v.endswith(perfect))


@lru_cache(maxsize=1)
def _verb_affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The imperfect prefixes and perfect suffixes (function_words imperfect_prefix, perfect_suffix), built once."""
    return tuple(words("imperfect_prefix")), tuple(words("perfect_suffix"))


@lru_cache(maxsize=1)
def _opening_stops() -> frozenset[str]:
    """Words after which a verb belongs to another clause than the opening auxiliary's: complementizers, relatives,
    time conjunctions (recall_stop), and the clause breaks but the comma (it sets off the subject's aside)."""
    return (words("complementizer") | words("relative") | words("recall_stop")
            | (words("clause_break") - COMMAS))


@lru_cache(maxsize=1)
def _opening_aux() -> frozenset[str]:
    """The past auxiliary with a conjunction that opens a recalled happening ("وكان"، "وكانت"، "وكانوا")."""
    return frozenset(w for w in words("past_aux") if w[0] in "وف")


def _pluperfect_recall(f: Frame) -> bool:
    """"وكانت قوات الدفاع الجوي قد أسقطت طائرة حربية": a happening told in the pluperfect ("كان/كانت ... قد" + a
    perfect verb) with no day of its own is recalled as the background of the news, mostly more than a week old. Like
    one only named by a definite noun (``_named_only``), it is a reference when the lead tells no happening of its type,
    and is dropped unless another mention tells it: alone it would take the report's week, the wrong days (branch g42a).
    """
    return PAST_PERFECT in f.rule_ids and _no_day_told(f)



def _words_between(toks: Sequence[Token], lo: int, hi: int) -> int:
    """The tokens from ``lo`` up to ``hi`` that are words: quotation marks and brackets around a name
    ("القصف بـ«الغازات السامة" الذي ...") lengthen no clause. Counted only up to twice OWN_DAY_WINDOW tokens."""
    if hi - lo > 2 * OWN_DAY_WINDOW:
        return hi - lo
    return sum(1 for k in range(lo, hi) if not toks[k].punct)


def _this_force_before(toks: Sequence[Token], start: int) -> bool:
    """A demonstrative and a word for forces ("هذه القوات"، "تلك الفصائل") a few words before a trigger, in its
    clause: the sentence names its agent by pointing back at forces told before."""
    this, force = words("this_word"), words("force_word")
    for k in range(start - 1, max(start - THIS_FORCE_WINDOW, 0) - 1, -1):
        if toks[k].punct:
            return False
        if k + 1 < start and in_words(toks[k].norm, this) and toks[k + 1].norm in force:
            return True
    return False


def _told_as_cause(toks: Sequence[Any], t: Match) -> bool:
    """Noun trigger ``t`` up to CAUSE_GAP tokens after a word of cause, or with a verb of killing (told_toll) right after (function_words told_cause: "قتلوا جراء هجوم مزعوم"): the
    sentence tells what the happening did, news of it however hedged, not a reaction to it."""
    causes = words("told_cause")
    # "جراء الهجوم المفترض بغازات سامة": the head and its hedge may stand between (CAUSE_GAP)
    if any(toks[k].norm in causes for k in range(max(0, t.start_tok - CAUSE_GAP), t.start_tok)):
        return True
    # "على هجوم كيميائي مفترض قتل العشرات": its own verb of killing right after it tells what it did
    killed = words("told_toll")
    return any(toks[k].norm in killed for k in range(t.end_tok, min(len(toks), t.end_tok + ALLEGED_GAP)))


def _alleged_near(toks: Sequence[Any], t: Match) -> bool:
    """Noun trigger ``t`` is hedged as alleged (function_words alleged: "المزعوم"، "المفترض") inside its span or in
    the ALLEGED_GAP tokens right after it, no clause break between ("هجوم كيميائي مفترض"، "الهجوم المزعوم بأسلحة")."""
    hedges, breaks = words("alleged"), words("clause_break")
    for k in range(t.start_tok + 1, min(len(toks), t.end_tok + ALLEGED_GAP)):
        w = toks[k].norm
        if w in hedges:
            return True
        if k >= t.end_tok and w in breaks:
            return False
    return False


def _named_after_next_day(toks: Sequence[Any], t: Match, f: Frame, lo: int) -> bool:
    """Trigger ``t`` is named within NEXT_DAY_WINDOW tokens after "غداة" ("the day after": function_words
    next_day_of) in its clause, with no day told after that word ("غداة مقتل مدنيين الجمعة" keeps Friday, q32b) and
    no known day of a retold happening: the happening is a day older than the clause. A short backward scan, stopped
    at a clause mark, from the sentence start ``lo`` at the earliest."""
    if TOLD_AGAIN_WEEK in f.rule_ids or TOLD_AGAIN in f.rule_ids:
        return False
    next_day, marks = _next_day_words(), words("clause_mark")
    for k in range(t.start_tok - 1, max(lo, t.start_tok - NEXT_DAY_WINDOW) - 1, -1):
        w = toks[k].norm
        if w in marks:
            return False
        if w in next_day:
            return f.date is None or f.date.tok_end <= k
    return False


NEXT_DAY_TOLL_WINDOW: Final = 16  # tokens from "غداة" + the dead to the strike they fell in (_named_after_next_day_toll)


def _named_after_next_day_toll(toks: Sequence[Any], t: Match, f: Frame, lo: int) -> bool:
    """Trigger ``t`` follows a word of cause (function_words next_day_toll_cause) in the toll that "غداة" opens
    ("وتأتي الغارات غداة مقتل 20 مدنيا، بينهم 16 طفلا، في غارة على قرية"): the strike the dead fell in is the
    happening "غداة" names, a day older than its clause, past the commas of the toll's apposition that stop
    _named_after_next_day. The word after "غداة" is a word of the dead (toll_before); no day is told after "غداة"
    (q32b keeps "غداة مقتل مدنيين الجمعة ... في قصف" on Friday) and no second "غداة" or sentence mark comes between."""
    if TOLD_AGAIN_WEEK in f.rule_ids or TOLD_AGAIN in f.rule_ids:
        return False
    if t.start_tok < 1 or toks[t.start_tok - 1].norm not in words("next_day_toll_cause"):
        return False
    next_day, dead, ends = _next_day_words(), words("toll_before"), words("line_end")
    for k in range(t.start_tok - 2, max(lo, t.start_tok - NEXT_DAY_TOLL_WINDOW) - 1, -1):
        w = toks[k].norm
        if w in ends:
            return False
        if w in next_day:
            return k + 1 < t.start_tok - 1 and toks[k + 1].norm in dead and (f.date is None or f.date.tok_end <= k)
    return False


@lru_cache(maxsize=1)
def _next_day_words() -> frozenset[str]:
    return with_conjunctions(words("next_day_of"))


def _result_told(toks: Sequence[Any], t: Match, end: int) -> bool:
    """A verb of result (function_words retold_result) within RESULT_TOLD_GAP tokens after retold noun ``t``, in its
    unit [.., end): «على هجوم كيماوي مفترض أسفر عن مقتل العشرات في مدينة دوما» tells the attack with its toll, a
    happening of its own even when the answer to it is only the background of the news (g111f). Asked only of a
    retold noun with its own place whose answer is in the background: a few look-ups."""
    verbs = words("retold_result")
    return any(toks[k].norm in verbs for k in range(t.end_tok, min(end, t.end_tok + RESULT_TOLD_GAP)))


def _answer_in_background(toks: Sequence[Any], t: Match, a: int, sent_frames: Sequence[Frame]) -> bool:
    """The reaction to noun ``t``, told before it in its sentence [a, ...), is itself only the background of the news:
    the act told last before it read so, or a word of time after (function_words `retold_after`) earlier in the
    sentence than the words opening ``t``'s own phrase («ردا على»، «بعد أيام من»: RETOLD_OWN_CUE words): «وتأتي القمة بعد
    ساعات من ضربات ... ردا على هجوم كيماوي في X»، «جاء التحذير بعدما ضربت ... ردا على ...». The attack is then two
    steps back from the news, context a coder leaves to the reports of it (g102l). The answer is read from the words:
    its noun is often no trigger («هجوم أميركي»), or one dropped with no frame. Both are read after the last
    complementizer before ``t``, where the said answer begins: a time word before it is the statement's («قالت باريس
    بعد اجتماع طارئ إن فرنسا شنت ضربات ردا على ...»، «عقب اجتماع، أعلنت باريس أن ...»: g102s); not the «أن» of «بعد أن», a time word itself («وتأتي الضربة بعد أن
    تعهد ماكرون برد على هجوم ...»)."""
    after = with_conjunctions(words("retold_after"))
    hi = t.start_tok - RETOLD_OWN_CUE
    k = last_that(toks, a, hi)
    while k > a and toks[k - 1].norm in after:
        k = last_that(toks, a, k - 1)  # «بعد أن تعهد ...»: the «أن» of a time word opens no said answer
    lo = max(a, k + 1)
    g = next((g for g in reversed(sent_frames) if g.trigger.end_tok <= t.start_tok), None)
    if g is not None and g.trigger.start_tok >= lo and g.modality is not None and g.modality[0] == "background":
        return True
    return any(toks[k].norm in after for k in range(lo, hi))


def _associates(f: Frame, a1: L.Actor, a2: L.Actor | None, country: str | None) -> str | None:
    """assoc_actor_1: the armed sides of the list of agents that actor1 ``a1`` stands in (Frame.associates), but
    actor1 and actor2 themselves (as coded, or as read before a country's own force was put for them), joined by "; "
    as ACLED writes them; None when ``a1`` is not of the list (another reading gave the agent) or it has no other
    member (g103l)."""
    if len(f.associates) < 2 or not any(x.id == a1.id for x in f.associates):
        return None
    sides = {a1.id, *(a.id for a in (a2,) if a is not None), *(m.value.id for m in (f.actor1, f.actor2) if m is not None)}
    rest = [x.display(country) for x in f.associates if x.id not in sides]
    return "; ".join(rest) or None


def _assoc_apart(ev: Event) -> None:
    """An associate is never actor1 or actor2 as finally coded (a default or the document may give the counterpart
    after the list was read: «اشتباكات بين مقاتلي جيش الإسلام وقوات النظام»); none stays beside an attacker of public
    record put for a guessed one (KNOWN_AGENT): the list was the guess's (g103l)."""
    if ev.assoc_actor_1 is None:
        return
    if KNOWN_AGENT in ev.rule_ids:
        ev.assoc_actor_1 = None
        return
    rest = [x for x in ev.assoc_actor_1.split("; ") if x not in (ev.actor1, ev.actor2)]
    ev.assoc_actor_1 = "; ".join(rest) or None


def _retold(sub_event_type: str, rules: Any) -> bool:
    """A mention read as a happening retold with its own place (event_types.tsv retold, g102l)."""
    rt = L.retold_rule(sub_event_type)
    return rt is not None and rt in rules


def _retold_own_place(f: Frame, t: Match, end: int) -> bool:
    """Frame ``f`` of trigger ``t`` has a place of its own right after the noun, in its clause (``end``: the unit's
    end): «ردا على هجوم كيماوي مفترض في بلدة X». A country, a province or a countryside («ريف X») names no place struck («الهجوم الكيماوي في
    سوريا»، «هجوم بأسلحة كيماوية في ريف إدلب»), and a place before the noun is where the reaction was («أخلى الجيش
    مطارات في دمشق ... ردا على تقارير عن هجوم»)."""
    p = f.place
    return p is not None and p.kind not in ("country", "admin1", "word") and RURAL_MODIFIER not in p.modifiers \
        and t.end_tok <= p.tok_start < min(end, t.end_tok + RETOLD_PLACE_WINDOW)


def _no_day_told(f: Frame) -> bool:
    """Frame ``f`` has no day the report tells: none, or the report's week a well-known happening takes when the
    report never tells its day (told-again-week)."""
    return f.date is None or TOLD_AGAIN_WEEK in f.rule_ids


def _told_verbally(toks: Sequence[Any], t: Match) -> bool:
    """A noun trigger told as a verb: after a passive auxiliary ("تم إعدامهم"), or a row that is a fixed phrase opening
    with the article and whose verb stands before it ("أطلق مسلحون النار على")."""
    return t.payload.pos == "noun" and (
        (t.start_tok > 0 and toks[t.start_tok - 1].norm in words("passive_aux")) or t.phrase.startswith("ال"))


def _escalated(toks: Sequence[Any], t: Match) -> bool:
    """A definite noun trigger that is the object of a verb of escalation or renewal (function_words escalation:
    "كثفت قوات النظام وحلفاؤها القصف على"، "جددت الطائرات الغارات"), up to ESCALATION_WINDOW words back in its
    clause: the happening is told as the news, not named as known. So is one heard (function_words perceived:
    "وسمع دوي الغارات"): what a witness heard is happening then, not a happening known from before."""
    if t.payload.pos != "noun":
        return False
    verbs = words("escalation") | words("perceived")
    breaks, marks = words("clause_break"), words("clause_mark")
    for k in range(t.start_tok - 1, max(-1, t.start_tok - 1 - ESCALATION_WINDOW), -1):
        if toks[k].norm in breaks or toks[k].norm in marks:
            return False
        if in_words(toks[k].norm, verbs):
            return True
    return False


def _arrest_tally_sentences(frames: Sequence[Frame]) -> frozenset[int]:
    """Sentences with an arrest counted over a span: "اعتقل التنظيم 53 شخصا خلال نفس الفترة، فيما اعتقلت الهيئة 46":
    the counts listed with it in that sentence are the same report's tallies (one pass over the frames). An arrest word
    whose doer made it an abduction (actor_roles doer-retype) counts as told (g103e)."""
    return frozenset(f.sentence for f in frames if f.total and f.tdef.sub_event_type == ARRESTS)


def _fight_going_on_since(toks: Sequence[Token], t: Match, tdef: Any, clause: tuple[int, int],
                          sent: tuple[int, int]) -> bool:
    """A clash noun (no campaign's noun) whose since-phrases in its clause, or in the sentence when the clause
    holds none, all count a recent span back (function_words since_recent: «منذ أيام»، «منذ أسابيع»، «منذ الشهر
    الماضي»); a year, a date or a happening after «منذ» («منذ 2011»، «منذ بدء الهجوم») keeps the tally reading.
    Runs only for a frame already read as a tally (a few per document)."""
    if tdef.sub_event_type != ARMED_CLASH or toks[t.start_tok].norm in words("campaign_noun"):
        return False
    since, recent = words("since"), words("since_recent")
    marks = [k for k in range(*clause) if toks[k].norm in since] or [k for k in range(*sent) if toks[k].norm in since]
    return bool(marks) and all(k + 1 < sent[1] and toks[k + 1].norm in recent for k in marks)


def _after_clause_between(toks: Sequence[Token], lo: int, k: int) -> bool:
    """A conjunction of a later act (function_words since_after_clause: «بعدما»; «بعد أن») stands between the trigger's
    end ``lo`` and the since-phrase at ``k``: the span is that clause's act's (g109j). A few tokens read, only for a
    frame read as a tally."""
    heads = words("since_after_clause")
    return any(toks[j].norm in heads or (j + 1 < k and f"{toks[j].norm} {toks[j + 1].norm}" in heads)
               for j in range(lo, k))


def _since_clause_after(marks_at: list[int], since_at: list[int], triggers: Sequence[Match], cb: int, lo: int,
                        hi: int) -> bool:
    """"تشن القوات هجوما على الفصائل في درعا، منذ 19 يونيو": a since-phrase that opens the clause right after the
    trigger's, a clause telling no happening of its own, is the start of what that clause tells (a running campaign),
    as a fronted one scopes over the clause after its comma."""
    if cb >= hi or not any(k in (cb + 1, cb + 2) for k in since_at):
        return False
    na, nb = _clause(marks_at, cb + 1, lo, hi)
    return not any(na <= t.start_tok < nb for t in triggers)


BEGAN_WEEK_DAYS: Final = 7  # a campaign running since a day this far back: the clause of «بدأ ب» after it is its opening


def _began_with(toks: Sequence[Token], t: Any, dates: Sequence[Any], published: Any, lo: int) -> bool:
    """"..., بدأ بقصف عنيف": a trigger taken by «ب» right after a bare «بدأ/بدأت» (function_words began_with: no «و»,
    no subject between: what began is the clause before) that follows a comma, after a since-date told before the
    comma ``BEGAN_WEEK_DAYS`` or more before publication («تشن القوات منذ 18 فبراير هجوما على ...»): the clause describes
    how the campaign running since then began, over its first days. A campaign told on a day of its own gives the
    clause its day (read as any act's), so only a since-date, which dates no act, is read here."""
    k = t.start_tok
    if k - 2 < lo or not toks[k].norm.startswith("ب") or toks[k - 1].norm not in words("began_with") \
            or toks[k - 2].norm not in (",", "،"):
        return False
    since = words("since")
    return published is not None and any(
        lo < d.tok_start < k - 2 and toks[d.tok_start - 1].norm in since and d.date_end is not None
        and (published - d.date_end).days >= BEGAN_WEEK_DAYS for d in dates)


HELD_SINCE_REACH: Final = 30  # tokens at most from a taking's verb to the «منذ» of its start point (g108e)


def _held_since(toks: Sequence[Token], t: Any, trigs: Sequence[Any], dates: Sequence[Any], published: Any,
                days: int, b: int) -> bool:
    """"سيطرت القوات على معظم المنطقة ... منذ العام الماضي": a since-date after a taking's verb, with no other trigger
    between, more than ``days`` before publication, whose «منذ» no participle or relative word of another phrase
    holds («المحاصرة منذ 2013»، «التي ... منذ»: function_words since_held_not): the taking was made then. Runs only
    for a taking's verb in a sentence with no day of its own."""
    if published is None:
        return False
    since, other = words("since"), with_conjunctions(words("since_held_not"))
    for d in dates:
        k = d.tok_start - 1
        if k < t.end_tok or k >= b or k - t.end_tok > HELD_SINCE_REACH or toks[k].norm not in since \
                or d.date_end is None or (published - d.date_end).days <= days:
            continue
        if toks[k - 1].norm in other or any(t.end_tok <= o.start_tok < k for o in trigs if o is not t):
            continue
        return True
    return False


def _since_nested(toks: Sequence[Token], after: int, ca: int, cb: int, since_at: Sequence[int]) -> bool:
    """Whether every since-phrase that makes a taking a tally follows its trigger (ending at token ``after``) in its
    clause [ca, cb) or the next one, with a since_nested word between (a relative pronoun, "إطار", a superlative):
    the since-phrase belongs to that nested phrase. Runs only for a taking already read as a tally (rare)."""
    marks = [k for k in since_at if ca <= k <= cb + 2]
    if not marks or min(marks) < after:
        return False
    nested = with_conjunctions(words("since_nested"))
    first = min(marks)
    return any(toks[i].norm in nested for i in range(after, first))


def _clause(marks_at: list[int], k: int, lo: int, hi: int) -> tuple[int, int]:
    """Token range of the comma-delimited clause around token ``k`` in [lo, hi), given the
    sorted positions of the clause marks in that range."""
    i = bisect_left(marks_at, k)
    a = marks_at[i - 1] + 1 if i > 0 else lo
    b = marks_at[i] if i < len(marks_at) else hi
    return a, b


def _heading_lines(text: str) -> list[tuple[int, int]]:
    """Lines of the body that are headings or the headlines of related articles, as character spans.

    Pages interleave their prose with short lines that end without a full stop: section headings
    ("تعزيزات عسكرية عند المعبر الحدودي") and links to other stories ("سوريا: إسرائيل قصفت قاعدة
    التيفور بصواريخ"). A heading sums up the paragraphs after it and a related headline reports
    another article's news, so neither is a happening of its own (ACLED coders skip both). A line
    counts when it follows the lead, is at most HEADLINE_MAX_WORDS words, does not end with a
    line_end mark and does not open with a body_start word (a paragraph cut before its full stop);
    and only in a text whose lines mostly end with one (prose without full stops is prose).
    """
    ends, opens = words("line_end"), words("body_start")
    lines, pos = [], 0
    for line in text.split("\n"):
        body = line.strip()
        if body:
            lines.append((pos, pos + len(line), body))
        pos += len(line) + 1
    bare = [(a, b, body) for a, b, body in lines[1:]
            if body.rstrip("\"'»”)]\u200f\u202c ")[-1:] not in ends]
    if not bare or len(bare) * 2 > len(lines):
        return []
    return [(a, b) for a, b, body in bare
            if len(body.split()) <= HEADLINE_MAX_WORDS and norm_key(body.split()[0]) not in opens]


def _told_relative(toks: Sequence[Token], t: Match, triggers: Sequence[Match]) -> bool:
    """The definite noun trigger ``t`` opens a relative clause told in the past ("للضربات التي تم شنها"، "للهجوم
    الكيماوي الذي شهدته"): up to LI_RELATIVE_REACH adjectives, then "الذي/التي" and a verb that is no future,
    modal or negated one (function_words li_relative_unreal: "التي قد تبدأ"، "التي ستطلق"), nor another trigger.
    A few set look-ups, asked only for a "ل" purpose reading."""
    if t.payload.pos != "noun" or not _definite_noun(t):
        return False
    rel, unreal = words("relative"), words("li_relative_unreal")
    for k in range(t.end_tok, min(len(toks) - 1, t.end_tok + LI_RELATIVE_REACH + 1)):
        if toks[k].norm in rel:
            v = toks[k + 1].norm
            return v not in unreal and not future_verb(v) \
                and not any(o.start_tok == k + 1 for o in triggers)
        if not toks[k].norm.startswith("ال"):
            return False
    return False


def _own_day_list(t: Match, triggers: Sequence[Match], stop: int) -> set[int]:
    """Ids of the triggers listed with noun trigger ``t`` by "و" before token ``stop``, each within ACTS_GAP tokens
    of the one before it and of ``t``'s event type ("التي تعرضت لغارات جوية وقصف صاروخي متجدد اليوم"): one
    happening told by its weapons, so a day after the list is each one's own, not another happening's (g112l)."""
    out: set[int] = set()
    if t.payload.pos != "noun":
        return out
    last = t.end_tok
    for o in sorted(triggers, key=lambda m: m.start_tok):
        if o is t or o.start_tok < last or o.start_tok >= stop:
            continue
        if o.payload.pos != "noun" or o.payload.event_type != t.payload.event_type \
                or not o.prefix.startswith("و") or o.start_tok - last > ACTS_GAP:
            break
        out.add(id(o))
        last = o.end_tok
    return out


def _own_verb(noun: Match, verb: Match) -> bool:
    """``verb`` opens the relative clause of the indefinite ``noun`` just before it ("هجوم كيميائي مفترض استهدف
    السبت دوما"): both tell one happening, which the noun names."""
    definite = noun.prefix.endswith(("ال", "لل")) or noun.phrase.startswith("ال")  # takes "الذي/التي" instead
    return noun.payload.pos == "noun" and not definite and verb.payload.pos == "verb" \
        and 0 <= verb.start_tok - noun.end_tok <= OWN_VERB_WINDOW


def _units(an: Analysis) -> list[tuple[int, int]]:
    """Sentences as token ranges; a run-on "sentence" (no punctuation in hundreds of tokens,
    as in scraped junk) is cut into windows so extraction stays linear in the text."""
    out: list[tuple[int, int]] = []
    for a, b in an.sent_tokens:
        if b - a <= MAX_UNIT:
            out.append((a, b))
        else:
            out.extend((k, min(k + UNIT_WINDOW, b)) for k in range(a, b, UNIT_WINDOW))
    return out


def _listed_landmarks(places: Sequence[Any], toks: Sequence[Any]) -> list[tuple[int, Any]]:
    """(id of a place, the place it locates) for the places listed right after a landmark ("مطار X الواقع بين
    مدينتي Y وZ": Z as Y): each is a reference point of the same place, passed over for it as Y is."""
    out: list[tuple[int, Any]] = []
    for p in places:
        if p.landmark is None:
            continue
        k = p.landmark + 1
        while k < len(places) and "و" in places[k].proclitic and places[k].tok_start == places[k - 1].tok_end \
                and places[k] is not p:
            out.append((id(places[k]), p))
            k += 1
    return out


def _before_reason(here: Sequence[Any], reason_at: Sequence[int], first: int) -> Sequence[Any]:
    """The places told before the sentence's first reason clause, when it has one and some are told before it
    ("قصفت مواقع في دمشق ردا على هجوم في دوما": the next sentence goes on with the strike, not the attack answered).
    When the reason word follows the sentence's first trigger (at ``first``) and no place is told before it, none:
    every place is the answered happening's ("الضربة المرتقبة للرد على الهجوم الكيماوي في دوما": the next sentence's
    act is not at Duma; g104q); a fronted reason ("وردا على ذلك، قصف الجيش بلدة X") keeps its places."""
    if not reason_at:
        return here
    opened = reason_at[0]
    kept = [p for p in here if p.tok_start < opened]
    return kept or ([] if opened > first else here)


def _answered_places(toks: Sequence[Any], unit: tuple[int, int], places: Sequence[Any],
                     worded: Sequence[Match]) -> frozenset[int]:
    """The ids of the places a sentence tells after its first reason word, when that word follows the sentence's
    first act ("قصفت ... ردا على هجوم في X": X is the answered happening's place; a fronted "وردا على ذلك، قصف الجيش
    بلدة X" keeps X). Runs once per document, on its lead sentence, when that has a trigger and a place."""
    reason_at = _reason_at(toks, unit[0], unit[1])
    if not reason_at or reason_at[0] <= worded[0].start_tok:
        return frozenset()
    return frozenset(id(p) for p in places if p.tok_start > reason_at[0])


DESTINATION_CARRIED: Final = "place-destination-not-carried-60900"  # rule id (g98u): see _carry_kept


def _carry_kept(carry: Callable[[Sequence[PlaceMention], Mapping[int, PlaceMention], Sequence[Token]],
                                PlaceMention | None],
                here: Sequence[PlaceMention], moved_to: Mapping[int, int], doc_place: PlaceMention | None,
                containers: Mapping[int, PlaceMention], toks: Sequence[Token]) -> tuple[PlaceMention | None, bool]:
    """The place a next sentence naming none inherits, leaving out where a move told in this sentence goes
    (places.destinations: "نزحوا إلى مناطق في شمال حلب"): the displaced went there, the next sentence's strike
    still stands where the report is. When every place of the sentence is such a destination, the document's
    place. ``moved_to`` is the sentence's destinations, already made for most sentences (empty in most). The flag
    tells whether a destination was left out, for the rule id of the act that inherits the place."""
    if not moved_to:
        return carry(here, containers, toks), False
    # "التهجير من ريف دمشق نحو الشمال": the place the move left ("من" a few tokens before where it goes) is the
    # move's too, no place the next sentence's act stands at
    ends = sorted(moved_to.values())
    kept = [p for p in here if id(p) not in moved_to and not _left_from(p, ends, toks)]
    if len(kept) == len(here):
        return carry(here, containers, toks), False
    return (carry(kept, containers, toks) if kept else doc_place), True


@lru_cache(maxsize=1)
def _move_from() -> frozenset[str]:
    """function_words move_from with its conjunctions («من»، «ومن»), built once."""
    return with_conjunctions(words("move_from"))


ORIGIN_BEFORE_DEST: Final = 8  # tokens from an origin "من X" to the destination word of the same move


def _left_from(p: PlaceMention, ends: Sequence[int], toks: Sequence[Token]) -> bool:
    """Place ``p`` is told as where a move left ("من X") a few tokens before one of its destinations (``ends``:
    their first tokens, in order)."""
    return p.tok_start > 0 and toks[p.tok_start - 1].norm in _move_from() \
        and any(0 < k - p.tok_start <= ORIGIN_BEFORE_DEST for k in ends)


def _carried_place(here: Sequence[Any], containers: Mapping[int, Any]) -> Any:
    """The place a next sentence naming none stands at: this sentence's last place, or the place it contains
    when the sentence named that too ("قاعدة التيفور في ريف حمص": the base, not Homs)."""
    inner = containers.get(id(here[-1]))
    return inner if any(p is inner for p in here) else here[-1]


def _state_abroad(ev: Event) -> bool:
    """The event's actor1 is a state force of one country (actors.tsv) and its place lies in another."""
    home = _state_countries().get(ev.actor1 or "")
    return home is not None and ev.country is not None and home != ev.country


@lru_cache(maxsize=1)
def _state_countries() -> dict[str, str]:
    """Name -> country of the state forces with a country of their own ("{country}" generics have none)."""
    return {a.name: a.country for a in actor_table().values() if a.kind == "state" and a.country}


def _world_country(iso: int | None) -> bool:
    """A country outside the region covered in depth ("world" in countries.tsv)."""
    return iso is not None and _country_tiers().get(iso) == "world"


@lru_cache(maxsize=1)
def _country_tiers() -> dict[int, str]:
    return {c.iso: c.tier for c in countries().values()}


def _armed_side(m: Mention) -> bool:
    return m.value.kind in ("state", "nonstate")


def _reactor_head_at(toks: Sequence[Any], t: Match, sent_lo: int) -> int | None:
    """Position of a condemning verb (function_words reactor_head) that governs noun trigger ``t``, up to
    REACTOR_WINDOW tokens back in the same clause ("أدانت الخارجية العراقية، الجمعة، الضربات"), else None. A day
    set off by commas does not end the clause."""
    heads, breaks = with_conjunctions(words("reactor_head")), words("clause_break")  # in_words as one look-up
    told = words("complementizer")
    k = t.start_tok - 1
    first = max(sent_lo, t.start_tok - REACTOR_WINDOW)  # the loop's bound, once (k moves, the bound does not)
    while k >= first:
        w = toks[k].norm
        if w in heads:
            return k
        if w in told:
            return None  # "ووصف النشطاء الوضع بأن الغارات مستمرة": what is said after "أن" is told, not reacted to
        if w in breaks:
            aside = _before_aside(toks, k, sent_lo, breaks)
            if aside is None:  # a name of its own: k stays an int, as compiled code (mypyc) checks
                return None
            k = aside
        k -= 1
    return None


def _before_aside(toks, k: int, lo: int, breaks: frozenset[str]) -> int | None:
    """``k`` is a comma closing an aside ("أدانت السعودية، الأحد، الهجوم"): the position of the comma that opens
    it, when that is at most ASIDE_MAX tokens back and no other break stands between; else None."""
    if toks[k].norm not in COMMAS:
        return None
    for n in range(k - 1, max(lo, k - ASIDE_MAX - 1) - 1, -1):
        if toks[n].norm in COMMAS:
            return n if n < k - 1 else None
        if toks[n].norm in breaks:
            return None
    return None


def _undated_noun(t: Match, f: Frame) -> bool:
    """Noun trigger ``t`` whose frame tells no day at all ("رغم نفي دمشق وقوع هجوم كيماوي في المدينة"): at the place
    of a well-known happening of its type within the window after it, the happening named again, as a definite
    noun's is (a fresh one at that place is told with its day or by a verb)."""
    return t.payload.pos == "noun" and f.date is None


def _alleged(toks: Sequence[Any], t: Match) -> bool:
    """Noun trigger ``t`` with "alleged" right before or after it ("هجوم كيميائي مزعوم"، "استخدام مفترض لأسلحة
    كيماوية"): a happening already reported, known as a definite noun's is."""
    if t.payload.pos != "noun":
        return False
    alleged = words("alleged")
    return (t.end_tok < len(toks) and in_words(toks[t.end_tok].norm, alleged)) or (
        t.start_tok > 0 and in_words(toks[t.start_tok - 1].norm, alleged))


def _day_right_after(toks: Sequence[Any], d: Any, t: Match, triggers: Sequence[Match]) -> bool:
    """The day is told right after the act, no other act between ("الضربة التي نفذت الثلاثاء"، "وقع الانفجار أمس"):
    the act's own words date it (merge: it beats the day of a statement that told the same happening)."""
    if not 0 <= d.tok_start - t.end_tok <= SAID_OWN_DAY or any(
            t.end_tok <= u.start_tok < d.tok_start for u in triggers if u is not t):
        return False
    # "وتأتي المعارك غداة مقتل مدنيين الجمعة": a day told after "غداة"، "بعد" dates the other happening
    other = _other_day_words()
    return not any(toks[k].norm in other for k in range(t.end_tok, d.tok_start))


def _day_right_before(toks: Sequence[Any], d: Any, t: Match, triggers: Sequence[Match]) -> bool:
    """The day is told right before the act's trigger in its clause, no other act, clause break or word of another
    happening's day between ("أطلقت في 13 أبريل الحالي أكثر من 100 صاروخ"، "شنت الخميس غارات"): the act's own day, as
    one told right after it (_day_right_after). Not "غداة الضربات": a day before "غداة/بعد" is another happening's."""
    if not 0 <= t.start_tok - d.tok_end or _words_between(toks, d.tok_end, t.start_tok) > DAY_AT_GAP or any(
            d.tok_end <= u.start_tok < t.start_tok for u in triggers if u is not t):
        return False
    if _clause_broken(toks, d.tok_end, t.start_tok):
        return False
    other = _other_day_words()
    return not any(toks[k].norm in other for k in range(d.tok_end, t.start_tok))


def _without_begun_days(toks: Sequence[Any], dated: Sequence[Any], t: Match) -> list[Any]:
    """An agreement's days less those told as when a campaign began ("بعد عملية بدأتها القوات في 19 يونيو، أبرمت
    روسيا والفصائل الجمعة اتفاقا"): a deal is not dated by its offensive's start while another day is told with it.
    Runs only for agreement triggers with two or more days in their sentence."""
    kept = [d for d in dated if not _begun_other_day(toks, d, t)]
    return kept if kept else list(dated)


def _begun_other_day(toks: Sequence[Any], d: Any, t: Match) -> bool:
    """The day closes a phrase of beginning that the trigger is not part of ("عملية عسكرية بدأتها في 19 يونيو، ثم
    اتفاق تسوية"، "منذ بدء تصعيدها في التاسع من يونيو"): it tells when a campaign or a measure began, not when the
    act the trigger names happened. A trigger between the word and the day is what began ("بدأت عملية الإجلاء
    الجمعة"): its own day."""
    k = _began_before(toks, d)
    if k is None:
        return _launched_campaign(toks, d, t)
    if k < t.start_tok < d.tok_start:
        return False
    if t.payload.event_type in BEGAN_OWN_KINDS and _began_of_trigger(toks, k, t):
        # «القصف المكثف، الذي بدأ الثلاثاء»: the act's own first day (a protest wave told by the day it began stays
        # that day's happening, kept apart: merge._onset_apart)
        return False
    # "وبدأت السبت، عملية الإجلاء"، "بدأت الأحد هجوما": the act named right after the day is what began that day, its
    # own day; not a military campaign ("بدأت في 19 يونيو عملية عسكرية"), whose first day is no day of its fighting
    return not (_names_what_began(toks, k, d, t) and not _campaign_noun(toks, t))


BEGAN_OWN: Final = "began-own-136000"  # rule id: the act is the subject of the relative «الذي بدأ» its day closes
BEGAN_OWN_GAP: Final = 4  # tokens from the trigger to its relative's verb of beginning («القصف المكثف، الذي بدأ»)


def _began_of_trigger(toks: Sequence[Any], k: int, t: Match) -> bool:
    """The word of beginning at ``k`` is the verb of a relative clause on trigger ``t`` itself («بعد أيام من القصف
    المكثف، الذي بدأ الثلاثاء»، «هجوم بدأ يوم 25 فبراير»): the day it is told with is when the act named began, its
    own first day (g110p). Only a verb right after the trigger or after a relative pronoun, at most BEGAN_OWN_GAP
    tokens past it (an adjective and a comma between), and only «بدأ» (function_words began_own_verb): fighting that
    «اندلعت السبت» broke out that day, its day alone (g86f); a verbal noun («بدء») or a verb with a subject of its own
    between is another happening's beginning."""
    if not t.end_tok <= k <= t.end_tok + BEGAN_OWN_GAP or toks[k].norm not in words("began_own_verb"):
        return False
    return (k == t.end_tok or toks[k - 1].norm in words("relative")) and not _campaign_noun(toks, t)


def _names_what_began(toks: Sequence[Any], k: int, d: Any, t: Match) -> bool:
    """The trigger follows the day within a few words, past a comma at most ("بدأت السبت، عملية الإجلاء"), after a verb
    of beginning with no object of its own ("عملية بدأتها في 19 يونيو، ثم اتفاق": the campaign began that day)."""
    if toks[k].norm not in _began_verbs():
        return False
    breaks = words("clause_break") - COMMAS
    gap = range(d.tok_end, t.start_tok)
    return 0 <= t.start_tok - d.tok_end <= BEGUN_OBJECT_GAP and not any(toks[j].norm in breaks for j in gap)


def _running_lead(lead: DateMention | None) -> bool:
    """The lead's day is a past span up to now longer than RUNNING_SPAN_DAYS ("خلال الأيام الخمسة الماضية"، "في الأيام
    الأخيرة"، "منذ أسبوع"): how long a campaign or a flight has gone on. A calendar period ("الأسبوع الماضي") or
    "قبل أيام" is one happening's time, and 24 or 48 hours are the report's own window: neither is one."""
    return lead is not None and lead.date_start is not None and lead.date_end is not None \
        and (lead.date_end - lead.date_start).days > RUNNING_SPAN_DAYS and told_up_to_now(lead)


def _span_sentence_types(lead: DateMention | None, frames: Sequence[Frame]) -> frozenset[str]:
    """The event types of the frames told in the sentence of the lead's span up to now (none if the lead is no such
    span): one pass over the frames, for the few documents whose lead is one."""
    if lead is None or not _running_lead(lead):
        return frozenset()
    # a trigger barred by a cue of its sentence (triggers.tsv "!group": «وتشن القوات هجوما ... خلال الأيام الخمسة
    # الماضية», the standing campaign) tells no happening there (g109d)
    return frozenset(f.event_type for f in frames if f.sent_span[0] <= lead.start < f.sent_span[1]
                     and not (f.modality is not None and f.modality[1].startswith(BARRED_PREFIX)))


def _span_not_day(lead: DateMention | None, f: Frame, span_types: frozenset[str]) -> bool:
    """Frame ``f``, with no day of its own, is told apart from the lead's span up to now (_running_lead): in another
    sentence, and of an event type that the span's sentence does not tell ("فروا من الغارات ... خلال الأيام الماضية"
    then "مع تواصل الغارات" is the same bombardment over those days). The span is not when this act happened: the dev
    gold dates such an act by the report's window. A few comparisons per undated frame; the caller asks only when
    the lead is such a span (_running_lead, once per document)."""
    if f.date is not None or lead is None:
        return False
    return f.event_type not in span_types and not f.sent_span[0] <= lead.start < f.sent_span[1]


def _launch_own_day(toks: Sequence[Any], d: Any, t: Match) -> bool:
    """The trigger is a campaign noun told launched by a perfect verb of its clause on one named day («وكانت القوات قد
    أطلقت في 19 حزيران عملية عسكرية»، «وبدأت تركيا في 20 يناير عملية عسكرية»، «أطلق الجيش عملية عسكرية في 10 أيلول»):
    the campaign's first day, told as an act done that day (H gold FR-2311: an armed clash of that day; kept only with
    both sides named, see the frame loop of __call__). Only a single day (ACLED precision 1), the day at most
    LAUNCH_DAY_GAP tokens from the noun, the verb (function_words launch_told_verb) before both in one clause and not
    right after «منذ» (a span since the start). A look-up per dated battle trigger; the scan runs only for campaign
    nouns."""
    if not _campaign_noun(toks, t) or d.precision != 1 or d.date_start is None or d.date_start != d.date_end:
        return False
    if d.tok_end <= t.start_tok:
        near = t.start_tok - d.tok_end <= LAUNCH_DAY_GAP
    else:
        near = d.tok_start >= t.end_tok and d.tok_start - t.end_tok <= LAUNCH_DAY_GAP
    if not near:
        return False
    verbs, breaks, since = _launch_told_verbs(), words("clause_break") - COMMAS, with_conjunctions(words("since"))
    first = min(t.start_tok, d.tok_start)
    for k in range(first - 1, max(first - BEGUN_WINDOW, 0) - 1, -1):
        if toks[k].norm in breaks:
            return False
        if toks[k].norm in verbs:
            return not any(toks[j].norm in since for j in range(max(k - 2, 0), k))
    return False


@lru_cache(maxsize=1)
def _launch_told_verbs() -> frozenset[str]:
    return with_conjunctions(words("launch_told_verb"))


def _launched_campaign(toks: Sequence[Any], d: Any, t: Match) -> bool:
    """The day closes a campaign's launch ("وأطلق الجيش حملة عسكرية في 18 فبراير، بدأت بقصف جوي"، "ضمن الحملة التي
    أطلقها الجيش في 18 فبراير"): the trigger told outside that phrase (the strikes before it, the bombing it began
    with) is not dated by it; a trigger inside it (the campaign itself, "شن التنظيم عملية انتحارية في") keeps its day."""
    k = _launch_phrase(toks, d)
    return k is not None and not k <= t.start_tok < d.tok_start


def _launch_phrase(toks: Sequence[Any], d: Any) -> int | None:
    """Where the launch phrase the day closes begins: a launch verb (campaign_launch) and a campaign noun side by side
    in the day's clause, the verb before the noun anywhere in the clause ("وأطلق الجيش ... حملة") or right after it
    ("الحملة التي أطلقها"); None if the day closes none."""
    launch, nouns, breaks = _launch_verbs(), words("campaign_noun"), words("clause_break")
    noun: int | None = None
    for k in range(d.tok_start - 1, max(d.tok_start - BEGUN_WINDOW, 0) - 1, -1):
        if toks[k].norm in breaks:
            return None
        if toks[k].norm in launch:
            if noun is None:
                noun = next((j for j in range(k - 1, max(k - LAUNCH_GAP, 0) - 1, -1) if toks[j].norm in nouns), None)
            return None if noun is None else min(k, noun)
        if noun is None and toks[k].norm in nouns:
            noun = k
    return None


@lru_cache(maxsize=1)
def _launch_verbs() -> frozenset[str]:
    return with_conjunctions(words("campaign_launch"))


def _series_span(own_dates: Sequence[DateMention], latest: int, published: dt.date | None) -> DateMention | None:
    """"خلال اليومين الأخيرين، انضمت 13 بلدة ...، آخرها بلدة X": the latest of a series told over a recent span of at
    most LATEST_DAYS is inside that span, a closer bound than the week up to publication. The last such date told
    before "آخرها"; a longer span ("خلال الأشهر الماضية") bounds nothing useful."""
    if published is None:
        return None
    for d in reversed(own_dates):
        if d.tok_start < latest and d.relation == "past" and d.date_start is not None and d.date_end is not None \
                and 0 <= (published - d.date_end).days and (published - d.date_start).days <= LATEST_DAYS:
            return d
    return None


def _kept_as_ago(f: Frame, d: DateMention) -> bool:
    """A mention over its sub-type's day_span is kept when its date is a past moment told as so long ago ("اعتقلت ...
    قبل نحو شهر"، "أسقطت ... قبل أسبوعين") within the sub-type's ago_span: a real happening of that week or month,
    coded with its range and precision (ACLED 2 or 3), unlike a span of how long something has gone on. Runs only for
    mentions already over their day_span (a few per hundred articles): a cached table look-up and a string split.
    A sub-type with a week_gap and no ago_span (hand-overs, g101g) is kept only by a week told right at its act: told
    as so long ago it was a consent («وافق ... على الانسحاب قبل أسابيع», g81d)."""
    ago, gap = L.ago_span(f.sub_event_type), L.week_gap(f.sub_event_type)
    if (ago is None and gap is None) or d.date_end is None or d.date_start is None \
            or (ago is not None and (d.date_end - d.date_start).days > ago):
        return False
    if ago is not None and told_ago(d):
        f.rule_ids.append(TOLD_AGO)
        return True
    if told_by_week(d) and (gap is None or _week_at_act(f.trigger, d, gap)):
        # "أعلنت الداخلية أوائل آذار عن اعتقال عنصرين"، "تصدت الدفاعات الجوية الأسبوع الماضي لهدف معاد"، "غادرت حرستا
        # الأسبوع الماضي": an arrest, interception or departure of a told week is as real as one told as so long ago
        # (ACLED time_precision 2; a week or a month part spans ten days at most)
        f.rule_ids.append(TOLD_WEEK)
        if gap is not None:
            f.rule_ids.append(WEEK_NEAR)
        return True
    return False


def _kept_by_month(f: Frame, d: DateMention, published: dt.date | None, toks: Sequence[Token]) -> bool:
    """A mention over its sub-type's day_span is kept when its date is a past calendar month or week told right at the
    act, at most the sub-type's month_gap tokens from its trigger ("وقصفت إسرائيل مواقع في سوريا الشهر الماضي"، "أسقطت
    طائرة في وقت سابق هذا الشهر"، "شنت ضربات في نيسان/أبريل الماضي"): a happening of that month, which coders code with
    its range (ACLED time_precision 3, a week 2) when it is within about a month of the report (g105b). Not a span up to
    now ("منذ شهر"، "خلال الأسابيع الماضية": how long something went on), not a bare month name with no «الماضي» or
    year (often another year's: "في مايو ويونيو في 2017"), not a campaign's noun or launch ("بدأت الشهر الماضي حملة"،
    "شرعت في هجوم"), only the current or the previous month. Its range is clipped at publication ("هذا الشهر" ends on
    the report's day). Runs only for mentions already over their day_span (a few per hundred articles)."""
    gap = L.month_gap(f.sub_event_type)
    if gap is None or published is None or d.date_start is None or d.date_end is None or d.relation == "future" \
            or f.total or told_up_to_now(d) or not _month_told(d) \
            or (published - d.date_start).days > MONTH_BACK or d.date_start > published \
            or not _week_at_act(f.trigger, d, gap) or _campaign_told(f, d, toks):
        return False
    if d.date_end > published:
        f.date = DateMention(d.start, d.end, d.text, d.date_start, published, d.precision, d.rule_id, d.tok_start,
                             d.tok_end, d.relation)
    f.rule_ids.append(TOLD_MONTH)
    return True


def _month_told(d: DateMention) -> bool:
    """The date is a calendar month or week told as past or current ("الشهر الماضي"، "أبريل الماضي"، "الشهر الجاري"،
    "هذا الشهر"، "آذار 2018"، "الأسبوع الماضي"), not a bare month name, a date carried from elsewhere or one told as
    "then"; nor one told as so long ago ("شنت غارات قبل نحو شهر": mostly a campaign's start, g81d). A split of a short
    rule id and set look-ups."""
    parts = d.rule_id.split("+")
    if told_by_week(d):
        return True
    if d.precision != 3:
        return False
    head = parts[0]
    if head in ("rd-mo", "rd-this1") or head.startswith("rd-part"):
        return True
    return head.startswith("m-g") and len(parts) > 1 and (parts[1] == "year" or parts[1].startswith("rd-mod-"))


def _campaign_told(f: Frame, d: DateMention, toks: Sequence[Token]) -> bool:
    """The act is no one happening of the month told beside it (g105b): a campaign's noun ("حملة عسكرية"، "عملية"), an
    act right after a word of beginning or launching ("وبدأت تركيا الشهر الماضي هجوما"، "منذ أن بدأت القوات هجوما
    لانتزاع السيطرة عليه"), a month told after «منذ» ("فمنذ انطلاقها في يناير الماضي قتل"), a count of acts ("100
    غارة جوية ... هذا الشهر"), a campaign's acts ("بحملة قصف جوي هذا الشهر"، "هجوما جويا وبريا"), a country
    right after the verb, its subject ("وقصفت فرنسا ... الشهر الماضي"), or a bare weapon's noun ("أعلن الشهر
    الماضي عن صواريخ"، "ستزوده بالصواريخ")."""
    t = f.trigger
    campaign = words("campaign_noun")
    if toks[t.start_tok].norm in campaign or (f.tdef.pos != "verb" and f.tdef.weight < WEAPON_NOUN_WEIGHT):
        return True
    if t.start_tok > 0 and not campaign.isdisjoint(proclitic_stems(toks[t.start_tok - 1].norm)):
        return True  # "مدعومة بحملة قصف جوي": the strikes of a campaign
    mode = with_conjunctions(words("campaign_mode"))
    if any(toks[k].norm in mode for k in range(t.end_tok, min(len(toks), t.end_tok + MONTH_MODE_GAP))):
        return True  # "شنت تركيا هجوما جويا وبريا الشهر الماضي": an offensive by land and air
    p = f.place
    if p is not None and p.kind == "country" and p.tok_start == t.end_tok:
        return True  # "وقصفت فرنسا والولايات المتحدة ... الشهر الماضي": the country after the verb is who struck
    if t.start_tok > 0 and toks[t.start_tok - 1].norm[:1].isdigit():
        return True  # "شنت 100 غارة ... هذا الشهر": a count of the month's acts
    began = _launch_words()
    if any(toks[k].norm in began for k in range(max(0, t.start_tok - MONTH_LAUNCH_GAP), t.start_tok)):
        return True
    return any(toks[k].norm in _since_words() for k in range(max(0, d.tok_start - SINCE_BEFORE_MONTH), d.tok_start))


@lru_cache(maxsize=1)
def _launch_words() -> frozenset[str]:
    return with_conjunctions(words("began_day") | words("launch_verb"))


@lru_cache(maxsize=1)
def _since_words() -> frozenset[str]:
    return with_conjunctions(words("since"))


def _week_at_act(t: Match, d: DateMention, gap: int) -> bool:
    """The week stands at most ``gap`` tokens from the act's trigger, on either side: "وشهدت دوما الأسبوع الماضي عملية
    إجلاء" dates that evacuation; "ويأتي الانسحاب غداة إعلان ... رحبت مطلع الأسبوع بالاتفاق" dates another clause's
    welcome, the withdrawal being the report's own news named again (g101g). Two integer comparisons."""
    return 0 <= d.tok_start - t.end_tok <= gap or 0 <= t.start_tok - d.tok_end <= gap


def _one_day_spanned(toks: Sequence[Any], k: int, b: int) -> bool:
    """"واصلت المقاتلات قصف الغوطة طوال يوم الجمعة"، "دوي القصف لم يتوقف طوال الليل": a span cue whose period is one
    day or night (the next word is of one_day_part) tells the act all through that day, no running total (g62b).
    Runs only on a sentence's "since" cues, one word look-up each."""
    return k < b and toks[k].norm in words("one_day_part")


def _since_by_act(d: DateMention, triggers: Sequence[Match], places: Sequence[Any] = ()) -> bool:
    """Since-day ``d`` stands by an act's trigger, at most SINCE_ACT_GAP tokens apart besides the since-word ("قصف عنيف
    استهدف المدينة منذ ظهر الأربعاء"، "ومنذ الأحد، يستهدف"): it dates that act. One further off dates another verb
    ("الغارات توقفت بشكل كامل منذ مساء السبت"، "هدنة ... تسري منذ الثلاثاء"): a pause or a truce, no act going on.
    A place named between counts as no token ("ومنذ يوم الأحد تتعرض الغوطة الشرقية لقصف": the verb and its place, g105p)."""
    def gap(lo: int, hi: int) -> int:
        return hi - lo - sum(max(0, min(hi, p.tok_end) - max(lo, p.tok_start)) for p in places)
    return any(0 <= d.tok_start - t.end_tok - 1 and gap(t.end_tok, d.tok_start - 1) <= SINCE_ACT_GAP
               or 0 <= t.start_tok - d.tok_end and gap(d.tok_end, t.start_tok) <= SINCE_ACT_GAP
               for t in triggers)


@lru_cache(maxsize=1)
def _began_verbs() -> frozenset[str]:
    return with_conjunctions(words("began_verb"))


def _campaign_noun(toks: Sequence[Any], t: Match) -> bool:
    """A battle named by a campaign's noun ("عملية عسكرية"، "حملة"): a campaign, not one clash."""
    return t.payload.event_type == "Battles" and toks[t.start_tok].norm in words("campaign_noun")


def _background_sentence(an: Analysis, d: Any) -> bool:
    """The day is told in a sentence after the first that opens on a past auxiliary ("وكانت وزارة الداخلية قد أعلنت
    أوائل مارس"): background told in the pluperfect, not the day of the report's undated news."""
    aux = words("past_aux")
    return any(i > 0 and lo <= d.tok_start < hi and an.tokens[lo].norm in aux
               for i, (lo, hi) in enumerate(an.sent_tokens))


def _began_before(toks: Sequence[Any], d: Any) -> int | None:
    """The token of a word of beginning that the day closes, in its clause ("التي بدأتها تركيا في يناير"), if any."""
    began, breaks = _began_words(), words("clause_break")
    for k in range(d.tok_start - 1, max(d.tok_start - BEGUN_WINDOW, 0) - 1, -1):
        if toks[k].norm in breaks:
            return None
        if toks[k].norm in began:
            return k
    return None


@lru_cache(maxsize=1)
def _began_words() -> frozenset[str]:
    return with_conjunctions(words("began_day"))


@lru_cache(maxsize=1)
def _other_day_words() -> frozenset[str]:
    return words("day_of_other") | words("after_head")


def _projectiles_met_by_defences(ev: Event) -> bool:
    """Missiles that air defences named in the sentence met ("الدفاعات السورية أسقطت 71 منها"، trigger_cues.tsv
    air_defence) are a report of a happening as an attributed act is: an interception is told once and seldom in the
    lead. A downed aircraft is not raised: a warplane's downing is retold for weeks as the background of later news."""
    if ev.sub_event_type != DWU or AIRCRAFT_DOWNED in ev.rule_ids:
        return False
    groups = L.cue_groups()
    return any(groups["air_defence"].find(tokenize(e.text)[1]) for e in ev.evidence)


def _fight_before_result(toks: Sequence[Any], t: Match, tdef: L.Trigger, triggers: Sequence[Match]) -> bool:
    """Whether ``t`` is a bare noun of fighting right after "بعد" ("بعد اشتباكات"، "بعد مواجهات مع الحوثيين") in a
    sentence that tells no taking: the fighting is how the news's result came about, the same happening. With a
    taking in the sentence the taking is coded and the fighting stays folded in it."""
    if tdef.sub_event_type != "Armed clash" or tdef.pos != "noun" or t.prefix or t.start_tok < 1:
        return False
    if toks[t.start_tok - 1].norm not in with_conjunctions(words("fight_before")) \
            or toks[t.start_tok].norm not in words("fight_noun"):
        return False
    return not any(u.payload.sub_event_type in TAKINGS or u.payload.sub_event_type == TERRITORY for u in triggers)


@lru_cache(maxsize=1)
def _achieved_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(verbs of achieving with their conjunctions, the prepositions binding their complement, the bare words of a
    state's forces): function_words.tsv."""
    return with_conjunctions(words("taking_achieved")), words("taking_bind"), words("taking_state_side")


def _taking_achieved(toks: Sequence[Any], t: Match, actors: Sequence[Any], sent_lo: int = 0) -> bool:
    """Whether taking ``t`` is told as what a group achieved: right after «من»، «عن» or «في» whose verb of achieving
    («تمكن»، «نجح»، «أسفر») stands at most TAKING_ACHIEVED_REACH tokens before ("تمكن بموجبه من السيطرة على الحي"،
    "تمكنت خلالها الجبهة من السيطرة"، "أسفر الهجوم عن سيطرة التنظيم"), with no state or other non-group side of
    ``actors`` (the sentence's actor mentions) nor a bare word of a state's forces (taking_state_side) between the verb
    and the preposition: "وتمكن الجيش خلالها من السيطرة" is the army's gain, whatever side the taking was read with. A
    wish or a denial («لم يتمكن») is dropped by modality before this is asked. The verb is sought in the taking's own
    sentence (from ``sent_lo``), never in the one before (g101x)."""
    i = t.start_tok
    achieved, bind, state_side = _achieved_words()
    if t.prefix or i < 2 or toks[i - 1].norm not in bind:
        return False
    verb = next((j for j in range(i - 2, max(sent_lo - 1, i - 2 - TAKING_ACHIEVED_REACH), -1) if toks[j].norm in achieved), None)
    if verb is None or any(toks[j].norm in state_side for j in range(verb + 1, i - 1)):
        return False
    return not any(verb < m.tok_start < i - 1 and m.value.kind != "nonstate" for m in actors)


def _week_by_row(d: DateMention, c: L.Campaign) -> bool:
    """Day ``d`` is a week told with well-known one-day happening ``c`` ("الأسبوع الماضي") that ends the day before
    the row's day: the date reader gives "last week" the calendar week before the report's, which misses the
    Saturday of the Douma attack told on the Thursday after (g98x). Such a week is the report's vague word for the
    row's day, not another happening's own day. A week that holds the row's day keeps its own range (narrower than
    the report's week)."""
    if not c.happening or d.precision != WEEK or d.date_end is None:
        return False
    return d.date_end + dt.timedelta(days=1) == c.ended


def _holds_day(d: DateMention | None, day: dt.date) -> bool:
    """Date ``d`` (a frame's range of at most a week) holds ``day``: a known happening's day already inside it needs no
    wider week; a month or a since-range holding it is no closer bound than the week."""
    return d is not None and d.date_start is not None and d.date_end is not None \
        and d.date_start <= day <= d.date_end and (d.date_end - d.date_start).days <= LATEST_DAYS


def _lead_day_after_row(d: DateMention | None, c: Any, published: dt.date | None) -> bool:
    """Day ``d`` is a lead's weekday read as the day after publication (``days.lead_next_day``) while well-known
    happening ``c`` ended before publication: "سيزور الخبراء موقع الهجوم الكيماوي في دوما، الأربعاء" published on the
    Tuesday after the Saturday attack. That day is what is coming or the report's own stamp, not the retold
    happening's (g54e); a weekday naming a day a week or more back keeps the old tests."""
    return d is not None and published is not None and c.ended < published and _next_day_told(d, published)


def _over_days(toks, a: int, b: int, numbers: Sequence[Any]) -> bool:
    """The count of the dead ending at token ``a`` is counted over a period of two days or more: a word of span_over
    at most OVER_DAYS_GAP tokens after it, right before a counted unit of a day or longer ("قتل 400 مدني خلال خمسة
    أيام"، "إلى 204 خلال 23 يوما"، "على مدى أسبوعين"، "خلال أسبوع"), or after «بعد» a span of a campaign's acts ("قتل
    500 مدني بعد أسبوع من القصف"، "بعد أسابيع من الغارات": _after_span_of_acts). Only the count the period follows: "سقط 45 قتيلا
    الأربعاء، ليرتفع عدد القتلى إلى 305 خلال 3 أيام" keeps the day's 45. A vague unit with no number ("خلال أيام")
    is left: "خلال الأيام" forms are totals.tsv cues. Hours ("خلال 24 ساعة") keep one day's toll. Run only for a
    frame whose sentence tells its dead, over a few tokens: one dict look-up a token."""
    units, over = L.period_units(), words("span_over")
    for k in range(a + 1, min(b, a + OVER_DAYS_GAP + 3)):
        unit = units.get(toks[k].norm)
        if unit is None:
            continue
        per, count, vague = unit
        num = next((n for n in numbers if n.tok_end == k and isinstance(n.value, int)), None)
        if num is not None:
            count = num.value
        first = num.tok_start if num is not None else k
        if not a <= first - 1 <= a + OVER_DAYS_GAP:
            continue
        if toks[first - 1].norm in over and (num is not None or not vague) and count * per >= 2:
            return True
        if _after_span_of_acts(toks, first - 1, k, b) and (vague or count * per >= 2):
            return True  # "قتل 500 مدني بعد أسبوع من القصف": the week's dead (g103j)
    return False


def _after_span_of_acts(toks, w: int, k: int, b: int) -> bool:
    """"بعد أسبوع من القصف"، "بعد أيام من الغارات": «بعد» (function_words span_after) at ``w`` before the unit at ``k``,
    then «من» and a plural noun of a campaign's acts (span_of_acts), within the sentence ending at ``b``: the dead are
    counted over the span. Not "بعد أيام من اختطافهم" (one killing a few days after another act). Three set look-ups,
    only after a period unit right after a count of the dead."""
    return (toks[w].norm in words("span_after") and k + 2 < b and toks[k + 1].norm in words("span_after_from")
            and toks[k + 2].norm in words("span_of_acts"))


def _bare_rise(toks: Sequence[Token], n: int, b: int) -> bool:
    """The figure at token ``n`` is a bare running toll: it follows «إلى» (toll_rise_to) after a toll's rise whose
    dead are named by a count noun and a definite word of the dead alone, with at most one adjective ("وارتفع عدد
    القتلى المدنيين إلى 32"، "عدد القتلى قد ارتفع إلى 8"; function_words bare_rise, bare_count, bare_dead), and no
    word of cause (rise_cause) follows it within RISE_CAUSE_GAP tokens of its clause. An act, a place or a side named
    with the dead ("قتلى الاحتجاجات"، "ضحايا القصف على دوما"، "قتلى النظام") binds the rise to that happening; so does
    "جراء الغارات" after the figure (g99aa). Runs only for a frame whose toll was read: a few set look-ups."""
    if n < 4 or toks[n - 1].norm not in words("toll_rise_to"):
        return False
    rise, count, dead = words("bare_rise"), words("bare_count"), words("bare_dead")
    # "ارتفع عدد القتلى (المدنيين) إلى N": the dead stand between the verb and «إلى»
    after_verb = any(n - 2 - size >= 0 and toks[n - 2 - size].norm in rise
                     and _bare_dead_phrase(toks, n - 1 - size, n - 1, count, dead) for size in (2, 3))
    # "عدد القتلى (المدنيين) (قد) ارتفع إلى N": the dead stand before the verb
    end = n - 3 if toks[n - 3].norm in words("toll_rise_skip") else n - 2
    before_verb = toks[n - 2].norm in rise and any(
        end - size >= 0 and _bare_dead_phrase(toks, end - size, end, count, dead) for size in (2, 3))
    return (after_verb or before_verb) and not _cause_after(toks, n, b)


ACT_PART_GAP: Final = 4  # words from a part of the toll to the act it died in ("ثمانية قتلوا في انفجار سيارة مفخخة")


def _act_part(t: Match, toks: Sequence[Token], numbers: Sequence[Any], casualties: Sequence[Any], whole: Any) -> Any | None:
    """The part of the toll ``whole`` told as killed in the frame's own act: "بينهم ثمانية قتلوا في انفجار سيارة مفخخة"
    right before trigger ``t``. The part's number follows «بينهم/منهم» (subset_heads), and at most ACT_PART_GAP words
    stand between it and the trigger, among them a word of killing (a casualty mention) and «في/داخل» (function_words
    place_part_in), no clause break. The part is a bare count or a count of anyone (place_part_person: "شخصا") with the
    killing word right after it: a kind of people ("بينهم 28 مدنيا في غارة"، "بينهم 4 أطفال قتلوا في قصف") tells who
    the act's own dead were, no share of another happening's. None otherwise (g104k). Runs only for a frame with a
    toll of several dead."""
    heads = subset_heads(numbers, toks, words("subset"))
    into, breaks, person = words("place_part_in"), words("clause_break"), words("place_part_person")
    for n in numbers:
        if n is whole or heads.get(id(n)) is not whole or not 0 < t.start_tok - n.tok_end <= ACT_PART_GAP:
            continue
        gap = range(n.tok_end, t.start_tok)
        if any(toks[k].norm in breaks for k in gap) or not any(toks[k].norm in into for k in gap):
            continue
        k = n.tok_end + (toks[n.tok_end].norm in person)
        if any(c.start_tok == k for c in casualties):
            return n
    return None


def _place_part(place: Any, toks: Sequence[Token], numbers: Sequence[Any], whole: Any) -> Any | None:
    """The part of the toll ``whole`` told for the frame's own place: "بينهم 11 (شخصا) في مدينة درعا" right before
    ``place``. The part's number follows «بينهم/منهم» (subset_heads), at most one word stands between it and «في/داخل»
    (function_words place_part_in), and that word is a word for anyone (place_part_person: "شخصا"، "قتيلا") or the
    whole's own noun: a kind of people ("بينهم 41 مدنيا في بلدة X" of "53 قتيلا") is no place's share (the place
    may be all the dead's). None when no such part is told (g99ad). Runs only for a frame with a toll and a place:
    one subset_heads pass over the sentence's numbers and a few token look-ups per part."""
    heads = subset_heads(numbers, toks, words("subset"))
    into, person = words("place_part_in"), words("place_part_person")
    whole_noun = toks[whole.tok_end].norm if whole.tok_end < len(toks) else None
    for n in numbers:
        if heads.get(id(n)) is not whole or n is whole:
            continue
        k = n.tok_end
        if k < len(toks) and toks[k].norm not in into:
            if toks[k].norm not in person and toks[k].norm != whole_noun:
                continue
            k += 1
        if k < len(toks) and toks[k].norm in into and place.tok_start in (k, k + 1):
            return n
    return None


def _bare_dead_phrase(toks: Sequence[Token], a: int, b: int, count: frozenset[str], dead: frozenset[str]) -> bool:
    """Tokens a..b-1 are «عدد/حصيلة» + «القتلى/الضحايا» + at most one definite adjective, nothing else."""
    if not 2 <= b - a <= 3 or toks[a].norm not in count or toks[a + 1].norm not in dead:
        return False
    # the bare article, not has_article: an adjective takes no proclitic, and «والجرحى» is no adjective
    return b - a == 2 or toks[a + 2].norm.startswith("ال")


def _cause_after(toks: Sequence[Token], n: int, b: int) -> bool:
    """A word of cause (function_words rise_cause) within RISE_CAUSE_GAP tokens after token ``n``, before a comma."""
    cause = words("rise_cause")
    for k in range(n + 1, min(b, n + 1 + RISE_CAUSE_GAP)):
        if toks[k].norm in COMMAS:
            return False
        if toks[k].norm in cause:
            return True
    return False


def _spread_before(toks: Sequence[Token], lo: int, place: Any) -> bool:
    """Whether a verb of spreading (function_words spread_verb: «امتدت»، «ووصلت»، «لتشمل») stands between the
    trigger's end ``lo`` and ``place``, the list's second member, at most SPREAD_WINDOW tokens on: the list is where
    the unrest spread. Runs only for a trigger whose place has a list, on that window."""
    if place is None or place.tok_start <= lo or place.tok_start - lo > SPREAD_WINDOW:
        return False
    verbs = _spread_verbs()
    return any(toks[k].norm in verbs for k in range(lo, place.tok_start))


def _spread_untimed(toks: Sequence[Token], t: Match, place: Any, dates: Sequence[Any], a: int,
                    dates_before: Sequence[Any]) -> bool:
    """Whether a protest's ``place`` follows trigger ``t`` as where the wave spread: a verb of spreading stands from
    just before the trigger («امتدت التظاهرات إلى») or after it («اتسعت رقعة المظاهرات ووصلت إلى») up to the place,
    at most SPREAD_WINDOW tokens on, no date of the sentence is told before that verb («خرج الآلاف، الجمعة، ...
    وامتدت إلى بغداد» keeps its day), and the sentence before (``dates_before``) tells no day («تظاهر آلاف الجمعة في
    الناصرية. وامتدت التظاهرات إلى الكوت»: that day's spread; «مطلع يوليو» is no day). Runs only for protest frames
    with a place: one set look-up per token of the window."""
    if place is None or place.tok_start <= t.end_tok or any(d.precision == 1 for d in dates_before):
        return False
    lo = max(a, t.start_tok - 2)
    if place.tok_start - lo > SPREAD_WINDOW:
        return False
    verbs = _spread_verbs()
    at = next((k for k in range(lo, place.tok_start) if toks[k].norm in verbs), None)
    return at is not None and not any(d.tok_start < at for d in dates)


def _spread_reached(toks: Sequence[Token], origin: Any, places: Sequence[Any]) -> Any:
    """The first town a protest wave reached, told after its origin ``origin`` («من البصرة»): the first resolved place
    of ``places`` after it right after a word of function_words destination («إلى مدن العمارة»), within
    SPREAD_WINDOW tokens; None when the origin is not told with «من» (function_words move_from). A scan of the
    sentence's places."""
    k = origin.tok_start
    if k == 0 or toks[k - 1].norm not in words("move_from"):
        return None
    to = words("destination")
    return next((p for p in places if p.resolved and origin.tok_end <= p.tok_start <= origin.tok_end + SPREAD_WINDOW
                 and toks[p.tok_start - 1].norm in to), None)


def _spread_towns(toks: Sequence[Token], origin: Any, places: Sequence[Any], containers: Mapping[int, Any]) -> Any:
    """The first town a protest wave spread to after its onset's place ``origin`` («انطلقت الأحد في البصرة وامتدت إلى
    محافظات أخرى كالعمارة»): a verb of spreading (function_words spread_verb) within SPREAD_WINDOW tokens after the
    origin, then the first resolved place of ``places`` after the verb, within SPREAD_WINDOW tokens of it, no country
    («مدن أخرى في جنوب البلاد») and not the origin's own town or a container; None otherwise. A scan of the window and
    of the sentence's places."""
    if origin is None:
        return None
    verbs = _spread_verbs()
    at = next((k for k in range(origin.tok_end, min(len(toks), origin.tok_end + SPREAD_WINDOW))
               if toks[k].norm in verbs), None)
    if at is None:
        return None
    return next((p for p in places if p.resolved and at < p.tok_start <= at + SPREAD_WINDOW and p.kind != "country"
                 and id(p) not in containers
                 and (p.gazetteer_id is None or p.gazetteer_id != origin.gazetteer_id)), None)


def _spread_list(toks: Sequence[Token], first: Any, places: Sequence[Any], containers: Mapping[int, Any]) -> list[Any]:
    """The places listed right after ``first`` where a wave spread («بما فيها النجف وميسان وكربلاء وذي قار»): towns and
    provinces alike (a wave's list mixes them, unlike a strike's), each joined to the one before by «و» or a comma
    alone, no country and no container; the list ends at the first other word. A scan of the sentence's places."""
    out: list[Any] = []
    prev = first
    for p in places:
        if p.tok_start <= prev.tok_start:
            continue
        if any(x.norm not in LIST_JOINS for x in toks[prev.tok_end:p.tok_start]):
            break
        if p.resolved and p.kind != "country" and id(p) not in containers:
            out.append(p)
        prev = p
    return out


def _spread_regroup(toks: Sequence[Token], t: Match, a: int, place: Any, places: Sequence[Any],
                    containers: Mapping[int, Any]) -> list[Any] | None:
    """The list of places a wave spread to, told after the verb of spreading near trigger ``t`` (as _spread_untimed
    found it), when the protest's own ``place`` is one of its members and the list holds more than it: the first
    resolved place after the verb, within SPREAD_WINDOW tokens, no country or container, then _spread_list. None
    otherwise. Runs only for a protest placed where a wave spread, on that window."""
    verbs = _spread_verbs()
    at = next((k for k in range(max(a, t.start_tok - 2), place.tok_start) if toks[k].norm in verbs), None)
    if at is None:
        return None
    first = next((p for p in places if p.resolved and at < p.tok_start <= at + SPREAD_WINDOW
                  and p.kind != "country" and id(p) not in containers), None)
    if first is None:
        return None
    out = [first, *_spread_list(toks, first, places, containers)]
    return out if len(out) > 1 and any(p is place for p in out) else None


def _spread_week(e: Event, published: dt.date) -> None:
    """Date ``e``, a town a protest wave spread to, over the week up to publication (SPREAD_WEEK), as a spread told with
    no day of its own is (g104e); a sub-event other than the onset's peaceful one stays the onset's."""
    ds = published - dt.timedelta(days=LATEST_DAYS)
    e.date_start, e.date_end, e.event_date = ds.isoformat(), published.isoformat(), ds.isoformat()
    e.year, e.time_precision = ds.year, 2
    e.rule_ids = e.rule_ids + [SPREAD_WEEK]


@lru_cache(maxsize=1)
def _spread_verbs() -> frozenset[str]:
    """Verbs of spreading (function_words spread_verb), with "و"/"ف" before them."""
    return with_conjunctions(words("spread_verb"))


def _set_place(ev: Event, src: Any, note: str | None, text: str | None) -> None:
    """Give ``ev`` the place of ``src`` (a resolved place or another event): its PLACE_FIELDS, note and words."""
    for k in PLACE_FIELDS:
        setattr(ev, k, getattr(src, k))
    ev.geo_note = note
    ev.location_text = text


def _take_finer_place(coarse: Event, fine: Event, rule: str = FINER_PLACE) -> None:
    """Give the kept event ``coarse`` the town of ``fine``, a weak retelling of it, and its evidence."""
    _set_place(coarse, fine, fine.geo_note, fine.location_text)
    coarse.evidence = coarse.evidence + [e for e in fine.evidence if e not in coarse.evidence]
    coarse.rule_ids.append(rule)


def _next_told_toll(events: Sequence[Event], rec: Mapping[str, Any]) -> None:
    """An event whose sentence tells its dead without a figure ("أسفر القصف عن عشرات القتلى"، "قتل عدد من عناصر
    ...": a vague stand-in or no count) takes the count its very next sentence tells when that sentence is only the
    toll ("ووثق المرصد مقتل 18 مدنيا"، "وذكر بيان أن عدد القتلى بلغ 18 عنصرا"): no kept event's evidence, no place,
    no day, no trigger but the words of the dead (_act_named), no word of a running toll or of an act's result
    (toll_running, toll_by_act: "العملية التي أسفرت عن مقتل 11" may be another act's), no period after the count
    (_over_days), no bare rise, fewer than TALLY_SINCE_DEAD dead. Only when the event is the one kept event told in
    its sentence (another there, of any kind, may own the toll), and, for an event with no dead, when its sentence
    counts none by a figure (a figure there the event did not take is another happening's). Cost: per event with
    such a sentence, one bisect and at most two pick_fatalities of one sentence each; nothing for a counted event."""
    bk = rec.get("buckets")
    if bk is None or not events:
        return
    toks: Sequence[Token] = rec["analysis"].tokens
    units: Sequence[tuple[int, int]] = rec["units"]
    end = toks[-1].end if toks else 0  # an empty trailing unit starts at the text's end: the starts stay sorted
    starts = [toks[a].start if a < len(toks) else end for a, _ in units]
    sent_of = {id(e): {bisect_right(starts, x.start) - 1 for x in e.evidence} for e in events}
    told = Counter(k for e in events for k in sent_of[id(e)])  # sentence -> how many kept events are told there
    for ev in events:
        vague = VAGUE_TOLL in ev.rule_ids
        if not vague and (ev.fatalities_low is not None or ev.fatalities):
            continue
        for si in sorted(sent_of[id(ev)]):
            nxt = si + 1
            if si < 0 or nxt >= len(units) or nxt in told or told[si] > 1 \
                    or not _dead_told(bk["casualties"][si]):
                continue
            a, b = units[nxt]
            if bk["places"][nxt] or bk["dates"][nxt] or bk["totals"][nxt] \
                    or _act_named(bk["triggers"][nxt], bk["casualties"][nxt]) \
                    or not _running_toll_words().isdisjoint(toks[k].norm for k in range(a, b)):
                continue
            if not vague and _counted_in(bk, si, toks):
                continue  # the sentence counts dead the event was not given ("ثأرا لدماء 4 كوادر"): another's toll
            num, found = pick_fatalities(bk["numbers"][nxt], bk["casualties"][nxt], toks, words("subset"),
                                         time_units(), words("year_before"))
            if not found or isinstance(num, OneDead) or _dead_of(num) >= TALLY_SINCE_DEAD \
                    or (isinstance(num, NumberMention) and (num.hedge == "vague" or _bare_rise(toks, num.tok_start, b)
                                                           or _over_days(toks, num.tok_end, b, bk["numbers"][nxt]))):
                continue
            _lend_toll(ev, num)
            if vague:
                ev.rule_ids.remove(VAGUE_TOLL)
            ev.rule_ids.append(NEXT_TOLD_TOLL)
            break


def _act_told_toll(events: Sequence[Event], rec: Mapping[str, Any]) -> None:
    """A sentence whose definite act noun (act_tolls.tsv) is the subject of a verb of result (function_words
    act_toll_verb) with a count of the dead after it («وأسفر الهجوم عن مقتل 14»، «القصف الذي أوقع 20 قتيلا») tells the
    toll of the nearest kept event told at or before it whose kind the noun names (the sub-type of a trigger on the noun,
    «الهجوم الكيماوي»، else the row's kinds): that event takes the count when it has none of its own (g106r),
    or only a stand-in lower than the count («العشرات»، a share of one side: «3 إيرانيين كانوا بين القتلى», g111l). Of
    two such events told equally near, the one whose own days lie within a day told after the noun takes it («الهجوم،
    الذي وقع يوم الاثنين»: the Monday strike, not a week-long happening told in the same sentence, g111l). None
    lent when two such events are told equally near (one toll over a list of towns is no town's own), when a day told
    after the noun is not the event's (another happening of its kind: «الهجوم ... ببغداد، في 16 يناير») nor any place
    named after it («الهجوم، الذي وقع في مدينة الأحواز»), when another event is told in the sentence, when the event
    told in the sentence has the noun as its object («ردا على الهجوم»: act_toll_object), when the noun
    follows «منذ» (a yardstick: act_toll_since), or when the count is a running, vague, period's or lone victim's
    (toll_running words after the verb, totals.tsv cues, _over_days). Cost: a set look-up per token of the sentences
    that tell someone killed; the rest only for a sentence with such a verb."""
    bk = rec.get("buckets")
    if bk is None or not events:
        return
    toks: Sequence[Token] = rec["analysis"].tokens
    units: Sequence[tuple[int, int]] = rec["units"]
    nouns = L.act_tolls()
    verbs = _act_toll_verbs()
    for si, (a, b) in enumerate(units):
        if not _dead_told(bk["casualties"][si]) or bk["totals"][si]:
            continue
        hit = _act_toll_in(toks, a, b, nouns, verbs)
        if hit is None:
            continue
        j, k = hit
        if not _running_toll_words_only().isdisjoint(toks[x].norm for x in range(k, b)):
            continue
        trig = next((t for t in bk["triggers"][si] if t.start_tok <= j < t.end_tok), None)
        row, kinds = nouns[toks[j].norm]
        if trig is not None:
            kinds = frozenset((trig.payload.sub_event_type,))
        nums = [n for n in bk["numbers"][si] if k < n.tok_start <= k + ACT_TOLL_GAP]
        cas = [c for c in bk["casualties"][si] if c.start_tok > k]
        if not nums or not cas:
            continue
        num, found = pick_fatalities(nums, cas, toks, words("subset"), time_units(), words("year_before"))
        if not found or isinstance(num, OneDead) \
                or (isinstance(num, NumberMention) and (num.hedge == "vague"
                                                        or _over_days(toks, num.tok_end, b, bk["numbers"][si]))):
            continue
        days = [d for d in bk["dates"][si] if d.tok_start > j and d.date_start is not None]
        places = [p for p in bk["places"][si] if p.tok_start > j and p.kind != "word"]  # a named town unresolved: elsewhere
        at, s0, s1 = toks[j].start, toks[a].start, toks[b - 1].end
        here = [ev for ev in events if any(s0 <= x.start < s1 for x in ev.evidence)]
        best: list[Event] = []
        near = -1
        for ev in events:
            if ev.sub_event_type not in kinds and ev.event_type not in kinds:
                continue
            if any(not _day_fits(ev, d) for d in days) or (places and not any(_place_fits(ev, p) for p in places)):
                continue
            pos = max((x.start for x in ev.evidence if x.start <= at), default=-1)
            if pos < 0 or pos < near:
                continue
            if pos > near:
                near, best = pos, []
            best.append(ev)
        if len(best) > 1 and days:
            best = [ev for ev in best if all(_day_within(ev, d) for d in days)] or best  # the day told is one's own
        if len(best) != 1 or (here and best[0] not in here):
            continue  # two as near, or another event told in the sentence itself may own the toll
        if best[0] in here and j > a and toks[j - 1].norm in _act_toll_objects():
            continue  # «ردا على الهجوم ... الذي أسفر»: the act named is the sentence's act's object, not that act
        ev = best[0]
        vague = VAGUE_TOLL in ev.rule_ids
        if not vague and (ev.fatalities_low is not None or ev.fatalities) \
                or vague and (isinstance(num, int) and num or num.value) <= (ev.fatalities or 0):
            continue  # a stand-in («العشرات»، a share «3 إيرانيين بين القتلى») yields to a higher told count (g111l)
        _lend_toll(ev, num)
        if vague:
            ev.rule_ids.remove(VAGUE_TOLL)
        ev.rule_ids.append(row)


def _lend_toll(ev: Event, num: Any) -> None:
    """Give ``ev`` the count of the dead ``num`` read by pick_fatalities (an int or a number mention with its range)."""
    if isinstance(num, int):
        ev.fatalities = ev.fatalities_low = ev.fatalities_high = num
    else:
        ev.fatalities = num.value
        ev.fatalities_low = num.low if num.low is not None else num.value
        ev.fatalities_high = num.high if num.high is not None else num.value


def _act_toll_in(toks: Sequence[Token], a: int, b: int, nouns: Mapping[str, Any],
                 verbs: frozenset[str]) -> tuple[int, int] | None:
    """The first (act noun, verb of result) token pair of the sentence [a, b): the noun right after the verb («وأسفر
    الهجوم») or the nearest one before it within ACT_TOLD_WINDOW tokens («الهجوم، الذي وقع ... وأسفر»), not after
    act_toll_since («منذ الهجوم»); None when there is none."""
    since = with_conjunctions(words("act_toll_since"))
    for k in range(a, b):
        if toks[k].norm not in verbs:
            continue
        j: int | None = k + 1 if k + 1 < b and toks[k + 1].norm in nouns else None
        if j is None:
            j = next((x for x in range(k - 1, max(a, k - ACT_TOLD_WINDOW) - 1, -1) if toks[x].norm in nouns), None)
        if j is None:
            continue
        if j > a and toks[j - 1].norm in since:
            return None
        return j, k
    return None


def _place_fits(ev: Event, p: Any) -> bool:
    """The place mention ``p`` may be where ``ev`` happened: resolved, in its country, and in its province when both
    are known (a town of the province, the province's countryside or the country itself)."""
    if not p.resolved or (p.rule_id or "").startswith(UNRESOLVED_PLACE) or p.iso != ev.iso:
        return False  # a town the gazetteer lacks, placed at its report's province, is no fit either ("مدينة الأحواز")
    return p.kind == "country" or p.admin1 is None or ev.admin1 is None or p.admin1 == ev.admin1


def _day_within(ev: Event, d: Any) -> bool:
    """The event's own day range lies within the day range of the date mention ``d`` («الهجوم، الذي وقع يوم الاثنين»
    is the Monday strike's, not a week-long happening's that merely spans the Monday, g111l)."""
    if not ev.date_start or not ev.date_end:
        return False
    end = d.date_end or d.date_start
    return d.date_start.isoformat() <= ev.date_start and ev.date_end <= end.isoformat()


def _day_fits(ev: Event, d: Any) -> bool:
    """The day range of the date mention ``d`` meets the event's own (an event with no range fits any)."""
    if not ev.date_start or not ev.date_end:
        return True
    end = d.date_end or d.date_start
    return d.date_start.isoformat() <= ev.date_end and end.isoformat() >= ev.date_start


@lru_cache(maxsize=1)
def _act_toll_verbs() -> frozenset[str]:
    """Verbs of result (function_words act_toll_verb), with "و"/"ف" before them."""
    return with_conjunctions(words("act_toll_verb"))


@lru_cache(maxsize=1)
def _act_toll_objects() -> frozenset[str]:
    """Prepositions that make an act noun another act's object (function_words act_toll_object)."""
    return words("act_toll_object")


@lru_cache(maxsize=1)
def _running_toll_words_only() -> frozenset[str]:
    """Words of a running toll (function_words toll_running)."""
    return words("toll_running")


@lru_cache(maxsize=1)
def _running_toll_words() -> frozenset[str]:
    """Words of a running toll or of an act's result (function_words toll_running, toll_by_act): built once."""
    return words("toll_running") | words("toll_by_act")


def _counted_in(bk: Mapping[str, Any], si: int, toks: Sequence[Token]) -> bool:
    """Sentence ``si`` counts its dead by a figure (pick_fatalities finds a count, not a lone victim)."""
    num, found = pick_fatalities(bk["numbers"][si], bk["casualties"][si], toks, words("subset"), time_units(),
                                 words("year_before"))
    return found and not isinstance(num, OneDead)


def _act_named(triggers: Sequence[Any], casualties: Sequence[Any]) -> bool:
    """A trigger of the sentence is no word of the dead ("من نفذ العملية التي أسفرت عن مقتل 11"): it names an act,
    whose toll it may be (the sentence is not only a toll)."""
    return any(not any(c.start_tok <= t.start_tok < c.end_tok for c in casualties) for t in triggers)


AIR_JOINED: Final = "air-joined-134501"  # rule id: «القصف» names back a bombardment told from the air and the ground at once
AIR_JOIN_GAP: Final = 1  # tokens between the air strike's trigger and the joined fire's («قصف جوي | وصاروخي»)


def _air_joined_before(prev: Frame, frames: Sequence[Frame]) -> bool:
    """The sentence of the shelling frame ``prev`` tells one bombardment of two kinds: an air strike with a fire's
    adjective joined right after it, one word sharing its noun («قصف جوي وصاروخي»: the fire's trigger, one token, starts
    at most AIR_JOIN_GAP tokens after the air strike's ends; it may already be read as the air strike's). Two strikes
    listed with a noun each («غارات جوية وقصف صاروخي») are two events (acts-listed), and «القصف» after them names
    either: left alone. ``prev`` is at or after the pair: the sentence's strike or its toll («مما تسبب في سقوط
    قتلى»). Frames are in text order."""
    own = [p for p in frames if p.sentence == prev.sentence and p.event_type == prev.event_type]
    return any(a.sub_event_type == AIR_SUB and b.sub_event_type in BOMBARDMENTS
               and a.trigger.end_tok <= b.trigger.start_tok <= a.trigger.end_tok + AIR_JOIN_GAP
               and b.trigger.end_tok - b.trigger.start_tok == 1
               and b.trigger.start_tok <= prev.trigger.start_tok
               for a, b in zip(own, own[1:]))


def _dead_told(casualties: Sequence[Any]) -> bool:
    """The sentence tells someone killed (a casualty word of killing, or of the dead and wounded together: «عشرات القتلى
    والجرحى»), whether or not with a figure."""
    return any(c.payload.kind in ("killed", "dual_killed", "mixed") for c in casualties)


def _retyped_by_final_agent(ev: Event) -> None:
    """The agent-retype rows of actor_roles.tsv (ar-14..17: Israel, Russia and the coalition fight in Syria from the air)
    applied once more to the event's final attacker: one given after the sentence was read (a retold happening's
    attacker of public record, `_known_agent`; a mention's agent that won the merge) types the strike as one read in
    the sentence does. The T4 strike told only by its missiles («استهدف المطار بعدة صواريخ»), Israel's by the public
    record, is an air strike, as ACLED and the dev gold code it (g110k). Rows with a stand-in actor (protesters as
    rioters) are the sentence's only. A look-up per row of the event's sub-type."""
    if ev.actor1 is None or ev.country is None:
        return
    table = actor_table()
    for r in L.role_rules(ev.event_type, ev.sub_event_type):
        actor = table.get(r.kind) if r.rule == "agent-retype" and not r.actor else None
        if actor is None or actor.display(ev.country) != ev.actor1:
            continue
        et, st, _, fired = retype_by_agent(ev.event_type, ev.sub_event_type, actor, ev.country)
        if fired:
            ev.event_type, ev.sub_event_type = et, st
            ev.rule_ids.append(FINAL_RETYPE)
            ev.rule_ids += [f for f in fired if f not in ev.rule_ids]
        return


FINAL_RETYPE: Final = "final-agent-retype-134500"  # rule id: an agent-retype row applied to the event's final attacker


KNOWN_AGENT: Final = "ka-70700"  # rule id: a retold happening's attacker of public record (campaigns.tsv agent, g100ai)
GUESSED_AGENT: Final = frozenset({"actor-default", "actor-document", "actor-fallback", SITE_AGENT_GUESSED})


def _known_agent(ev: Event) -> None:
    """A well-known happening told again (the event cites its campaigns.tsv row) whose attacker was only guessed
    (the coder's default, the report's most named force) takes the attacker the public record names (the row's
    agent): the T4 strike of 9 April 2018 is Israel's even in a report that names the US most. Never over an agent
    read in the sentence (no guessed rule id) or one the report accuses (actor-accused, actor-foreign-striker)."""
    rules = ev.rule_ids
    if GUESSED_AGENT.isdisjoint(rules) or not DEFAULT_READ.isdisjoint(rules):
        return
    agents = L.happening_agents()
    aid = next((agents[r] for r in rules if r in agents), None)
    actor = actor_table().get(aid) if aid is not None else None
    if actor is None:
        return
    name = actor.display(ev.country)
    if ev.actor1 == name:
        return
    ev.actor1, ev.inter1 = name, actor.inter
    if ev.actor2 == name:  # the side named as hit was the attacker all along: the hit side is left to the defaults
        ev.actor2, ev.inter2 = None, None
    set_interaction(ev)
    rules.append(KNOWN_AGENT)
