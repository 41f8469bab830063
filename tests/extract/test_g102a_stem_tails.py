"""g102a: ``tokens.stem_tails``, the ending test that lets ``step._bare_head`` skip the proclitic splits of a word
that cannot be the group's word ("التنظيم"، "الجبهة" behind proclitics). The answers must be those of the splits."""
from __future__ import annotations

import pytest

from marsad.extract import lexicons as L
from marsad.extract import step
from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.tokens import proclitic_splits, stem_tails
from marsad_testdata import patches_compiled_calls


def _by_splits(norm: str, group: str) -> str | None:
    bare = L.words(group)
    return next((prefix for prefix, stem in proclitic_splits(norm) if stem in bare), None)


WORDS = ["التنظيم", "والتنظيم", "للتنظيم", "بالتنظيم", "فللتنظيم", "تنظيم", "التنظيمات", "الجبهة", "والجبهة",
         "للجبهة", "جبهة", "الجبهات", "المدينة", "قصفت", "لل", "ال", "و"]


@pytest.mark.parametrize("group", ["organization_bare", "front_bare"])
@pytest.mark.parametrize("word", WORDS)
def test_tails_hold_every_word_whose_stem_is_in_the_group(group: str, word: str) -> None:
    norm = norm_key(word)
    if _by_splits(norm, group) is not None:
        assert norm.endswith(stem_tails(L.words(group)))


@pytest.mark.parametrize("word", WORDS)
def test_bare_heads_answer_as_the_splits_do(word: str) -> None:
    norm = norm_key(word)
    assert step._bare_head(norm, "organization_bare", {}) == _by_splits(norm, "organization_bare")
    assert step._bare_head(norm, "front_bare", {}) == _by_splits(norm, "front_bare")


def test_rewritten_proclitic_is_cut_from_the_tail() -> None:
    # "لل" is read as "ل" + "ال": "للتنظيم" has the stem "التنظيم" but does not end with it
    assert step._bare_head(norm_key("للتنظيم"), "organization_bare", {}) == "لل"
    assert stem_tails(frozenset({"التنظيم"})) == ("تنظيم",)


def test_a_word_of_another_ending_is_not_split(monkeypatch: pytest.MonkeyPatch) -> None:
    patches_compiled_calls(step)  # the spy is not seen by a compiled step's calls
    asked: list[str] = []

    def spy(norm: str) -> tuple[tuple[str, str], ...]:
        asked.append(norm)
        return proclitic_splits(norm)

    monkeypatch.setattr(step, "proclitic_splits", spy)
    assert step._bare_head(norm_key("والمدينة"), "organization_bare", {}) is None
    assert asked == []  # guard: the ending test answers alone
    assert step._bare_head(norm_key("والتنظيم"), "organization_bare", {}) == "و"
    assert asked == [norm_key("والتنظيم")]
