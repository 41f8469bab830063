"""q34a: armed groups and foreign forces the news names that actors.tsv did not recognise (Iraq's armed factions,
Idlib's factions, the British, French and Jordanian militaries; the Manbij Military Council as part of the SDF)."""
from __future__ import annotations

import pytest
from marsad_testdata import events_of

PUB = "2018-07-20"


@pytest.mark.parametrize("text, sub_event_type, actor", [
    ("اختطفت عناصر من ميليشيا عصائب أهل الحق يوم الثلاثاء ثلاثة تجار في بغداد.",
     "Abduction/forced disappearance", "Asaib Ahl al Haq"),
    ("اختطف مسلحون من كتائب حزب الله يوم الأحد خمسة صيادين في بادية السماوة جنوبي العراق.",
     "Abduction/forced disappearance", "Kataib Hezbollah"),
    ("قصفت حركة النجباء يوم الاثنين مواقع لتنظيم داعش قرب مدينة البوكمال.",
     "Shelling/artillery/missile attack", "Harakat Hezbollah al Nujaba"),
    ("هاجم تنظيم حراس الدين يوم الخميس مواقع لقوات النظام في ريف حماة الشمالي.",
     "Armed clash", "Hurras al Din"),
    ("اندلعت اشتباكات يوم الجمعة بين الجبهة الوطنية للتحرير وهيئة تحرير الشام في ريف إدلب.",
     "Armed clash", "NLF: National Liberation Front"),
    ("اندلعت اشتباكات يوم الجمعة بين جبهة تحرير سوريا وهيئة تحرير الشام في ريف حلب الغربي.",
     "Armed clash", "Jabhat Tahrir Souriya"),
    ("قصف الحزب الإسلامي التركستاني يوم الأحد مواقع لقوات النظام في سهل الغاب.",
     "Shelling/artillery/missile attack", "Turkistan Islamic Party"),
    ("قصف فيلق الشام يوم الأحد مواقع لقوات النظام في ريف حماة الشمالي.",
     "Shelling/artillery/missile attack", "Faylaq al Sham"),
    ("قصفت حركة نور الدين الزنكي يوم الأحد مواقع لقوات النظام في ريف حلب الغربي.",
     "Shelling/artillery/missile attack", "Nour al Din al Zenki Movement"),
    ("شنت الطائرات البريطانية يوم السبت غارات على مواقع لتنظيم داعش قرب هجين.",
     "Air/drone strike", "Military Forces of the United Kingdom (2016-2019)"),
    ("شنت الطائرات الفرنسية يوم السبت غارات على مواقع لتنظيم داعش قرب هجين.",
     "Air/drone strike", "Military Forces of France (2017-)"),
    ("قصف الجيش الأردني يوم الأحد مواقع لتنظيم داعش قرب الحدود السورية.",
     "Shelling/artillery/missile attack", "Military Forces of Jordan (1999-)"),
])
def test_a_named_group_is_the_agent(extractor, text, sub_event_type, actor):
    evs = events_of(extractor, text, sub_event_type, PUB)
    assert evs and evs[0].actor1 == actor


def test_the_manbij_military_council_is_coded_as_the_sdf(extractor):
    evs = events_of(extractor, "قصف مجلس منبج العسكري يوم الأحد مواقع لتنظيم داعش قرب مدينة منبج.",
                    "Shelling/artillery/missile attack", PUB)
    assert evs and evs[0].actor1 == "SDF: Syrian Democratic Forces"


def test_the_country_name_of_britain_is_no_agent(extractor):
    # no nisba adjective for the UK: "بريطاني" + accusative alif would read "بريطانيا" (the observatory's seat) as its army
    evs = events_of(extractor, "قال المرصد السوري ومقره بريطانيا إن طائرات النظام قصفت يوم الأحد بلدة خان شيخون.",
                    "Air/drone strike", PUB)
    assert evs and all(e.actor1 != "Military Forces of the United Kingdom (2016-2019)" for e in evs)
