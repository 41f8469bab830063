"""Bases the 2018 news names that the gazetteer lacked (branch g40e, places_extra.tsv pl-18000, pl-18001).

- «اللواء 47» (the Brigade 47 base south of Hama city) was left at the province or the city;
- «قاعدة كركوش» (the Kirkush military base in Diyala) was left unresolved and put at the province's centre;
- a launch site («انطلقت الصواريخ من مدينة X») is not the document's place that a placeless strike sentence takes."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _run(extractor, text, published):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _events(doc, kind=ERV):
    return [e for e in doc.events if e.event_type == kind]


def test_brigade_47_is_a_base_south_of_hama(extractor):
    doc = _run(extractor, "استهدفت صواريخ مجهولة مقر اللواء 47 في ريف حماة الجنوبي مساء الأحد.", "2018-06-10")
    events = _events(doc)
    assert [e.location for e in events] == ["Brigade 47 base"]
    assert events[0].admin1 == "Hama"


def test_kirkush_base_has_its_own_coordinates(extractor):
    doc = _run(extractor, "قصفت طائرات مسيرة قاعدة كركوش العسكرية في ديالى فجر السبت.", "2018-06-10")
    events = _events(doc)
    assert [e.location for e in events] == ["Kirkush military base"]
    assert events[0].admin1 == "Diyala"
    assert abs(events[0].latitude - 33.72) < 0.01 and abs(events[0].longitude - 45.32) < 0.01


def test_a_launch_site_told_later_is_not_the_reports_place(extractor):
    # the strike's sentence names no place; the first town of the report is where the missiles were fired from
    # (step: the document's place skips launch sites), the town they reached is where the strike was
    doc = _run(extractor, "أعلن الجيش الإيراني، الاثنين، أنه قصف بصواريخ بعيدة المدى مقرات جماعة مسلحة. "
                          "وانطلقت الصواريخ من مدينة تبريز شمالي إيران لتصل إلى أهدافها في مدينة الميادين شرقي سوريا.",
               "2018-10-01")
    assert [e.location for e in _events(doc)] == ["Al Mayādīn"]
