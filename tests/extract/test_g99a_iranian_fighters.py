"""g99a: Iranian fighters named by a noun and a plural nationality adjective («مقاتلون إيرانيون»، «مقاتلين إيرانيين»،
«المقاتلين الإيرانيين») are Iran's forces (actors.tsv, irn-mil). Without them, the group named after them
(«حيث يتمركز مقاتلون إيرانيون ومن حزب الله») was the only side read after a strike and became its target.
"""
from __future__ import annotations
from marsad_testdata import pairs_of, read_doc


PUB = "2018-05-20"
ISR = "Military Forces of Israel (1948-)"
IRN = "Military Forces of Iran (1989-)"
AIR = "Air/drone strike"


def test_fighters_based_at_the_target_first_named_iranian(extractor):
    pairs = pairs_of(extractor, "زعمت وسائل إعلام رسمية أن طائرات إسرائيلية قصفت يوم الأحد قاعدة جوية شرق حمص، حيث "
                                "يتمركز مقاتلون إيرانيون ومن حزب الله.", AIR, PUB)
    assert pairs == [(ISR, IRN)]


def test_depot_used_by_iranian_fighters_oblique(extractor):
    pairs = pairs_of(extractor, "نفذت طائرات إسرائيلية يوم الأحد غارة على مستودع للذخيرة قرب دمشق يستخدمه مقاتلين "
                                "إيرانيين وعناصر من حزب الله.", AIR, PUB)
    assert pairs == [(ISR, IRN)]


def test_hezbollah_fighters_alone_stay_the_target(extractor):
    # guard: with no Iranian fighters named, the group named at the target is still the target
    pairs = pairs_of(extractor, "قصفت طائرات إسرائيلية يوم الأحد قاعدة جوية شرق حمص، حيث يتمركز مقاتلون من حزب الله.",
                     AIR, PUB)
    assert pairs == [(ISR, "Hezbollah")]


def test_arrival_of_iranian_fighters_is_no_event(extractor):
    # guard: the new name does not make an event of the fighters' movements
    assert read_doc(extractor, "قالت مصادر إن مقاتلين إيرانيين وصلوا يوم الأحد إلى مدينة حلب.", PUB).events == []
