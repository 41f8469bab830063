"""Armed men told with no name outside Syria (branch g98z): «المسلحين»، «المتمردين» are aliases of the Syrian
opposition (syr-reb), which never fights in Iraq, Egypt, Libya or Afghanistan; there they are an Unidentified Armed
Group of the event's country (actor_by_country.tsv abc-61400..61403)."""
from __future__ import annotations

from tests.marsad_testdata import read_doc

PUB = "2018-07-16"  # a Monday
SYR_REB = "Opposition Rebels (Syria)"


def _actors(extractor, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.country, e.actor1, e.actor2) for e in read_doc(extractor, text, PUB).events]


def test_gunmen_attack_in_iraq_are_an_iraqi_unidentified_group(extractor):
    got = _actors(extractor, "هاجم المسلحون نقطة تفتيش للشرطة في مدينة بعقوبة العراقية يوم الأحد وقتلوا شرطيين اثنين.")
    assert got and all(SYR_REB not in (a1, a2) for _, a1, a2 in got), got
    assert any("Unidentified Armed Group (Iraq)" in (a1, a2) for _, a1, a2 in got), got


def test_rebels_in_egypt_are_not_the_syrian_opposition(extractor):
    got = _actors(extractor, "اشتبك المسلحون مع قوات الجيش المصري قرب مدينة العريش في شمال سيناء يوم الأحد.")
    assert got and all(SYR_REB not in (a1, a2) for _, a1, a2 in got), got


def test_gunmen_in_syria_keep_the_opposition_label(extractor):
    # guard: in Syria the alias still names the opposition factions
    got = _actors(extractor, "هاجم المسلحون مواقع لقوات النظام في ريف حماة الشمالي يوم الأحد.")
    assert any(SYR_REB in (a1, a2) for _, a1, a2 in got), got
