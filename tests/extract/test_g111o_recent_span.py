"""g111o (precision, false positives with no counterpart): "recently" told as a span, not a day.

- «في الآونة الأخيرة»، «خلال الآونة الأخيرة»، «في الفترة الأخيرة» before or after a trigger with no day of its own, in its
  clause, recall an undated earlier happening (md-bg-144000, 144002; md-bg-12603 read on both sides).
- «بعد التقدم الأخير للقوات المدعومة بغارات» recalls the advance and the strikes that backed it (md-bg-144004).
- A day told with the trigger still makes it the news."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-02"


def _reasons(doc) -> dict[str, str]:
    return {d["text"]: d["reason"] for d in doc.dropped}


def test_recent_period_before_the_act_is_background(extractor):
    text = "وقد شن الجيش العراقي في الفترة الأخيرة عملية عسكرية لطرد المسلحين من قرى في محافظة ديالى."
    doc = read_doc(extractor, text, PUB)
    assert doc.events == []
    assert _reasons(doc)["عملية عسكرية"] == "modality:background"
    # a day told with the act keeps it, the span after its comma notwithstanding
    text = "شنت طائرات حربية الثلاثاء غارات على بلدة حيط في درعا، في تصعيد هو الأعنف في الفترة الأخيرة."
    assert [e.sub_event_type for e in read_doc(extractor, text, PUB).events] == ["Air/drone strike"]


def test_recently_before_a_drone_noun_is_background(extractor):
    text = "وأعلن الجيش التركي أنه طور في الآونة الأخيرة طائرات مسيرة صغيرة لتصوير مواقع الاشتباكات في عفرين."
    doc = read_doc(extractor, text, PUB)
    assert doc.events == []
    assert _reasons(doc)["طائرات مسيرة"] == "modality:background"


def test_strikes_backing_the_recent_advance_are_background(extractor):
    text = ("وبعد التقدم الأخير للقوات العراقية المدعومة بغارات أمريكية، لم يبق للتنظيم سوى قرى قليلة في محافظة "
            "الأنبار.")
    doc = read_doc(extractor, text, PUB)
    assert doc.events == []
    assert _reasons(doc)["بغارات"] == "modality:background"

