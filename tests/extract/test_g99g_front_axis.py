"""g99g: ground fighting told on its fronts («من ثلاثة محاور»، «على عدة جبهات») is a report of the day: the front
(trigger_cues.tsv front_axis) lifts a Battles mention at the confidence gates as a told day would (rule front-told-64700). A political
«محاور» and the front line in general («جبهات القتال») are no front of a day's fighting."""
from __future__ import annotations

from marsad_testdata import subs_and_rules, subs_of

PUB = "2018-05-10"
FRONT = "front-told-64700"
STRUCK = "قصفت الطائرات الروسية مدينة خان شيخون يوم الثلاثاء. "


def test_attack_from_three_axes_is_a_clash(extractor):
    text = STRUCK + "وهاجمت فصائل المعارضة مواقع قوات النظام في بلدة مورك من ثلاثة محاور."
    got = subs_and_rules(extractor, text, PUB)
    assert any(s == "Armed clash" and FRONT in r for s, r in got)


def test_battles_on_several_fronts_cite_the_front(extractor):
    text = ("سيطرت قوات النظام على بلدة كفرنبودة في ريف حماة الشمالي. ويأتي ذلك بينما تدور معارك على عدة جبهات بين "
            "الجيش وفصائل المعارضة في ريف إدلب.")
    got = subs_and_rules(extractor, text, PUB)
    assert any(s == "Armed clash" and FRONT in r for s, r in got)


def test_guard_attack_without_a_front_stays_below_the_floor(extractor):
    text = STRUCK + "وهاجمت فصائل المعارضة مواقع قوات النظام في بلدة مورك."
    assert "Armed clash" not in subs_of(extractor, text, PUB)


def test_guard_political_axes_are_no_front(extractor):
    text = STRUCK + "وتحدث المبعوث الأممي عن محاور الحل السياسي وإنهاء القتال في سوريا."
    assert "Armed clash" not in subs_of(extractor, text, PUB)


def test_guard_the_front_line_in_general_is_no_clash(extractor):
    text = "وقال القائد إن مقاتليه قاتلوا على جبهات القتال في سوريا لسنوات."
    assert subs_of(extractor, text, PUB) == []
