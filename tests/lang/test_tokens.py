"""Tokens, clitics and sentences of Arabic news text."""
from __future__ import annotations

import pytest

from marsad.lang.ar.matcher import PhraseMatcher
from marsad.lang.ar.normalize import norm_key
from marsad.lang.ar.tokens import analyze_text, segment


@pytest.mark.parametrize(
    "text,phrase,surface",
    [
        ("قصفت الطائرات الرقة فجرا", "الرقة", "الرقة"),
        ("اشتباكات عنيفة بالرقة", "الرقة", "بالرقة"),
        ("في دير الزور والرقة", "الرقة", "والرقة"),
        ("وصلت التعزيزات للرقة", "الرقة", "للرقة"),
        ("الموالون لداعش", "داعش", "لداعش"),
        ("مقاتلو داعش انسحبوا", "داعش", "داعش"),
        ("قال تنظيم الدولة", "تنظيم الدولة", "تنظيم الدولة"),
        ("وتنظيم الدولة تبنى الهجوم", "تنظيم الدولة", "وتنظيم الدولة"),
    ],
)
def test_clitic_matching(text: str, phrase: str, surface: str) -> None:
    m = PhraseMatcher([(phrase, phrase)])
    found = m.find(analyze_text(text).tokens)
    assert [text[x.start : x.end] for x in found] == [surface]


def test_unknown_word_is_not_cut() -> None:
    assert segment("بلده") == ("", "بلده", "")


def test_known_stem_is_cut() -> None:
    assert segment("بالرقه", frozenset({"الرقه"})) == ("ب", "الرقه", "")


def test_article_chain_is_cut_without_lexicon() -> None:
    assert segment("بالمدينه") == ("بال", "مدينه", "")


@pytest.mark.parametrize(
    "text,n",
    [
        ("قال د. محمد إن القصف استمر. وأضاف أن الوضع صعب.", 2),
        ("وقع الهجوم عام 2017. ثم تكرر.", 2),
        ("قال المتحدث «انسحبنا من المدينة.» وأكد ذلك.", 2),
        ("سطر أول\nسطر ثان", 2),
        ("هل انتهى القصف؟ لا.", 2),
    ],
)
def test_sentences(text: str, n: int) -> None:
    an = analyze_text(text)
    assert len(an.sentences) == n
    for (s, e), (a, b) in zip(an.sentences, an.sent_tokens):
        assert an.tokens[a].start == s and an.tokens[b - 1].end == e


def test_quote_stays_in_sentence() -> None:
    text = "قال المتحدث «انسحبنا من المدينة.» وأكد ذلك."
    an = analyze_text(text)
    s, e = an.sentences[0]
    assert text[s:e].endswith("»")


def test_doctor_abbreviation_does_not_split() -> None:
    text = "قال د. محمد إن القصف استمر."
    an = analyze_text(text)
    assert len(an.sentences) == 1


def test_token_offsets_are_original() -> None:
    text = "قُتِلَ ١٥٠٠ شخصٍ في الرقّة"
    for t in analyze_text(text).tokens:
        assert text[t.start : t.end]
    assert [text[t.start : t.end] for t in analyze_text(text).tokens][1] == "١٥٠٠"


@pytest.mark.parametrize("written, expected", [
    # an alef with hamza or madda is a root letter: no article there
    ("إلقاء", ("", "القاء", "")),
    ("وألقت", ("", "والقت", "")),
    ("آلاف", ("", "الاف", "")),
    ("إِلْقَاءُ", ("", "القاء", "")),  # diacritics do not hide the hamza
    # the article's own alef is bare, whatever follows it
    ("الألغام", ("ال", "الغام", "")),
    ("والإرهاب", ("وال", "ارهاب", "")),
    ("القاء", ("ال", "قاء", "")),  # written without the hamza: no way to tell
])
def test_an_alef_with_hamza_is_never_the_article(written, expected):
    assert segment(norm_key(written), orig=written) == expected


def test_a_function_word_is_found_after_a_conjunction_and_as_written():
    from marsad.lang.ar.tokens import in_words
    words = frozenset({"منذ", "وفق"})
    assert in_words("منذ", words) and in_words("ومنذ", words) and in_words("فمنذ", words)
    assert in_words("وفق", words)  # a word that starts with the letter of the conjunction, as written
    assert not in_words("بمنذ", words) and not in_words("ومن", words)
