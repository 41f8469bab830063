"""Deals told over a count of towns are an agreement of the days told, at the towns' province (g112p).

«وأبرمت روسيا في الأيام الأخيرة اتفاقات مصالحة منفصلة مع الفصائل في أكثر من ثلاثين قرية وبلدة» was dropped as a
general statement (g77d's tally cues). The open set J codes it as one Agreement, Russia with the rebels, at the
province over the last days, as dev codes «ثماني بلدات بموجب اتفاقات مصالحة» at the province (precision 3). The same
deals told in a relative clause after their maker («روسيا التي أبرمت ...») describe the maker and stay out.
Sentences of our own.
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-06"


def _agreements(doc) -> list:
    return [e for e in doc.events if e.sub_event_type == "Agreement"]


def test_deals_over_counted_towns_are_an_agreement_at_the_province(extractor):
    doc = read_doc(extractor, "سيطرت قوات النظام أمس على بلدة اللطامنة.\n"
                              "وأبرمت روسيا خلال الأيام الماضية اتفاقات \"تسوية\" منفصلة مع الفصائل المسلحة في أكثر "
                              "من عشرين قرية وبلدة.\n", PUB, title="خبر")
    got = _agreements(doc)
    assert len(got) == 1
    assert (got[0].location, got[0].geo_precision) == ("Hama", 3)
    assert (got[0].actor1, got[0].actor2) == ("Military Forces of Russia (2000-)", "Opposition Rebels (Syria)")
    assert (got[0].date_start, got[0].date_end) == ("2018-04-29", "2018-05-06")  # the days told, up to publication


def test_deals_over_counted_towns_in_a_named_province_are_kept(extractor):
    doc = read_doc(extractor, "وأبرم الجيش خلال الأيام الماضية اتفاقات مصالحة مع الفصائل في أكثر من خمس عشرة "
                              "قرية وبلدة في ريف حماة.", PUB)
    assert len(_agreements(doc)) == 1


def test_deals_told_in_a_relative_clause_after_their_maker_are_relative(extractor):
    doc = read_doc(extractor, "وتشن قوات النظام منذ أسبوعين هجوما واسعا في محافظة حماة بدعم من روسيا التي أبرمت "
                              "خلال الأيام الماضية اتفاقات \"مصالحة\" منفصلة في أكثر من عشرين قرية وبلدة.", PUB)
    assert _agreements(doc) == []
    reasons = {(d["text"], d["reason"]) for d in doc.dropped}
    assert ("اتفاقات", "modality:relative") in reasons
