"""Where a happening is: the choice of a trigger's place among its sentence's places, the places a list or a back
word adds, and the places that are no happening's (reference points, destinations, launch sites, reason clauses,
a speaker's seat abroad).

Used by the extraction step (step.py); moved here from it so that the step reads as the order of its rules.
"""
from __future__ import annotations

import copy
from functools import lru_cache
from operator import attrgetter
from typing import Any, Callable, Collection, Final, Mapping, Sequence

from marsad.extract import lexicons as L
from marsad.extract.frames import AGREEMENT, COMMAS, Frame
from marsad.extract.scans import (
    form_in as _form_in, form_in_keys as _form_in_keys, forms_in as _forms_in, keys_memo as _keys_memo,
    holds_any as _holds_any, word_back_in_clause as _word_back_in_clause, words,
)
from marsad.geo import Geocoder
from marsad.geo.model import OWN_COUNTRYSIDE, PROVINCE_MEMBER
from marsad.geo.tables import iso2_by_country, neighbours, place_words
from marsad.lang.ar.matcher import Match
from marsad.lang.ar.tokens import in_words, proclitic_stems, with_conjunctions

_SITE_KINDS: Final = frozenset({"base", "camp"})  # named sites: as exact as a town, whatever their gazetteer precision
STRIKE_TYPE = "Explosions/Remote violence"  # a capital right after its trigger is the place struck, not a state acting
DEPARTURE_WINDOW = 15  # tokens back from a destination word to the word of leaving ("لإجلاء مقاتلي ... من ... إلى")
LAUNCH_PHRASE: Final = 3  # words between "من" and "في" before a launch site ("من سفن أمريكية في البحر الأحمر")
PLACE_LIST = "place-list"  # rule id: a copy of an event at another town of the list its sentence names
# rule id: a copy at a province of a list opened by «محافظات» («في العاصمة دمشق، ومحافظات ريف دمشق والسويداء»): a place of
# its own, not a coarser mention of the list's town inside it (merge._listed_apart; g110g)
PROVINCE_LIST = "place-province-list-133002"
SITE_GAP_MOST = 8  # words at most between two places where a second object of a strike is read (_site_also)
SECOND_OBJECT = ("list", "second-object")  # modifier: a second object of a strike opened otherwise than "و" + site
SECOND_OBJECT_RULE = "place-list-73900"  # rule id: the copy of a strike at such a second object's place (g102e)
# the triggers of a strike statement whose second object is read so: a strike or a shelling, not a blast heard
STATEMENT_KINDS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
PLATFORM_WINDOW = 6  # tokens back from "في" to a warship, quotes counted ("المدمرة \"لابوون\" المتمركزة أيضا في")
LAUNCH_WINDOW = 4  # tokens back from "من" to the word of launching ("أطلقت صواريخ من", "موجهة عن بعد من")
LAUNCH_AGENT_REACH = 7  # the same past a named launching side, no target word between (g98ww: "أطلقت الفصائل
# الفلسطينية قذائف صاروخية من")
LOCATED_NEAR_GAP = 6  # the same after a near word ("الغوطة الشرقية هي آخر معاقل المعارضة قرب دمشق")
LOCATED_GAP = 3  # words between a place and the direction or near word locating it ("مركز X للأبحاث العلمية قرب دمشق")

# the kinds of place a list of towns enumerates (not a country or a province: "مدنا أخرى بينها العاصمة")
_TOWN_KINDS = frozenset({"city", "area", "neighbourhood", "camp"})


def _list_gap(gap: Sequence[str], links: Any) -> bool:
    """Whether the words between two listed places are links and members the gazetteer lacks: each such member
    opens with "و", or stands between two commas ("، أرض الباشا،"; not "سوريا، بمشاركة فرنسا"), and has at most one
    more word ("وكحيل"، "والشيخ سعد")."""
    run, linked, unclosed = 0, False, False
    for g in gap:
        if g in links:
            run, linked, unclosed = 0, True, False
        elif g.startswith("و") and len(g) > 2:
            run, linked = 1, False
        elif linked:
            run, linked, unclosed = 1, False, True
        elif run == 1:
            run = 2
        else:
            return False
    return not unclosed


def _without_asides(gap: Sequence[str]) -> list[str] | None:
    """The words between two listed places without the asides in brackets ("التيفور (في وسط البلاد) والضمير"): an
    aside places a member, it does not end the list. None when the gap ends or opens inside an aside (a place in
    brackets is the member's container, not a member)."""
    out: list[str] = []
    depth = 0
    for g in gap:
        if g == "(":
            depth += 1
        elif g == ")":
            if not depth:
                return None  # the gap opens inside an aside
            depth -= 1
        elif not depth:
            out.append(g)
    return None if depth else out


def _after_between(toks: Sequence[Any], k: int) -> bool:
    """Whether the place at token k follows "بين", next to it or past one naming word ("بين محافظات X وY وZ"): the
    names that follow draw a line or a site between them (a border, a front), not places of a list."""
    between = words("between")
    if k > 0 and in_words(toks[k - 1].norm, between):
        return True
    return k > 1 and toks[k - 1].norm not in words("list_link") and in_words(toks[k - 2].norm, between)


def _local_pair(p: Any, q: Any) -> bool:
    """Whether two places are both local ones (a town, village, district or camp, precision 1), which a list joins
    whatever their kinds: "دوما وحمورية"، "جوبر وعربين"، "الحجر الأسود ومخيم اليرموك"."""
    return p.kind in _TOWN_KINDS and q.kind in _TOWN_KINDS and q.geo_precision == 1


def _is_capital_word(norm: str) -> bool:
    """A capital word ("العاصمة"، "للعاصمة"، "والعاصمة"): function_words capital_word under proclitic readings,
    the shared reader step._after_capital_word uses too (memoised per word)."""
    return _form_in_keys(norm, words("capital_word")) is not None


def _named_from(toks: Sequence[Any], k: int) -> int:
    """The first token of a capital word naming the place at ``k`` ("للعاصمة دمشق"، "من العاصمة السورية دمشق"),
    up to two tokens back; ``k`` when none."""
    if k >= 1 and _is_capital_word(toks[k - 1].norm):
        return k - 1
    return k - 2 if k >= 2 and _is_capital_word(toks[k - 2].norm) else k


@lru_cache(maxsize=1)
def _point_words() -> frozenset[str]:
    """The words one of which stands right before a reference or near point unless a capital word does
    (``_after_word``, ``_near_point``): proximity_of, near_of, proximity_prep, distance_unit."""
    return words("proximity_of") | words("near_of") | words("proximity_prep") | words("distance_unit")


def _may_be_point(p: Any, toks: Sequence[Any]) -> bool:
    """A cheap necessary test of ``_proximity_of`` and ``_near_point``: the token before ``p`` is one of their words,
    or a capital word stands one or two tokens before it. Most places have neither, and skip their reading."""
    k = p.tok_start
    if k < 1:
        return False
    w = toks[k - 1].norm
    if w in _point_words():
        return True
    # _is_capital_word's answers read as one look-up per word (asked of most places of every sentence with a trigger)
    capital = _keys_memo(words("capital_word"))
    return capital[w] is not None or (k >= 2 and capital[toks[k - 2].norm] is not None)


def _after_word(p: Any, toks: Sequence[Any], words: frozenset[str]) -> bool:
    """Whether ``p`` (or the capital word naming it) follows one of ``words`` with "لـ" or "من/عن" (proximity_prep)."""
    k = _named_from(toks, p.tok_start)
    lam = p.proclitic.endswith("ل") if k == p.tok_start else toks[k].norm.startswith("ل")
    if k >= 1 and lam and toks[k - 1].norm in words:
        return True
    return k >= 2 and toks[k - 1].norm in L.words("proximity_prep") and toks[k - 2].norm in words


def _proximity_of(p: Any, toks: Sequence[Any]) -> bool:
    """Whether ``p`` follows "قربها من"/"بعده عن"/"مجاورة لـ" (function_words proximity_of), a capital word
    between them or not ("المنطقة المتاخمة للعاصمة دمشق"): a reference point."""
    return _may_be_point(p, toks) and _after_word(p, toks, words("proximity_of"))


def _near_point(p: Any, toks: Sequence[Any]) -> bool:
    """Whether ``p`` is what the place of the act is said to be near or at a distance from: after "القريبة من"
    (function_words near_of), or after a length ("على بعد 100 كيلومتر من بغداد"، "تبعد 5 كلم عن X"، "على بعد 24 كلم
    غرب حمص": distance_unit, then "من/عن" or the compass word the mention opens with)."""
    if not _may_be_point(p, toks):
        return False
    if _after_word(p, toks, words("near_of")):
        return True
    k, units = p.tok_start, words("distance_unit")
    if k >= 1 and toks[k - 1].norm in units:
        return any(m == "compass" for m, _ in p.modifiers)
    return k >= 2 and toks[k - 1].norm in words("proximity_prep") and toks[k - 2].norm in units


def without_near_points(places: Sequence[Any], toks: Sequence[Any], speakers: Collection[int] = ()) -> list[Any]:
    """``places`` less the places the act is only said to be near (``_near_point``) and those listed with them,
    when a resolved place is left outside the speaker's words (``speakers``, tokens): "غارات على الغوطة الشرقية
    القريبة من دمشق" is at the Ghouta; "قصف على منطقة قريبة من بلدة X", with no other place ("قال متحدث في Y إن"
    is none), stands near X (as a coder codes it)."""
    out = _without_listed_with(places, toks, _near_point)
    # a place the gazetteer lacks, read at its province's point ("قاعدة قديمة على بعد 24 كلم غرب حمص"), says less
    if len(out) == len(places) or not any(p.resolved and p.gazetteer_id and p.tok_start not in speakers
                                          and not acting_state(p, toks) for p in out):
        return list(places)
    return out


_TOK_START: Final = attrgetter("tok_start")


def without_reference_points(places: Sequence[Any], toks: Sequence[Any]) -> list[Any]:
    """``places`` less the reference points and the places listed with them ("مجاورة لبلدتي X وY": X and Y)."""
    return _without_listed_with(places, toks, _reference_point)


def _reference_point(p: Any, toks: Sequence[Any]) -> bool:
    """A place named only to say where the act's place is: after a proximity word, or across a border; or a place
    left out of the act ("استعادت الغوطة الشرقية إلا دوما")."""
    return _proximity_of(p, toks) or _across_border(p, toks) or _excepted(p, toks)


def without_located_asides(places: Sequence[Any], toks: Sequence[Any]) -> list[Any]:
    """``places`` less a place named in a «حيث تقع X» aside after another place of the sentence ("اتفاق في محافظة
    القنيطرة حيث تقع هضبة الجولان": Quneitra, not the Golan) and the places listed with it. Up to three token
    look-ups a place, and only when a place stands before it."""
    if len(places) < 2:
        return list(places)
    first = places[0]
    return [places[0]] + _without_listed_with(places[1:], toks, lambda p, ts: p.tok_start > first.tok_end
                                              and _located_aside(p, ts))


def _located_aside(p: Any, toks: Sequence[Any]) -> bool:
    """Whether «حيث» + a verb of lying (function_words located_verb) stands right before ``p``, or one word (a
    head such as «هضبة»، «محافظة») before it."""
    k, verbs = p.tok_start, words("located_verb")
    for j in (k - 1, k - 2):
        if j >= 1 and toks[j].norm in verbs:
            return toks[j - 1].norm == "حيث"
    return False


def _excepted(p: Any, toks: Sequence[Any]) -> bool:
    """Whether ``p`` comes right after a word of exception (function_words exception: إلا، باستثناء، عدا): the
    place the act left out, not where it happened. One token look-up."""
    k = p.tok_start
    return k > 0 and toks[k - 1].norm in words("exception")


def _across_border(p: Any, toks: Sequence[Any]) -> bool:
    """Whether ``p`` is the land across a border the act is on ("القريبة من الحدود السورية مع لواء إسكندرون"،
    "على الحدود الإدارية مع محافظة دير الزور"): after "مع" (function_words border_with), one token between at most,
    with a border word (border_word) up to three tokens before it. The act is on this side."""
    k, heads = p.tok_start, words("border_with")
    for j in range(k - 1, max(-1, k - 3), -1):
        if toks[j].norm in heads:
            borders = words("border_word")
            return any(toks[i].norm in borders for i in range(max(0, j - 3), j))
    return False


BORDER_SIDE = "place-border-side-73400"  # rule id: "قرب الحدود مع العراق" told by an Iranian force is in Iran


def border_side(geocoder: Geocoder, place: Any, sentence: Sequence[Any], toks: Sequence[Any],
                sides: Sequence[Any]) -> Any:
    """The act's country as a place when its place stands in the land across a border the sentence names ("في منطقة
    كردية قرب الحدود مع العراق", "الحدود الشمالية للمملكة مع سوريا") and a state force of a country bordering that
    land is a side of it: the act is on that force's side of the border, not in the neighbour named after «مع». The
    place is then country-wide: taken from another sentence ("place-context") or the country itself («غرب البلاد»,
    read as the neighbour when it is the only country named). None otherwise. Runs only on a place of precision 3
    or from the context; a few token look-ups a place of the sentence (g101v)."""
    if place is None or not place.country:
        return None
    across = next((p for p in sentence if p.kind == "country" and p.country == place.country
                   and _across_border(p, toks)), None)
    x_iso = iso2_by_country().get(place.country) if across is not None else None
    if x_iso is None:
        return None
    for actor in sides:
        if actor is not None and actor.kind == "state" and actor.country and actor.country != place.country \
                and x_iso in neighbours(iso2_by_country().get(actor.country, "")):
            return geocoder.named_country(place, actor.country)
    return None


def _without_listed_with(places: Sequence[Any], toks: Sequence[Any],
                         dropped: Callable[[Any, Sequence[Any]], Any]) -> list[Any]:
    """``places`` less those ``dropped`` picks and the places listed right after one of them ("X وY")."""
    out, prev_ref = [], None
    links = words("list_link")
    for p in places:
        listed = prev_ref is not None and all(x.norm in links for x in toks[prev_ref.tok_end:p.tok_start]) \
            and "و" in p.proclitic
        if dropped(p, toks) or listed:
            prev_ref = p
            continue
        prev_ref = None
        out.append(p)
    return out


def destinations(toks: Sequence[Any], a: int, places: Sequence[Any], window: int = DEPARTURE_WINDOW) -> dict[int, int]:
    """The ids (and first tokens) of the places where a move told in the sentence goes ("اتفاق لإجلاء المقاتلين إلى
    إدلب في شمال سوريا", "خروج الحافلات باتجاه جرابلس"): a place after a destination word with a word of leaving
    (function_words departure) a few tokens before it, and the places after it in its clause. People leave from
    where the happening is; where they go is no place of the move or of what is told before it in the sentence
    ("غادر الفريق دمشق متوجها إلى دوما، حيث موقع الهجوم": the attack told after it is at Douma)."""
    dests = _destination_words()  # in_words as one look-up
    # most sentences hold no destination word before any of their places, and then none is a destination
    if not places or not _holds_any(toks, a, max(map(_TOK_START, places)), dests):
        return {}
    out: dict[int, int] = {}
    last, breaks, leave, arrive = None, _breaks(), words("departure"), words("arrival")
    for p in places:
        k = p.tok_start
        if last is not None and last <= k and not any(toks[j].norm in breaks for j in range(last, k)):
            out[id(p)] = k  # "إلى إدلب في شمال سوريا": the destination's container
            last = p.tok_end
            continue
        last = None
        if k <= a or toks[k - 1].norm not in dests:
            continue
        # the word of leaving nearest before, with no word of arriving after it ("حافلات الإجلاء بدأت الدخول إلى دوما")
        if _nearest_move(toks, k, a, window, leave, arrive) is leave:
            out[id(p)] = k
            last = p.tok_end
    return out


def _nearest_move(toks: Sequence[Any], k: int, lo: int, window: int, leave: frozenset[str],
                  arrive: frozenset[str]) -> frozenset[str] | None:
    """Of a destination word right before token ``k``: the word group (``leave``: function_words departure, or
    ``arrive``: arrival) of the nearest word of moving before it, at most ``window`` tokens back and after token
    ``lo``; None when there is none (destinations, arrived_after)."""
    for j in range(k - 2, max(lo, k - 1 - window) - 1, -1):
        norm = toks[j].norm
        if _form_in_keys(norm, leave):
            return leave
        if _form_in_keys(norm, arrive):
            return arrive
    return None


@lru_cache(maxsize=1)
def _breaks() -> frozenset[str]:
    """The clause breaks, after a conjunction too: where a destination's clause ends."""
    return with_conjunctions(words("clause_break"))


@lru_cache(maxsize=1)
def _place_splits() -> frozenset[str]:
    """The words opening another clause for a taking's or a battle's place (function_words place_split, with "و")."""
    return with_conjunctions(words("place_split"))


def _after_split(t: Match, places: list[Any], toks: Sequence[Any]) -> list[Any]:
    """"سيطر الجيش على دوما، فيما اشتبكت الفصائل مع القوات في حرستا": the places before the last split word ahead of
    the trigger belong to the earlier clause, when a resolved place follows that word. Scans only the tokens from the
    end of the first resolved place before the trigger to the trigger, and only when such a place exists."""
    first = next((p for p in places if p.resolved and p.tok_end <= t.start_tok), None)
    if first is None:
        return places
    splits = _place_splits()
    cut = next((k for k in range(t.start_tok - 1, first.tok_end - 1, -1) if toks[k].norm in splits), -1)
    if cut < 0 or not any(p.resolved and p.tok_start > cut and _same_clause(t, p, toks) for p in places):
        return places
    return [p for p in places if p.tok_start > cut]


def _same_clause(t: Match, p: Any, toks: Sequence[Any]) -> bool:
    """Whether place ``p`` (after a split word) is in trigger ``t``'s clause: before it, or after it with no clause
    break between ("إخراج المقاتلين من المنطقة، وهو ما يبرز تناقضا بين روايتي دمشق": Damascus is another clause's)."""
    if p.tok_start < t.start_tok:
        return True
    breaks = _breaks()
    return not any(toks[k].norm in breaks for k in range(t.end_tok, p.tok_start))


def own_clause(t: Match, places: list[Any], toks: Sequence[Any]) -> list[Any]:
    """"غادر المسلحون المنطقة في الغوطة الشرقية في وقت تحدثت الأخبار عن حشود حول مدينة دوما": the places after a
    word opening another clause (function_words place_split: بينما، فيما، في حين، في وقت) are that clause's, not the
    act's, when the act's own clause names a resolved place after its trigger before that word; ``places``
    otherwise. Scans only the tokens from the first such place to the last, and only when two resolved places follow
    the trigger ("كما" goes on with the same act and is no split). The reverse too (g79b): a trigger standing after
    such a word takes a place of its own clause when that clause names one, not the earlier clause's."""
    places = _after_split(t, places, toks)
    after = [p for p in places if p.resolved and p.tok_start >= t.end_tok]
    if len(after) < 2:
        return places
    splits = _place_splits()
    end = next((k for k in range(after[0].tok_end, after[-1].tok_start) if toks[k].norm in splits), -1)
    if end < 0:
        return places
    return [p for p in places if p.tok_start < end]


ORIGIN = "place-origin-54200"  # rule id: a place someone came from ("تعزيزات قادمة من الرقة") is not the act's
ORIGIN_WINDOW = 2  # tokens back from "من" to the word of coming ("قادمة من"، "آتية من")
ORIGIN_REACH: Final = 3 + LAUNCH_PHRASE + ORIGIN_WINDOW  # tokens back from a place to a word of coming ("قادمة من مناطق سيطرتها في")


def origin_site(p: Any, toks: Sequence[Any], a: int) -> bool:
    """Whether ``p`` is where people or craft came from ("وصلت تعزيزات قادمة من مناطق سيطرتها في مدينة الرقة إلى
    الضفاف الشرقية لنهر الفرات"): a launch site's shape (after "من", or after "في" inside the "من" phrase) with a
    word of coming (function_words origin) right before "من". Runs for every type, so it first looks for a word of
    coming in the few tokens before the place (set look-ups): most places have none and pay no more."""
    k = p.tok_start
    # a plain loop over the table's word memo (a dict look-up per token), not a generator calling form_in_keys per
    # token: it runs for every place of every frame (~150,000 tokens over the corpus)
    memo = _keys_memo(words("origin"))
    for i in range(max(a, k - ORIGIN_REACH), k):
        if memo[toks[i].norm]:
            return launch_site(p, toks, a, ORIGIN_WINDOW, "origin")
    return False


REPORTER_SEAT = "place-reporter-seat-55700"  # rule id: "وفق ما ذكر مراسل سكاي نيوز في القدس": where the reporter or
# the speaker was is no place of the act, when the sentence names another
REPORTER_REACH = 6  # tokens back from "في" to the reporter's or the speech's word, quotes counted ("مراسل \"سكاي نيوز عربية\" في")


def reporter_seat(p: Any, toks: Sequence[Any], a: int, key: str = "seat_in") -> bool:
    """Whether ``p`` follows "في" (the function_words ``key`` words) right after a reporter's or a speech's word
    (function_words reporter_seat: "مراسل"، "مؤتمر صحفي"، "مخاطبا"): where the news was told from. One token look-up
    for most places (the word before them is no "في"); only then a few set look-ups back."""
    k = p.tok_start
    if k < 1 or toks[k - 1].norm not in words(key) or p.proclitic:
        return False
    seat = words("reporter_seat")
    return any(toks[i].norm in seat for i in range(max(a, k - 1 - REPORTER_REACH), k - 1))


REPORTER_FROM = "place-reporter-from-75500"  # rule id: "قال مراسلنا من إسطنبول إن ..."، "في رسالة صوتية لرويترز من
# إسطنبول": a city «من» after a reporter's or a message's word is where the news was sent from, never the act's place,
# even when the sentence names no other: the act then stands at the context place (g102v)


def reporter_from(p: Any, toks: Sequence[Any], a: int) -> bool:
    """Whether ``p`` follows "من" (function_words seat_from) right after a reporter's or a message's word: unlike
    "مراسلنا في دوما" (a reporter in the struck town is often where the act was), "مراسلنا من إسطنبول" tells the news
    came from elsewhere. The same look-ups as reporter_seat."""
    return reporter_seat(p, toks, a, "seat_from")


OFFICE_SEAT = "place-office-seat-74203"  # rule id: "قال مدعي عام باريس إن": a prosecutor's seat is no place of the act


def office_seat(p: Any, toks: Sequence[Any]) -> bool:
    """Whether ``p`` is the seat of a prosecutor's office (function_words office_title, office_general: "مدعي عام
    باريس"، "المدعي العام في X"، "نيابة X"): the office's jurisdiction, not where the act it reports on took place
    (g102h). At most three token look-ups."""
    k = p.tok_start
    if k < 1:
        return False
    titles, general = words("office_title"), words("office_general")
    j = k - 1
    if toks[j].norm == "في" and not p.proclitic:
        j -= 1
    if j >= 1 and toks[j].norm in general:
        j -= 1
    return j >= 0 and toks[j].norm in titles


TELLER_SEAT = "place-teller-seat-75801"  # rule id: "وقالت مديرية صحة إدلب إن الغارات ...": a health directorate's
# seat is the office that counts the dead, not where the act it reports took place: never the act's place, never the
# context of later sentences; when the sentence names no other place the act takes the context place, else the seat's
# province (g103d)


def teller_seat(p: Any, toks: Sequence[Any]) -> bool:
    """Whether ``p`` names the seat of an office that tells tolls (function_words teller_office, teller_head: «مديرية
    صحة إدلب»، «مديرة صحة حماة»، «مدير الصحة في X»، «دائرة صحة كركوك»): the province whose directorate speaks, not
    the town struck. At most three token look-ups."""
    k = p.tok_start
    if k < 2:
        return False
    j = k - 1
    if toks[j].norm in L.words("seat_in") and not p.proclitic:
        j -= 1
    return j >= 1 and toks[j].norm in L.words("teller_office") and toks[j - 1].norm in L.words("teller_head")


SETTING_CLAUSE = "place-setting-clause-58400"  # rule id: "قتل متظاهر في الديوانية ... وذلك خلال تظاهرات ... وفي
# العاصمة بغداد": a place of a setting clause opened after the act is no place of the act, when the sentence names another
SETTING_REACH = 12  # tokens back from a place to the «وذلك» opening its clause ("وذلك خلال تظاهرات اجتاحت محافظات في
# جنوب البلاد، وفي العاصمة بغداد")


def setting_clause(p: Any, toks: Sequence[Any], e: int) -> bool:
    """Whether ``p`` is told after the act's trigger (ending at token ``e``) in a clause that «وذلك» opens with a word of
    occasion right after it (function_words setting_open, setting_during: «وذلك خلال»، «وذلك أثناء»): the wider happening
    the act took place during, not where it was. «وذلك في قصف على X» is left alone: «في» there tells the act's own means
    and place. Places before the trigger end cost one comparison; a later place at most SETTING_REACH set look-ups back,
    never past the trigger."""
    k = p.tok_start
    if k <= e:
        return False
    opens, during = words("setting_open"), words("setting_during")
    return any(toks[i].norm in opens and toks[i + 1].norm in during for i in range(max(e, k - SETTING_REACH), k - 1))


OWN_COUNTRY = "place-own-country-126510"  # rule id: "القصف الإسرائيلي لأهداف في سوريا مع تحليق ... فوق مناطق في جنوب
# لبنان": the country an act is told in right after its trigger is its place; a town or region of another country told
# after it is another happening's, not a finer place of this one (g109i)
OWN_COUNTRY_GAP = 5  # words at most between the trigger and "في <country>" ("القصف الإسرائيلي على مواقع في سوريا")


def abroad_after_country(t: Match, near: Sequence[Any], toks: Sequence[Any]) -> set[int]:
    """The places of ``near`` in another country than the one the act is told in right after its trigger (within
    OWN_COUNTRY_GAP words, after «في»/«داخل»: function_words country_in), told after that country. Empty for most
    frames: a scan of ``near`` for a country mention, then one token look-up."""
    home = next((p for p in near if p.kind == "country" and p.resolved and p.country
                 and 0 <= p.tok_start - t.end_tok <= OWN_COUNTRY_GAP), None)
    if home is None:
        return set()
    k = home.tok_start
    if not (k > 0 and not home.proclitic and toks[k - 1].norm in words("country_in")):
        return set()
    return {id(p) for p in near if p.resolved and p.kind != "country" and p.tok_start >= home.tok_end
            and p.country and p.country != home.country}


ADVANCE_TARGET = "place-advance-target-55950"  # rule id: "تقدمت القوات باتجاه حرستا وسيطرت على أوتايا": where
# forces head is no place of the fighting or the taking, when the sentence names another
ADVANCE_REACH = 12  # tokens back from the word of direction to the word of advancing ("تقدمت على أكثر من اتجاه
# وطهرت العديد من المزارع والبلدات باتجاه")


def advance_target(p: Any, toks: Sequence[Any], a: int) -> bool:
    """Whether ``p`` is where forces advance to, not where they fight: right after a word of direction (function_words
    advance_toward: باتجاه، نحو) a word of advancing (advance: تقدم، يتقدم، التقدم ...) a few tokens before with no
    clause break between. One look-up for most places (the word before them is no such word); only then a few."""
    k = p.tok_start
    if k - 1 <= a or p.proclitic:
        return False
    if toks[k - 1].norm not in words("advance_toward"):
        return False
    return _word_back_in_clause(toks, k - 1, max(a, k - 2 - ADVANCE_REACH), words("advance"), _breaks(), stems=True)


ADVANCE_LIST_GAP = 3  # tokens between two heads of one advance ("باتجاه حرستا (غرب) ودوما")


def advance_targets(near: Sequence[Any], toks: Sequence[Any], a: int, gone: set[int]) -> set[int]:
    """The ids of the places of ``near`` forces advance to (``advance_target``), with a place joined by "و" right
    after one of them ("باتجاه حرستا (غرب) ودوما": both are where they head), only brackets, commas or a compass word
    (function_words compass_side) between."""
    out: set[int] = set()
    last = None
    for p in near:
        if id(p) in gone:
            continue
        if advance_target(p, toks, a) or (last is not None and _joined_after(last, p, toks)):
            out.add(id(p))
            last = p
        else:
            last = None
    return out


def _joined_after(q: Any, p: Any, toks: Sequence[Any]) -> bool:
    """Whether place ``p`` is joined by "و" right after place ``q``, only brackets, commas or a compass word between."""
    if not p.proclitic.startswith("و") or not 0 <= p.tok_start - q.tok_end <= ADVANCE_LIST_GAP:
        return False
    sides = words("compass_side")
    return all(toks[k].punct or toks[k].norm in sides for k in range(q.tok_end, p.tok_start))


ARRIVAL_ORIGIN = "place-arrival-origin-54700"  # rule id: "وصلت تعزيزات من X إلى Y": X is where they came from
ARRIVAL_REACH = 8  # words back from "من" to the word of arriving or sending, commas not counted ("وصلت تعزيزات عسكرية
# جديدة لقوات سوريا الديمقراطية، الأحد، من")
ARRIVAL_AHEAD = 3  # tokens from the end of the origin to the destination word ("من ريف الحسكة الجنوبي إلى")


def arrival_origin(p: Any, toks: Sequence[Any], a: int) -> bool:
    """Whether ``p`` is where forces that arrive or are sent set out from, told with no word of coming ("وصلت
    تعزيزات من ريف الحسكة إلى جبهات دير الزور"، "أرسل الجيش تعزيزات من حمص باتجاه حماة"): right after "من", a word
    of arriving or sending (function_words arrival, sending) a few tokens before "من" with no clause break between,
    and a destination word (إلى، باتجاه، نحو) a few tokens after the place. The arrival is at the destination.
    The caller leaves out moves of people out of a place (evacuations), which stand where they left from."""
    k = p.tok_start
    if k - 1 <= a or toks[k - 1].norm not in words("launch_from"):
        return False  # most places: no "من" right before, a single look-up
    dests = words("destination")
    if not any(toks[j].norm in dests for j in range(p.tok_end, min(len(toks), p.tok_end + ARRIVAL_AHEAD + 1))):
        return False
    moves, sends, breaks, commas = words("arrival"), words("sending"), _breaks(), words("aside_comma")
    left = ARRIVAL_REACH
    for j in range(k - 2, a - 1, -1):
        w = toks[j].norm
        if w in commas:
            continue  # "وصلت تعزيزات، الأحد، من": the commas around a date or an aside break no clause here
        if w in breaks or left == 0:
            return False
        if _form_in_keys(w, moves) or _form_in_keys(w, sends):
            return True
        left -= 1
    return False


@lru_cache(maxsize=1)
def _destination_words() -> frozenset[str]:
    """The destination words («إلى»، «نحو»), after a conjunction too."""
    return with_conjunctions(L.words("destination"))


ARRIVAL_DEAL = "place-arrival-deal-75800"  # rule id: "المقاتلون الذين غادروا X في إطار اتفاق ... وصلوا إلى Y": where
# people who left under a deal arrived, told after the deal, is no place of the deal when the sentence names another


def arrived_after(p: Any, toks: Sequence[Any], e: int, window: int = DEPARTURE_WINDOW) -> bool:
    """Whether ``p`` follows a destination word (function_words destination: «إلى»، «نحو») whose nearest word of
    moving before it is a word of arriving (function_words arrival: «وصلوا»، «دخلت»), both told after token ``e`` (the
    end of a deal's trigger): «... في إطار اتفاق ... وصلوا السبت إلى مدينة إدلب». ``destinations`` leaves such places
    alone (a crowd or a force entering a town is there); a deal told before them was made where they came from.
    Places before ``e`` cost one comparison; a later place one set look-up, then at most ``window`` back."""
    k = p.tok_start
    if k <= e + 1 or toks[k - 1].norm not in _destination_words():
        return False
    arrive = L.words("arrival")
    return _nearest_move(toks, k, e, window, L.words("departure"), arrive) is arrive


def launch_site(p: Any, toks: Sequence[Any], a: int, window: int = LAUNCH_WINDOW, key: str = "launch") -> bool:
    """Whether ``p`` is where a projectile was fired from ("أطلقت صواريخ من الأراضي اللبنانية على المطار",
    "صواريخ انطلقت من منطقة التنف"): after "من" (function_words launch_from), a word of launching a few tokens
    before it. The act of a strike or a shelling is where it lands."""
    k = p.tok_start
    if k - 1 <= a:
        return False
    if toks[k - 1].norm in words("launch_from"):
        return _launched_before(toks, k - 1, a, window, key)
    # one word of terrain or inside between "من/عبر" and the site ("أطلق عبر مرتفعات الجولان"، "من داخل سوريا")
    if k - 2 > a and toks[k - 1].norm in words("launch_gap") and toks[k - 2].norm in words("launch_from"):
        return _launched_before(toks, k - 2, a, window, key)
    if toks[k - 1].norm not in words("launch_in"):
        return False
    if _platform_before(toks, k - 1, a):
        return True
    # "أطلقت صواريخ من سفن أمريكية في البحر الأحمر": the site told inside the "من" phrase, before any target word
    for j in range(k - 2, max(a, k - 2 - LAUNCH_PHRASE), -1):
        if toks[j].norm in words("launch_stop"):
            return False
        if toks[j].norm in words("launch_from"):
            return _launched_before(toks, j, a, window, key)
    return False


OVER_AFTER_ORIGIN = "place-over-63800"  # rule id: «من X فوق Y»: Y is where the craft was, not a launch site


def over_after_origin(p: Any, near: Sequence[Any], toks: Sequence[Any], a: int) -> bool:
    """Whether ``p`` is told «فوق» (function_words launch_over) right after a launch origin that is itself a place
    ("صاروخين أطلقتهما الفصائل من قطاع غزة فوق مدينة عسقلان"): the origin named, «فوق» says where the craft was when
    it was stopped or fell. ``launch_site`` reads launch_in «في/فوق» inside a «من» phrase as the site ("من سفن في
    البحر الأحمر"، "من طائرات فوق لبنان"), right when the «من» object is a craft; here it is a place. One look-up for
    most places; only then one pass over the sentence's places."""
    k = p.tok_start
    if k - 2 <= a or toks[k - 1].norm not in words("launch_over"):
        return False
    return any(q is not p and q.resolved and q.tok_end == k - 1 and q.tok_start - 1 >= a
               and toks[q.tok_start - 1].norm in words("launch_from") for q in near)


AGENT_HOME = "place-agent-home-15000"  # rule id: the place named after a strike's agent is the agent's, not the act's
AGENT_VERB_GAP = 3  # tokens from the end of a strike word to the verb of its relative clause ("قصف صاروخي نفذته")


def agent_home(p: Any, toks: Sequence[Any], t: Any, actors: Sequence[Any]) -> bool:
    """Whether ``p`` names where the agent of strike ``t`` is, told in a relative clause after it ("جراء قصف نفذته
    فصائل معارضة في الغوطة"، "قذائف أطلقتها فصائل مسلحة شرقي الغوطة"): a verb of carrying out or launching with the
    strike as its object (function_words agent_verb) right after the strike word, then an actor, then the place
    right after the actor (bare, after في/من, or as a direction of it). Such a place is where the shells came from;
    the act is where they fell, which the sentence names elsewhere."""
    if p.tok_start < t.end_tok or acting_state(p, toks):
        return False  # a state named bare after the agent is another agent ("شنتها الولايات المتحدة وفرنسا")
    verbs = words("agent_verb")
    verb = next((i for i in range(t.end_tok, min(p.tok_start, t.end_tok + AGENT_VERB_GAP))
                 if _form_in_keys(toks[i].norm, verbs)), None)
    if verb is None:
        return False
    joins = words("launch_in") | words("launch_from")
    for m in actors:
        # the actor opens right after the verb and the place follows it, with one locative word between at most
        if not verb < m.tok_start <= verb + 2 or m.tok_end > p.tok_start:
            continue
        gap = [toks[i].norm for i in range(m.tok_end, p.tok_start)]
        if not gap or (len(gap) == 1 and gap[0] in joins):
            return True
    return False


def _platform_before(toks: Sequence[Any], j: int, a: int, window: int = PLATFORM_WINDOW) -> bool:
    """Whether a warship or other launch platform (function_words launch_platform) is named a few tokens before the
    "في" at ``j``, with no target word between ("بارجة واحدة على الأقل في البحر الأحمر شاركت في الضربات"، "المدمرة
    لابوون المتمركزة في البحر المتوسط"): the sea told is where the platform stood, not where its missiles fell.
    "على الأقل" is a hedge, not a target word."""
    platforms, stops = words("launch_platform"), words("launch_stop")
    for i in range(j - 1, max(a - 1, j - 1 - window), -1):
        w = toks[i].norm
        if in_words(w, platforms):
            return True
        if w in stops and not (i + 1 < j and toks[i + 1].norm in words("hedge_least")):
            return False
    return False


def _launched_before(toks: Sequence[Any], j: int, a: int, window: int, key: str = "launch") -> bool:
    """Whether a word of launching (or of coming, with key "origin") stands a few tokens before the "من" at ``j``.
    A launch word further back (up to LAUNCH_AGENT_REACH) counts too when nothing between it and "من" is a target
    word or a clause break: the gap is the launching side and the projectile ("أطلقت الفصائل الفلسطينية قذائف
    صاروخية من قطاع غزة باتجاه ..."), not "أطلقت قذائف على مواقع بالقرب من X" where X is near the target (g98ww)."""
    words = L.words(key)
    if any(_form_in_keys(toks[i].norm, words) for i in range(max(a, j - window), j)):
        return True
    if key != "launch":
        return False
    stops, breaks = L.words("launch_stop"), _breaks()
    for i in range(j - window - 1, max(a, j - LAUNCH_AGENT_REACH) - 1, -1):
        w = toks[i].norm
        if _form_in_keys(w, words):
            return not any(toks[k].norm in stops or toks[k].norm in breaks for k in range(i + 1, j))
    return False


def reason_places(t: Any, places: Sequence[Any], toks: Sequence[Any], triggers: Sequence[Any], b: int,
                   reason_at: Sequence[int], bare: bool = False) -> set[int]:
    """The ids of the places told in a reason clause after trigger ``t`` ("غارات جوية ردا على هجوم كيماوي على
    مدينة دوما"): after a word of reason (function_words reason_head, at ``reason_at`` in the sentence) that opens
    another happening (a trigger after it), up to the end of its clause. They are that happening's place, not the act's.
    With ``bare`` (a word of reason proper: ردا، انتقاما، ثأرا) the clause needs no trigger of its own: what is
    answered is another happening even when told by words that are no trigger ("ردا على الهجمات الكيميائية
    المفترضة في دوما", a plural the trigger table leaves out); then, when the act's own place is told between it and
    the word of reason, the answered happening's places run to the end of the sentence."""
    r = next((k for k in reason_at if k >= t.end_tok), None)
    if r is None:
        return set()
    reasons, breaks = with_conjunctions(words("reason_head")), _breaks()
    other = next((u.start_tok for u in triggers if u.start_tok > r), None)
    if other is None:
        if not bare:
            return set()
        other = r
    if bare and any(t.end_tok <= p.tok_start < r for p in places):
        # "ضربت ... أهدافا في سوريا، ردا على إطلاق صواريخ ...، وبتوجيه من ...، ضد مواقع في هضبة الجولان": an act
        # whose own place is told before the word of reason has it; every place after that word is the answered
        # happening's or an aside's, past the commas of its clause (g110p)
        return {id(p) for p in places if other < p.tok_start < b}
    end = next((k for k in range(other, b) if toks[k].norm in breaks and toks[k].norm not in reasons), b)
    return {id(p) for p in places if other < p.tok_start < end}


SLOGAN = "place-slogan-53000"  # rule id: places told in a rally's slogan ("احتجاجا على ... في X") left for another


@lru_cache(maxsize=1)
def _slogan_heads() -> frozenset[str]:
    """Words opening a rally's slogan (function_words slogan_head, with "و")."""
    return with_conjunctions(words("slogan_head"))


@lru_cache(maxsize=1)
def _slogan_on() -> tuple[frozenset[str], frozenset[str]]:
    """Protest nouns opening a slogan (function_words slogan_noun) when a word of slogan_on ("على") follows them."""
    return with_conjunctions(words("slogan_noun")), words("slogan_on")


def slogan_places(t: Match, places: Sequence[Any], toks: Sequence[Any], b: int) -> set[int]:
    """The ids of the places told in a gathering's slogan, after trigger ``t``: from a word of protest or support
    ("احتجاجا على"، "رفضا ل"، "تضامنا مع"، "تظاهرة احتجاج على") to the end of its clause ("تظاهرة في برلين احتجاجا
    على الهجوم على عفرين": Afrin is what the rally is about, Berlin where it is). Runs for gathering triggers only:
    one set look-up per token from the trigger to the first such word."""
    heads, (nouns, on) = _slogan_heads(), _slogan_on()
    r = next((k for k in range(t.end_tok, b) if toks[k].norm in heads
              or (toks[k].norm in nouns and k + 1 < b and toks[k + 1].norm in on)), None)
    if r is None:
        return set()
    # the slogan's clause runs over commas that open an aside ("على وحدات الحماية، الذراع العسكرية للحزب، في منطقة
    # عفرين"); a comma before "و" or another break ends it ("احتجاجا على الفساد، وفي البصرة خرج ...")
    breaks = _breaks()
    end = next((k for k in range(r + 1, b) if toks[k].norm in breaks and (toks[k].norm not in COMMAS or (
        k + 1 < b and toks[k + 1].norm.startswith("و")))), b)
    return {id(p) for p in places if r < p.tok_start < end}


def seat_abroad(p: Any, speakers: set[int], home: Any) -> bool:
    """Whether ``p``, a capital or a country, is told in the speaker's clause, before "إن/أن" ("في باريس، قال الرئيس
    الفرنسي إن"), and lies in another country than the document's place: where the statement was made, not what
    it reports. A place at home in that clause ("قال ناشطون في دوما إن") may well be the happening's."""
    return p.tok_start in speakers and _state_name(p) and p.country is not None and home.country is not None \
        and p.country != home.country


def exactness(p: Any) -> int:
    """How exactly a place tells where: its geo precision, but a named base or camp is as exact as a town
    (its precision 2 says the gazetteer point is the site's, not a street's): "إخلاء قاعدة طرطوس ... هجوم على
    مدينة دوما", "استهدفت مطار التيفور بين حمص وتدمر" stand at the base, not at the town told after it. A site
    the gazetteer lacks stands at its province's point: no more exact than its precision says."""
    return 1 if p.kind in _SITE_KINDS and p.gazetteer_id else (p.geo_precision or 3)


def _state_name(p: Any) -> bool:
    """A country or a national capital: names that also stand for a state."""
    return p.kind == "country" or (p.kind == "city" and any(
        c.gid == p.gazetteer_id and c.fcode == "P.PPLC" for c in p.candidates))


def acting_state(p: Any, toks: Sequence[Any]) -> bool:
    """A country or a national capital named bare, without a locative word, a naming word or a
    direction ("هددت فرنسا", "الموالية لدمشق", "أعلنت عنه دمشق", "واشنطن وباريس ولندن"): the state
    acting, not the place of what happened ("في دمشق", "بدمشق", "العاصمة دمشق", "جنوب دمشق", "شهدت دمشق" are places)."""
    if not _state_name(p):
        return False
    k = p.tok_start
    return not (p.modifiers or p.proclitic.endswith("ب")
                or (k > 0 and (toks[k - 1].norm in words("locative") or toks[k - 1].norm in words("witness_verb")))
                # "العاصمة السورية دمشق", "للعاصمة، دمشق": the capital named as a place
                or any(_is_capital_word(toks[j].norm) for j in range(max(0, k - 3), k)))


OWNED_COUNTRY = "place-owned-country-146501"  # rule id: a strike on a state's own positions, no town told, is in its country
OWNED_COUNTRY_WINDOW = 10  # tokens after a strike word where the positions it hit may be told (past its agents)


def owned_country(toks: Sequence[Any], t: Match, b: int, adjectives: Sequence[Any]) -> str | None:
    """The home country of a state whose nisba qualifies the positions a strike hit, told after its trigger
    (function_words country_positions, one qualifying word allowed: «ضد منشآت حكومية سورية»، «على مناطق سورية»،
    «لمواقع عسكرية سورية»); None otherwise. With no town of the strike's own, such positions lie in that country,
    not at a town another sentence told (g112a)."""
    nouns = words("country_positions")
    stop = words("not_qualifier")
    for m in adjectives:
        v = m.value
        if getattr(v, "kind", "") != "state" or not v.country \
                or not t.end_tok < m.tok_start < min(b, t.end_tok + OWNED_COUNTRY_WINDOW):
            continue
        for k in range(m.tok_start - 1, max(t.end_tok, m.tok_start - 3) - 1, -1):
            w = toks[k]
            if w.punct or w.norm in stop:
                break
            if w.norm in nouns or not nouns.isdisjoint(proclitic_stems(w.norm)):
                return str(v.country)
    return None


def listed_places(t: Match, first: Any, places: Sequence[Any], containers: Mapping[int, Any], toks) -> list[Any]:
    """Other towns the trigger reaches in a list ("قصف بلدات X وY وZ"): one event each.

    Only places after the trigger, linked to the first by "و"/"،" alone, of the same
    precision, and not the container of another ("في ريف درعا" is where, not whom).
    """
    if first is None:
        return []
    if first.tok_start < t.end_tok:
        return _listed_before(first, places, toks)
    if _after_between(toks, first.tok_start):
        return []  # "الواقع بين مدينة X وقرية Y": one site between two towns
    out = _unlisted_before(t, first, places, toks)
    prev = first
    # "قرب بلدات X وY": X is read near (precision 2), the towns after it bare (1); they are one list all the same
    near = first.geo_precision == 2 and near_list_head(first, toks)
    for p in places:
        if p.tok_start <= prev.tok_start or not p.resolved or id(p) in containers:
            continue
        gap = _without_asides([x.norm for x in toks[prev.tok_end:p.tok_start]])
        if gap is None:
            continue  # a place inside an aside in brackets: the member's container
        # unknown list members ("وكحيل") may stand between known ones
        links = words("list_link")
        gap = _past_region(gap)
        # "وعين ترما و جوبر": a "و" written apart links as one joined to the name does
        linked = _list_gap(gap, links) and ("و" in p.proclitic or "،" in gap or "," in gap or "و" in gap)
        if linked and _second_site(t, p, first):
            out.append(p)
            prev = p
            continue
        # "... كما في مدينة X": one more place of the list
        also = linked or " ".join(g for g in gap if g not in links) in words("list_also") \
            or _side_then_also(gap, links)
        # the cheap tests first (a short gap, a strike): this runs for every later place, list members too
        how = _site_also(gap) if 0 < len(gap) <= SITE_GAP_MOST and _strike(t) and p.kind != "country" \
            and p.country == first.country and (p.gazetteer_id is None or p.gazetteer_id != first.gazetteer_id) \
            and not _holds(p, first) else None
        if how == "other" and getattr(t.payload, "sub_event_type", None) not in STATEMENT_KINDS:
            how = None  # "انفجارات قرب X وأخرى قرب Y": blasts heard, no strike statement naming its targets
        if how is not None and (not also or how == "other"):
            # "استهدفت مركزا في X ومستودعا قرب Y": a second site hit, at its own place (g70c); strikes only: "أسقطت
            # صواريخ استهدفت قاعدة في X وقاعدة أخرى في Y" is one interception, where the targets' place is no guide.
            # "موقعا في X، فضلا عن موقعين قرب Y"، "منشآت قرب X وأخرى غرب Y"، "مستودعا في X، ومطارا قرب Y": the same,
            # opened otherwise; the comma made the last a list of towns, whose kinds differ (g102e)
            out.append(p if how == "and-site" else _second_site_of(p))
            prev = p
            continue
        if not also:
            break
        # a town the gazetteer lacks sits at its province's point: a town all the same
        unlisted = p.gazetteer_id is None and (p.note or "").startswith("unresolved") and p.kind == "city"
        # a curated village, district or camp (places_extra, precision 1) is a place of the list like a GeoNames
        # town ("من جوبر وعربين وعين ترما"، "مخيم اليرموك وحي التضامن"), and so is a listed town the gazetteer
        # lacks, after a curated one ("بلدتي بصر الحرير ومليحة العطش")
        town = (_local_pair(p, first) or near and first.kind in _TOWN_KINDS and p.kind in _TOWN_KINDS) \
            and (p.geo_precision == 1 or unlisted)
        # "بلدة سقبا ومنطقة عربين": a known town named with "منطقة" (read at precision 2) is a town of the list (g66b)
        town = town or _town_area(p, first)
        # a namesake abroad in a list of local places is a misread town ("باب توما والعمارة": not Amarah, Iraq)
        abroad = town and p.country != first.country
        # "مدينة درعا وريفيها الشرقي والغربي": the town's own countryside (recognize, g109m) is a place of its list
        # a countryside read at the town's own point (no side told: "دمشق وريفها") is no other place of the list
        own = OWN_COUNTRYSIDE in p.modifiers and p.gazetteer_id is not None and p.gazetteer_id == first.gazetteer_id \
            and (p.latitude, p.longitude) != (first.latitude, first.longitude)
        # "في العاصمة دمشق، ومحافظات ريف دمشق والسويداء": the provinces of a list opened by «محافظات» after a town
        # are places of the town's list, each a province (g110g 133000)
        province = linked and p.kind == "admin1" and PROVINCE_MEMBER in p.modifiers and p.country == first.country
        # «أخلت قوات النظام مطاراتها العسكرية مثل التيفور والسين والضمير»: a town linked after a site in the list of
        # sites a side emptied (trigger_kinds sites_each) names the site at it, one more place of the list (g111b)
        province = province or linked and _site_list_town(t, p, first)
        if province or (p.kind == first.kind or town) and (p.geo_precision == first.geo_precision or unlisted or own
                                                           or near and p.geo_precision == 1 or _town_area(p, first)) \
                and not abroad:
            # read as exactly as the list's towns, or the merge joins it to the first town as a coarser mention
            out.append(_town_of_list(p, "area word") if _town_area(p, first) else p)
        prev = p
    return out


def _unlisted_town(p: Any) -> bool:
    """A town the gazetteer lacks, placed at the unit around it or near a town listed with it."""
    return p.gazetteer_id is None and (p.note or "").startswith("unresolved") and p.kind == "city" \
        and p.latitude is not None


def _unlisted_before(t: Match, first: Any, places: Sequence[Any], toks) -> list[Any]:
    """The towns the gazetteer lacks listed after the trigger before the place picked for it: «السيطرة على قريتي
    X وY», X placed only at its province and Y near a known town, picks Y as the more exact; X is a town of the list
    all the same (ACLED codes each village). Walking back from the pick through "و"/"،" links alone; in text order."""
    out: list[Any] = []
    nxt = first
    links = words("list_link")
    for p in sorted((p for p in places if t.end_tok <= p.tok_start and p.tok_end <= first.tok_start),
                    key=lambda p: -p.tok_start):
        gap = [x.norm for x in toks[p.tok_end:nxt.tok_start]]
        if not (_list_gap(gap, links) and ("و" in nxt.proclitic or "،" in gap or "," in gap or "و" in gap)):
            break
        if not _unlisted_town(p) or p.country != first.country:
            break
        out.append(p)
        nxt = p
    return out[::-1]


def _side_then_also(gap: list[str], links: Collection[str]) -> bool:
    """Whether the gap is a side adverb of the place before it and then a list_also opener ("سيطرتها على الطريق التي
    يربطها بحرستا غربا وعلى مدينة مسرابا": function_words side_adverb, g106a): the adverb tells where the first place
    lies, the «وعلى» still opens one more object of the act."""
    return len(gap) >= 2 and gap[0] in words("side_adverb") \
        and " ".join(g for g in gap[1:] if g not in links) in words("list_also")


def _past_region(gap: list[str]) -> list[str]:
    """The gap without a region of the country told first with "في" ("في حلب في الشمال، واللواء 47": function_words
    region_aside, g72c): an aside of orientation, which breaks no list. Two look-ups, on gaps that open with "في"."""
    if len(gap) >= 2 and gap[0] == "في" and gap[1] in words("region_aside"):
        return gap[2:]
    return gap


def _second_site(t: Match, p: Any, first: Any) -> bool:
    """Whether ``p``, linked by "و" to the strike's place, is a named site (base, camp) in the same country: a second
    target of the strike at its own point ("استهدف مطارا في حلب، واللواء 47 في حماة", g72c); the kind and precision
    check of the town list would drop it, a site's precision being 2."""
    return _strike(t) and "و" in p.proclitic and p.kind in _SITE_KINDS and p.gazetteer_id is not None \
        and p.country == first.country and p.gazetteer_id != first.gazetteer_id


def _site_also(gap: Sequence[str], most: int = SITE_GAP_MOST, tail: int = 3) -> str | None:
    """How the words between two places open a second object of the act at most ``tail`` words before the next
    place, holding no clause break but a comma right before that opening: the act reaches that object too, and it
    stands at the next place. "and-site" for "و" + a site noun ("استهدفت مركزا في برزة بالقرب من دمشق ومستودعا للجيش
    قرب حمص", g70c), "other" for the openings of ``_second_object`` (g102e); None for none. Runs for every later
    place of a strike, list members too (a list link may open "other": "، ومطارا"), on at most ``most`` words."""
    if not gap or len(gap) > most:
        return None
    found = _second_object(gap, tail)
    if found is None:
        return None
    at, how = found
    # "مستودعا في X، ومطارا قرب Y"، "في X، فضلا عن موقعين قرب Y": the comma closes the first object's phrase (g102e)
    breaks = words("clause_break")
    if any(g in breaks and not (i == at - 1 and g in COMMAS) for i, g in enumerate(gap)):
        return None
    return "other" if at and gap[at - 1] in COMMAS else how


def _site_word(w: str) -> bool:
    """Whether ``w`` is a site noun (function_words hit_site) bare, in the accusative ("موقعا") or as a dual
    ("موقعين"، "مطاران")."""
    sites = words("hit_site")
    return w in sites or w.endswith("ا") and w[:-1] in sites or w[-2:] in ("ين", "ان") and w[:-2] in sites


def _second_object(gap: Sequence[str], tail: int) -> tuple[int, str] | None:
    """The first word of a second object's opening among the last ``tail`` words of ``gap``, and its kind:
    - "and-site": "و" + a site noun ("ومستودعا"، "ومقرا"; g70c);
    - "other": an additive phrase before a site noun ("فضلا عن موقعين"، "بالإضافة إلى مستودع": function_words
      site_additive), "و" + a noun + "another/a second" ("ومناطق ثانية"، "وأهداف أخرى": site_other), or "another"
      joined to "و" with the noun left out ("منشآت قرب X وأخرى غرب Y") (g102e).
    At most ``tail`` look-ups of a few set reads each."""
    others, additive = words("site_other"), words("site_additive")
    n = len(gap)
    for j in range(max(0, n - tail), n):
        g = gap[j]
        if g.startswith("و") and _site_word(g[1:]):
            return j, "and-site"
        if g.startswith("و") and g[1:] in others:
            return j, "other"
        if g.startswith("و") and len(g) > 2 and j + 1 < n and gap[j + 1] in others:
            return j, "other"
        if j >= 2 and _site_word(g) and f"{gap[j - 2]} {gap[j - 1]}" in additive:
            return j - 2, "other"
    return None


def _holds(p: Any, first: Any) -> bool:
    """Whether ``p`` is a province, a countryside or a wider area of ``first``'s province, less exact than it ("غارات
    على دوما وبلدات أخرى في الغوطة الشرقية": the other towns lie around the first, no place of their own)."""
    wide = p.kind in ("admin1", "region") or any(k == "prefix" and m in ("rural", "province") for k, m in p.modifiers)
    # an area named as such ("الغوطة الشرقية"), not a town read coarser by a near or side word ("بالقرب من بلدة X")
    area = p.kind == "area" and exactness(p) > exactness(first) and not any(k == "compass" for k, _ in p.modifiers)
    return p.admin1 == first.admin1 and (wide or area)


def _second_site_of(p: Any) -> Any:
    """``p`` marked (SECOND_OBJECT) as the place of a second object of a strike opened by an additive phrase or an
    "another" word, so that its copy of the event cites SECOND_OBJECT_RULE (g102e)."""
    out = copy.copy(p)
    out.modifiers = tuple(p.modifiers) + (SECOND_OBJECT,)
    return out


def _town_area(p: Any, first: Any) -> bool:
    """Whether ``p`` is a known town named with "منطقة" ("ومنطقة عربين"), which reads it at precision 2, listed after
    a town of precision 1: the area word names the town's surroundings, one more town of the list (g66b)."""
    return p.geo_precision == 2 and ("prefix", "area") in p.modifiers and p.gazetteer_id is not None \
        and p.kind in _TOWN_KINDS and first.kind in _TOWN_KINDS and first.geo_precision == 1


def near_list_head(p: Any, toks: Sequence[Any]) -> bool:
    """Whether ``p`` opens a list of towns with a near or direction word before its plural or dual naming word
    ("قرب بلدات X وY وZ"، "قرب بلدتي X وY"): the word is read on the first name only (precision 2), yet it tells
    where each town of the list stands, so the bare names after it stay members of its list (g55b)."""
    if not p.modifiers or not any(k == "compass" for k, _ in p.modifiers):
        return False
    if ("prefix", "plural") in p.modifiers:
        return True
    duals = place_words().duals
    return any(toks[k].norm in duals for k in range(p.tok_start, p.tok_end))


def _town_of_list(head: Any, why: str = "near word") -> Any:
    """The list's first town read as exactly as the bare towns after it ("قرب بلدات X وY": X as Y, precision 1),
    so its event is one town's of the list, not a coarser mention that the merge would join to a happening at
    another town some km away."""
    out = copy.copy(head)
    out.geo_precision = 1
    out.note = f"{head.note or ''}; {why} read over its list (g55b)".lstrip("; ")
    return out


def one_act(toks, t: Match) -> bool:
    """Whether a type told once over a list of places (``one_place``) is one act there: its trigger is no plural
    ("اتفاق يقضي بإخراج المسلحين من X وY"، "المناطق التي تم التوصل لاتفاق بشأنها تشمل X وY" are one agreement;
    "اتفاقات لإخراج ... من X وY" are several, one per town)."""
    return not any(_form_in_keys(toks[k].norm, words("several_acts")) for k in range(t.start_tok, t.end_tok))

def _listed_before(last: Any, places: Sequence[Any], toks) -> list[Any]:
    """"مواقع في ريفي حماة وحلب تعرضت لعدوان": the place picked before the trigger is the last of a list; the
    places joined to it by "و"/"،" alone, of its kind and precision, are reached too; members the gazetteer
    lacks ("وتعرضت بلدات X وكحيل وY لغارات") or of another precision are passed over, as after the trigger."""
    out: list[Any] = []
    if last.tok_end < len(toks) and in_words(toks[last.tok_end].norm, words("relative")):
        return out  # "قاتل في تكريت والرمادي التي أصيب فيها بقذيفة": the clause tells of the last place only
    nxt = last
    links = words("list_link")
    for p in sorted((p for p in places if p.tok_end <= last.tok_start), key=lambda p: -p.tok_start):
        aside = _without_asides([x.norm for x in toks[p.tok_end:nxt.tok_start]])
        if aside is None:
            continue  # walking back, a place inside the brackets after a member: that member's container
        gap = aside
        if not (_list_gap(gap, links) and ("و" in nxt.proclitic or "،" in gap or "," in gap or "و" in gap)):
            break
        nxt = p
        if p.resolved and p.gazetteer_id is not None and p.geo_precision == last.geo_precision \
                and p.country == last.country and (p.kind == last.kind or _local_pair(p, last)):
            out.append(p)
    head = out[-1] if out else last
    if _after_between(toks, head.tok_start):
        return []  # "مطار التيفور الواقع بين مدينتي حمص وتدمر": one site between two towns
    return out[::-1]

def _joined(toks, left: Any, right: Any, links: frozenset[str]) -> bool:
    """Whether the place ``right`` follows ``left`` in a list: only list links ("و"/"،") between them, and "و" on
    ``right`` or a link word in the gap."""
    gap = [x.norm for x in toks[left.tok_end:right.tok_start]]
    return all(g in links for g in gap) and ("و" in right.proclitic or bool(gap))


def enumerated(t: Match, first: Any, places: Sequence[Any], toks, window: int = 12) -> list[Any]:
    """The towns enumerated after "بينها"/"منها" (recognition marks the first) soon after the trigger's
    place: the first and the places linked to it by "و"/"،" alone."""
    if first is None or first.tok_start < t.end_tok:
        return []
    links = words("list_link")
    out: list[Any] = []
    for p in places:
        if not out:
            # the trigger's place may open the list itself when what was told before it is less exact ("قرى في
            # محيط مدينة درعا، منها X وY": X was picked over the surroundings) (g93e)
            if p.opens_list and (p is first or first.tok_end <= p.tok_start <= first.tok_end + window) and p.resolved \
                    and p.kind in _TOWN_KINDS:
                out.append(p)
            continue
        if not _joined(toks, out[-1], p, links):
            break
        if p.resolved and p.kind in _TOWN_KINDS:
            out.append(p)
    return out

def retold_place(toks, a: int, b: int, places: Sequence[Any], frames: Sequence[Frame], window: int = 8,
                 dates: Sequence[Any] = ()) -> None:
    """"وأكد المسؤول أن الهجوم وقع فجرا في قرية X": a definite word for the happening told before with a verb of
    occurring (function_words retold_happening, occurred) gives its place: the last happening told before,
    placed coarser (a country or a province, "بقرية شمالي البلاد") in the same country, is at X.
    The window to the place leaves out the sentence's dates and commas ("ووقع الهجوم، مساء الأحد، قرب X"; g104h).
    The noun may also be followed by a relative pronoun before the verb ("قتلوا في الهجوم الذي وقع ليلا في مدينة
    X", g104h): then the happening told before must be told by the same noun ("هجوم كيماوي"), and the noun must not
    follow a word of reason ("ردا على الهجوم الذي وقع في X" is another's)."""
    nouns, verbs = with_conjunctions(words("retold_happening")), with_conjunctions(words("occurred"))
    if not _holds_any(toks, a, b, verbs):
        return
    # the noun and its verb side by side ("وقع الهجوم", "الهجوم وقع")
    at = next((k for k in range(a, b) if toks[k].norm in verbs and any(
        toks[j].norm in nouns for j in (k - 1, k + 1) if a <= j < b)), None)
    noun = None
    if at is None:
        at, noun = _relative_retold(toks, a, b, nouns, verbs)
        if at is None:
            return
    # the first place told soon after ("في قرية X"), not one further on ("على بعد 25 كلم من بغداد")
    new = next((p for p in places if p.tok_start > at and p.resolved and not acting_state(p, toks)), None)
    if new is None or new.kind == "country" or _span_words(toks, at + 1, new.tok_start, dates) > window - 1:
        return
    prev = next((f for f in reversed(frames) if not f.modality), None)
    if noun is not None:
        # the same noun under any proclitics ("والهجوم" / "هجوم"), or indefinite with its accusative alif ("هجوما"),
        # not a longer word holding it ("الهجومية")
        stems = frozenset(proclitic_stems(noun))
        prev = next((f for f in reversed(frames) if not f.modality and any(
            _same_noun(stems, toks[k].norm) for k in range(f.trigger.start_tok, f.trigger.end_tok))), None)
    if prev is None or prev.place is None or prev.place.country != new.country:
        return
    if (prev.place.kind == "country" or prev.place.kind == "admin1" != new.kind) or (prev.place.geo_precision or 3) > (new.geo_precision or 3):
        prev.place = new
        prev.extra_places = []
        prev.rule_ids.append("place-retold")
    elif _side_of_town(prev.place) and not _side_of_town(new) and new.gazetteer_id != prev.place.gazetteer_id \
            and new.kind in _TOWN_KINDS and (prev.place.geo_precision or 3) >= (new.geo_precision or 3):
        # "على طريق رئيسي جنوب كركوك. ووقع الهجوم على الطريق الرئيسي قرب بلدة داقوق": a side of a town is a reference
        # point; the town the next sentence names the happening at («قرب داقوق») says where it was (g110o 135501)
        prev.place = new
        prev.extra_places = []
        prev.rule_ids.append(RETOLD_NEAR_TOWN)


RETOLD_NEAR_TOWN: Final = "place-retold-135501"  # rule id: a side of a town given way to the town told after (g110o)


def _side_of_town(p: Any) -> bool:
    """``p`` is told as a side of a town ("جنوب كركوك"، "شمالي حلب"): a compass word before it, not "قرب"."""
    return any(k == "compass" and v in _SIDES for k, v in p.modifiers)


def _same_noun(stems: frozenset[str], word: str) -> bool:
    """``word`` is one of ``stems`` under proclitics, or its indefinite accusative ("هجوما" of "هجوم")."""
    return any(s in stems or (s.endswith("ا") and s[:-1] in stems) for s in proclitic_stems(word))


def _span_words(toks, lo: int, hi: int, dates: Sequence[Any]) -> int:
    """The tokens in [lo, hi) that are neither commas nor inside one of ``dates`` (a day told between the verb and
    the place does not push the place out of reach)."""
    return sum(1 for k in range(lo, hi) if toks[k].norm not in COMMAS
               and not any(d.tok_start <= k < d.tok_end for d in dates))


def _relative_retold(toks, a: int, b: int, nouns: frozenset[str], verbs: frozenset[str]) -> tuple[Any, Any]:
    """(the verb's index, the noun) of "الهجوم(،) الذي وقع" in [a, b), the noun not after a word of reason or
    answer ("ردا على الهجوم الذي وقع"); (None, None) without one."""
    rel, reasons = words("relative"), with_conjunctions(words("reason_head") | words("answer_before"))
    for k in range(a, b):
        if toks[k].norm not in verbs or k - 2 < a or toks[k - 1].norm not in rel:
            continue
        j = k - 2 if toks[k - 2].norm not in COMMAS else k - 3
        if j < a or toks[j].norm not in nouns:
            continue
        if any(toks[i].norm in reasons for i in range(max(a, j - 3), j)):
            continue
        return k, toks[j].norm
    return None, None

POCKET_PLACE: Final = "place-pocket-116000"  # rule id: «الجيب» refers to the pocket told before with its place (g108k)
POCKET_REACH: Final = 8  # tokens after a pocket word to the place it is told in («جيب صغير في ريف درعا»)
POCKET_BEFORE: Final = 3  # tokens from a place to the pocket word told after it («منطقة X، آخر جيب»)


def pocket_place(geocoder: Geocoder, toks, a: int, b: int, places: Sequence[Any]) -> Any:
    """The place the sentence [a, b) tells a pocket at (place_words pocket rows): the first place within
    POCKET_REACH tokens after a pocket word, in its clause («جيب صغير في ريف درعا الجنوبي الغربي»), else one ending
    just before it («حوض اليرموك، الجيب الوحيد للتنظيم»); None when the sentence tells no pocket with a place."""
    hits = _forms_in(toks, a, b, geocoder.recognizer.words.pockets)
    if not hits:
        return None
    told = [p for p in places if p.resolved and p.kind != "country"]
    for hit in hits:
        k = hit[0]
        stop = min(b, k + 1 + POCKET_REACH)
        for j in range(k + 1, stop):
            if toks[j].punct:
                stop = j
                break
        for p in told:
            if k < p.tok_start < stop:
                return p
        for i in range(len(told) - 1, -1, -1):  # an index loop: mypyc fails on reversed() over this list
            if k - POCKET_BEFORE <= told[i].tok_end <= k:
                return told[i]
    return None


def pocket_back(geocoder: Geocoder, toks, a: int, b: int, pocket: Any, text: str) -> Any:
    """«قصف استهدف الجمعة الجيب الخاضع لسيطرة الجهاديين»: a definite pocket word of a sentence [a, b) that names
    no place refers to ``pocket``, the place a sentence before told a pocket at (pocket_place), not to the last
    place told in between («بعد إجلائهم من محافظة القنيطرة»); a new mention on that word, or None."""
    if pocket is None:
        return None
    for hit in _forms_in(toks, a, b, geocoder.recognizer.words.pockets):
        if hit[1].startswith("ال"):
            out = _mention_on(pocket, toks, hit[0], text)
            out.note = f"{out.text!r} refers back to the pocket told at {pocket.text!r}"
            return out
    return None


def _mention_on(ref: Any, toks, k: int, text: str) -> Any:
    """A copy of the place ``ref`` as a mention on the back word at token k (told_place, pocket_back)."""
    out = copy.copy(ref)
    out.start, out.end, out.tok_start, out.tok_end = toks[k].start, toks[k].end, k, k + 1
    out.text = text[toks[k].start:toks[k].end]
    out.container = out.landmark = None
    out.rule_id = "geo.refers_back"
    return out


def _holds_sided(sided: Mapping[str, Any], text: str) -> bool:
    """A cheap test before the back_sided scan (told_place): a word of ``sided`` («الريف») stands in ``text`` as
    written; most sentences hold none, and the scan per trigger would evict the back rows' memo (scans.forms_in)."""
    for w in sided:
        if w in text:
            return True
    return False


def told_place(geocoder: Geocoder, toks, a: int, b: int, t: Match, places: Sequence[Any], text: str,
               left: bool = False) -> Any:
    """The place a word of the sentence [a, b) refers back to (place_words back rows: "المدينة", "ريفها"; with
    ``left``, the back_left rows: "المنطقة" left by fighters), the one nearest the trigger, as a new mention on that
    word at the precision it gives ("مطار المدينة": a naming word before it adds its own); None without such a word
    or a place it can refer to."""
    words = geocoder.recognizer.words
    forms = words.back_left if left else words.back
    hits = _forms_in(toks, a, b, forms)
    if not left and words.back_sided and a < b and _holds_sided(words.back_sided, text[toks[a].start:toks[b - 1].end]):
        # "وفي الريف الشرقي، تتواصل اشتباكات": the countryside told by its side alone is the side of the place told
        # before, not that place itself; a word inside a place of its own ("الريف الغربي لدرعا") is that place's
        sided_hits = [(k, f) for k, f in _forms_in(toks, a, b, words.back_sided)
                      if geocoder.recognizer.side_after(toks, k + 1, b) is not None
                      and not any(p.tok_start <= k < p.tok_end for p in places)]
        if sided_hits:
            hits = sorted(hits + sided_hits)
            forms = {**forms, **words.back_sided}
    if not hits:
        return None
    k, form = min(hits, key=lambda h: (abs(h[0] - t.start_tok), h[0]))
    what, precision = forms[form]
    before = _form_in(toks[k - 1].norm, words.prefixes) if k > a else None
    if before:
        precision = max(precision, words.prefixes[before][1])
    elif k > a and _form_in(toks[k - 1].norm, words.compass):
        precision = max(precision, 2)  # "جنوب المدينة": near the town, not in it
    # a state acting ("ضد دمشق") is no place told before
    told = [p for p in places if p.resolved and p.tok_end <= k and not acting_state(p, toks)]
    # "المدينة" is first the place last named "مدينة X" (the same naming word without the article)
    naming = form[2:] if form.startswith("ال") and form[2:] in words.prefixes else None
    named = [p for p in told if naming and any(
        _form_in_keys(toks[j].norm, frozenset((naming,))) for j in range(p.tok_start, p.tok_end))]
    ref = _referent(geocoder, what, named) or _referent(geocoder, what, told)
    if ref is None:
        return None
    out = _mention_on(ref, toks, k, text)
    out.geo_precision = max(ref.geo_precision or 1, precision)
    if what == "rural":
        out.modifiers = (("prefix", "rural"),)
        side = None if left else geocoder.recognizer.side_after(toks, k + 1, b)
        sided = geocoder.resolver.at_countryside(out, side[1]) if side is not None else None
        if sided is not None and side is not None:
            # "ريفها الشرقي"، "الريف الشرقي": that side of the town's countryside, as "ريف X الشرقي" is read, a
            # place of its own beside the town (g110o 135500)
            out = sided
            out.end = toks[side[0] - 1].end
            out.tok_end = side[0]
            out.text = text[out.start:out.end]
    out.note = f"{out.text!r} refers back to {ref.text!r}"
    return out

def _referent(geocoder: Geocoder, what: str, before: Sequence[Any]) -> Any:
    """The last place of ``before`` a back word of kind ``what`` refers to: a town for "المدينة" (not a
    countryside, an area or a province), a province (or the last town's) for "المحافظة", a town or a province
    for "ريفها"."""
    if what == "province":
        # the governorate named last, else the last town's
        unit = next((p for p in reversed(before) if p.kind == "admin1"), None)
        town = None if unit is not None else _referent(geocoder, "town", before)
        return unit if town is None else geocoder.province_of(town)
    for p in reversed(before):
        roles = {v for k, v in p.modifiers if k == "prefix"}
        # "قرب دمشق", "شمال حلب" are reference points, not the town the report is about
        near = any(k == "compass" for k, _ in p.modifiers)
        if what == "town" and p.kind in ("city", "neighbourhood", "area") and not near \
                and not roles & {"rural", "province", "district", "plural"}:
            return p
        if what == "rural" and p.kind in ("city", "admin1") and not near:
            return p
    return None

SITES_EACH: Final = "sites_each"  # trigger_kinds.tsv: a side evacuating its own sites, one event at each (step.py)


def _site_list_town(t: Match, p: Any, first: Any) -> bool:
    """Whether town ``p`` follows site ``first`` (a base or camp) in the list of trigger ``t``, a side emptying its own
    sites (sites_each): the town is named for the site at it («مطارات مثل التيفور والضمير»: Dumayr's airbase)."""
    return first.kind in _SITE_KINDS and p.kind in _TOWN_KINDS and p.country == first.country and p.resolved \
        and getattr(t.payload, "id", None) in L.trigger_kind(SITES_EACH)


def _strike(t: Match) -> bool:
    """Whether trigger ``t`` tells a strike (Explosions/Remote violence)."""
    return getattr(t.payload, "event_type", None) == STRIKE_TYPE


def pick_place(t: Match, places: Sequence[Any], toks, containers: Mapping[int, Any] | None = None) -> Any:
    """The place of a trigger: the first resolved place after it, else the nearest before that
    is not the container of another ("تعرضت بلدة X في ريف Y لقصف": X, not Y)."""
    # a bare country or capital name is a state acting ("هددت فرنسا", "نفته دمشق"), a place only after a locative
    # ... but one told right after a strike's trigger is what it struck ("باستهداف دمشق"، "سيقصفون دمشق بالمدفعية");
    # after other triggers it still acts ("استعادة دمشق مناطق"، "حشدت بريطانيا")
    resolved = [p for p in places if p.resolved and (p.tok_start == t.end_tok and _strike(t) or not acting_state(p, toks))]
    if not resolved:
        return None
    precise = [p for p in resolved if p.kind != "country"] or resolved
    after = [p for p in precise if p.tok_start >= t.end_tok]
    if after:
        best = min(exactness(p) for p in after)
        chosen = next(p for p in after if exactness(p) == best)
        # "في محافظتي ديالى وذي قار في شرق وجنوب بغداد": the side of a town told after provinces only locates them
        provinces = provinces_located(chosen, after, toks)
        if provinces is not None:
            return provinces
        head = after[0]
        # "اشتباكات قرب بلدات X وY وZ": the near word makes X less exact than Y, but X heads the list the act
        # reaches: the act is at X, and Y and Z are the list's other towns (listed_places), not the one place
        if head is not chosen and exactness(head) == 2 and near_list_head(head, toks) \
                and any(p is chosen for p in listed_places(t, head, after, containers or {}, toks)):
            return _town_of_list(head)
        # the named place is more exact than what contains it, whatever their gazetteer
        # precision ("قاعدة الشعيرات الجوية في حمص": the base, not the city)
        inner = (containers or {}).get(id(chosen))
        if any(p is inner for p in after) and not relative_in_named(inner, chosen):
            return inner
        # "جيب يقع شمال شرقي دمشق في منطقة القلمون الشرقي": a side of a town said to lie in a named area is that
        # area (g101n)
        # "على طريق جنوب Y قرب بلدة X": a side of a town said to lie near a town told right after it is near that
        # town (g102h)
        return next((p for p in after if (containers or {}).get(id(p)) is chosen
                     and (relative_in_named(chosen, p) or near_town_after_side(chosen, p))), chosen)
    before = [p for p in precise if p.tok_end <= t.start_tok]
    if before and before is not resolved:
        # "أطلقت صواريخ على مواقع في الجولان، ورد الجيش بضربات على أهداف في سوريا": the answer's own place is the
        # country told after it; the place before the word of answering is the answered act's (g105r)
        own = next((p for p in resolved if p.kind == "country" and p.tok_start >= t.end_tok), None)
        if own is not None and _answering(t, toks, before[-1].tok_end):
            return own
    if not before:
        return precise[0]
    # before[::-1], not reversed(before): mypyc 2.4.1 crashes on reversed() of this list[Any]
    last = next((p for p in before[::-1] if id(p) not in (containers or {})
                 or relative_in_named((containers or {})[id(p)], p)), before[-1])
    return _located_place(last, before, toks)


def provinces_located(side: Any, after: Sequence[Any], toks: Sequence[Any]) -> Any:
    """The first of the provinces a side of a town locates, when ``side`` («جنوب بغداد»، «شرق وجنوب بغداد») is told
    after «في» right behind a province or a list of them ("في محافظتي كركوك ونينوى في شمال بغداد"، "في محافظتي ديالى
    وذي قار في شرق وجنوب بغداد"): the provinces are where the act is, the side only says where they lie (g106z).
    Only side words (function_words compass_side, also after «و») may stand between «في» and ``side``; else None.
    Runs once a trigger whose most exact place after it is a side of a town: a few look-ups."""
    if not any(k == "compass" and m in _SIDES for k, m in side.modifiers):
        return None
    i = next((j for j, q in enumerate(after) if q is side), 0)
    if i == 0:
        return None
    q = after[i - 1]
    if q.kind != "admin1" or not q.resolved or q.modifiers and any(k == "compass" for k, _ in q.modifiers):
        return None
    gap = toks[q.tok_end:side.tok_start]
    if not gap or gap[0].norm != "في" or not all(g.norm in _side_words() for g in gap[1:]):
        return None
    while i - 2 >= 0 and after[i - 2].kind == "admin1" and after[i - 2].resolved \
            and after[i - 1].proclitic.startswith("و") and after[i - 1].tok_start == after[i - 2].tok_end:
        i -= 1
    return after[i - 1]


def provinces_over_side(place: Any, t: Match, near: Sequence[Any], toks: Sequence[Any]) -> bool:
    """Whether ``place``, the trigger's, is a province a side of a town told after it locates (``provinces_located``):
    the reading that cites PROVINCES_OVER_SIDE. Only for a province placed after the trigger: a few look-ups."""
    if place.kind != "admin1" or place.tok_start < t.end_tok:
        return False
    after = [p for p in near if p.resolved and p.tok_start >= t.end_tok]
    return any(provinces_located(p, after, toks) is place for p in after if p.tok_start > place.tok_end)


@lru_cache(maxsize=1)
def _side_words() -> frozenset[str]:
    return with_conjunctions(words("compass_side"))


def _answering(t: Match, toks, lo: int) -> bool:
    """Whether the trigger ``t`` carries the proclitic «ب» (among the clitics the matcher cut) and a word of answering (function_words answer_verb, also after a
    conjunction) stands at most ANSWER_GAP tokens before it, after token ``lo``: "ورد بضربات"، "وردت إسرائيل
    بمهاجمة"، "إلى الرد بقصف". A few look-ups."""
    if "ب" not in t.prefix:  # a word whose stem opens with the letter («برميل») is no «ب» of means
        return False
    answer = with_conjunctions(L.words("answer_verb"))
    return any(toks[k].norm in answer for k in range(max(lo, t.start_tok - ANSWER_GAP - 1), t.start_tok))


ANSWER_GAP: Final = 2  # words between the word of answering and its act ("وردت إسرائيل بمهاجمة"، "فجاء رد إسرائيل بضرب")


def relative_in_named(inner: Any, outer: Any) -> bool:
    """Whether ``inner``, a place told only by a side of a town ("شمال شرقي دمشق"، "جنوب دمشق"), is said to lie
    in ``outer``, a named place that tells where as exactly ("... في منطقة القلمون الشرقي") or more exactly ("...
    في بلدات يلدا وببيلا"): the side words place the named place from a town some way off, and the named place
    is where the act is (g101n). Not a countryside, a province or a country ("قرب مدينة هجين بريف دير الزور"،
    "قرب حمص بوسط سوريا": they hold the town), and, at equal exactness, only an area after a side, not a town or
    a site after a near word ("قرب صفد في الجليل الأعلى": near the town is the more exact)."""
    if outer.kind in ("country", "admin1") or not outer.resolved or outer.modifiers and any(
            k == "compass" or m in ("rural", "province") for k, m in outer.modifiers):
        return False
    sides = [m for k, m in inner.modifiers if k == "compass"]
    if not sides or inner.kind in ("country", "admin1") or inner.kind in _SITE_KINDS:
        return False
    if exactness(outer) < exactness(inner):
        return True
    # a centre or a near word puts the act at the town ("وسط X"، "قرب X"): only a side ("شمال شرقي X") may lie far
    return exactness(outer) == exactness(inner) and not {"NEAR", "C"} & set(sides) and outer.kind in ("area", "region")


_SIDES = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})


def near_town_after_side(inner: Any, outer: Any) -> bool:
    """Whether ``outer``, a town told with a near word right after ``inner``, a side of a place ("جنوب إدلب قرب بلدة
    سراقب"، "شمال سوريا قرب مدينة X"), is where the act is: the side places the act from a town or a land some way
    off, the near word puts it by the town named next (ACLED precision 2 at that town). Both are precision 2, so
    exactness alone keeps the first told (g102h, 74202). Not a site or area after the near word ("قرب الحدود" is no
    place; a base is chosen as more exact already), not a list ("X وقرب Y"), not a side told inside an area's name.
    A few comparisons."""
    if not outer.resolved or not outer.gazetteer_id or outer.kind not in ("city", "neighbourhood") \
            or "و" in outer.proclitic or [m for k, m in outer.modifiers if k == "compass"] != ["NEAR"] \
            or any(m in ("rural", "province") for _, m in outer.modifiers):
        return False
    # a bare side of a town, a province or a country: a side inside a name ("منطقة شرق القلمون قرب دمشق") is the
    # area itself, which the near word only locates
    if inner.kind not in ("city", "admin1", "country") or any(k == "prefix" for k, _ in inner.modifiers):
        return False
    sides = [m for k, m in inner.modifiers if k == "compass"]
    return bool(sides) and all(m in _SIDES for m in sides) and inner.gazetteer_id != outer.gazetteer_id


def near_town_over_side(place: Any, near: Sequence[Any], containers: Mapping[int, Any]) -> bool:
    """Whether ``place``, the trigger's, is a town told near after a side of a place in ``near``
    (``near_town_after_side``): the reading that cites NEAR_TOWN_OVER_SIDE. One look-up."""
    inner = containers.get(id(place))
    return inner is not None and any(p is inner for p in near) and near_town_after_side(inner, place)


def named_over_relative(place: Any, near: Sequence[Any], containers: Mapping[int, Any]) -> bool:
    """Whether ``place``, the trigger's, holds a side of a town told in ``near`` (``relative_in_named``): the
    reading that cites NAMED_OVER_RELATIVE. One look-up."""
    inner = containers.get(id(place))
    return inner is not None and any(p is inner for p in near) and relative_in_named(inner, place)


def _located_place(p: Any, before: Sequence[Any], toks: Sequence[Any]) -> Any:
    """The place ``p`` (a direction or near word + a name) locates, when it stands right after one ("قرية X (غرب
    Y) تعرضت لقصف"، "قرية X جنوب Y"، "الغوطة الشرقية قرب دمشق"، "مركز X للأبحاث قرب دمشق"): that place, as
    exact or more, is the place struck; Y only says where it lies. At most LOCATED_GAP tokens between them
    (LOCATED_NEAR_GAP after a near word, said of what the clause told), no comma unless it opens an aside on X
    ("X بسوريا، آخر معاقل المعارضة قرب Y", _aside_commas) and no "و" (a list: "X وجنوب Y"); else ``p``. Runs once a trigger whose place is told before it, a few look-ups."""
    if "و" in p.proclitic or not any(k == "compass" for k, _ in p.modifiers):
        return p
    i = next((j for j, q in enumerate(before) if q is p), 0)
    if i == 0:
        return p
    q = before[i - 1]
    gap = toks[q.tok_end:p.tok_start]
    most = LOCATED_NEAR_GAP if ("compass", "NEAR") in p.modifiers else LOCATED_GAP
    if len(gap) > most + 1 or any(g.norm == "و" for g in gap) or not _aside_commas(gap, most):
        return p
    return q if q.resolved and q.kind != "country" and exactness(q) <= exactness(p) else p


def _aside_commas(gap: Sequence[Any], most: int) -> bool:
    """Whether the commas of ``gap`` (the words between a place and the near or direction place after it) leave the
    place's phrase open: none, at most ``most`` words; or one, opening an aside on the place (function_words
    place_aside: "الغوطة الشرقية بسوريا، آخر معاقل المعارضة قرب دمشق"), at most ``most`` words besides it. Any other
    comma ends the phrase ("قصفت X، وأفاد ... قرب Y")."""
    commas = [i for i, g in enumerate(gap) if g.norm in COMMAS]
    if not commas:
        return len(gap) <= most
    i = commas[0]
    return len(commas) == 1 and i + 1 < len(gap) and gap[i + 1].norm in words("place_aside")


def document_place(places: Sequence[Any]) -> Any:
    """The document's first town or area named, else its first place."""
    first = [p for p in places if p.resolved and p.kind != "country"]
    return first[0] if first else next((p for p in places if p.resolved), None)


def specified_place(geocoder: Geocoder, toks: Sequence[Any], a: int, b: int, t: Match, lo: int, place: Any,
                    places: Sequence[Any], text: str) -> Any:
    """The place a back word of the sentence [a, b) tells in place of ``place``, the trigger's named place: a back
    word after ``lo`` (the trigger's end, or its verb's for a noun: "أبرمت فصائل في المحافظة اتفاقا ينص على ... في
    محافظة X" is the province told before, not the terms' X) and before the place, saying more exactly where or as
    exactly in another province (a district of the town told before stays: "أطراف المدينة في حي X"); else None."""
    hits = [k for k, _ in _forms_in(toks, a, b, geocoder.recognizer.words.back) if lo <= k < place.tok_start]
    for k in hits:
        told = told_place(geocoder, toks, max(a, k - 1), k + 1, t, places, text)
        if told is None:
            continue
        if exactness(told) < exactness(place) or exactness(told) == exactness(place) and told.admin1 != place.admin1:
            return told
    return None


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
AFTER_WORDS = 2  # tokens before another happening's trigger where "بعد/إثر" makes it what the deal follows


@lru_cache(maxsize=1)
def _joined_complements() -> frozenset[str]:
    """A complementizer after "و" ("وإن"، "وأن"): a second reported clause of one statement opens."""
    return frozenset("و" + w for w in words("complementizer"))


@lru_cache(maxsize=1)
def _in_words() -> frozenset[str]:
    """"في" and its conjoined forms: "في تفجير" tells the happening something took place in."""
    return with_conjunctions(frozenset({"في"}))


def deal_elsewhere(t: Match, places: Sequence[Any], toks: Sequence[Any], triggers: Sequence[Any]) -> set[int]:
    """The ids of the places of an agreement trigger ``t``'s sentence that are another happening's (g78b):
    - after ``t``, past a clause break, a violent trigger told after "في" ("وفصائل وافقت مؤخرا على المصالحة معها، في
      تفجير انتحاري ... في قرية X": the bombing's village, told in passing about the deal's side): its places on;
      a deal told "بعد معارك في X" is still about X (no "في" before the trigger);
    - before ``t``, a second reported clause opened by "وإن/وأن" between the place and ``t`` ("إن القوات سيطرت على
      بلدتي X وY وإن مقاتلي المعارضة في أربع بلدات أخرى وافقوا على ... اتفاقات"): the first clause's places;
    - after ``t`` told behind a move («... من دوما وفقا لاتفاقية عقدت الأحد، وبين هجوم شهدته قاعدة X»): the places past
      a clause break, when a place lies before ``t`` in its clause (g108m).
    Reads only the tokens between ``t`` and the first later violent trigger, and between ``t`` and a place before it."""
    gone: set[int] = set()
    breaks, ins = _breaks(), _in_words()
    other = next((u for u in triggers if u.start_tok >= t.end_tok and u.payload.event_type in VIOLENT_TYPES), None)
    if other is not None and other.start_tok > 0 and toks[other.start_tok - 1].norm in ins \
            and any(toks[k].norm in breaks for k in range(t.end_tok, other.start_tok - 1)):
        gone = {id(p) for p in places if p.tok_start > other.start_tok}
    joined = _joined_complements()
    for p in places:
        if p.tok_end <= t.start_tok and any(toks[k].norm in joined for k in range(p.tok_end, t.start_tok)):
            gone.add(id(p))
    # after ``t``, a taking told after "عقب/بعد/إثر" ("تم التوصل إلى الاتفاق ... عقب سيطرة القوات على حيي X وY"):
    # the places taken are the taking's, told as what came before the deal, when the deal keeps a place of its own
    # (g105i)
    taking = next((u for u in triggers if u.start_tok >= t.end_tok and u.start_tok > 0
                   and u.payload.sub_event_type == "TERRITORY"
                   and in_words(toks[u.start_tok - 1].norm, words("after_head"))), None)
    if taking is not None:
        taken = {id(p) for p in places if p.tok_start >= taking.end_tok}
        if any(id(p) not in taken and id(p) not in gone for p in places):
            gone |= taken
    # a deal told as what a move before it went by («تستمر قوات المعارضة في الخروج من دوما وفقا لاتفاقية عقدت الأحد،
    # وبين هجوم شهدته قاعدة تيفور»): its place is the move's, told before it in its clause; a place past a clause break
    # after it is another happening's (g108m)
    if t.start_tok > 0 and toks[t.start_tok - 1].norm in words("deal_behind_head"):
        own = [p for p in places if id(p) not in gone and p.tok_end <= t.start_tok
               and not any(toks[k].norm in breaks for k in range(p.tok_end, t.start_tok))]
        if own:
            gone |= {id(p) for p in places if p.tok_start >= t.end_tok
                     and any(toks[k].norm in breaks for k in range(t.end_tok, p.tok_start))}
    return gone


# rule id: an evacuation told at an area (or at one of its towns) moves to each town of the list a next sentence names
# as the towns the convoy, batch or evacuation left (g112o): «خرج 5400 مسلح ومدني من جنوب الغوطة» then «وضمت القافلة
# عسكريين ومدنيين من مدن وبلدات X وY وZ»; the dev gold enters one transfer per town (FR-middleEast-718)
TOWNS_LEFT = "towns-left-153000"
TOWNS_LEFT_CUE = "towns_left"  # trigger_cues.tsv: the convoy, batch or evacuation word of the list's sentence
TOWNS_LEFT_AFTER = 2  # sentences after the evacuation's own where its towns' list is read
TOWNS_LEFT_KM = 60.0  # the towns lie this close to the area told (eastern Qalamoun's towns ~45 km from «شمال شرق دمشق»)


_NVT: Final = "Non-violent transfer of territory"


def _longest_list(towns: Sequence[Any], toks) -> list[Any]:
    """The longest run of ``towns`` (in order) joined into one list by "و"/"،" (list_tail read at each end)."""
    best: list[Any] = []
    for k in range(2, len(towns) + 1):
        run = list_tail(towns[:k], toks)
        if len(run) > len(best):
            best = run
    return best


def towns_left(frames: Sequence[Frame], places_by_unit: Mapping[int, Sequence[Any]], cues_by_unit: Mapping[int, Any],
               toks, km: Callable[[float, float, float, float], float]) -> None:
    """Give a kept transfer of territory told at an area the towns a next sentence lists as left (TOWNS_LEFT): its
    place becomes the first town, the others its extra places (one event each). Read only when that sentence holds a
    convoy, batch or evacuation word (``cues_by_unit``: TOWNS_LEFT_CUE), tells no kept transfer or agreement of its own, and its
    towns all lie near the area (a list of destinations, «إلى إدلب وجرابلس», does not); an event at one of the
    listed towns takes the others. ``frames`` are changed in place."""
    own = {f.sentence for f in frames if f.sub_event_type == _NVT and not f.modality}
    # «أفادت بالتوصل إلى اتفاق على إجلاء مقاتليها من مناطق X وY»: the towns a deal covers are its terms, not the
    # towns an evacuation told before left (that may be another, earlier one)
    deals = {f.sentence for f in frames if f.sub_event_type == AGREEMENT and not f.modality}
    for f in frames:
        if f.sub_event_type != _NVT or f.modality or f.total or f.extra_places or f.place is None \
                or f.place.latitude is None:
            continue
        for si in range(f.sentence + 1, f.sentence + 1 + TOWNS_LEFT_AFTER):
            if si in own:
                break  # a next evacuation told: its towns are its own
            if not cues_by_unit.get(si) or si in deals:
                continue
            towns = _longest_list([p for p in places_by_unit.get(si, ()) if p.resolved and p.geo_precision == 1
                                   and p.kind != "country" and p.latitude is not None], toks)
            if not towns:
                continue
            if f.place.geo_precision == 1:
                if f.place.gazetteer_id not in {p.gazetteer_id for p in towns}:
                    continue
                others = [p for p in towns if p.gazetteer_id != f.place.gazetteer_id]
                f.extra_places = others
            elif f.place.geo_precision == 3:
                if any(p.admin1 != f.place.admin1 for p in towns):
                    continue
                f.place, f.extra_places = towns[0], towns[1:]
            else:
                if any(km(f.place.latitude, f.place.longitude, p.latitude, p.longitude) > TOWNS_LEFT_KM for p in towns):
                    continue
                f.place, f.extra_places = towns[0], towns[1:]
            f.rule_ids.append(TOWNS_LEFT)
            break


def list_tail(here: Sequence[Any], toks, least: int = 2) -> list[Any]:
    """The places ending ``here`` (a sentence's resolved places, in order) that form one list joined by "و"/"،"
    alone ("في البصرة والنجف والسماوة وكربلاء"), when there are at least ``least`` distinct ones; else []. A next
    sentence naming no place is about them all, not about the list's last town (g80b)."""
    if len(here) < least or "و" not in here[-1].proclitic:
        return []  # a list ends on "و" ("الكسوة، جنوب دمشق" is one place and its container)
    links = words("list_link")
    out = [here[-1]]
    for p in reversed(here[:-1]):
        if not _joined(toks, p, out[-1], links):
            break
        out.append(p)
    if len({p.gazetteer_id for p in out}) < least or len({p.admin1 for p in out if p.kind == "admin1"}) \
            != sum(1 for p in out if p.kind == "admin1"):
        return []
    out.reverse()
    return out
