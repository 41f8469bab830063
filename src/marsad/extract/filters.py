"""What the extraction step sets aside as no happening of its own: in a sentence, the weak triggers and the strike
verbs that only describe a strong trigger's or an interception's story; in a document, the events that are another
told event's other side (a riot's peaceful start, a gathering's arrests, a strike's interception, a taking's
withdrawal), each logged as dropped with its reason.

Used by the extraction step (step.py); moved here from it so that the step reads as the order of its rules.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Final, Sequence

from marsad.dedup.rules import INFERRED_ACTOR, same_town_by_name
from marsad.extract import lexicons as L
from marsad.extract.scans import words
from marsad.extract.frames import Frame, endings, iso_day, overlaps
from marsad.extract.merge import (ALL_CAUGHT, DWU, PART_CAUGHT, TAKINGS, dates_overlap, downings_of_each_other,
                                  own_countryside_apart, read_start, set_interaction)
from marsad.extract.places import PLACE_LIST
from marsad.lang.ar.normalize import norm_key
from marsad.model import Document, Event

WITHDRAWAL = "withdrawal"  # rule id: the trigger tells a side's withdrawal (function_words withdrawal)
NVT = "Non-violent transfer of territory"
GATHERINGS = frozenset({"Protests", "Riots"})
PROTESTERS_HELD = "protesters-held"  # rule id: an arrest whose sentence names protesters (trigger_cues protesters)
RETOLD = "retold"  # modality.tsv kind: the act told before, retold as the subject of «يأتي/تأتي» (g105e)
STRONG, WEAK = 0.7, 0.5  # trigger weights: a strong trigger subsumes weak ones of other types in its sentence
DAY_BEFORE = "day-before-clause"  # rule id (step.py): a trigger named after «غداة», the day before its clause's day
NEXT_DAY_WEAK = "next-day-weak-76100"  # rule id: a weak trigger left standing beside a strong one told after «غداة» (g103g)
INTERCEPTED_WINDOW = 6  # tokens from an interception to the strike verb describing its projectile
PART_WINDOW = 8  # tokens from an interception to the word telling it met only part of the attack («وأسقطت معظمها»)
# rule id: a force sent or deployed (trigger_kinds.tsv needs_town) placed by no place it went to (step._sent_to, g100g)
NO_DESTINATION = "no-destination-68303"
NEEDS_TOWN = "needs_town"  # trigger_kinds.tsv kind: a sending verb placed by where the force went (g100g)
AIRCRAFT_DOWNED = "aircraft-downed"  # rule id: an interception whose sentence names an aircraft or drone (trigger_cues aircraft)
STRIKES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
ALARMED = frozenset({"Explosions/Remote violence", DWU})  # what a false alarm withdraws: strikes and their interceptions
# rule id: a strike whose attacker reading its interception in the clause changed (g100j; Frame.defended marks them all)
DEFENDED = "defended-68601"
REMOTE = "Explosions/Remote violence"  # attacker and target of remote violence are not exchangeable, unlike a clash's sides
BATTLES = "Battles"


ATTACK_LAUNCHED = "attack_launched"  # trigger_kinds.tsv: an attack told by its launching («هجوم شنه»، «هاجم»)
ATTACK_ON_PEOPLE = "attack-on-people-75700"  # rule id: the attack told with the people it killed is that killing (g103c)
VAC = "Violence against civilians"
VICTIM_NEEDS = frozenset({"civilian", "unarmed_people"})  # triggers.tsv needs: who was killed licensed the killing
# (also step.VICTIMS_CUES: groups of victims that license a killing, tr-vac-74000)
# actors.tsv kinds of the agent of such an attack: an armed group, unknown gunmen ("unid"); kind "unidentified" also
# holds unknown aircraft ("umf"), whose attack told so is folded too (one event; a strike would be righter: g103k Left)
ARMED_AGENT_KINDS = frozenset({"nonstate", "unidentified"})
# trigger_cues.tsv groups telling an armed side hit, a military site, a battle or a taking: an attack told with them
# was fought, not an attack on civilians (g103c)
ARMED_HIT = ("armed_victims", "military_target", "battle_noun", "territory_goal")
SHARED_SUBJECT = ("و", "ف")  # a verb joined to the attack's verb shares its subject: «هاجم مسلحو داعش قرية وقتلوا ...»
# a killing set aside only as an attack's toll (triggers.tsv !toll_cause: «شنه») or for want of an agent: told with
# the attack, it is that attack's killing
ABSORBED = frozenset({("casualties", "needs-agent"), ("general", "unless:toll_cause")})


def attacks_on_people(frames: list[Frame], armed_hit: Callable[[], bool]) -> list[Frame]:
    """"قتل خمسة أشخاص في هجوم شنه مسلحو داعش على قرية"، "هاجم مسلحو داعش قرية وقتلوا خمسة من سكانها": an attack
    told by its launching (trigger_kinds.tsv attack_launched) and, in its sentence, by the killing of civilians or
    unarmed people (a killing row licensed by them, triggers.tsv needs civilian/unarmed_people) by an armed non-state
    group or unknown gunmen is one happening, that attack on civilians (ACLED: a one-sided attack on civilians is
    Violence against civilians, not an armed clash). The killing is kept, with the attack's agent when its own verb,
    joined to the attack's by «و», named none, and the attack's dead when it counted none; the clash is set aside.
    Not when the sentence names an armed side hit, a military site, a battle or a taking (``armed_hit()``, the
    sentence's ARMED_HIT cue groups: soldiers, a checkpoint, clashes, «لاستعادة»): then the attack was fought. One kind
    look-up per clash; ``armed_hit`` is called only in a sentence with such an attack (review g103k: not for every
    sentence)."""
    attacks = [s for s in frames if not s.modality and s.sub_event_type == "Armed clash"
               and s.tdef.id in L.trigger_kind(ATTACK_LAUNCHED)]
    if not attacks or armed_hit():
        return frames
    for k in frames:
        if k.event_type != VAC or k.sub_event_type != "Attack" or not k.tdef.needs \
                or VICTIM_NEEDS.isdisjoint(k.tdef.needs.split("+")):
            continue
        for s in attacks:
            if s.modality or not _people_killed_in(k, s):
                continue
            agent = k.actor1 if k.actor1 is not None else s.actor1
            if agent is None or agent.value.kind not in ARMED_AGENT_KINDS:
                continue
            k.actor1 = agent
            k.modality = None
            if not k.fatalities and s.fatalities:
                k.fatalities = s.fatalities
            k.rule_ids.append(ATTACK_ON_PEOPLE)
            s.modality = ("subsumed", f"by {k.tdef.id} (attack on people 75700)")
            break
    return frames


def _people_killed_in(k: Frame, s: Frame) -> bool:
    """Killing ``k`` tells attack ``s``'s dead: kept with no agent or the attack's; or set aside only as the attack's
    toll or for want of an agent (ABSORBED) when it is told before the attack as its toll («قتل خمسة أشخاص في هجوم
    شنه مسلحو داعش») or by a verb joined to the attack's after it («هاجم مسلحون قرية وقتلوا سبعة مدنيين»)."""
    if k.actor1 is not None and s.actor1 is not None and k.actor1.value.id != s.actor1.value.id:
        return False
    if k.modality is None:
        return True
    if k.modality not in ABSORBED or s.actor1 is None:
        return False
    return k.trigger.end_tok <= s.trigger.start_tok or (
        s.trigger.end_tok <= k.trigger.start_tok and k.trigger.prefix.startswith(SHARED_SUBJECT))


CAPTURED_AND_KILLED: Final = "captured-killed-94501"  # rule id: fighters killed beside fighters captured (g105c)


def _killed_beside_captured(f: Frame, strong: list[Frame]) -> bool:
    """«أعلن الجيش اعتقال 3 وقتل 5 من عناصر الحوثيين»: fighters killed, told by a killing verb joined by «و» right after a
    capture of the same fighters, are the fight's dead, not a word of the arrest's story (g105c): the clash is kept
    beside the arrest, and cited (CAPTURED_AND_KILLED)."""
    if f.event_type != "Battles" or not f.trigger.prefix.startswith("و"):
        return False
    if not any(s.sub_event_type == "Arrests" and 0 < f.trigger.start_tok - s.trigger.end_tok <= 2 for s in strong):
        return False
    f.rule_ids.append(CAPTURED_AND_KILLED)
    return True


def suppress_weak(frames: list[Frame]) -> list[Frame]:
    """In one sentence a weak trigger of another type is a word of the strong one's story
    ("قتلى" in a report of shelling), not a second happening: keep it only as a dropped candidate.
    A strong happening named after «غداة» (DAY_BEFORE: the day before its clause's day) is the earlier happening the
    weak one followed, not its story: «دخلت وحدات من الشرطة الثلاثاء إلى البلدة، غداة إعلان الجيش استعادتها» tells the
    entry of that Tuesday (g103g)."""
    # an act retold as the subject of «يأتي» (modality kind retold, g105e) is no happening of its own, but the weak
    # words of its sentence are still its story
    strong = [f for f in frames if f.tdef.weight >= STRONG and (not f.modality or f.modality[0] == RETOLD)]
    if not strong:
        return frames
    out = []
    for f in frames:
        if f.tdef.weight < WEAK and all(s.event_type != f.event_type for s in strong) \
                and not _killed_beside_captured(f, strong):
            told = strong if DAY_BEFORE in f.rule_ids else [s for s in strong if DAY_BEFORE not in s.rule_ids]
            if told:
                f.modality = ("subsumed", f"by {told[0].tdef.id}")
            else:
                f.rule_ids.append(NEXT_DAY_WEAK)
        out.append(f)
    return out

def suppress_intercepted(frames: list[Frame], toks) -> list[Frame]:
    """"أسقطت الدفاعات صواريخ استهدفت المطار": the strike verb right after the intercepted
    projectile describes it (a relative clause without "التي"); the happening is the interception.
    A strike noun in «ل» right after an interception ("تصدت الدفاعات الجوية لهجوم صاروخي") is what the defences met,
    the interception's own object, and is dropped too unless its attacker is named (_suppress_met_object, g100j).
    A strike left standing in an interception's clause is marked Frame.defended: its unnamed attacker is not the
    defender (step._defender, which cites DEFENDED when it sets the default aside). A strike whose actor1 is the side
    of an interception told after it in its clause ("تعرض المطار لقصف صاروخي تصدى له الدفاع الجوي السوري") has it
    cleared: that side met the strike, it did not fire it (_met_by_own_side, DEFENDED cited)."""
    caught = [f for f in frames if f.sub_event_type == "Disrupted weapons use" and not f.modality]
    if not caught:  # most sentences: nothing met, nothing to mark
        return frames
    clause_break = words("clause_break")  # fetched once, not per token scanned (review 2, item 7)
    for d in caught:
        _caught_part_or_all(d, toks, clause_break)
    for f in frames:
        if f.modality or f.event_type != "Explosions/Remote violence":
            continue
        if f.tdef.pos != "verb":
            _suppress_met_object(f, caught, toks, clause_break)
            continue
        if f.trigger.prefix.startswith(("و", "ف")):
            continue
        for d in caught:
            # the projectile is between them, or inside the interception's phrase ("تصدت لهجوم صاروخي استهدف")
            if _in_clause_after(d.trigger.end_tok, f.trigger.start_tok, toks, INTERCEPTED_WINDOW, clause_break) \
                    and not _fired_by_met_side(f, d):
                f.modality = ("subsumed", f"by {d.tdef.id}")
                break
    # a strike told in the clause of an interception of what it fired: its unnamed attacker is not the defender
    # (step._defender); an aircraft brought down may be the striker's own ("كانت تقصف ... عندما أسقطت"); a strike of
    # another clause ("تصدت الدفاعات لصواريخ ...، فيما تعرضت البلدة لقصف مدفعي") is another happening (review 2, item 2).
    # A comma does not end the clause here, as in frames._repelled_attacker: "تعرض المطار لعدوان صاروخي، وتصدت له"
    met = [d for d in caught if AIRCRAFT_DOWNED not in d.rule_ids]
    if met:
        breaks = clause_break - words("list_link")
        for f in frames:
            if f.modality or f.sub_event_type not in STRIKES:
                continue
            mine = [d for d in met if _one_clause(f.trigger, d.trigger, toks, breaks)]
            f.defended = bool(mine)
            if f.actor1 is not None and any(_met_by_own_side(f, d, toks, clause_break) for d in mine):
                f.actor1 = None
                f.rule_ids.append(DEFENDED)
    return frames


def _one_clause(a, b, toks, breaks) -> bool:
    """Triggers ``a`` and ``b`` (either first) with no clause break between them."""
    lo, hi = (a.end_tok, b.start_tok) if a.start_tok <= b.start_tok else (b.end_tok, a.start_tok)
    return not any(toks[k].norm in breaks for k in range(lo, hi))


def _met_by_own_side(f: Frame, d: Frame, toks, clause_break: frozenset[str]) -> bool:
    """"تعرض المطار لقصف صاروخي تصدى له الدفاع الجوي السوري": the side that met strike ``f`` in the same clause right
    after it (interception ``d``), named after the strike, is not its attacker, though the sentence's reading gave it
    to it (g100j, 68601). A side named before both is the striker whose aircraft was downed ("قالت السلطات إن الطائرة
    كانت تقصف ... عندما أسقطت"). One side's two acts stay: an interception told first ("اعترضت إسرائيل طائرة ... ثم شنت غارات") or in a clause of
    its own ("قصفت قوات النظام البلدة، وأسقطت الدفاعات السورية طائرة")."""
    return f.actor1 is not None and d.actor1 is not None and d.actor1.value.id == f.actor1.value.id \
        and d.actor1.tok_start >= f.trigger.end_tok \
        and _in_clause_after(f.trigger.end_tok, d.trigger.start_tok, toks, len(toks), clause_break)


def _caught_part_or_all(d: Frame, toks, clause_break: frozenset[str]) -> bool:
    """How much of what it met an interception brought down (ACLED: Disrupted weapons use is an attack prevented).
    Part of it («أسقطت معظمها في حين تمكن بعضها من إصابة»، «أسقطت 71 منها»، function_words part_caught, right after
    the interception in its clause): the attack landed, the happening is the strike (rule PART_CAUGHT; after the
    document's merges, merge._fold_faces: it joins a strike told beside it, else it becomes that strike itself). All of it («ودمرتهما»، «أسقطتها جميعها», function_words all_caught): the
    attack was foiled, the interception stays the happening even beside a named side's strike (merge._fold_faces reads
    ALL_CAUGHT). An aircraft brought down is neither (its strike is another hour's). True when part was caught."""
    if AIRCRAFT_DOWNED in d.rule_ids:
        return False
    end = d.trigger.end_tok
    # the verb's own dual object («ودمرتهما»: both the projectiles told) or a word for all of them right after it
    if toks[end - 1].norm.endswith(endings("all_caught_ending")) or any(
            toks[k].norm in words("all_caught") for k in range(end, min(end + 2, len(toks)))):
        d.rule_ids.append(ALL_CAUGHT)
        return False
    part = words("part_caught")
    for k in range(end, min(end + PART_WINDOW, len(toks))):
        if toks[k].norm in clause_break:
            return False
        if toks[k].norm in part or (toks[k].norm.isdigit() and k + 1 < len(toks)
                                          and toks[k + 1].norm in words("part_caught_of")):
            d.rule_ids.append(PART_CAUGHT)
            return True
    return False


def _in_clause_after(end: int, start: int, toks, window: int, clause_break: frozenset[str]) -> bool:
    """A word starting at token ``start`` follows one ending at ``end`` within ``window`` tokens, in the same clause
    (no word of ``clause_break``, function_words clause_break, between them)."""
    return end <= start and start - end <= window \
        and not any(toks[k].norm in clause_break for k in range(end, start))


def _fired_by_met_side(f: Frame, d: Frame) -> bool:
    """"تصدت الدفاعات الجوية السورية لصاروخين إسرائيليين استهدفا منطقة الكسوة": the strike verb describing the
    projectile names its own attacker, the side whose weapons the interception met (its actor2, read from the weapon's
    nationality: frames, g59h), so the attack is told, not only its interception: it stays (merge face-of then joins the
    two as the named side's strike, g105g). With no such side («أسقطت صواريخ استهدفت القاعدة») or the defender read as
    its attacker, it stays the interception's projectile. Not an aircraft brought down (AIRCRAFT_DOWNED): what it was
    striking is told of another hour and place than its downing («أسقطت طائرة إسرائيلية استهدفت مواقع»)."""
    return AIRCRAFT_DOWNED not in d.rule_ids and f.actor1 is not None and d.actor2 is not None and f.actor1.value.id == d.actor2.value.id \
        and (d.actor1 is None or d.actor1.value.id != f.actor1.value.id)


def _unnamed_or_own(f: Frame, d: Frame) -> bool:
    """Strike ``f`` has no attacker read, or the side of interception ``d``: a named attacker's strike («تصدت
    الدفاعات لغارات إسرائيلية») is the happening, the interception its other face (merge face-of, g59h)."""
    return f.actor1 is None or (d.actor1 is not None and d.actor1.value.id == f.actor1.value.id)


def _suppress_met_object(f: Frame, caught: list[Frame], toks, clause_break: frozenset[str]) -> None:
    """"بتصدي الدفاعات الجوية لهجوم صاروخي"، "تتصدى للعدوان": a strike noun in «ل» right after an interception is what
    the air defences met, the interception's own object, not a second happening with the defender read as its attacker
    (g100j, function_words met_object 68600); with its attacker named, the strike stays. One prefix test per strike noun; nothing when the sentence has no
    interception."""
    if not caught or f.trigger.prefix not in words("met_object"):
        return
    d = next((d for d in caught if _in_clause_after(d.trigger.end_tok, f.trigger.start_tok, toks, INTERCEPTED_WINDOW,
                                                    clause_break) and _unnamed_or_own(f, d)), None)
    if d is not None:
        f.modality = ("subsumed", f"by {d.tdef.id} (met object 68600)")


# the protests a riot told in the same sentence holds: the force met by rioters ("أصيب 10 برصاص الأمن على متظاهرين
# حاولوا اقتحام مبنى المحافظة") is the riot's intervention, whether read as a protest with intervention or as
# excessive force (ACLED: excessive force is force on a peaceful crowd; g106y)
TOLD_WITH_RIOT: Final = frozenset({"Protest with intervention", "Excessive force against protesters"})


def without_protests_of_riots(doc: Document, events: list[Event]) -> list[Event]:
    """"خرج المتظاهرون ... واقتحموا المباني الحكومية": a peaceful protest at the place and on the days of a riot told
    in the same document is that riot's start, one happening (ACLED codes a demonstration that turns violent as a
    riot), not a second event."""
    f = iso_day
    riots = [e for e in events if e.event_type == "Riots" and e.location is not None and e.date_start]
    # "أطلقت الشرطة الغاز على متظاهرين كانوا يرشقون المبنى بالحجارة": the force met by rioters, told in their
    # sentence, is that riot's counterpart, not a protest with intervention of its own; so is the force told in
    # another sentence at the riot's place on its day or night («قتل سبعة متظاهرين يومي الثلاثاء والأربعاء قرب مقر
    # المحافظة» after its burning, g112h): a crowd that fights is no peaceful one met by force
    # a protest placed at the whole country, told in a riot's own sentence of that country, is that riot's start too
    # (the riot's place refined to a province by another mention: merge._province_over_country)
    # so is one placed at the riot's province («متظاهر توفي متأثرا بجروحه نتيجة مصادمات ... والاحتجاجات» in «محافظة
    # ميسان», the riot refined to its seat by another mention, g112h)
    def riot_of(ev: Event) -> Event | None:
        return next((r for r in riots if ev.date_start
                     and (r.location == ev.location or (ev.location == ev.country == r.country and told_with(ev, [r]))
                          or (_province_of(ev, r) and told_with(ev, [r])))
                     and overlaps(f(read_start(r)), f(r.date_end), f(read_start(ev)), f(ev.date_end), slack=0)
                     and (ev.sub_event_type == "Peaceful protest"
                          or (ev.sub_event_type in TOLD_WITH_RIOT and _riot_force(ev)
                              and (told_with(ev, [r]) or _one_day_together(ev, r))))), None)

    def shadowed(ev: Event) -> bool:
        r = riot_of(ev)
        if r is None:
            return False
        _riot_side(r, ev)
        _riot_toll(r, ev)
        return True
    return _drop_shadowed(doc, events, shadowed, "protest: the peaceful start of a riot at the same place and days")


RIOT_FORCE_SIDE: Final = "riot-force-side-142000"  # rule id: a riot's other side from the force it met (g111j)
PROVINCE_PRECISION: Final = 3  # ACLED geo_precision of a place read as a whole province


def _province_of(ev: Event, riot: Event) -> bool:
    """``ev`` is placed at a whole province, the one ``riot`` happened in."""
    return ev.geo_precision == PROVINCE_PRECISION and ev.admin1 is not None and ev.admin1 == riot.admin1 \
        and riot.location != ev.location


RIOT_TOLL: Final = "riot-toll-149510"  # rule id: a riot's dead from the force on the crowd folded into it (g112h)


def _riot_toll(riot: Event, ev: Event) -> None:
    """«هاجم متظاهرون مقر المحافظة ...» then «وقتل سبعة متظاهرين يومي الثلاثاء والأربعاء قرب مقر المحافظة»: the dead of
    the force told on the crowd, folded into the riot of its place and days, are that riot's toll (ACLED codes the
    deaths of a violent demonstration on the riot) when the riot read none of its own; the toll's sentence becomes its
    evidence."""
    if ev.sub_event_type not in TOLD_WITH_RIOT or riot.fatalities > 0 or ev.fatalities <= 0:
        return
    riot.fatalities, riot.fatalities_low, riot.fatalities_high = ev.fatalities, ev.fatalities_low, ev.fatalities_high
    seen = {(e.start, e.end) for e in riot.evidence}
    riot.evidence.extend(e for e in ev.evidence if (e.start, e.end) not in seen)
    riot.rule_ids.append(RIOT_TOLL)


def _riot_side(riot: Event, ev: Event) -> None:
    """«أصيب 10 من جراء إطلاق الأمن الرصاص على متظاهرين حاولوا اقتحام مبنى المحافظة»: the state force whose fire on the
    crowd is folded into the riot told in its sentence is the riot's other side (ACLED codes rioters met by the police
    as Rioters v Police), when the riot has none of its own. A peaceful start names no side; a militia's fire stays
    an event of its own (``_riot_force``)."""
    if riot.actor2 is None and ev.actor2 is not None and ev.inter2 in STATE_FORCES \
            and ev.sub_event_type in TOLD_WITH_RIOT and (told_with(ev, [riot]) or _one_day_together(ev, riot)):
        riot.actor2, riot.inter2 = ev.actor2, ev.inter2
        set_interaction(riot)
        riot.rule_ids.append(RIOT_FORCE_SIDE)


STATE_FORCES: Final = frozenset({1, 8})  # ACLED inter codes of a state's forces (at home, abroad)


RIOT_NO_OWNER: Final = "riot-no-owner-145000"  # rule id: a riot's owner or onlooker is no other side (g111q)
RIOT_MET: Final = frozenset({1, 5, 6})  # inter codes a violent demonstration may meet: the state's forces, a crowd


def without_owners_of_riots(events: list[Event]) -> list[Event]:
    """«أحرق متظاهرون مقر ميليشيات حزب الله»، «اقتحموا القنصلية الإيرانية ... فيما اعتبرته إيران اعتداء»: the owner of
    what rioters burned or stormed, the state that reacted, the civilians whose deaths the crowd protested are no side
    a violent demonstration met; ACLED codes rioters v the force that met them (the police, another crowd) or none.
    An armed group's fire on the crowd is an event of its own (``_riot_force``). Only riots are looked at: «أحرقوا مقر
    X» names X as the target of a strike or an attack (q7c)."""
    for ev in events:
        if ev.event_type == "Riots" and ev.sub_event_type == "Violent demonstration" and ev.actor2 is not None \
                and ev.inter2 not in RIOT_MET and RIOT_FORCE_SIDE not in ev.rule_ids:
            ev.actor2 = ev.inter2 = None
            set_interaction(ev)
            ev.rule_ids.append(RIOT_NO_OWNER)
    return events


def _riot_force(ev: Event) -> bool:
    """Whether the force ``ev`` tells used on a crowd may be the one a riot met: a protest with intervention, or
    excessive force by a state's forces or by no force named. A militia firing on the crowd ("أطلقت ميليشيات
    عصائب أهل الحق النار على المتظاهرين") is another side's attack, an event of its own (g52e, g106y)."""
    return ev.sub_event_type != "Excessive force against protesters" or ev.inter2 is None or ev.inter2 in STATE_FORCES


RIOT_FIGHTS = frozenset({"Armed clash", "Grenade"})  # the faces a riot's fight takes when read as an armed act (g90f)
DOC_SIDE2 = "actor2-document"  # rule id: an actor2 taken from the document, not read in the event's sentence


def without_clashes_of_riots(doc: Document, events: list[Event]) -> list[Event]:
    """"أصيب أفراد من قوات الأمن في الاشتباكات التي وقعت الثلاثاء"، "بسبب قنابل يدوية رشقوا بها": clashes or grenades at
    the place and on the days of a riot told in the same document, with no second side read with them, are that riot's
    fight with the police (ACLED codes rioters' clashes with security forces as the riot), not a battle of their own
    (g90f). A clash naming its other side in its sentence ("اشتباكات بين الجيش ومسلحين") stays."""
    riots = [e for e in events if e.event_type == "Riots" and e.location is not None]
    if not riots:  # most documents: nothing to look at
        return events
    return _drop_shadowed(doc, events, lambda ev: ev.sub_event_type in RIOT_FIGHTS
                          and (ev.actor2 is None or DOC_SIDE2 in ev.rule_ids)
                          and any(r.location == ev.location and _same_days(ev, r) for r in riots),
                          "clash: the fight of a riot at the same place and days")


def without_arrests_of_protests(doc: Document, events: list[Event]) -> list[Event]:
    """"اشتبك محتجون مع الشرطة ... واعتقال عدد آخر منهم": arrests of protesters at the place and on the days of a protest
    or riot told in the same document are that gathering's intervention (ACLED codes them in it), not a happening of
    their own; other arrests there ("اعتقلت الشرطة 4 رجال بتهمة التخطيط لهجوم") stay. A gathering that holds the
    arrest's own sentence is its place too ("اشتبك محتجون في كرمة علي ... واعتقال عدد آخر منهم", the clash merged into
    the riot of the city: g105d)."""
    gatherings = [e for e in events if e.event_type in GATHERINGS and e.location is not None]
    return _drop_shadowed(doc, events, lambda ev: PROTESTERS_HELD in ev.rule_ids and any(
        (g.location == ev.location or told_with(ev, [g])) and _same_days(ev, g) for g in gatherings),
        "arrests: the intervention in a protest or riot at the same place and days")

def without_interceptions_of_strikes(doc: Document, events: list[Event]) -> list[Event]:
    """"تصدت الدفاعات الجوية لصواريخ استهدفت المطار": missiles shot down on the days of a strike told in the same
    document are that strike's, told from the defender's side (ACLED codes the strike, the interception in its
    notes), not a second happening. An aircraft or drone brought down stays an event of its own, and so does an
    interception when the strike's agent is not named or is the defender itself (its own strikes are other happenings),
    and one met in another country than the strike's (g39a)."""
    # an unclaimed attack known only by its interception ("تسقط صواريخ اخترقت الأجواء") is coded as the interception
    strikes = [e for e in events if e.sub_event_type in STRIKES and e.actor1 is not None
               and not INFERRED_ACTOR & set(e.rule_ids)]
    return _drop_shadowed(doc, events, lambda ev: ev.sub_event_type == DWU and AIRCRAFT_DOWNED not in ev.rule_ids
                          and any(_same_days(s, ev) and s.actor1 != ev.actor1 and _one_country(s, ev) for s in strikes),
                          "interception: the defender's side of a strike told on the same days")


def _one_country(strike: Event, interception: Event) -> bool:
    """The strike fell in the country where the missiles were met, or either country is unknown: a Saudi interception
    of a missile fired from Yemen is no face of strikes in Syria told on those days in a round-up."""
    return strike.country is None or interception.country is None or strike.country == interception.country


def without_false_alarms(doc: Document, events: list[Event], sentences: Sequence[tuple[int, int]]) -> list[Event]:
    """"إنذار خاطئ أدى إلى إطلاق صواريخ الدفاع الجوي ولم يقع هجوم": the article withdraws the strike or interception
    it reported. Gone: the strikes and interceptions told in that sentence, and those of the alarm's night (the report's
    day or the day before), whichever sentence told them; a strike of days before, recalled, stays."""
    if not any(_alarmed(e) for e in events):
        return events
    alarms = _false_alarm_sentences(doc.text, sentences)
    if not alarms:
        return events
    night = (dt.date.fromisoformat(doc.published) - dt.timedelta(days=1)).isoformat() if doc.published else None
    return _drop_shadowed(doc, events, lambda ev: _alarmed(ev) and (
        (any(a < s.end and s.start < b for s in ev.evidence for a, b in alarms) and not _before_alarm(ev, night))
        or (night is not None and (ev.date_start or "") >= night)),
        "false alarm: the article says the strike did not happen")


def _before_alarm(ev: Event, night: str | None) -> bool:
    """A strike told in the alarm's sentence with a day of its own there, before the alarm's night: the real strike
    the alarm is compared with («وأتى هذا الإنذار الخاطئ بعد ضربات شنتها ... فجر السبت»), recalled, not withdrawn
    (g111f). A day read from the report's context is the alarm's own."""
    end = ev.date_end
    return night is not None and end is not None and "date-context" not in ev.rule_ids and end < night


def _alarmed(ev: Event) -> bool:
    return ev.event_type in ALARMED or ev.sub_event_type in ALARMED


def _false_alarm_sentences(text: str, sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ``sentences`` (character spans of ``text``) that call what they tell a false alarm (function_words
    false_alarm); a raw look for the word "alarm" first, so that most documents cost one substring search."""
    stems = words("false_alarm_stem")
    if not any(s in text for s in stems):
        return []
    cues = words("false_alarm")
    return [(a, b) for a, b in sentences
            if any(s in text[a:b] for s in stems) and any(c in norm_key(text[a:b]) for c in cues)]


def without_withdrawn_sides(doc: Document, events: list[Event]) -> list[Event]:
    """"سيطرت القوات على المدينة ... بعد انسحاب المقاتلين منها": the losers' withdrawal from a place taken the
    same day is the other side of that taking, told in the same document, not a handover of its own."""
    # a country named as the place is no place: two happenings "in Syria" need not be one
    taken = [e for e in events if e.sub_event_type in TAKINGS and not (e.gazetteer_id or "c:").startswith("c:")]
    return _drop_shadowed(doc, events, lambda ev: WITHDRAWAL in ev.rule_ids and ev.sub_event_type == NVT and any(
        t.location == ev.location and t.location is not None and dates_overlap(t, ev) for t in taken),
        "withdrawal: the other side of a taking of the same place and day")


def without_countrywide_transfers(doc: Document, events: list[Event]) -> list[Event]:
    """"بدء انسحاب القوات الأجنبية من سوريا"، "دخلت طائرة مسيرة أراضي إسرائيل": a sub-type whose happening moves a town
    or an area (event_types.tsv needs_place), placed only at a country, tells of forces, aircraft or things, not of a
    territory handed over; an arrest "in Iraq" is no arrest made at a place the report names. A deployment told by
    a sending verb and its object (trigger_kinds.tsv needs_town, made by that row alone) placed so tells a lasting
    presence: «نشرت إيران مئات الجنود في سوريا» (g100g). One told with no place it went to (NO_DESTINATION) is dropped
    by step.py before the merge, so a mention naming the destination keeps its event."""
    town_rows = L.trigger_kind(NEEDS_TOWN)
    return _drop_shadowed(doc, events, lambda ev: (L.needs_place(ev.sub_event_type)
                                                   or (bool(ev.rule_ids) and ev.rule_ids[0] in town_rows))
                          and ((ev.gazetteer_id or "").startswith("c:") or ev.location is None),
                          "no town or area, only a country")


CUT_OFF: Final = "cut_off"  # trigger_kinds.tsv: «عزل»، «شطر»: a pocket or a town cut off from the rest (g110q)


def without_cut_off_twins(doc: Document, events: list[Event]) -> list[Event]:
    """«شطر الجيش دوما» beside «سيطر على مسرابا» by the same side on the same day: the town cut off is what the
    taking did, not a second town taken (the dev gold codes the one taking, at the town taken). A taking told only
    by a cutting-off word (trigger_kinds.tsv cut_off) goes when the document keeps a taking of the same sub-type,
    first side and day told by another trigger; alone it stays."""
    cut = L.trigger_kind(CUT_OFF)
    kept = {(ev.sub_event_type, ev.actor1, ev.event_date) for ev in events
            if ev.sub_event_type in TAKINGS and ev.rule_ids and ev.rule_ids[0] not in cut}
    if not kept:
        return events
    return _drop_shadowed(doc, events, lambda ev: ev.sub_event_type in TAKINGS and bool(ev.rule_ids)
                          and ev.rule_ids[0] in cut and (ev.sub_event_type, ev.actor1, ev.event_date) in kept,
                          "a town cut off by a taking told the same day: that taking's effect, no second taking")


def _at_country(ev: Event) -> bool:
    return (ev.gazetteer_id or "").startswith("c:")


def _placed_below_country(ev: Event) -> bool:
    """Placed at a town, near one, or at a province: a place finer than a country (a region such as "Golan", told at
    precision 3 without a province, is no finer place: a strike "in Syria" beside rockets on the Golan is another)."""
    gid = ev.gazetteer_id or ""
    return bool(gid) and not gid.startswith("c:") and (ev.geo_precision in (1, 2) or gid.startswith("a1:"))


def without_country_doubles(doc: Document, events: list[Event]) -> list[Event]:
    """A happening placed only at a country ("قصف داخل الأراضي السورية"، "اشتباكات في سوريا") is one a day per merge
    family: beside an event of that family and day placed at a town or a province, it is that event told loosely
    (the coalition's strike "in eastern Syria" and the strike near As Susah); beside another placed only at a
    country, the one told more often stands ("strikes in Syria" and a boast of victory "in Iraq")."""
    order = {id(e): i for i, e in enumerate(events)}

    def rank(e: Event) -> tuple[int, int]:
        return len(e.evidence), -order[id(e)]

    def shadowed(ev: Event) -> bool:
        if not _at_country(ev):
            return False
        fam = L.merge_family(ev.sub_event_type)
        return any(o is not ev and L.merge_family(o.sub_event_type) == fam and _same_days(ev, o)
                   and (_placed_below_country(o) or (_at_country(o) and rank(o) > rank(ev)))
                   and _sides_agree(ev, o) for o in events)
    return _drop_shadowed(doc, events, shadowed, "a country's event beside a finer or fuller one of its day")


SAME_KEY = "same-key"  # rule id: a copy of a kept event (same sub-type, place, days and sides) folded into it


CopyKey = tuple[str, str | None, str | None, int | None, str | None, str | None, str | None, str | None]


def _copy_key(ev: Event) -> CopyKey:
    """What an ACLED coder codes one event by: sub-type, place, days and sides (the sub-type fixes the type); the place
    by its name, province and country (a town the gazetteer lacks has no id; ``same_town_by_name`` then decides)."""
    return (ev.sub_event_type, ev.location, ev.admin1, ev.iso, ev.date_start, ev.date_end, ev.actor1, ev.actor2)


def without_exact_copies(events: list[Event]) -> list[Event]:
    """A happening stored twice with one key, which the merge kept apart for a reason that no longer holds once the
    events are final: a well-known happening retold as what a threat answers (answered-act) whose evidence took in the
    sentence of its own report, so that "one sentence tells an act and the act it answers" kept the report apart, and
    the known-happening reading then gave both its day. ACLED codes one event per sub-type, place, day and sides, so the
    copy folds into the first kept: its evidence is added and a toll it read counts when the first read none. A town
    the gazetteer lacks, kept at a listed town's point under its own name, is another town (``same_town_by_name``, as
    the merge and the store's dedup hold): it stays; so do two events each with a toll of its own. One dict lookup per
    kept event; the name and toll tests only on a key already kept."""
    first: dict[CopyKey, list[Event]] = {}
    out: list[Event] = []
    for ev in events:
        kin = first.setdefault(_copy_key(ev), [])
        # a town and its own countryside told as one list share the town's name (g109m)
        keep = next((k for k in kin if same_town_by_name(k, ev) is not False and not _own_tolls(k, ev)
                     and not own_countryside_apart(k, ev)), None)
        if keep is None:
            kin.append(ev)
            out.append(ev)
            continue
        seen = {(e.start, e.end) for e in keep.evidence}
        keep.evidence.extend(e for e in ev.evidence if (e.start, e.end) not in seen)
        if keep.fatalities == 0 and ev.fatalities > 0:
            keep.fatalities, keep.fatalities_low, keep.fatalities_high = \
                ev.fatalities, ev.fatalities_low, ev.fatalities_high
        if SAME_KEY not in keep.rule_ids:
            keep.rule_ids.append(SAME_KEY)
    return out


def _own_tolls(a: Event, b: Event) -> bool:
    """Both events read a toll and the tolls differ: two happenings the merge kept apart by their own dead (two strikes
    on one town in one day, "قتل 8 ... فيما قتل 3"), not one stored twice."""
    return a.fatalities > 0 and b.fatalities > 0 and a.fatalities != b.fatalities


def _sides_agree(ev: Event, other: Event) -> bool:
    """Whether ``ev`` may be ``other`` told loosely. Not when ``ev`` strikes back at ``other``'s attacker: Israel's
    strikes "in Syria" on Iranian targets beside the Iranian rockets of that night are a reply, another happening.
    Only remote violence, where attacker and target are not exchangeable (a clash's sides are told in either order),
    and interceptions: Syria's downing of an Israeli jet "in Syria" beside Israel's downing of an Iranian drone that
    day is the other side's act (either way round: one defender owns what the other brought down; g101h)."""
    if ev.sub_event_type == DWU == other.sub_event_type:
        return not downings_of_each_other(ev, other)
    if _other_side_named(ev, other):
        return False  # another battle, not this one told loosely
    return not (ev.event_type == REMOTE and ev.actor2 is not None and ev.actor2 == other.actor1
                and ev.actor1 != other.actor1)


def _other_side_named(ev: Event, other: Event) -> bool:
    """Two battles that both name both sides, ``ev`` one that ``other`` does not: a clash of Jordan's army with IS "in
    Syria" at its border is not Syria's army fighting IS in the Yarmouk basin those days, told loosely (g101m). Only
    battles: a strike or an arrest "in Syria" with a side misread stays the finer one's double (in the corpus, 6 such
    came back when every type was let through, all doubles)."""
    sides = (ev.actor1, ev.actor2, other.actor1, other.actor2)
    return ev.event_type == BATTLES == other.event_type and all(sides) \
        and not {ev.actor1, ev.actor2} <= {other.actor1, other.actor2}


def told_with(ev: Event, events: Sequence[Event]) -> bool:
    """Whether a stored event is told in a sentence of ``ev``: that sentence's report is stored already (its
    other sub-type, another reading of its place). The towns of one listed place each stand ("place-list")."""
    return any(a.start < b.end and b.start < a.end for k in events for a in k.evidence for b in ev.evidence
               if not (PLACE_LIST in ev.rule_ids + k.rule_ids and k.evidence == ev.evidence))


def _one_day_together(a: Event, b: Event) -> bool:
    """Both events are told of one day or night, the same: a riot read over a week («احتجاجات ... لأسابيع») holds no
    force told of one of its days in another sentence (g112h)."""
    return _same_days(a, b) and _same_days(b, a)


def _same_days(a: Event, b: Event) -> bool:
    """Both events have days, ``a`` a night at most, and these overlap (a day's slack for a night told on either side of
    midnight); "in the past week" is no day of one happening."""
    if not (a.date_start and b.date_start):
        return False
    f = iso_day
    # a statement's day widened to the day before (merge.read_start) reaches no further than that day did
    return (f(a.date_end or a.date_start) - f(a.date_start)).days <= 1 and overlaps(f(read_start(a)), f(a.date_end or a.date_start), f(read_start(b)), f(b.date_end or b.date_start), slack=1)


def drop_event(doc: Document, ev: Event, reason: str, rule_id: str | None) -> None:
    """Log ``ev`` as dropped for ``reason``: a row for each of its mentions (the sentences of the mentions merged
    into it too), so that no trigger of a dropped happening goes unaccounted for."""
    doc.dropped.extend({"start": e.start, "end": e.end, "text": e.text, "reason": reason, "rule_id": rule_id}
                       for e in ev.evidence)


def _drop_shadowed(doc: Document, events: list[Event], shadowed: Callable[[Event], Any], reason: str) -> list[Event]:
    """The events not ``shadowed`` by another of the document; each shadowed one is logged as dropped for ``reason``."""
    out = []
    for ev in events:
        if shadowed(ev):
            drop_event(doc, ev, reason, ev.rule_ids[0])
        else:
            out.append(ev)
    return out
