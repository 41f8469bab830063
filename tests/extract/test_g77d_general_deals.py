"""Deals told in general or between states are no agreement of a day, and a deal is not dated by the day its
offensive began (g77d): "صفقات أبرمت"، "اتفاق خفض التصعيد". (A tally of deals over
counted towns, "اتفاقات في أكثر من عشرين قرية وبلدة", was one until g112p: it is an agreement at the province.)"""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-05-06"


def _agreements(extractor, text):
    return events_of(extractor, text, "Agreement", PUB)


def test_plural_deals_told_in_general_stay_out(extractor):
    assert _agreements(extractor, "وكشفت تقارير عن صفقات أبرمت بين الجيش والفصائل بشأن تسليم بلدة "
                                  "الحارة.") == []


def test_deals_tallied_over_unnamed_towns_are_one_agreement(extractor):
    # g112p: deals over a count of towns are an agreement of the days told (J gold, dev's province convention)
    assert len(_agreements(extractor, "وأبرم الجيش خلال الأيام الماضية اتفاقات مصالحة مع الفصائل في أكثر من عشرين "
                                      "قرية وبلدة في ريف حماة.")) == 1


def test_military_pact_between_allies_at_war_is_an_agreement(extractor):
    # a pact between two sides of the war is a deal between conflict actors, not mere diplomacy
    assert len(_agreements(extractor, "وقع الجيش السوري أمس اتفاقية أمنية جديدة مع إيران في دمشق.")) == 1


def test_old_deescalation_deal_recalled_stays_out(extractor):
    assert _agreements(extractor, "وقد توصلت روسيا وتركيا إلى اتفاق خفض التصعيد في ريف حمص الشمالي.") == []


def test_deal_named_with_its_own_towns_still_kept(extractor):
    got = _agreements(extractor, "وقال المرصد إنه تم اليوم التوصل إلى اتفاقات مصالحة جديدة في بلدتي الحارة وكفر "
                                 "شمس.")
    assert len(got) >= 1


def test_deal_not_dated_by_its_offensive_start(extractor):
    # the offensive's day stands nearest the verb; the deal's day is Friday, and the begun day is not cited
    got = _agreements(extractor, "وبعد عملية عسكرية بدأتها القوات الحكومية في 10 نيسان، أبرم الجيش والفصائل المسلحة "
                                 "في بلدة الحارة يوم الجمعة هدنة شاملة.")
    assert len(got) == 1
    assert got[0].event_date == "2018-05-04"
    assert "day-begun" not in got[0].rule_ids
