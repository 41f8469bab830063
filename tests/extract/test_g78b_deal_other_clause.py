"""Where an agreement is placed, on sentences of our own (branch g78b): not at the village of a bombing told in
passing about one of the deal's sides, not at the towns of a first reported clause («وإن» opens the deal's own),
and the deal's sides then come from its own mention."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-07-10"  # a Tuesday


def _run(extractor, text, published=PUB):
    return read_doc(extractor, text, published)


def _deals(doc):
    return [e for e in doc.events if e.sub_event_type == "Agreement"]


def test_a_bombing_village_told_about_a_deal_side_is_not_the_deal_place(extractor):
    # the bombing is told first: the deal's own mention, second, gives both the place and the sides
    doc = _run(extractor, "وقال المرصد: \"قتل تسعة عناصر من قوات النظام وفصائل قبلت مؤخرا بالمصالحة معها، في تفجير "
                          "بسيارة مفخخة استهدف حاجزا في قرية الشيخ سعد\".\n"
                          "وأبرمت روسيا وفصائل معارضة في محافظة درعا الجمعة اتفاقا لوقف إطلاق النار.")
    deals = _deals(doc)
    assert [e.location for e in deals] == ["Dar'a"]
    # the sides are the deal's own («روسيا وفصائل معارضة»), not the bombing sentence's
    assert deals[0].actor1 == "Military Forces of Russia (2000-)"


def test_the_towns_of_a_first_reported_clause_are_not_the_deal_place(extractor):
    doc = _run(extractor, "وأفاد مصدر أردني الأحد بالتوصل إلى وقف لإطلاق النار في جنوب سوريا.\n"
                          "وقال التلفزيون الرسمي إن الجيش سيطر على بلدة ناحتة وإن المسلحين في ثلاث بلدات أخرى وافقوا "
                          "على إبرام اتفاقات مصالحة.")
    assert "Nahta" not in [e.location for e in _deals(doc)]


def test_a_deal_after_fighting_in_a_town_is_still_placed_there(extractor):
    # no «في» before the fighting's word: what the deal follows, not another happening told in passing
    doc = _run(extractor, "وأبرمت الفصائل اتفاقا مع روسيا الأحد، بعد معارك عنيفة في بلدة طفس.")
    assert [e.location for e in _deals(doc)] == ["Ţafas"]


RUSSIA, REBELS, ISIS = "Military Forces of Russia (2000-)", "Opposition Rebels (Syria)", \
    "Islamic State (Iraq and Syria)"


def _deal(start: int, actor1: str, actor2: str, rules: list[str]):
    from marsad.model import Event, Evidence
    ev = Event("Strategic developments", "Agreement", date_start="2018-07-06", date_end="2018-07-06",
               actor1=actor1, actor2=actor2, location_text="درعا", latitude=32.62, longitude=36.1, geo_precision=2,
               gazetteer_id="gn:1", rule_ids=rules)
    ev.evidence = [Evidence("d", start, start + 10, "x")]
    return ev


def test_a_deal_placed_in_another_happenings_sentence_takes_the_sides_of_the_deals_own_mention():
    from marsad.extract.step import merge_within
    # the first mention's sentence placed a bombing (place-other-clause) and read its sides there
    first = _deal(0, REBELS, ISIS, ["tr-agr-13", "place-other-clause", "place-context"])
    merged = merge_within([first, _deal(200, RUSSIA, REBELS, ["tr-agr-8"])])
    assert len(merged) == 1 and (merged[0].actor1, merged[0].actor2) == (RUSSIA, REBELS)
    # a deal merely told first with no place keeps the sides it named («بين تركيا وروسيا»)
    told = _deal(0, RUSSIA, "Military Forces of Turkey (2016-)", ["tr-agr-1", "place-context"])
    merged = merge_within([told, _deal(200, RUSSIA, REBELS, ["tr-agr-8"])])
    assert (merged[0].actor1, merged[0].actor2) == (RUSSIA, "Military Forces of Turkey (2016-)")
