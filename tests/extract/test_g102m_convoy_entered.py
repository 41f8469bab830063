"""g102m: a military convoy that entered a place is a Change to group/activity (triggers.tsv tr-chg-74700 «دخل* رتل»,
74701 «دخول رتل», read before the transfer rows tr-nvt-13/14), placed where it entered: function_words sent_to «عبر»
names the crossing it came through. Entering only a country is no event (trigger_kinds.tsv needs_town); buses and
plans stay out.
"""
from __future__ import annotations

import pytest

from marsad_testdata import subs_and_rules


def _rules(extractor, text: str) -> list[tuple[str, list[str]]]:
    return subs_and_rules(extractor, text, "2018-06-12")


def _change_rules(extractor, text: str) -> list[str]:
    """The rule ids of the Change to group/activity events read in ``text``."""
    return [r for sub, rules in _rules(extractor, text) if sub == "Change to group/activity" for r in rules]


# composed: (sentence, the row that codes the entry, or None where no entry event may be read: a country only, a plan,
# buses of evacuees)
CASES = [
    ("وشهد يوم الاثنين دخول رتل عسكري تركي يضم آليات ومدرعات إلى الأراضي السورية بمنطقة إدلب.", "tr-chg-74701"),
    ("ودخل رتل عسكري تركي جديد، الاثنين، إلى الأراضي السورية عبر معبر كفرلوسين شمالي إدلب.", "tr-chg-74700"),
    ("ودخل رتل عسكري أمريكي يوم الاثنين إلى مدينة منبج.", "tr-chg-74700"),
    ("ودخل رتل تركي الاثنين إلى سوريا.", None),
    ("واتفق الطرفان على السماح بدخول رتل تركي إلى مدينة إدلب الأسبوع المقبل.", None),
    ("ودخل رتل من الحافلات الاثنين إلى مدينة إدلب لإجلاء المقاتلين.", None),
]


@pytest.mark.parametrize("text,rule", CASES)
def test_convoy_entry_read_or_left_out(extractor, text: str, rule: str | None):
    found = {r for r in _change_rules(extractor, text) if r in ("tr-chg-74700", "tr-chg-74701")}
    assert found == ({rule} if rule else set())


def test_entering_convoy_is_no_transfer(extractor):
    text = "ودخل رتل عسكري أمريكي يوم الاثنين إلى مدينة منبج."
    assert "Non-violent transfer of territory" not in [sub for sub, _ in _rules(extractor, text)]
