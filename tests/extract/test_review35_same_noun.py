"""Review of session 35: the retold noun («الهجوم الذي وقع في X») is matched to the act told before by its stem under
proclitics or its indefinite accusative, not by a substring (places._same_noun)."""
import pytest

from marsad.extract.places import _same_noun
from marsad.lang.ar.tokens import proclitic_stems


@pytest.mark.parametrize("noun, word, same", [
    ("الهجوم", "هجوما", True),      # the act told before indefinite, with its accusative alif
    ("والهجوم", "بالهجوم", True),   # proclitics on both sides
    ("الهجوم", "الهجومية", False),  # a longer word holding the noun is another word
    ("الهجوم", "الهجمات", False),
])
def test_the_retold_noun_is_the_same_word(noun: str, word: str, same: bool) -> None:
    assert _same_noun(frozenset(proclitic_stems(noun)), word) is same
