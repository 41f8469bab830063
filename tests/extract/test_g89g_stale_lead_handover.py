"""g89g: a handover or departure told with no day of its own does not borrow a lead day more than a week before
publication (step._stale_lead_handover): that lead day dates a happening the report recalls. Sentences composed for
the tests."""
from __future__ import annotations

import datetime as dt

from marsad_testdata import events_of

PUB = "2018-05-20"
NVT = "Non-violent transfer of territory"
LEAD_OLD = "وقالت منظمات حقوقية إن قوات النظام قصفت البلدة في 2 أيار/مايو الجاري بالبراميل المتفجرة. "
LEAD_NEAR = "وقالت منظمات حقوقية إن قوات النظام قصفت البلدة في 17 أيار/مايو الجاري بالبراميل المتفجرة. "
DEPART = "وأكدت وسائل إعلام رسمية خروج مسلحي المعارضة من بلدة الرستن في ريف حمص بموجب اتفاق مع روسيا."


def test_old_lead_day_is_not_the_departure_day(extractor):
    evs = events_of(extractor, LEAD_OLD + DEPART, NVT, PUB)
    assert evs and all((dt.date(2018, 5, 20) - dt.date.fromisoformat(e.date_start)).days <= 7 for e in evs)


def test_lead_day_within_the_week_still_dates_it(extractor):
    evs = events_of(extractor, LEAD_NEAR + DEPART, NVT, PUB)
    assert evs and all(e.event_date == "2018-05-17" for e in evs)
