"""g106i: protests audit. A noun's own relative clause opened after a comma («الاحتجاجات المتزايدة، والتي امتدت ...»)
tells the act done under a view, as one without the comma does (frames.presupposed, md-rel-72600); a rumour of the protests reaching a town is no protest there (md-pos-103500, 103502).
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


def test_rumour_of_protests_reaching_a_town_is_no_protest(extractor):
    text = "ويوم الأحد، قطعت السلطات الكهرباء عن الأحياء الشرقية، مع سريان شائعات بوصول المظاهرات إلى الموصل."
    assert not {loc for _, loc, _ in _protests(read_doc(extractor, text, PUB))}
