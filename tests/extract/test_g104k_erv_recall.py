"""Explosions/remote violence recall audit g104k, on sentences of our own: a bomb named by its device and a shell
or an air strike told at one place and day are two events (ACLED codes one event per sub-type), and a bomb that
killed a share of a battle's dead («بينهم ثمانية قتلوا في انفجار سيارة مفخخة») takes that share, the battle the whole.

A bare blast word («انفجار») or a bare «القصف» still joins the strike told with it; a kind of people among the dead
(«بينهم 4 أطفال») tells who the act's own dead were, no share of another happening's.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-13"  # a Wednesday: «الثلاثاء» is the day before
IED, SHELLING = "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"


def _read(extractor, text):
    return read_doc(extractor, text, PUB)


def _kinds(doc):
    """The sorted sub-types of the document's explosions and strikes."""
    return sorted(e.sub_event_type for e in doc.events if e.event_type == "Explosions/Remote violence")


def test_a_device_and_a_shell_in_one_sentence_are_two_events(extractor):
    doc = _read(extractor, "قتل شخصان، الثلاثاء، جراء انفجار عبوة ناسفة داخل سيارة وسقوط قذيفة في حلب.")
    assert _kinds(doc) == [IED, SHELLING], [(e.sub_event_type, e.location) for e in doc.events]


def test_a_device_near_a_shell_word_stays_a_bomb_and_its_retelling_joins_each(extractor):
    doc = _read(extractor, "قتل ثلاثة أشخاص، الثلاثاء، جراء انفجار عبوة ناسفة في سيارة وسقوط قذيفة هاون في حمص. "
                          "وقالت الشرطة إن قذيفة سقطت على سوق في المدينة، فيما انفجرت عبوة ناسفة في سيارة مدنية.")
    assert _kinds(doc) == [IED, SHELLING], [(e.sub_event_type, e.rule_ids) for e in doc.events]
    bomb = next(e for e in doc.events if e.sub_event_type == IED)
    assert bomb.fatalities == 3


def test_a_car_bomb_among_a_battles_dead_takes_its_share(extractor):
    doc = _read(extractor, "وقال المرصد إن طائرات روسية شنت غارات جوية الثلاثاء على بلدة الشجرة في ريف درعا. "
                          "من جهة أخرى، قال المرصد إن معارك الثلاثاء في هذه المنطقة أوقعت 13 قتيلا في صفوف القوات "
                          "الموالية للنظام، بينهم ثمانية قتلوا في انفجار سيارة مفخخة.")
    bomb = [e for e in doc.events if e.sub_event_type == IED]
    assert len(bomb) == 1, [(e.sub_event_type, e.fatalities) for e in doc.events]
    assert bomb[0].fatalities == 8
    clash = [e for e in doc.events if e.event_type == "Battles"]
    assert clash and clash[0].fatalities == 13


def test_guard_a_bare_blast_joins_the_air_strike(extractor):
    doc = _read(extractor, "شنت طائرات حربية الثلاثاء غارات جوية على بلدة كفرنبل، وسمع دوي انفجار في البلدة.")
    assert _kinds(doc) == ["Air/drone strike"], [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_guard_children_among_a_strikes_dead_are_its_own_dead(extractor):
    doc = _read(extractor, "قتل 12 مدنيا من عائلة واحدة بينهم 4 أطفال قتلوا في قصف جوي استهدف قرية الشعفة الثلاثاء.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(ev) == 1 and ev[0].fatalities == 12, [(e.sub_event_type, e.fatalities) for e in doc.events]
