"""g75b: the side told or warned of a strike ("أخطرت إسرائيل روسيا") is not the strike's agent."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-11"
RUSSIA = "Military Forces of Russia (2000-)"
STRIKES = ("Shelling/artillery/missile attack", "Air/drone strike")


def _agents(extractor, text):
    return [e.actor1 for e in read_doc(extractor, text, PUB).events if e.sub_event_type in STRIKES]


def test_side_told_after_its_teller_is_no_striker(extractor):
    text = "قال مسؤول إن إسرائيل أخطرت روسيا قبل ساعة من قصف مواقع في ريف حمص أمس."
    assert RUSSIA not in _agents(extractor, text)


def test_side_told_after_verb_and_subject_is_no_striker(extractor):
    text = "وقال المسؤول إن واشنطن أبلغت موسكو بالأمر ثم قصفت طائرات مواقع في ريف دير الزور أمس."
    assert RUSSIA not in _agents(extractor, text)


def test_side_warned_by_russia_is_not_the_agreement_side(extractor):
    # "أنذرت روسيا الفصائل": the factions are the ones warned; Russia, the verb's subject, offers the deal
    text = ("وأنذرت روسيا الفصائل بأنها تنتظر ردها النهائي، مخيرة إياها بين الموافقة على اتفاق مصالحة أو استئناف "
            "الحملة في درعا أمس.")
    events = [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Agreement"]
    assert [e.actor1 for e in events] == [RUSSIA]
