"""clean._may_be_cue tells most lines from every cue by their first _LEAD characters (g111m): the same answers as
the head form alone, and a ruled-out lead spares the head form."""
import random

import pytest

from marsad import clean as C


def _by_head(ln: str, cues) -> bool:
    """_may_be_cue before g111m: the head form alone."""
    h = C._head_form(ln) if cues.by_head else None
    return h is None or h in cues.heads or h.startswith(cues.every)


def test_leads_give_the_head_forms_answers():
    cues = C._cues()
    pieces = list(cues.every) + [c[:k] for c in cues.every for k in (1, 2, 3, 4, 5)] + [
        " ", ":", ".", "-", "–", "—", "|", "\u064e", "\u0640", "Σ", "ΑΣ", "İ", "\xa0", "أ", "ﻻ", "ABC", "الرقة",
        "قال", "وأضاف", "اقر", "\u200f", "ـ"]
    rnd = random.Random(111)
    ruled_out = 0
    for _ in range(30_000):
        ln = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))).strip()
        got = C._may_be_cue(ln, cues)
        assert got == _by_head(ln, cues), ln
        ruled_out += not got
    assert ruled_out > 3000


@pytest.mark.parametrize("ln", [
    "قالت مصادر محلية إن الطائرات قصفت البلدة فجر اليوم",
    "وقالت مصادر محلية إن الطائرات قصفت البلدة فجر اليوم",
    "الجيش يعلن السيطرة على قرية جديدة في ريف حماة الشمالي",
])
def test_a_ruled_out_lead_spares_the_head_form(monkeypatch, ln):
    cues = C._cues()
    monkeypatch.setattr(C, "_HEADS", {})
    assert not C._may_be_cue(ln, cues)
    assert C._HEADS == {}  # told by the lead, not the head
    assert cues.leads[ln[:C._LEAD]] is True
    assert not _by_head(ln, cues)


def test_a_capital_sigma_after_the_lead_keeps_the_line_open():
    cues = C._cues()
    ln = "قالت ΣΟΦΙΑ إن الطائرات قصفت البلدة فجر اليوم في ريف"
    assert C._lead_rules_out(ln[:C._LEAD], cues.heads, cues.every)
    assert C._may_be_cue(ln, cues) is True  # the head form is None, as before


@pytest.mark.parametrize("lead", ["اقرأ", "شارك", "  :ا", "ـــ "])
def test_a_lead_a_cue_may_follow_is_not_ruled_out(lead):
    cues = C._cues()
    assert not C._lead_rules_out(lead, cues.heads, cues.every)


def _equal_by_head(ln: str, norm: str) -> bool:
    """_may_equal before g111m: the head form alone."""
    h = C._head_form(ln)
    return h is None or norm.startswith(h)


def test_a_title_is_told_by_the_lead_as_by_the_head():
    pieces = ["اقرأ أيضا", "قصف", " ", ":", ".", "|", "-", "\u064e", "\u0640", "Σ", "ΑΣ", "İ", "أ", "ABC", "الرقة",
              "قال", "ﻻ", "\xa0", "عاجل"]
    rnd = random.Random(112)
    ruled_out = 0
    for _ in range(20_000):
        ln = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))).strip()
        other = rnd.choice([ln, ln + " .", ln[:30], ln.replace("ا", "أ"), "عنوان " + ln, ln[3:], "- " + ln])
        norm = C._norm_line(other)
        got = C._may_equal(ln, norm)
        assert got == _equal_by_head(ln, norm), (ln, norm)
        ruled_out += not got
    assert ruled_out > 300


def test_a_line_whose_lead_is_not_the_titles_spares_the_head_form(monkeypatch):
    monkeypatch.setattr(C, "_HEADS", {})
    ln = "قالت مصادر محلية إن الطائرات قصفت البلدة فجر اليوم"
    assert not C._may_equal(ln, C._norm_line("غارات على ريف إدلب الجنوبي توقع قتلى"))
    assert C._HEADS == {}
    assert C._may_equal(ln, C._norm_line(ln + " أمس"))
