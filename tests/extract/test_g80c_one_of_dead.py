"""g80c: «أحد/إحدى» with a definite noun or a member word right after a word of killing ("قتل أحد المحتجين"،
"مقتل أحد عناصر الشرطة") counts one dead, as a singular victim noun does (frames._one_of_group). A killing told
away from the lead with its day and named gunmen no longer falls under the confidence line for want of its dead.
Sentences composed for the tests."""
from __future__ import annotations

from marsad_testdata import events_of

PUB = "2018-09-10"
ATTACK = "Attack"
CLASH = "Armed clash"

LEAD = "تظاهر المئات من سكان مدينة البصرة يوم الأحد أمام مبنى المحافظة للمطالبة بتوفير المياه والكهرباء. "


def test_one_of_the_protesters_killed_mid_report_is_kept_with_one_dead(extractor):
    evs = events_of(extractor, LEAD + "ورفع المحتجون لافتات تطالب بمحاسبة المسؤولين عن تردي الخدمات. "
                    "وقتل أحد المتظاهرين، السبت، برصاص ميليشيات عصائب أهل الحق في المدينة.", ATTACK, PUB)
    assert [e.fatalities for e in evs] == [1]


def test_one_of_the_members_counts_one_dead(extractor):
    evs = events_of(extractor, "قتل أحد عناصر الشرطة العراقية يوم الخميس في اشتباك مع مسلحين مجهولين "
                    "في قضاء الزبير غربي البصرة.", CLASH, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_one_of_women_counts_one_dead(extractor):
    evs = events_of(extractor, "قتلت إحدى النساء يوم الخميس برصاص مسلحين مجهولين في قضاء الزبير غربي البصرة.",
                    ATTACK, PUB)
    assert evs and all(e.fatalities == 1 for e in evs)


def test_nobody_killed_is_no_dead(extractor):
    # guard: «أحد» alone after the verb is "anyone" ("ولم يقتل أحد"), never one dead
    evs = events_of(extractor, "انفجرت عبوة ناسفة يوم الخميس قرب سوق في قضاء الزبير غربي البصرة ولم يقتل أحد في "
                    "الانفجار.", "Remote explosive/landmine/IED", PUB)
    assert all(not e.fatalities for e in evs)
