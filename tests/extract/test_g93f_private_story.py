"""Crime stories and reviews read at the level of the document (branch g93f): an ordinary crime named in the title or
lead (genre.tsv kind crime) makes the arrests, attacks and rapes of a document that names no non-state group no
political violence, even when the arrest's own sentence has no crime word; a film or novel review (kind review) tells
scenes, not events."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday


def _run(extractor, text, title=None):
    return extractor(MetaStep()(Document(text=text, title=title, published=PUB)))


def _of(doc, sub):
    return [e for e in doc.events if e.sub_event_type == sub]


CRIME_LEAD = "قالت الشرطة النمساوية إن شابا عراقيا متهما باغتصاب وقتل فتاة في فيينا فر إلى العراق الشهر الماضي.\n"
ARREST = "واعتقلت قوات الأمن الكردية الشاب يوم الجمعة في مدينة أربيل بناء على طلب من الشرطة النمساوية.\n"


def test_suspects_arrest_in_a_crime_story_is_no_event(extractor):
    doc = _run(extractor, CRIME_LEAD + ARREST, title="القبض على شاب عراقي في أربيل")
    assert _of(doc, "Arrests") == []


def test_arrest_by_interpol_named_in_the_lead_is_no_event(extractor):
    doc = _run(extractor, "اعتقل فرع الإنتربول رجلا لبنانيا يوم الجمعة في بيروت، بعد أن فر من الكويت.\n",
               title="القبض على رجل لبناني في بيروت")
    assert _of(doc, "Arrests") == []


def test_arrest_stays_when_an_armed_group_is_named(extractor):
    # the same story, but the suspect is an IS man: the arrest is political
    doc = _run(extractor, CRIME_LEAD.replace("شابا عراقيا", "عنصرا في تنظيم داعش") + ARREST,
               title="القبض على عنصر في داعش في أربيل")
    assert _of(doc, "Arrests") != []


def test_arrest_without_a_crime_cue_stays(extractor):
    doc = _run(extractor, "قالت الشرطة النمساوية إن شابا عراقيا فر إلى العراق الشهر الماضي.\n" + ARREST,
               title="القبض على شاب عراقي في أربيل")
    assert _of(doc, "Arrests") != []


def test_a_film_scene_is_no_event(extractor):
    text = ("يشارك المخرج العراقي بفيلمه الطويل الأول في مهرجان كان هذا العام.\n"
            "وفي الفيلم، قتل مسلحو تنظيم داعش عشرة مدنيين في قرية قرب الموصل يوم الجمعة.\n")
    doc = _run(extractor, text, title="الحرب على شاشة مهرجان كان")
    assert [e for e in doc.events if e.event_type == "Violence against civilians"] == []
