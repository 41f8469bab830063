"""Precision audit g105e (sentences of our own): an act retold as the subject of «يأتي/تأتي» is the act told before;
«أغار*» is an air strike only with the aircraft as its subject.

«وتأتي هذه الغارات في وقت سيطرت فيه القوات على بلدة X» retells strikes told in an earlier sentence; the town of the
other clause is not where they fell (modality.tsv kind retold, md-ret-95500..95503). The retold strike still holds the
weak words of its sentence («تزامنا مع تقدم الجيش»: filters.suppress_weak). The past «وجاء الاعتقال في 11 أبريل» tells
when the act took place and is read as before.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-04"


def _types(doc):
    return [(e.event_type, e.sub_event_type, e.location) for e in doc.events]


def test_retold_strikes_take_no_town_of_the_other_clause(extractor):
    text = ("قصفت الطائرات التركية يوم السبت موقعا للقوات الموالية للحكومة في قرية كفرجنة. "
            "وتأتي هذه الغارات في وقت سيطرت فيه القوات التركية على أجزاء من بلدة راجو.")
    doc = read_doc(extractor, text, PUB, title="تطورات")
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.location_text != "راجو" for e in strikes), _types(doc)
    assert any(d["reason"] == "modality:retold" for d in doc.dropped), doc.dropped


def test_present_retelling_without_demonstrative(extractor):
    text = "ويأتي القصف بعد أن تعهد الرئيسان بالرد على هجوم في مدينة دوما."
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert not any(e.event_type == "Explosions/Remote violence" and e.location_text == "دوما"
                   and e.sub_event_type != "Chemical weapon" for e in doc.events), _types(doc)
    assert any(d["reason"] == "modality:retold" for d in doc.dropped), doc.dropped


def test_retold_strike_still_holds_weak_words(extractor):
    text = ("تعرضت مستشفيات في بلدة صيدا شرقي درعا للقصف مساء الثلاثاء. "
            "وتأتي هذه الغارات تزامنا مع تقدم الجيش في المنطقة الواقعة على الحدود مع الأردن.")
    doc = read_doc(extractor, text, "2018-06-27", title="تطورات")
    assert not any(e.event_type == "Battles" for e in doc.events), _types(doc)


def test_past_came_keeps_the_act(extractor):
    # guard: «وجاء الاعتقال في ... 11 أبريل» tells when the arrest took place
    text = "وجاء الاعتقال في عملية أمنية في 11 أبريل الجاري في مدينة طرابلس شمالي لبنان."
    doc = read_doc(extractor, text, "2018-04-24", title="تطورات")
    assert any(e.sub_event_type == "Arrests" for e in doc.events), (_types(doc), doc.dropped)


def test_strike_told_plainly_stays(extractor):
    # guard: the strike told with its own verb is read as news
    text = "شنت الطائرات الحربية الثلاثاء غارات على بلدة صيدا شرقي درعا."
    doc = read_doc(extractor, text, "2018-06-27", title="تطورات")
    assert any(e.sub_event_type == "Air/drone strike" for e in doc.events), (_types(doc), doc.dropped)


def test_raid_by_gunmen_is_no_air_strike(extractor):
    # «أغار*» is an air strike only with the aircraft as its subject, right after it (tr-air-5004 needs >air); aircraft
    # named earlier in the sentence did not raid («الطيران لم ير التجمعات التي أغارت على البلدة»)
    text = "وقال الزعيم إن أسراب الطيران لم تر تلك التجمعات التي فاجأت الجيش وأغارت على قرى الريف الشرقي يوم الأربعاء."
    doc = read_doc(extractor, text, "2018-07-27", title="تطورات")
    assert not any(e.sub_event_type == "Air/drone strike" for e in doc.events), _types(doc)
    assert any(d["rule_id"] == "tr-air-5004" for d in doc.dropped), doc.dropped


def test_aircraft_that_raided_strike(extractor):
    # guard: the aircraft as the subject of «أغارت» after an adverb phrase
    doc = read_doc(extractor, "وأغارت الطائرات الحربية، فجر الخميس، على مواقع للتنظيم في بلدة هجين.", "2018-06-08",
                   title="تطورات")
    assert any(e.sub_event_type == "Air/drone strike" for e in doc.events), (_types(doc), doc.dropped)


def test_towns_counted_in_a_seat_are_in_its_province(extractor):
    # «13 بلدة في درعا»: the towns counted lie in the province that shares the seat's name (step._counted_in_seat)
    doc = read_doc(extractor, "وخلال اليومين الأخيرين، انضمت 15 بلدة على الأقل في درعا إلى اتفاقات المصالحة.",
                   "2018-07-02", title="تطورات")
    taken = [e for e in doc.events if e.event_type == "Strategic developments"]
    assert taken and all(e.geo_precision == 3 for e in taken), [(e.location, e.geo_precision) for e in doc.events]
    assert any("place-counted-province-95510" in e.rule_ids for e in taken)


def test_one_town_in_a_seat_stays_the_city(extractor):
    # guard: a strike on the city itself is at the city
    doc = read_doc(extractor, "قصفت الطائرات الحربية الأحد أحياء في مدينة درعا.", "2018-07-02", title="تطورات")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(e.geo_precision == 1 for e in strikes), [(e.location, e.geo_precision) for e in doc.events]
