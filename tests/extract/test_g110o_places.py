"""Place audit g110o (sentences of our own): places told by reference or by a part.

- «وفي الريف الشرقي، تتواصل اشتباكات» (place_words back_sided «الريف», with a side adjective after it) and «ريفها
  الشمالي» are that side of the countryside of the town told before, as «ريف X الشرقي» is read (resolve.at_countryside,
  precision 2), a place of its own beside the town (rule place-side-back-135500 with place-list-128000), not an event of
  the town itself; «تتواصل» is a verb of fighting going on (function_words going_on).
- «على طريق رئيسي جنوب كركوك. ووقع الهجوم على الطريق قرب بلدة داقوق»: a side of a town is a reference point; the town
  the next sentence names the happening at is where it was (places.retold_place, rule place-retold-135501).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-06-28"


def _places(doc):
    return [(e.sub_event_type, e.location, e.latitude, e.longitude, e.geo_precision, e.rule_ids) for e in doc.events]


def _clashes(doc):
    return [e for e in doc.events if e.sub_event_type == "Armed clash"]


def test_bare_countryside_side_is_a_place_of_its_own(extractor):
    text = ("قتل عشرة عناصر من قوات النظام يوم الأربعاء في اشتباكات مع الفصائل داخل مدينة درعا. "
            "وفي الريف الغربي، قتل ستة مقاتلين من الفصائل يوم الأربعاء في معارك عنيفة مع قوات النظام.")
    doc = read_doc(extractor, text, PUB, title="تطورات")
    clashes = _clashes(doc)
    assert len(clashes) == 2, _places(doc)
    rural = [e for e in clashes if "place-side-back-135500" in e.rule_ids]
    assert len(rural) == 1 and rural[0].geo_precision == 2, _places(doc)
    city = next(e for e in clashes if e is not rural[0])
    # the western countryside lies west of the city's point
    assert rural[0].longitude < city.longitude and rural[0].admin1 == city.admin1, _places(doc)


def test_its_countryside_with_a_side_takes_that_side(extractor):
    text = ("سيطرت قوات النظام يوم الأربعاء على مدينة درعا بعد معارك مع الفصائل. "
            "ودارت يوم الأربعاء اشتباكات عنيفة بين الجيش والفصائل في ريفها الشمالي.")
    doc = read_doc(extractor, text, PUB, title="تطورات")
    rural = [e for e in _clashes(doc) if "place-side-back-135500" in e.rule_ids]
    assert len(rural) == 1, _places(doc)
    taken = [e for e in doc.events if e.sub_event_type == "Government regains territory"]
    assert taken and rural[0].latitude > taken[0].latitude, _places(doc)


def test_bare_countryside_without_side_is_no_place(extractor):
    # guard: «الريف» alone (the Rif, the countryside at large) refers back to nothing
    text = ("سيطرت قوات النظام يوم الأربعاء على مدينة درعا بعد معارك مع الفصائل. "
            "ودارت يوم الأربعاء اشتباكات عنيفة بين الجيش والفصائل في الريف.")
    doc = read_doc(extractor, text, PUB, title="تطورات")
    assert not any("place-side-back-135500" in e.rule_ids for e in doc.events), _places(doc)


def test_town_told_in_the_next_sentence_places_the_attack(extractor):
    text = ("هاجم مسلحون مجهولون سيارة مدنية يوم الأحد وقتلوا ثلاثة أشخاص كانوا فيها على طريق رئيسي جنوب كركوك. "
            "ووقع الهجوم على الطريق الرئيسي قرب بلدة داقوق، بحسب ضابط في الشرطة.")
    doc = read_doc(extractor, text, "2018-03-12", title="تطورات")
    attacks = [e for e in doc.events if e.sub_event_type == "Attack"]
    assert attacks and attacks[0].location == "Dāqūq", _places(doc)
    assert "place-retold-135501" in attacks[0].rule_ids, _places(doc)
