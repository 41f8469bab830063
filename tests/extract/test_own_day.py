"""A relative clause or a recalled happening ("بعد ...", "ردا على ...") told with a recent day of its own is a
happening of the news, not background (q11a, recall on unseen news)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-06"  # a Sunday


def _read(extractor, text):
    return extractor(MetaStep()(Document(text=text, published=PUB)))


def test_a_relative_clause_with_its_own_day_is_a_happening(extractor):
    doc = _read(extractor, "قال مصدر عسكري إن الهجوم الذي استهدف حاجزا للجيش قرب مدينة درعا يوم الجمعة أسفر عن "
                           "مقتل ثلاثة جنود.")
    ev = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(ev) == 1 and ev[0].date_start == "2018-05-04", [(e.sub_event_type, e.date_start) for e in doc.events]
    assert any(r.startswith("own-day:") for r in ev[0].rule_ids)


def test_a_relative_clause_without_a_day_still_describes(extractor):
    doc = _read(extractor, "قال مصدر عسكري إن الهجوم الذي استهدف حاجزا للجيش قرب مدينة درعا أسفر عن مقتل ثلاثة جنود.")
    assert not [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert any(d["reason"] == "modality:relative" for d in doc.dropped)


def test_a_recalled_happening_with_its_own_day_set_off_by_a_comma(extractor):
    doc = _read(extractor, "توقع مسؤول أمني أن ترد الجماعة على إسرائيل بعد غارات على مواقع عسكرية قرب حمص، ليل الجمعة.")
    ev = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert len(ev) == 1 and ev[0].date_start == "2018-05-04", [(e.sub_event_type, e.date_start) for e in doc.events]


def test_a_recalled_happening_keeps_being_background_when_old_or_without_a_day(extractor):
    for text in ("توقع مسؤول أمني أن ترد الجماعة على إسرائيل بعد غارات على مواقع عسكرية قرب حمص.",
                 # a month or more back is history, whatever the clause
                 "توقع مسؤول أمني أن ترد الجماعة على إسرائيل بعد غارات على مواقع عسكرية قرب حمص في 3 آذار."):
        doc = _read(extractor, text)
        assert not [e for e in doc.events if e.sub_event_type == "Air/drone strike"], text


def test_a_day_told_after_another_trigger_is_not_the_recalled_ones(extractor):
    # the day and the town belong to the chemical attack told after the strikes, not to the strikes
    doc = _read(extractor, "ويأتي هذا بعد ضربات صاروخية ضد مواقع عدة ردا على هجوم كيميائي في مدينة دوما يوم الجمعة.")
    assert not [e for e in doc.events if e.sub_event_type in ("Shelling/artillery/missile attack", "Air/drone strike")], \
        [(e.sub_event_type, e.location) for e in doc.events]


def test_a_recalled_happening_whose_place_lies_beyond_another_trigger_stays_background(extractor):
    # its day is its own, but the only town told is the chemical attack's: what the sentence tells of it is context
    doc = _read(extractor, "ويأتي هذا بعد ضربات صاروخية فجر الجمعة ضد مواقع عدة ردا على هجوم كيميائي في مدينة دوما.")
    assert not [e for e in doc.events if e.sub_event_type in ("Shelling/artillery/missile attack", "Air/drone strike")], \
        [(e.sub_event_type, e.location) for e in doc.events]


def test_an_indefinite_nouns_own_verb_tells_the_same_happening(extractor):
    # "هجوم كيميائي مفترض استهدف السبت": the noun keeps the day its verb is told with; the verb is no second strike
    doc = _read(extractor, "وقال الرئيس إن بلاده تدرس خياراتها كلها ردا على هجوم كيميائي مفترض استهدف السبت مدينة "
                           "دوما في غوطة دمشق.")
    ev = [(e.sub_event_type, e.date_start) for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert ev == [("Chemical weapon", "2018-05-05")], ev


def test_the_weakest_trigger_words_name_no_recalled_happening(extractor):
    # "دخوله" (his entering) is a person going in, not forces taking a place: a weak word needs more than a day
    doc = _read(extractor, "قالت الشرطة التركية إنها تبحث عن الكاتب السعودي المختفي بعد دخوله إلى القنصلية "
                           "السعودية في إسطنبول، الثلاثاء الماضي.")
    assert not [e for e in doc.events if e.sub_event_type == "Non-violent transfer of territory"], \
        [(e.sub_event_type, e.rule_ids) for e in doc.events]


def test_badama_is_after_not_a_negation(extractor):
    # "بعدما" is "after" + a verb, not "ب + عدم" (the lack of): with its own day the happening after it is reported
    doc = _read(extractor, "وقال المسؤول إن الغذاء أصبح شحيحا، بعدما دمرت ضربة جوية، الجمعة، مخازن المساعدات في دوما.")
    ev = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert len(ev) == 1 and ev[0].date_start == "2018-05-04", (doc.dropped, [e.sub_event_type for e in doc.events])
    doc = _read(extractor, "وعاد السكان إلى المدينة بعدما سيطرت القوات الحكومية على أحيائها.")
    assert [d["reason"] for d in doc.dropped] == ["modality:background"], doc.dropped


def test_a_span_counted_forward_from_another_happening_dates_nothing(extractor):
    # "بعد خمسة أعوام على تفجير": five years after the bombing, not five years after publication (no future date)
    doc = _read(extractor, "وبعد خمسة أعوام على تفجير في بلدة حدودية، اعتقلت الشرطة التركية أحد المخططين للتفجير في "
                           "مدينة أنطاكيا.")
    ev = [e for e in doc.events if e.sub_event_type == "Arrests"]
    assert len(ev) == 1 and ev[0].date_start <= PUB, (doc.dropped, [(e.sub_event_type, e.date_start) for e in doc.events])


def test_entering_a_phase_or_into_force_is_no_transfer_of_territory(extractor):
    for text in ("وقالت الوحدات الكردية إن الحرب مع القوات التركية دخلت مرحلة جديدة في عفرين.",
                 "وقال المرصد إن اتفاق وقف إطلاق النار بين الجيش والمسلحين دخل حيز التنفيذ في مدينة درعا."):
        doc = _read(extractor, text)
        assert not [e for e in doc.events if e.sub_event_type == "Non-violent transfer of territory"], text


def test_battles_going_on_since_a_recent_day_are_a_happening_not_a_tally(extractor):
    doc = _read(extractor, "وقتل عشرون مقاتلا من قوات سوريا الديمقراطية في المعارك المستمرة منذ الجمعة مع تنظيم داعش في "
                           "منطقة هجين.")
    ev = [e for e in doc.events if e.sub_event_type == "Armed clash"]
    assert len(ev) == 1 and ev[0].date_start == "2018-05-04", (doc.dropped, [e.sub_event_type for e in doc.events])
    # since a month back it stays a running total
    doc = _read(extractor, "وقتل عشرون مقاتلا من قوات سوريا الديمقراطية في المعارك المستمرة منذ 3 نيسان مع تنظيم داعش "
                           "في منطقة هجين.")
    assert not [e for e in doc.events if e.sub_event_type == "Armed clash"], [e.date_start for e in doc.events]


# g112l: a day after a list of strikes a relative clause governs («التي تعرضت لغارات جوية وقصف صاروخي متجدد اليوم») is the
# whole list's own, not a second happening's; without such a day every item of the list describes the place

def test_a_day_after_a_list_of_strikes_is_each_ones_own(extractor):
    doc = _read(extractor, "وقال مسؤول محلي إن الطائرات الحربية تواصل استهداف بلدتي كفرنبل وحاس في ريف إدلب "
                           "الجنوبي، اللتين تعرضتا لغارات جوية وقصف مدفعي جديد اليوم، ما أوقع جرحى بين السكان.")
    ev = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert ev and all(e.date_start == PUB for e in ev), [(e.sub_event_type, e.location, e.date_start)
                                                          for e in doc.events]
    assert any(r.startswith("own-day:") for e in ev for r in e.rule_ids)


def test_a_list_without_a_day_of_its_own_still_describes_the_place(extractor):
    doc = _read(extractor, "ولجأ آلاف النازحين إلى مدينة جسر الشغور التي تعرضت لغارات جوية وقصف صاروخي، وفق ناشطين.")
    struck = [e for e in doc.events if e.sub_event_type in ("Air/drone strike", "Shelling/artillery/missile attack")]
    assert not struck, [(e.sub_event_type, e.date_start) for e in doc.events]
    assert any(d["reason"] == "modality:relative" for d in doc.dropped)

    # a clash joined by "و" is a second happening: the day told after it is its own, the strikes stay described
    doc = _read(extractor, "ولجأ آلاف النازحين إلى مدينة جسر الشغور التي تعرضت لغارات جوية واشتباكات عنيفة "
                           "الأسبوع الماضي، وفق ناشطين.")
    assert not [e for e in doc.events if e.sub_event_type == "Air/drone strike"], \
        [(e.sub_event_type, e.date_start) for e in doc.events]
