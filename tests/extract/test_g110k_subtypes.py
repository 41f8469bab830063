"""g110k: sub-event types of strikes. (1) The agent-retype rows of actor_roles.tsv (Israel, Russia and the coalition
fight in Syria from the air) hold for the attacker an event ends with, not only for one read in its sentence: the
T4 strike told only by its missiles, Israel's by the public record (campaigns.tsv agent), is an air strike, as ACLED
and the dev gold code it. (2) «القصف» naming back a bombardment told from the air and by missiles at once («قصف جوي
وصاروخي») is an air strike (dev: a joint air and ground bombardment is coded Air/drone strike). Sentences composed
for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"
ISRAEL = "Military Forces of Israel (1948-)"


def _strikes(extractor, text, published):
    """(sub-event type, actor1, place as named) of each strike read in ``text``."""
    return [(e.sub_event_type, e.actor1, e.location_text or e.location)
            for e in read_doc(extractor, text, published).events if e.sub_event_type in (AIR, SHELL)]


def test_t4_strike_told_by_its_missiles_is_israels_air_strike(extractor):
    got = _strikes(extractor, "ذكرت وكالة الأنباء الرسمية أن العديد من الصواريخ استهدفت فجر الاثنين مطار التيفور العسكري "
                              "في ريف حمص وأدت إلى سقوط قتلى وجرحى.", "2018-04-10")
    t4 = [g for g in got if g[1] == ISRAEL]
    assert t4 and all(st == AIR for st, _, _ in t4)


def test_israeli_missiles_on_a_town_are_an_air_strike(extractor):
    # guard: Israel named in the sentence (ar-14 at the sentence, as before)
    got = _strikes(extractor, "قال المرصد إن صواريخ إسرائيلية استهدفت ليل الأربعاء مواقع لحزب الله في بلدة الكسوة بريف "
                              "دمشق.", "2018-05-10")
    assert got and all(st == AIR for st, a1, _ in got if a1 == ISRAEL)


def test_western_missile_strikes_stay_a_missile_attack(extractor):
    # guard: the US's missiles on 14 April are coded a missile attack (dev gold), no air-only row holds for the US
    got = _strikes(extractor, "أطلقت الولايات المتحدة فجر السبت صواريخ على مركز البحوث العلمية في حي برزة بدمشق.",
                   "2018-04-14")
    assert got and all(st == SHELL for st, _, _ in got)


def test_bombardment_named_back_from_air_and_missiles_is_an_air_strike(extractor):
    got = _strikes(extractor, "تتعرض بلدات ريف درعا الغربي لليوم الثالث على التوالي لقصف جوي وصاروخي عنيف، مما تسبب في "
                              "سقوط قتلى وجرحى من المدنيين. وقالت مصادر محلية إن القصف تركز على بلدتي تسيل وحيط.", "2018-07-20")
    towns = [st for st, _, place in got if place in ("تسيل", "حيط", "بلدتي تسيل")]
    assert towns and all(st == AIR for st in towns), got


def test_bombardment_named_back_after_two_listed_strikes_is_left(extractor):
    # guard: air strikes and missile fire listed with a noun each are two events; «القصف» after them names either
    got = _strikes(extractor, "تعرضت بلدات ريف درعا الغربي أمس لغارات جوية وقصف صاروخي عنيف، مما تسبب في سقوط قتلى وجرحى "
                              "من المدنيين. وقالت مصادر محلية إن القصف تركز على بلدتي تسيل وحيط.", "2018-07-20")
    towns = [st for st, _, place in got if place in ("تسيل", "حيط", "بلدتي تسيل")]
    assert towns and all(st == SHELL for st in towns), got
