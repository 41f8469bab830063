"""g98m: an act a side is accused of having carried out («اتهمت X Y بشن غارة»، «وجهت X الاتهام إلى Y بتنفيذ
هجمات») is a report of an attack charged, not an intention: the accusation (function_words accused_of) within
frames.ACCUSED_WINDOW tokens before «بشن/بتنفيذ» hides those intention cues (md-int-18, 19; frames._accused_of_done).
Accusing of planning («بالتخطيط لشن») stays an intention; an accusation recalled after «بعد/إثر/عقب» (the background
of the news: a well-known happening told again) stays as before.
"""
from __future__ import annotations
import pytest

from marsad_testdata import subs_of


PUB = "2018-05-12"
AIR, SHELLING = "Air/drone strike", "Shelling/artillery/missile attack"


# g98zz: frames._accused_of_done scans back from «بشن/بتنفيذ» to a word of accusing with no clause stop, by decision.
# A comma-bounded aside between the accused side and the act («اتهمت X Y، الذي ...، بشن غارة») is common in news
# Arabic, and a clause stop (scans.word_back_in_clause with clause_break) would cut the accusation off there and leave
# the act an intention. An accusation in an earlier clause does not hide a threat or intention told later in the same
# sentence: the later verb («وهددت بشن») carries its own cue, which the accusation does not hide.

@pytest.mark.parametrize("text, accepted", [
    # the accusation noun with both sides
    ("ووجهت المعارضة الاتهام إلى القوات الحكومية بشن هجوم كيماوي على بلدة الخربة في ريف حمص يوم الخميس.",
     ("Chemical weapon",)),
    # the accusing verb with both sides between
    ("واتهمت وزارة الدفاع الروسية الطائرات الحربية الإسرائيلية بتنفيذ قصف صاروخي على مطار الضبعة العسكري في ريف حمص "
     "فجر الأحد.", (SHELLING, AIR)),
    # g98zz: the accused side with a relative aside, or with its leader as an aside
    ("واتهمت وزارة الدفاع الروسية الطائرات الإسرائيلية، التي حلقت فوق الأراضي اللبنانية، بشن غارة على مطار الضبعة "
     "العسكري في ريف حمص فجر الأحد.", (AIR,)),
    ("واتهم الجيش التنظيم، وعلى رأسه أميره في المنطقة، بتنفيذ هجوم انتحاري على حاجز عسكري قرب بلدة الخربة في ريف حمص "
     "يوم الخميس.", ("Suicide bomb",)),
])
def test_accused_of_a_done_act_charges_it(extractor, text: str, accepted: tuple[str, ...]):
    subs = subs_of(extractor, text, PUB)
    assert any(a in subs for a in accepted), subs


@pytest.mark.parametrize("text, absent", [
    # guard: planning is still an intention
    ("ونفت الوزارة اتهامها بالتخطيط لشن غارة جوية على قرية الخربة في ريف حمص.", AIR),
    # guard: "after the accusation that ..." is the background of the news
    ("وتتوعد العواصم الغربية برد قوي بعد اتهامات للحكومة بتنفيذ هجوم كيماوي على بلدة الخربة.", "Chemical weapon"),
    # guard: the accusation is in its own sentence; the threat is a threat
    ("واتهمت واشنطن الحكومة بالمسؤولية عن مقتل المدنيين. وهدد الرئيس بشن ضربة جوية على مطار الضبعة في ريف حمص.", AIR),
    # guard (g98zz): the accusation is of another act; the threat that follows has its own cue
    ("واتهمت الحكومة المسلحين بخرق الهدنة في ريف حمص، وهددت بشن غارات جوية على مواقعهم في بلدة الخربة.", AIR),
])
def test_accusation_leaves_other_modalities_alone(extractor, text: str, absent: str):
    assert absent not in subs_of(extractor, text, PUB)
