"""Ordinary crime (branch g92g): a girl raped and killed or strangled by a man, a man who shoots his wife in a family
quarrel, and the arrest of such a man are no political violence (ACLED codes neither); the crime is read in the
trigger's own clause (trigger_cues ordinary_crime; triggers tr-sex-*, tr-vac-* "!ordinary_crime"). An armed non-state
group named in the clause keeps the event: a rape by IS men is violence against civilians."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-05-12"  # a Saturday


def _run(extractor, text, published=PUB):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _of(doc, sub):
    return [e for e in doc.events if e.sub_event_type == sub]


def test_rape_and_murder_of_a_girl_is_no_event(extractor):
    doc = _run(extractor, "وأقدم رجل على اغتصاب وقتل فتاة في مدينة فيسبادن في غرب ألمانيا يوم الجمعة، حسب الشرطة.")
    assert _of(doc, "Sexual violence") == []


def test_girl_raped_and_strangled_is_no_event(extractor):
    doc = _run(extractor, "وقالت الشرطة إن رجلا اعترف يوم الجمعة باغتصاب الفتاة وخنقها في مدينة كولونيا.")
    assert _of(doc, "Sexual violence") == []


def test_wife_shot_in_a_family_quarrel_is_no_event(extractor):
    doc = _run(extractor, "وأطلق رجل النار على زوجته وابنته المدنيتين يوم الجمعة في مدينة أربيل إثر خلاف عائلي، "
                          "وقالت الشرطة إنه قتلهما.")
    assert _of(doc, "Attack") == []


def test_man_killed_in_a_quarrel_is_no_event(extractor):
    doc = _run(extractor, "وقتل رجل مدنيا برصاص مسدسه يوم الجمعة في مدينة أربيل إثر شجار بينهما.")
    assert _of(doc, "Attack") == []


def test_arrest_for_the_rape_of_a_girl_is_no_event(extractor):
    doc = _run(extractor, "واعتقلت الشرطة العراقية الجمعة في مدينة أربيل رجلا بتهمة اغتصاب فتاة.")
    assert _of(doc, "Arrests") == []


def test_rape_by_an_armed_group_stays(extractor):
    doc = _run(extractor, "وقالت منظمة إن عناصر تنظيم داعش أقدموا يوم الجمعة على اغتصاب فتاة أيزيدية في قرية قرب "
                          "سنجار.")
    assert len(_of(doc, "Sexual violence")) == 1


def test_arrest_of_armed_men_for_a_rape_stays(extractor):
    doc = _run(extractor, "واعتقلت القوات العراقية الجمعة في مدينة الموصل عنصرين من تنظيم داعش بتهمة اغتصاب فتاة "
                          "أيزيدية.")
    assert len(_of(doc, "Arrests")) == 1
