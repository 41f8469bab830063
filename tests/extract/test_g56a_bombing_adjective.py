"""The bombing adjective (g56a): «هجمات تفجيرية»، «هجوم تفجيري» had no trigger, and the attack-by-toll rows bar an
explosive attack (!explosive), so a lead that told a bombing only so gave no event. Composed sentences, not article text."""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-07-26"


def _events(extractor, text):
    return read_doc(extractor, text, PUB).events


def test_bombings_told_by_their_toll_are_an_explosion(extractor):
    text = "أسفرت هجمات تفجيرية في مدينة الرقة أمس الأربعاء عن مقتل 30 شخصا على الأقل."
    events = _events(extractor, text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Explosions/Remote violence", "Remote explosive/landmine/IED")]
    assert events[0].fatalities == 30
    assert "tr-ied-36205" in events[0].rule_ids


def test_a_bombing_told_with_the_adjective_alone_is_read(extractor):
    text = "قتل تسعة أشخاص في هجوم تفجيري استهدف سوقا شعبية في مدينة الموصل يوم الثلاثاء."
    events = _events(extractor, text)
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]
    assert "tr-ied-36200" in events[0].rule_ids
