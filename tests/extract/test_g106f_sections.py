"""g106f: a mention naming no place of its own ("place-context") refers back to a happening of its type told before,
but not across a section heading after which the report turned to another place (a happening placed in its own
sentence there): it is then a happening at that place, not a retelling of the earlier one at another town."""
from __future__ import annotations

from marsad_testdata import read_doc

DAY = "2018-03-20"
FIRST = ("قصفت قوات النظام مدينة دوما بالمدفعية يوم الاثنين ما أدى إلى مقتل خمسة مدنيين.\n"
         "واستمر القصف على المدينة طوال ساعات الليل بحسب ناشطين.\n")
CLASH = "واندلعت اشتباكات يوم الاثنين بين القوات التركية ووحدات حماية الشعب في مدينة منبج.\n"
STRIKE = "وأفاد المرصد عن استهداف سيارة يوم الاثنين بصاروخ موجه ما أدى إلى مقتل شخصين.\n"


def _explosions(extractor, text: str) -> set[str | None]:
    return {e.location for e in read_doc(extractor, text, DAY).events
            if e.event_type == "Explosions/Remote violence"}


def test_strike_in_a_later_section_stands_at_its_place(extractor):
    text = FIRST + "توتر في الشمال السوري\n" + CLASH + STRIKE
    assert _explosions(extractor, text) == {"Dūmā", "Manbij"}


def test_without_a_heading_the_mention_still_refers_back(extractor):
    # one running story: the place-less strike may retell the shelling told first (the usual rule, kept)
    text = FIRST + CLASH + STRIKE
    assert _explosions(extractor, text) == {"Dūmā"}


def test_heading_on_the_same_place_keeps_the_mention_with_the_happening(extractor):
    # the section that follows the heading stays at Douma: the mention is one more word on the shelling there
    text = FIRST + "الوضع في دوما\n" + "وقال ناشطون إن الطرق مقطوعة.\n" + STRIKE
    assert _explosions(extractor, text) == {"Dūmā"}
