"""g103g: the deal behind an evacuation told with its two sides named, and an entry told the day after a taking.

A departure of the sick, the wounded or civilians told under a deal whose sides are named after «بين» («بموجب اتفاق
بين جيش الإسلام وروسيا») tells a deal made: an Agreement between those sides at the place of the departure, dated by
the week up to its day (deals.deal_between, step deal-between-76102); the departure itself is no transfer of
territory. A weak entry told with a strong taking named after «غداة» is the next day's own happening, not the taking's
story (filters.suppress_weak, next-day-weak-76100); the police entering after the army is no transfer from the army
(actor_roles ar-76101). A kept deal of the province and week made with another armed group named by name is another
deal, not the one told again (step._other_group). Composed sentences."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-12"  # a Saturday: «الخميس» is 10 May, «الجمعة» 11 May
RUS = "Military Forces of Russia (2000-)"


def _events(extractor, text: str, sub: str) -> list:
    return [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == sub]


def test_the_sick_taken_out_under_a_deal_between_a_group_and_russia_tell_the_deal(extractor):
    text = ("وتراجع القصف على ريف دمشق. وخرجت الخميس دفعة جديدة من المرضى والجرحى من مدينة حرستا بموجب اتفاق بين "
            "فيلق الرحمن والجانب الروسي.")
    ev = _events(extractor, text, "Agreement")
    assert len(ev) == 1 and "deal-between-76102" in ev[0].rule_ids
    assert ev[0].location == "Ḩarastā"
    assert {ev[0].actor1, ev[0].actor2} == {RUS, "Faylaq al Rahman"}
    # the day told is the departure's: the deal's week up to it
    assert (ev[0].date_start, ev[0].date_end) == ("2018-05-03", "2018-05-10")
    # the sick who left hand over no town
    assert not _events(extractor, text, "Non-violent transfer of territory")


def test_a_deal_between_the_government_and_a_group_named_as_an_affiliation_is_read(extractor):
    ev = _events(extractor, "وتواصلت الجمعة عملية إجلاء الحالات الطبية مع ذويهم من مدينة دوما وفق اتفاق بين "
                            "الحكومة السورية وجيش الإسلام.", "Agreement")
    assert len(ev) == 1 and ev[0].location == "Dūmā"
    assert ev[0].actor2 == "Jaish al Islam"


def test_a_deal_between_named_sides_is_read_but_not_states_old_unnamed_or_truces(extractor):
    told = "وخرجت الخميس دفعة من الجرحى من مدينة دوما بموجب اتفاق {} جيش الإسلام وروسيا."
    assert len(_events(extractor, told.format("بين"), "Agreement")) == 1
    # a deal told old, or a truce's terms
    assert not _events(extractor, told.format("سابق بين"), "Agreement")
    assert not _events(extractor, told.format("وقف إطلاق النار بين"), "Agreement")
    # outside powers' deal
    assert not _events(extractor, "وانتهت الخميس عملية إجلاء سكان بلدتي الفوعة وكفريا بموجب اتفاق بين روسيا وتركيا.",
                       "Agreement")
    # no side named by name
    assert not _events(extractor, "وخرجت الخميس دفعة من الجرحى من مدينة دوما بموجب اتفاق بين الجانبين.", "Agreement")
    # history: the year dates the deal older than a month
    assert not _events(extractor, "وفي نيسان/أبريل العام 2017، خرجت دفعة من الجرحى من مدينة دوما بموجب اتفاق بين "
                                  "الحكومة السورية وجيش الإسلام.", "Agreement")
    # no deal_under cue: «اتفاق بين» alone is the frame of talk, not what was done under it
    assert not _events(extractor, "وتحدث المسؤول عن اتفاق بين جيش الإسلام وروسيا حول مدينة دوما.", "Agreement")


def test_an_entry_the_day_after_a_taking_is_its_own_happening(extractor):
    text = ("دخلت عناصر من قوى الأمن الداخلي السورية، الجمعة، إلى بلدة الضمير في ريف دمشق، غداة إعلان الجيش السوري "
            "استعادة السيطرة الكاملة على المنطقة.")
    entry = _events(extractor, text, "Non-violent transfer of territory")
    assert len(entry) == 1 and "next-day-weak-76100" in entry[0].rule_ids
    assert entry[0].location == "Aḑ Ḑumayr" and entry[0].date_start == "2018-05-11"
    # the police and the army hold one side: the army is no counterpart of the entry
    assert entry[0].actor1 == "Police Forces of Syria (2000-)" and entry[0].actor2 != "Military Forces of Syria (2000-)"
    assert "ar-76101" in entry[0].rule_ids
    taken = _events(extractor, text, "Government regains territory")
    assert len(taken) == 1 and taken[0].date_start == "2018-05-10"
    # no «غداة»: a taking told with the entry is the entry's own story, one happening
    ev = read_doc(extractor, "دخلت قوات الجيش السوري، الجمعة، إلى بلدة الضمير في ريف دمشق واستعادت السيطرة الكاملة "
                             "عليها.", PUB).events
    assert not [e for e in ev if e.sub_event_type == "Non-violent transfer of territory"]


def test_deals_of_two_named_groups_in_one_province_and_week_are_two(extractor):
    text = ("توصلت الحكومة السورية الخميس إلى اتفاق مع جيش الإسلام في مدينة دوما. وبدأ مسلحو حركة أحرار الشام الجمعة "
            "الخروج من بلدة حرستا بموجب اتفاق إجلاء مع الحكومة.")
    ev = _events(extractor, text, "Agreement")
    assert {(e.location, e.actor2) for e in ev} == {("Dūmā", "Jaish al Islam"), ("Ḩarastā", "Ahrar al Sham")}
    # the same group's deal told again behind its transfer is the deal already kept
    again = ("توصلت الحكومة السورية الخميس إلى اتفاق مع جيش الإسلام في مدينة دوما. وبدأ مسلحو جيش الإسلام الجمعة "
             "الخروج من مدينة دوما بموجب اتفاق إجلاء مع الحكومة.")
    assert len(_events(extractor, again, "Agreement")) == 1
