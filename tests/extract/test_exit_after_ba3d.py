"""«بعد خروج» (session 24): the fighters' exit told after «بعد» is the happening that emptied the town, the day's
news, not background recalled (modality.tsv shields md-shd-47600/47601 keep md-bg-7/md-bg-8 off «خروج»)."""
from __future__ import annotations

from marsad_testdata import events_of, read_doc

PUB = "2018-03-25"  # a Sunday
NVT = "Non-violent transfer of territory"


def test_a_town_emptied_after_the_fighters_exit_is_a_transfer(extractor):
    text = ("وأعلن الجيش مساء أمس السبت مدينة حرستا خالية من المسلحين بعد خروج الدفعة الأخيرة من المقاتلين "
            "وعائلاتهم باتجاه محافظة إدلب.")
    evs = events_of(extractor, text, NVT, PUB)
    assert [(e.location, e.event_date, e.actor2) for e in evs] == [("Ḩarastā", "2018-03-24", "Opposition Rebels (Syria)")]


def test_after_the_exit_with_no_fighters_is_still_no_transfer(extractor):
    # the shield lifts the background reading only; «خروج» still needs fighters (tr-nvt-4 fighters+!flight)
    doc = read_doc(extractor, "وعاد الهدوء إلى مدينة حرستا بعد خروج الأهالي منها أمس السبت.", PUB)
    assert not [e for e in doc.events if e.sub_event_type == NVT], [(e.sub_event_type, e.location) for e in doc.events]
