"""The act's place, q33e: the land across a border the act is on is a reference point ("الحدود السورية مع X"), and a
happening answered after "ردا على" keeps its places even when its own trigger word is not licensed as an event."""
from __future__ import annotations

from marsad_testdata import fields_of

PUB = "2018-05-06"


def _places(extractor, text):
    return fields_of(extractor, text, PUB, "sub_event_type", "location")



def test_the_land_across_a_border_is_no_place_of_the_act(extractor):
    # the fighting is on the Syrian side, in Latakia's countryside; Hatay across the border only says where
    placed = _places(extractor, "تدور معارك عنيفة في ريف اللاذقية الشمالي منذ أيام.\nوقتل ثمانية جنود السبت في "
                                "الاشتباكات التي شهدتها منطقة جبلية قريبة من الحدود السورية مع لواء إسكندرون.")
    assert placed and all(loc != "İskenderun" for _, loc in placed), placed


def test_an_administrative_border_names_the_neighbouring_province_only(extractor):
    placed = _places(extractor, "قتل خمسة جنود السبت في هجوم شنه مسلحو تنظيم داعش على موقع للجيش السوري في بلدة "
                                "القريتين، ثم امتدت الاشتباكات إلى مواقع على الحدود الإدارية مع محافظة دير الزور.")
    assert placed and all(loc != "Deir-ez-Zor" for _, loc in placed), placed


def test_an_answered_happening_keeps_its_place_when_its_word_is_not_an_event(extractor):
    # «مقتل» counts no soldiers, so it is no event of its own; it still opens the happening the strikes answer
    placed = _places(extractor, "وقال مسؤول إن الوضع في دمشق هادئ.\nونفذت طائرات أمريكية وفرنسية ضربات جوية ضد "
                                "سوريا فجر السبت، ردا على هجوم يعتقد أنه كيماوي، أسفر عن مقتل العشرات في دوما قبل "
                                "أيام.")
    assert ("Air/drone strike", "Dūmā") not in placed, placed
