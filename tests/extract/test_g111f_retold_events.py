"""Recent happenings retold in a subordinate clause (branch g111f), on sentences of our own.

A chemical attack told with a hedge of belief between the noun and its weapon is one; an attack answered by a strike,
told with its own recent day after it, keeps that day rather than the strike's; a false alarm compared with an earlier
real strike withdraws the alarm's night, not that strike.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep


def _events(extractor, text, published):
    return extractor(MetaStep()(Document(text=text, published=published))).events


def test_an_attack_believed_chemical_is_a_chemical_attack(extractor):
    events = _events(extractor, "وأجلت الأمم المتحدة زيارة المفتشين، ردا على هجوم يعتقد أنه كيماوي وقع في بلدة كفرزيتا "
                                "الأسبوع الماضي.", "2018-05-22")
    chem = [e for e in events if e.sub_event_type == "Chemical weapon"]
    assert len(chem) == 1 and "tr-chem-140000" in chem[0].rule_ids, [(e.sub_event_type, e.rule_ids) for e in events]
    assert chem[0].date_start >= "2018-05-12", chem[0].date_start


def test_an_answered_attack_keeps_its_own_day_told_after_its_toll(extractor):
    events = _events(extractor, "ونفذت طائرات حربية ضربات على مواقع عسكرية فجر السبت، ردا على هجوم كيماوي، أسفر عن مقتل "
                                "العشرات في بلدة كفرزيتا قبل أيام.", "2018-05-22")
    chem = [e for e in events if e.sub_event_type == "Chemical weapon"]
    assert len(chem) == 1, [(e.sub_event_type, e.date_start) for e in events]
    # «قبل أيام»: the days before the report, not Saturday's strike that answered it
    assert chem[0].date_start < "2018-05-19" and "answered-day-140010" in chem[0].rule_ids, \
        (chem[0].date_start, chem[0].rule_ids)
    assert any(e.event_type == "Explosions/Remote violence" and e.sub_event_type != "Chemical weapon"
               and e.date_start == "2018-05-19" for e in events)
    # with no day told after it, the attack answered is read as before
    undated = _events(extractor, "ونفذت طائرات حربية ضربات على مواقع عسكرية فجر السبت، ردا على هجوم كيماوي، أسفر عن مقتل "
                                 "العشرات في بلدة كفرزيتا.", "2018-05-22")
    assert not any("answered-day-140010" in e.rule_ids for e in undated)


ALARM = "قال مصدر عسكري إن إنذارا خاطئا أدى الليلة الماضية إلى إطلاق صفارات الدفاع الجوي. "


def test_the_real_strike_a_false_alarm_is_compared_with_stays(extractor):
    events = _events(extractor, ALARM + "وجاء هذا الإنذار الخاطئ بعد ضربات صاروخية شنتها الولايات المتحدة فجر السبت ضد "
                                "مواقع عسكرية في مدينة حمص.", "2018-05-22")
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Shelling/artillery/missile attack", "2018-05-19")]
    # a strike told in the alarm's sentence with no day of its own is still withdrawn
    undated = _events(extractor, ALARM + "وجاء هذا الإنذار الخاطئ بعد تقارير عن ضربات صاروخية استهدفت مواقع عسكرية في "
                                 "مدينة حمص.", "2018-05-22")
    assert undated == [], [(e.sub_event_type, e.date_start, e.rule_ids) for e in undated]


def test_an_attack_told_with_its_toll_stands_though_its_answer_is_background(extractor):
    events = _events(extractor, "وتأتي الغارة بعد أن تعهد الرئيسان، الأحد، بالرد على هجوم كيماوي مفترض أسفر عن مقتل العشرات "
                                "في بلدة كفرزيتا، بحسب البيت الأبيض.", "2018-05-22")
    chem = [e for e in events if e.sub_event_type == "Chemical weapon"]
    assert len(chem) == 1 and chem[0].fatalities == 10, [(e.sub_event_type, e.fatalities) for e in events]
    # only named, with no toll, the attack stays the background's (g102l)
    named = _events(extractor, "وتأتي الغارة بعد أن تعهد الرئيسان، الأحد، بالرد على هجوم كيماوي مفترض في بلدة كفرزيتا، "
                               "بحسب البيت الأبيض.", "2018-05-22")
    assert named == [], [(e.sub_event_type, e.rule_ids) for e in named]
