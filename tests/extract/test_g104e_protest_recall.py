"""g104e: protest recall. Force told on protesters named indefinitely («فتحت الشرطة النار على محتجين»، «إطلاق الأمن
الرصاص على متظاهرين»: tr-prox-80000..80005) is excessive force as the definite is; protesters who go out («خرج
المحتجون») protest as «خرج الآلاف» does (tr-pro-80020..80023), and a square is where a crowd goes out to
(trigger_cues streets_out); a place a protest wave spread to with no day told is a protest there over the week up to
publication (ps-80030), not background.
"""
from __future__ import annotations
import pytest
from marsad_testdata import read_doc

PUB = "2018-08-06"


FORCE, PEACEFUL = "Excessive force against protesters", "Peaceful protest"
READ = [
    # force on protesters named indefinitely
    ("وفتحت الشرطة النار على محتجين أمام مبنى المحافظة في الكوت يوم الأحد.", FORCE),
    ("وأصيب عشرة أشخاص يوم الأحد جراء إطلاق الأمن الرصاص على متظاهرين قرب مبنى المحافظة في الكوت.", FORCE),
    # protesters who go out, and a crowd going out to a square
    ("وخرج المحتجون مساء الأحد في مدينة الكوت مطالبين بفرص عمل.", PEACEFUL),
    ("وخرج متظاهرون يوم الأحد في مدينة الكوت رافعين الأعلام العراقية.", PEACEFUL),
    ("وخرج عدد من الشبان يوم الأحد إلى ساحة الاحتفالات في مدينة الكوت احتجاجا على انقطاع الكهرباء.", PEACEFUL),
]


@pytest.mark.parametrize("text, sub", READ)
def test_protest_read_on_its_day(extractor, text, sub):
    got = [(e.sub_event_type, e.location, e.date_start) for e in read_doc(extractor, text, PUB).events
           if e.event_type == "Protests"]
    assert got == [(sub, "Al-Kut", "2018-08-05")]


def test_fighters_going_out_no_protest(extractor):
    # guard: fighters who leave a town are no protesters
    doc = read_doc(extractor, "وخرج المسلحون يوم الأحد من مدينة الكوت بعد اتفاق مع الحكومة.", PUB)
    assert all(e.event_type != "Protests" for e in doc.events)


def test_spread_without_day_is_protest_over_week(extractor):
    doc = read_doc(extractor, "وقال مراقبون إن الحكومة عجزت عن احتوائها، فقد اتسعت رقعة الاحتجاجات ووصلت إلى مدينتي "
                              "الكوت والحلة.", PUB)
    got = {(e.location, e.date_start, e.date_end) for e in doc.events if e.event_type == "Protests"}
    assert got == {("Al-Kut", "2018-07-30", PUB), ("Al Hillah", "2018-07-30", PUB)}


def test_contained_wave_from_origin_is_protest_at_each_town(extractor):
    # the containing is aimed at, the protests its object are told done by their own relative clause; the wave told
    # from its origin («من الكوت») to a list of towns is a protest at the origin and at each town, over the week
    doc = read_doc(extractor, "وأمرت الحكومة بنشر قوات إضافية في محاولة للسيطرة على الاحتجاجات المتصاعدة التي امتدت "
                              "من الكوت إلى مدن الحلة والديوانية.", PUB)
    got = {(e.location, e.sub_event_type, e.date_start, e.date_end) for e in doc.events if e.event_type == "Protests"}
    assert got == {(town, "Peaceful protest", "2018-07-30", PUB) for town in ("Al-Kut", "Al Hillah", "Al Diwaniyah")}


def test_contained_protests_without_clause_stay_aimed_at(extractor):
    # guard: with no relative clause telling them done, the protests a step aims to prevent are not told
    doc = read_doc(extractor, "وأمرت الحكومة بنشر قوات إضافية في الكوت في محاولة لمنع الاحتجاجات.", PUB)
    assert all(e.event_type != "Protests" for e in doc.events)
