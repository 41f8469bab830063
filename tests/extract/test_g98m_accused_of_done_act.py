"""g98m: an act a side is accused of having carried out («اتهمت X Y بشن غارة»، «وجهت X الاتهام إلى Y بتنفيذ
هجمات») is a report of an attack charged, not an intention: the accusation (function_words accused_of) within
frames.ACCUSED_WINDOW tokens before «بشن/بتنفيذ» hides those intention cues (md-int-18, 19; frames._accused_of_done).
Accusing of planning («بالتخطيط لشن») stays an intention; an accusation recalled after «بعد/إثر/عقب» (the background
of the news: a well-known happening told again) stays as before.
"""
from __future__ import annotations
from marsad_testdata import subs_of


PUB = "2018-05-12"


def test_accusation_noun_with_both_sides_charges_a_chemical_attack(extractor):
    subs = subs_of(extractor, "ووجهت المعارضة الاتهام إلى القوات الحكومية بشن هجوم كيماوي على بلدة الخربة في ريف حمص "
                              "يوم الخميس.", PUB)
    assert "Chemical weapon" in subs


def test_accusing_verb_with_both_sides_between(extractor):
    subs = subs_of(extractor, "واتهمت وزارة الدفاع الروسية الطائرات الحربية الإسرائيلية بتنفيذ قصف صاروخي على مطار الضبعة "
                              "العسكري في ريف حمص فجر الأحد.", PUB)
    assert "Shelling/artillery/missile attack" in subs or "Air/drone strike" in subs


def test_accused_of_planning_a_strike_is_no_strike(extractor):
    # guard: planning is still an intention
    subs = subs_of(extractor, "ونفت الوزارة اتهامها بالتخطيط لشن غارة جوية على قرية الخربة في ريف حمص.", PUB)
    assert "Air/drone strike" not in subs


def test_accusation_recalled_after_bada_stays_as_before(extractor):
    # guard: "after the accusation that ..." is the background of the news
    subs = subs_of(extractor, "وتتوعد العواصم الغربية برد قوي بعد اتهامات للحكومة بتنفيذ هجوم كيماوي على بلدة الخربة.",
                   PUB)
    assert "Chemical weapon" not in subs


def test_threat_to_launch_after_an_accusation_stays_a_threat(extractor):
    # guard: the accusation is in its own sentence; the threat is a threat
    subs = subs_of(extractor, "واتهمت واشنطن الحكومة بالمسؤولية عن مقتل المدنيين. وهدد الرئيس بشن ضربة جوية على مطار "
                              "الضبعة في ريف حمص.", PUB)
    assert "Air/drone strike" not in subs


# g98zz: frames._accused_of_done scans back from «بشن/بتنفيذ» to a word of accusing with no clause stop, by decision.
# A comma-bounded aside between the accused side and the act («اتهمت X Y، الذي ...، بشن غارة») is common in news
# Arabic, and a clause stop (scans.word_back_in_clause with clause_break) would cut the accusation off there and leave
# the act an intention. An accusation in an earlier clause does not hide a threat or intention told later in the same
# sentence: the later verb («وهددت بشن») carries its own cue, which the accusation does not hide.

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
