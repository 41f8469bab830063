"""g105d: protests told with other verbs. Protesters named indefinitely who close a road or an entrance («أغلق محتجون
مدخله»: tr-pro-95000..95003) protest as the definite do; «فض» disperses a sit-in as «فرق» does (trigger_cues dispersal);
the towns a wave spread to after its onset's place («انطلقت الأحد في X وامتدت إلى محافظات أخرى كـY وZ») are a protest
each over the week up to publication (ps-95000); a town of a protest list keeps its own sub-type, not the force a
merge gave the kept town's event; places of the 2018 Basra protests (places_extra pl-53490..53492); arrests of
protesters told in a sentence a riot's event holds are that riot's intervention; «الميناء» is the port of the town told
before (place_words back).
"""
from __future__ import annotations
import pytest
from marsad_testdata import read_doc

PUB = "2018-08-06"


def _protests(doc):
    return {(e.sub_event_type, e.location, e.date_start, e.date_end) for e in doc.events if e.event_type == "Protests"}


@pytest.mark.parametrize("text, town", [
    ("وأغلق متظاهرون الطريق الرئيسي في مدينة الكوت يوم الأحد مطالبين بالكهرباء.", "Al-Kut"),
    ("وتوقف العمل في ميناء أم قصر يوم الأحد بعد أن سد محتجون مدخله.", "Umm Qaşr"),
])
def test_indefinite_protesters_closing_a_road_protest(extractor, text, town):
    assert _protests(read_doc(extractor, text, PUB)) == {("Peaceful protest", town, "2018-08-05", "2018-08-05")}


def test_sit_in_broken_up_is_intervention(extractor):
    doc = read_doc(extractor, "وفضت قوات الأمن يوم الأحد اعتصاما لعاطلين عن العمل وسط مدينة الكوت.", PUB)
    assert {(s, loc) for s, loc, _, _ in _protests(doc)} == {("Protest with intervention", "Al-Kut")}


@pytest.mark.parametrize("text, town", [
    ("وتظاهر العشرات يوم الأحد في السيبة جنوب البصرة.", "Siba"),
    ("وتظاهر العشرات يوم الأحد أمام بوابة حقل الرميلة النفطي.", "Rumaila oil field"),
    ("وتظاهر العشرات يوم الأحد في كرمة علي شمال البصرة.", "Karmat Ali"),
])
def test_basra_oil_towns_are_places(extractor, text, town):
    assert {loc for _, loc, _, _ in _protests(read_doc(extractor, text, PUB))} == {town}


def test_towns_a_wave_spread_to_after_its_onset(extractor):
    doc = read_doc(extractor, "وتتواصل المظاهرات التي انطلقت الثلاثاء الماضي في مدينة الكوت وامتدت إلى محافظات أخرى "
                              "كالحلة والديوانية.", PUB)
    got = _protests(doc)
    assert any(loc == "Al-Kut" for _, loc, _, _ in got)
    assert {("Peaceful protest", t, "2018-07-30", PUB) for t in ("Al Hillah", "Al Diwaniyah")} <= got
    assert len(got) == 3


def test_town_of_a_protest_list_keeps_its_own_sub_type(extractor):
    # the force told at one town of the list is that town's: the list's other towns, kept as its siblings, stay
    # peaceful and take no police as their other side
    doc = read_doc(extractor, "قتل متظاهر برصاص الشرطة يوم الجمعة أثناء تفريق مظاهرة في الكوت. وقال مسؤول محلي إن "
                              "الحكومة ستحقق في الحادث. وخرج الآلاف، الجمعة، في مدن الكوت والحلة والديوانية، وامتدت "
                              "التظاهرات إلى بغداد.", PUB)
    got = {(e.sub_event_type, e.location, e.actor2) for e in doc.events if e.event_type == "Protests"}
    assert ("Excessive force against protesters", "Al-Kut", "Police Forces of Iraq (2014-2018)") in got
    assert {(s, a2) for s, loc, a2 in got if loc in ("Al Hillah", "Al Diwaniyah")} == {("Peaceful protest", None)}


def test_arrests_told_in_a_merged_riot_sentence_are_its_intervention(extractor):
    # the clash at a district of the city merges into the city's riot; the arrests its sentence tells are that
    # riot's, not an Arrests event at the district
    doc = read_doc(extractor, "واشتبك محتجون مع قوات الأمن أمام مبنى محافظة البصرة يوم الأحد وأحرقوا إطارات السيارات. "
                              "كما اشتبك محتجون في كرمة علي مع رجال الشرطة يوم الأحد، مما أسفر عن جرح ثلاثة منهم "
                              "واعتقال عدد آخر.", PUB)
    assert [e.sub_event_type for e in doc.events] == ["Violent demonstration"]


def test_the_port_is_the_town_told_before(extractor):
    # place_words back الميناء: the port of the town named before
    doc = read_doc(extractor, "وتعد أم قصر أكبر موانئ العراق على الخليج. وتوقفت العمليات في الميناء يوم الأحد بعد أن "
                              "أغلق محتجون مدخله.", PUB)
    assert _protests(doc) == {("Peaceful protest", "Umm Qaşr", "2018-08-05", "2018-08-05")}
