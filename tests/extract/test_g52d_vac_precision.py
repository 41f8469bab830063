"""g52d: Violence against civilians precision. Attempts told in the plural («محاولات اغتيال») are no act, as the
singular «محاولة» is not (modality.tsv md-int-32600); a civilian word right after a reporting verb is who tells the
news, not the victims a killing needs (step.py _drop_speaking_civilians)."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-05-16"


def test_attempts_at_assassination_are_no_attack(extractor):
    text = "وقال مسؤول محلي إن القاضي تعرض إلى محاولات اغتيال عدة في مدينة الموصل يوم الثلاثاء."
    assert events_of(extractor, text, "Attack", PUB) == []


def test_activists_who_tell_of_strikes_are_not_their_victims(extractor):
    text = "قال ناشطون، الأربعاء، إن ضربات طالت مواقع لميليشيات حزب الله في ريف القصير، ما أسفر عن سقوط قتلى بينهم قيادي في الحزب."
    assert events_of(extractor, text, "Attack", PUB) == []
    assert events_of(extractor, text, "Air/drone strike", PUB)


def test_civilians_killed_by_gunmen_told_by_activists_stay_an_attack(extractor):
    text = "قتل مسلحون مجهولون ثلاثة مدنيين في بلدة الصنمين بريف درعا الثلاثاء، بحسب ناشطين."
    assert [e.fatalities for e in events_of(extractor, text, "Attack", PUB)] == [3]
