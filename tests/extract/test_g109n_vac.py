"""Violence against civilians recall (branch g109n), on sentences of our own.

- A person who vanished after entering or visiting a place («اختفى بعد زيارته السفارة») is a forced disappearance there
  (triggers tr-abd-128500..128502, trigger_cues vanished_after_entry); evidence or a signal that vanished is none.
- «حادث الدهس» is a ramming attack, as «حادثة الدهس» is (tr-vac-128510..128512).
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-14"  # a Thursday


def _vac(extractor, text, published=PUB):
    doc = extractor(MetaStep()(Document(text=text, title="خبر", published=published)))
    return [e for e in doc.events if e.event_type == "Violence against civilians"]


def test_a_person_vanished_after_visiting_a_place_is_a_forced_disappearance(extractor):
    got = _vac(extractor, "اختفى الكاتب سامر نجار بعد زيارته إلى مقر السفارة في مدينة إسطنبول يوم الاثنين الماضي.")
    assert [(e.sub_event_type, e.location, e.date_start) for e in got] == [
        ("Abduction/forced disappearance", "Istanbul", "2018-06-11")], got
    # vanished with no entry told: evidence lost, not a person taken
    assert _vac(extractor, "اختفت أدلة من مقر السفارة في مدينة إسطنبول يوم الاثنين الماضي.") == []


def test_a_ramming_incident_is_an_attack_on_civilians(extractor):
    got = _vac(extractor, "أصيب عشرة أشخاص في حادث الدهس الذي شهدته مدينة تورنتو الكندية يوم الاثنين الماضي.")
    assert [(e.sub_event_type, e.location) for e in got] == [("Attack", "Toronto")], got
