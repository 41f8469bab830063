"""Military bases and airports as the places of strikes (branch g38l).

- a base named in one mention beats the town or province told around it in another mention of the same strike
  ("هجوم صاروخي بالقرب من مدينة حمص" then "استهدف الهجوم مطار الشعيرات"): merge._base_over_town;
- "مطار X العسكري الواقع بين مدينتي Y وZ": Y and Z only locate the base (recognize._link_containers, "بين" after an
  adjective; step._listed_landmarks for Z);
- spellings of bases the 2018 news uses (places_extra.tsv: حيميم، قاعدة حميم، تي فور، قاعدة الضمير، أبو الضهور)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

ERV = "Explosions/Remote violence"


def _run(extractor, text, published):
    return extractor(MetaStep()(Document(text=text, published=published)))


def _places(doc, kind=ERV):
    return sorted({e.location for e in doc.events if e.event_type == kind})


def test_the_base_beats_the_town_told_first(extractor):
    doc = _run(extractor, "أفادت مصادر محلية بوقوع هجوم صاروخي بالقرب من مدينة حمص ليل السبت. "
                          "واستهدف الهجوم مطار الشعيرات العسكري وفق المصادر ذاتها.", "2018-06-10")
    assert _places(doc) == ["Shayrat airbase"]


def test_towns_between_which_a_base_lies_only_locate_it(extractor):
    doc = _run(extractor, "قالت مصادر محلية إن مطار التيفور العسكري الواقع بين مدينتي حمص وتدمر، "
                          "الذي قصف فجر الأحد، تعرض لأضرار كبيرة.", "2018-06-10")
    assert _places(doc) == ["Tiyas (T4) airbase"]


def test_spellings_of_hmeimim_and_dumayr(extractor):
    doc = _run(extractor, "هاجمت طائرات مسيرة قاعدة حيميم الروسية ليل السبت بالقنابل.", "2018-06-10")
    assert _places(doc) == ["Hmeimim airbase"]
    doc = _run(extractor, "قصفت طائرات إسرائيلية قاعدة الضمير الجوية فجر الأحد.", "2018-06-10")
    assert _places(doc) == ["Dumayr airbase"]
