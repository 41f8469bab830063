"""g91c: a store of arms blowing up («انفجار مستودع ذخيرة») is no attack (modality.tsv kind accident, md-acc-56900..56912),
and the report's bare explosion words («الانفجار») tell that same blast (trigger_kinds.tsv bare_blast, step._accident_told);
a bomb named in its own words, or a blast told with no store, stays an event."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-08-20"
IED = "Remote explosive/landmine/IED"


def test_depot_blast_is_no_event(extractor):
    text = "قتل 12 شخصا الأحد في انفجار مستودع ذخيرة في بلدة الدانا بريف إدلب."
    assert not events_of(extractor, text, IED, PUB)


def test_the_blast_named_again_is_the_depot_too(extractor):
    text = ("قتل 12 شخصا الأحد في انفجار مستودع أسلحة في بلدة الدانا بريف إدلب. "
            "وقال مسؤول محلي إن الانفجار وقع الأحد في بلدة الدانا وإن أسبابه غير معروفة.")
    assert not events_of(extractor, text, IED, PUB)


def test_a_plain_blast_stays(extractor):
    text = ("قتل 12 شخصا الأحد في انفجار في سوق بلدة الدانا بريف إدلب. "
            "وقال مسؤول محلي إن الانفجار وقع الأحد في بلدة الدانا.")
    assert events_of(extractor, text, IED, PUB)


def test_a_car_bomb_beside_a_depot_blast_stays(extractor):
    text = ("قتل 12 شخصا الأحد في انفجار مستودع ذخيرة في بلدة الدانا بريف إدلب. "
            "وانفجرت سيارة مفخخة الأحد في مدينة سرمدا ما أدى إلى مقتل خمسة أشخاص.")
    assert events_of(extractor, text, IED, PUB)
