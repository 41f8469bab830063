"""Air defences and the interceptions they tell (branch g109c): an interception told at a town's
side («غرب دمشق») and again over a place named there takes the named place (merge._intercepted_over); a missile's
course diverted («حرف مسار», triggers.tsv tr-dis-124001) is an interception, and the civilians a fallen missile hurt
are not the side it met (frames: a downed weapon's target is never civilians)."""
from __future__ import annotations

from marsad_testdata import events_of, read_doc

PUB = "2018-09-05"
DWU = "Disrupted weapons use"


def test_interception_takes_the_place_named_over_the_towns_side(extractor):
    text = ("تصدت الدفاعات الجوية السورية فجر الثلاثاء لهدف معاد شمال غرب دمشق، بحسب التلفزيون الرسمي. "
            "وقال التلفزيون إن دفاعاتنا الجوية تصدت لطائرة معادية دخلت الأجواء فوق منطقة جمرايا في ريف دمشق.")
    evs = events_of(extractor, text, DWU, PUB)
    assert [e.location for e in evs] == ["Jamraya"], [(e.location, e.geo_precision) for e in evs]


def test_the_town_itself_named_keeps_the_town(extractor):
    # guard: the interception told at the city itself (not its side) keeps the city
    text = ("تصدت الدفاعات الجوية السورية فجر الثلاثاء لهدف معاد في سماء مدينة دمشق، بحسب التلفزيون الرسمي. "
            "وقال التلفزيون إن الدفاعات الجوية أسقطت صاروخين فوق دمشق.")
    evs = events_of(extractor, text, DWU, PUB)
    assert evs and all(e.location == "Damascus" for e in evs), [(e.location, e.geo_precision) for e in evs]


def test_diverted_missiles_are_an_interception_that_met_no_civilians(extractor):
    text = ("وقال بيان للجيش إنه تم حرف مسار الصواريخ التي استهدفت مطارا عسكريا قرب حماة فجر الثلاثاء، "
            "وأدى سقوط أحدها إلى إصابة مدنيين اثنين.")
    evs = events_of(extractor, text, DWU, PUB)
    assert evs, read_doc(extractor, text, PUB).events
    assert all(e.actor2 is None or not e.actor2.startswith("Civilians") for e in evs), [(e.actor1, e.actor2) for e in evs]
