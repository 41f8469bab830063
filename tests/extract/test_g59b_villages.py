"""Villages and a camp the gazetteer did not read (branch g59b, places_extra.tsv pl-39200..39203).

- مخيم الوافدين / معبر الوافدين: the Ghouta evacuation crossing by Douma, a camp of its own (was the province);
  «الوافدين» alone ('the newcomers') is a stop row, no place;
- بلبلة (Bulbul, Afrin) after a naming word; «بلبلة» alone is 'confusion', no place;
- الشيخ حديد (Shaykh al-Hadid, Afrin), and not in a list told «بريف حماة» (another village of that name);
- غضم, the ض spelling of Ghasm (Dar'a)."""
from __future__ import annotations

from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"


def _events(extractor, text):
    doc = read_doc(extractor, text, "2018-03-05")
    return [(e.location, e.admin1) for e in doc.events if e.event_type == ERV]


def test_the_wafideen_crossing_is_a_camp_in_rural_damascus(extractor):
    assert _events(extractor, "قصفت قوات النظام معبر مخيم الوافدين أمس، ما أدى إلى مقتل ثلاثة مدنيين.") == [
        ("Al-Wafideen camp", "Rural Damascus")]


def test_bulbul_of_afrin_after_a_naming_word(extractor):
    assert _events(extractor, "قصفت المدفعية التركية بلدة بلبلة في ريف عفرين، ما أدى إلى مقتل مدنيين.") == [
        ("Bulbul", "Aleppo")]


def test_shaykh_al_hadid_of_afrin(extractor):
    assert _events(extractor, "قصفت القوات التركية قرية الشيخ حديد غرب عفرين صباح اليوم.") == [
        ("Shaykh al-Hadid", "Aleppo")]


def test_ghasm_spelled_with_dad(extractor):
    assert _events(extractor, "قتل خمسة مدنيين في قصف على بلدة غضم جنوب شرق درعا.") == [("Ghasm", "Dar'a")]


def test_common_words_stay_words(extractor):
    doc = read_doc(extractor, "أثار القرار بلبلة كبيرة بين العمال الوافدين، وقصفت القوات مواقع في سوريا.",
                   "2018-03-05")
    assert all(e.location not in ("Bulbul", "Al-Wafideen camp") for e in doc.events)


def test_the_hama_namesake_is_not_afrin(extractor):
    doc = read_doc(extractor, "قصفت فصائل المعارضة مدينتي السقيلبية والشيخ حديد بريف حماة.", "2018-09-09")
    assert {e.admin1 for e in doc.events} == {"Hama"}
