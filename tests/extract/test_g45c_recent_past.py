"""«الأمس القريب» (g45c): "the recent past" is an idiom naming no day, not yesterday; a happening retold with it
must not be dated by the report's eve. «أمس» alone, and «أمس» before another word, stay yesterday."""
from __future__ import annotations

import datetime as dt

from marsad.lang.ar.dates import find_dates
from marsad.lang.ar.tokens import analyze_text
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = dt.date(2018, 5, 20)


def _days(text):
    return [(d.date_start, d.date_end) for d in find_dates(analyze_text(text), PUB)]


def test_the_recent_past_names_no_day():
    assert _days("كانت البلدة حتى الأمس القريب تحت سيطرة الفصائل المسلحة.") == []
    assert _days("بالأمس القريب تعرضت مخازن الحبوب في المدينة لحريق كبير.") == []
    assert _days("لم يكن هذا ممكنا في الأمس البعيد.") == []


def test_yesterday_alone_or_before_a_place_stays_yesterday():
    eve = dt.date(2018, 5, 19)
    assert _days("قصفت الطائرات البلدة أمس.") == [(eve, eve)]
    assert _days("قتل ثلاثة مدنيين بالأمس في قصف على البلدة.") == [(eve, eve)]


def _strike(extractor, opener):
    doc = extractor(MetaStep()(Document(
        text=opener + "قصفت طائرات حربية سوق بلدة معرة النعمان في ريف إدلب، ما أدى إلى مقتل عشرة مدنيين.",
        published="2018-05-20")))
    assert len(doc.events) == 1, "the strike is still read"
    return doc.events[0]


def test_a_strike_retold_with_the_recent_past_is_not_dated_as_yesterday(extractor):
    told = _strike(extractor, "بالأمس القريب ")
    assert not [r for r in told.rule_ids if r.startswith("rd-yest")]
    # no day of its own: as undated as the bare sentence, not the single day before publication
    bare = _strike(extractor, "")
    assert (told.event_date, told.date_end) == (bare.event_date, bare.date_end)
    assert told.event_date != told.date_end
