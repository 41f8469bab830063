"""g102p: takings that are no happening of the day (composed sentences).

A recalled taking's own object («بعد استعادة السيطرة على X») is as recalled as its head; the definite noun
«التوغل» names an incursion talked about, not a place taken that day. Guards: a taking told as the news, a recalled
one with a day of its own, and the verb «توغلت» still make takings."""
from __future__ import annotations

from marsad_testdata import subs_of

TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")


def _takings(extractor, text: str, published: str) -> list[str]:
    return [s for s in subs_of(extractor, text, published) if s in TAKINGS]


def test_recalled_taking_object_is_background(extractor) -> None:
    text = "بعد استعادة السيطرة على مدينة دوما، اتجهت العمليات العسكرية للجيش نحو مخيم اليرموك جنوب دمشق."
    assert _takings(extractor, text, "2018-04-28") == []


def test_recalled_taking_object_after_aqib(extractor) -> None:
    text = "وعقب استعادة السيطرة على بلدة حمورية، نقل الجيش السوري وحداته إلى جبهة أخرى في ريف حماة."
    assert _takings(extractor, text, "2018-04-02") == []


def test_incursion_noun_continued_is_no_taking(extractor) -> None:
    text = "واصل الجيش التركي التوغل داخل إقليم كردستان لملاحقة مقاتلي حزب العمال الكردستاني."
    assert _takings(extractor, text, "2018-06-10") == []


def test_incursion_noun_condemned_is_no_taking(extractor) -> None:
    text = "أدانت الحكومة العراقية بالتوغل التركي قرب بلدة سيدكان."
    assert _takings(extractor, text, "2018-06-10") == []


def test_guard_taking_told_as_news_stays(extractor) -> None:
    text = "أعلن الجيش السوري الخميس استعادة السيطرة على بلدة حمورية بعد معارك مع الفصائل."
    assert _takings(extractor, text, "2018-03-16")


def test_guard_recalled_taking_with_its_own_day_stays(extractor) -> None:
    text = "وبعد استعادة السيطرة على مدينة دوما مساء السبت، اتجهت العمليات العسكرية للجيش نحو مخيم اليرموك جنوب دمشق."
    assert _takings(extractor, text, "2018-04-30")


def test_guard_incursion_verb_stays(extractor) -> None:
    text = "توغلت القوات التركية الأحد في بلدة سيدكان شمال العراق."
    assert _takings(extractor, text, "2018-06-10")
