"""g111q: a riot's other side is the force that met the crowd, or none. The owner of what rioters burned or stormed
(«مقر ميليشيات حزب الله»، «القنصلية الإيرانية») and a state reacting to it are no side of the riot
(filters.without_owners_of_riots, step._riot_met, riot-no-owner-145000); the state's forces named after the riot's
trigger are taken instead; «الجهات الأمنية» is the police (actors.tsv).
"""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-09-09"


def _riots(extractor, text):
    riots = [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Riots"]
    assert riots, "no riot read"
    return riots


def test_burned_party_office_owner_is_no_side(extractor):
    riots = _riots(extractor, "وذكر مراسلنا في الكوت يوم السبت أن محتجين غاضبين أحرقوا مقر ميليشيات حزب الله في المدينة.")
    assert all(r.actor2 is None for r in riots), [(r.actor2, r.rule_ids) for r in riots]


def test_stormed_consulate_and_reacting_state_are_no_side(extractor):
    text = "واقتحم مئات المحتجين القنصلية الإيرانية في مدينة الكوت يوم السبت، فيما اعتبرته إيران عملا عدائيا."
    riots = _riots(extractor, text)
    assert all(r.actor2 is None for r in riots), [(r.actor2, r.rule_ids) for r in riots]


def test_force_met_after_owner_is_the_side(extractor):
    text = "وفي الكوت يوم السبت هاجم محتجون مقر منظمة بدر وحاولوا إحراقه ما أدى إلى صدام بينهم وبين القوات الأمنية."
    riots = _riots(extractor, text)
    assert riots[0].actor2 is not None and riots[0].actor2.startswith("Police Forces of Iraq"), riots[0].actor2


def test_security_bodies_are_the_police(extractor):
    text = "واقتحم عشرات المحتجين مبنى محافظة الكوت يوم السبت رغم إجراءات الجهات الأمنية ضد المحتجين."
    riots = _riots(extractor, text)
    assert riots[0].actor2 is not None and riots[0].actor2.startswith("Police Forces of Iraq"), riots[0].actor2


def test_strike_on_an_office_keeps_its_owner(extractor):
    # guard: outside riots «مقر X» hit still names X as the target (q7c)
    text = "واستهدفت غارة جوية مقر منظمة بدر في مدينة القائم يوم السبت."
    evs = [e for e in read_doc(extractor, text, PUB).events if e.event_type == "Explosions/Remote violence"]
    assert evs and evs[0].actor2 == "Badr Organization", [(e.actor2, e.rule_ids) for e in evs]
