"""g106c: throughput work with no change in output."""

from marsad.extract.frames import Mention
from marsad.extract.step import _bucket


def test_bucket_by_sentence():
    sent_of_tok = [0, 0, 1, 1, 1, 2]
    ms = [Mention("actor", k, k + 1, 0, 1, None) for k in (0, 3, 4, 5, 6, -1)]
    got = _bucket(ms, sent_of_tok)
    assert {k: [m.tok_start for m in v] for k, v in got.items()} == {0: [0], 1: [3, 4], 2: [5]}
    assert got[7] == ()  # a sentence with none reads as empty


def test_blame_words_kept_for_the_same_tokens_only():
    from marsad.extract.scans import words
    from marsad.extract.step import _blame_words
    from marsad.lang.ar.tokens import analyze_text, proclitic_stems

    cues = words("blame") | words("attributed")
    a = analyze_text("اتهمت الحكومة الجماعة المسلحة بتنفيذ الهجوم ونسبت إليها التفجير").tokens
    b = analyze_text("قال المتحدث إن القصف استهدف مواقع عسكرية").tokens
    for toks in (a, b, a, a, b):
        assert _blame_words(toks) == [k for k, t in enumerate(toks) if not cues.isdisjoint(proclitic_stems(t.norm))]
    assert _blame_words(a) and not _blame_words(b)


def test_owns_positions_reads_both_groups():
    from marsad.extract.frames import _owns_positions
    from marsad.extract.scans import words
    from marsad.lang.ar.tokens import analyze_text

    marks = words("counterpart") & words("target_head")
    assert marks
    mark = sorted(marks)[0]
    only_one = sorted(words("counterpart") ^ words("target_head"))[0]
    for text in (f"قصفت الطائرات {mark} النظام", f"قصفت الطائرات {mark} عسكرية للنظام",
                 f"قصفت الطائرات {only_one} النظام", "قصفت الطائرات النظام"):
        toks = analyze_text(text).tokens
        for k in range(len(toks)):
            m = Mention("actor", k, k + 1, 0, 1, None)
            want = (k > 0 and toks[k - 1].norm in marks) or (
                k > 1 and toks[k - 2].norm in marks and toks[k - 1].norm in words("head_modifier"))
            assert _owns_positions(toks, m) == want
    assert _owns_positions(analyze_text(f"قصفت الطائرات {mark} النظام").tokens, Mention("actor", 3, 4, 0, 1, None))


def test_lower_case_table_and_forms():
    from marsad.lang.ar.tokens import _lowered, analyze_text

    table = _lowered()
    for ch in "AZaz09ΣσİÀßقال،.\u0640":
        assert bool(table[ord(ch)]) == (ch.lower() != ch)
    an = analyze_text("قال Reuters إن NATO أرسلت 3 سفن")
    assert an.forms() == [t.norm for t in an.tokens] and "reuters" in an.forms() and "nato" in an.forms()
    an = analyze_text("قصفت الطائرات البلدة")  # nothing to lower: the forms are slices of the text itself
    assert an.forms() == [t.norm for t in an.tokens] and an.forms()[0] == "قصفت"
