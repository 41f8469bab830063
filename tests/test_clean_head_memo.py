"""clean._head_form keeps each head's form in a dict (g35h): same answers, emptied when full."""
import pytest

from marsad import clean as C


@pytest.fixture
def empty_memo(monkeypatch):
    monkeypatch.setattr(C, "_HEADS", {})
    return C


def _computed(ln: str):
    head = ln[:C._HEAD]
    return None if "\u03a3" in head else " ".join(C.fold(head).split()).lower().strip(" :.-–—|") or None


@pytest.mark.parametrize("ln", [
    "اقرأ أيضا: قصف على ريف إدلب الجنوبي اليوم",
    "   :: شارك هذا الخبر عبر مواقع التواصل الاجتماعي",
    "ΣΟΦΙΑ ΠΑΠΑΔΟΠΟΥΛΟΥ reported from Athens today",
    "- - - - - - - - - - - - - - - - - - - -",
])
def test_memo_gives_the_computed_form(empty_memo, ln):
    first = C._head_form(ln)
    assert first == _computed(ln)
    assert C._HEADS == {ln[:C._HEAD]: first}
    assert C._head_form(ln) == first  # from the memo


def test_short_lines_are_not_kept(empty_memo):
    assert C._head_form("قصير") is None
    assert C._HEADS == {}


def test_memo_is_emptied_when_full(empty_memo, monkeypatch):
    monkeypatch.setattr(C, "HEAD_MEMO_MAX", 2)
    lines = [f"سطر رقم {i} من نص طويل بما يكفي للرأس" for i in range(3)]
    for ln in lines:
        C._head_form(ln)
    assert list(C._HEADS) == [lines[2][:C._HEAD]]
