"""One happening stored twice with one key (branch g61a): towns of a list the gazetteer lacks are kept "near" a
listed town with its name and point, so each became a second event at that town, same sub-type, day and sides. ACLED
codes one event per sub-type, place, day and sides: the copies fold into the first; other towns stay apart."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-06"  # a Tuesday


def _keys(extractor, text):
    return sorted((e.sub_event_type, e.location, e.date_start) for e in read_doc(extractor, text, PUB).events)


def test_unresolved_villages_of_a_taking_do_not_copy_the_listed_town(extractor):
    text = ("أعلن الجيش السوري الاثنين استعادة السيطرة على قرى ومزارع أوتايا وحوش الصالحية وحوش خرابو وبيت نايم "
            "في الغوطة الشرقية بعد معارك مع مسلحي هيئة تحرير الشام.")
    keys = _keys(extractor, text)
    assert keys.count(("Government regains territory", "Otaya", "2018-03-05")) == 1


def test_a_raid_copy_folds_and_the_other_town_stays(extractor):
    text = "شنت الطائرات الحربية السورية الاثنين غارات على بلدات المسيفرة والغرية وكحيل في ريف درعا الشرقي."
    keys = _keys(extractor, text)
    assert keys.count(("Air/drone strike", "Al Musayfirah", "2018-03-05")) == 1
    assert ("Air/drone strike", "Kahil", "2018-03-05") in keys
