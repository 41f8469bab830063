"""Conditions that open on «إن لم» (if not) or «ما لم» (unless) past a quoted name tell no happening (g96c;
sentences of our own)."""
from __future__ import annotations

from marsad_testdata import subs_of

PUB = "2018-03-27"  # a Tuesday


def test_a_clash_under_in_lam_is_no_clash(extractor):
    text = "وطالبت أنقرة الخميس بسحب القوات الأمريكية من منبج إن لم ترغب واشنطن في وقوع اشتباك مع الجيش التركي."
    assert "Armed clash" not in subs_of(extractor, text, PUB)


def test_in_meaning_that_after_a_report_keeps_the_clash(extractor):
    text = "وقال المرصد إن اشتباكات عنيفة دارت الخميس بين الجيش التركي والوحدات الكردية في منبج."
    assert subs_of(extractor, text, PUB) == ["Armed clash"]


def test_a_departure_under_ma_lam_past_a_quoted_name_is_no_departure(extractor):
    text = ('وأمهلت الحكومة السورية المعارضة يومين ما لم يوافق مقاتلو فصيل "جيش الإسلام" '
            'على الخروج من مدينة دوما إلى إدلب.')
    assert "Non-violent transfer of territory" not in subs_of(extractor, text, PUB)


def test_a_told_departure_with_a_quoted_name_stays(extractor):
    text = 'وقالت سانا إن مقاتلي فصيل "جيش الإسلام" بدأوا الخروج من مدينة دوما إلى إدلب الأحد.'
    assert subs_of(extractor, text, PUB) == ["Non-violent transfer of territory"]
