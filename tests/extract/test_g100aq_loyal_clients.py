"""g100aq: the indefinite «loyal to» words (موالية، موالين ...) after a noun of parties, militias or factions make the
state after them the clients' patron, never a side (function_words `ally_of_client`, client_noun with «ل»).
Composed sentences."""
from __future__ import annotations

from marsad_testdata import pairs_of

RIOT = "Violent demonstration"


def _no_iran(pairs: list[tuple[str | None, str | None]]) -> bool:
    return bool(pairs) and all("Iran" not in (a or "") for pair in pairs for a in pair)


def test_offices_of_loyal_militias_burned_have_no_iran_side(extractor) -> None:
    text = "وأحرق محتجون غاضبون مكاتب ميليشيات موالية لإيران في مدينة العمارة مساء الأحد."
    assert _no_iran(pairs_of(extractor, text, RIOT, "2018-05-07"))


def test_headquarters_of_loyal_parties_with_genitive_lam(extractor) -> None:
    text = "وأضرم متظاهرون النار في مقار لأحزاب موالية لطهران في مدينة الكوت مساء الأحد."
    assert _no_iran(pairs_of(extractor, text, RIOT, "2018-05-07"))


def test_forces_loyal_to_a_government_stay_its_forces(extractor) -> None:
    # guard: after «قوات» the indefinite loyal-to word still names the government's forces, struck by the jets
    text = "وقصفت الطائرات التركية يوم الاثنين موقعا لقوات سورية موالية للنظام في قرية قرب جنديرس في عفرين."
    pairs = pairs_of(extractor, text, "Air/drone strike", "2018-02-20")
    assert ("Military Forces of Turkey (2016-)", "Military Forces of Syria (2000-)") in pairs
