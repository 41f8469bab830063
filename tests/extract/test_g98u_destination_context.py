"""Where a move told in one sentence goes (or leaves from, before where it goes) is no context place for the next
sentence's act, which stays at the report's place (g98u, rule place-destination-not-carried-60900; sentences of
our own)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-20"  # a Wednesday


def _places(extractor, text: str, event_type: str) -> list[str | None]:
    return [e.location for e in read_doc(extractor, text, PUB).events if e.event_type == event_type]


def test_the_destination_of_the_fleeing_is_not_the_next_strikes_place(extractor):
    text = ("اندلعت اشتباكات عنيفة في بلدة الحراك بريف درعا الشرقي يوم الاثنين. "
            "وفر آلاف السكان باتجاه محافظة السويداء. "
            "وقتل ثلاثة مقاتلين في قصف مدفعي صباح الثلاثاء.")
    assert _places(extractor, text, "Explosions/Remote violence") == ["Al Ḩirāk"]


def test_displaced_told_going_to_a_province_leave_the_town_as_context(extractor):
    text = ("شنت طائرات حربية غارات على بلدة كفرزيتا في ريف حماة الشمالي يوم الاثنين. "
            "ونزح معظم السكان إلى محافظة إدلب. "
            "وقتل أربعة مدنيين في قصف صاروخي صباح الثلاثاء.")
    strikes = [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Explosions/Remote violence"]
    assert [(e.location, "place-destination-not-carried-60900" in e.rule_ids) for e in strikes] == [
        ("Kafr Zaytā", True)]


def test_forces_advancing_toward_a_town_still_give_it_as_context(extractor):
    # guard: an advance is no departure, the town it heads to is where the next act is told
    text = ("تقدمت قوات النظام باتجاه بلدة الحراك في ريف درعا يوم الاثنين. "
            "وقتل ثلاثة مقاتلين في قصف مدفعي صباح الثلاثاء.")
    assert _places(extractor, text, "Explosions/Remote violence") == ["Al Ḩirāk"]


def test_a_sentence_with_no_move_still_gives_its_place(extractor):
    # guard: the carry is unchanged when no move is told
    text = ("اندلعت اشتباكات عنيفة يوم الاثنين. وأفاد المرصد بوقوع اشتباكات في بلدة الحراك بريف درعا. "
            "وقتل ثلاثة مقاتلين في قصف مدفعي صباح الثلاثاء.")
    assert _places(extractor, text, "Explosions/Remote violence") == ["Al Ḩirāk"]
