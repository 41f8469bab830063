"""g98g: one reader of a toll's rise to a figure (scans.rise_verb: function_words toll_rise, toll_rise_to) serves
both the frame that ties the figure to its word of killing (frames._risen_toll, the verb right before «إلى») and the
merge that lets the risen figure replace the earlier count (merge._rise_to, the verb up to RISE_WINDOW tokens before
«إلى»). The reader is new on this branch; the guards check it does not fire without «إلى» or beyond its window.
Sentences composed for the tests."""
from __future__ import annotations

from marsad.extract.lexicons import words
from marsad.extract.merge import RISE_WINDOW, _rise_to, _sentence_words
from marsad.extract.scans import rise_verb
from marsad.lang.ar.normalize import norm_key


def _keys(text: str) -> list[str]:
    return [norm_key(w).lower() for w in text.split()]


def test_verb_right_before_to_is_found():
    toks = _keys("وقد ارتفع إلى 15")
    assert rise_verb(toks, 2, 1) == 1


def test_verb_a_few_words_back_is_found_within_the_window():
    toks = _keys("ارتفع عدد الضحايا المدنيين إلى 15")
    assert rise_verb(toks, 4, RISE_WINDOW) == 0
    assert rise_verb(toks, 4, 1) == -1  # the frame's window: only the word right before «إلى»


def test_no_to_no_rise():
    toks = _keys("ارتفع عدد الضحايا 15")
    assert rise_verb(toks, 3, RISE_WINDOW) == -1


def test_verb_beyond_the_window_is_not_read():
    toks = _keys("ارتفعت حصيلة الضحايا من المدنيين في البلدة إلى 15")
    assert rise_verb(toks, 7, RISE_WINDOW) == -1


def test_words_are_the_function_words_table():
    assert norm_key("إلى").lower() in words("toll_rise_to")
    assert norm_key("ارتفع").lower() in words("toll_rise")


def test_merge_reader_reads_the_count_after_to():
    text = "وقال مسعفون إن عدد الضحايا ارتفع إلى 15 بعد القصف."
    assert _rise_to(text, 15)
    assert not _rise_to(text, 14)  # guard: another count is no rise


def test_merge_reader_needs_a_verb_of_rising():
    assert not _rise_to("وصل عدد الضحايا إلى 15 بعد القصف.", 15)  # guard: «وصل» is no verb of rising here


def test_sentence_words_leave_punctuation_out():
    assert "،" not in _sentence_words("قتل 3، وجرح 5.")
