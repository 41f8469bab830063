"""g110i: wording shapes that name an act without reporting one (modality.tsv md-op-133503, md-sense-133504..133505):
a capture restated as an inference («مما يعني أنها أحكمت السيطرة على ...»), and a repelling verb over an authority («تصدوا لسلطة قائد»).
The plain reports beside them stay events.
"""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc


def _subs(extractor, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.sub_event_type, e.location) for e in read_doc(extractor, text, "2018-05-20").events]


def _rules(extractor, text: str) -> list[str]:
    return [r for e in read_doc(extractor, text, "2018-05-20").events for r in e.rule_ids]


def test_inference_restates_the_capture(extractor):
    text = ("وقالت وكالة الأنباء إن الفصائل المدعومة من تركيا سيطرت الخميس على بلدة راجو، مما يعني أنها أحكمت "
            "السيطرة على أكبر البلدات في منطقة عفرين.")
    rules = _rules(extractor, text)
    assert "md-op-133503" not in rules
    locs = [loc for _, loc in _subs(extractor, text)]
    assert len(locs) == 1 and locs[0] != "‘Afrīn"


def test_capture_told_twice_without_inference_keeps_its_reading(extractor):
    text = "وقالت وكالة الأنباء إن الفصائل المدعومة من تركيا سيطرت الخميس على بلدة راجو في منطقة عفرين."
    assert len(_subs(extractor, text)) == 1


@pytest.mark.parametrize("text", [
    "ونقل التقرير عن مصادر قولها إن القادة المحليين تصدوا لسلطة قيادي في الجماعة المسلحة في إدلب الأربعاء.",
    "وقال المصدر إن مقاتلي الفصائل تصدوا لنفوذ الجماعة المسلحة في إدلب الأربعاء.",
])
def test_repelling_an_authority_is_no_clash(extractor, text):
    assert not any(s == "Armed clash" for s, _ in _subs(extractor, text))


def test_repelling_an_attack_stays_a_clash(extractor):
    text = "وقال المصدر إن مقاتلي الفصائل تصدوا لهجوم شنه مسلحو التنظيم على بلدة في إدلب الأربعاء."
    assert any(s == "Armed clash" for s, _ in _subs(extractor, text))


RETOLD = ("قال الرئيس الفرنسي، الثلاثاء، إن بلاده سترد بحزم على الهجوم الكيماوي الذي وقع قرب دمشق.\n"
          "وأضاف الرئيس أن الهجوم الكيماوي سيقابل بالقوة، مشيرا إلى أن القرار سيتخذ \"الليلة\".\n"
          "واجتمع مجلس الأمن في جلسة طارئة لمناقشة الهجوم الكيماوي المفترض الذي وقع، السبت، في مدينة دوما وأوقع "
          "عشرات القتلى.")


def test_reaction_day_keeps_retold_attack_one_event(extractor):
    """merge._reaction_day_over_retold: the retold attack's week is not narrowed to the reaction's «الليلة», so it
    folds into the attack told with its own day at the nearby town."""
    evs = [e for e in read_doc(extractor, RETOLD, "2018-04-10").events if e.sub_event_type == "Chemical weapon"]
    assert len(evs) == 1
    assert evs[0].date_start == "2018-04-07" or str(evs[0].date_start) == "2018-04-07"
