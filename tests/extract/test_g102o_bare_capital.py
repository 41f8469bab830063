"""g102o (74900): a capital named by its title and its country's nisba alone («العاصمة السورية») is the capital."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc

DAY = "2018-03-10"


def _places(extractor, text: str) -> list[tuple[str | None, int | None]]:
    return [(e.location, e.geo_precision) for e in read_doc(extractor, text, DAY).events]


@pytest.mark.parametrize("text, place", [
    ("سقطت قذائف هاون على حي سكني في العاصمة السورية السبت ما أدى إلى مقتل امرأتين.", ("Damascus", 1)),
    ("انفجرت عبوة ناسفة في سوق شعبي بالعاصمة العراقية الخميس ما أسفر عن مقتل ثلاثة أشخاص.", ("Baghdad", 1)),
    # a bearing keeps its precision, as before the name
    ("قتل مدنيان السبت في سقوط قذائف صاروخية قرب العاصمة السورية.", ("Damascus", 2)),
    ("قتل جندي وأصيب آخران في اشتباكات مع مسلحين جنوب العاصمة اليمنية الأربعاء.", ("Sanaa", 2)),
])
def test_bare_capital_reads_as_its_name(extractor, text, place):
    assert _places(extractor, text) == [place]


@pytest.mark.parametrize("text, place", [
    # «العاصمة السورية دمشق»: the name is read as before, the town before «قرب» stays the place
    ("قتل أربعة مدنيين السبت في قصف مدفعي على الغوطة الشرقية قرب العاصمة السورية دمشق.", ("Eastern Ghouta", 2)),
    # the capital as a government voice leaves the place told after it
    ("اتهمت العاصمة العراقية مسلحين بتفجير سيارة مفخخة في مدينة الموصل الخميس ما أسفر عن مقتل ستة أشخاص.",
     ("Mosul", 1)),
    # «العاصمة الاقتصادية», «عاصمة الخلافة» name no country's capital
    ("قتل خمسة أشخاص الأحد في انفجار بالعاصمة الاقتصادية للبلاد.", (None, None)),
    ("انفجرت سيارة مفخخة في عاصمة الخلافة المزعومة الجمعة ما أدى إلى مقتل سبعة أشخاص.", (None, None)),
])
def test_guards_keep_their_reading(extractor, text, place):
    assert _places(extractor, text) == [place]
