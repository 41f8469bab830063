"""g83d: a word of assassination («اغتيال»، «اغتالوا»: casualties.tsv kind assassinated) with a singular person
right after it (function_words single_victim, which gains offices and titles: رئيس، مدير، الخبير، الملا ...) counts
one dead when no number told the dead; an attempt, an escape or a plan right before it (function_words not_done)
counts none. Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-09-10"
ATTACK = "Attack"


def test_assassinated_candidate_counts_one_dead(extractor):
    evs = events_of(extractor, "اغتال مسلحون مجهولون مرشحا للانتخابات البرلمانية بالرصاص فجر الخميس في قضاء "
                    "الشرقاط شمالي محافظة صلاح الدين.", ATTACK, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_assassinated_office_holder_counts_one_dead(extractor):
    evs = events_of(extractor, "أعلنت الشرطة المحلية اغتيال رئيس المجلس البلدي بالرصاص يوم الخميس في قضاء "
                    "الشرقاط شمالي محافظة صلاح الدين.", ATTACK, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_title_after_killing_word_counts_one_dead(extractor):
    evs = events_of(extractor, "قتل مسلحون مجهولون مدير الناحية بالرصاص يوم الخميس في قضاء الشرقاط شمالي محافظة "
                    "صلاح الدين، بحسب ما أفادت الشرطة المحلية، وهو مدني.", ATTACK, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_attempted_assassination_counts_no_dead(extractor):
    # guard: «في محاولة اغتيال مرشح» told no death; the bombing it names keeps 0 dead
    evs = events_of(extractor, "استهدفت عبوة ناسفة موكب رئيس المجلس البلدي يوم الخميس في قضاء الشرقاط في محاولة "
                    "اغتيال مرشح للانتخابات، ما أسفر عن إصابة اثنين من حراسه.",
                    "Remote explosive/landmine/IED", PUB)
    assert evs and all(e.fatalities != 1 for e in evs)
