"""g72b: villages of the 2018 news that the default gazetteer lacked (kept at the province point before): تل الحارة
(Tell al-Hara, Dar'a), المتونة (al-Mutunah, As-Sweida), عابدين ('Abidin, the Yarmouk Basin of Dar'a), كفرسجنة (Kafr
Sajnah, southern Idleb); rows pl-47400..47403 in places_extra.tsv. Sentences composed for the tests."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _run(extractor, text, published="2018-07-20"):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _places(doc, event_type=ERV):
    return [e.location for e in doc.events if e.event_type == event_type]


def test_shelling_of_kafr_sajnah_is_at_the_village(extractor):
    doc = _run(extractor, "قتل مدنيان جراء قصف مدفعي استهدف بلدة كفرسجنة في ريف إدلب الجنوبي مساء الأحد.")
    assert _places(doc) == ["Kafr Sajnah"]


def test_an_air_strike_on_al_mutunah_is_at_the_village(extractor):
    doc = _run(extractor, "شنت طائرات حربية غارات على قرية المتونة في ريف السويداء الشمالي صباح الخميس.")
    assert _places(doc) == ["Al-Mutunah"]


def test_a_strike_on_abidin_is_in_the_yarmouk_basin_of_daraa(extractor):
    doc = _run(extractor, "قصفت الطائرات الحربية بلدة عابدين في حوض اليرموك بريف درعا الغربي صباح الجمعة.")
    events = [e for e in doc.events if e.event_type == ERV]
    assert [e.location for e in events] == ["Abidin"]


def test_shelling_of_tell_al_hara_is_at_the_hill(extractor):
    doc = _run(extractor, "سقطت قذائف صاروخية على تل الحارة في ريف درعا الشمالي الغربي مساء الأربعاء.")
    assert _places(doc) == ["Tell al-Hara"]


def test_cairo_abdeen_with_its_head_word_is_not_the_syrian_village():
    from marsad.geo import Geocoder
    from marsad.lang.ar.tokens import analyze_text

    text = "قتل شخصان في اشتباك بحي عابدين وسط القاهرة"
    g = Geocoder.default()
    ps = g.find_places(analyze_text(text))
    g.resolve_document(ps, text, context_places=ps)
    assert [p.admin1 for p in ps if "عابدين" in p.text] == ["Cairo"]


def test_a_bomb_in_asdira_is_at_the_iraqi_village(extractor):
    doc = _run(extractor, "قتل ثلاثة مدنيين بانفجار عبوة ناسفة في قرية أسديرة بمحافظة صلاح الدين مساء الثلاثاء.")
    assert _places(doc) == ["Asdira"]
