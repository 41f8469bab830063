"""g98zz: frames._accused_of_done scans back from «بشن/بتنفيذ» to a word of accusing with no clause stop, by decision.
A comma-bounded aside between the accused side and the act («اتهمت X Y، الذي ...، بشن غارة») is common in news
Arabic, and a clause stop (scans.word_back_in_clause with clause_break) would cut the accusation off there and leave
the act an intention. An accusation in an earlier clause does not hide a threat or intention told later in the same
sentence: the later verb («وهددت بشن») carries its own cue, which the accusation does not hide.
"""
from __future__ import annotations
from marsad_testdata import subs_of


PUB = "2018-05-12"


def test_accused_side_with_a_relative_aside_still_charges_the_act(extractor):
    subs = subs_of(extractor, "واتهمت وزارة الدفاع الروسية الطائرات الإسرائيلية، التي حلقت فوق الأراضي اللبنانية، بشن "
                              "غارة على مطار الضبعة العسكري في ريف حمص فجر الأحد.", PUB)
    assert "Air/drone strike" in subs


def test_accused_side_with_its_leader_aside_still_charges_the_act(extractor):
    subs = subs_of(extractor, "واتهم الجيش التنظيم، وعلى رأسه أميره في المنطقة، بتنفيذ هجوم انتحاري على حاجز عسكري "
                              "قرب بلدة الخربة في ريف حمص يوم الخميس.", PUB)
    assert "Suicide bomb" in subs


def test_threat_in_a_later_clause_stays_a_threat(extractor):
    # guard: the accusation is of another act; the threat that follows has its own cue
    subs = subs_of(extractor, "واتهمت الحكومة المسلحين بخرق الهدنة في ريف حمص، وهددت بشن غارات جوية على مواقعهم "
                              "في بلدة الخربة.", PUB)
    assert "Air/drone strike" not in subs
