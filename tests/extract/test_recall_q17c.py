"""Recall on unseen news, on sentences of our own (branch q17c): happenings told with words the tables missed,
days told apart, and weak mentions that are another place of a reported happening."""
from __future__ import annotations

import pytest

from marsad.extract import lexicons as L
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-04-15"  # a Sunday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _subs(doc):
    return [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize("text", [
    # «هجمة/هجمات جوية» (tr-air-1700, 1701)
    "نفذت الطائرات الروسية 20 هجمة جوية على بلدة نوى أمس.",
    "وقال المرصد إن هجمات جوية روسية على بلدة الحراك أمس أدت إلى مقتل 9 مدنيين.",
])
def test_air_attacks_told_with_hajma_are_air_strikes(extractor, text):
    assert "Air/drone strike" in _subs(_run(extractor, text))


@pytest.mark.parametrize("text", [
    "وأطلقت الشرطة القنابل المسيلة للدموع على المتظاهرين في الناصرية أمس.",  # tr-proi-1700
    "واستخدمت الشرطة خراطيم المياه ضد المحتجين في البصرة أمس.",  # tr-proi-1702 with protesters
])
def test_tear_gas_and_water_cannon_are_an_intervention(extractor, text):
    assert "Protest with intervention" in _subs(_run(extractor, text))


def test_water_hoses_without_protesters_are_no_protest(extractor):
    assert _run(extractor, "وأطفأ رجال الإطفاء الحريق بخراطيم المياه في حي المنصور ببغداد أمس.").events == []


def test_buses_carrying_fighters_transfer_territory(extractor):
    # tr-nvt-1700 (needs fighters)
    doc = _run(extractor, "ووصلت إلى إدلب أمس 40 حافلة على متنها مئات المسلحين وعائلاتهم من بلدات ريف حمص الشمالي.")
    assert "Non-violent transfer of territory" in _subs(doc)


def test_fighters_who_prepared_to_leave_have_not_left(extractor):
    # md-int-1700 (استعدوا)
    doc = _run(extractor, "وقال المتحدث إن المقاتلين استعدوا للمغادرة، في حافلات تنقلهم وعائلاتهم باتجاه إدلب.")
    assert doc.events == []
    assert any(d["reason"] == "modality:intention" for d in doc.dropped), doc.dropped


def test_a_phase_of_an_offensive_launched_is_fighting(extractor):
    # offensive_pressed «إطلاق المرحلة» licenses «هجومها» (tr-clash-300)
    doc = _run(extractor, "وأعلنت قوات سوريا الديمقراطية أمس إطلاق المرحلة الأخيرة من هجومها على تنظيم داعش في ريف دير الزور.")
    assert "Armed clash" in _subs(doc)


def test_a_ceasefire_called_for_launches_no_offensive(extractor):
    # the bare «إطلاق» of «وقف إطلاق النار» is no cue of an offensive pressed on
    doc = _run(extractor, "ودعت واشنطن أمس إلى وقف إطلاق النار وإلى أن يوقف الجيش هجومه على الغوطة الشرقية.")
    assert "Armed clash" not in _subs(doc)


def test_protests_told_on_two_days_stay_two(extractor):
    # event_types.tsv per_day: a Friday and a Saturday protest in one town are two events
    doc = _run(extractor, "وتظاهر المئات، الجمعة، في مدينة الكوت. كما شهدت الكوت، السبت، تظاهرة أخرى.")
    assert sorted(e.date_start for e in doc.events if e.event_type == "Protests") == ["2018-04-13", "2018-04-14"]


def test_per_day_marks_demonstrations_not_strikes():
    assert L.per_day("Peaceful protest") and L.per_day("Non-violent transfer of territory")
    assert not L.per_day("Air/drone strike")


def test_a_capital_that_witnessed_a_protest_is_its_place(extractor):
    # witness_verb: «شهدت بغداد» names the place, not the Iraqi state acting
    doc = _run(extractor, "كما شهدت بغداد، السبت، تظاهرة فرقتها قوات الأمن.")
    [ev] = doc.events
    assert ev.location == "Baghdad" and "place-context" not in ev.rule_ids


def test_a_weak_mention_of_another_place_of_a_reported_protest_is_kept(extractor):
    doc = _run(extractor, "تظاهر آلاف الجمعة في مدينة الناصرية للمطالبة بالخدمات. وامتدت التظاهرات إلى مدينة الكوت.")
    kut = [e for e in doc.events if e.location == "Al-Kut"]
    assert kut and "sibling-place" in kut[0].rule_ids


def test_a_weak_mention_with_no_reported_happening_is_dropped(extractor):
    doc = _run(extractor, "قال محافظ حمص إن الطرق إلى المدينة مفتوحة. "
                          "وأوردت مصادر محلية أنباء عن استهداف مواقع ميليشيات حزب الله في ريف القصير.")
    assert doc.events == []
    assert any(d["reason"].startswith("low confidence") for d in doc.dropped), doc.dropped


def test_each_town_of_a_weak_listed_mention_is_kept(extractor):
    # the place-list copies of one weak mention share its sentence and are not one another's report
    doc = _run(extractor, "تظاهر آلاف الجمعة في مدينة الناصرية للمطالبة بالخدمات. وامتدت التظاهرات إلى مدينتي الكوت والعمارة.")
    assert {"Al-Kut", "Al ‘Amārah"} <= {e.location for e in doc.events}


def test_the_first_time_in_days_is_no_date(extractor):
    # "للمرة الأولى منذ 4 أيام" says how long since the last strike, not the strike's day
    doc = _run(extractor, "وقال المرصد إن ضربات جوية روسية استهدفت بلدة نوى، للمرة الأولى منذ 4 أيام.", published="2018-07-05")
    assert [e.date_start for e in doc.events] == ["2018-07-04"]


def test_violent_protests_are_a_riot(extractor):
    # tr-riot-1700 (احتجاجات عنيفة)
    doc = _run(extractor, "وخرج آلاف إلى شوارع مدينة الناصرية، الجمعة، في احتجاجات عنيفة لليوم الثالث على التوالي.")
    assert "Violent demonstration" in _subs(doc)


def test_protesters_throwing_stones_met_with_tear_gas_are_one_riot(extractor):
    # tr-riot-1706 (بالحجارة with protesters); the tear gas told in the riot's sentence is its counterpart
    doc = _run(extractor, "وأطلقت الشرطة الغاز المسيل للدموع على متظاهرين كانوا يرشقون مبنى المحافظة في الكوت بالحجارة.")
    assert _subs(doc) == ["Violent demonstration"]


def test_stones_without_protesters_are_no_riot(extractor):
    doc = _run(extractor, "وقال شهود إن صبية لعبوا بالحجارة قرب مدرسة في الكوت أمس.")
    assert "Violent demonstration" not in _subs(doc)
