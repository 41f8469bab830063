"""g103m: departures that name their group behind its members' noun, and an entry told with a departure.

A departure noun whose members' noun, within a few words after it, is followed by a named armed group («خروج آخر
مقاتلي تنظيم الدولة الإسلامية من الحي»، «إجلاء مسلحي "جبهة النصرة"») tells that group as the side that left, as a
group read as the doer and moved to actor2 does (frames.members_leaving, step members-left-76700): the transfer, and
the deal behind it, are no longer lost under the threshold. Not a part of a force («قسم من عناصر») nor the generic
rebels. Where those who left went («عدد الخارجين ... باتجاه إدلب») is no place of the evacuation (function_words
departure). A departure with the coder's default agent and an entry naming the state's police, told of one place and
day, are one hand-over whose actor1 is the force that entered (merge entered-over-default-76701), still from the
factions (default_targets dt-76702). Composed sentences."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-26"  # a Thursday: «الثلاثاء» is 24 April
TRANSFER = "Non-violent transfer of territory"
POLICE = "Police Forces of Syria (2000-)"
REBELS = "Opposition Rebels (Syria)"


def _events(extractor, text: str, sub: str, pub: str = PUB) -> list:
    return [e for e in read_doc(extractor, text, pub).events if e.sub_event_type == sub]


def test_the_last_fighters_of_a_group_named_after_the_departure_noun_left(extractor):
    text = ("وتراجع القصف على جنوب دمشق. وجاء الإعلان بعد ساعات من خروج آخر مقاتلي تنظيم الدولة الإسلامية من حي "
            "الحجر الأسود بموجب اتفاق إجلاء برعاية روسية.")
    ev = _events(extractor, text, TRANSFER, "2018-05-22")
    assert len(ev) == 1 and "members-left-76700" in ev[0].rule_ids
    assert ev[0].location == "Al Ḩajar al Aswad"
    assert ev[0].actor2 == "Islamic State (Iraq and Syria)"
    # the deal behind the departure is kept with it
    assert len(_events(extractor, text, "Agreement", "2018-05-22")) == 1


def test_where_those_who_left_went_is_no_place_of_the_evacuation(extractor):
    ev = _events(extractor, 'واستمر الثلاثاء إجلاء مسلحي "جبهة النصرة" من الجيب الجنوبي للغوطة، وبلغ عدد الخارجين '
                            "3000 من المسلحين وعائلاتهم باتجاه إدلب.", TRANSFER, "2018-03-28")
    assert len(ev) == 1 and ev[0].location == "Ghouta"
    assert ev[0].actor2 == "HTS: Hayat Tahrir al Sham" and "members-left-76700" in ev[0].rule_ids
    # a part of a force moved elsewhere, or the generic rebels, are not read so
    for text in ("وأشار البيان إلى مغادرة قسم من عناصر قوات سوريا الديمقراطية من منطقة وادي الفرات الأوسط.",
                 "وتواصل الثلاثاء إجلاء مقاتلي المعارضة من بلدة عربين."):
        assert not any("members-left-76700" in e.rule_ids for e in read_doc(extractor, text, PUB).events)


def test_the_police_entering_after_the_fighters_left_are_who_took_the_town_over(extractor):
    ev = _events(extractor, "وغادر المسلحون الثلاثاء بلدة الضمير، فيما دخلتها وحدات من قوى الأمن الداخلي.", TRANSFER)
    assert len(ev) == 1
    assert (ev[0].actor1, ev[0].actor2) == (POLICE, REBELS)
    assert "entered-over-default-76701" in ev[0].rule_ids
    # the army read as the entering force stays the army
    ev = _events(extractor, "انسحب مسلحو المعارضة الثلاثاء من بلدة الضمير ودخلتها قوات النظام.", TRANSFER)
    assert len(ev) == 1 and ev[0].actor1 == "Military Forces of Syria (2000-)"


def test_a_town_the_police_entered_passed_from_the_factions(extractor):
    ev = _events(extractor, "خرج آخر مسلحي المعارضة من بلدة جيرود الثلاثاء، ودخلت إليها وحدات من الشرطة.", TRANSFER)
    assert len(ev) == 1
    assert (ev[0].actor1, ev[0].actor2) == (POLICE, REBELS) and "dt-76702" in ev[0].rule_ids
