"""g101r: guards for the review s32 findings on g101a..g101j (docs/quality.md "g101r"): a deal behind a transfer only
with its transfer kept (item 2), a deal carrying its transfer's place has no place of its own (item 6), a deal
phrase read inside its sentence (item 7), the sides of folded mentions kept for the flier's guard (item 3)."""
from __future__ import annotations

from marsad_testdata import read_doc

PUB = "2018-03-06"
DEAL_BEHIND = "deal-behind-72000"


def _events(extractor, text: str):
    return [(e.sub_event_type, e.location, list(e.rule_ids)) for e in read_doc(extractor, text, PUB).events]


def test_deal_dropped_with_its_countrywide_transfer(extractor):
    # item 2: the transfer names only a country and is dropped by the late filter; its deal goes with it
    text = "وبدأ المسلحون الخميس الانسحاب من مواقعهم في سوريا بموجب اتفاق مع الحكومة السورية."
    assert _events(extractor, text) == []


def test_deal_kept_with_its_town_transfer(extractor):
    # guard: the same withdrawal from a town keeps the transfer and the deal behind it
    text = "وبدأ المسلحون الخميس الانسحاب من مواقعهم في بلدة القريتين بريف حمص بموجب اتفاق مع الحكومة السورية."
    subs = [(s, r) for s, _, r in _events(extractor, text)]
    assert [s for s, _ in subs] == ["Non-violent transfer of territory", "Agreement"]
    assert DEAL_BEHIND in subs[1][1]


def test_deal_phrase_ends_with_its_sentence(extractor):
    # item 7: a heading on the next line with no stop between («إجلاء ...») is no kind of the deal the transfer is
    # told under; the bare «بموجب الاتفاق» names nothing of its own, so no deal is added
    text = ("وبدأ المسلحون الخميس الانسحاب من بلدة القريتين بريف حمص بموجب الاتفاق\n"
            "إجلاء الجرحى من الغوطة الشرقية")
    assert [s for s, _, _ in _events(extractor, text)] == ["Non-violent transfer of territory"]


def test_folded_mention_sides_pass_to_the_keeper():
    # item 3: a fold after merge_within's main pass (_merge_refined, _fold_faces, _fold_rare_strikes) hands the
    # absorbed mention's (attacker, target) pairs to the event that kept it, for _flier_over_read's allies guard
    from marsad.extract.merge import _carry_sides

    class _E:  # only the identity of the events matters
        pass

    keep, gone = _E(), _E()
    sides = {id(keep): {("A", "C")}, id(gone): {("B", "C")}}
    _carry_sides(sides, keep, gone)  # type: ignore[arg-type]
    assert sides == {id(keep): {("A", "C"), ("B", "C")}}
    _carry_sides(None, keep, gone)  # type: ignore[arg-type]  # no pairs kept: nothing to do
