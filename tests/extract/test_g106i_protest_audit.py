"""g106i: protests audit. A noun's own relative clause opened after a comma («الاحتجاجات المتزايدة، والتي امتدت ...»)
tells the act done under a view, as one without the comma does (frames.presupposed, md-rel-72600); an act of force told
before a verb of spreading stands at the town told before the trigger, not at the first town the wave reached
(ps-103500); a rumour of the protests reaching a town is no protest there (md-pos-103500, 103502).
"""
from __future__ import annotations
from marsad_testdata import read_doc

PUB = "2018-08-06"


def _protests(doc):
    return {(e.sub_event_type, e.location, e.date_start) for e in doc.events if e.event_type == "Protests"}


def test_comma_before_the_nouns_relative_clause_tells_it_done(extractor):
    text = ("وأمر الوزير بنشر القوات في محاولة لاحتواء المظاهرات المتصاعدة، والتي امتدت يوم السبت من الكوت إلى "
            "مدينتي العمارة والحلة.")
    towns = {loc for _, loc, _ in _protests(read_doc(extractor, text, PUB))}
    assert {"Al-Kut", "Al ‘Amārah"} <= towns


def test_force_before_a_spread_stays_at_the_town_told_before(extractor):
    text = ("واشتد الغضب في المظاهرات التي خرجت في الكوت بعد مقتل محتج في الأول من آب، عند إطلاق النار خلال "
            "تفريق المظاهرة، وامتدت لتشمل محافظات أخرى، بينها النجف وكربلاء.")
    force = {(loc, d) for s, loc, d in _protests(read_doc(extractor, text, PUB))
             if s == "Excessive force against protesters"}
    assert force == {("Al-Kut", "2018-08-01")}


def test_rumour_of_protests_reaching_a_town_is_no_protest(extractor):
    text = "ويوم الأحد، قطعت السلطات الكهرباء عن الأحياء الشرقية، مع سريان شائعات بوصول المظاهرات إلى الموصل."
    assert not {loc for _, loc, _ in _protests(read_doc(extractor, text, PUB))}
