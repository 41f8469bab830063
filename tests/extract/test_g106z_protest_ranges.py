"""g106z: a protest told since a day of this week with its dead («تشهد المدينة حركة احتجاج، منذ الثلاثاء الماضي،
أسفرت عن مقتل 9») is one happening over those days with that toll, not a reported total (ps-111500); a day inside
the range told with its own day («وأدت احتجاجات الجمعة إلى مقتل شخصين») stays its own event, not merged into the
range (merge._range_and_day_apart). Provinces told before «في» + a side of a town («في محافظتي كركوك ونينوى في شمال
بغداد») are the places; the side only says where they lie (pl-111501).
"""
from __future__ import annotations
from marsad_testdata import read_doc

PUB = "2018-09-08"  # a Saturday: «الثلاثاء الماضي» is 4 September, «الجمعة» 7 September


def _protests(doc):
    return {(e.sub_event_type, e.location, e.date_start, e.date_end, e.fatalities)
            for e in doc.events if e.event_type == "Protests"}


def test_a_protest_since_a_weekday_with_its_dead_is_a_range(extractor):
    doc = read_doc(extractor, "وسقطت قذيفة قرب المطار في وقت تشهد فيه الناصرية حركة احتجاج، منذ الثلاثاء الماضي، "
                              "أسفرت عن مقتل 9 متظاهرين على الأقل، بحسب مسؤولين.", PUB)
    got = _protests(doc)
    assert ("Excessive force against protesters", "Nasiriyah", "2018-09-04", PUB, 9) in got
    assert not [d for d in doc.dropped if d["reason"] == "reported total" and d["text"] == "احتجاج"]
    # the shell of the sentence is not told since that day: it neither takes the range nor its dead
    assert not [e for e in doc.events if e.event_type != "Protests"]


def test_a_day_inside_the_range_stays_its_own_event(extractor):
    doc = read_doc(extractor, "وتشهد الناصرية حركة احتجاج، منذ الثلاثاء الماضي، أسفرت عن مقتل 9 متظاهرين على الأقل. "
                              "وأدت احتجاجات الجمعة إلى مقتل شخصين، وإصابة نحو 30 آخرين، بحسب وزارة الصحة.", PUB)
    got = {(s, loc, ds, de) for s, loc, ds, de, _ in _protests(doc)}
    assert ("Excessive force against protesters", "Nasiriyah", "2018-09-04", PUB) in got
    assert ("Excessive force against protesters", "Nasiriyah", "2018-09-07", "2018-09-07") in got


def test_provinces_before_a_side_of_a_town_are_the_places(extractor):
    doc = read_doc(extractor, "وتظاهر المئات صباح الخميس في محافظتي كركوك ونينوى في شمال بغداد للمطالبة بفرص عمل.", PUB)
    got = {(e.location, e.date_start) for e in doc.events if e.event_type == "Protests"}
    assert got == {("Kirkuk", "2018-09-06"), ("Ninewa", "2018-09-06")}


def test_two_sides_after_a_dual_of_provinces(extractor):
    doc = read_doc(extractor, "وخرج الآلاف في تظاهرتين جديدتين صباح الخميس في محافظتي ديالى وذي قار في شرق وجنوب "
                              "بغداد.", PUB)
    got = {(e.location, e.date_start) for e in doc.events if e.event_type == "Protests"}
    assert got == {("Diyala", "2018-09-06"), ("Thi-Qar", "2018-09-06")}
