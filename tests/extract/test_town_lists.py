"""Towns of a list each get their own event (ACLED codes one event per location), even when they lie
close together or the gazetteer lacks some of them."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-03-22"  # a Thursday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _places(doc, sub=None):
    return sorted({e.location for e in doc.events if sub is None or e.sub_event_type == sub})


def test_neighbouring_towns_named_apart_stay_apart(extractor):
    # زملكا، عربين and عين ترما lie within 2 km of one another: three towns all the same
    doc = _run(extractor, "قصفت الطائرات الحربية السورية الخميس مدينة زملكا بالتزامن مع غارات على بلدتي عربين وعين ترما.")
    assert _places(doc, "Air/drone strike") == ["Ayn Tarma", "Zamalka", "‘Irbīn"], _places(doc)


def test_the_second_town_after_a_dual_is_a_town_even_unknown(extractor):
    # بلدتي names two towns: the gazetteer lacks the second (one word or two), it still gets its own event
    doc = _run(extractor, "قصفت الطائرات الحربية الأحد بلدتي داعل وكحيل في ريف درعا.", "2018-06-26")
    assert sorted(e.location_text for e in doc.events) == ["داعل", "كحيل"], [e.location_text for e in doc.events]
    doc = _run(extractor, "سيطرت قوات النظام السوري الاثنين على بلدتي بصر الحرير ومليحة العطش في ريف درعا.",
               "2018-06-26")
    texts = sorted(e.location_text for e in doc.events)
    assert texts == ["بصر الحرير", "مليحة العطش"], texts
    assert all(e.admin1 == "Dar'a" for e in doc.events)


def test_towns_enumerated_after_among_them_each_get_an_event(extractor):
    # "منها X وY وZ" after villages around a city: the towns enumerated (one the gazetteer lacks) are the places
    doc = _run(extractor, "استهدفت الغارات الجوية الجمعة قرى في محيط مدينة درعا، منها النعيمة وأم المياذن واليادودة.",
               "2018-07-07")
    texts = sorted(e.location_text for e in doc.events)
    assert texts == sorted(["أم المياذن", "اليادودة", "النعيمة"]), texts
    assert all("place-enumerated" in e.rule_ids for e in doc.events)


def test_an_opener_word_followed_by_no_list_is_not_an_enumeration(extractor):
    doc = _run(extractor, "قصفت الطائرات الحربية مدينة دوما الجمعة، وهي في منطقة يمكنها منها استهداف دمشق بسهولة.",
               "2018-04-07")
    assert [e.location for e in doc.events] == ["Dūmā"], [e.location for e in doc.events]
    assert all("place-enumerated" not in e.rule_ids for e in doc.events)


def test_a_retold_happening_gives_the_place_of_the_act_told_before(extractor):
    # "وقع الهجوم في قرية X" after an act placed only in the country: the act is at X (kept at X's province)
    text = ("قتل مسلحو تنظيم داعش ستة مدنيين من عائلة واحدة في هجوم على منزلهم بقرية شمالي العراق.\n"
            "وقال نائب محافظ نينوى إن الهجوم وقع فجر الأحد في قرية الزهيرات.")
    doc = _run(extractor, text, "2018-06-04")
    attacks = [e for e in doc.events if e.sub_event_type == "Attack"]
    assert [(e.location_text, e.admin1) for e in attacks] == [("الزهيرات", "Ninewa")], \
        [(e.location_text, e.admin1, e.rule_ids) for e in doc.events]
    assert "place-retold" in attacks[0].rule_ids


def test_a_happening_told_in_a_relative_clause_is_not_retold(extractor):
    text = ("قصفت طائرات حربية مواقع عسكرية في سوريا فجر السبت.\n"
            "وجاء القصف ردا على الهجوم الذي وقع الأسبوع الماضي في مدينة دوما.")
    doc = _run(extractor, text, "2018-04-15")
    assert all("place-retold" not in e.rule_ids for e in doc.events), [(e.location, e.rule_ids) for e in doc.events]


def test_what_a_place_is_near_is_not_where_the_act_was(extractor):
    doc = _run(extractor, "كثفت قوات النظام السوري الثلاثاء قصفها على محافظة درعا التي تكتسب أهمية لقربها من دمشق.",
               "2018-06-20")
    assert [e.admin1 for e in doc.events] == ["Dar'a"], [(e.location, e.admin1) for e in doc.events]


def test_a_site_between_two_unknown_towns_is_one_event_at_the_first(extractor):
    # the gazetteer lacks both towns: the first named stands (not the countryside told after the list), at the
    # list's container; "بين X وY" is one site, not a list of two places
    # (سلحب has a gazetteer row since q21d: another town the gazetteer lacks stands in)
    doc = _run(extractor, "سقطت قذائف صاروخية الأحد على موقع عسكري يقع بين بلدة الحويز وقرية الرصيف في ريف حماة الغربي.",
               "2018-04-30")
    assert [(e.location_text, e.admin1, e.geo_precision) for e in doc.events] == [("الحويز", "Hama", 2)], \
        [(e.location_text, e.admin1, e.geo_precision) for e in doc.events]


def test_the_neighbours_of_listed_towns_are_not_those_towns(extractor):
    doc = _run(extractor, "قتل 15 مدنيا في غارات نفذتها قوات النظام على بلدات عدة مجاورة لبلدتي الفوعة وكفريا في ريف إدلب "
                          "الشمالي.", "2018-06-10")
    assert [(e.location, e.geo_precision) for e in doc.events] == [("Idlib", 2)], [e.location for e in doc.events]


def test_a_listed_town_named_by_a_common_word_gets_its_own_event(extractor):
    # "حيط" is also 'a wall': inside a list of towns it is the Dar'a village, with its own event
    doc = _run(extractor, "وقصفت الطائرات الحربية الجمعة بلدات عدة بينها تسيل وحيط والشجرة في ريف درعا.", "2018-07-21")
    assert _places(doc, "Air/drone strike") == ["Ash Shajarah", "Hayt", "Tasīl"], _places(doc)


def test_a_list_joined_by_a_waw_written_apart_is_split(extractor):
    # "و الحجر الأسود": the conjunction written as a word of its own still joins the next town to the list
    doc = _run(extractor, "وقصفت قوات النظام الأحد أحياء مخيم اليرموك و الحجر الأسود جنوب دمشق.", "2018-05-14")
    assert _places(doc) == ["Al Ḩajar al Aswad", "Yarmouk camp"], _places(doc)
    doc = _run(extractor, "واندلعت اشتباكات الثلاثاء بين الطرفين على أطراف بلدة الباغوز و السوسة في ريف دير الزور.",
               "2018-09-12")
    assert len(_places(doc, "Armed clash")) == 2, _places(doc)


def test_towns_listed_after_parts_of_each_get_their_event(extractor):
    # "وأجزاء من X وY": the parts of more towns are more places of the list, and "أجزاء" is no town of its own
    doc = _run(extractor, "وقصفت الطائرات الحربية السبت بلدات سقبا وحمورية وأجزاء من كفربطنا وجسرين.", "2018-03-11")
    assert _places(doc) == ["Hamouriyah", "Jisreen", "Kafr Baţnā", "Saqba"], _places(doc)
