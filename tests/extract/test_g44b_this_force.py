"""Forces pointed back at name a taking's agent (branch g44b), on sentences of our own.

«وتمكنت هذه القوات من السيطرة على بلدة X»: the demonstrative names the side the sentence before told, so the taking
has an agent told (it was dropped for low confidence) and is that side's.
"""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2018-06-20"  # a Wednesday

LEAD = "أعلن مسؤولون محليون الأربعاء عن اجتماع لبحث أوضاع النازحين في المخيمات.\n"
BEFORE = "ويتعرض ريف درعا الغربي لهجوم من قوات النظام منذ أيام.\n"


def _events(extractor, text):
    doc = extractor(MetaStep()(Document(text=text, title="تقرير", published=PUB)))
    return [(e.sub_event_type, e.location, e.actor1) for e in doc.events]


def test_a_taking_by_these_forces_is_kept_as_theirs(extractor):
    text = LEAD + BEFORE + "وتمكنت هذه القوات الثلاثاء من السيطرة على بلدة الشجرة.\n"
    takings = [e for e in _events(extractor, text) if e[1] == "Ash Shajarah"]
    assert takings, _events(extractor, text)
    assert takings[0][0] == "Government regains territory"
    assert takings[0][2] == "Military Forces of Syria (2000-)"


def test_these_forces_as_the_object_are_no_agent(extractor):
    # the forces after the trigger are what it fell on: no agent pointed back at
    text = LEAD + BEFORE + "وهددت الفصائل الثلاثاء بالسيطرة على بلدة الشجرة إذا لم تنسحب تلك القوات.\n"
    assert not [e for e in _events(extractor, text) if e[1] == "Ash Shajarah" and e[0] == "Government regains territory"]
