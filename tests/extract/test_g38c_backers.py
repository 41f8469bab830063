"""g38c: a backer named a few words after the side it backs ("X، التحالف ... المدعوم من واشنطن") is no side of the
act (function_words ally_far; frames._ally_marked); a backer joined to one is one too; the SDF's "Kurdish-Arab
alliance" and Turkey-backed militias are named as ACLED names them; the guessed agent of an unclaimed strike on a
base is never a force the report names with a denial, and the force a report blames outweighs the others
(step._lenders_named)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

SYRIA = "Military Forces of Syria (2000-)"
IRAN = "Military Forces of Iran (1989-)"
ISRAEL = "Military Forces of Israel (1948-)"
USA = "Military Forces of the United States (2017-2021)"
SDF = "SDF: Syrian Democratic Forces"
SNA = "Syrian National Army"
IS = "Islamic State (Iraq and Syria)"


def _events(extractor, text, pub="2018-06-12", kind=None):
    evs = extractor(MetaStep()(Document(text=text, published=pub))).events
    return [e for e in evs if kind is None or e.event_type == kind]


def test_a_backer_after_an_apposition_is_no_side(extractor):
    evs = _events(extractor, "وأعلنت قوات سوريا الديمقراطية، التحالف الكردي العربي المدعوم من واشنطن، الاثنين، عن "
                             "إطلاق المرحلة الثانية من هجومها على تنظيم داعش قرب هجين.", kind="Battles")
    assert evs and all((e.actor1, e.actor2) == (SDF, IS) for e in evs)
    # not "الموالية ل" after a bare noun: it names the side hit, however near another actor stands
    evs = _events(extractor, "وقال المرصد إن الضربات الجوية التركية استهدفت القوات الموالية للحكومة السورية في عفرين "
                             "الخميس.", pub="2018-03-03", kind="Explosions/Remote violence")
    assert evs and all(e.actor1 == "Military Forces of Turkey (2016-)" and e.actor2 == SYRIA for e in evs)


def test_a_backer_after_an_adjective_is_no_side(extractor):
    evs = _events(extractor, "وقصفت قوات النظام السوري الحكومية المدعومة من إيران بلدة في ريف درعا الشرقي الاثنين.",
                  kind="Explosions/Remote violence")
    assert evs and all(e.actor1 == SYRIA and IRAN not in (e.actor1, e.actor2) for e in evs)


def test_a_backer_joined_to_a_backer_is_no_side(extractor):
    evs = _events(extractor, "وتقول قوات الأسد، المدعومة من روسيا وإيران، إنها قصفت مواقع المسلحين في البلدة الاثنين.",
                  kind="Explosions/Remote violence")
    assert evs and all(e.actor1 == SYRIA and IRAN not in (e.actor1, e.actor2) for e in evs)


def test_turkey_backed_militias_are_the_sna(extractor):
    evs = _events(extractor, "وقصفت المليشيات المدعومة من تركيا قرية قرب عفرين الاثنين بالمدفعية.", pub="2018-03-06",
                  kind="Explosions/Remote violence")
    assert evs and all(e.actor1 == SNA for e in evs)


BASE_STRIKE = "وقالت طهران الثلاثاء إن الضربة الجوية التي استهدفت فجر الاثنين مطار التيفور العسكري أسفرت عن مقتل 7 عسكريين إيرانيين."


def test_the_blamed_force_is_the_guessed_agent(extractor):
    text = ("هدد الرئيس الأمريكي بضربة على سوريا، وقالت واشنطن إن كل الخيارات مطروحة. " + BASE_STRIKE +
            " وكانت الغارة قد نسبتها دمشق وطهران إلى إسرائيل.")
    evs = [e for e in _events(extractor, text, pub="2018-04-11", kind="Explosions/Remote violence")
           if e.event_date == "2018-04-09"]
    assert evs and all(e.actor1 == ISRAEL for e in evs)


def test_a_denying_force_is_no_guessed_agent(extractor):
    text = ("ونفت الولايات المتحدة شن أي غارات في سوريا. " + BASE_STRIKE +
            " وكانت واشنطن والولايات المتحدة قد هددت بالرد على هجوم دوما.")
    evs = [e for e in _events(extractor, text, pub="2018-04-11", kind="Explosions/Remote violence")
           if e.event_date == "2018-04-09"]
    assert evs and all(e.actor1 != USA for e in evs)
