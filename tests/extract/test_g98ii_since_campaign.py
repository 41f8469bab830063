"""g98ii: fighting or strikes told as going on «منذ أسبوعين» (two weeks or more) up to the report, in one sentence, are a
campaign summed up as background, not a happening of a day (step._since_campaign, since-campaign-62200). A week's
span («منذ أيام»، «منذ أسبوع») stays: mostly the battle the article is about."""
from __future__ import annotations

from marsad_testdata import events_of, subs_of

DAY = "2018-05-02"
VIOLENT = ("Shelling/artillery/missile attack", "Air/drone strike", "Armed clash")


def _violent(extractor, text: str) -> list[str]:
    return [s for s in subs_of(extractor, text, DAY) if s in VIOLENT]


def test_two_weeks_of_shelling_before_clashes_is_background(extractor) -> None:
    text = ("وكانت القوات الحكومية قد بدأت منذ أسبوعين عمليات قصف مكثفة على ريف حماة الشمالي قبل أن تخوض معارك مع "
            "فصائل المعارضة على محاور عدة.")
    assert _violent(extractor, text) == []


def test_fighting_since_two_weeks_as_a_cause_is_background(extractor) -> None:
    text = "وقالت منظمة إغاثية إن آلاف العائلات نزحت من ريف حماة الشمالي بسبب اشتداد القتال منذ أسبوعين."
    assert _violent(extractor, text) == []


def test_guard_days_of_shelling_stay(extractor) -> None:
    """«منذ أيام»: a week's span up to the report is the bombardment going on, kept."""
    text = "وتقصف القوات الحكومية منذ أيام بالمدفعية الثقيلة بلدة اللطامنة في ريف حماة الشمالي."
    assert "Shelling/artillery/missile attack" in subs_of(extractor, text, DAY)


def test_guard_dated_shelling_stays(extractor) -> None:
    """A day of its own after the campaign's start: the day's shelling is kept."""
    text = "وقصفت القوات الحكومية الثلاثاء بالمدفعية الثقيلة بلدة اللطامنة في ريف حماة الشمالي."
    evs = events_of(extractor, text, "Shelling/artillery/missile attack", DAY)
    assert evs and evs[0].date_start == "2018-05-01"
