"""Extraction rules on composed sentences: what is an event, what is not, and why."""
from __future__ import annotations

import pytest

from marsad.extract import lexicons as L
from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-10"  # a Saturday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


FACTUAL = [
    ("قصفت طائرات حربية روسية بلدة سراقب في ريف إدلب أمس الجمعة.", "Air/drone strike", "Military Forces of Russia (2000-)"),
    ("اندلعت اشتباكات عنيفة بين قوات النظام وتنظيم داعش في مدينة دير الزور.", "Armed clash", "Military Forces of Syria (2000-)"),
    ("سيطرت قوات سوريا الديمقراطية على بلدة هجين شرق دير الزور.", "Non-state actor overtakes territory", "SDF: Syrian Democratic Forces"),
    ("استعادت القوات الحكومية السورية السيطرة على بلدة مسرابا في الغوطة الشرقية.", "Government regains territory", "Military Forces of Syria (2000-)"),
    ("انفجرت عبوة ناسفة بسيارة عسكرية في مدينة الموصل صباح اليوم.", "Remote explosive/landmine/IED", None),
    ("فجر انتحاري نفسه في سوق شعبي بمدينة الرمادي.", "Suicide bomb", None),
    ("أعدم تنظيم داعش خمسة مدنيين في مدينة البوكمال.", "Attack", "Islamic State (Iraq and Syria)"),
    ("اختطف مسلحون مجهولون ثلاثة صحفيين في مدينة إدلب.", "Abduction/forced disappearance", None),
    ("اعتقلت الشرطة العراقية عشرة أشخاص في مدينة البصرة.", "Arrests", "Police Forces of Iraq (2014-2018)"),
    ("خرجت مظاهرة في مدينة البصرة احتجاجا على انقطاع الكهرباء.", "Peaceful protest", None),
    # g35e: Russia's side, named after "مع", is the first party of a deal in Syria (ar-12902)
    ("توصلت فصائل المعارضة إلى اتفاق مع الجانب الروسي في مدينة درعا.", "Agreement", "Military Forces of Russia (2000-)"),
    ("استسلم نحو مئة مقاتل من تنظيم داعش في مدينة الرقة.", "Change to group/activity", "Islamic State (Iraq and Syria)"),
    ("أسقطت الدفاعات الجوية السورية صواريخ فوق مطار الشعيرات في ريف حمص.", "Disrupted weapons use", "Military Forces of Syria (2000-)"),
    ("شن الطيران الإسرائيلي غارات على مطار التيفور في ريف حمص.", "Air/drone strike", "Military Forces of Israel (1948-)"),
    ("قتل عشرة مدنيين في قصف بغاز الكلور على مدينة دوما.", "Chemical weapon", None),
    # defective verbs drop their alif maqsura: أخلى -> أخلت / أخلوا
    ("أخلت قوات النظام مطار الضمير العسكري في ريف دمشق أمس.", "Change to group/activity", "Military Forces of Syria (2000-)"),
    ("اعتدوا على المصلين في مسجد بمدينة كركوك.", "Attack", None),
    # firebombs thrown at a place of worship; shooting dead
    ("ألقى مجهولون قنابل حارقة على مسجد في مدينة كولونيا فجر أمس.", "Attack", "Unidentified Armed Group (Germany)"),
    ("قتل مسلحون مجهولون رجلين رميا بالرصاص في مدينة درعا أمس.", "Attack", "Unidentified Armed Group (Syria)"),
]


@pytest.mark.parametrize("text,sub,actor1", FACTUAL)
def test_factual_reports_are_events(extractor, text, sub, actor1):
    doc = _run(extractor, text)
    subs = [e.sub_event_type for e in doc.events]
    assert sub in subs, (subs, doc.dropped)
    ev = next(e for e in doc.events if e.sub_event_type == sub)
    if actor1:
        assert ev.actor1 == actor1
    assert ev.latitude is not None and ev.geo_precision in (1, 2, 3)
    assert ev.evidence[0].text in doc.text


NOT_EVENTS = [
    ("يتوقع الجيش معارك صعبة في مدينة الرقة خلال الأيام المقبلة.", "modality:expectation"),
    ("هدد الرئيس التركي باقتحام مدينة عفرين في أي لحظة.", "modality:threat"),
    ("أكد التحالف أنه لن يسمح للمقاتلين الأجانب بمغادرة مدينة الرقة.", "modality:refusal"),
    ("نفت وزارة الدفاع أن تكون طائراتها قد قصفت مدينة إدلب.", "modality:denial"),
    ("إذا قررت الفصائل الانسحاب من مدينة درعا فإن الحافلات جاهزة.", "modality:condition"),
    ("لم تشن الطائرات أي غارة على مدينة حلب أمس.", "modality:negation"),
    ("قال الوزير إن روسيا أخلّت بتعهداتها للأمم المتحدة في سوريا.", "modality:sense"),
    ("هل ستقصف القوات التركية مدينة منبج؟", "modality:question"),
    ("ستقصف المدفعية مواقع الفصائل في ريف حماة غدا.", "modality:future"),
    ("قتل منذ بدء المعركة أكثر من 1500 مدني في مدينة الرقة.", "reported total"),
    ("وقتل أكثر من 200 مدني في الغارات على مدينة عفرين على مدى الأسابيع الستة الماضية.", "reported total"),
    ("ووثقت الشبكة مقتل 90 شخصا في القصف على بلدة كفرنبل خلال الأشهر الثلاثة الأخيرة.", "reported total"),
    # a fronted since-phrase covers the clause after its comma
    ("ومنذ بدء الهجوم على مدينة عفرين قبل أسبوعين، قصفت القوات التركية أحياء المدينة وقتلت أكثر من 300 مدني.", "reported total"),
    # since + a past verb, a campaign "continuing since", a toll over two months
    ("ومنذ بدأت القوات التركية هجومها على مدينة عفرين، قصفت الطائرات التركية أكثر من 200 موقع.", "reported total"),
    ("وقتل العشرات في الغارات المستمرة منذ 9 أيام على مدينة دوما.", "reported total"),
    ("وأسفر القصف على مدينة حرستا عن مقتل 400 مدني خلال شهرين من المعارك.", "reported total"),
    ("وتعتزم القوات الحكومية استعادة مدينة إدلب.", "modality:intention"),
    ("ودعا مجلس الأمن إلى شن غارات على مواقع التنظيم في الغوطة الشرقية.", "modality:call"),
    ("أصدرت محكمة في القاهرة حكما بإعدام عشرين متهما بقضية اقتحام قسم شرطة.", "modality:legal"),
    # about to: "على وشك"
    ("باتت قوات سوريا الديمقراطية على وشك السيطرة على بلدة هجين شرق دير الزور.", "modality:future"),
    # a view in the feminine or plural: "رأت/رأوا أن"
    ("ورأت المجلة أن سيطرة القوات التركية على مدينة منبج ستغير موازين القوى.", "modality:opinion"),
    # those wishing to leave have not left: "الراغبين في"
    ("وتنتظر الحافلات المقاتلين الراغبين في الخروج من مدينة حرستا.", "modality:intention"),
    # the mechanism of a happening is a topic, not a report
    ("وناقش الوفدان آلية انسحاب المقاتلين من مدينة منبج.", "modality:general"),
    # ready or required is not done: "مستعدة/جاهزة ل"، "يتطلب"
    ("قال مسؤولون إن لندن مستعدة لتوجيه ضربات جوية في محافظة إدلب.", "modality:intention"),
    ("قالت أنقرة إن أمن حدودها يتطلب السيطرة على بلدة تل رفعت.", "modality:intention"),
    # agreeing on a view is no agreement of the conflict
    ("أعلن القصر أن الرئيسين اتفقا الاثنين على وجوب إقامة منطقة عازلة في إدلب.", "modality:opinion"),
    # "عقب + verbal noun" dates by an earlier happening; years of protests are history
    ("وأصبحت مدينة حرستا خالية عقب سيطرة القوات الحكومية على أحيائها الشرقية.", "modality:background"),
    ("وبعد ثماني سنوات من المظاهرات في مدينة حماة ما زال الحل بعيدا.", "modality:background"),
    # imminent, or to be suspended, is not done
    ("وتحدث ناشطون عن هجوم بري وشيك على مدينة دوما.", "modality:future"),
    ("وقالت موسكو إن الجيش سيعلق الغارات الجوية على بلدة حرستا يوميا.", "modality:future"),
    # "استهداف تمويل" is a policy on money
    ("وأعلنت الوزارة خطة استهداف تمويل الجماعات المسلحة في مدينة الموصل.", "modality:sense"),
    # planned, done before, or told in court
    ("وقال المحققون إن الرجل خطط لتفجير حافلة عسكرية في مدينة طرابلس.", "modality:intention"),
    ("وكما سبق لها أن أطلقت صواريخ من سفن حربية على مدينة حلب.", "modality:background"),
    # (g59c: the relative clause «التي أصيب فيها» describes the place and now reads first; the court cue alone below)
    ("وقاتل الرجل في مدينة الرمادي التي أصيب فيها بقذيفة هاون كما قال أمام المحكمة.", "modality:relative"),
    ("وأصيب الرجل بقذيفة هاون في مدينة الرمادي كما قال أمام المحكمة.", "modality:legal"),
    # a year at the end of its clause ("في 2014.") dates the happening: long before publication
    ("وأطلقت الجبهة راهبات اختطفتهن من بلدة معلولا في 2014.", "background"),
    # the verbal noun of a threat: "في ظل تهديد ... بشن ضربات" has not happened
    ("وتأتي الرسالة في ظل تهديد فرنسي بشن ضربات على مواقع في مدينة حمص.", "modality:threat"),
]


@pytest.mark.parametrize("text,reason", NOT_EVENTS)
def test_what_did_not_happen_is_dropped_with_its_reason(extractor, text, reason):
    doc = _run(extractor, text)
    assert doc.events == [], [(e.sub_event_type, e.rule_ids) for e in doc.events]
    assert any(d["reason"].startswith(reason) for d in doc.dropped), doc.dropped


def test_background_older_than_a_month_is_not_an_event(extractor):
    doc = _run(extractor, "وكانت قوات النظام قد سيطرت على مدينة حلب في 22 كانون الأول 2016.")
    assert doc.events == []
    assert any(d["reason"].startswith("background") for d in doc.dropped)


@pytest.mark.parametrize("text,expected", [
    ("قتل 12 مدنيا في غارات على بلدة سراقب.", 12),
    ("لقي ثلاثة عناصر مصرعهم في انفجار لغم قرب مدينة تدمر.", 3),
    ("قتل نحو عشرين شخصا في قصف على مدينة دوما.", 20),
    ("قتل أكثر من 15 مدنيا في غارة على مدينة أريحا.", 15),
    ("أسفرت الغارة على مدينة حرستا عن قتيلين وعشرة جرحى.", 2),
    ("أصيب 30 شخصا بجروح في قصف على مدينة دوما.", 0),
    # "among them": the number after it counts part of the dead, the dead are the whole count
    ("قال المرصد إن 18 عنصرا من بينهم 6 ضباط قتلوا في غارات على مطار الشعيرات.", 18),
    ("لقي 40 مدنيا على الأقل، بينهم 9 أطفال مصرعهم في قصف على مدينة أريحا.", 40),
    ("قتل 15 مدنيا من عائلة واحدة بينهم 3 أطفال وامرأتان في غارة على بلدة سراقب.", 15),
    ("قتل 7 جنود وأصيب 25 آخرون بينهم 4 مدنيين في قصف على مدينة أعزاز.", 7),
    # counts joined by "و" add up; a count of the wounded does not
    ("قتل 15 طفلا وامرأتان في غارة على مدرسة في بلدة سراقب.", 17),
    ("قتل 6 مدنيين و3 عناصر في قصف على مدينة أريحا.", 9),
    ("قتل 5 جنود و20 جريحا في قصف على مدينة أعزاز.", 5),
])
def test_fatalities_are_tied_to_killed_words(extractor, text, expected):
    doc = _run(extractor, text)
    assert doc.events, doc.dropped
    assert doc.events[0].fatalities == expected


@pytest.mark.parametrize("text,not_count", [
    ("قتلت فتاة عمرها 14 عاما في قصف على مدينة أريحا.", 14),  # an age
    ("قتل صحفي قبل يومين في انفجار عبوة ناسفة في مدينة الباب.", 2),  # a length of time
    ("وقال الكاتب إن الاغتيال وقع في 2016 والحقيقة أنه قتل في انفجار عبوة ناسفة في مدينة الباب.", 2016),  # a year
])
def test_ages_times_and_years_are_not_counts_of_the_dead(extractor, text, not_count):
    from marsad.extract.frames import pick_fatalities
    from marsad.lang.ar.numbers import find_numbers
    from marsad.lang.ar.tokens import analyze_text

    an = analyze_text(text)
    matchers = L.all_matchers().find(an.tokens)
    num, found = pick_fatalities(find_numbers(an), matchers["casualties"], an.tokens, L.words("subset"),
                                 L.time_units(), L.words("year_before"))
    assert not found or getattr(num, "value", num) != not_count


def test_fatality_range_keeps_low_and_high(extractor):
    doc = _run(extractor, "قتل بين 5 و7 مدنيين في غارة على مدينة أريحا.")
    ev = doc.events[0]
    assert (ev.fatalities, ev.fatalities_low, ev.fatalities_high) == (5, 5, 7)


def test_claimed_by_holds_agency_and_speaker(extractor):
    doc = _run(extractor, "قال المتحدث باسم التحالف الدولي إن طائرات التحالف شنت غارات على مدينة هجين، بحسب وكالة رويترز.")
    ev = doc.events[0]
    assert "Reuters" in ev.claimed_by


def test_relative_date_resolves_against_publication(extractor):
    doc = _run(extractor, "قصفت قوات النظام مدينة دوما أمس الجمعة.", published="2018-03-10")
    ev = doc.events[0]
    assert (ev.date_start, ev.date_end, ev.time_precision) == ("2018-03-09", "2018-03-09", 1)


def test_undated_event_gets_the_publication_window(extractor):
    doc = _run(extractor, "قصفت قوات النظام مدينة دوما.", published="2018-03-10")
    ev = doc.events[0]
    assert (ev.date_start, ev.date_end) == ("2018-03-09", "2018-03-10")
    assert "date-context" in ev.rule_ids


def test_how_long_a_lead_happening_went_on_does_not_date_the_others(extractor):
    # "منذ أسبوع" tells when the clashes began; the strike told before it has no day of its own
    doc = _run(extractor, "قصفت قوات النظام مدينة دوما. وتشهد الغوطة الشرقية مواجهات عنيفة منذ أسبوع بين "
                          "فصائل المعارضة وقوات النظام.", published="2018-03-10")
    by_type = {e.event_type: (e.date_start, e.date_end) for e in doc.events}
    assert by_type["Explosions/Remote violence"] == ("2018-03-09", "2018-03-10")
    assert by_type["Battles"] == ("2018-03-03", "2018-03-10")


def test_a_lead_date_spanning_years_does_not_date_the_others(extractor):
    doc = _run(extractor, "قال المرصد إن الحرب التي اندلعت قبل سنوات أسفرت عن مقتل الآلاف. وتدور اشتباكات عنيفة بين قوات "
                          "النظام وفصائل المعارضة قرب مدينة حرستا.", published="2018-03-12")
    assert [(e.date_start, e.date_end) for e in doc.events] == [("2018-03-11", "2018-03-12")], doc.dropped


def test_listed_towns_give_one_event_each(extractor):
    doc = _run(extractor, "قصفت قوات النظام أمس بلدات حرستا وعربين ودوما في الغوطة الشرقية.")
    places = sorted(e.location_text for e in doc.events)
    assert len(places) == 3, places


def test_repeated_mentions_are_one_event_with_all_evidence(extractor):
    text = ("شنت طائرات روسية غارات على مدينة أريحا أمس الجمعة.\n"
            "وأضاف المرصد أن الغارات على أريحا استهدفت سوقا شعبيا.")
    doc = _run(extractor, text)
    air = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert len(air) == 1
    assert len(air[0].evidence) == 2


@pytest.mark.parametrize("text,day", [
    # the lead's day stays when a later mention of the place tells the day before
    ("قتل ثمانية مدنيين أمس الجمعة في غارات روسية على مدينة أريحا.\n"
     "وكانت الطائرات الروسية شنت غارات على أريحا الخميس.", "2018-03-09"),
    # a mention without its own day takes the day told with a later mention
    ("شنت طائرات روسية غارات على مدينة أريحا.\n"
     "وأضاف المرصد أن الغارات على أريحا يوم الخميس استهدفت سوقا شعبيا.", "2018-03-08"),
])
def test_merged_mentions_keep_the_day_told_with_the_happening(extractor, text, day):
    doc = _run(extractor, text)
    air = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert len(air) == 1 and len(air[0].evidence) == 2, air
    assert (air[0].date_start, air[0].date_end) == (day, day)


@pytest.mark.parametrize("text,victims", [
    ("سقطت قذائف هاون على سوق شعبي في مدينة جرمانا أمس الجمعة.", True),
    ("قصفت طائرات حربية مستشفى في مدينة دوما أمس الجمعة.", True),
    ("قصفت طائرات حربية مواقع قرب سوق مدينة دوما أمس الجمعة.", False),  # the site is not what was hit
])
def test_a_strike_on_a_civilian_site_falls_on_civilians(extractor, text, victims):
    doc = _run(extractor, text)
    ev = next(e for e in doc.events if e.event_type == "Explosions/Remote violence")
    assert (ev.actor2 == "Civilians (Syria)") is victims, ev.actor2
    assert (ev.civilian_targeting == "Civilian targeting") is victims


def test_the_speaker_after_a_reporting_verb_is_not_a_place(extractor):
    doc = _run(extractor, "قال شيروان حسن، المسؤول في الهلال الأحمر بمدينة القامشلي، إن المدينة تعرضت لقصف كثيف أمس.")
    ev = next(e for e in doc.events if e.event_type == "Explosions/Remote violence")
    assert ev.country == "Syria" and ev.location_text == "القامشلي", (ev.location, ev.location_text)
    doc = _run(extractor, "أعلنت دمشق أن طائرات إسرائيلية قصفت مطار التيفور في ريف حمص أمس.")
    assert "دمشق" not in [s.text for s in doc.spans if s.kind == "place"]
    assert [e.admin1 for e in doc.events if e.sub_event_type == "Air/drone strike"] == ["Homs"]


def test_names_containing_trigger_words_are_not_triggers(extractor):
    doc = _run(extractor, "زار وفد من هيئة تحرير الشام مدينة إدلب.")
    assert not [e for e in doc.events if e.event_type == "Battles"]


def test_actor_inside_a_title_is_not_the_agent(extractor):
    doc = _run(extractor, "قال وزير الخارجية الروسي إن الغارة على مدينة أريحا استهدفت مستودعا.")
    assert all(e.actor1 != "Military Forces of Russia (2000-)" for e in doc.events)


def test_every_span_slices_the_text(extractor):
    doc = _run(extractor, "قتل 12 مدنيا أمس الجمعة في غارات روسية على بلدة سراقب بريف إدلب، بحسب المرصد السوري.")
    for s in doc.spans:
        assert doc.text[s.start:s.end] == s.text
    for ev in doc.events:
        for e in ev.evidence:
            assert doc.text[e.start:e.end] == e.text


def test_dawn_is_a_time_not_a_detonation(extractor):
    doc = _run(extractor, "خرجت فجر اليوم نحو مئة حافلة من مدينة حرستا.")
    assert not [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


def test_an_organisations_seat_is_not_the_event_place(extractor):
    doc = _run(extractor, "قال المرصد السوري لحقوق الإنسان، ومقره لندن، إن غارات جوية استهدفت بلدة سراقب.")
    assert doc.events and all(e.country == "Syria" for e in doc.events)


def test_shooting_at_protesters_is_excessive_force(extractor):
    doc = _run(extractor, "قتل متظاهر برصاص قوات الأمن خلال تظاهرة في مدينة البصرة أمس.")
    assert [e.sub_event_type for e in doc.events if e.event_type == "Protests"] == ["Excessive force against protesters"]


def test_clash_sides_split_by_min_jiha(extractor):
    doc = _run(extractor, "اندلعت اشتباكات عنيفة بين القوات التركية والفصائل الموالية لها من جهة ووحدات حماية "
                          "الشعب الكردية من جهة أخرى قرب مدينة عفرين.")
    ev = doc.events[0]
    assert (ev.actor1, ev.actor2) == ("Military Forces of Turkey (2016-)", "YPG: People's Protection Units")


def test_two_named_towns_stay_two_events(extractor):
    doc = _run(extractor, "اندلعت اشتباكات عنيفة أمس قرب مدينة عفرين.\nوسيطرت القوات التركية أمس على بلدة جنديرس.")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 2


def test_dropping_barrels_of_gas_is_a_chemical_attack(extractor):
    doc = _run(extractor, "قتل عشرات المدنيين السبت جراء إسقاط براميل بغازات سامة على مدينة دوما.")
    assert [e.sub_event_type for e in doc.events] == ["Chemical weapon"]


def test_hostages_are_abductions_not_arrests(extractor):
    doc = _run(extractor, "احتجز مسلحو تنظيم داعش عشرات المدنيين كرهائن في مخيم للنازحين قرب مدينة هجين.")
    assert "Abduction/forced disappearance" in [e.sub_event_type for e in doc.events]


def test_run_on_junk_stays_linear(extractor):
    import time

    # A ratio, not a wall figure: four times the words may cost about four times the time (a quadratic step
    # would cost sixteen), however busy the machine is. 2026-12-07: 5.1 (pure) and 7.5 (compiled, a busy guest)
    # while each frame copied the document's frames before it (_refer_back); 4.05 (pure) since. 10 leaves a busy
    # guest room and still fails a quadratic step.
    t0 = time.process_time()
    _run(extractor, "قصف " * 5000)
    t1 = time.process_time()
    doc = _run(extractor, "قصف " * 20000)
    t2 = time.process_time()
    assert t2 - t1 < 10 * max(t1 - t0, 0.2)
    assert t2 - t1 < 60
    assert len(doc.events) <= 500


def test_opinions_are_not_reports(extractor):
    doc = _run(extractor, "واعتبر أحد المسؤولين أن المعارك في مدينة حلب ستكون طويلة.")
    assert doc.events == []
    assert any(d["reason"].startswith("modality:") for d in doc.dropped)


def test_attacking_a_camp_is_violence_against_civilians(extractor):
    doc = _run(extractor, "هاجم مقاتلو تنظيم داعش مخيما للنازحين قرب مدينة هجين أمس.")
    assert [e.event_type for e in doc.events] == ["Violence against civilians"]


def test_agent_after_min_qibal(extractor):
    doc = _run(extractor, "تعرضت مدينة دوما أمس لقصف مكثف من قبل القوات الحكومية السورية.")
    assert doc.events and doc.events[0].actor1 == "Military Forces of Syria (2000-)"
    assert "actor-fallback" not in doc.events[0].rule_ids


def test_after_clause_recalls_an_earlier_happening(extractor):
    doc = _run(extractor, "وصل وفد روسي إلى مدينة حلب بعد استعادة القوات الحكومية أحياءها الشرقية.")
    assert not [e for e in doc.events if e.event_type == "Battles"]
    assert any(d["reason"] == "modality:background" for d in doc.dropped)


@pytest.mark.parametrize("text, place", [
    # "تعرض" with its subject between it and "ل + verbal noun": a fact, not a purpose
    ("تعرضت مدينة خان شيخون في ريف إدلب لهجوم كيماوي أمس.", "خان شيخون"),
    ("تعرضت بلدة كفرنبل بريف إدلب الجنوبي أمس لقصف مدفعي عنيف.", "كفرنبل"),
])
def test_subjected_to_with_the_subject_between_is_a_fact(extractor, text, place):
    doc = _run(extractor, text)
    evs = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert evs, doc.dropped
    # the town named before the trigger, not the district around it
    assert evs[0].location_text == place, evs[0].location_text


def test_purpose_li_is_still_an_intention(extractor):
    doc = _run(extractor, "تسعى قوات النظام السوري في ريف إدلب لاستعادة مدينة خان شيخون.")
    assert not doc.events
    assert any(d["reason"] == "modality:intention" for d in doc.dropped)


def test_a_mention_without_a_place_refers_back_to_its_happening(extractor):
    # the third sentence names no place: its strike is the one told first, not one at Aleppo
    doc = _run(extractor, "قصفت طائرات حربية روسية بلدة سراقب في ريف إدلب أمس. وفي تطور آخر، وصلت تعزيزات عسكرية "
                          "إلى مدينة حلب. وأدى القصف الروسي إلى مقتل خمسة مدنيين.")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1 and strikes[0].location_text == "سراقب"
    assert strikes[0].fatalities == 5 and len(strikes[0].evidence) == 2


def test_a_mention_without_a_place_and_no_earlier_happening_stays_at_the_last_place(extractor):
    doc = _run(extractor, "وصلت تعزيزات عسكرية إلى مدينة حلب أمس. وقصفت طائرات حربية روسية الأحياء الشرقية أمس.")
    strikes = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 1 and strikes[0].location_text == "حلب"


@pytest.mark.parametrize("text, strikes", [
    # the strike verb describes the intercepted projectile: one happening, the interception
    ("أسقطت الدفاعات الجوية السورية صواريخ استهدفت مطار المزة العسكري قرب دمشق فجر أمس.", 0),
    ("تصدت الدفاعات الجوية السورية لصواريخ استهدفت مطار المزة العسكري قرب دمشق فجر أمس.", 0),
    # a strike told in its own coordinated clause stays an event
    ("أسقطت الدفاعات الجوية السورية صاروخين فوق مطار المزة العسكري قرب دمشق فجر أمس، "
     "وقصفت الطائرات الإسرائيلية مواقع في ريف القنيطرة.", 1),
])
def test_an_intercepted_projectile_is_not_a_strike_of_its_own(extractor, text, strikes):
    doc = _run(extractor, text)
    assert [e.sub_event_type for e in doc.events].count("Disrupted weapons use") == 1
    assert sum(e.event_type == "Explosions/Remote violence" for e in doc.events) == strikes


def test_a_modality_cue_listed_twice_is_refused(table_rows):
    rows = ({"id": "a", "kind": "future", "cue": "سوف", "where": "before", "window": "3"},
            {"id": "b", "kind": "intention", "cue": "سوف", "where": "before", "window": "3"})
    with pytest.raises(ValueError, match="already read by a"):
        table_rows(L.modality_matcher, rows)


@pytest.mark.parametrize("text", [
    "وأكد الوزير أن بلاده تتعامل مع الحكومات لا مع من يحاول إسقاطها في مدينة حلب.",
    "واتفقت الدولتان على الاعتراض بشدة على أي تغيير سكاني في مدينة منبج.",
    "أسقطت وزارة الداخلية الجنسية عن ثلاثة مقاتلين في مدينة الموصل.",  # stripped of citizenship
])
def test_toppling_and_objecting_are_no_interceptions(extractor, text):
    assert "Disrupted weapons use" not in [e.sub_event_type for e in _run(extractor, text).events]


def test_shooting_down_something_that_flies_is_an_interception(extractor):
    # (the projectile stays a strike too: coders code the attack that was intercepted)
    doc = _run(extractor, "أسقطت الدفاعات الجوية طائرة مسيرة فوق مدينة حماة يوم الخميس.")
    assert "Disrupted weapons use" in [e.sub_event_type for e in doc.events]


@pytest.mark.parametrize("text, base", [
    # a base named in the sentence is the place, over the city or province that contains it
    ("أسقطت الدفاعات الجوية السورية صواريخ استهدفت مطار الشعيرات العسكري في حمص فجر أمس.", "x:shayrat"),
    ("قصفت طائرات حربية مطار التيفور العسكري بمحافظة حمص أمس الجمعة.", "x:t4"),
    # a quoted name keeps its container
    ('شنت طائرات إسرائيلية غارة على قاعدة "تيفور" بحمص أمس الجمعة.', "x:t4"),
    # ... and the countryside of the province told later is the same happening
    ("أسقطت الدفاعات الجوية السورية صواريخ استهدفت مطار الشعيرات العسكري في حمص فجر أمس. "
     "وقالت سانا إن الدفاعات الجوية تصدت لصواريخ معادية في ريف حمص.", "x:shayrat"),
])
def test_a_named_base_is_the_place_over_its_container(extractor, text, base):
    doc = _run(extractor, text)
    assert len(doc.events) == 1, [(e.sub_event_type, e.location_text) for e in doc.events]
    assert doc.events[0].gazetteer_id == base


@pytest.mark.parametrize("text, place", [
    # the place named as the reference point of another is not where it happened
    ("قتل عشرون مدنيا في الغوطة الشرقية، قرب دمشق، جراء قصف لقوات النظام أمس الجمعة.", "الغوطة الشرقية"),
    ("قتل ستة مدنيين في بلدة كفرنبل القريبة من مدينة معرة النعمان جراء قصف لقوات النظام أمس الجمعة.", "كفرنبل"),
    ("قصفت قوات النظام أمس الجمعة منطقة جسر الشغور التابعة لإدلب.", "جسر الشغور"),
    ("قتل ثلاثة مدنيين في بلدة كفرنبل المجاورة لمدينة معرة النعمان جراء قصف لقوات النظام أمس.", "كفرنبل"),
])
def test_a_place_named_as_a_reference_point_is_not_the_place(extractor, text, place):
    doc = _run(extractor, text)
    assert [e.location_text for e in doc.events] == [place], [(e.location_text, e.location) for e in doc.events]


@pytest.mark.parametrize("text, base", [
    # a named base is as exact as a town: the town told after it is not the place
    ("شنت طائرات إسرائيلية فجر أمس غارة على مطار التيفور العسكري بين حمص وتدمر.", "x:t4"),
    ("قصفت طائرات حربية أمس الجمعة مطار الشعيرات العسكري، بعد يومين من هجوم على مدينة دوما.", "x:shayrat"),
])
def test_a_named_base_is_the_place_over_a_town_told_after_it(extractor, text, base):
    doc = _run(extractor, text)
    assert [e.gazetteer_id for e in doc.events][:1] == [base], [(e.location_text, e.location) for e in doc.events]


def test_where_a_statement_abroad_was_made_is_not_the_place(extractor):
    # the capital where the speaker spoke is not where the attack he speaks of happened
    text = ("قتل عشرون مدنيا في غارات على مدينة سراقب أمس الجمعة.\n"
            "أما في لندن، فقد قال وزير الخارجية البريطاني إن حكومته تدين القصف على المدنيين.")
    doc = _run(extractor, text)
    assert "London" not in [e.location for e in doc.events], [(e.location_text, e.location) for e in doc.events]


def test_a_town_missing_from_the_gazetteer_is_a_happening_of_its_own(extractor):
    # "بلدة زمرينة" is placed at its province; it must not fold into the strike on a named town there
    text = ("قصفت قوات النظام بلدة طفس في ريف درعا أمس الجمعة، ما أدى إلى مقتل ثلاثة مدنيين.\n"
            "وقصفت قوات النظام أيضا بلدة زمرينة في ريف درعا أمس الجمعة، ما أدى إلى مقتل مدنيين اثنين.")
    doc = _run(extractor, text)
    places = sorted(e.location_text for e in doc.events if e.event_type == "Explosions/Remote violence")
    assert places == ["زمرينة", "طفس"], places


def test_a_list_of_towns_names_each_one_also_unknown_and_after_kama_fi(extractor):
    text = "قصفت قوات النظام أمس الجمعة بلدات نوى وزمرينة والقنية كما في مدينة إنخل في ريف درعا."
    doc = _run(extractor, text)
    places = sorted(e.location_text for e in doc.events)
    assert places == sorted(["نوى", "زمرينة", "القنية", "إنخل"]), places


def test_a_chemical_attack_never_merges_with_a_strike_of_another_kind(extractor):
    # event_types.tsv merge_family: the same town and day, both perpetrators inferred, still two happenings
    doc = _run(extractor, "قصفت طائرات حربية بلدة حرستا أمس الجمعة. "
                          "وقال ناشطون إن هجوما بغاز الكلور استهدف حرستا أمس الجمعة.")
    assert sorted(e.sub_event_type for e in doc.events) == ["Air/drone strike", "Chemical weapon"]


def test_a_place_named_with_the_happening_beats_one_inherited_from_context(extractor):
    # the first mention of the strike names no place and stands at Homs from the sentence before;
    # a later mention names Syria: the strike is in Syria, not in Homs
    doc = _run(extractor, "وأعلن التلفزيون الرسمي مقتل ثلاثة أشخاص في مدينة حمص أمس. "
                          "وقال مسؤولون إن الضربة الأمريكية نفذت أمس. "
                          "واستهدفت الضربات الأمريكية مواقع عسكرية في سوريا فجر أمس.")
    (ev,) = [e for e in doc.events if e.event_type == "Explosions/Remote violence"]
    assert ev.location_text == "سوريا" and len(ev.evidence) == 2


@pytest.mark.parametrize("text, actor1, actor2", [
    # the nationality of the positions or forces hit is the target, not the agent
    ("شنت طائرات إسرائيلية غارات على مواقع إيرانية قرب مدينة حمص أمس الجمعة.",
     "Military Forces of Israel (1948-)", "Military Forces of Iran (1989-)"),
    ("قصفت طائرات حربية روسية أمس الجمعة مقرات تركية في بلدة سراقب.",
     "Military Forces of Russia (2000-)", "Military Forces of Turkey (2016-)"),
    # an adjective right after the strike noun is still its agent (no civilians told: the opposition the default
    # target, dt-41802)
    ("استهدفت غارات روسية بلدة سراقب أمس الجمعة.", "Military Forces of Russia (2000-)", "Opposition Rebels (Syria)"),
])
def test_the_nationality_of_positions_hit_is_the_target(extractor, text, actor1, actor2):
    (ev,) = _run(extractor, text).events
    assert (ev.actor1, ev.actor2) == (actor1, actor2)


def test_where_a_source_sits_is_not_where_the_event_happened(extractor):
    # "الذي يتخذ من لندن مقرا له" names the observatory's seat, after the place
    doc = _run(extractor, "وقتل تسعة مسلحين في اشتباكات في بادية محافظة السويداء، بحسب المرصد الذي يتخذ من لندن مقرا له.")
    (ev,) = doc.events
    assert ev.country == "Syria" and ev.admin1 == "As-Sweida"


@pytest.mark.parametrize("text, place", [
    # the country named in the lead is where the undated overview stands, not a town told later
    ("اندلعت معارك عنيفة في شمال سوريا أمس. وأعلنت القوات الحكومية السيطرة على ثلاث قرى بعد انسحاب "
     "المسلحين منها أمس. وقصفت طائرات حربية روسية بلدة سراقب في ريف إدلب أمس.", "سوريا"),
    # nothing named before the mention: the document's first place is still the best guess
    ("اعتقلت الشرطة الألمانية أربعة أشخاص للاشتباه بهم أمس. ووقع الهجوم في مدينة هامبورغ في وقت سابق "
     "من هذا الشهر.", "هامبورغ"),
])
def test_a_mention_without_a_place_never_takes_one_named_later_after_a_country(extractor, text, place):
    ev = next(e for e in _run(extractor, text).events if e.event_type in ("Battles", "Strategic developments"))
    assert ev.location_text == place


@pytest.mark.parametrize("likening", ["هي أشبه باستسلام", "بمثابة استسلام"])
def test_a_likening_is_a_view_not_a_happening(extractor, likening):
    # "more like a surrender" describes the entry; it reports no surrender of its own
    doc = _run(extractor, f"دخلت القوات الحكومية بلدة بصر الحرير في ريف درعا أمس في خطوة {likening} المقاتلين.")
    assert "Change to group/activity" not in [e.sub_event_type for e in doc.events]
    assert [e.sub_event_type for e in doc.events] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text, places, start, end", [
    # a series over months, then its latest at two towns with no date: one strike at each, in the last week
    ("شنت طائرات إسرائيلية خلال الأشهر الماضية غارات على مواقع في سوريا، آخرها في حماة وحلب وأدت إلى مقتل "
     "أكثر من 20 عنصرا.", ["حماة", "حلب"], "2018-03-03", "2018-03-10"),
    # the latest with its own day and place, after a tally over years
    ("شنت إسرائيل عشرات الغارات على مواقع في سوريا خلال السنوات الماضية، آخرها أمس على مطار التيفور في ريف "
     "حمص.", ["مطار التيفور"], "2018-03-09", "2018-03-09"),
])
def test_the_latest_of_a_series_is_a_happening(extractor, text, places, start, end):
    evs = _run(extractor, text).events
    assert sorted(e.location_text for e in evs) == sorted(places)
    assert all((e.date_start, e.date_end) == (start, end) and not e.fatalities for e in evs)


@pytest.mark.parametrize("text, actor1", [
    ("قصفت طائرات يعتقد أنها إسرائيلية مطار التيفور في ريف حمص أمس.", "Military Forces of Israel (1948-)"),
    ("استهدفت غارات يرجح أنها روسية بلدة سراقب في ريف إدلب أمس.", "Military Forces of Russia (2000-)"),
    # "يرجح" doubts who struck, not whether: the strike is a fact
    ("شنت طائرات حربية يرجح أنها روسية غارات على بلدة سراقب في ريف إدلب أمس.", "Military Forces of Russia (2000-)"),
    ("قتل خمسة مدنيين في غارات يعتقد أنها للتحالف الدولي على بلدة هجين أمس.", "Global Coalition Against Daesh"),
    # a hedged happening is still not one
    ("يرجح أن تشن إسرائيل غارات على مواقع في سوريا.", None),
])
def test_a_suspected_actor_is_the_agent(extractor, text, actor1):
    evs = _run(extractor, text).events
    assert [e.actor1 for e in evs] == ([actor1] if actor1 else [])


@pytest.mark.parametrize("text, actor1", [
    # an accusation of a past act reports the act, by the accused
    ("اتهمت دمشق إسرائيل بشن غارة على مطار التيفور في ريف حمص فجر أمس.", "Military Forces of Israel (1948-)"),
    # accused of planning or preparing it: nothing happened yet
    ("اتهمت روسيا الولايات المتحدة بالتخطيط لشن ضربة على مواقع في دمشق.", None),
    ("اتهمت أنقرة المسلحين بالتحضير لشن هجوم بالصواريخ على مدينة عفرين.", None),
    # threats and intentions stay dropped
    ("هدد الجيش الإسرائيلي بشن غارات على مواقع إيرانية في سوريا.", None),
    ("يعتزم الجيش التركي شن غارات على مدينة منبج.", None),
])
def test_an_accusation_reports_the_act_but_not_a_plan(extractor, text, actor1):
    evs = _run(extractor, text).events
    assert [e.actor1 for e in evs] == ([actor1] if actor1 else [])


def test_a_happening_with_its_own_day_never_absorbs_another_day_through_an_undated_mention(extractor):
    # the undated lead refers to Thursday's strike; Monday's is another happening, though at the same town
    doc = _run(extractor, "شنت طائرات حربية روسية غارات على بلدة سراقب في ريف إدلب. وقصفت الطائرات الروسية بلدة "
                          "سراقب يوم الخميس. وكانت طائرات روسية قصفت بلدة سراقب يوم الاثنين الماضي.")
    assert sorted(e.date_start for e in doc.events) == ["2018-03-05", "2018-03-08"]


def test_an_unlisted_town_in_the_south_of_the_country_is_in_that_country(extractor):
    # "مدينة X جنوبي البلاد": the country the document is about contains the town, not the province
    # of the Syrian town named later for the worshippers' origin
    doc = _run(extractor, "أعلنت الشرطة في ألمانيا أن مجهولين ألقوا قنابل حارقة على مصلى في مدينة فالدبرغ جنوبي "
                          "البلاد أمس. وقال الادعاء العام في شتوتغارت إن التحقيق جار في ألمانيا. وكان المصلون قد "
                          "فروا من مدينة عفرين السورية، وما زالت عائلاتهم في عفرين.")
    (ev,) = doc.events
    assert ev.country == "Germany" and (ev.actor1, ev.actor2) == ("Unidentified Armed Group (Germany)", "Civilians (Germany)")


@pytest.mark.parametrize("text,claimed", [
    # the source after "وفقا ل" without its preposition or the full stop
    ("وقتل 5 مدنيين في قصف على مدينة دوما، وفقا لبيانات صادرة عن المعارضة.", ["بيانات صادرة عن المعارضة"]),
    # the speaker ends where the happening is told, and before "إنه"
    ("أعلن الجيش العراقي قصف مواقع لتنظيم داعش داخل الأراضي السورية.", ["الجيش العراقي"]),
    ("قال الجيش إنه قصف مواقع للمسلحين قرب مدينة الباب.", ["الجيش"]),
    # "التابعة" (affiliated) and "بنقل" (the transfer of) are no reporting verbs
    ("وقصفت الطائرات الروسية مواقع الجماعات التابعة لتنظيم القاعدة في مدينة إدلب.", []),
])
def test_who_claims_is_the_source_named_not_the_words_after_a_look_alike(extractor, text, claimed):
    doc = _run(extractor, text)
    assert doc.events, doc.dropped
    assert doc.events[0].claimed_by == claimed


@pytest.mark.parametrize("text, actor2", [
    # q7c: arson by protesters is a riot, its actor the rioters; the owner of the seat burnt is no side of the
    # riot (g111q: actor2 the force that met the crowd, or none)
    ("أضرم المتظاهرون النار في مبنى مجلس المحافظة في مدينة البصرة أمس الجمعة.", None),
    ("وقال شهود إن محتجين أحرقوا مقر حزب الله في مدينة البصرة أمس.", None),
    ("وأقدم متظاهرون على إضرام النيران في مقار الأحزاب في مدينة الناصرية أمس.", None),
])
def test_arson_by_protesters_is_a_riot_of_rioters(extractor, text, actor2):
    (ev,) = _run(extractor, text).events
    assert (ev.event_type, ev.sub_event_type) == ("Riots", "Violent demonstration")
    assert (ev.actor1, ev.actor2) == ("Rioters (Iraq)", actor2)


def test_arson_without_protesters_is_no_riot(extractor):
    assert _run(extractor, "أضرم مجهول النار في سيارته أمام منزله في مدينة البصرة أمس.").events == []


@pytest.mark.parametrize("text", [
    # q7c: a protester killed is a civilian killed, and the force that fired used excessive force
    "قتل أحد المتظاهرين برصاص الشرطة في مدينة الناصرية أمس الجمعة.",
    "وقتل اثنان من المحتجين برصاص قوات الأمن في مدينة الديوانية أمس الجمعة.",
])
def test_a_protester_killed_is_excessive_force_against_protesters(extractor, text):
    (ev,) = _run(extractor, text).events
    assert (ev.event_type, ev.sub_event_type) == ("Protests", "Excessive force against protesters")


def test_a_strike_verb_with_a_second_strike_word_is_told_twice_over(extractor):
    # q7c: "استهدفت ... بالمدفعية" corroborates itself; two strike nouns in an analyst's sentence do not
    doc = _run(extractor, "عقد مجلس الأمن جلسة طارئة لبحث الوضع في سوريا. وفي سياق متصل، استهدفت فصائل المعارضة "
                          "بالمدفعية الثقيلة تجمعات القوات الحكومية في مدينة محردة بريف حماة. وتحدث التقرير عن "
                          "الصواريخ الإيرانية ومدى استهداف المدن بها في سوريا.")
    (ev,) = doc.events
    assert (ev.sub_event_type, ev.location) == ("Shelling/artillery/missile attack", "Maharda")
    assert "corroborated" in ev.rule_ids
    assert any(d["reason"].startswith("low confidence") and "الصواريخ" in d["text"] for d in doc.dropped)


@pytest.mark.parametrize("text, sub, actor1", [
    # q7c: an attack launched ("هجوم شنه X على", "شن X هجوما على") is a battle of X
    ("أعلن المرصد مقتل خمسة جنود في هجوم شنه مسلحو تنظيم داعش على حاجز للجيش قرب مدينة الميادين أمس.",
     "Armed clash", "Islamic State (Iraq and Syria)"),
    ("شن مسلحو تنظيم داعش هجوما على نقطة عسكرية لقوات النظام قرب مدينة تدمر أمس.",
     "Armed clash", "Islamic State (Iraq and Syria)"),
    # the chemical weapon named after it (also spelt كيمياوية) makes it a chemical attack
    ("شنت قوات النظام هجوما على مدينة دوما بأسلحة كيمياوية أمس.", "Chemical weapon", "Military Forces of Syria (2000-)"),
])
def test_an_attack_launched_is_a_happening(extractor, text, sub, actor1):
    (ev,) = _run(extractor, text).events
    assert (ev.sub_event_type, ev.actor1) == (sub, actor1)


@pytest.mark.parametrize("text", [
    "حذر وزير الدفاع من أي هجوم على مدينة إدلب.",
    "تسمح هذه الأسلحة لإيران بشن هجمات على إسرائيل من الأراضي السورية.",
])
def test_an_attack_named_but_not_launched_is_no_happening(extractor, text):
    assert _run(extractor, text).events == []


def test_a_protest_met_with_fire_is_excessive_force_whatever_sentence_says_so(extractor):
    # q7c: event_types.tsv severity: mentions of one protest merged take the most severe sub-type told
    doc = _run(extractor, "خرجت مظاهرة حاشدة في مدينة البصرة أمس الجمعة للمطالبة بتحسين الخدمات. وشارك في المظاهرة "
                          "آلاف من سكان المدينة. وأطلقت الشرطة النار على المتظاهرين، ما أدى إلى مقتل متظاهر.")
    (ev,) = doc.events
    assert ev.sub_event_type == "Excessive force against protesters"


# q7d: a capital named bare is the government acting, not the place ("الموالية لدمشق", "نفته دمشق")
@pytest.mark.parametrize("text,place", [
    ("قتل خمسة مقاتلين موالين لدمشق في قصف تركي على بلدة جنديرس أمس.", "جنديرس"),
    ("قصفت طائرات تركية أمس مواقع للقوات الموالية لدمشق في بلدة جنديرس.", "جنديرس"),
    ("قتل عشرة مدنيين أمس في هجوم كيميائي اتهمت به دمشق على بلدة كفرنبل.", "كفرنبل"),
])
def test_a_capital_named_as_a_state_is_not_the_place(extractor, text, place):
    doc = _run(extractor, text)
    assert doc.events, doc.dropped
    assert all(e.location_text == place for e in doc.events), [(e.location_text, e.location) for e in doc.events]


@pytest.mark.parametrize("text", [
    "سقطت قذيفة صاروخية أمس على سوق في العاصمة السورية دمشق.",
    "سقطت قذيفة صاروخية أمس على حي في العاصمة، دمشق.",
    "سقطت قذيفة صاروخية أمس على حي في دمشق.",
])
def test_a_capital_named_as_a_place_stays_the_place(extractor, text):
    doc = _run(extractor, text)
    assert doc.events, doc.dropped
    assert doc.events[0].location == "Damascus", [(e.location_text, e.location) for e in doc.events]


@pytest.mark.parametrize("text, actor1", [
    # who speaks before "إن/أن" tells of the act; it is not its side (the coder's default agent applies)
    ("قالت روسيا إن غارات جوية عنيفة قتلت عشرة مدنيين في مدينة دوما أمس.", "Military Forces of Syria (2000-)"),
    ("وقال ناشطون من المعارضة إن قصفا مدفعيا استهدف بلدة سراقب في ريف إدلب أمس.", "Military Forces of Syria (2000-)"),
    # the agent named in the reported clause stays the agent
    ("قالت إسرائيل إن إيران أطلقت صواريخ على مواقع في هضبة الجولان أمس.", "Military Forces of Iran (1989-)"),
    # a speaker telling of its own act: a pronoun with "أن", its own forces, or an armed body speaking
    ("أعلنت تركيا أنها قصفت مواقع في مدينة عفرين أمس.", "Military Forces of Turkey (2016-)"),
    ("أعلنت الولايات المتحدة أن طائراتها قصفت مواقع في مدينة الرقة أمس.", "Military Forces of the United States (2017-2021)"),
    ("قال الجيش الإسرائيلي إن غارات جوية استهدفت مواقع في ريف دمشق أمس.", "Military Forces of Israel (1948-)"),
])
def test_a_speaker_is_no_side_of_the_act_it_reports(extractor, text, actor1):
    evs = _run(extractor, text).events
    assert [e.actor1 for e in evs] == [actor1]


@pytest.mark.parametrize("text, actor1", [
    # an armed body's spokesman telling of an act whose subject is only a force noun tells of the body's own act
    ("قال المتحدث باسم التحالف الدولي إن الطائرات قصفت مواقع لتنظيم داعش قرب بلدة هجين أمس.",
     "Global Coalition Against Daesh"),
    ("وأوضح متحدث باسم الجيش العراقي أن الضربات الجوية استهدفت مواقع داعش في منطقة البوكمال أمس.",
     "Military Forces of Iraq (2014-2018)"),
    # another agent named in what is said stays the agent
    ("قال المتحدث باسم الجيش التركي إن الطائرات الروسية قصفت بلدة سراقب في ريف إدلب أمس.", "Military Forces of Russia (2000-)"),
])
def test_an_armed_bodys_spokesman_tells_of_its_own_act(extractor, text, actor1):
    evs = [e for e in _run(extractor, text).events if e.event_type == "Explosions/Remote violence"]
    assert [e.actor1 for e in evs] == [actor1]


@pytest.mark.parametrize("text, sub, sides", [
    # subjects joined by "و" before an agreement or a clash are its two sides
    ("وكانت روسيا وتركيا توصلتا إلى اتفاق بشأن مدينة إدلب أمس.", "Agreement",
     ("Military Forces of Russia (2000-)", "Military Forces of Turkey (2016-)")),
    ("قتل عشرة من قوات النظام وفصائل المعارضة في اشتباكات عنيفة في ريف حماة أمس.", "Armed clash",
     ("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)")),
])
def test_subjects_joined_before_an_agreement_are_its_two_sides(extractor, text, sub, sides):
    evs = [e for e in _run(extractor, text).events if e.sub_event_type == sub]
    assert [(e.actor1, e.actor2) for e in evs] == [sides]


@pytest.mark.parametrize("text", [
    # the one an act is attributed to is its agent
    "قتل عشرة مقاتلين بينهم ثلاثة إيرانيين في ضربة ليلية نسبت إلى إسرائيل قرب مدينة الكسوة أمس.",
    "قتل خمسة عناصر من قوات النظام في غارات على مواقع قرب مدينة مصياف أمس، فيما أشارت أصابع الاتهام إلى إسرائيل.",
])
def test_the_actor_an_act_is_attributed_to_is_its_agent(extractor, text):
    evs = [e for e in _run(extractor, text).events if e.event_type == "Explosions/Remote violence"]
    assert [e.actor1 for e in evs] == ["Military Forces of Israel (1948-)"]


@pytest.mark.parametrize("text", [
    # the owner of the positions hit, named before the strike, is its target, not its agent
    "قالت الوكالة إن مواقع عسكرية للنظام السوري في ريف حماة قد استهدفت مساء أمس بصواريخ معادية.",
    "تعرضت مواقع لقوات النظام في ريف حماة لقصف صاروخي مساء أمس.",
])
def test_the_owner_of_positions_named_before_a_strike_is_its_target(extractor, text):
    evs = [e for e in _run(extractor, text).events if e.event_type == "Explosions/Remote violence"]
    assert [(e.actor1, e.actor2) for e in evs] == [(None, "Military Forces of Syria (2000-)")]


def test_the_iraqi_air_force_is_the_agent_of_its_strikes_in_syria(extractor):
    # without its spellings the Syrian default took the strike
    evs = _run(extractor, "شن سلاح الجو العراقي غارات على مواقع لتنظيم داعش قرب مدينة البوكمال أمس.").events
    assert [(e.actor1, e.actor2) for e in evs] == [("Military Forces of Iraq (2014-2018)", "Islamic State (Iraq and Syria)")]


@pytest.mark.parametrize("text, sides", [
    # a side's leader or backer is no side of the act
    ("قتل اثنا عشر مدنيا في غارات للتحالف الدولي بقيادة واشنطن على قرية الباغوز في ريف دير الزور أمس.",
     ("Global Coalition Against Daesh", "Civilians (Syria)")),
    ("هاجمت قوات سوريا الديمقراطية بدعم من التحالف الدولي مواقع تنظيم داعش في بلدة هجين أمس.",
     ("SDF: Syrian Democratic Forces", "Islamic State (Iraq and Syria)")),
])
def test_a_sides_leader_or_backer_is_no_side(extractor, text, sides):
    evs = [e for e in _run(extractor, text).events if e.event_type in ("Explosions/Remote violence", "Battles")]
    assert [(e.actor1, e.actor2) for e in evs] == [sides]


def test_a_night_told_by_two_days_is_one_range(extractor):
    # published on a Saturday: the night of Wednesday to Thursday, one range (not two days read apart)
    doc = _run(extractor, "قصفت طائرات روسية بلدة سراقب في ريف إدلب ليل الأربعاء الخميس.")
    assert [(e.date_start, e.date_end) for e in doc.events] == [("2018-03-07", "2018-03-08")]


@pytest.mark.parametrize("text, actor1, actor2", [
    # the relative clause whose verb carries the act as its object names the agent
    ("قتل عشرة مدنيين في القصف المكثف الذي ينفذه النظام على بلدة سراقب في ريف إدلب أمس.",
     "Military Forces of Syria (2000-)", "Civilians (Syria)"),
    ("قتل عشرة مدنيين في الغارات الجوية، التي شنتها طائرات روسية على بلدة سراقب في ريف إدلب أمس.",
     "Military Forces of Russia (2000-)", "Civilians (Syria)"),
    ("استهدفت الغارات التي شنتها الولايات المتحدة مواقع للجيش السوري قرب مدينة حمص أمس.",
     "Military Forces of the United States (2017-2021)", "Military Forces of Syria (2000-)"),
    # subjected to an act "من" someone: that one is the agent (no civilians told: the opposition the default
    # target, dt-41802)
    ("تعرضت بلدة سراقب في ريف إدلب أمس لقصف عنيف من الطائرات الحربية الروسية.",
     "Military Forces of Russia (2000-)", "Opposition Rebels (Syria)"),
])
def test_the_agent_of_a_relative_clause_or_of_what_a_place_was_subjected_to(extractor, text, actor1, actor2):
    evs = _run(extractor, text).events
    assert [(e.actor1, e.actor2) for e in evs] == [(actor1, actor2)]


def test_an_act_told_as_going_on_without_a_day_spans_the_week_up_to_publication(extractor):
    # published on Saturday 10 March: no day is told, only that the shelling goes on
    doc = _run(extractor, "لا تزال بلدة سراقب في ريف إدلب تتعرض لقصف مدفعي عنيف من قوات النظام.")
    assert [(e.date_start, e.date_end) for e in doc.events] == [("2018-03-03", "2018-03-10")]
    # a day told with it wins
    doc = _run(extractor, "لا تزال بلدة سراقب في ريف إدلب تتعرض لقصف مدفعي عنيف من قوات النظام يوم الخميس.")
    assert [(e.date_start, e.date_end) for e in doc.events] == [("2018-03-08", "2018-03-08")]


@pytest.mark.parametrize("text, actor1", [
    # who holds the place hit is not who struck it (the coder's default agent applies when none is named)
    ("وقال المرصد إن مقاتلات قصفت بلدة تسيطر عليها المعارضة في ريف درعا أمس.", "Military Forces of Syria (2000-)"),
    ("تعرضت مدينة دوما الخاضعة لسيطرة المعارضة إلى غارات جوية جديدة أمس.", "Military Forces of Syria (2000-)"),
    ("قصفت القوات التركية مدينة عفرين الخاضعة لسيطرة الوحدات الكردية أمس.", "Military Forces of Turkey (2016-)"),
])
def test_the_holder_of_the_place_hit_is_not_the_agent(extractor, text, actor1):
    evs = _run(extractor, text).events
    assert [e.actor1 for e in evs] == [actor1]


@pytest.mark.parametrize("text, actor2", [
    # civilians named with the strike are whom it fell on, not the holder of the place hit
    ("قتل عشرون مدنيا في قصف شنته قوات النظام على بلدة كفرزيتا، معقل الفصائل المعارضة في ريف حماة أمس.",
     "Civilians (Syria)"),
    ("شنت طائرات حربية غارات على قرية تسيطر عليها المعارضة في ريف إدلب أمس مما أدى إلى مقتل ثلاثة مدنيين.", "Civilians (Syria)"),
    # with no civilians named, the holder is the target
    ("قصفت قوات النظام بلدة اللطامنة الخاضعة لسيطرة الفصائل المعارضة في ريف حماة أمس.", "Opposition Rebels (Syria)"),
])
def test_civilians_named_with_a_strike_are_its_target_before_the_holder(extractor, text, actor2):
    evs = [e for e in _run(extractor, text).events if e.event_type == "Explosions/Remote violence"]
    assert [e.actor2 for e in evs] == [actor2]


def test_an_agent_named_with_a_mention_beats_the_documents_agent_taken_for_another(extractor):
    # the second sentence names no side and borrows the regime from the first; the third names the sides
    doc = _run(extractor, "اشتبكت قوات النظام مع فصائل المعارضة في مدينة درعا أمس. واندلعت اشتباكات عنيفة في مدينة "
                          "الباب أمس. وقالت مصادر محلية إن اشتباكات بين تنظيم داعش وقوات سوريا الديمقراطية دارت في مدينة الباب.")
    bab = [e for e in doc.events if e.location_text and "الباب" in e.location_text]
    assert [(e.actor1, e.actor2) for e in bab] == [("Islamic State (Iraq and Syria)", "SDF: Syrian Democratic Forces")]


def test_unnamed_air_defences_in_syria_are_the_governments(extractor):
    # a report names the air defences without their country: in Syria a coder assumes the government's
    doc = _run(extractor, "تصدت الدفاعات الجوية فجر أمس لصواريخ استهدفت مطار الشعيرات في ريف حمص.")
    assert [(e.sub_event_type, e.actor1) for e in doc.events if e.event_type == "Strategic developments"] == [
        ("Disrupted weapons use", "Military Forces of Syria (2000-)")]


def test_generic_actors_name_the_country_of_the_merged_event():
    # a mention read at a namesake abroad ("صيدا" in a list of Dar'a towns) merged into a Syrian event
    from marsad.extract.merge import country_of_generics
    from marsad.model import Event
    ev = Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    ev.country, ev.actor1, ev.actor2 = "Syria", "Military Forces of Syria (2000-)", "Civilians (Lebanon)"
    country_of_generics(ev)
    assert (ev.actor1, ev.actor2) == ("Military Forces of Syria (2000-)", "Civilians (Syria)")
    # a police force abroad keeps its own country
    ev = Event(event_type="Strategic developments", sub_event_type="Arrests")
    ev.country, ev.actor1 = "Germany", "Police Forces of Iraq (2014-2018)"
    country_of_generics(ev)
    assert ev.actor1 == "Police Forces of Iraq (2014-2018)"


@pytest.mark.parametrize("text,sub,day", [
    # the day of a statement about a known happening ("أعلن ... الثلاثاء أن الهجوم") is not the happening's:
    # the reaction's mention joins the report of the attack, which keeps the day told with it
    ("قتل عشرات المدنيين في هجوم كيميائي على مدينة دوما في ريف دمشق يوم السبت الماضي.\n"
     "وأعلن الرئيس الفرنسي الثلاثاء أن الهجوم الكيميائي على مدينة دوما نفذته قوات النظام.",
     "Chemical weapon", "2018-03-03"),
    ("ذكرت وزارة الدفاع، الخميس، أن الغارات الجوية على مدينة أريحا استهدفت مقرات للفصائل.\n"
     "وكانت طائرات حربية روسية شنت غارات على مدينة أريحا يوم الثلاثاء.",
     "Air/drone strike", "2018-03-06"),
    # with no day told with the happening, the statement's day beats the publication window
    ("وكانت فصائل المعارضة قد توصلت إلى اتفاق مع الجانب الروسي في مدينة بصرى الشام.\n"
     "وكانت الوكالة أفادت الأربعاء أنه تم التوصل إلى اتفاق بين الجانب الروسي وفصائل المعارضة في مدينة بصرى الشام.",
     "Agreement", "2018-03-07"),
])
def test_a_statement_day_does_not_date_the_happening_it_tells(extractor, text, sub, day):
    doc = _run(extractor, text)
    evs = [e for e in doc.events if e.sub_event_type == sub]
    assert len(evs) == 1 and len(evs[0].evidence) == 2, [(e.date_start, e.evidence) for e in evs]
    assert evs[0].date_start == day, evs[0].date_start


@pytest.mark.parametrize("text,day", [
    # news told as a statement keeps the statement's day (indefinite: not a happening already known)
    ("أعلن التلفزيون الرسمي، الثلاثاء، أن هجوما صاروخيا استهدف سوقا شعبية في مدينة جرمانا.", "2018-03-06"),
    # a passive made with a verbal noun tells the happening itself
    ("أفادت الوكالة الأربعاء أنه تم التوصل إلى اتفاق بين الجانب الروسي والفصائل في مدينة بصرى الشام.", "2018-03-07"),
])
def test_news_told_as_a_statement_keeps_its_day(extractor, text, day):
    doc = _run(extractor, text)
    assert doc.events and all(e.date_start == day for e in doc.events), [(e.sub_event_type, e.date_start) for e in doc.events]
    assert all("report-day" not in e.rule_ids for e in doc.events)


def test_a_statement_after_the_happening_dates_only_itself(extractor):
    # the happening told first, the statement's day after its verb: a known attack keeps the day told elsewhere
    text = ("قتل عشرات المدنيين في هجوم كيميائي على مدينة دوما يوم السبت الماضي.\n"
            "وكان الهجوم الكيميائي على مدينة دوما أثار غضبا واسعا، وذكر الرئيس الأمريكي في اجتماع مع مستشاريه، الثلاثاء، أنه سيتخذ قرارا قريبا.")
    doc = _run(extractor, text)
    chem = [e for e in doc.events if e.sub_event_type == "Chemical weapon"]
    assert len(chem) == 1 and len(chem[0].evidence) == 2, [(e.date_start, e.rule_ids) for e in chem]
    assert chem[0].date_start == "2018-03-03"


@pytest.mark.parametrize("text,n", [
    # a region's strike refined to a town joins the town's mention told with the other side of a joint raid
    ("قتل عشرة مدنيين في غارات جوية روسية على بلدات الغوطة الشرقية أمس الجمعة.\n"
     "وقال الدفاع المدني إن المدنيين قتلوا بغارات لطائرات النظام السوري على مدينة دوما.\n"
     "وأضاف أن الغارات الروسية استهدفت الأحياء السكنية في مدينة دوما.", 1),
    # two days told at one town stay two happenings
    ("شنت طائرات حربية روسية غارات على مدينة دوما أمس الجمعة.\n"
     "وكانت طائرات النظام السوري قد قصفت مدينة دوما يوم الثلاثاء الماضي.", 2),
])
def test_mentions_that_come_to_stand_at_one_town_join(extractor, text, n):
    doc = _run(extractor, text)
    air = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert len(air) == n, [(e.location_text, e.actor1, e.date_start) for e in air]
    assert all(e.location_text == "دوما" for e in air)


@pytest.mark.parametrize("text,places", [
    # event_types.tsv merge_km: a chemical attack told at a town and "near" or at the city beside it is one
    ("قتل عشرات المدنيين في هجوم كيميائي شنته قوات النظام على مدينة دوما أمس الجمعة.\n"
     "وقال الدفاع المدني إن الهجوم بغاز الكلور استهدف الأحياء السكنية في بلدة قرب دمشق أمس الجمعة.", ["دوما"]),
    ("قتل عشرات المدنيين في هجوم كيميائي شنته قوات النظام على مدينة دوما أمس الجمعة.\n"
     "وأكد الدفاع المدني أن الهجوم بغاز الكلور استهدف أحياء العاصمة دمشق أمس الجمعة.", ["دوما"]),
    # far apart, or by different sides named: two attacks
    ("قتل عشرات المدنيين في هجوم كيميائي على مدينة دوما أمس الجمعة.\n"
     "وقالت الأمم المتحدة إن هجوما كيميائيا آخر استهدف مدينة خان شيخون أمس الجمعة.", ["دوما", "خان شيخون"]),
    ("قتل عشرات المدنيين في هجوم كيميائي شنته قوات النظام على مدينة دوما أمس الجمعة.\n"
     "وقال ناشطون إن فصائل المعارضة شنت هجوما بغاز الكلور على مدينة دمشق أمس الجمعة.", ["دوما", "دمشق"]),
])
def test_a_rare_happening_told_at_nearby_places_is_one(extractor, text, places):
    doc = _run(extractor, text)
    chem = [e for e in doc.events if e.sub_event_type == "Chemical weapon"]
    assert sorted(e.location_text for e in chem) == sorted(places), [(e.location_text, e.actor1) for e in chem]


@pytest.mark.parametrize("text", [
    # air defences that "confront" a missile attack or an "aggression" intercept it; the strike verb after
    # the phrase describes the projectile, it is no second happening
    "وقال التلفزيون الرسمي إن الدفاعات الجوية تصدت لهجوم صاروخي استهدف مطار الشعيرات في ريف حمص ليل الاثنين.",
    "تصدت وسائط الدفاع الجوي لعدوان إسرائيلي على مطار التيفور في ريف حمص فجر اليوم.",
])
def test_air_defences_confronting_an_attack_intercept_it(extractor, text):
    (ev,) = _run(extractor, text).events
    assert ev.sub_event_type == "Disrupted weapons use"


def test_forces_confronting_a_ground_attack_still_fight(extractor):
    (ev,) = _run(extractor, "تصدت قوات النظام لهجوم شنه مسلحو داعش على حاجز قرب مدينة تدمر أمس.").events
    assert ev.sub_event_type == "Armed clash"
