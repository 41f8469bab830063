"""g102m: reinforcements told as what came hours before another happening («بعد ساعات من استقدامها تعزيزات ...»)
are a finished, dated movement: «بعد ساعات من/على» is no longer in trigger_cues buildup_frame, so tr-chg-9 codes a
Change to group/activity. The rest of the frame (a lasting course «منذ أسابيع»، «ما زال يدفع»، the concurrent «في الوقت
الذي»، «بالتزامن») still bars the build-up.
"""
from __future__ import annotations

import pytest

from marsad_testdata import subs_and_rules


def _change_rules(extractor, text: str) -> list[str]:
    """The rule ids of the Change to group/activity events read in ``text``."""
    return [r for sub, rules in subs_and_rules(extractor, text, "2018-05-10")
            if sub == "Change to group/activity" for r in rules]


# composed: reinforcements brought or sent, a dated happening, then another happening hours later
BEFORE = [
    "وسيطر الجيش السوري بعد ساعات من استقدامه تعزيزات عسكرية الثلاثاء على بلدة كفرنبودة.",
    "وبدأت قوات النظام قصف بلدة اللطامنة بعد ساعات على إرسالها تعزيزات عسكرية الثلاثاء إلى ريف حماة الشمالي.",
]

# composed guards: a course of weeks, a build-up that goes on, a plan, a denial
GUARDS = [
    "وتستقدم قوات النظام منذ أسابيع تعزيزات عسكرية إلى ريف حماة الشمالي.",
    "ولا يزال الجيش يدفع بتعزيزات عسكرية إلى محيط بلدة اللطامنة.",
    "ويعتزم الجيش إرسال تعزيزات عسكرية إلى بلدة اللطامنة الأسبوع المقبل.",
    "ونفى المتحدث وصول أي تعزيزات عسكرية إلى بلدة اللطامنة.",
]


@pytest.mark.parametrize("text", BEFORE)
def test_reinforcements_hours_before_another_happening(extractor, text: str):
    assert "tr-chg-9" in _change_rules(extractor, text)


@pytest.mark.parametrize("text", GUARDS)
def test_lasting_or_unreal_buildup_stays_out(extractor, text: str):
    assert _change_rules(extractor, text) == []
