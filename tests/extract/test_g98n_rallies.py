"""g98n: a crowd told as gathering with a political claim («تجمع الآلاف ... تضامنا مع»، «احتشدوا ... للاحتجاج على»،
«تجمع عشرات ... رافعين لافتات») is a Peaceful protest (tr-pro-60200..60202, trigger_cues rally_claim); a gathering with
no claim (a crowd at a border, mourners in a hall) is none.
"""
from __future__ import annotations
import pytest
from marsad_testdata import subs_of


PUB = "2018-05-20"
PEACEFUL = "Peaceful protest"

RALLIES = [
    # thousands gathering in a city on a holiday in solidarity with a cause elsewhere
    "وفي يوم العيد تجمع الآلاف في مدينة الموصل تضامنا مع سكان القدس بعد نقل السفارة الأمريكية.",
    # hundreds massing before parliament to protest
    "واحتشد مئات الطلاب أمس أمام مبنى البرلمان في عمان للاحتجاج على قانون الضريبة الجديد.",
    # dozens gathering with banners and chants
    "وتجمهر عشرات العمال السبت أمام مقر الشركة في مدينة السليمانية رافعين لافتات تطالب بصرف رواتبهم.",
]

NO_RALLY = [
    # displaced people massing at a border: no claim
    "وتجمع آلاف النازحين السبت قرب الحدود مع الأردن هربا من القصف على ريف درعا.",
    # mourners gathering at a funeral
    "واحتشد المئات أمس في بلدة جرمانا لتشييع جثامين ثلاثة من أبنائها.",
]


CASES = [(text, True) for text in RALLIES] + [(text, False) for text in NO_RALLY]


@pytest.mark.parametrize(("text", "is_rally"), CASES)
def test_a_gathering_is_a_protest_only_with_a_claim(extractor, text: str, is_rally: bool) -> None:
    assert (PEACEFUL in subs_of(extractor, text, PUB)) is is_rally


def test_a_protest_with_no_day_stays_apart_from_last_weeks_toll(extractor) -> None:
    # a protest told at its own town with no day, then the wave's toll of last week: two happenings
    text = ("وتظاهر المئات أمام مبنى البلدية في مدينة الكوت مطالبين بتوفير فرص العمل. وردد المحتجون هتافات ضد الفساد، "
            "بعد سقوط خمسة قتلى خلال احتجاجات الأسبوع الماضي في جنوب البلاد.")
    assert PEACEFUL in subs_of(extractor, text, PUB)
