"""g106l (fatalities audit): three ways of telling a toll that were read wrong.

- a part told aside between commas, with no figure, between the count and its closing verb of death
  («12 عنصرا على الأقل، بينهم ضباط، قتلوا في القصف»): the count is still the subject of «قتلوا»
  (frames._subset_aside);
- the dead of two sides each told "في صفوف X" and joined by «و» and a number word
  («سبعة قتلى في صفوف الجيش وأربعة قتلى في صفوف المسلحين»): they add up (function_words side_ranks; a number
  word opening with the conjunction «و» is a joined count, frames._side_told);
- a toll told in the clause of an act inquired into («للتحقيق في الهجوم الذي أدى إلى مقتل 35») is that act's, not
  the strikes' told before it (function_words inquiry_head, step._reason_clause).
"""
from __future__ import annotations
import pytest
from marsad_testdata import events_of


PUB = "2018-05-21"
AIR = "Air/drone strike"
CLASH = "Armed clash"


def _dead(extractor, text, sub):
    return [ev.fatalities for ev in events_of(extractor, text, sub, PUB)]


@pytest.mark.parametrize("aside", ["بينهم ضباط", "من بينهم قادة ميدانيون", "منهم عناصر أجانب"])
def test_count_before_an_aside_and_its_verb(extractor, aside):
    text = (f"شنت طائرات حربية غارات على مواقع في بلدة الميادين مساء الأحد. وقال المرصد إن 12 عنصرا على الأقل، "
            f"{aside}، قتلوا في الغارات.")
    assert _dead(extractor, text, AIR) == [12]


def test_aside_with_a_figure_keeps_its_reading(extractor):
    # guard: a mark not fencing a part (a day between commas) still closes the subject: no count is taken from it
    text = ("شنت طائرات حربية غارات على مواقع في بلدة الميادين مساء الأحد. وقال المرصد إن 12 عنصرا على الأقل، "
            "الأحد، قتلوا في الغارات.")
    assert _dead(extractor, text, AIR) != [12]


@pytest.mark.parametrize("second", ["وأربعة قتلى", "وأربعة"])
def test_two_sides_in_their_ranks_add_up(extractor, second):
    text = ("اندلعت اشتباكات عنيفة الأحد بين الجيش والمسلحين قرب بلدة الميادين، أسفرت عن سبعة قتلى في صفوف "
            f"الجيش {second} في صفوف المسلحين.")
    assert _dead(extractor, text, CLASH) == [11]


def test_count_in_a_place_after_a_rank_word_is_not_added(extractor):
    # guard: «في» before a place (no «صفوف») still ends the side told: two places' dead are not added
    text = ("اندلعت اشتباكات عنيفة الأحد بين الجيش والمسلحين قرب بلدة الميادين، أسفرت عن سبعة قتلى في بلدة "
            "الميادين وأربعة قتلى في بلدة العشارة.")
    assert 11 not in _dead(extractor, text, CLASH)



INQ_TEXT = ("وبعد ساعات من الغارات التي شنتها طائرات أمريكية فجر السبت ودمرت مخازن أسلحة قرب حمص، أعلنت هيئة دولية "
            "وصول خبرائها إلى دمشق ظهر السبت تمهيدا {head} الهجوم بالغاز في بلدة سقبا الذي أدى إلى مقتل 35 شخصا.")


@pytest.mark.parametrize("head", ["للتحقيق في", "بالتحقيق في"])
def test_toll_of_the_act_inquired_into_is_not_the_strikes(extractor, head):
    # «للتحقيق في» opens the clause of the act inquired into (function_words inquiry_head): its 35 dead are not the
    # strikes' told before it
    dead = [ev.fatalities for ev in events_of(extractor, INQ_TEXT.format(head=head), AIR, "2018-04-14")]
    assert dead and 35 not in dead


def test_toll_of_the_strike_itself_stays(extractor):
    # guard: the strikes' own dead told before the inquiry clause are still theirs
    text = INQ_TEXT.format(head="للتحقيق في").replace("ودمرت مخازن أسلحة قرب حمص", "وقتلت 6 جنود قرب حمص")
    assert 6 in [ev.fatalities for ev in events_of(extractor, text, AIR, "2018-04-14")]
