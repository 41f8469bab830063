"""g111e: a deal told at a country's side («هدنة في شرق سوريا») stays at the side's region; the town told in the next
sentence, which a side of another happening takes (resolve.Resolver._sides_named), is an act under the deal or another
(step.py DEAL_AT_SIDE, Geocoder.side_of)."""
from __future__ import annotations

from marsad_testdata import read_doc



def test_a_deal_told_at_a_side_stays_at_the_side(extractor):
    # the truce is the side's; the town of the next sentence is a taking told after it, not where the deal was
    doc = read_doc(extractor, "أعلنت روسيا التوصل إلى هدنة جديدة في شرق سوريا يوم الخميس.\n"
                              "وأضافت الوزارة أن القوات الحكومية سيطرت على مدينة الميادين.", "2018-07-12")
    deals = [e for e in doc.events if e.sub_event_type == "Agreement"]
    assert deals and all(e.location == "Eastern Syria" for e in deals), [(e.location, e.rule_ids) for e in deals]
    assert any("place-deal-side-139520" in e.rule_ids for e in deals)
    # a strike told at the same side still takes the town
    doc = read_doc(extractor, "قتل تسعة مسلحين في غارات جوية على مواقع عسكرية شرقي سوريا يوم الخميس.\n"
                              "وقال ناشطون إن المواقع التي قصفت تقع قرب مدينة الميادين.", "2018-07-12")
    assert [e.location for e in doc.events if e.sub_event_type == "Air/drone strike"] == ["Al Mayādīn"]


def test_a_strike_told_at_a_side_keeps_the_sides_striker(extractor):
    # the side («شمال شرق سوريا», the Jazira strip the coalition struck in 2018) gave way to the countryside told
    # after it: the area's striker (area_strikers.tsv) is still the side's, not the Syrian default
    doc = read_doc(extractor, "قتل عشرة مدنيين الأربعاء بغارات استهدفت قرية تحت سيطرة تنظيم داعش في شمال شرق سوريا.\n"
                              "وقال المرصد إنه لم يتمكن من تحديد هوية الطائرات التي نفذت الغارات على قرية في ريف الحسكة "
                              "الجنوبي.", "2018-05-03")
    strikes = [e for e in doc.events if e.sub_event_type == "Air/drone strike"]
    assert [(e.location, e.actor1) for e in strikes] == [("Al Ḩasakah", "Global Coalition Against Daesh")], \
        [(e.location, e.actor1, e.rule_ids) for e in strikes]
