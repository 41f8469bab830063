"""g102b: ``fold`` finds a document's normalised text after the extractor has tokenised a few more
texts (a memo of the last few, by identity), so the fingerprint step does not normalise it again."""
from __future__ import annotations

import sys

import pytest

import marsad.lang.ar.normalize  # noqa: F401 - the module, not the function the package exports
from marsad.lang.ar.tokens import tokenize
from marsad_testdata import patches_compiled_calls

N = sys.modules["marsad.lang.ar.normalize"]

DOC = ("أعلنت مصادر محلية أن قصفا مدفعيا استهدف بلدة في ريف المحافظة الشمالي صباح اليوم، "
       "وقالت إن الأضرار اقتصرت على الممتلكات. ") * 3
OTHERS = [f"وقال مسؤول في المجلس المحلي إن الاجتماع رقم {i} انتهى دون اتفاق على موعد جديد للمفاوضات." for i in range(5)]


def test_fold_finds_the_document_after_other_texts(monkeypatch):
    patches_compiled_calls(N)  # the refusing stand-in is not seen by a compiled module's calls
    tokenize(DOC)  # as the extractor does with the document's text
    for s in OTHERS:  # then with a few evidence sentences
        tokenize(s)
    other = "".join([DOC[:10], DOC[10:]])  # an equal string that is another object: normalised anew
    assert other is not DOC
    want = N.fold(other)

    def refuse(text):
        raise AssertionError("normalised again")

    monkeypatch.setattr(N, "_mapped", refuse)
    assert N.fold(DOC) == want  # found by identity, not normalised again
    with pytest.raises(AssertionError):
        N.fold(other)


def test_fold_memo_is_bounded_and_exact():
    texts = ["".join(["نص رقم ", str(i), " ", DOC]) for i in range(N._RECENT + 3)]
    for t in texts:
        tokenize(t)
    assert len(N._LAST) == N._RECENT
    assert all(any(seen is t for seen, _ in N._LAST) for t in texts[-N._RECENT:])
    assert not any(seen is texts[0] for seen, _ in N._LAST)
    fresh = {t: N.fold("".join([t[:5], t[5:]])) for t in texts}  # not memoised: computed
    assert all(N.fold(t) == fresh[t] for t in texts)
