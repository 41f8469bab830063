"""Recognition details: spans and offsets, kinds, words that are not places, unknown places."""
from __future__ import annotations

import time

from marsad.geo import Geocoder, PlaceMention
from marsad.lang.ar.tokens import analyze_text


def _geo(geo: Geocoder, text: str, site: str | None = None) -> list[PlaceMention]:
    places = geo.find_places(analyze_text(text))
    geo.resolve_document(places, text, site)
    return places


def test_span_covers_prefix_words_and_adjective_but_not_the_clitic(geo):
    text = "قصفت الطائرات بريف حلب الشمالي"
    (p,) = _geo(geo, text)
    assert text[p.start:p.end] == p.text == "ريف حلب الشمالي"
    assert p.name == "حلب"
    assert ("prefix", "rural") in p.modifiers and ("compass_adj", "N") in p.modifiers


def test_offsets_point_into_text_with_diacritics(geo):
    text = "قُصِفَت مَدِينَةُ الرَّقَّةِ"
    (p,) = _geo(geo, text)
    assert text[p.start:p.end] == p.text and p.text.startswith("مَدِينَةُ")
    assert p.admin1 == "Ar-Raqqa"


def test_token_range_limits_recognition(geo):
    a = analyze_text("قصف على حلب. ثم على حمص")
    lo, hi = a.sent_tokens[1]
    places = geo.find_places(a, lo, hi)
    assert [p.name for p in places] == ["حمص"]


def test_kinds_are_obvious(geo):
    text = "في سوريا، قصف على مخيم اليرموك وعلى محافظة درعا وقاعدة التيفور الجوية وحلب وحي الوعر"
    kinds = {p.text: p.kind for p in _geo(geo, text)}
    assert kinds == {"سوريا": "country", "مخيم اليرموك": "camp", "محافظة درعا": "admin1",
                     "قاعدة التيفور الجوية": "base", "حلب": "city", "حي الوعر": "neighbourhood"}


def test_common_words_that_are_place_names_elsewhere_are_not_places(geo):
    text = "أصدرت الحكومة بيانا يوم الخميس قالت فيه إن البيت الأبيض كان على علم وإن الجيش سوف يرد"
    assert _geo(geo, text) == []


def test_common_word_after_a_prefix_word_is_a_place(geo):
    # "صور" (pictures) alone is not read as Tyre; "مدينة صور" is
    assert _geo(geo, "نشر صور الدمار") == []
    (p,) = _geo(geo, "غارة على مدينة صور")
    assert p.country == "Lebanon" and p.geo_precision == 1



def test_inflected_common_words_are_not_foreign_places(geo):
    # each sentence once gave a place abroad: كانوا -> Kano, الشعب -> Sha'ab, بحجة -> Hajjah,
    # باراك -> Arak, أيدينا -> Aydın, مدانا -> Medan, مسيلة -> M'Sila, وجيزة -> Giza ...
    sentences = [
        "كانوا يرددون أن الشعب يريد السلام",
        "اعتقل العشرات بحجة التعاون مع المسلحين",
        "وصف الرئيس السابق باراك أوباما الاتفاق بأنه سيئ",
        "نبني بيوتنا بأيدينا وقد أعدم 9 مدانا بالإرهاب",
        "أطلقت الشرطة قنابل مسيلة للدموع بعد فترة وجيزة",
        "وكان على متنها سبعة ركاب معربا عن قلقه",
        "نشرت منظمة الخوذ البيضاء صورا من مشهد الدمار",
        "قالت سفيرة الدولة إن السؤال المطروح يتعلق بالمنطقة الجنوبية",
    ]
    for text in sentences:
        assert _geo(geo, text) == [], text


def test_generic_regions_and_names_need_a_prefix_word(geo):
    # "المنطقة الجنوبية" is the south of the document's country, not the Israeli district of that name
    places = _geo(geo, "تواصل القصف على المنطقة الجنوبية من سوريا")
    assert [p.country for p in places] == ["Syria"]
    (p,) = _geo(geo, "غارة على مدينة حجة اليمنية")
    assert p.country == "Yemen"
    (p,) = _geo(geo, "اشتباكات في مدينة الميادين")
    assert p.country == "Syria"

def test_unknown_place_without_context_is_never_given_a_point(geo):
    (p,) = _geo(geo, "انفجار في بلدة زمرينة")
    assert p.kind == "city" and not p.candidates
    assert p.latitude is None and p.geo_precision is None
    assert p.note.startswith("unresolved")


def test_unknown_place_keeps_the_documents_admin1(geo):
    text = "قصف على بلدة زمرينة. وكانت الطائرات قد قصفت طفس وداعل ونوى قبل يومين"
    p = _geo(geo, text)[0]
    assert p.name == "زمرينة" and p.admin1 == "Dar'a" and p.geo_precision == 3
    assert "admin1" in p.note and p.gazetteer_id is None


def test_country_and_iso_come_from_the_place_not_the_outlet(geo):
    (p,) = _geo(geo, "انفجار في الموصل", site="https://sana.sy/")
    assert (p.country, p.iso, p.region) == ("Iraq", 368, "Middle East")


def test_outlet_country_breaks_a_tie(geo):
    # Duma exists in Syria and in the West Bank; a Palestinian outlet with nothing else to go on
    (p,) = _geo(geo, "اقتحام دوما فجرا", site="https://maan.ps/news")
    assert p.country == "Palestine"


def test_mention_for_free_location_string(geo):
    m = geo.mention_for("بلدة زمرينة", start=10)
    assert m.start == 10 and m.name == "زمرينة"
    geo.resolve_document([m], "قصف على بلدة زمرينة بريف إدلب وسراقب", None)
    assert m.admin1 == "Idleb"


def test_default_is_cached_per_process(default_gaz_path):
    assert Geocoder.default() is Geocoder.default()


def test_ten_thousand_mentions_in_bounded_cpu_time(default_gaz_path):
    """The goal is < 2 s on one idle core (bench/bench_geo.py prints the figure); CPU time with
    headroom here, so a loaded CI machine does not fail it while a real slowdown still does."""
    from marsad.geo import Gazetteer

    t0 = time.process_time()
    geo = Geocoder(Gazetteer([default_gaz_path]))
    a = analyze_text("قصف على الرقة وريف دير الزور الشرقي وبلدة كفرنبل بريف إدلب وشمال حلب ومحافظة درعا")
    n = 0
    while n < 10_000:
        places = geo.find_places(a)
        geo.resolve_document(places)
        n += len(places)
    assert time.process_time() - t0 < 6.0


def test_north_of_the_country_is_the_documents_country(geo):
    text = "قتل مدنيون في إدلب. وتواصل القصف في شمال البلاد"
    p = next(x for x in _geo(geo, text) if x.text == "شمال البلاد")
    assert p.kind == "country" and p.country == "Syria" and p.geo_precision == 3
    assert p.latitude > 35.0  # moved north of the centroid


def test_names_of_forces_and_media_are_not_places(geo):
    text = "قالت قوات سوريا الديمقراطية لصحيفة واشنطن بوست إن تنظيم الدولة في العراق والشام انسحب من الرقة"
    assert [p.text for p in _geo(geo, text)] == ["الرقة"]


def test_a_bank_of_a_river_is_not_the_west_bank(geo):
    text = "هاجم التنظيم قرى في الضفة الغربية لنهر الفرات وعلى الضفة الشرقية للفرات قرب مدينة الميادين"
    # g108w: the two banks are the Deir ez-Zor regions of places_extra.tsv, never the West Bank
    got = [(p.text, p.gazetteer_id) for p in _geo(geo, text)]
    assert got == [("الضفة الغربية لنهر الفرات", "x:west-euphrates-121000"),
                   ("الضفة الشرقية للفرات", "x:euphrates-valley"), ("قرب مدينة الميادين", got[2][1])], got


def _resolved(geo: Geocoder, text: str) -> list[tuple[str, str, str | None]]:
    places = geo.find_places(analyze_text(text))
    geo.resolve_document(places, text, None, context_places=places)
    return [(p.text, p.kind, p.country) for p in places]


def test_a_small_foreign_place_named_once_bare_is_a_word(geo):
    # "فريدة" = ف + "ريدة" (a Yemeni village): in a document about Syria it is the adjective "unique"
    assert _resolved(geo, "قصفت الطائرات مدينة حلب في عملية فريدة من نوعها") == [
        ("مدينة حلب", "city", "Syria"), ("ريدة", "word", None)]
    assert [p.text for p in geo.geocode("قصفت الطائرات مدينة حلب في عملية فريدة من نوعها")] == ["مدينة حلب"]
    # a naming word, the country in the news, or no context at all keep the place
    assert ("بلدة ريدة", "city", "Yemen") in _resolved(geo, "قصفت الطائرات مدينة حلب وبلدة ريدة")
    assert ("ريدة", "city", "Yemen") in _resolved(geo, "اشتباكات عنيفة في صنعاء وريدة")
    assert _resolved(geo, "وصلت تعزيزات إلى ريدة") == [("ريدة", "city", "Yemen")]
    # a large town of the region stays a place even where its country is not named
    assert ("دوما", "city", "Syria") in _resolved(geo, "اجتماع في نيويورك بشأن هجوم في دوما")


def test_a_name_inside_a_place_of_another_country_is_not_the_foreign_namesake(geo):
    # "بحوث" = ب + "حوث" (Yemen); "في دمشق" says where it is: Damascus, the name itself unknown
    (p, d) = geo.find_places(analyze_text(text := "دمرت الغارات مراكز بحوث في دمشق"))
    geo.resolve_document([p, d], text, None, context_places=[p, d])
    assert p.country == "Syria" and p.gazetteer_id is None and p.rule_id == "geo.unresolved.container"
    # "قرب" is no containment: a town near a place across the border keeps its own country
    assert _resolved(geo, "قصف على البوكمال قرب القائم") == [
        ("البوكمال", "city", "Syria"), ("قرب القائم", "city", "Iraq")]


def test_a_naming_word_with_the_article_is_the_place_told_before_not_a_name(geo):
    # "المدينة" / "البلدة" refer back ("the town"); only the construct "بلدة X" names a place
    assert _geo(geo, "انسحب المقاتلون من البلدة وتسليمها للجيش") == []
    assert [p.name for p in _geo(geo, "انسحب المقاتلون من بلدة زمرينة")] == ["زمرينة"]


def test_unknown_names_listed_with_a_known_town_after_a_plural_naming_word_are_towns(geo):
    text = "قصفت الطائرات بلدات نوى وزمرينة والقنية في ريف درعا، وقتل 4 مدنيين"
    ps = _geo(geo, text)
    names = [p.name for p in ps]
    assert names[:3] == ["نوى", "زمرينة", "القنية"], names
    zm = ps[1]
    # placed near the known town it is listed with, not at the province's centroid
    assert zm.gazetteer_id is None and zm.geo_precision == 2 and zm.latitude == ps[0].latitude
    # a verb or a number word joined by "و" ends the list
    assert not any(p.name in ("وقتل", "قتل") for p in ps)
    assert [p.name for p in _geo(geo, "استعادت القوات مدينة وأربع بلدات")] == []


def test_a_two_word_unknown_name_in_a_list_keeps_both_words(geo):
    # "خان" and "معرة" open two-word names ("name_start"): the list member is the whole name
    names = [p.name for p in _geo(geo, "قصفت الطائرات بلدات كفرنبل وخان السبل ومعرة حرمة في ريف إدلب")]
    assert names[:3] == ["كفرنبل", "خان السبل", "معرة حرمة"], names


def test_curated_villages_and_bases_beat_their_namesakes_abroad(geo):
    # GeoNames' lists lack these, and their names read as places elsewhere (Kifri, Saham al-Kaffarat, El Dabaa)
    assert _resolved(geo, "قصف على كفريا والفوعة في ريف إدلب")[:2] == [
        ("كفريا", "area", "Syria"), ("الفوعة", "area", "Syria")]
    assert _resolved(geo, "قصف على سحم الجولان في ريف درعا")[0] == ("سحم الجولان", "area", "Syria")
    assert _resolved(geo, "انفجارات في مطار الضبعة العسكري في حمص")[0][2] == "Syria"


def test_a_base_inside_a_place_of_another_country_is_not_the_foreign_namesake(geo):
    # "الرشيد" is only Rosetta (Egypt) to the gazetteer; an air base of that name in Homs is placed at Homs
    places = geo.find_places(analyze_text(text := "قصفت الطائرات مطار الرشيد العسكري في حمص"))
    geo.resolve_document(places, text, None, context_places=places)
    base = places[0]
    assert base.kind == "base" and base.candidates and base.country == "Syria"
    assert base.rule_id == "geo.unresolved.container" and base.gazetteer_id is None


def test_talks_and_agreements_named_after_their_venue_are_not_places(geo):
    # q7d: "محادثات أستانا" and the like are processes; the venue is a place only on its own
    text = "وقع الطرفان في إطار محادثات أستانا ومؤتمر ميونخ واتفاق فيينا على هدنة في مدينة إدلب"
    assert [p.name for p in _geo(geo, text)] == ["إدلب"]
    assert [p.country for p in _geo(geo, "عقد اجتماع في أستانا")] == ["Kazakhstan"]


def test_adjectives_and_verbs_after_a_naming_word_are_not_unknown_places(geo):
    # q7d: "حي سكني", "قرية تقطنها", "قاعدة متقدمة" once gave unknown places kept at the province
    sentences = [
        "استهدفت غارة حيا سكني في المدينة",
        "هاجم المسلحون قرية تقطنها أغلبية من المزارعين",
        "أقامت القوات قاعدة متقدمة وقاعدة إقليمية ومعبر تجاري",
        "قصفت الطائرات بلدة تسيطر عليها الفصائل وقرية تحت سيطرة التنظيم",
    ]
    for text in sentences:
        assert [p.name for p in _geo(geo, text)] == [], text


def test_a_common_word_after_a_naming_word_with_the_article_is_not_a_place(geo):
    # q7d: "المدينة الأحد" (the town, on Sunday) once gave Al Ahad in Yemen, "المحافظة الخميس" Khemis Miliana
    assert _geo(geo, "دخل المقاتلون وسط المدينة الأحد") == []
    assert _geo(geo, "ألقت الطائرات منشورات في أنحاء المحافظة الخميس") == []
    assert [p.country for p in _geo(geo, "غارة على مدينة صور")] == ["Lebanon"]


def test_verbs_and_given_names_are_not_foreign_towns(geo):
    # q7d: لجأوا -> Jāwā, بؤر -> Bor, بادر -> Adir, هايكو -> Haikou, يوفال -> Yuval, مسقط رأسه -> Muscat,
    # الشين بيت -> Shīn, صالح الصماد -> Şamād, الوضع القائم -> Al-Qa'im; مدينة القائم stays the town
    sentences = [
        "نزح الآلاف ولجأوا إلى المدارس هربا من بؤر القتال",
        "بادر المقاتلون إلى الهجوم بعد أن التقى هايكو بنظيره يوفال",
        "عاد الشاب إلى مسقط رأسه بعد أن اعتقله جهاز الشين بيت",
        "نعى الحوثيون صالح الصماد وقالوا إن التقرير يبين حجم الهزة",
        "أخل التدخل بالوضع القائم وبالنظام القائم على التوازن",
        "تشكل الصواريخ تهديدا وعقبة أمام الحل",
    ]
    for text in sentences:
        assert _geo(geo, text) == [], (text, [p.name for p in _geo(geo, text)])
    assert [p.country for p in _geo(geo, "اشتباكات في مدينة القائم الحدودية")] == ["Iraq"]


def test_curated_districts_and_towns_of_damascus_are_towns_not_the_province(geo):
    # q7d: left unresolved before (kept at the province's point, precision 3); "القدم" alone is "the foot"
    got = {p.name: (p.admin1, p.geo_precision) for p in _geo(geo, "اشتباكات في حي القدم وبلدة يلدا وقصف على سقبا")}
    assert got == {"القدم": ("Damascus", 1), "يلدا": ("Rural Damascus", 1), "سقبا": ("Rural Damascus", 1)}, got
    assert _geo(geo, "فاز المنتخب في مباراة كرة القدم") == []


def test_saida_of_daraa_is_not_sidon_in_a_report_on_daraa(geo):
    # q7d: the Dar'a offensive's "بلدة صيدا" was read as Sidon (Lebanon); Sidon stays Sidon in Lebanon
    got = _resolved(geo, "قصفت الطائرات بلدات الطيبة وصيدا والجيزة في ريف درعا الشرقي")
    assert ("صيدا", "city", "Syria") in got, got
    assert ("مدينة صيدا", "city", "Lebanon") in _resolved(geo, "تظاهر المئات في مدينة صيدا جنوبي لبنان")


def test_in_terms_of_its_position_is_not_an_unknown_place(geo):
    # q13a: "من ناحية موقعها" (ناحية: a sub-district, also "in terms of") gave an unknown place kept at the country
    assert _geo(geo, "تكتسب المنطقة أهمية من ناحية موقعها الحدودي") == []


def test_the_second_name_after_a_dual_naming_word_takes_that_word(geo):
    # q13a: "ريفي حماة وحلب" is the countryside of Hama and of Aleppo, both at precision 2 (not Aleppo city)
    ps = _geo(geo, "تعرضت مواقع عسكرية في ريفي حماة وحلب لقصف صاروخي")
    assert [(p.name, p.geo_precision) for p in ps] == [("حماة", 2), ("حلب", 2)], [(p.name, p.geo_precision) for p in ps]


def test_a_small_town_abroad_named_among_places_of_another_country_is_that_country_s_village(geo):
    # q14c: the gazetteer knows «الجنينة» only in Sudan, «الطيبة» in Jordan, Israel and Palestine; named among
    # Deir ez-Zor's and Dar'a's places they are villages there (geo.namesake), placed as unknown villages
    ps = _geo(geo, "حررت القوات قرى الجنينة والجيعة في ريف دير الزور الشرقي بعد معارك قرب الميادين والبوكمال")
    jn = next(p for p in ps if p.name == "الجنينة")
    assert jn.country == "Syria" and jn.rule_id == "geo.namesake" and jn.gazetteer_id is None
    ps = _geo(geo, "قصفت الطائرات بلدة الطيبة جنوب شرق مدينة درعا وبلدة صيدا في ريف درعا الشرقي")
    tb = next(p for p in ps if p.name == "الطيبة")
    assert tb.country == "Syria", (tb.country, tb.note)
    # a bare word abroad among another country's places is a word, not a village
    assert all(p.name != "مردفا" or p.kind == "word" for p in _geo(
        geo, "قال مصدر إن مسلحين هاجموا مبنى في السماوة مردفا أن الشرطة في البصرة والناصرية ردت"))


def test_a_town_named_where_a_statement_was_made_keeps_its_country(geo):
    # New York and Washington are where the statements were made: no namesake move towards them
    ps = _geo(geo, "اجتماع في نيويورك وواشنطن بشأن الهجوم على مدينة دوما")
    assert next(p for p in ps if p.name == "دوما").country == "Syria"
    ps = _geo(geo, "قال متحدث تركي إن القوات لن تبقى بعفرين بعد السيطرة على مدينة عفرين وإن تركيا ستسلمها")
    assert {p.country for p in ps if p.name == "عفرين"} == {"Syria"}


def test_two_bases_after_a_dual_naming_word_are_read_with_its_singular(geo):
    # q18a: "مطاري X وY" names مطار X and مطار Y; the gazetteer holds bases under their full names (the bare word
    # is often a common one), so both names are looked up with the singular naming word
    ps = _geo(geo, "استهدفت صواريخ مطاري خلخلة والضمير العسكريين فجر اليوم")
    assert [p.gazetteer_id for p in ps] == ["x:khalkhalah", "x:dumayr-ab"], [(p.text, p.gazetteer_id) for p in ps]
    # the full name with the singular is longer than the city it holds ("مطاري دمشق الدولي" is the airport)
    ps = _geo(geo, "قصفت الطائرات مطاري دمشق الدولي والشعيرات")
    assert [p.gazetteer_id for p in ps] == ["x:dam-intl", "x:shayrat"], [(p.text, p.gazetteer_id) for p in ps]


def test_a_side_of_the_countryside_a_province_is_named_after_is_the_city_s_countryside(geo):
    # q18a: "ريف دمشق الجنوبي" is the southern countryside of Damascus (as "ريف حلب الشمالي" is Aleppo's), at the
    # city's point with precision 2 in the province, not the centre of Rural Damascus (30 km off to the north-east)
    p = _geo(geo, "خرجت حافلات المسلحين من بلدات في ريف دمشق الجنوبي")[0]
    assert (p.location, p.geo_precision, p.admin1, p.rule_id) == ("Damascus", 2, "Rural Damascus", "geo.compass.rural")
    # the province alone, or a side of it told before its name, stays the province
    p = _geo(geo, "قصفت الطائرات بلدات في ريف دمشق")[0]
    assert (p.location, p.geo_precision) == ("Rural Damascus", 3)
    p = _geo(geo, "قصفت الطائرات بلدات في شمال ريف دمشق")[0]
    assert (p.location, p.geo_precision) == ("Rural Damascus", 3)


def test_the_countryside_of_a_city_that_names_its_province_lies_towards_the_province(geo):
    # q20b: "ريف درعا" is the countryside of Dar'a in the province of Dar'a: the city lies at the province's southern
    # edge, so the point is moved towards the province's point (half the way, 15 km at most), precision 2
    from marsad.geodesy import km
    p = _geo(geo, "تواصل القصف المدفعي على ريف درعا منذ الصباح")[0]
    assert (p.location, p.geo_precision, p.admin1, p.rule_id) == ("Dar‘ā", 2, "Dar'a", "geo.rural.province")
    assert 10 <= km(p.latitude, p.longitude, 32.62, 36.10) <= 15.5 and km(p.latitude, p.longitude, 32.85, 36.22) <= 15.5
    # a town that does not name its province keeps its own point; so does a city whose province's point lies
    # beyond its countryside (Homs: the province's point is in the desert)
    p = _geo(geo, "تواصل القصف المدفعي على ريف عفرين منذ الصباح")[0]
    assert (p.rule_id, round(p.latitude, 2), round(p.longitude, 2)) == ("geo.rural", 36.51, 36.87)
    p = _geo(geo, "تواصل القصف المدفعي على ريف حمص منذ الصباح")[0]
    assert p.rule_id == "geo.rural" and km(p.latitude, p.longitude, 34.72, 36.72) < 1
    # the surroundings, outskirts and suburbs of the city are at the city, not in the wide countryside
    for word in ("محيط", "أطراف", "ضواحي"):
        p = _geo(geo, f"تواصل القصف المدفعي على {word} درعا منذ الصباح")[0]
        assert p.rule_id == "geo.rural" and km(p.latitude, p.longitude, 32.62, 36.10) < 1, word
    # both countrysides after the dual are wide
    ps = _geo(geo, "سقطت صواريخ على مواقع في ريفي حماة وحلب")
    assert [p.rule_id for p in ps] == ["geo.rural.province", "geo.rural.province"]


def test_a_side_of_a_countryside_lies_on_that_side_of_the_city(geo):
    # q20b: "ريف حماة الغربي" lies 15 km west of Hama, "ريف حمص الشمالي" 15 km north of Homs (a side needs no
    # province's point), "ريف دمشق الشرقي" 15 km east of Damascus
    from marsad.geodesy import km
    p = _geo(geo, "سقطت قذائف على قرى في ريف حماة الغربي")[0]
    assert p.location == "Ḩamāh" and p.longitude < 36.62 and abs(km(p.latitude, p.longitude, 35.13, 36.76) - 15) < 1
    p = _geo(geo, "سقطت قذائف على قرى في ريف حمص الشمالي")[0]
    assert p.latitude > 34.85 and abs(km(p.latitude, p.longitude, 34.72, 36.73) - 15) < 1
    p = _geo(geo, "سقطت قذائف على بلدات في ريف دمشق الشرقي")[0]
    assert (p.location, p.admin1) == ("Damascus", "Rural Damascus") and p.longitude > 36.4


def test_a_side_of_the_country_is_the_region_of_that_side(geo):
    # q20b: "جنوب سوريا" is the southern region (Dar'a), not the centroid moved 150 km into the desert; "وسط البلاد"
    # of a Syrian report is central Syria (Homs-Hama), "شمال غربي سوريا" Idlib, "شمال العراق" the Kurdistan Region.
    # The entry stays the country's: a side of a country is as vague a place as the country
    def one(text, expr):
        return next(x for x in _geo(geo, text) if x.text == expr)
    p = one("شنت الطائرات غارات على مواقع المعارضة في جنوب سوريا", "جنوب سوريا")
    assert (p.location, p.admin1, p.gazetteer_id, p.geo_precision) == ("Southern Syria", "Dar'a", "c:SY", 3)
    p = one("قتل مدنيون في مدينة حمص. وتواصلت المعارك في جيب وسط البلاد", "وسط البلاد")
    assert (p.location, p.country, p.gazetteer_id) == ("Central Syria", "Syria", "c:SY")
    p = one("حشدت القوات على جبهات شمال غربي سوريا", "شمال غربي سوريا")
    assert (p.location, p.admin1) == ("North-western Syria", "Idleb")
    p = one("قصفت الطائرات مواقع للمسلحين في شمال العراق", "شمال العراق")
    assert (p.location, p.country, p.gazetteer_id) == ("Kurdistan Region", "Iraq", "c:IQ")
    # a side with no region of its own keeps the centroid moved towards it
    p = one("قصفت الطائرات مواقع للمسلحين في جنوب العراق", "جنوب العراق")
    assert (p.location, p.rule_id) == ("Iraq", "geo.compass.country")


def test_a_countryside_told_before_its_town_with_lam_is_that_countryside(geo):
    # q20b: "الريف الغربي لدرعا" is "ريف درعا الغربي"; so with a naming word ("لمدينة حماة"), a two-word side
    # ("الشمالي الشرقي", first read as a compass phrase of its own), or the town named by its title ("للعاصمة، دمشق")
    def one(text):
        return next(x for x in _geo(geo, text) if "الريف" in x.text)
    p = one("سقطت قذائف على قرى الريف الغربي لدرعا صباحا")
    assert (p.text, p.location, p.geo_precision) == ("الريف الغربي لدرعا", "Dar‘ā", 2) and p.longitude < 36.0
    p = one("تقدمت القوات في الريف الجنوبي لمدينة حماة أمس")
    assert p.location == "Ḩamāh" and p.latitude < 35.05
    p = one("عزلت القوات الريف الشمالي الشرقي لدرعا عن بقية المحافظة")
    assert ("compass_adj", "NE") in p.modifiers and p.latitude > 32.65 and p.longitude > 36.15
    p = one("اعترضت الدفاعات هدفا فوق بلدة في الريف الغربي للعاصمة، دمشق، صباح اليوم")
    assert p.location == "Damascus" and p.longitude < 36.2
    # a side without الريف, or الريف with no side, is not read so
    assert all("الريف" not in x.text for x in _geo(geo, "قصفت الطائرات الريف لمدينة حماة"))


def test_a_common_word_name_listed_among_towns_is_that_place(geo):
    # "حيط" (a wall) and "التضامن" (solidarity) need a naming word alone; as members of a list of towns
    # (after a plural naming word, after "بينها", or between two places) they are the village and the district
    for text, name, loc in (
            ("قصفت الطائرات قرى عدة بينها تسيل وحيط والشجرة في ريف درعا", "حيط", "Hayt"),
            ("قصفت الطائرات بلدات تسيل وحيط والشجرة", "حيط", "Hayt"),
            ("دارت اشتباكات في أحياء الحجر الأسود والتضامن والقدم", "التضامن", "Tadamon"),
            ("سقطت قذائف على تسيل وحيط والشجرة", "حيط", "Hayt")):
        found = {p.name: p for p in _geo(geo, text)}
        assert name in found and found[name].location == loc and found[name].gazetteer_id, (text, found.keys())


def test_a_common_word_name_not_inside_a_list_stays_a_word(geo):
    # the same words outside a list of places (or at its end, not between two) are no place
    assert [p.name for p in _geo(geo, "أعلن التضامن مع أهالي تسيل")] == ["تسيل"]
    assert [p.name for p in _geo(geo, "سقطت قذائف على تسيل وحيط المنزل")] == ["تسيل"]
