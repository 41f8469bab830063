"""A setting clause told after the act (branch g95f): «قتل متظاهر في الديوانية ... وذلك خلال تظاهرات ... وفي العاصمة
بغداد» placed the killing at Baghdad, the place of the wider protests, over the act's own town."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import MetaStep

PUB = "2026-01-10"  # a Saturday


def _places(extractor, text, event_type="Violence against civilians"):
    doc = extractor(MetaStep()(Document(text=text, published=PUB)))
    return {e.location for e in doc.events if e.event_type == event_type}


def test_killing_stays_in_its_own_town_not_the_setting_clause(extractor):
    text = "قتل مدني، الجمعة، في مدينة الكوت برصاص مسلحين مجهولين، وذلك خلال احتجاجات شهدتها عدة مدن وفي العاصمة بغداد.\n"
    assert _places(extractor, text) == {"Al-Kut"}


def test_shooting_during_protests_elsewhere_stays_in_its_town(extractor):
    text = ("لقي شاب مدني مصرعه أمس في مدينة الناصرية برصاص مسلحين مجهولين، وذلك أثناء احتجاجات عمت محافظات"
            " الجنوب وفي العاصمة بغداد.\n")
    assert _places(extractor, text) == {"Nasiriyah"}


def test_setting_place_kept_when_it_is_the_only_place(extractor):
    text = "قتل مدني، الجمعة، برصاص مسلحين مجهولين، وذلك خلال احتجاجات شهدتها مدينة البصرة.\n"
    assert _places(extractor, text) == {"Basrah"}


def test_means_clause_with_fi_keeps_its_place(extractor):
    text = "قال مسؤول في بغداد إن ثلاثة مدنيين قتلوا، وذلك في قصف استهدف مدينة الموصل.\n"
    assert _places(extractor, text, "Explosions/Remote violence") == {"Mosul"}
