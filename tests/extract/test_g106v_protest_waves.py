"""g106v: protest waves. A protest word told inside the force at a wave's onset, placed at the first town of the list
after the verb of spreading («بعد مقتل متظاهر ... خلال تفريق التظاهرة، وامتدت لتشمل محافظات أخرى، بما فيها X وY»),
is the wave at those towns: a peaceful protest at each over the week up to publication (ps-109000), while the force
stays at the onset's town. A wave's list may mix provinces and towns («إلى ميسان والديوانية»، «مثل بابل والديوانية»):
each member is a town reached, whatever its precision (ps-109001, and the onset's towns of ps-95000).
"""
from __future__ import annotations
from marsad_testdata import read_doc

PUB = "2018-08-06"
WEEK = ("2018-07-30", PUB)


def _protests(doc):
    return {(e.sub_event_type, e.location, e.date_start, e.date_end) for e in doc.events if e.event_type == "Protests"}


def test_towns_after_a_wave_told_with_force_are_peaceful_over_the_week(extractor):
    doc = read_doc(extractor, "واشتدت الاحتجاجات التي خرجت في الكوت بعد مقتل متظاهر في الأول من آب/أغسطس، لدى إطلاق "
                              "نار خلال تفريق المظاهرة، وامتدت لتشمل محافظات أخرى، بما فيها الحلة والديوانية وميسان.", PUB)
    got = _protests(doc)
    assert ("Excessive force against protesters", "Al-Kut", "2018-08-01", "2018-08-01") in got
    towns = {loc for s, loc, ds, de in got if s == "Peaceful protest" and (ds, de) == WEEK}
    assert {"Al Hillah", "Al Diwaniyah", "Maysan"} <= towns
    # none of the towns reached takes the onset's force or day
    assert not {loc for s, loc, ds, _ in got if loc != "Al-Kut" and (s != "Peaceful protest" or ds == "2018-08-01")}


def test_a_wave_reaching_a_province_and_a_town(extractor):
    doc = read_doc(extractor, "لكن الوعود لم تهدئ الشارع، بل امتدت المظاهرات إلى ميسان والديوانية.", PUB)
    assert {(s, loc) for s, loc, ds, de in _protests(doc) if (ds, de) == WEEK} == {
        ("Peaceful protest", "Maysan"), ("Peaceful protest", "Al Diwaniyah")}


def test_towns_after_an_onset_mixing_a_province_and_a_town(extractor):
    doc = read_doc(extractor, "وبدأت الاحتجاجات في الكوت ثم امتدت لاحقا إلى محافظات أخرى مثل بابل والديوانية.", PUB)
    got = _protests(doc)
    assert {("Peaceful protest", t, *WEEK) for t in ("Babylon", "Al Diwaniyah")} <= got
