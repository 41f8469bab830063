"""g99m: a decade («الثمانينيات»، «تسعينات القرن الماضي»، «السبعينات من القرن العشرين») and a century («القرن الماضي») are
dates (relative_dates rd-dec-65300..65315, rd-cent-65316..65319): an act told in one is history wherever the decade
stands in its sentence. An age («في الخمسينيات
من عمره») is no date."""
from __future__ import annotations

import pytest

from marsad_testdata import read_doc, subs_of

DAY = "2018-05-12"  # a Saturday


@pytest.mark.parametrize("text", [
    # the decade opens the sentence, far before the act (out of md-bg-2102..2109's reach)
    "وفي الثمانينيات، وبعد خلافات طويلة بين قادة الفصائل المسلحة في المدينة الساحلية وحلفائهم، شنت الطائرات "
    "الإسرائيلية غارات على مدينة صور.",
    # the decade and its century after the act
    "قصفت المدفعية السورية مدينة حماة بعنف خلال السبعينات من القرن العشرين.",
    # the last century alone, before the act
    "في القرن الماضي، وفي ظل فوضى عارمة عمت البلاد كلها، اقتحم مسلحون مبنى البلدية في مدينة طرابلس.",
])
def test_act_told_in_a_decade_is_history(extractor, text: str) -> None:
    assert read_doc(extractor, text, DAY).events == []


def test_age_in_decades_is_no_date(extractor) -> None:
    # "in his fifties" is an age: the strike keeps its own day
    text = "وقتل رجل في الخمسينيات من عمره في غارة جوية على بلدة كفرنبل يوم الخميس."
    evs = [e for e in read_doc(extractor, text, DAY).events if e.sub_event_type == "Air/drone strike"]
    assert len(evs) == 1 and str(evs[0].date_start) == "2018-05-10", evs


def test_decade_aside_does_not_reach_the_next_sentence(extractor) -> None:
    # a decade told in one sentence does not make an undated arrest of the next (no «فقد») history
    text = ("وشهدت احتفالات النوروز اشتباكات بين محتجين وقوات الأمن في التسعينات. وأعلنت الشرطة التركية أنها اعتقلت "
            "20 شخصا في إسطنبول للاشتباه في صلتهم بحزب العمال الكردستاني.")
    assert "Arrests" in subs_of(extractor, text, DAY)
