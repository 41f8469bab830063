"""g98ww: fire launched from one place at another is placed where it lands. With the launching side named between the
launch verb and the projectile («أطلقت الفصائل ... قذائف صاروخية من X باتجاه Y») the launch word stood past
places.LAUNCH_WINDOW and the origin X was kept as the act's place. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import read_doc

ERV = "Explosions/Remote violence"


def _places(extractor, text, published="2018-07-17"):
    doc = read_doc(extractor, text, published)
    return [e.location for e in doc.events if e.event_type == ERV]


def test_a_named_side_launching_at_a_region_is_placed_at_the_region(extractor):
    got = _places(extractor, "أطلقت الفصائل الفلسطينية قذائف صاروخية من قطاع غزة باتجاه جنوب إسرائيل مساء الاثنين.")
    assert got == ["Southern Israel"]


def test_a_named_side_launching_northward_is_placed_at_the_north(extractor):
    got = _places(extractor, "أطلقت الفصائل المسلحة قذائف صاروخية ثقيلة من قطاع غزة نحو شمال إسرائيل ليل الأحد.")
    assert got == ["Northern Israel"]


def test_a_place_near_the_target_is_not_a_launch_site(extractor):
    """Guard: «من» after a target word is no origin, however far the launch word stands."""
    got = _places(extractor, "أطلقت القوات التركية قذائف مدفعية على مواقع بالقرب من مدينة عفرين مساء الاثنين.")
    assert got == ["‘Afrīn"]


def test_shells_fired_from_the_army_positions_land_on_the_plain(extractor):
    got = _places(extractor, "أطلقت قوات النظام السوري عشرات القذائف الصاروخية من مواقعها في ريف حماة على بلدات سهل الغاب ليل الأحد.")
    assert got == ["Al-Ghab plain"]


def test_a_strike_on_the_launch_side_stays_there(extractor):
    """Guard: the reply struck the strip the rockets came from; the origin told in its reason clause is its place."""
    got = _places(extractor, "قصفت الطائرات الإسرائيلية مواقع لحركة حماس في قطاع غزة بعد أن أطلقت الفصائل الفلسطينية "
                             "صواريخ من القطاع باتجاه جنوب إسرائيل ليل الأحد.")
    assert got == ["Gaza Strip"]
