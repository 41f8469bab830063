"""g108t: whole-article audit of Protests. The day a wave began, told as when it began («وكانت الاحتجاجات بدأت في
3 يوليو عندما أطلقت الشرطة النار على محتجين في الكوت»), is that day's happening and no longer folds into the
report's protest at the same town (merge onset-apart-121500); the list's first town of that report then stands by
its kept copies (step head-listed-121501). A recalled protest whose own day closes its sentence after a comma, the
main clause having its own day («وزار الوزير، اليوم، ... على خلفية مقتل محتج في تظاهرة ...، الثلاثاء الماضي»), is
dated by that day (step closing-day-121502).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-20"


def _by_town(doc):
    return {(e.event_type, e.sub_event_type, e.location, e.date_start) for e in doc.events}


def test_wave_onset_stays_its_own_day(extractor):
    text = ("تجددت الاحتجاجات مساء الجمعة في عدد من المدن العراقية ومن بينها العاصمة بغداد.\n"
            "وأشارت تقارير إلى خروج الآلاف إلى الشوارع في مدن جنوبية كالكوت والحلة والعمارة، فضلا عن تجمع المئات "
            "في ساحة التحرير وسط بغداد.\n"
            "واستخدمت الشرطة الغاز المسيل للدموع لتفريق المحتجين في ساحة التحرير.\n"
            "وذكرت مصادر طبية أن محتجا قتل برصاص الشرطة في المظاهرات التي خرجت الجمعة في مدينة العمارة.\n"
            "وكانت الاحتجاجات قد انطلقت في البلاد في 3 يوليو/تموز الجاري عندما فتحت قوات الأمن النار على متظاهرين "
            "عاطلين في الكوت.")
    got = _by_town(read_doc(extractor, text, PUB))
    assert ("Protests", "Excessive force against protesters", "Al-Kut", "2018-07-03") in got, got
    assert ("Protests", "Peaceful protest", "Al-Kut", "2018-07-20") in got, got
    assert not any(k[2] == "Al-Kut" and k[3] == "2018-07-20" and k[1] != "Peaceful protest" for k in got), got


def test_recalled_protest_dated_by_closing_day(extractor):
    text = ("وزار وزير الداخلية، اليوم، مدينة الكوت، في محاولة لتهدئة الاحتجاجات المتواصلة منذ أيام على خلفية "
            "مقتل محتج في تظاهرة للمطالبة بالخدمات، الثلاثاء الماضي.")
    got = _by_town(read_doc(extractor, text, PUB))
    assert any(k[0] == "Protests" and k[2] == "Al-Kut" and k[3] == "2018-07-17" for k in got), got


def test_closing_day_needs_a_day_of_the_main_clause(extractor):
    # guard: with no day of its own in the main clause the comma-set day is not read as the recalled protest's
    text = "وزار وزير الداخلية مدينة الكوت على خلفية مقتل محتج في تظاهرة للمطالبة بالخدمات، الثلاثاء الماضي."
    got = _by_town(read_doc(extractor, text, PUB))
    assert not any(k[0] == "Protests" and k[3] == "2018-07-17" for k in got), got
