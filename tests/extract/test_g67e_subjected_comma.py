"""g67e: "تعرض ل + verbal noun" tells a suffered act even when one lone comma stands inside the clause: right before
the "ل" object after a long subject ("وتتعرض مدينة ... الكردية، للقصف"), or after the verb and its day ("وتعرضت
الجمعة، بلدة ... لقصف"); any other lone comma still ends the clause, and a later "ل" noun stays an aim
(frames._subjected_at, _lone_comma_in_clause)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-10"
EXP = "Explosions/Remote violence"


def _read(extractor, text):
    doc = read_doc(extractor, text, PUB)
    return [e.event_type for e in doc.events], [d["reason"] for d in doc.dropped]


def test_comma_after_the_verb_and_its_day_keeps_the_strike(extractor):
    types, reasons = _read(extractor, "وتعرضت الجمعة، بلدة نصيب على الحدود لقصف عنيف من الطائرات الحربية.")
    assert types == [EXP]
    assert "modality:intention" not in reasons


def test_comma_closing_a_long_subject_keeps_the_strike(extractor):
    text = "وتعرضت بلدة كفرنبل وقراها ذات الأغلبية الزراعية، لقصف مدفعي عنيف من قوات النظام يوم الجمعة."
    types, reasons = _read(extractor, text)
    assert types == [EXP]
    assert "modality:intention" not in reasons


def test_a_lone_comma_with_no_subjected_verb_still_ends_the_clause(extractor):
    types, reasons = _read(extractor, "وصلت التعزيزات إلى المدينة، لقصف مواقع المعارضة في بلدة كفرنبل يوم الجمعة.")
    assert EXP not in types
    assert "modality:intention" in reasons


def test_an_aim_after_the_suffered_strike_stays_an_aim(extractor):
    text = "وتعرضت بلدة كفرنبل وقراها، لقصف عنيف يوم الجمعة في محاولة لاستعادة السيطرة على البلدة."
    doc = read_doc(extractor, text, PUB)
    assert [e.event_type for e in doc.events] == [EXP]
    assert all(e.sub_event_type != "Government regains territory" for e in doc.events)
