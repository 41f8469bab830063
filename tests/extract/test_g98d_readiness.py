"""Readiness in construct with its own subject («استعداد الجيش لتوجيه ضربة») is an act not yet done, as «استعداده» and
«على استعداد» are; a strike told before readiness for another act keeps the strike (g98d; sentences of our own)."""
from __future__ import annotations

from marsad_testdata import subs_of

PUB = "2018-05-15"  # a Tuesday


def test_a_question_on_readiness_to_strike_is_no_strike(extractor):
    text = ("وقال وزير الدفاع الأمريكي الأربعاء، ردا على سؤال عن استعداد واشنطن لتوجيه ضربة عسكرية إلى سوريا، "
            "\"نحن جاهزون\".")
    assert "Air/drone strike" not in subs_of(extractor, text, PUB)


def test_a_report_of_readiness_to_strike_is_no_strike(extractor):
    text = "وتحدث التقرير عن استعداد سلاح الجو لتوجيه ضربة جوية إلى مواقع في حماة."
    assert "Air/drone strike" not in subs_of(extractor, text, PUB)


def test_raids_told_before_readiness_for_a_ground_attack_are_kept(extractor):
    text = "شنت طائرات حربية غارات جوية على بلدة كفرنبل في ريف إدلب الاثنين، في ظل استعداد القوات الحكومية لهجوم بري."
    assert "Air/drone strike" in subs_of(extractor, text, PUB)
