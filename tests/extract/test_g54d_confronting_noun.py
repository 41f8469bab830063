"""The definite verbal noun «التصدي» (confronting) names a role or an aim, not one clash (branch g54d), on sentences
of our own. A repelling told with the verb («تصدت لهجوم») stays a clash.
"""
from __future__ import annotations

from marsad_testdata import read_doc


PUB = "2018-05-10"  # a Thursday


def _battles(extractor, text):
    doc = read_doc(extractor, text, PUB, "تقرير")
    return [(e.sub_event_type, e.location_text) for e in doc.events if e.event_type == "Battles"]


def test_help_in_confronting_an_expected_attack_is_no_clash(extractor):
    text = "أرسلت الحكومة أسلحة إلى المقاتلين في ريف حماة الأربعاء لمساعدتهم على التصدي لهجوم قد يشنه التنظيم.\n"
    assert _battles(extractor, text) == []


def test_repelling_told_with_the_verb_stays_a_clash(extractor):
    text = "تصدت قوات الجيش الأربعاء لهجوم شنه مسلحو التنظيم على مواقعها قرب مدينة منبج.\n"
    assert [s for s, _ in _battles(extractor, text)] == ["Armed clash"]
