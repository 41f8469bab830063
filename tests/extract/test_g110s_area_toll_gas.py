"""An area's day toll beside a town's gas attack (branch g110s): a named area's toll told with no gas in its sentence
and a strike on one of its towns told by its suffocation cases are two happenings; the chemical attack does not carry
the bombardment's dead, and the area keeps its own event. A gas told in a mention of the town's explosion dated by the
chemical attack's own span is that attack told by its means."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-14"
ERV = "Explosions/Remote violence"
CHEM = "Chemical weapon"


def _strikes(extractor, text, pub=PUB):
    doc = read_doc(extractor, text, pub)
    return [e for e in doc.events if e.event_type == ERV]


def test_the_gas_attack_does_not_take_the_area_toll(extractor):
    # before: the area's toll joined the town's strike, which folded into the chemical attack with 80 dead
    text = ("قال ناشطون إن قصفا جويا استهدف بلدة سقبا في الغوطة الشرقية مساء الثلاثاء. وقال مدير المرصد \"تم توثيق "
            "21 حالة اختناق وضيق تنفس بعد صاروخ أطلقته طائرة حربية واستهدف بلدة سقبا\". وتحدث ناشطون معارضون عن قصف "
            "بغاز الكلور. وقال المرصد إن 63 مدنيا قتلوا الثلاثاء في الغوطة الشرقية مع استمرار القصف على مناطق عدة.")
    strikes = _strikes(extractor, text)
    chem = [e for e in strikes if e.sub_event_type == CHEM]
    assert len(chem) == 1 and not chem[0].fatalities, [(e.sub_event_type, e.fatalities) for e in strikes]
    area = [e for e in strikes if e.fatalities == 63]
    assert len(area) == 1 and area[0].sub_event_type != CHEM and "الغوطة" in (area[0].location_text or "")
    assert "area-toll-no-gas-137500" in area[0].rule_ids
    # a town named alone with no gas and no toll is still the area's strike narrowed (merge.py, as before)
    strikes = _strikes(extractor, "قتل 63 مدنيا الثلاثاء في قصف قوات النظام على الغوطة الشرقية. "
                                  "واستهدفت طائرات حربية بلدة سقبا بعدة غارات.")
    assert len(strikes) == 1 and strikes[0].fatalities == 63, [(e.location_text, e.fatalities) for e in strikes]


def test_the_explosion_told_with_its_gas_joins_the_chemical_attack(extractor):
    # the explosion and the chlorine are told in one sentence dated by one span: no separate explosion event
    text = ("أعلنت السلطات الصحية التابعة للمعارضة في الغوطة الشرقية أن عددا من الأشخاص عانوا أعراضا تشبه أعراض استنشاق "
            "غاز الكلور خلال القصف الجوي المتواصل من جانب القوات الحكومية. وقالت مديرية الصحة التابعة للمعارضة، في بيان، "
            "إن المصابين وعمال الإسعاف وغيرهم استنشقوا غاز الكلور، بعد وقوع \"انفجار ضخم\" في منطقة سقبا قرب دمشق، "
            "مضيفة أن طفلة ماتت اختناقا. وقال المرصد إن القصف الجوي على الغوطة الشرقية كان أقل حدة الأحد، لكن 17 "
            "شخصا قتلوا جراءه.")
    strikes = _strikes(extractor, text, "2018-02-26")
    kinds = sorted((e.sub_event_type, e.fatalities or 0, e.location_text or "") for e in strikes)
    assert not any(k.startswith("Remote explosive") for k, _, _ in kinds), kinds
    # the area's toll stays at the area, no more on the town's explosion
    assert any(dead == 17 and k != CHEM and "الغوطة" in place for k, dead, place in kinds), kinds
    assert any(k == CHEM and "سقبا" in place for k, _, place in kinds), kinds
