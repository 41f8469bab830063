"""Battles (g46c): a war of words («الاشتباك الكلامي»، «معركة كلامية») is no fighting; a taking folded into a clash whose
agent is the state's own forces is the government's regaining, even when the taking's own mention read the group named
last before it ("... بعد انسحاب مقاتلي داعش، وسيطرت على ...")."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

TAKINGS = ("Government regains territory", "Non-state actor overtakes territory")


def _events(extractor, text):
    return extractor(MetaStep()(Document(text=text, published="2018-05-20"))).events


def _battles(extractor, text):
    return [e for e in _events(extractor, text) if e.event_type == "Battles"]


def test_a_war_of_words_is_no_battle(extractor):
    assert _battles(extractor, "تصاعد الاشتباك الكلامي بين موسكو وطهران حول الوجود العسكري في دمشق أمس.") == []
    assert _battles(extractor, "اندلعت معركة كلامية بين وزيري خارجية روسيا وبريطانيا خلال جلسة مجلس الأمن أمس.") == []


def test_a_real_clash_is_still_read(extractor):
    got = _battles(extractor, "اندلعت اشتباكات عنيفة أمس بين القوات الحكومية ومسلحي تنظيم داعش في ريف دير الزور.")
    assert [e.sub_event_type for e in got] == ["Armed clash"]


def test_a_taking_by_the_government_forces_after_a_group_withdrew_is_regained(extractor):
    got = _battles(extractor, "أفادت مصادر محلية أمس أن القوات الحكومية تقدمت في حي الحجر الأسود بعد انسحاب مقاتلي"
                              " تنظيم داعش، وسيطرت على عدد من الشوارع.")
    takings = [e for e in got if e.sub_event_type in TAKINGS]
    assert takings, "the taking is read"
    assert all(e.sub_event_type == "Government regains territory" for e in takings)
    assert all(e.actor1 == "Military Forces of Syria (2000-)" for e in takings)


def test_a_rebel_taking_stays_non_state(extractor):
    got = _battles(extractor, "سيطرت فصائل المعارضة المسلحة أمس على بلدة اللطامنة في ريف حماة الشمالي بعد معارك مع"
                              " القوات الحكومية.")
    assert [e.sub_event_type for e in got if e.sub_event_type in TAKINGS] == ["Non-state actor overtakes territory"]
