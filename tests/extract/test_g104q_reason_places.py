"""Places and days from the wrong clause (audit g104q), on sentences of our own.

- A sentence whose only town is told inside a reason clause after its act («الضربة المرتقبة ردا على الهجوم الكيماوي
  في مدينة X») gives that town to no act of the next sentences: X is the answered happening's place
  (step._before_reason). A fronted reason («وردا على ذلك، قصف الجيش بلدة X») keeps its town.
- A raid told on another day with its own dead, its town only referred to («وأسفرت الغارات الجمعة عن مقتل 31 مدنيا»
  after Saturday's dead at a named town), is that day's happening, not Saturday's retold (merge._days_at_one_town).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-04-11"  # a Wednesday


def _read(extractor, text):
    return read_doc(extractor, text, PUB)


def test_a_reason_clause_town_is_not_carried_to_the_next_sentence(extractor):
    doc = _read(extractor, "أثارت الضربة الأمريكية المرتقبة ردا على الهجوم الكيماوي في مدينة حرستا، قلقا واسعا في "
                          "صفوف القوات الحكومية المنتشرة في سوريا. وقال المرصد السوري الأربعاء إن القوات الحكومية "
                          "شرعت في إخلاء كافة المطارات العسكرية الرئيسية في مناطق سيطرتها.")
    moves = [e for e in doc.events if e.sub_event_type == "Change to group/activity"]
    assert moves, [(e.sub_event_type, e.location) for e in doc.events]
    assert all(e.location != "Ḩarastā" for e in moves), [(e.location, e.rule_ids) for e in moves]
    # the answered attack itself stays at its town
    assert any(e.sub_event_type == "Chemical weapon" and e.location == "Ḩarastā" for e in doc.events)


def test_a_fronted_reason_keeps_its_town_for_the_next_sentence(extractor):
    doc = _read(extractor, "وردا على ذلك، قصف الجيش السوري الثلاثاء بلدة كفرنبل بالمدفعية. "
                          "وقال المرصد إن طائرات حربية شنت غارات الثلاثاء أيضا.")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(e.location == "Kafranbel" for e in strikes), [(e.sub_event_type, e.location) for e in strikes]


def test_a_raid_of_another_day_with_its_own_dead_is_apart(extractor):
    doc = _read(extractor, "تعرضت مدينة كفرنبل الخاضعة لسيطرة المعارضة إلى غارات جوية جديدة السبت، وقتل ستة مدنيين "
                          "في الغارات السبت بحسب المرصد السوري. وكانت القوات الحكومية قد استأنفت الجمعة قصف المدينة "
                          "بعد هدوء استمر أسبوعا. وأسفرت الغارات والقصف الجمعة عن مقتل 31 مدنيا بينهم تسعة أطفال، "
                          "وفق المرصد.")
    strikes = sorted((e.event_date, e.fatalities) for e in doc.events if e.event_type == "Explosions/Remote violence")
    assert strikes == [("2018-04-06", 31), ("2018-04-07", 6)], strikes


def test_a_later_raid_with_no_dead_of_its_own_still_joins(extractor):
    doc = _read(extractor, "قتل ستة مدنيين السبت في غارات جوية على مدينة كفرنبل بحسب المرصد السوري. "
                          "وكانت الطائرات قد شنت غارات على المدينة الجمعة.")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1, [(e.event_date, e.fatalities, e.rule_ids) for e in strikes]
