"""g75b: the side told or warned ("أخطرت إسرائيل روسيا"، "أنذرت روسيا الفصائل") is not the agent of the act told."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-05-11"
RUSSIA = "Military Forces of Russia (2000-)"


def test_side_warned_by_russia_is_not_the_agreement_side(extractor):
    # "أنذرت روسيا الفصائل": the factions are the ones warned; Russia, the verb's subject, offers the deal
    text = ("وأنذرت روسيا الفصائل بأنها تنتظر ردها النهائي، مخيرة إياها بين الموافقة على اتفاق مصالحة أو استئناف "
            "الحملة في درعا أمس.")
    events = [e for e in read_doc(extractor, text, PUB).events if e.sub_event_type == "Agreement"]
    assert [e.actor1 for e in events] == [RUSSIA]
