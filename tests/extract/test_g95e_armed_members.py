"""Members of an armed side named as an attack's victims (branch g95e): «منتسب» (the PMF's and the police's word for a
member), and members named with their force («عناصر الشرطة») were not armed_victims cues, so the
killing or shooting stayed violence against civilians. Executed members stay VAC (unarmed_or_captive)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday


def _events(extractor, text):
    return MetaStep()(Document(text=text, published=PUB))


def _types(extractor, text):
    doc = extractor(_events(extractor, text))
    return [(e.event_type, e.actor2) for e in doc.events]


def test_assassinated_pmf_member_is_a_clash(extractor):
    got = _types(extractor, "اغتال مسلحون مجهولون منتسبا في الحشد الشعبي قرب قضاء الطارمية يوم الاثنين.\n")
    assert [t for t, _ in got] == ["Battles"]


def test_police_members_fired_on_are_no_civilians(extractor):
    got = _types(extractor, "تعرض عناصر الأمن لإطلاق نار من مسلحين مجهولين في قضاء الطارمية يوم الاثنين.\n")
    assert got and all(t == "Battles" for t, _ in got)
    assert all(a2 is None or not a2.startswith("Civilians") for _, a2 in got)


def test_executed_police_members_stay_violence_against_civilians(extractor):
    got = _types(extractor, "أعدم تنظيم داعش ثلاثة من عناصر الشرطة في قرية قرب كركوك يوم الاثنين.\n")
    assert [t for t, _ in got] == ["Violence against civilians"]
    assert got[0][1].startswith("Police Forces")
