"""g110r: a proclitic cut that would read a word's own letters as another word is not offered: ك before two
letters («كان» is no ك + «ان»), the future س before anything but an imperfect verb («سلم» is no س + «لم»)."""
from __future__ import annotations

from marsad.extract import lexicons as L
from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.tokens import analyze_text, proclitic_splits


def _stems(word: str) -> list[str]:
    return [stem for _, stem in proclitic_splits(norm_key(word))]


def test_ka_is_no_cut_before_two_letters():
    assert _stems("كان") == [norm_key("كان")]
    assert norm_key("ما") not in _stems("وكما")
    assert norm_key("إس") not in _stems("كأس")
    assert norm_key("البصرة") in _stems("كالبصرة")  # ك before a definite name stays a cut


def test_future_sa_only_before_an_imperfect_verb():
    assert _stems("سلم") == [norm_key("سلم")]
    assert _stems("سوريا") == [norm_key("سوريا")]
    for verb, stem in (("سيقصف", "يقصف"), ("ستشن", "تشن"), ("سنرد", "نرد"), ("سأرد", "أرد"), ("وسيقصفون", "يقصفون")):
        assert norm_key(stem) in _stems(verb), verb


def _modality(text: str) -> list[str]:
    toks = analyze_text(text).tokens
    return [m.phrase for m in L.all_matchers().find(toks)["modality"]]


def test_handed_over_is_not_negated():
    assert "لم" not in _modality("سلم المسلحون أسلحتهم الثقيلة إلى الجيش في البلدة")
    assert "لم" in _modality("لم يسلم المسلحون أسلحتهم")

