"""The array paths of normalisation and tokenisation give exactly what the string/regex paths give."""
from __future__ import annotations

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.lang.ar import tokens as T

N = importlib.import_module("marsad.lang.ar.normalize")  # the package exports a function of that name

# Arabic letters and the characters the table folds or deletes, digits of three scripts with
# separators, Latin with case traps (İ, final sigma), marks, spaces, presentation forms, emoji.
_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىةؤئکی" "\u064b\u064e\u0651\u0670\u0640\u200b\u200f\ufeff\u061c"
    "0123456789٠١٢٣٤٥٦٧٨٩۱۲" ".,،٫٬:/%-_" "aZİΣσΑ²½ⅠĲ" "!?؟…«»\"'()[]" "  \n\t\u00a0\u2028" "\ufefb\ufe8d" "😀"
)
_texts = st.text(alphabet=_ALPHABET, min_size=0, max_size=200)


def _same_norm(a: N.NormText, b: N.NormText) -> None:
    assert a.text == b.text
    assert (a.offsets is None) == (b.offsets is None)
    if a.offsets is not None:
        assert a.offsets.tolist() == b.offsets.tolist()


@settings(max_examples=400, deadline=None)
@given(_texts, st.sampled_from(["ـ" * N._FAST_MIN, "كلمة " * (N._FAST_MIN // 5 + 1)]), _texts)
def test_array_paths_agree_with_string_paths(a: str, pad: str, b: str) -> None:
    text = a + pad + b  # long enough for the array path
    nt, cps, kept = N.normalize_cps(text)
    ref = N._normalize_str(text)
    _same_norm(nt, ref)
    assert N.fold(text) == ref.text
    toks = T.tokenize(text)[1]
    assert [tuple(t) for t in toks] == [tuple(t) for t in T._tokenize_re(ref)]
    assert all(type(t) is T.Token for t in toks)


def _analyze_by_strings(text: str) -> T.Analysis:
    saved = N._FAST_MIN
    N._FAST_MIN = 10**9  # every text takes the string path
    try:
        return T.analyze_text(text)
    finally:
        N._FAST_MIN = saved


@settings(max_examples=200, deadline=None)
@given(_texts, _texts)
def test_sentences_agree_with_string_paths(a: str, b: str) -> None:
    text = a + ". جملة أخرى\n" * 8 + b
    fast, slow = T.analyze_text(text), _analyze_by_strings(text)
    assert fast.tokens == slow.tokens
    assert (fast.sentences, fast.sent_tokens) == (slow.sentences, slow.sent_tokens)
    assert fast.forms() == slow.forms() == [t.norm for t in slow.tokens]
    words = frozenset(fast.forms()[::3])
    assert fast.starts_in(words, 0, 10**9) == slow.starts_in(words, 0, 10**9) == [
        k for k, f in enumerate(slow.forms()) if f in words or "0" <= f[0] <= "9"]
    n = len(fast.forms())
    for lo, hi in ((1, n - 1), (n // 3, n // 2), (-5, n // 2), (n // 2, n + 5), (n, n), (3, 2)):
        assert fast.starts_in(words, lo, hi) == slow.starts_in(words, lo, hi) == [
            k for k, f in enumerate(slow.forms()) if lo <= k < hi and (f in words or "0" <= f[0] <= "9")]


def test_char_classes_are_the_regex_classes() -> None:
    cls = T._char_classes()
    space, word, digit = re.compile(r"\s"), re.compile(r"[^\W\d_]"), re.compile(r"\d")
    for cp in range(0x10000):
        c = chr(cp)
        want = T._SPACE if space.match(c) else T._DIGIT if digit.match(c) else T._LETTER if word.match(c) else T._MARK
        assert cls[cp] == want, hex(cp)


def test_long_bmp_text_takes_the_array_path() -> None:
    assert N.normalize_cps("كلمة " * 40)[1] is not None
    assert N.normalize_cps("كلمة 😀 " * 40)[1] is None  # beyond the BMP: string path


@given(st.text(alphabet="ab \n\r", max_size=40))
def test_newline_runs_are_the_regex_runs(text: str) -> None:
    assert list(T._newline_runs(text)) == [m.start() for m in re.finditer(r"\n+", text)]


def _ref_proclitic_splits(word: str) -> tuple[tuple[str, str], ...]:
    """The first definition: every proclitic of the table tried at every step of the chain."""
    pro, _ = T._clitics()
    out = [("", word)]

    def walk(prefix: str, rest: str, min_order: int) -> None:
        for form, order, replace in pro:
            if order < min_order or not rest.startswith(form):
                continue
            stem = replace + rest[len(form):]
            if not T.stem_allowed(form, rest[len(form):]):
                continue
            out.append((prefix + form, stem))
            walk(prefix + form, stem if not replace else "", order + 1 if not replace else 9)

    walk("", word, 1)
    return tuple(out)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="وفبلكسالمدينةقصف", min_size=0, max_size=9))
def test_proclitic_splits_by_initial_agree_with_the_full_walk(word: str) -> None:
    assert T.proclitic_splits(word) == _ref_proclitic_splits(word)


def test_proclitic_splits_of_chains() -> None:
    for word in ("وبالمدينة", "فللقوات", "وسيقصف", "كالمدينة", "ال", "لل", "و", "", "بلدة", "وللمرة"):
        assert T.proclitic_splits(word) == _ref_proclitic_splits(word), word


@settings(max_examples=200, deadline=None)
@given(_texts, _texts)
def test_fold_of_the_text_just_tokenised_is_its_normal_form(a: str, b: str) -> None:
    text = a + "كلمة " * (N._FAST_MIN // 5 + 1) + b
    nt, _, _ = N.normalize_cps(text)
    assert N.fold(text) == nt.text == N._normalize_str(text).text  # remembered: the same object
    other = "".join(list(text))  # an equal string, another object: computed
    assert N.fold(other) == nt.text
    N.normalize_cps(b)  # the memo now holds another text
    assert N.fold(text) == nt.text


def test_with_conjunctions_agrees_with_in_words():
    from marsad.lang.ar.tokens import in_words, with_conjunctions
    words = frozenset({"وقع", "حدث", "منذ"})
    ext = with_conjunctions(words)
    for w in ("وقع", "ووقع", "فوقع", "بوقع", "فمنذ", "منذ", "ومنذ", "حدثت", "وحدث", "ك"):
        assert (w in ext) == in_words(w, words), w
